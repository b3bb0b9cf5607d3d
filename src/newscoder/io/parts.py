"""The files of a batch run, on any filesystem fsspec reaches (a local or shared folder, ``file://``,
``memory://``, ``s3://``, ``gcs://`` with their fsspec package installed), so every worker of a cluster can
write its own.

A partition's results are streamed into its part file as they are made (``PartWriter``): JSONL, one
analysis a line, or Parquet, one file per publication date in hive style (``date=2019-08-06/``, articles
without a date under ``date=__HIVE_DEFAULT_PARTITION__/``) with the schema ``PARQUET_SCHEMA``. Each file is
written under a temporary name and renamed when complete, so a reader never sees half a part.
"""

from __future__ import annotations

import contextlib
import uuid
from typing import Any

from ..models import Analysis
from .writers import flat_row, to_json

#: The Parquet schema of ``batch --format parquet`` (docs/scaling.md): the columns of a flat row, the whole
#: analysis as JSON (``analysis``), and the article text (``text``, null unless asked for). ``date`` is
#: the hive partition column of the folder (``date=YYYY-MM-DD``), not stored in the files.
PARQUET_COLUMNS = (
    ("id", "string"), ("title", "string"), ("tags", "string"), ("keyphrases", "string"), ("topics", "string"),
    ("entities", "string"), ("places", "string"), ("events", "int64"), ("source", "string"),
    ("analysis", "string"), ("text", "string"),
)
NO_DATE = "__HIVE_DEFAULT_PARTITION__"
#: Rows a Parquet writer holds before it writes them out as a row group (memory stays flat).
ROW_GROUP = 256


def parquet_schema():
    import pyarrow as pa

    return pa.schema([(name, getattr(pa, kind)()) for name, kind in PARQUET_COLUMNS])


def filesystem(url: str):
    """(the fsspec filesystem, the path on it) of a folder or URL."""
    from fsspec.core import url_to_fs

    return url_to_fs(str(url))


def is_local(fs) -> bool:
    return "file" in (fs.protocol if isinstance(fs.protocol, tuple) else (fs.protocol,))


def join(root: str, name: str) -> str:
    return root.rstrip("/") + "/" + name


class PartWriter:
    """Streams one partition's analyses into its file(s) under ``root``; ``close()`` renames them into
    place and returns {file name relative to root: size}; ``abort()`` removes what was written."""

    def __init__(self, fs, root: str, index: int, fmt: str, include_text: bool = False):
        self.fs, self.root, self.index, self.fmt, self.include_text = fs, root, index, fmt, include_text
        self.open: dict[str, tuple[str, Any, Any]] = {}  # final name -> (tmp path, file, writer)
        self.rows: dict[str, list[dict[str, Any]]] = {}
        self.count = 0

    def name(self, analysis: dict[str, Any]) -> str:
        if self.fmt == "jsonl":
            return f"part-{self.index:05d}.jsonl"
        return f"date={analysis.get('date') or NO_DATE}/part-{self.index:05d}.parquet"

    def _file(self, name: str) -> tuple[str, Any, Any]:
        if name not in self.open:
            folder, _, base = name.rpartition("/")
            if folder:
                self.fs.makedirs(join(self.root, folder), exist_ok=True)
            tmp = join(self.root, (folder + "/" if folder else "") + f".{base}.{uuid.uuid4().hex[:8]}.tmp")
            f = self.fs.open(tmp, "w" if self.fmt == "jsonl" else "wb",
                             **({"encoding": "utf-8", "newline": ""} if self.fmt == "jsonl" else {}))
            writer = None
            if self.fmt == "parquet":
                import pyarrow.parquet as pq

                writer = pq.ParquetWriter(f, parquet_schema())
            self.open[name] = (tmp, f, writer)
        return self.open[name]

    def write(self, analysis: Analysis) -> None:
        d = analysis.to_dict()
        if self.include_text:
            d = {**d, "text": analysis.text}
        name = self.name(d)
        _, f, writer = self._file(name)
        self.count += 1
        if writer is None:
            f.write(to_json(d) + "\n")
            return
        row = flat_row(d)
        del row["date"]
        rows = self.rows.setdefault(name, [])
        rows.append({**row, "analysis": to_json(d), "text": d.get("text")})
        if len(rows) >= ROW_GROUP:
            self._flush(name)

    def _flush(self, name: str) -> None:
        import pyarrow as pa

        rows = self.rows.pop(name, [])
        if rows:
            self.open[name][2].write_table(pa.Table.from_pylist(rows, schema=parquet_schema()))

    def close(self) -> dict[str, int]:
        """Finish every file and rename it into place; a partition with no article writes an empty file
        (JSONL) or none (Parquet). Returns {name: size}."""
        if not self.open and self.fmt == "jsonl":
            self._file(self.name({}))
        files = {}
        for name, (tmp, f, writer) in list(self.open.items()):
            if writer is not None:
                self._flush(name)
                writer.close()
            f.close()
            final = join(self.root, name)
            self.fs.mv(tmp, final)
            files[name] = self.fs.size(final)
        self.open.clear()
        return files

    def abort(self) -> None:
        for tmp, f, _ in self.open.values():
            with contextlib.suppress(Exception):
                f.close()
            with contextlib.suppress(Exception):
                self.fs.rm(tmp)
        self.open.clear()
