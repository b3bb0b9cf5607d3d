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

Run: ``python benchmarks/eval_places.py [--quick] [--half even|odd] [--shared ../shared/data]``.
``--half even`` keeps the articles at even positions (0, 2, ...) of each set, ``odd`` the others: the
errors of one half are read and worked on, the other half stays unread and gives the honest figure.
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


def load_lgl(path: Path) -> list[tuple[str, list[Gold]]]:
    docs = []
    for art in ET.parse(path).getroot().iter("article"):
        golds = []
        for t in art.iter("toponym"):
            g = t.find("gaztag")
            lat = lon = None
            if g is not None and g.findtext("lat"):
                lat, lon = float(g.findtext("lat")), float(g.findtext("lon"))
            golds.append(Gold(int(t.findtext("start")), int(t.findtext("end")), t.findtext("phrase"), lat, lon))
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


def half(docs: list, which: str | None) -> list:
    """The articles at even (``"even"``) or odd (``"odd"``) positions; all of them for None."""
    if which is None:
        return docs
    return docs[(0 if which == "even" else 1)::2]


def run_dataset(name: str, docs) -> list[dict]:
    from newscoder import analyze_many
    from newscoder.options import Options

    options = Options(steps=("places",), require_english=False)
    started = time.perf_counter()
    analyses = list(analyze_many((t for t, _ in docs), options=options))
    return score(name, docs, analyses, time.perf_counter() - started)


def evaluate(shared: Path = SHARED, quick: bool = False, which: str | None = None) -> list[dict]:
    """Rows for LGL and GeoVirus (``quick``: the first 120 and 60 articles; ``which``: a half)."""
    shared = Path(shared)
    rows: list[dict] = []
    sets = (("LGL", shared / "geo" / "LGL" / "lgl.xml", load_lgl, 120),
            ("GeoVirus", shared / "geo" / "GeoVirus" / "GeoVirus.xml", load_geovirus, 60))
    for name, path, loader, n_quick in sets:
        if not path.exists():
            print(f"[places] {path} not found: {name} skipped", file=sys.stderr)
            continue
        docs = half([d for d in loader(path) if d[0].strip()], which)
        rows += run_dataset(name, docs[:n_quick] if quick else docs)
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=SHARED, help="the shared data folder")
    parser.add_argument("--quick", action="store_true", help="a subsample (under a minute)")
    parser.add_argument("--half", choices=("even", "odd"), help="only the articles at even or odd positions")
    args = parser.parse_args()
    if not (args.shared / "geo").is_dir():
        print(f"evaluation data not found at {args.shared / 'geo'}: skipped")
        return 0
    for r in evaluate(args.shared, args.quick, args.half):
        print(f"{r['dataset']:9} {r['metric']:22} {r['system']:14} {r['value']:10.3f}  {r['target'] or ''}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
