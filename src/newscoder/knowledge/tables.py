"""The one reader of newscoder's packaged tab-separated tables (``src/newscoder/data/*.tsv``).

Hand-written tables live in ``data_src/`` and are copied or compiled into ``data/`` by the scripts in
``scripts/``; generated ones are written there directly. Every table is UTF-8, one row per line, cells
separated by tabs; blank lines and lines starting with ``#`` are comments.
"""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources
from pathlib import Path

DATA = Path(str(resources.files("newscoder").joinpath("data")))


def rows(name: str, path: Path | None = None, *, header: str | None = None) -> Iterator[list[str]]:
    """The rows of a packaged table (or of the table at ``path``), as lists of cells; a first row whose
    first cell is ``header`` names the columns and is skipped."""
    for _, cells in numbered_rows(name, path, header=header):
        yield cells


def numbered_rows(name: str, path: Path | None = None, *,
                  header: str | None = None) -> Iterator[tuple[int, list[str]]]:
    """``rows`` with the 1-based line number of each row, for messages about a hand-written table."""
    text = (path or DATA / name).read_text(encoding="utf-8")
    first = True
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if first and header is not None and cells[0] == header:
            first = False
            continue
        first = False
        yield n, cells
