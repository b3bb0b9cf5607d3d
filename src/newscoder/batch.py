"""Batch mode on Dask: analyze many files or huge JSONL files in parallel partitions.

JSONL inputs are split into byte blocks by ``dask.bag.read_text`` (so one big file is parallel too);
other files are spread over partitions one file each. Each partition writes its own output file
(``part-00000.jsonl`` or ``.parquet``) atomically, so a failed run never leaves half a file. Bad articles
go to the error policy the caller picks (spaCy's ``Pipe.pipe`` idea): ``"raise"`` stops the run,
``"skip"`` records them in ``errors.jsonl`` beside the outputs and goes on.

    report = run_batch(["news/"], "out/", fmt="parquet", on_error="skip")
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import NewscoderError, OptionsError
from .models import Analysis, Article
from .options import Options

FORMATS = ("jsonl", "parquet")
POLICIES = ("raise", "skip")


@dataclass
class BatchReport:
    articles: int = 0
    outputs: list[str] = field(default_factory=list)
    errors: list[dict[str, Any]] = field(default_factory=list)


def _error_dict(error: NewscoderError) -> dict[str, Any]:
    return {"type": type(error).__name__, "message": error.message, "source": error.source, "line": error.line}


def _analyze_items(items: list[Any], options: Options, on_error: str) -> tuple[list[Analysis], list[dict]]:
    from .pipeline import analyze_many

    errors: list[dict] = []

    def record(article: Article, error: NewscoderError) -> None:
        if on_error == "raise":
            raise error
        errors.append(_error_dict(error))

    good: list[Article] = []
    for item in items:
        if isinstance(item, NewscoderError):
            record(Article(text=""), item)
        else:
            good.append(item)
    return list(analyze_many(good, options=options, on_error=record)), errors


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


def _partition(items: list[Any], index: int, out_dir: str, fmt: str, options: Options,
               on_error: str) -> list[dict[str, Any]]:
    analyses, errors = _analyze_items(items, options, on_error)
    out = Path(out_dir) / f"part-{index:05d}.{fmt}"
    _write_partition(analyses, out, fmt)
    return [{"articles": len(analyses), "output": str(out), "errors": errors}]


def _jsonl_lines_to_items(lines: list[str], source: str) -> list[Any]:
    from .errors import RecordError
    from .io.readers import article_from_record

    items: list[Any] = []
    for line in lines:
        if not line.strip():
            continue
        try:
            items.append(article_from_record(json.loads(line), source=source, line=None))
        except json.JSONDecodeError as error:
            items.append(RecordError(f"not valid JSON ({error.msg})", source=source))
        except NewscoderError as error:
            items.append(error)
    return items


def _file_items(paths: list[str]) -> list[Any]:
    from .io.readers import read_paths

    return list(read_paths(paths))


def run_batch(paths: list[str], out_dir: str | Path, *, fmt: str = "jsonl", options: Options | None = None,
              on_error: str = "raise", scheduler: str = "processes", blocksize: str = "8MB",
              num_workers: int | None = None) -> BatchReport:
    """Analyze every article under ``paths`` on Dask, writing one output file per partition."""
    import dask
    import dask.bag as db

    from .io.readers import expand

    if fmt not in FORMATS:
        raise OptionsError(f"batch format must be one of {FORMATS}, not {fmt!r}")
    if on_error not in POLICIES:
        raise OptionsError(f"on_error must be one of {POLICIES}, not {on_error!r}")
    options = options or Options()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    files = list(expand(paths))
    jsonl = [f for f in files if f.endswith((".jsonl", ".ndjson"))]
    others = [f for f in files if f not in jsonl]
    bags = []
    if jsonl:
        lines = db.read_text(jsonl, blocksize=blocksize, include_path=True)
        bags.append(lines.map_partitions(lambda part: _jsonl_lines_to_items(
            [line for line, _ in part], part[0][1] if part else "")))
    if others:
        bags.append(db.from_sequence(others, npartitions=max(1, min(len(others), 64)))
                    .map_partitions(lambda part: _file_items(list(part))))
    if not bags:
        return BatchReport()
    items = db.concat(bags) if len(bags) > 1 else bags[0]
    parts = items.to_delayed()
    tasks = [dask.delayed(_partition)(p, i, str(out), fmt, options, on_error) for i, p in enumerate(parts)]
    kwargs = {"scheduler": scheduler}
    if num_workers:
        kwargs["num_workers"] = num_workers
    results = dask.compute(*tasks, **kwargs)
    report = BatchReport()
    for result in results:
        for r in result:
            report.articles += r["articles"]
            report.outputs.append(r["output"])
            report.errors.extend(r["errors"])
    if report.errors:
        with (out / "errors.jsonl").open("w", encoding="utf-8") as f:
            for e in report.errors:
                f.write(json.dumps(e) + "\n")
    return report
