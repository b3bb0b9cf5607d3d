"""The cost of one very long text: wall time and peak memory of `analyze` on a single document of N characters.

A long text is parsed in pieces of ``pipeline.PIECE_CHARS`` characters joined with ``Doc.from_docs``, so its
cost should grow about linearly with its length; a step that compares every mention with every other would
show here as time growing with the square. Each size runs in a fresh process (so peak RSS is that size's own).
The text is LGL news articles (../shared/data/geo/LGL) joined with blank lines until it is N characters long,
or the examples repeated when LGL is absent.

Usage: python benchmarks/long_text.py [--shared ../shared] [--chars 100000 400000 900000]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench import articles  # noqa: E402  (the same articles as `make bench`)


def long_text(shared: Path, chars: int) -> str:
    parts, size, pool = [], 0, articles(shared, 5000)
    while size < chars:
        for text in pool:
            parts.append(text.strip())
            size += len(parts[-1]) + 2
            if size >= chars:
                break
    return "\n\n".join(parts)[:chars]


def child(shared: Path, chars: int) -> None:
    import newscoder

    text = long_text(shared, chars)
    options = newscoder.Options(require_english=False, max_chars=max(chars, newscoder.Options().max_chars))
    newscoder.analyze("Warm-up: the model loads before the clock starts.", options=options)
    started = time.perf_counter()
    result = newscoder.analyze(text, options=options)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"chars": len(text), "seconds": round(seconds, 1), "peak_mb": round(peak),
                      "entities": len(result.entities), "events": len(result.events)}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=HERE.parent.parent / "shared")
    parser.add_argument("--chars", type=int, nargs="+", default=[100_000, 400_000, 900_000])
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.shared, args.child)
        return
    print(f"{'characters':>12}{'seconds':>10}{'s per 100k':>12}{'peak MB':>10}{'entities':>10}{'events':>8}")
    for chars in args.chars:
        out = subprocess.run([sys.executable, __file__, "--shared", str(args.shared), "--child", str(chars)],
                             capture_output=True, text=True, check=True)
        row = json.loads(out.stdout.strip().splitlines()[-1])
        print(f"{row['chars']:>12,}{row['seconds']:>10}{row['seconds'] / row['chars'] * 1e5:>12.1f}"
              f"{row['peak_mb']:>10}{row['entities']:>10}{row['events']:>8}")


if __name__ == "__main__":
    main()
