"""Finished analyses read back for the store (``newscoder index --analyzed``), without analysing again.

The inputs are what ``newscoder batch --include-text`` writes: JSONL (one ``to_dict()`` a line, with
``text``) and Parquet (the ``analysis`` column, the ``text`` column), as files or whole output folders
(``manifest.jsonl`` and ``errors.jsonl`` are passed over). A record that is not an analysis, or has no
text, yields a ``RecordError`` naming the file and the line (JSONL) or row (Parquet) in its place.

Reading is cut into pieces (``pieces``: a few hundred JSONL lines, or one Parquet row group) that worker
processes can decode in parallel (``read_piece``); ``read_analyzed`` does it all in this process.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import InputError, RecordError

#: Records per piece of a JSONL file.
PIECE_RECORDS = 500
_SKIP = ("manifest.jsonl", "errors.jsonl")
Record = tuple[dict[str, Any], str]


def files(paths: list[str]) -> Iterator[str | InputError]:
    """The JSONL and Parquet files among ``paths`` (folders read recursively, in order)."""
    from .readers import expand

    for p in paths:
        if Path(p).is_dir():
            found = sorted(q for q in Path(p).rglob("*") if q.suffix in (".jsonl", ".parquet")
                           and q.name not in _SKIP and not q.name.startswith("."))
            yield from (str(q) for q in found)
            continue
        for item in expand([p]):
            if isinstance(item, str) and (item == "-" or Path(item).suffix not in (".jsonl", ".parquet")):
                yield InputError("--analyzed reads JSONL or Parquet files from `newscoder batch`", source=item)
            else:
                yield item


def pieces(paths: list[str]) -> Iterator[tuple | InputError]:
    """The pieces of these files: ("jsonl", path, start, end, first line) or ("parquet", path, row group)."""
    from ..batch import jsonl_blocks, jsonl_lines

    for p in files(paths):
        if isinstance(p, InputError):
            yield p
        elif p.endswith(".parquet"):
            try:
                import pyarrow.parquet as pq

                groups = pq.ParquetFile(p).num_row_groups
            except Exception as error:  # noqa: BLE001 (pyarrow's errors have no common base)
                yield InputError(f"not a Parquet file: {error}", source=p)
                continue
            yield from (("parquet", p, g) for g in range(groups))
        else:
            try:
                ends = jsonl_lines(p)
            except OSError as error:
                yield InputError(f"cannot read: {error.strerror}", source=p)
                continue
            yield from (("jsonl", p, s, e, first) for s, e, first in jsonl_blocks(ends, PIECE_RECORDS))


def read_piece(piece: tuple) -> list[Record | InputError]:
    """The records of one piece (in a worker process or here)."""
    if piece[0] == "parquet":
        import pyarrow.parquet as pq

        _, path, group = piece
        table = pq.ParquetFile(path).read_row_group(group, columns=["analysis", "text"])
        first = sum(pq.ParquetFile(path).metadata.row_group(g).num_rows for g in range(group)) + 1
        return [_record(raw, text, path, first + i, "row")
                for i, (raw, text) in enumerate(zip(*(table.column(c).to_pylist() for c in ("analysis", "text"))))]
    _, path, start, end, first = piece
    with open(path, "rb") as f:
        f.seek(start)
        data = f.read(end - start).decode("utf-8", "replace")
    return [_record(line, None, path, first + i, "line") for i, line in enumerate(data.split("\n")) if line.strip()]


def _record(raw: str | None, text: str | None, path: str, where: int, unit: str) -> Record | InputError:
    try:
        d = json.loads(raw or "")
    except json.JSONDecodeError as error:
        return RecordError(f"not valid JSON ({error.msg}) at {unit} {where}", source=path, line=where)
    if not isinstance(d, dict) or not isinstance(d.get("id"), str) or not isinstance(d.get("tags"), list):
        return RecordError(f"not an analysis (no id or tags) at {unit} {where}", source=path, line=where)
    inline = d.pop("text", None)
    text = inline if text is None else text
    if not isinstance(text, str):
        return RecordError(f"analysis {d['id']!r} has no text at {unit} {where}; write it with `newscoder batch "
                           "--include-text`", source=path, line=where, id=d["id"])
    return d, text


def read_analyzed(paths: list[str], n_process: int = 1) -> Iterator[Record | InputError]:
    """Every record of these files, in order, decoded by ``n_process`` worker processes (1: here)."""
    if n_process == 1:
        for piece in pieces(paths):
            yield from [piece] if isinstance(piece, InputError) else read_piece(piece)
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=n_process) as pool:
        window: list = []
        for piece in pieces(paths):
            window.append(piece if isinstance(piece, InputError) else pool.submit(read_piece, piece))
            if len(window) >= 2 * n_process:
                yield from _done(window.pop(0))
        for item in window:
            yield from _done(item)


def _done(item) -> list[Record | InputError]:
    return [item] if isinstance(item, InputError) else item.result()
