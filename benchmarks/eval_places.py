"""Evaluate newscoder's places step: geoparsing on LGL (US local news) and GeoVirus (WikiNews).

Rows: ``{"task", "dataset", "metric", "system", "value", "target"}``; systems are "newscoder" and
"most-populous" (the same recognised toponyms, each resolved to its most populous gazetteer
candidate; countries and states carry their population, so they win their names).

- Recognition: P/R/F1 with span overlap. Every place newscoder outputs counts as predicted
  (resolved or not, metonyms included); every gold toponym counts as gold. A prediction and a gold
  toponym match when their character spans overlap (one-to-one, in text order).
- Resolution, on the recognised gold toponyms that have coordinates: the great-circle error in km
  between the matched prediction and the gold point (an unresolved prediction counts 20,039 km,
  half the Earth's circumference); accuracy@161km (share with error <= 161 km), mean and median
  error, and AUC = the area under the curve of log(1 + error) / log(20039) against the errors'
  normalised rank (trapezoid rule, sorted errors; 0 is perfect, 1 is worst), as in Gritta et al.,
  "What's missing in geographical parsing?", LRE 2018.
- LGL offsets are 0-based, GeoVirus offsets 1-based (name == text[start-1:end-1]).

Run: ``python benchmarks/eval_places.py [--quick] [--half even|odd] [--errors [CATEGORY]] [--shared ../shared/data]``.
``--half even`` keeps the articles at even positions (0, 2, ...) of each set, ``odd`` the others: the
errors of one half are read and worked on, the other half stays unread and gives the honest figure.
``--errors`` counts the errors by category (``categorise``); ``--errors CATEGORY`` also prints each error
of that category with its context.
"""

from __future__ import annotations

import argparse
import math
import statistics
import sys
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
MAX_KM = 20039.0
TARGETS = {
    ("LGL", "acc@161km"): ">= 0.85",
    ("LGL", "F1"): ">= 0.75",
    ("GeoVirus", "acc@161km"): ">= 0.88",
    ("GeoVirus", "F1"): ">= 0.75",
}


@dataclass
class Gold:
    start: int
    end: int
    name: str
    lat: float | None
    lon: float | None
    geonameid: int | None = None


def load_lgl(path: Path) -> list[tuple[str, list[Gold]]]:
    docs = []
    for art in ET.parse(path).getroot().iter("article"):
        golds = []
        for t in art.iter("toponym"):
            g = t.find("gaztag")
            lat = lon = None
            if g is not None and g.findtext("lat"):
                lat, lon = float(g.findtext("lat")), float(g.findtext("lon"))
            gid = int(g.get("geonameid")) if g is not None and g.get("geonameid") else None
            golds.append(Gold(int(t.findtext("start")), int(t.findtext("end")), t.findtext("phrase"), lat, lon, gid))
        docs.append((art.findtext("text") or "", golds))
    return docs


def load_geovirus(path: Path) -> list[tuple[str, list[Gold]]]:
    docs = []
    for art in ET.parse(path).getroot().iter("article"):
        golds = [Gold(int(loc.findtext("start")) - 1, int(loc.findtext("end")) - 1, loc.findtext("name"),
                      float(loc.findtext("lat")), float(loc.findtext("lon")))
                 for loc in art.iter("location")]
        docs.append((art.findtext("text") or "", golds))
    return docs


def match(preds: list[dict], golds: list[Gold]) -> list[tuple[dict, Gold]]:
    """One-to-one pairs of overlapping spans, in text order."""
    pairs, used = [], set()
    for g in sorted(golds, key=lambda g: g.start):
        for i, p in enumerate(preds):
            if i not in used and p.start < g.end and g.start < p.end:
                used.add(i)
                pairs.append((p, g))
                break
    return pairs


def auc(errors: list[float]) -> float:
    """Area under log(1+error)/log(MAX_KM) over the errors' normalised rank (trapezoid rule)."""
    if not errors:
        return float("nan")
    ys = sorted(math.log(1 + e) / math.log(MAX_KM) for e in errors)
    if len(ys) == 1:
        return ys[0]
    step = 1 / (len(ys) - 1)
    return sum((a + b) / 2 * step for a, b in zip(ys, ys[1:]))


def most_populous(pred: dict) -> tuple[float, float] | None:
    from newscoder.steps.places import candidates

    cands = candidates(pred.text)
    return (cands[0].lat, cands[0].lon) if cands else None


def score(dataset: str, docs, analyses, seconds: float) -> list[dict]:
    from newscoder.steps.places import haversine

    n_pred = n_gold = tp = 0
    errors: dict[str, list[float]] = {"newscoder": [], "most-populous": []}
    for (_text, golds), a in zip(docs, analyses):
        preds = a.places
        pairs = match(preds, golds)
        n_pred, n_gold, tp = n_pred + len(preds), n_gold + len(golds), tp + len(pairs)
        for p, g in pairs:
            if g.lat is None:
                continue
            ours = (p.lat, p.lon) if p.lat is not None else None
            for system, point in (("newscoder", ours), ("most-populous", most_populous(p))):
                errors[system].append(haversine(point[0], point[1], g.lat, g.lon) if point else MAX_KM)
    prec = tp / n_pred if n_pred else 0.0
    rec = tp / n_gold if n_gold else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0

    def row(metric, system, value):
        return {"task": "geoparsing", "dataset": dataset, "metric": metric, "system": system,
                "value": float(value), "target": TARGETS.get((dataset, metric)) if system == "newscoder" else None}

    rows = [row("P", "newscoder", prec), row("R", "newscoder", rec), row("F1", "newscoder", f1)]
    for system, errs in errors.items():
        rows += [
            row("acc@161km", system, sum(e <= 161 for e in errs) / len(errs) if errs else 0.0),
            row("mean km", system, statistics.fmean(errs) if errs else 0.0),
            row("median km", system, statistics.median(errs) if errs else 0.0),
            row("AUC", system, auc(errs)),
        ]
    rows.append(row("n resolved gold", "newscoder", len(errors["newscoder"])))
    rows.append(row("words/s (places only)", "newscoder",
                    sum(len(t.split()) for t, _ in docs) / seconds if seconds else 0.0))
    return rows


ACC_KM = 161.0
#: Features whose point is a choice among many (a country's, a state's, a sea's): right entity, far point.
AREAS = frozenset({"continent", "country", "admin", "region", "sea", "river", "lake", "mountain", "desert",
                   "island", "county"})
#: The error categories, in the order they are reported.
CATEGORIES = (
    "missed toponym",  # a gold toponym no output overlaps (recall)
    "non-place geocoded",  # an output place that overlaps no gold toponym, resolved (precision)
    "non-place unresolved",  # the same, without a point
    "unresolved",  # a recognised gold toponym left without a point
    "metonym at its country",  # flagged as an actor and put at its country, the gold is the town
    "span differs",  # the output's name is not the gold's (a longer or shorter stretch), far off
    "namesake: a lesser one chosen",  # a candidate within 161 km exists and has the higher prior
    "namesake: the prominent one chosen",  # a candidate within 161 km exists, with a lower prior
    "area point far",  # the right area (no candidate near the gold point), its point > 161 km away
    "not in gazetteer",  # no candidate of the name within 161 km of the gold point
)


def categorise(text: str, golds: list[Gold], preds: list) -> list[tuple[str, str]]:
    """The errors of one article as (category, a line that shows it); see CATEGORIES."""
    from newscoder.knowledge.gazetteer import key
    from newscoder.steps.geo_resolve import candidates, haversine, prior

    out = []
    pairs = match(preds, golds)
    matched_p = {id(p) for p, _ in pairs}
    matched_g = {id(g) for _, g in pairs}

    def show(start: int, end: int) -> str:
        return text[max(0, start - 60):start].replace("\n", " ") + "[[" + text[start:end] + "]]" + \
            text[end:end + 60].replace("\n", " ")

    for g in golds:
        if id(g) not in matched_g:
            out.append(("missed toponym", show(g.start, g.end)))
    for p in preds:
        if id(p) not in matched_p:
            cat = "non-place geocoded" if p.lat is not None else "non-place unresolved"
            out.append((cat, f"{p.name} ({p.feature}, {p.country}) | {show(p.start, p.end)}"))
    for p, g in pairs:
        if g.lat is None:
            continue
        if p.lat is None:
            out.append(("unresolved", show(g.start, g.end)))
            continue
        km = haversine(p.lat, p.lon, g.lat, g.lon)
        if km <= ACC_KM:
            continue
        line = f"{km:6.0f} km  {p.name} ({p.feature}, {p.country}, {p.admin1 or ''}) gold {g.lat:.2f},{g.lon:.2f} | " \
               + show(g.start, g.end)
        cands = {c.id: c for c in (*candidates(p.text), *candidates(g.name))}.values()
        near = [c for c in cands if haversine(c.lat, c.lon, g.lat, g.lon) <= ACC_KM]
        chosen = next((c for c in cands if c.name == p.name and round(c.lat, 5) == p.lat and round(c.lon, 5) == p.lon),
                      None)
        if p.metonym:
            cat = "metonym at its country"
        elif key(p.text) != key(g.name):
            cat = "span differs"
        elif near and not (g.geonameid and g.geonameid == p.geonameid):
            best = max(near, key=prior)
            lesser = chosen is not None and prior(chosen) < prior(best)
            cat = "namesake: a lesser one chosen" if lesser else "namesake: the prominent one chosen"
            line += f"  [near: {best.name}, {best.feature}, {best.iso3}]"
        elif p.feature in AREAS or (g.geonameid and g.geonameid == p.geonameid):
            cat = "area point far"
        else:
            cat = "not in gazetteer"
        out.append((cat, line))
    return out


def report_errors(name: str, docs, analyses, show: str | None) -> None:
    from collections import Counter

    counts: Counter = Counter()
    for (text, golds), a in zip(docs, analyses):
        for cat, line in categorise(text, golds, a.places):
            counts[cat] += 1
            if show and cat.startswith(show):
                print(f"[{name}] {cat}: {line}")
    for cat in CATEGORIES:
        print(f"{name:9} errors  {cat:36} {counts[cat]:6d}")


def half(docs: list, which: str | None) -> list:
    """The articles at even (``"even"``) or odd (``"odd"``) positions; all of them for None."""
    if which is None:
        return docs
    return docs[(0 if which == "even" else 1)::2]


def run_dataset(name: str, docs, errors: str | None = None) -> list[dict]:
    from newscoder import analyze_many
    from newscoder.options import Options

    options = Options(steps=("places",), require_english=False)
    started = time.perf_counter()
    analyses = list(analyze_many((t for t, _ in docs), options=options))
    seconds = time.perf_counter() - started
    if errors is not None:
        report_errors(name, docs, analyses, errors or None)
    return score(name, docs, analyses, seconds)


def evaluate(shared: Path = SHARED, quick: bool = False, which: str | None = None,
             errors: str | None = None) -> list[dict]:
    """Rows for LGL and GeoVirus (``quick``: the first 120 and 60 articles; ``which``: a half; ``errors``:
    print the error counts by category, "" for counts alone, else also the errors of that category)."""
    shared = Path(shared)
    rows: list[dict] = []
    sets = (("LGL", shared / "geo" / "LGL" / "lgl.xml", load_lgl, 120),
            ("GeoVirus", shared / "geo" / "GeoVirus" / "GeoVirus.xml", load_geovirus, 60))
    for name, path, loader, n_quick in sets:
        if not path.exists():
            print(f"[places] {path} not found: {name} skipped", file=sys.stderr)
            continue
        docs = half([d for d in loader(path) if d[0].strip()], which)
        rows += run_dataset(name, docs[:n_quick] if quick else docs, errors)
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=SHARED, help="the shared data folder")
    parser.add_argument("--quick", action="store_true", help="a subsample (under a minute)")
    parser.add_argument("--half", choices=("even", "odd"), help="only the articles at even or odd positions")
    parser.add_argument("--errors", nargs="?", const="", metavar="CATEGORY",
                        help="count the errors by category; with a category (or its start), print them too")
    args = parser.parse_args()
    if not (args.shared / "geo").is_dir():
        print(f"evaluation data not found at {args.shared / 'geo'}: skipped")
        return 0
    for r in evaluate(args.shared, args.quick, args.half, args.errors):
        print(f"{r['dataset']:9} {r['metric']:22} {r['system']:14} {r['value']:10.3f}  {r['target'] or ''}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
