"""Batch mode on Dask: analyze many files or huge JSONL files in parallel partitions, resumably.

JSONL files are cut into blocks of about ``blocksize`` bytes at line ends (so one big file is parallel too,
and every record keeps its line number); other files are grouped, a few per partition. Each partition
writes its own output file (``part-00000.jsonl`` or ``.parquet``) under a temporary name, renames it when
complete, then appends a line naming its inputs to ``manifest.jsonl``. A rerun into the same folder keeps
the parts the manifest lists and makes the rest; a folder holding another run's output (other inputs or
settings) is refused unless ``overwrite=True``, so stale parts are never mixed in. Workers die with the
process that started them.

Bad articles go to the error handler the caller picks (``errors.raise_error`` stops the run; an
``errors.ErrorLog`` skips), and every skipped one is listed in ``errors.jsonl`` beside the outputs.

    report = run_batch(["news/"], "out/", fmt="parquet", on_error=ErrorLog())
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ErrorHandler, InputError, NewscoderError, OptionsError, OutputError, raise_error
from .models import Analysis, Article
from .options import Options

FORMATS = ("jsonl", "parquet")
MANIFEST = "manifest.jsonl"
ERRORS = "errors.jsonl"
_LOCK = ".newscoder-batch.lock"
_OURS = re.compile(r"(part-\d{5}\.(jsonl|parquet)|manifest\.jsonl|errors\.jsonl|\.part-\d{5}\..*\.tmp|"
                   r"\.errors\.jsonl\..*\.tmp)$")
_MANIFEST_VERSION = 1


@dataclass
class BatchReport:
    articles: int = 0
    outputs: list[str] = field(default_factory=list)
    errors: list[dict[str, Any]] = field(default_factory=list)
    resumed: int = 0  # parts kept from an earlier run


@dataclass(frozen=True)
class Unit:
    """The inputs of one partition: a byte range of a JSONL file, or a few whole files."""

    paths: tuple[str, ...]
    start: int = 0
    end: int = -1  # -1: whole files
    first_line: int = 1

    def describe(self) -> dict[str, Any]:
        if self.end < 0:
            return {"files": list(self.paths)}
        return {"file": self.paths[0], "bytes": [self.start, self.end], "first_line": self.first_line}


def run_batch(paths: list[str], out_dir: str | Path, *, fmt: str = "jsonl", options: Options | None = None,
              on_error: ErrorHandler = raise_error, scheduler: str = "processes", blocksize: str | int = "8MB",
              num_workers: int | None = None, overwrite: bool = False) -> BatchReport:
    """Analyze every article under ``paths`` on Dask, writing one output file per partition into ``out_dir``."""
    from dask.utils import parse_bytes

    if fmt not in FORMATS:
        raise OptionsError(f"batch format must be one of {FORMATS}, not {fmt!r}")
    options = options or Options()
    size = parse_bytes(blocksize)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    with _locked(out):
        units, errors = plan(paths, size)
        for error in errors:
            on_error(None, error)  # raises to stop
        key = _fingerprint(units, fmt, options, size)
        done = _prepare(out, key, overwrite)
        todo = [(i, unit) for i, unit in enumerate(units) if _part_name(i, fmt) not in done]
        _compute(todo, out, fmt, options, on_error, scheduler, num_workers)
        return _report(out, [e.to_dict() for e in errors], len(done))


def plan(paths: list[str], blocksize: int) -> tuple[list[Unit], list[InputError]]:
    """The partitions of a run (deterministic for the same files and block size) and the bad paths."""
    from .io.readers import EXTENSIONS, expand

    jsonl, others, errors = [], [], []
    for p in expand(paths):
        if isinstance(p, InputError):
            errors.append(p)
        elif p == "-":
            errors.append(InputError("batch reads files, not stdin", source="<stdin>"))
        elif EXTENSIONS.get(Path(p).suffix.lower()) == "jsonl":
            jsonl.append(p)
        else:
            others.append(p)
    units = [Unit((p,), s, e, first) for p in jsonl for s, e, first in jsonl_blocks(p, blocksize)]
    per_part = max(1, min(500, -(-len(others) // 64)))
    units += [Unit(tuple(others[i:i + per_part])) for i in range(0, len(others), per_part)]
    return units, errors


def jsonl_blocks(path: str, blocksize: int) -> list[tuple[int, int, int]]:
    """(start, end, first line) of blocks of about ``blocksize`` bytes, cut after a ``\\n`` only."""
    blocks, start, first, pos, lines = [], 0, 1, 0, 0
    with open(path, "rb") as f:
        if f.read(4)[:2] in (b"\xff\xfe", b"\xfe\xff", b"\x00\x00"):  # UTF-16/32: one block, decoded whole
            return [(0, os.fstat(f.fileno()).st_size, 1)]
        f.seek(0)
        for line in f:
            pos += len(line)
            lines += 1
            if pos - start >= blocksize:
                blocks.append((start, pos, first))
                start, first = pos, lines + 1
    if pos > start or not blocks:
        blocks.append((start, pos, first))
    return blocks


def _fingerprint(units: list[Unit], fmt: str, options: Options, blocksize: int) -> str:
    """What makes a run's output: its partitions, the files' sizes and times, the format and options."""
    files = sorted({p for u in units for p in u.paths})
    stats = [(p, os.stat(p).st_size, os.stat(p).st_mtime_ns) for p in files]
    text = json.dumps([_MANIFEST_VERSION, fmt, repr(options), blocksize, stats,
                       [u.describe() for u in units]], default=str)
    return hashlib.sha256(text.encode("utf-8", "surrogateescape")).hexdigest()


@contextlib.contextmanager
def _locked(out: Path):
    """One batch at a time writes into a folder (the lock goes with the process, even on kill -9)."""
    import fcntl

    fd = os.open(out / _LOCK, os.O_WRONLY | os.O_CREAT, 0o666)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise OutputError("another batch is writing into this folder", source=str(out)) from None
        yield
    finally:
        os.close(fd)


def _prepare(out: Path, key: str, overwrite: bool) -> dict[str, dict[str, Any]]:
    """The finished parts an earlier run of the same batch left (to keep), after clearing what must go."""
    ours = [p for p in out.iterdir() if _OURS.match(p.name)]
    if overwrite:
        for p in ours:
            p.unlink()
        ours = []
    header, entries = read_manifest(out)
    if header is None and any(p.name.startswith("part-") for p in ours):
        raise OutputError("the folder holds part files that no manifest lists; use --overwrite to start "
                          "again", source=str(out))
    if header is not None and header.get("key") != key:
        raise OutputError("the folder holds the output of another batch (other inputs, format or options); "
                          "use --overwrite to start again, or another --out", source=str(out))
    for p in ours:
        if p.name.endswith(".tmp"):
            p.unlink()  # a part a killed run left unfinished
    if header is None:
        _append(out / MANIFEST, {"batch": _MANIFEST_VERSION, "key": key})
    else:
        _end_line(out / MANIFEST)
    return {name: e for name, e in entries.items()
            if (out / name).is_file() and (out / name).stat().st_size == e.get("size")}


def read_manifest(out: Path) -> tuple[dict[str, Any] | None, dict[str, dict[str, Any]]]:
    """(the header, {part name: entry}) of a folder's manifest; a line cut by a crash is ignored."""
    try:
        lines = (out / MANIFEST).read_text(encoding="utf-8").split("\n")
    except FileNotFoundError:
        return None, {}
    header, entries = None, {}
    for line in lines:
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            continue
        if "key" in record and header is None:
            header = record
        elif "part" in record:
            entries[record["part"]] = record
    return header, entries


def _end_line(path: Path) -> None:
    """End a line a crash cut short, so the next entry starts a line of its own."""
    with path.open("rb+") as f:
        size = f.seek(0, os.SEEK_END)
        if size:
            f.seek(size - 1)
            if f.read(1) != b"\n":
                f.write(b"\n")


def _append(path: Path, record: dict[str, Any]) -> None:
    """One manifest line, in a single write to a file opened for appending, synced."""
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o666)
    try:
        os.write(fd, (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8", "surrogateescape"))
        os.fsync(fd)
    finally:
        os.close(fd)


def _compute(todo: list[tuple[int, Unit]], out: Path, fmt: str, options: Options, on_error: ErrorHandler,
             scheduler: str, num_workers: int | None) -> None:
    import dask

    if not todo:
        return
    tasks = [dask.delayed(_partition)(i, unit, str(out), fmt, options, on_error) for i, unit in todo]
    kwargs: dict[str, Any] = {"scheduler": scheduler}
    if num_workers:
        kwargs["num_workers"] = num_workers
    if scheduler in ("processes", "multiprocessing"):
        kwargs["initializer"] = functools.partial(die_with_parent, os.getpid())
    from dask.callbacks import Callback

    from .runner import progress

    with progress(len(todo), "parts") as advance, Callback(
            posttask=lambda key, *_: advance() if _is_part(key) else None):
        dask.compute(*tasks, **kwargs)


def _is_part(key) -> bool:
    """Whether a Dask task key is one of ``_partition``'s (a progress step)."""
    return str(key[0] if isinstance(key, tuple) else key).startswith("_partition")


def die_with_parent(parent: int) -> None:
    """In a worker: ask Linux to kill this process when its parent dies (kill -9 included)."""
    import ctypes
    import signal

    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    if os.getppid() != parent:  # the parent died before the request took effect
        os._exit(1)


def _part_name(index: int, fmt: str) -> str:
    return f"part-{index:05d}.{fmt}"


def _partition(index: int, unit: Unit, out_dir: str, fmt: str, options: Options,
               on_error: ErrorHandler) -> dict[str, Any]:
    from .limits import admit
    from .pipeline import analyze_many

    errors: list[dict[str, Any]] = []
    good: list[Article] = []
    for item in _unit_items(unit):
        try:
            if isinstance(item, NewscoderError):
                raise item
            good.append(admit(item, options))
        except NewscoderError as error:
            article = item if isinstance(item, Article) else None
            on_error(article, error)  # raises to stop
            errors.append(error.locate(article).to_dict())
    analyses = list(analyze_many(good, options=options))
    out = Path(out_dir) / _part_name(index, fmt)
    _write_partition(analyses, out, fmt)
    entry = {"part": out.name, "inputs": unit.describe(), "articles": len(analyses),
             "size": out.stat().st_size, "errors": errors}
    _append(Path(out_dir) / MANIFEST, entry)
    return entry


def _unit_items(unit: Unit) -> list[Article | InputError]:
    from .io.readers import decode, read_jsonl, read_paths

    if unit.end < 0:
        return list(read_paths(list(unit.paths)))
    path = unit.paths[0]
    with open(path, "rb") as f:
        f.seek(unit.start)
        data = f.read(unit.end - unit.start)
    try:
        text = decode(data, path).text
    except InputError as error:
        return [error]
    return list(read_jsonl(text, path, first_line=unit.first_line))


def _write_partition(analyses: list[Analysis], out: Path, fmt: str) -> None:
    from .io.writers import atomic_open, flat_row, to_json, write_rows

    if fmt == "jsonl":
        with atomic_open(out) as f:
            for a in analyses:
                f.write(to_json(a.to_dict()) + "\n")
    else:
        rows = []
        for a in analyses:
            d = a.to_dict()
            rows.append({**flat_row(d), "analysis": to_json(d)})
        write_rows(rows, "parquet", str(out))


def _report(out: Path, errors: list[dict[str, Any]], resumed: int) -> BatchReport:
    """The run's report from its manifest; ``errors.jsonl`` rewritten from it (none: no file)."""
    from .io.writers import atomic_open, to_json

    _, entries = read_manifest(out)
    report = BatchReport(errors=list(errors), resumed=resumed)
    for name in sorted(entries):
        report.articles += entries[name]["articles"]
        report.outputs.append(str(out / name))
        report.errors.extend(entries[name]["errors"])
    if report.errors:
        with atomic_open(out / ERRORS) as f:
            for e in report.errors:
                f.write(to_json(e) + "\n")
    else:
        with contextlib.suppress(FileNotFoundError):
            (out / ERRORS).unlink()
    return report
