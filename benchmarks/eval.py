"""`make eval`: every accuracy measure on ../shared/data, printed as one table.

Each benchmarks/eval_<task>.py exposes evaluate(shared, quick) -> rows
{task, dataset, metric, system, value, target}. This script runs them all and prints one table.
Usage: python benchmarks/eval.py [--shared ../shared] [--quick] [--only places,events] [--json out.json]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
TASKS = ("keyphrases", "entities", "places", "events")


def load_module(task: str):
    path = HERE / f"eval_{task}.py"
    if not path.exists():
        return None
    spec = importlib.util.spec_from_file_location(f"eval_{task}", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def run(shared: Path, quick: bool, only: list[str]) -> list[dict]:
    rows: list[dict] = []
    for task in only:
        module = load_module(task)
        if module is None:
            print(f"[{task}] no benchmarks/eval_{task}.py yet", file=sys.stderr)
            continue
        started = time.perf_counter()
        try:
            got = module.evaluate(shared / "data", quick=quick)
        except Exception:  # a broken evaluation must not hide the others
            traceback.print_exc()
            print(f"[{task}] evaluation FAILED", file=sys.stderr)
            continue
        print(f"[{task}] {len(got)} rows in {time.perf_counter() - started:.0f} s", file=sys.stderr)
        rows.extend(got)
    return rows


def table(rows: list[dict]) -> str:
    head = ("task", "dataset", "metric", "system", "value", "target")
    body = [(r["task"], r["dataset"], r["metric"], r["system"],
             f"{r['value']:.3f}" if isinstance(r["value"], float) else str(r["value"]),
             r.get("target") or "") for r in rows]
    widths = [max(len(str(x)) for x in col) for col in zip(head, *body)]
    line = lambda cells: "| " + " | ".join(str(c).ljust(w) for c, w in zip(cells, widths)) + " |"  # noqa: E731
    out = [line(head), "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    out += [line(r) for r in body]
    return "\n".join(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=HERE.parent.parent / "shared")
    parser.add_argument("--quick", action="store_true", help="subsample every dataset (about a minute each)")
    parser.add_argument("--only", default=",".join(TASKS), help="comma-separated tasks: " + ",".join(TASKS))
    parser.add_argument("--json", type=Path, help="also write the rows here")
    args = parser.parse_args()
    if not (args.shared / "data").is_dir():
        print(f"evaluation data not found at {args.shared / 'data'}: nothing to evaluate (skipped)")
        return 0
    rows = run(args.shared, args.quick, [t.strip() for t in args.only.split(",") if t.strip()])
    print(table(rows))
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
