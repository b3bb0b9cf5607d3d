"""The ``newscoder`` command: a thin shell over the library (parse, build Options, call, print).

Exit codes: 0 all articles analyzed; 1 some articles were skipped (``--skip-errors``), listed on stderr;
2 bad usage, or bad input that stopped the run (nothing was written to ``--output``); 130 interrupted.
"""

from __future__ import annotations

import datetime as dt
import logging
import sys
from collections import deque
from collections.abc import Callable, Iterator
from enum import Enum
from typing import Annotated, Any, Optional

import typer

from .errors import NewscoderError
from .models import Analysis, Article
from .options import Options

app = typer.Typer(
    help="Analyze English news offline: tags, entities, places, events, dates.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
log = logging.getLogger("newscoder")


class InputFormat(str, Enum):
    auto = "auto"
    text = "text"
    html = "html"
    feed = "feed"
    jsonl = "jsonl"


class OutFormat(str, Enum):
    jsonl = "jsonl"
    json = "json"
    text = "text"
    csv = "csv"


class TableFormat(str, Enum):
    csv = "csv"
    jsonl = "jsonl"
    parquet = "parquet"


class PlaceFormat(str, Enum):
    csv = "csv"
    geojson = "geojson"
    jsonl = "jsonl"


Paths = Annotated[list[str], typer.Argument(help="Files, directories (read recursively) or - for stdin.")]
InFmt = Annotated[InputFormat, typer.Option("--input-format", "-i", help="How to read the input.")]
DateOpt = Annotated[Optional[str], typer.Option(
    "--date", help="Publication date YYYY-MM-DD for articles that carry none (resolves 'on Monday').")]
SkipOpt = Annotated[bool, typer.Option(
    "--skip-errors", help="Go on past bad files and records; list them at the end and exit 1.")]
OutOpt = Annotated[Optional[str], typer.Option(
    "--output", "-o", help="Write here (atomically: a failed run leaves no partial file) instead of stdout.")]
TagsOpt = Annotated[int, typer.Option("--tags", min=1, max=50, help="How many tags.")]
CountryOpt = Annotated[Optional[str], typer.Option(
    "--country", help="The country the source writes from (ISO code or name): evidence for its places.")]
MaxBytesOpt = Annotated[int, typer.Option("--max-bytes", help="Refuse files larger than this.")]
EncodingOpt = Annotated[Optional[str], typer.Option(
    "--encoding", help="Read files in this encoding (default: UTF-8, else cp1252 with a warning).")]
JobsOpt = Annotated[int, typer.Option(
    "--n-process", "-j", help="Worker processes for large batches (-1: one per core).")]
VerboseOpt = Annotated[int, typer.Option("--verbose", "-v", count=True, help="More logging (-v, -vv).")]


def _setup_logging(verbose: int) -> None:
    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    logging.basicConfig(level=level, format="newscoder: %(levelname)s: %(message)s", stream=sys.stderr)


def _fail(message: str, code: int = 2) -> None:
    typer.echo(f"newscoder: error: {message}", err=True)
    raise typer.Exit(code)


def _parse_date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        _fail(f"--date must be YYYY-MM-DD, not {value!r}")


class Run:
    """Reads, analyzes in batches and keeps input order; records or raises per-article errors."""

    def __init__(self, options: Options, skip_errors: bool, read_kw: dict[str, Any], n_process: int = 1):
        self.options = options
        self.n_process = n_process
        self.skip_errors = skip_errors
        self.read_kw = read_kw
        self.errors: list[NewscoderError] = []
        self.article: Article | None = None

    def results(self, paths: list[str], input_format: str) -> Iterator[Analysis | NewscoderError]:
        """Analyses and errors in input order (errors are raised unless skip_errors)."""
        from .io.readers import read_paths
        from .pipeline import analyze_many, check

        slots: deque[Article | NewscoderError] = deque()

        def good() -> Iterator[Article]:
            for item in read_paths(paths, input_format, **self.read_kw):
                if isinstance(item, Article):
                    try:
                        check(item, self.options)
                    except NewscoderError as error:
                        item = error
                slots.append(item)
                if isinstance(item, Article):
                    yield item

        def errors_first() -> Iterator[NewscoderError]:
            while slots and isinstance(slots[0], NewscoderError):
                error = slots.popleft()
                self._error(error)
                yield error

        with _progress() as advance:
            for analysis in analyze_many(good(), options=self.options, n_process=self.n_process):
                yield from errors_first()
                self.article = slots.popleft()  # the article this analysis is of
                advance()
                yield analysis
            yield from errors_first()

    def analyses(self, paths: list[str], input_format: str) -> Iterator[Analysis]:
        """Only the analyses (errors raised or recorded)."""
        return (r for r in self.results(paths, input_format) if isinstance(r, Analysis))

    def _error(self, error: NewscoderError) -> None:
        if not self.skip_errors:
            raise error
        self.errors.append(error)
        log.info("skipped %s", error)

    def finish(self) -> None:
        if self.errors:
            typer.echo(f"newscoder: {len(self.errors)} article(s) skipped:", err=True)
            for error in self.errors:
                typer.echo(f"  {error}", err=True)
            raise typer.Exit(1)


class _progress:
    """A Rich progress counter on stderr when it is a terminal; a no-op otherwise."""

    def __enter__(self) -> Callable[[], None]:
        self._progress = None
        if sys.stderr.isatty():
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            self._progress = Progress(SpinnerColumn(), TextColumn("{task.completed} articles"),
                                      TimeElapsedColumn(), transient=True, console=_stderr_console())
            self._progress.start()
            self._task = self._progress.add_task("analyze", total=None, visible=False)
            self._n = 0
        return self._advance

    def _advance(self) -> None:
        if self._progress is not None:
            self._n += 1
            self._progress.update(self._task, advance=1, visible=self._n > 3)

    def __exit__(self, *exc) -> None:
        if self._progress is not None:
            self._progress.stop()


def _stderr_console():
    from rich.console import Console

    return Console(stderr=True)


def _options(date: str | None, n_tags: int = 4, steps: tuple[str, ...] | None = None,
             country: str | None = None) -> Options:
    kw: dict[str, Any] = {"date": _parse_date(date), "n_tags": n_tags, "country_hint": country}
    if steps:
        kw["steps"] = steps
    return Options(**kw)


def _guard(body: Callable[[], None]) -> None:
    try:
        body()
    except NewscoderError as error:
        _fail(str(error))
    except KeyboardInterrupt:
        typer.echo("newscoder: interrupted", err=True)
        raise typer.Exit(130) from None
    except BrokenPipeError:
        sys.stderr.close()
        raise typer.Exit(0) from None


def _error_record(error: NewscoderError) -> dict[str, Any]:
    return {"id": None, "error": {"type": type(error).__name__, "message": error.message,
                                  "source": error.source, "line": error.line}}


@app.command()
def analyze(
    paths: Paths,
    input_format: InFmt = InputFormat.auto,
    fmt: Annotated[OutFormat, typer.Option("--format", "-f", help="Output format.")] = OutFormat.jsonl,
    date: DateOpt = None,
    tags: TagsOpt = 4,
    country: CountryOpt = None,
    output: OutOpt = None,
    skip_errors: SkipOpt = False,
    max_bytes: MaxBytesOpt = 10_000_000,
    encoding: EncodingOpt = None,
    n_process: JobsOpt = 1,
    verbose: VerboseOpt = 0,
) -> None:
    """Analyze articles: tags, keyphrases, topics, entities, places, events, dates, quantities.

    With --format jsonl, each input article gives one output line in input order; with --skip-errors a
    bad record gives a line {"id": null, "error": {...}} in its place, so outputs stay aligned with inputs.
    """
    _setup_logging(verbose)

    def body() -> None:
        from .io.writers import text_report, write_rows

        run = Run(_options(date, tags, country=country), skip_errors, {"max_bytes": max_bytes, "encoding": encoding},
                  n_process)
        results = run.results(paths, input_format.value)
        if fmt is OutFormat.text:
            from .io.writers import atomic_open

            with atomic_open(output) as f:
                for r in results:
                    if isinstance(r, Analysis):
                        f.write(text_report(r.to_dict()) + "\n")
        elif fmt is OutFormat.csv:
            from .io.writers import flat_row

            write_rows((flat_row(r.to_dict()) for r in run.analyses(paths, input_format.value)), "csv", output)
        else:
            keep = fmt is OutFormat.jsonl
            write_rows((r.to_dict() if isinstance(r, Analysis) else _error_record(r)
                        for r in results if keep or isinstance(r, Analysis)), fmt.value, output)
        run.finish()

    _guard(body)


@app.command()
def tag(
    files: Annotated[list[str], typer.Argument(help="Article files (or - for stdin, without --write).")],
    write: Annotated[bool, typer.Option("--write", "-w", help="Fill each file's Tags line in place.")] = False,
    tags: TagsOpt = 4,
    date: DateOpt = None,
    skip_errors: SkipOpt = False,
    encoding: EncodingOpt = None,
    verbose: VerboseOpt = 0,
) -> None:
    """Print 'Tags: a; b; c; d' for each article, or fill its Tags line with --write.

    --write changes nothing but the last 'Tags:' line (appended if missing), replaces the file
    atomically and is idempotent.
    """
    _setup_logging(verbose)

    def body() -> None:
        from .io.tagline import format_tags, write_tags

        if write and "-" in files:
            _fail("--write needs files, not stdin")
        opts = _options(date, tags, steps=("tags",))
        run = Run(opts, skip_errors, {"encoding": encoding})
        for r in run.analyses(files, "text"):
            line = format_tags(r.tags)
            if write:
                changed = write_tags(r.source, r.tags, encoding)
                typer.echo(f"{r.source}: {line}{'' if changed else '  (unchanged)'}", err=True)
            else:
                prefix = f"{r.source}: " if len(files) > 1 or r.source != files[0] else ""
                typer.echo(prefix + line)
        run.finish()

    _guard(body)


@app.command()
def places(
    paths: Paths,
    input_format: InFmt = InputFormat.auto,
    fmt: Annotated[PlaceFormat, typer.Option("--format", "-f", help="Output format.")] = PlaceFormat.csv,
    country: CountryOpt = None,
    output: OutOpt = None,
    skip_errors: SkipOpt = False,
    verbose: VerboseOpt = 0,
) -> None:
    """List the places each article names, resolved to GeoNames (CSV, GeoJSON or JSONL)."""
    _setup_logging(verbose)

    def body() -> None:
        from .io.writers import atomic_open, to_json, write_rows
        from .steps import places as places_mod

        run = Run(_options(None, steps=("places",), country=country), skip_errors, {})
        analyses = run.analyses(paths, input_format.value)
        if fmt is PlaceFormat.geojson:
            collection = places_mod.to_geojson(list(analyses))
            with atomic_open(output) as f:
                f.write(to_json(collection) + "\n")
        else:
            rows = (row for a in analyses for row in places_mod.rows(a))
            write_rows(rows, fmt.value, output, columns=["id", *places_mod.FIELDS])
        run.finish()

    _guard(body)


@app.command()
def events(
    paths: Paths,
    input_format: InFmt = InputFormat.auto,
    fmt: Annotated[TableFormat, typer.Option("--format", "-f", help="Output format.")] = TableFormat.csv,
    date: DateOpt = None,
    output: OutOpt = None,
    skip_errors: SkipOpt = False,
    verbose: VerboseOpt = 0,
) -> None:
    """One row per event (who did what to whom, where, when), with GDELT/ICEWS-style columns."""
    _setup_logging(verbose)

    def body() -> None:
        from .io.writers import write_rows
        from .steps import events as events_mod

        run = Run(_options(date, steps=("events",)), skip_errors, {})
        analyses = run.analyses(paths, input_format.value)
        rows = (row for a in analyses for row in events_mod.rows(a))
        write_rows(rows, fmt.value, output, columns=events_mod.COLUMNS)
        run.finish()

    _guard(body)


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    verbose: VerboseOpt = 0,
) -> None:
    """Serve the HTTP API and its web page (POST /analyze, GET /)."""
    _setup_logging(verbose)
    try:
        import uvicorn

        from .api import create_app
    except ImportError:
        _fail("the HTTP API needs its extra: pip install 'newscoder[api]'")
    uvicorn.run(create_app(), host=host, port=port, log_level="info" if verbose else "warning")


@app.command()
def batch(
    paths: Paths,
    out: Annotated[str, typer.Option("--out", help="Folder for part-NNNNN files (and errors.jsonl).")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="jsonl or parquet.")] = "jsonl",
    date: DateOpt = None,
    skip_errors: SkipOpt = False,
    workers: Annotated[Optional[int], typer.Option(help="Dask worker processes (default: one per core).")] = None,
    blocksize: Annotated[str, typer.Option(help="Split JSONL files into blocks of this size.")] = "8MB",
    verbose: VerboseOpt = 0,
) -> None:
    """Analyze many files or huge JSONL files on Dask, one output file per partition."""
    _setup_logging(verbose)

    def body() -> None:
        from .batch import run_batch

        report = run_batch(paths, out, fmt=fmt, options=_options(date), num_workers=workers,
                           on_error="skip" if skip_errors else "raise", blocksize=blocksize)
        typer.echo(f"{out}: {report.articles} article(s) in {len(report.outputs)} file(s)", err=True)
        if report.errors:
            typer.echo(f"newscoder: {len(report.errors)} article(s) skipped, see {out}/errors.jsonl", err=True)
            raise typer.Exit(1)

    _guard(body)


DbOpt = Annotated[str, typer.Option("--db", help="The store file (SQLite), created if missing.")]


@app.command()
def index(
    paths: Paths,
    db: DbOpt = "newscoder.db",
    input_format: InFmt = InputFormat.auto,
    date: DateOpt = None,
    skip_errors: SkipOpt = False,
    n_process: JobsOpt = 1,
    verbose: VerboseOpt = 0,
) -> None:
    """Analyze articles and add them to a searchable store (same id: replaced)."""
    _setup_logging(verbose)

    def body() -> None:
        from .io.store import Store

        run = Run(_options(date), skip_errors, {}, n_process)
        with Store(db) as store:
            pairs = ((r, run.article.text) for r in run.analyses(paths, input_format.value))
            n = store.add(pairs)
            typer.echo(f"{db}: {n} article(s) added, {store.count()} in the store", err=True)
        run.finish()

    _guard(body)


@app.command()
def search(
    query: Annotated[Optional[str], typer.Argument(help="Words to find in titles, texts and tags.")] = None,
    db: DbOpt = "newscoder.db",
    entity: Annotated[Optional[str], typer.Option(help="Only articles naming this canonical entity.")] = None,
    event: Annotated[Optional[str], typer.Option(help="Only articles with this PLOVER type or CAMEO code.")] = None,
    since: Annotated[Optional[str], typer.Option(help="Published on or after YYYY-MM-DD.")] = None,
    until: Annotated[Optional[str], typer.Option(help="Published on or before YYYY-MM-DD.")] = None,
    limit: Annotated[int, typer.Option(min=1, help="Most results.")] = 20,
    fmt: Annotated[TableFormat, typer.Option("--format", "-f", help="Output format.")] = TableFormat.csv,
) -> None:
    """Search the store built by `newscoder index`."""

    def body() -> None:
        from pathlib import Path

        from .io.store import Store
        from .io.writers import write_rows

        if not Path(db).exists():
            _fail(f"{db}: no such store; build one with `newscoder index PATH --db {db}`")
        with Store(db) as store:
            rows = store.search(query, entity=entity, event=event, since=since, until=until, limit=limit)
        for row in rows:
            row["tags"] = "; ".join(row["tags"])
        write_rows(rows, fmt.value, None, columns=["id", "title", "date", "source", "tags"])

    _guard(body)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
