"""List newscoder's NER errors on one half of CoNLL++ 2020, by kind, for reading (numbers behind docs/benchmarks.md).

Each error is one of: ``label`` (gold span found with another label), ``span`` (a prediction overlaps a gold
entity with other bounds; counted once per gold entity), ``missed`` (no prediction overlaps the gold entity),
``spurious`` (a prediction overlaps no gold entity). Kinds are read from the spans alone; the categories that
matter (teams, headlines, tables ...) are then read by hand from ``--dump``, on one half only.

Run: ``python benchmarks/ner_errors.py --half even [--dump errors.tsv] [--sports]`` (``--sports``: only the
documents ``ner_conventions`` takes for sports stories).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eval_entities import SHARED, conll_docs, ents_of, half  # noqa: E402


def errors(text: str, gold: set, pred: set) -> list[tuple]:
    """(kind, gold label, predicted label, gold text, predicted text, start) for one document."""
    out = []
    for g in sorted(gold - pred):
        over = [p for p in pred if p[0] < g[1] and g[0] < p[1]]
        same = [p for p in over if p[:2] == g[:2]]
        if same:
            out.append(("label", g[2], same[0][2], text[g[0]:g[1]], text[g[0]:g[1]], g[0]))
        elif over:
            p = over[0]
            out.append(("span", g[2], p[2], text[g[0]:g[1]], text[p[0]:p[1]], g[0]))
        else:
            out.append(("missed", g[2], "-", text[g[0]:g[1]], "", g[0]))
    for p in sorted(pred - gold):
        if not any(g[0] < p[1] and p[0] < g[1] for g in gold):
            out.append(("spurious", "-", p[2], "", text[p[0]:p[1]], p[0]))
    return out


_NUM = re.compile(r"^[-+$]?\d[\d,.:/-]*$")


def category(kind: str, gold: str, pred: str, text: str, line: str, sports: bool) -> str:
    """The error's category, from the spans and their line alone (the categories of docs/benchmarks.md)."""
    words = line.split()
    if words and sum(bool(_NUM.match(w)) for w in words) >= 0.2 * len(words) and len(line) <= 90:
        return "table or results row"
    if text.isupper() and len(text) > 3:
        return "line in capitals"
    if sports and "ORG" in (gold, pred):
        return "sports team"
    if kind == "span":
        return "span"
    if kind == "spurious":
        return "spurious " + pred
    if "ORG" in (gold, pred) and "PER" in (gold, pred):
        return "ORG <-> PER"
    if "ORG" in (gold, pred) and "LOC" in (gold, pred):
        return "ORG <-> LOC"
    if "ORG" in (gold, pred) and "MISC" in (gold, pred):
        return "ORG <-> MISC"
    return f"{kind} {gold}" if kind == "missed" else f"{kind} {gold}->{pred}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("--half", choices=("even", "odd"), required=True)
    parser.add_argument("--dump", type=Path, help="write every error with its line as TSV")
    parser.add_argument("--sports", action="store_true")
    args = parser.parse_args()
    from newscoder import pipeline
    from newscoder.options import Options
    from newscoder.steps.ner_conventions import is_sports

    docs = half(conll_docs(args.shared / "ner" / "conllpp2023_liu_ritter" / "conllpp.txt"), args.half)
    nlp = pipeline.load(Options(steps=("entities",)).steps)
    kinds: Counter = Counter()
    cats: Counter = Counter()
    rows = []
    for k, ((text, gold), doc) in enumerate(zip(docs, nlp.pipe([t for t, _ in docs]))):
        sports = is_sports(doc)
        if args.sports and not sports:
            continue
        for e in errors(text, gold, ents_of(doc)):
            kinds[e[:3]] += 1
            line_start = text.rfind("\n", 0, e[5]) + 1
            line_end = text.find("\n", e[5])
            line = text[line_start: line_end if line_end > 0 else None].strip()
            cat = category(e[0], e[1], e[2], e[3] or e[4], line, sports)
            cats[cat] += 1
            rows.append((k, cat, *e[:5], line[:200]))
    for (kind, g, p), n in kinds.most_common():
        print(f"{n:4d}  {kind:9s} gold {g:5s} pred {p}")
    print(f"{sum(kinds.values())} errors in {len(docs)} documents; by category:")
    for cat, n in cats.most_common():
        print(f"{n:4d}  {cat}")
    if args.dump:
        args.dump.write_text("".join("\t".join(str(c) for c in r) + "\n" for r in rows))


if __name__ == "__main__":
    main()
