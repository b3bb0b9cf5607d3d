"""Count the places step's errors on LGL and GeoVirus by category (the numbers behind docs/benchmarks.md).

Each gold toponym with coordinates is one of: ``right`` (matched, within 161 km), ``missed`` (no overlapping
prediction), ``unresolved`` (matched, no coordinates), ``far point`` (matched, a country, division, region or
sea of that name but its point over 161 km from the gold point), ``not in gazetteer`` (matched, a town
chosen, and no candidate of that name lies within 161 km of the gold point),
``big lost`` (a namesake smaller than the gold's, or any other place, chosen while the gold is a capital,
country, division or the most populous namesake: a world city lost to a small one), ``small lost`` (a
bigger or world namesake chosen while the gold is a small place), ``other`` (wrong place otherwise). Every
prediction that overlaps no gold toponym is ``spurious`` and is counted by its feature.

The categories are read from the data alone (names, features, populations), not by hand. ``--dump FILE``
writes every resolved gold toponym as a TSV line for reading.

Run: ``python benchmarks/place_errors.py [--shared ../shared/data] [--dump errors.tsv] [--half even|odd]``
(``--half``: the articles at even or odd positions of each set, as in ``eval_places.py``).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eval_places import SHARED, half, load_geovirus, load_lgl, match, score  # noqa: E402

KM = 161.0
BIG = frozenset({"country", "admin", "region", "sea", "continent", "river", "lake", "desert", "island",
                 "mountain"})


def _nearest(name: str, lat: float, lon: float):
    """The gazetteer candidate of ``name`` nearest the gold point (None when none is within 161 km)."""
    from newscoder.steps.places import candidates, haversine

    best = None
    for p in candidates(name):
        d = haversine(p.lat, p.lon, lat, lon)
        if best is None or d < best[0]:
            best = (d, p)
    return best


def category(pred, gold) -> str:
    """The error category of one matched gold toponym (see the module docstring)."""
    from newscoder.steps.places import candidates, haversine

    if pred.lat is None:
        return "unresolved"
    if haversine(pred.lat, pred.lon, gold.lat, gold.lon) <= KM:
        return "right"
    near = _nearest(pred.text, gold.lat, gold.lon)
    if near is None or near[0] > KM:  # no candidate of that name at the gold point
        return "far point" if pred.feature in BIG else "not in gazetteer"
    gold_place = near[1]
    chosen = next((p for p in candidates(pred.text) if p.geonameid == pred.geonameid), None)
    gold_big = gold_place.capital or gold_place.feature in BIG or (
        candidates(pred.text) and candidates(pred.text)[0].id == gold_place.id)
    if gold_big and (chosen is None or chosen.population <= gold_place.population or chosen.feature == "city"):
        return "big lost"
    return "small lost"


def classify(dataset: str, docs, analyses, dump=None) -> tuple[Counter, Counter]:
    cats, spurious = Counter(), Counter()
    for (text, golds), a in zip(docs, analyses):
        pairs = match(a.places, golds)
        matched = {id(p) for p, _ in pairs}
        for p in a.places:
            if id(p) not in matched:
                spurious[p.feature or "unresolved"] += 1
                if dump is not None:
                    dump.write(f"{dataset}\tspurious\t\t{p.text}\t{p.name}\t{p.feature}\t{p.country}\t"
                               f"{p.lat},{p.lon}\t\t{text[max(0, p.start - 60):p.end + 40]!r}\n")
        found = {id(g) for _, g in pairs}
        for g in golds:
            if g.lat is not None and id(g) not in found:
                cats["missed"] += 1
                if dump is not None:
                    dump.write(f"{dataset}\tmissed\t{g.name}\t\t\t\t\t\t{g.lat},{g.lon}\t"
                               f"{text[max(0, g.start - 60):g.end + 40]!r}\n")
        for p, g in pairs:
            if g.lat is None:
                continue
            c = category(p, g)
            cats[c] += 1
            if dump is not None and c != "right":
                dump.write(f"{dataset}\t{c}\t{g.name}\t{p.text}\t{p.name}\t{p.feature}\t{p.country}\t"
                           f"{p.lat},{p.lon}\t{g.lat},{g.lon}\t{text[max(0, g.start - 60):g.end + 40]!r}\n")
    return cats, spurious


def main() -> int:
    from newscoder import analyze_many
    from newscoder.options import Options

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("--dump", type=Path, help="write the wrong ones as TSV here")
    parser.add_argument("--country", help="country_hint for every article (LGL is US local news: USA)")
    parser.add_argument("--only", help="LGL or GeoVirus")
    parser.add_argument("--half", choices=("even", "odd"), help="only the articles at even or odd positions")
    args = parser.parse_args()
    options = Options(steps=("places",), require_english=False, country_hint=args.country)
    dump = open(args.dump, "w", encoding="utf-8") if args.dump else None
    for name, path, loader in (("LGL", args.shared / "geo" / "LGL" / "lgl.xml", load_lgl),
                               ("GeoVirus", args.shared / "geo" / "GeoVirus" / "GeoVirus.xml", load_geovirus)):
        if args.only and name != args.only:
            continue
        if not path.exists():
            print(f"{path} not found: {name} skipped")
            continue
        docs = half([d for d in loader(path) if d[0].strip()], args.half)
        started = time.perf_counter()
        analyses = list(analyze_many((t for t, _ in docs), options=options))
        rows = score(name, docs, analyses, time.perf_counter() - started)
        print("  ".join(f"{r['metric']} {r['value']:.3f}" for r in rows if r["system"] == "newscoder"
                        and r["metric"] in ("P", "R", "F1", "acc@161km", "AUC", "words/s (places only)")))
        cats, spurious = classify(name, docs, analyses, dump)
        total = sum(cats.values())
        print(f"{name}: {total} gold toponyms with coordinates")
        for c, n in cats.most_common():
            print(f"  {c:12} {n:5}  {n / total:.3f}")
        print(f"  spurious by feature: {dict(spurious.most_common())}")
    if dump:
        dump.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
