"""Keep README.md's examples the tool's real output.

A fenced block right after ``<!-- output: newscoder ARGS -->`` holds what that command prints (run in-process
from the repository's root); a ```python block of ``>>>`` lines holds a REPL session, each expression followed
by its repr. ``python scripts/readme_examples.py`` rewrites the blocks from the tool; ``--check`` only says
which differ (exit 1), as tests/test_readme.py does.
"""

from __future__ import annotations

import os
import re
import shlex
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
OUTPUT = re.compile(r"<!-- output: (?P<cmd>newscoder [^\n]*?) -->\n```(?P<lang>\w*)\n(?P<body>.*?)```", re.S)
REPL = re.compile(r"```python\n(?P<body>>>> .*?)```", re.S)


#: The store the search examples read: examples/ indexed with this command first (in a temporary folder).
INDEX = "newscoder index examples/ --db examples.db --date 2019-08-06"


def run_command(command: str, tmp: Path | None = None) -> str:
    from typer.testing import CliRunner

    from newscoder.cli import app

    args = shlex.split(command)[1:]
    if "examples.db" in args and tmp is not None:
        db = tmp / "examples.db"
        if not db.exists():
            run_command(INDEX.replace("examples.db", str(db)))
        args = [str(db) if a == "examples.db" else a for a in args]
    result = CliRunner().invoke(app, args, terminal_width=100)
    if result.exit_code != 0:
        raise RuntimeError(f"{command}: exit {result.exit_code}: {result.stderr}")
    return result.stdout


def run_repl(body: str) -> str:
    """The session with every expression's output replaced by what it gives now."""
    scope: dict = {}
    out = []
    for line in body.splitlines():
        if not line.startswith((">>> ", "... ")):
            continue  # an old output line
        out.append(line)
        code = line[4:]
        try:
            value = eval(compile(code, "<README>", "eval"), scope)
        except SyntaxError:
            exec(compile(code, "<README>", "exec"), scope)
            continue
        if value is not None:
            out.append(repr(value))
    return "\n".join(out) + "\n"


def examples(text: str):
    """(start, end, old body, new body) of every example block."""
    import tempfile

    tmp = Path(tempfile.mkdtemp(prefix="readme-"))
    for m in OUTPUT.finditer(text):
        yield m.start("body"), m.end("body"), m.group("body"), run_command(m.group("cmd"), tmp)
    for m in REPL.finditer(text):
        yield m.start("body"), m.end("body"), m.group("body"), run_repl(m.group("body"))


def main(argv: list[str]) -> int:
    os.chdir(ROOT)
    text = README.read_text(encoding="utf-8")
    found = sorted(examples(text))
    stale = [old for _, _, old, new in found if old != new]
    if "--check" in argv:
        for old in stale:
            print(f"README.md: an example is out of date:\n{old}", file=sys.stderr)
        return 1 if stale else 0
    for start, end, _, new in reversed(found):
        text = text[:start] + new + text[end:]
    README.write_text(text, encoding="utf-8")
    print(f"README.md: {len(found)} example(s), {len(stale)} rewritten")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
