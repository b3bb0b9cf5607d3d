"""The web pages in a real browser: Debian's Chromium, headless, driven by Playwright (no browser download).

A real server on loopback serves the pages; a test pastes an article it wrote itself, submits it with the
keyboard, and checks what a person sees: highlighted names, map markers, THREATEN and ACCUSE events, the
downloads, the search page and /docs; that no request leaves for another host and nothing is logged as an
error. `make test` installs the browser when it is missing (as root); elsewhere these tests are skipped,
except on CI, where a missing browser fails them.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
playwright = pytest.importorskip("playwright.sync_api")

CHROMIUM = os.environ.get("CHROMIUM", shutil.which("chromium") or "/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"]
DATA = Path(__file__).parent / "data"
ARTICLE = (DATA / "drilling-row.txt").read_text(encoding="utf-8")  # written for these tests
OTHER = ("Dock workers walk out at Piraeus\n\nDock workers at the port of Piraeus went on strike on Monday over "
         "pay, the union said. Greek ministers urged talks with the operators.\n")

if not Path(CHROMIUM).exists():
    if os.environ.get("CI"):
        raise RuntimeError(f"no browser at {CHROMIUM}: `make test` installs Debian's chromium")
    pytest.skip(f"no Chromium at {CHROMIUM} (`make test` installs it as root)", allow_module_level=True)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(app) -> tuple[str, object]:
    import uvicorn

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    deadline = time.monotonic() + 120
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("the server did not start")
        time.sleep(0.1)
    return f"http://127.0.0.1:{port}", server


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    from newscoder import analyze
    from newscoder.api import create_app
    from newscoder.io.store import Store

    db = tmp_path_factory.mktemp("web") / "news.db"
    with Store(db) as store:
        store.add([(analyze(ARTICLE, id="drilling-row", date="2020-08-13"), ARTICLE),
                   (analyze(OTHER, id="piraeus", date="2020-09-07"), OTHER)])
    url, server = start_server(create_app(db=str(db)))
    yield url
    server.should_exit = True


class Watch:
    """What a page did: the hosts it asked, what it logged as an error."""

    def __init__(self, page, base: str):
        self.hosts: set[str] = set()
        self.errors: list[str] = []
        page.on("request", lambda r: self.hosts.add(r.url.split("/")[2] if "://" in r.url else r.url))
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        own = base.split("/")[2]
        page.route("**/*", lambda route: route.continue_() if route.request.url.split("/")[2] == own
                   else route.abort())

    def clean(self, base: str) -> None:
        assert self.hosts <= {base.split("/")[2], "blob:http:"}, self.hosts
        assert not self.errors, self.errors


@pytest.fixture(scope="module")
def browser():
    with playwright.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser):
    context = browser.new_context(viewport={"width": 1200, "height": 900}, accept_downloads=True)
    yield context.new_page()
    context.close()


def analyze_in_page(page, base: str) -> Watch:
    watch = Watch(page, base)
    page.goto(base + "/")
    page.get_by_label("Article").fill(ARTICLE)
    page.get_by_label("Publication date").fill("2020-08-13")
    page.get_by_role("button", name="Analyze").focus()
    page.keyboard.press("Enter")
    page.wait_for_selector("svg.map .marker", timeout=120_000)
    return watch


def test_an_article_pasted_and_submitted_shows_what_a_person_needs(page, base):
    watch = analyze_in_page(page, base)
    assert page.locator("h1#article-title").inner_text() == "Greece warns Turkey over drilling ship near Crete"
    tags = page.locator("ul.tags li").all_inner_texts()
    assert tags[:2] == ["Greece", "Turkey"] and len(tags) == 4
    marks = page.evaluate("[...document.querySelectorAll('#article mark')].map(m => m.firstChild.textContent)")
    for name in ("Greece", "Turkey", "Nikos Dendias", "Kyriakos Mitsotakis", "Ankara", "Brussels", "Thursday"):
        assert name in marks, name
    answer = page.evaluate("current")
    assert {e["text"] for e in answer["entities"]} <= set(marks)  # every named entity is highlighted
    assert "Tags" not in page.locator("#article").inner_text()
    markers = page.locator("svg.map .marker").evaluate_all("ms => ms.map(m => m.getAttribute('aria-label'))")
    assert {"Athens, GRC", "Ankara, TUR", "Brussels, BEL"} <= set(markers)
    assert page.locator("svg.map path.country.focus").count() == 2  # Greece and Turkey
    events = page.locator("table.events tbody tr").all_inner_texts()
    assert any("THREATEN" in e and "Greece" in e for e in events) and any("ACCUSE" in e for e in events)
    assert "ACCUSE" in page.locator("ol.timeline").inner_text()
    assert page.locator("#article mark.trigger").count() >= 2
    watch.clean(base)


def test_downloads_are_the_cli_files(page, base):
    watch = analyze_in_page(page, base)
    with page.expect_download() as got:
        page.get_by_role("button", name="GeoJSON").click()
    geo = json.loads(Path(got.value.path()).read_text())
    assert geo["type"] == "FeatureCollection" and {"Athens", "Ankara"} <= {f["properties"]["name"] for f in
                                                                          geo["features"]}
    with page.expect_download() as got:
        page.get_by_role("button", name="Events CSV").click()
    assert got.value.suggested_filename == "0-events.csv"
    assert Path(got.value.path()).read_text().startswith("event_id,article_id,url")
    watch.clean(base)


def test_the_search_page_finds_ranks_and_refines(page, base):
    watch = Watch(page, base)
    page.goto(base + "/search?q=" + "threat* OR strike")
    page.wait_for_selector("#total")
    assert page.locator("#total").inner_text().startswith("2 article(s) match")
    assert page.locator("ol.results mark").count() >= 2
    page.get_by_role("link", name="TUR", exact=True).click()
    page.wait_for_selector("#total")
    assert "country=TUR" in page.url and page.locator("#total").inner_text().startswith("1 article(s)")
    page.get_by_role("link", name="Greece warns Turkey over drilling ship near Crete").click()
    page.wait_for_selector("svg.map .marker", timeout=60_000)
    assert page.locator("#article mark.trigger").count() >= 2 and page.locator("#f").is_hidden()
    watch.clean(base)


def test_readable_on_a_phone(browser, base):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, device_scale_factor=2)
    page = context.new_page()
    try:
        analyze_in_page(page, base)
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
        assert page.locator("svg.map").bounding_box()["width"] <= 390
    finally:
        context.close()


def test_docs_render_offline(page, base):
    watch = Watch(page, base)
    page.goto(base + "/docs")
    page.wait_for_selector(".opblock", timeout=60_000)
    assert page.locator(".opblock-summary-path", has_text="/analyze").count() >= 2
    watch.clean(base)
