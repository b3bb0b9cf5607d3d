"""What the CLI prints for people on a terminal (Rich): search results with highlighted hits and facets."""

from __future__ import annotations

from typing import Any

#: Facets shown under the results, and their headings.
FACET_NAMES = {"entities": "Entities", "places": "Places", "countries": "Countries", "event_types": "Events",
               "months": "Months"}


def highlighted(text: str, hits: list[list[int]]):
    """The snippet as Rich text with each hit in bold."""
    from rich.text import Text

    out = Text(text)
    for start, end in hits:
        out.stylize("bold reverse", start, end)
    return out


def print_search(page: dict[str, Any], console=None) -> None:
    """A page of ``Store.query``: the hit count, a table of results (score, date, id, title and snippet),
    then one line per facet."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = console or Console(highlight=False, soft_wrap=False)
    results = page["results"]
    console.print(f"{page['total']} article(s) match" + (f"; the best {len(results)}:" if results else "."))
    if results:
        table = Table(show_lines=True, expand=True)
        for name, kw in (("score", {"justify": "right", "width": 6}), ("date", {"width": 10}),
                         ("id", {"overflow": "fold", "max_width": 18}), ("title and snippet", {"ratio": 1})):
            table.add_column(name, **kw)
        for r in results:
            cell = Text(r["title"] or "", style="bold") + "\n" + highlighted(r["snippet"], r["hits"])
            score = "" if r["score"] is None else f"{r['score']:.2f}" if r["score"] >= 0.01 else "<0.01"
            table.add_row(score, r["date"] or "", r["id"], cell)
        console.print(table)
    over = page.get("facets_over", 0)
    if page.get("facets") and over < page["total"]:
        console.print(f"Facets of the latest {over:,} matches:")
    for name, heading in FACET_NAMES.items():
        values = page.get("facets", {}).get(name)
        if values:
            console.print(f"[bold]{heading}:[/bold] " + ", ".join(f"{v['value']} ({v['count']})" for v in values),
                          markup=True)
