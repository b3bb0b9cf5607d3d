"""Print the places newscoder resolves in a random sample of world news, to read and judge by hand.

The sample: ``--reuters N`` Reuters-21578 wire stories (dateline + body) and ``--conll N`` CoNLL++ 2020
news documents, drawn with ``--seed`` (use a new seed each time: a sample read once is no longer unseen).
Each place is printed with its resolution and the words around it; the judgments and their counts by
error category go in docs/benchmarks.md. Nothing here is scored automatically.

Run: ``python benchmarks/world_sample.py --seed 20261201 [--shared ../shared/data] > sample.txt``.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eval_entities import conll_docs, reuters_docs  # noqa: E402
from eval_places import SHARED  # noqa: E402


def sample(shared: Path, seed: int, n_reuters: int, n_conll: int) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    reuters = reuters_docs(shared / "tags" / "reuters21578")
    conll = conll_docs(shared / "ner" / "conllpp2023_liu_ritter" / "conllpp.txt")
    picked = [(f"reuters#{i}", reuters[i]["text"]) for i in rng.sample(range(len(reuters)), n_reuters)]
    picked += [(f"conll#{i}", conll[i][0]) for i in rng.sample(range(len(conll)), n_conll)]
    return picked


def main() -> int:
    from newscoder import analyze
    from newscoder.options import Options

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--reuters", type=int, default=30)
    parser.add_argument("--conll", type=int, default=10)
    args = parser.parse_args()
    options = Options(steps=("places",), require_english=False)
    for doc_id, text in sample(args.shared, args.seed, args.reuters, args.conll):
        print(f"=== {doc_id}: {text[:150]!r}")
        for p in analyze(text, options=options).places:
            admin1 = getattr(p, "admin1", "") or ""  # older versions lack it
            where = "UNRESOLVED"
            if p.lat is not None:
                where = f"{p.name} [{p.feature} {p.country} {admin1}] {p.lat},{p.lon}"
            context = text[max(0, p.start - 40):p.end + 30].replace("\n", " ")
            print(f"  {p.text!r:28} -> {where}{' METONYM' if p.metonym else ''}  | {context}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
