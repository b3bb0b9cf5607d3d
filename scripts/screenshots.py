"""Screenshots of the web pages for docs/screenshots/ (`make screenshots`): examples/ analyzed through a real
server on loopback and Debian's chromium, headless (Playwright's client, no browser download)."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"]


def main(chromium: str = "/usr/bin/chromium") -> None:
    sys.path.insert(0, str(ROOT / "tests"))
    from playwright.sync_api import sync_playwright
    from test_browser import start_server

    from newscoder.api import create_app
    from newscoder.runner import Run

    OUT.mkdir(parents=True, exist_ok=True)
    db = Path(tempfile.mkdtemp()) / "examples.db"
    from newscoder.io.store import Store
    from newscoder.options import Options

    with Store(db) as store:
        run = Run(Options(date=__import__("datetime").date(2019, 8, 6)))
        store.add((a, run.article.text) for a in run.analyses([str(ROOT / "examples")], "auto"))
    base, server = start_server(create_app(db=str(db)))
    text = (ROOT / "examples" / "border-talks.txt").read_text(encoding="utf-8")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=ARGS)
        for name, size in (("analyze", (1200, 900)), ("phone", (390, 844))):
            page = browser.new_page(viewport={"width": size[0], "height": size[1]})
            page.goto(base + "/")
            page.get_by_label("Article").fill(text)
            page.get_by_label("Publication date").fill("2019-08-06")
            page.get_by_role("button", name="Analyze").click()
            page.wait_for_selector("svg.map .marker", timeout=120_000)
            if name == "phone":
                page.locator("#h-map").scroll_into_view_if_needed()
            page.screenshot(path=str(OUT / f"{name}.png"), full_page=name == "analyze")
            page.close()
        page = browser.new_page(viewport={"width": 1200, "height": 800})
        page.goto(base + "/search?q=talk* OR strike")
        page.wait_for_selector("#total")
        page.screenshot(path=str(OUT / "search.png"), full_page=True)
        browser.close()
    server.should_exit = True
    for png in sorted(OUT.glob("*.png")):
        print(f"{png.relative_to(ROOT)}: {png.stat().st_size:,} bytes")


if __name__ == "__main__":
    main(*sys.argv[1:])
