"""The web page's view of one analysis as static HTML, for notebooks (``Analysis._repr_html_``).

The same marks, tables and map as the page (static/app.js, static/map.js), written here in Python because a
notebook runs no script of ours: entities, places, dates and event triggers highlighted in the text, the
places on the Natural Earth basemap (static/world.json), events, entities, tags and topics. Every value is
escaped.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from html import escape
from importlib import resources
from typing import Any

STYLE = ("<style>.nc mark{border-radius:.3em;padding:.05em .2em}.nc .PERSON{background:#fde2c4}"
         ".nc .ORG{background:#d6e4ff}.nc .GPE,.nc .LOC,.nc .place{background:#c9f0d3}.nc .NORP{background:#f2d7f7}"
         ".nc .date{background:#fff2a8}.nc .trigger{background:#ffd0d0}.nc small{font-size:.65em;font-weight:700}"
         ".nc td,.nc th{text-align:left;padding:.1em .5em}.nc svg{max-width:640px;background:#dbe9f6}</style>")


def _names(side) -> str:
    return ", ".join(x.get("canonical") or x.get("text") or "" for x in side or [])


def spans(d: dict[str, Any], text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, class, label) of the marks, triggers first, then dates, entities, places; no overlap."""
    out = []
    for e in d.get("events") or []:
        found = re.search(rf"\b{re.escape(e.get('trigger') or '')}\b", text[e["start"]:e["end"]]) if e.get(
            "trigger") else None
        if found:
            out.append((e["start"] + found.start(), e["start"] + found.end(), "trigger", e["event"]))
    out += [(x["start"], x["end"], "date", "DATE") for x in d.get("dates") or []]
    out += [(x["start"], x["end"], x["label"], x["label"]) for x in d.get("entities") or []]
    out += [(x["start"], x["end"], "place", "PLACE") for x in d.get("places") or []]
    kept: list[tuple[int, int, str, str]] = []
    for s in out:
        if s[1] > s[0] and not any(s[0] < k[1] and k[0] < s[1] for k in kept):
            kept.append(s)
    return sorted(kept)


def highlighted(d: dict[str, Any], text: str) -> str:
    html, at = [], 0
    for start, end, cls, label in spans(d, text):
        html.append(escape(text[at:start]))
        html.append(f'<mark class="{escape(cls)}">{escape(text[start:end])} <small>{escape(label)}</small></mark>')
        at = end
    html.append(escape(text[at:]))
    return "".join(html).replace("\n", "<br>")


@lru_cache(maxsize=1)
def world() -> dict[str, Any]:
    return json.loads(resources.files("newscoder").joinpath("static/world.json").read_text(encoding="utf-8"))


def map_svg(d: dict[str, Any]) -> str:
    """The places on the basemap, zoomed to them as the page does (equirectangular, world.json's scale)."""
    w = world()
    pts = {(p["name"], round(p["lon"], 3), round(p["lat"], 3)) for p in d.get("places") or []
           if p.get("lat") is not None and not p.get("metonym")}
    xy = [(name, (lon + 180) / 360 * w["width"], (90 - lat) / 360 * w["width"]) for name, lon, lat in sorted(pts)]
    if xy:
        xs, ys = [p[1] for p in xy], [p[2] for p in xy]
        width = min(w["width"], max(60.0, (max(xs) - min(xs)) * 1.5, (max(ys) - min(ys)) * 3))
        x0 = min(max((max(xs) + min(xs) - width) / 2, 0), w["width"] - width)
        y0 = min(max((max(ys) + min(ys) - width / 2) / 2, 0), w["height"] - width / 2)
        box = (x0, y0, width, width / 2)
    else:
        box = (0, 0, w["width"], w["height"])
    focus = {f.get("country") for f in d.get("focus") or []}
    paths = "".join(f'<path d="{c["d"]}" fill="{"#f7dfae" if c["iso3"] in focus else "#f3f1ea"}" stroke="#a7a79f" '
                    f'stroke-width="{box[2] / 2000:.3f}"><title>{escape(c["name"])}</title></path>'
                    for c in w["countries"])
    r = box[2] / 100
    marks = "".join(f'<circle cx="{x:.2f}" cy="{y:.2f}" r="{r:.2f}" fill="#c62828"><title>{escape(n)}</title></circle>'
                    f'<text x="{x + r * 1.5:.2f}" y="{y + r / 2:.2f}" font-size="{r * 2.2:.2f}">{escape(n)}</text>'
                    for n, x, y in xy)
    return (f'<svg viewBox="{box[0]:.1f} {box[1]:.1f} {box[2]:.1f} {box[3]:.1f}" role="img" '
            f'aria-label="map of {len(xy)} place(s)">{paths}{marks}</svg>')


def _table(head: list[str], rows: list[list[Any]]) -> str:
    if not rows:
        return ""
    return ("<table><tr>" + "".join(f"<th>{escape(h)}</th>" for h in head) + "</tr>" + "".join(
        "<tr>" + "".join(f"<td>{escape(str(c if c is not None else ''))}</td>" for c in r) + "</tr>" for r in rows)
        + "</table>")


def render(d: dict[str, Any], text: str | None = None) -> str:
    """One analysis (``to_dict()``) as HTML; ``text`` (the analyzed text) adds the highlighted article."""
    events = [e for e in d.get("events") or [] if not e.get("negated")]
    ents: dict[str, list[Any]] = {}
    for e in d.get("entities") or []:
        ents.setdefault(e["canonical"], [e["canonical"], e["label"], 0, e["salience"]])[2] += 1
    parts = [STYLE, '<div class="nc">', f"<h3>{escape(d.get('title') or d['id'])}</h3>",
             f"<p>{escape(d.get('date') or 'no date')} · Tags: <b>{escape('; '.join(d.get('tags') or []))}</b> · "
             f"Topics: {escape('; '.join(t['label'] for t in d.get('topics') or []))}</p>"]
    if text:
        parts.append(f'<p style="line-height:2">{highlighted(d, text)}</p>')
    parts += [map_svg(d), _table(["date", "source", "event", "target", "place", "CAMEO"], [
        [e.get("date"), _names(e.get("actor")), e["event"], _names(e.get("recipient")),
         (e.get("location") or {}).get("name"), e.get("cameo")] for e in events]),
        _table(["entity", "label", "mentions", "salience"], sorted(ents.values(), key=lambda r: -r[3])), "</div>"]
    return "".join(parts)
