"""Batch mode on Dask: analyze many files or huge JSONL files in parallel partitions, resumably, on this
machine's cores or on a ``dask.distributed`` cluster.

Partitions are cut by article count (``per_part`` records of a JSONL file, or ``per_part`` files), so
even one JSONL file keeps every worker busy and each partition's memory stays small; every record keeps its
line number. Each partition streams its analyses into its own output (``part-00000.jsonl``, or Parquet
files ``date=YYYY-MM-DD/part-00000.parquet``: ``io.parts``) under temporary names renamed when complete;
the process that started the run then appends a line naming the partition's inputs and files to
``manifest.jsonl``. A rerun into the same folder keeps the parts the manifest lists and makes the rest; a
folder holding another run's output (other inputs or settings) is refused unless ``overwrite=True``, so
stale parts are never mixed in. Local workers die with the process that started them.

``scheduler`` is ``"processes"`` (one worker process per core, each loading the model once), ``"threads"``,
``"sync"``, the address of a ``dask.distributed`` scheduler (``"tcp://10.0.0.5:8786"``) or a
``distributed.Client``. On a cluster, the inputs and ``out_dir`` must be reachable from every worker under
the same name: a shared folder, or for the output an fsspec URL (``s3://bucket/run1``).

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
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ErrorHandler, InputError, NewscoderError, OptionsError, OutputError, raise_error
from .limits import admit
from .models import Article
from .options import Options

FORMATS = ("jsonl", "parquet")
MANIFEST = "manifest.jsonl"
ERRORS = "errors.jsonl"
_LOCK = ".newscoder-batch.lock"
_OURS = re.compile(r"(part-\d{5}\.(jsonl|parquet)|manifest\.jsonl|errors\.jsonl|\.part-\d{5}\..*\.tmp)$")
_MANIFEST_VERSION = 2
#: Articles per partition, unless given: about 1/64 of the run (so up to 32 workers get 2 partitions or more
#: each), at most MAX_PER_PART (a partition's work stays short, so a lost worker costs little).
MAX_PER_PART = 200
#: How long to wait for a cluster's scheduler to answer.
CONNECT_TIMEOUT = "30s"
_LOCAL = ("processes", "multiprocessing", "threads", "threading", "sync", "synchronous", "single-threaded")


@dataclass
class BatchReport:
    articles: int = 0
    outputs: list[str] = field(default_factory=list)
    errors: list[dict[str, Any]] = field(default_factory=list)
    resumed: int = 0  # parts kept from an earlier run


@dataclass(frozen=True)
class Unit:
    """The inputs of one partition: a byte range (whole lines) of a JSONL file, or a few whole files."""

    paths: tuple[str, ...]
    start: int = 0
    end: int = -1  # -1: whole files
    first_line: int = 1

    def describe(self) -> dict[str, Any]:
        if self.end < 0:
            return {"files": list(self.paths)}
        return {"file": self.paths[0], "bytes": [self.start, self.end], "first_line": self.first_line}


def run_batch(paths: list[str], out_dir: str | Path, *, fmt: str = "jsonl", options: Options | None = None,
              on_error: ErrorHandler = raise_error, scheduler: Any = "processes", per_part: int | None = None,
              num_workers: int | None = None, overwrite: bool = False, include_text: bool = False) -> BatchReport:
    """Analyze every article under ``paths`` on Dask, writing each partition's output into ``out_dir`` (a
    folder or an fsspec URL); ``include_text`` adds each article's text (``text``), which ``newscoder index
    --analyzed`` needs."""
    from .io.parts import filesystem

    if fmt not in FORMATS:
        raise OptionsError(f"batch format must be one of {FORMATS}, not {fmt!r}")
    if per_part is not None and (not isinstance(per_part, int) or per_part < 1):
        raise OptionsError(f"--per-part must be a whole number of articles, 1 or more, not {per_part!r}")
    options = options or Options()
    try:
        fs, root = filesystem(str(out_dir))
        fs.makedirs(root, exist_ok=True)
    except (OSError, ValueError, ImportError) as error:
        raise OutputError(f"cannot write there: {error}", source=str(out_dir)) from None
    out = Folder(fs, root, str(out_dir))
    with out.locked():
        units, errors = plan(paths, per_part)
        for error in errors:
            on_error(None, error)  # raises to stop
        key = _fingerprint(units, fmt, options, include_text)
        done = _prepare(out, key, overwrite)
        todo = [(i, unit) for i, unit in enumerate(units) if _part_name(i, fmt) not in done]
        job = Job(out, fmt, options, on_error, include_text)
        _compute(todo, job, scheduler, num_workers)
        return _report(out, [e.to_dict() for e in errors], len(done))


@dataclass(frozen=True)
class Folder:
    """The output folder on its filesystem (``fs``, ``root``), and the name the user gave it."""

    fs: Any
    root: str
    given: str

    def path(self, name: str) -> str:
        from .io.parts import join

        return join(self.root, name)

    def shown(self, name: str) -> str:
        """A file's name as the user gave the folder (a path, or a URL with its protocol)."""
        return str(Path(self.given) / name) if "://" not in self.given else self.given.rstrip("/") + "/" + name

    @contextlib.contextmanager
    def locked(self):
        """One batch at a time writes into a local folder (the lock goes with the process, even on kill -9);
        on other filesystems the user keeps runs apart."""
        from .io.parts import is_local

        if not is_local(self.fs):
            yield
            return
        import fcntl

        fd = os.open(os.path.join(self.root, _LOCK), os.O_WRONLY | os.O_CREAT, 0o666)
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise OutputError("another batch is writing into this folder", source=self.given) from None
            yield
        finally:
            os.close(fd)

    def ours(self) -> list[str]:
        """Our files in the folder and its date= folders (paths on ``fs``)."""
        found = []
        for info in self.fs.ls(self.root, detail=True):
            name = info["name"].rstrip("/").rsplit("/", 1)[-1]
            if info["type"] == "directory" and name.startswith("date="):
                found += [p for p in self.fs.ls(info["name"], detail=False) if _OURS.match(p.rsplit("/", 1)[-1])]
            elif _OURS.match(name):
                found.append(info["name"])
        return found


@dataclass(frozen=True)
class Job:
    """What every partition of a run shares (sent once to each worker)."""

    out: Folder
    fmt: str
    options: Options
    on_error: ErrorHandler
    include_text: bool


def plan(paths: list[str], per_part: int | None = None) -> tuple[list[Unit], list[InputError]]:
    """The partitions of a run (deterministic for the same files and ``per_part``) and the bad paths."""
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
    lines = {p: jsonl_lines(p) for p in jsonl}
    total = sum(len(ends) for ends in lines.values()) + len(others)
    size = per_part or max(1, min(MAX_PER_PART, -(-total // 64)))
    units = [Unit((p,), s, e, first) for p in jsonl for s, e, first in jsonl_blocks(lines[p], size)]
    units += [Unit(tuple(others[i:i + size])) for i in range(0, len(others), size)]
    return units, errors


def jsonl_lines(path: str) -> list[tuple[int, int]]:
    """(byte offset after it, its line number) of each record line of a JSONL file; blank lines go with the
    next record (at the end, with the last). A UTF-16/32 file is decoded whole, so it counts as one record."""
    ends, pos, number, pending = [], 0, 0, False
    with open(path, "rb") as f:
        if f.read(4)[:2] in (b"\xff\xfe", b"\xfe\xff", b"\x00\x00"):
            return [(os.fstat(f.fileno()).st_size, 1)]
        f.seek(0)
        for line in f:
            pos, number = pos + len(line), number + 1
            pending = not line.strip()
            if not pending:
                ends.append((pos, number))
    if not ends:
        return [(pos, number)]
    if pending:
        ends[-1] = (pos, ends[-1][1])
    return ends


def jsonl_blocks(ends: list[tuple[int, int]], per_part: int) -> list[tuple[int, int, int]]:
    """(start byte, end byte, first line) of blocks of ``per_part`` records, from ``jsonl_lines``."""
    blocks = []
    for i in range(0, len(ends), per_part):
        start, first = (0, 1) if i == 0 else (ends[i - 1][0], ends[i - 1][1] + 1)
        blocks.append((start, ends[min(i + per_part, len(ends)) - 1][0], first))
    return blocks


def _fingerprint(units: list[Unit], fmt: str, options: Options, include_text: bool) -> str:
    """What makes a run's output: its partitions, the files' sizes and times, the format and options."""
    files = sorted({p for u in units for p in u.paths})
    stats = [(p, os.stat(p).st_size, os.stat(p).st_mtime_ns) for p in files]
    text = json.dumps([_MANIFEST_VERSION, fmt, repr(options), include_text, stats,
                       [u.describe() for u in units]], default=str)
    return hashlib.sha256(text.encode("utf-8", "surrogateescape")).hexdigest()
def _prepare(out: Folder, key: str, overwrite: bool) -> dict[str, dict[str, Any]]:
    """The finished parts an earlier run of the same batch left (to keep), after clearing what must go."""
    fs = out.fs
    ours = out.ours()
    if overwrite:
        for p in ours:
            fs.rm(p)
        ours = []
    header, entries = read_manifest(out)
    names = [p.rsplit("/", 1)[-1] for p in ours]
    if header is None and any(n.startswith("part-") for n in names):
        raise OutputError("the folder holds part files that no manifest lists; use --overwrite to start "
                          "again", source=out.given)
    if header is not None and header.get("key") != key:
        raise OutputError("the folder holds the output of another batch (other inputs, format or options); "
                          "use --overwrite to start again, or another --out", source=out.given)
    for p, name in zip(ours, names):
        if name.endswith(".tmp"):
            fs.rm(p)  # a part a killed run left unfinished
    if header is None:
        _append(out, {"batch": _MANIFEST_VERSION, "key": key})
    return {name: e for name, e in entries.items() if _whole(out, e)}


def _whole(out: Folder, entry: dict[str, Any]) -> bool:
    """Whether every file of a manifest entry is there, at the size it was written."""
    try:
        return all(out.fs.size(out.path(name)) == size for name, size in entry.get("files", {}).items())
    except (FileNotFoundError, OSError):
        return False


def read_manifest(out: Folder | str | Path) -> tuple[dict[str, Any] | None, dict[str, dict[str, Any]]]:
    """(the header, {part name: entry}) of a folder's manifest; a line cut by a crash is ignored."""
    out = out if isinstance(out, Folder) else _folder(out)
    try:
        with out.fs.open(out.path(MANIFEST), "rb") as f:
            lines = f.read().decode("utf-8").split("\n")
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


def _folder(where: str | Path) -> Folder:
    from .io.parts import filesystem

    fs, root = filesystem(str(where))
    return Folder(fs, root, str(where))


def _append(out: Folder, record: dict[str, Any]) -> None:
    """One manifest line: locally in a single synced write to a file opened for appending (a line a crash
    cut short is ended first); elsewhere the file is written again whole (object stores cannot append)."""
    line = (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8", "surrogateescape")
    from .io.parts import is_local

    if not is_local(out.fs):
        try:
            old = out.fs.cat_file(out.path(MANIFEST))
        except FileNotFoundError:
            old = b""
        out.fs.pipe_file(out.path(MANIFEST), old + (b"\n" if old and not old.endswith(b"\n") else b"") + line)
        return
    fd = os.open(os.path.join(out.root, MANIFEST), os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o666)
    try:
        size = os.lseek(fd, 0, os.SEEK_END)
        if size and os.pread(fd, 1, size - 1) != b"\n":
            line = b"\n" + line
        os.write(fd, line)
        os.fsync(fd)
    finally:
        os.close(fd)


def _compute(todo: list[tuple[int, Unit]], job: Job, scheduler: Any, num_workers: int | None) -> None:
    """Run the partitions on the scheduler; each entry goes into the manifest as its partition finishes."""
    from .runner import progress

    if not todo:
        return
    with progress(len(todo), "parts") as advance:
        def finished(entry: dict[str, Any]) -> None:
            _append(job.out, entry)
            advance()

        if isinstance(scheduler, str) and scheduler in _LOCAL:
            _compute_local(todo, job, scheduler, num_workers, finished)
        else:
            _compute_distributed(todo, job, scheduler, finished)


def _compute_local(todo, job: Job, scheduler: str, num_workers: int | None, finished) -> None:
    import dask
    from dask.callbacks import Callback

    tasks = [dask.delayed(_partition, pure=False)(i, unit, job) for i, unit in todo]
    kwargs: dict[str, Any] = {"scheduler": scheduler}
    if num_workers:
        kwargs["num_workers"] = num_workers
    if scheduler in ("processes", "multiprocessing"):
        kwargs["initializer"] = functools.partial(die_with_parent, os.getpid())
    with Callback(posttask=lambda key, result, *_: finished(result) if _is_part(key) else None):
        dask.compute(*tasks, **kwargs)


def _compute_distributed(todo, job: Job, scheduler: Any, finished) -> None:
    """On a ``dask.distributed`` cluster: ``scheduler`` is its address or a ``Client``."""
    try:
        from distributed import Client, as_completed
    except ImportError:
        raise OptionsError("a cluster scheduler needs dask.distributed: pip install 'newscoder[batch]'") from None
    if isinstance(scheduler, str) and "://" not in scheduler:
        raise OptionsError(f"--scheduler must be processes, threads, sync or a scheduler address "
                           f"(tcp://HOST:PORT), not {scheduler!r}")
    client = scheduler if isinstance(scheduler, Client) else None
    try:
        if client is None:
            client = Client(scheduler, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError) as error:
        raise OptionsError(f"cannot reach the Dask scheduler at {scheduler}: {error}") from None
    try:
        shared = client.scatter(job, broadcast=True)
        futures = [client.submit(_partition, i, unit, shared, pure=False, key=f"newscoder-part-{i:05d}-{os.getpid()}")
                   for i, unit in todo]
        for future in as_completed(futures):
            finished(future.result())  # a partition's error (raise_error) is raised here
    finally:
        if client is not scheduler:
            client.close()


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


#: One analysis at a time per worker process: a cluster worker may run tasks on several threads, and a
#: spaCy pipeline (loaded once per process) is not thread-safe.
_ANALYSIS = threading.Lock()


def _partition(index: int, unit: Unit, job: Job) -> dict[str, Any]:
    """Analyze one partition, streaming each analysis into its part file as it is made; the manifest entry."""
    from .io.parts import PartWriter
    from .pipeline import analyze_many

    errors: list[dict[str, Any]] = []

    def admitted():
        for item in _unit_items(unit):
            try:
                if isinstance(item, NewscoderError):
                    raise item
                yield admit(item, job.options)
            except NewscoderError as error:
                article = item if isinstance(item, Article) else None
                job.on_error(article, error)  # raises to stop
                errors.append(error.locate(article).to_dict())

    writer = PartWriter(job.out.fs, job.out.root, index, job.fmt, job.include_text)
    try:
        with _ANALYSIS:
            for analysis in analyze_many(admitted(), options=job.options):
                writer.write(analysis)
        files = writer.close()
    except BaseException:
        writer.abort()
        raise
    return {"part": _part_name(index, job.fmt), "inputs": unit.describe(), "articles": writer.count,
            "files": files, "errors": errors}


def _unit_items(unit: Unit) -> Iterator[Article | InputError]:
    from .io.readers import decode, read_jsonl, read_paths

    if unit.end < 0:
        yield from read_paths(list(unit.paths))
        return
    path = unit.paths[0]
    with open(path, "rb") as f:
        f.seek(unit.start)
        data = f.read(unit.end - unit.start)
    try:
        text = decode(data, path).text
    except InputError as error:
        yield error
        return
    yield from read_jsonl(text, path, first_line=unit.first_line)


def _report(out: Folder, errors: list[dict[str, Any]], resumed: int) -> BatchReport:
    """The run's report from its manifest; ``errors.jsonl`` rewritten from it (none: no file)."""
    from .io.parts import is_local
    from .io.writers import atomic_open, to_json

    _, entries = read_manifest(out)
    report = BatchReport(errors=list(errors), resumed=resumed)
    for name in sorted(entries):
        report.articles += entries[name]["articles"]
        report.outputs += [out.shown(f) for f in sorted(entries[name]["files"])]
        report.errors.extend(entries[name]["errors"])
    path = out.path(ERRORS)
    lines = "".join(to_json(e) + "\n" for e in report.errors)
    if report.errors and is_local(out.fs):
        with atomic_open(path) as f:
            f.write(lines)
    elif report.errors:
        out.fs.pipe_file(path, lines.encode("utf-8"))
    elif out.fs.exists(path):
        out.fs.rm(path)
    return report
