"""The ``newscoder`` command: a thin shell over the library (parse, build Options, call, print).

Exit codes: 0 all articles analyzed; 1 some articles were skipped (``--skip-errors``), listed on stderr;
2 bad usage, or bad input that stopped the run (nothing was written to ``--output``); 3 an unexpected
internal error (a bug: the message says what; ``-vv`` logs the traceback); 130 interrupted.
"""

from __future__ import annotations

import functools
import json
import logging
import os
import sys
from collections.abc import Callable
from enum import Enum
from typing import Annotated, Any, Optional

import typer

from .cli_params import LightCommand, LightGroup
from .errors import InputError, NewscoderError, OptionsError
from .models import MODES, Analysis
from .options import Options
from .runner import Run, error_handler

app = typer.Typer(
    cls=LightGroup,  # values checked without pydantic (0.1-0.3 s of a light command's start): cli_params.py
    help="Analyze English news offline: tags, entities, places, events, dates.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain help and usage errors: Rich's help (and Markdown) cost --help 0.1-0.2 s to import
)
#: Use ``@command()``, not ``@app.command()``: its parameters are checked the light way too (cli_params.py).
command = functools.partial(app.command, cls=LightCommand)
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
MaxBytesOpt = Annotated[int, typer.Option(
    "--max-bytes", help="Refuse files larger than this; a JSONL file streams, and each record is held to it.")]
EncodingOpt = Annotated[Optional[str], typer.Option(
    "--encoding", help="Read files in this encoding (default: UTF-8, else cp1252 with a warning).")]
JobsOpt = Annotated[int, typer.Option(
    "--n-process", "-j", help="Worker processes for large batches (-1: one per core).")]
ModesOpt = Annotated[Optional[str], typer.Option(
    "--modes", help="Events to return by how the text reports them, comma-separated from asserted, reported, "
    "negated, hypothetical, future, background (history: done over two years before publication); or 'all' "
    "(default: asserted,reported).")]
RulesOpt = Annotated[bool, typer.Option(
    "--rules-only", help="Code events with the rules alone, without the learned event model.")]
VerboseOpt = Annotated[int, typer.Option(
    "--verbose", "-v", count=True, help="More logging, a count: -v says what happens, -vv debugs (tracebacks).")]


def _version(value: bool) -> None:
    if value:
        from . import __version__

        typer.echo(f"newscoder {__version__}")
        raise typer.Exit(0)


@app.callback()
def _main(version: Annotated[bool, typer.Option(
        "--version", callback=_version, is_eager=True, help="Print the version and exit.")] = False) -> None:
    """Analyze English news offline: tags, entities, places, events, dates."""


def _setup_logging(verbose: int) -> None:
    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    logging.basicConfig(level=level, format="newscoder: %(levelname)s: %(message)s", stream=sys.stderr)


def _fail(message: str, code: int = 2) -> None:
    typer.echo(f"newscoder: error: {message}", err=True)
    raise typer.Exit(code)


def _options(date: str | None, n_tags: int = 4, steps: tuple[str, ...] | None = None,
             event_modes: str | None = None, rules_only: bool = False, country: str | None = None) -> Options:
    from .io.readers import parse_date

    try:
        kw: dict[str, Any] = {"date": parse_date(date, what="--date"), "n_tags": n_tags,
                              "event_model": not rules_only, "country_hint": country}
        if event_modes:
            kw["event_modes"] = MODES if event_modes == "all" else tuple(m.strip() for m in event_modes.split(","))
        if steps:
            kw["steps"] = steps
        return Options(**kw)
    except (InputError, OptionsError) as error:
        _fail(error.message)


def _finish(run: Run) -> None:
    """List the skipped articles on stderr and exit 1, if any were."""
    if run.errors:
        typer.echo(f"newscoder: {len(run.errors)} article(s) skipped:", err=True)
        for error in run.errors:
            typer.echo(f"  {error}", err=True)
        raise typer.Exit(1)


#: What Typer handles itself (exits, aborts, usage errors), from whichever Click it runs on (Typer 0.2x carries
#: its own copy; importing Click besides cost a light command 20-40 ms).
_TYPER_OWN = (typer.Exit, typer.Abort, *(c for c in typer.BadParameter.__mro__ if c.__name__ == "ClickException"))


def _guard(body: Callable[[], None]) -> None:
    """Run a command's body: known errors become one line and exit 2, never a traceback."""
    try:
        body()
    except _TYPER_OWN:
        raise
    except NewscoderError as error:
        _fail(str(error))
    except KeyboardInterrupt:
        typer.echo("newscoder: interrupted", err=True)
        raise typer.Exit(130) from None
    except BrokenPipeError:
        sys.stderr.close()
        raise typer.Exit(0) from None
    except OSError as error:
        _fail(f"{error.filename or ''}: {error.strerror or error}".lstrip(": "))
    except Exception as error:  # noqa: BLE001 (a bug: say what it was in one line)
        logging.getLogger("newscoder").debug("internal error", exc_info=True)
        _fail(f"internal error, please report it: {type(error).__name__}: {error} (-vv logs the traceback)", 3)


def _error_line(error: NewscoderError) -> dict[str, Any]:
    """A skipped article's line in JSONL output: its id (when known) and the error record."""
    return {"id": error.id, "error": error.to_dict()}


@command()
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
    modes: ModesOpt = None,
    rules_only: RulesOpt = False,
    verbose: VerboseOpt = 0,
) -> None:
    """Analyze articles: tags, keyphrases, topics, entities, places, events, dates, quantities.

    With --format jsonl, each input article gives one output line in input order; with --skip-errors a
    bad record gives a line {"id": ..., "error": {...}} in its place, so outputs stay aligned with inputs.
    """
    _setup_logging(verbose)

    def body() -> None:
        from .io.writers import atomic_open, flat_row, text_report, write_rows

        run = Run(_options(date, tags, event_modes=modes, rules_only=rules_only, country=country),
                  error_handler(skip_errors),
                  {"max_bytes": max_bytes, "encoding": encoding}, n_process)
        results = run.results(paths, input_format.value)
        if fmt is OutFormat.text:
            with atomic_open(output) as f:
                for r in results:
                    if isinstance(r, Analysis):
                        f.write(text_report(r.to_dict()) + "\n")
        elif fmt is OutFormat.csv:
            write_rows((flat_row(r.to_dict()) for r in run.analyses(paths, input_format.value)), "csv", output)
        else:
            keep = fmt is OutFormat.jsonl
            write_rows((r.to_dict() if isinstance(r, Analysis) else _error_line(r)
                        for r in results if keep or isinstance(r, Analysis)), fmt.value, output)
        _finish(run)

    _guard(body)


@command()
def tag(
    files: Annotated[list[str], typer.Argument(help="Article files or folders (or - for stdin, without --write).")],
    write: Annotated[bool, typer.Option(
        "--write", "-w", help="Write the tags into each text file's Tags line or HTML file's news_keywords meta tag.")
    ] = False,
    tags: TagsOpt = 4,
    date: DateOpt = None,
    skip_errors: SkipOpt = False,
    encoding: EncodingOpt = None,
    verbose: VerboseOpt = 0,
) -> None:
    """Print 'Tags: a; b; c; d' for each article, or write the tags into its file with --write.

    --write changes only text files (the last 'Tags:' line, appended if missing) and HTML files (the
    <meta name="news_keywords"> tag); other formats and read-only files are refused before anything is written.
    Each file is replaced atomically (a symbolic link's target, the link kept); a rerun changes nothing.
    """
    _setup_logging(verbose)

    def body() -> None:
        from .io.tagline import format_tags

        if write and "-" in files:
            _fail("--write needs files, not stdin")
        run = Run(_options(date, tags, steps=("tags",)), error_handler(skip_errors), {"encoding": encoding})
        paths = _writable(files, run) if write else files
        for r in run.analyses(paths, "auto"):
            line = format_tags(r.tags)
            if write:
                _write_tags(run, r, line, encoding)
            else:
                where = f"{r.source}:{run.article.line}" if run.article.line else r.source
                typer.echo((f"{where}: " if len(files) > 1 or where != files[0] else "") + line)
        _finish(run)

    _guard(body)


def _writable(files: list[str], run: Run) -> list[str]:
    """The files ``tag --write`` may change; the others go to the run's error handler first."""
    from .io.readers import expand
    from .io.tagline import target

    good = []
    for p in expand(files):
        try:
            if isinstance(p, NewscoderError):
                raise p
            target(p)
            good.append(p)
        except NewscoderError as error:
            run.on_error(None, error)
            run.errors.append(error)
    return good


def _write_tags(run: Run, analysis: Analysis, line: str, encoding: str | None) -> None:
    from .io.tagline import write_tags

    try:
        changed = write_tags(analysis.source, analysis.tags, encoding)
    except NewscoderError as error:
        run.on_error(run.article, error)
        run.errors.append(error)
        return
    typer.echo(f"{analysis.source}: {line}{'' if changed else '  (unchanged)'}", err=True)


@command()
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
        from .io.writers import PLACE_FIELDS, atomic_open, place_rows, places_geojson, to_json, write_rows

        run = Run(_options(None, steps=("places",), country=country), error_handler(skip_errors))
        dicts = (a.to_dict() for a in run.analyses(paths, input_format.value))
        if fmt is PlaceFormat.geojson:
            collection = places_geojson(dicts)
            with atomic_open(output) as f:
                f.write(to_json(collection) + "\n")
        else:
            rows = (row for d in dicts for row in place_rows(d))
            write_rows(rows, fmt.value, output, columns=["id", *PLACE_FIELDS])
        _finish(run)

    _guard(body)


@command()
def events(
    paths: Paths,
    input_format: InFmt = InputFormat.auto,
    fmt: Annotated[TableFormat, typer.Option("--format", "-f", help="Output format.")] = TableFormat.csv,
    date: DateOpt = None,
    output: OutOpt = None,
    skip_errors: SkipOpt = False,
    modes: ModesOpt = None,
    rules_only: RulesOpt = False,
    verbose: VerboseOpt = 0,
) -> None:
    """One row per event (who did what to whom, where, when), with GDELT/ICEWS-style columns."""
    _setup_logging(verbose)

    def body() -> None:
        from .io.writers import EVENT_COLUMNS, event_rows, write_rows

        run = Run(_options(date, steps=("events",), event_modes=modes, rules_only=rules_only),
                  error_handler(skip_errors))
        rows = (row for a in run.analyses(paths, input_format.value) for row in event_rows(a.to_dict()))
        write_rows(rows, fmt.value, output, columns=list(EVENT_COLUMNS))
        _finish(run)

    _guard(body)


@command()
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    max_body: Annotated[int, typer.Option(help="Largest request body in bytes (413 before reading).")] = 1_000_000,
    max_chars: Annotated[int, typer.Option(help="Longest text analyzed per request, in characters.")] = 100_000,
    timeout: Annotated[float, typer.Option(help="Seconds a request may take, queueing included (then 503).")] = 60.0,
    header_timeout: Annotated[float, typer.Option(help="Seconds to send the request headers.")] = 10.0,
    body_timeout: Annotated[float, typer.Option(help="Seconds to wait for each piece of a body (then 408).")] = 10.0,
    cors_origin: Annotated[Optional[list[str]], typer.Option(
        help="An origin allowed to call the API from a browser (repeatable); CORS is off without it.")] = None,
    db: Annotated[Optional[str], typer.Option(
        "--db", help="A store built by `newscoder index`: adds the search page and /search.json.")] = None,
    workers: Annotated[int, typer.Option(
        min=1, help="Server processes sharing the port, each with its own model (memory: docs/scaling.md); one "
        "per core serves that many analyses at once.")] = 1,
    verbose: VerboseOpt = 0,
) -> None:
    """Serve the HTTP API and its web pages (POST /analyze, GET /, /search with --db, /docs). Settings:
    docs/options.md."""
    _setup_logging(verbose)
    try:
        from .api import serve as run_server
    except ImportError:
        _fail("the HTTP API needs its extra: pip install 'newscoder[api]'")

    def body() -> None:
        run_server(host, port, verbose=verbose, max_body=max_body, max_chars=max_chars, timeout=timeout,
                   header_timeout=header_timeout, body_timeout=body_timeout, cors_origins=tuple(cors_origin or ()),
                   db=db, workers=workers)

    _guard(body)


@command()
def batch(
    paths: Paths,
    out: Annotated[str, typer.Option("--out", help="Folder (or fsspec URL: s3://bucket/run) for the part files, "
                                     "manifest.jsonl and errors.jsonl; on a cluster, one every worker reaches.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="jsonl (part-NNNNN.jsonl) or parquet (hive folders "
                                     "date=YYYY-MM-DD/part-NNNNN.parquet).")] = "jsonl",
    date: DateOpt = None,
    skip_errors: SkipOpt = False,
    workers: Annotated[Optional[int], typer.Option(
        help="Local worker processes (default: one per core); a cluster has its own.")] = None,
    scheduler: Annotated[str, typer.Option(
        help="processes (this machine), threads, sync, or a dask.distributed scheduler's address "
             "(tcp://HOST:8786): then the inputs and --out must be reachable from every worker.")] = "processes",
    per_part: Annotated[Optional[int], typer.Option(
        "--per-part", min=1, help="Articles per partition (default: 1/64 of the run, at most 200).")] = None,
    include_text: Annotated[bool, typer.Option(
        "--include-text", help="Add each article's text (`text`), which `newscoder index --analyzed` needs.")
    ] = False,
    overwrite: Annotated[bool, typer.Option(
        "--overwrite", help="Delete this command's earlier output in --out and start again (else: resume).")] = False,
    verbose: VerboseOpt = 0,
) -> None:
    """Analyze many files or huge JSONL files on Dask (this machine's cores or a cluster), streaming each
    partition's analyses into its own output file.

    A rerun into the same folder resumes: parts listed in its manifest are kept, the rest are made.
    """
    _setup_logging(verbose)

    def body() -> None:
        from .batch import run_batch

        report = run_batch(paths, out, fmt=fmt, options=_options(date), num_workers=workers, scheduler=scheduler,
                           on_error=error_handler(skip_errors), per_part=per_part, overwrite=overwrite,
                           include_text=include_text)
        resumed = f" ({report.resumed} kept from an earlier run)" if report.resumed else ""
        typer.echo(f"{out}: {report.articles} article(s) in {len(report.outputs)} file(s){resumed}", err=True)
        if report.errors:
            typer.echo(f"newscoder: {len(report.errors)} article(s) skipped, see {out}/errors.jsonl", err=True)
            raise typer.Exit(1)

    _guard(body)


DbOpt = Annotated[str, typer.Option("--db", help="The store file (SQLite), created if missing.")]


@command()
def index(
    paths: Paths,
    db: DbOpt = "newscoder.db",
    input_format: InFmt = InputFormat.auto,
    date: DateOpt = None,
    skip_errors: SkipOpt = False,
    n_process: Annotated[int, typer.Option(
        "--n-process", "-j", help="Worker processes: analysing, or with --analyzed decoding (-1: one per core).")
    ] = 1,
    analyzed: Annotated[bool, typer.Option(
        "--analyzed", help="PATHS are finished analyses (JSONL or Parquet files or folders from `newscoder batch "
        "--include-text`): store them without analysing again.")] = False,
    commit_every: Annotated[int, typer.Option(
        min=1, help="Commit after this many articles (larger commits keep indexing fast in a big store).")] = 2000,
    commit_seconds: Annotated[float, typer.Option(min=0, help="... or after this many seconds.")] = 5.0,
    reanalyze: Annotated[bool, typer.Option(
        "--reanalyze", help="Analyze again articles the store already holds unchanged (else skipped).")] = False,
    verbose: VerboseOpt = 0,
) -> None:
    """Analyze articles and add them to a searchable store (same id, other text: replaced).

    Commits come in batches, so a crash loses at most one; a rerun skips what the store holds.
    """
    _setup_logging(verbose)
    jobs = (os.cpu_count() or 1) if n_process == -1 else max(1, n_process)

    def body() -> None:
        from .io.store import Store

        with Store(db) as store:
            if analyzed:
                return _index_analyzed(store, paths, jobs, skip_errors, commit_every, commit_seconds)
            keep = None if reanalyze else (lambda a: not store.has(a.id, a.text, a.title))
            run = Run(_options(date), error_handler(skip_errors), None, jobs, keep=keep)
            pairs = ((r, run.article.text) for r in run.analyses(paths, input_format.value))
            n = store.add(pairs, every=commit_every, seconds=commit_seconds)
            kept = f", {run.left_out} already there" if run.left_out else ""
            typer.echo(f"{db}: {n} article(s) added{kept}, {store.count()} in the store", err=True)
        _finish(run)

    _guard(body)


def _index_analyzed(store, paths: list[str], jobs: int, skip_errors: bool, every: int, seconds: float) -> None:
    """``index --analyzed``: finished analyses into the store; bad records go to the --skip-errors handler."""
    from .io.analyzed import read_analyzed
    from .runner import progress

    run = Run(Options(), error_handler(skip_errors))

    def records():
        with progress(None, "analyses") as advance:
            for item in read_analyzed(paths, jobs):
                advance()
                if isinstance(item, NewscoderError):
                    run.on_error(None, item)  # raises to stop
                    run.errors.append(item)
                else:
                    yield item

    n = store.add(records(), every=every, seconds=seconds)
    typer.echo(f"{store.path}: {n} analysis(es) added, {store.count()} in the store", err=True)
    _finish(run)


class SearchFormat(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


@command()
def search(
    query: Annotated[Optional[str], typer.Argument(help=(
        "What to find in titles, texts and tags, in SQLite FTS5 syntax: words (stemmed: talks finds talked), "
        "OR, NOT, prefix*, \"a phrase\", NEAR(a b, 10), title:word. Best match first (BM25); a query matching more "
        "than 1,000 articles ranks its latest 1,000 and lists the older ones after them, newest first."))] = None,
    db: DbOpt = "newscoder.db",
    entity: Annotated[Optional[str], typer.Option(
        help="Only articles naming this entity, by any name an article used for it (US, Washington).")] = None,
    event: Annotated[Optional[str], typer.Option(help="Only articles with this PLOVER type or CAMEO code.")] = None,
    country: Annotated[Optional[str], typer.Option(help="Only articles placing something in this country (ISO3).")
                       ] = None,
    place: Annotated[Optional[str], typer.Option(help="Only articles naming this resolved place.")] = None,
    since: Annotated[Optional[str], typer.Option(help="Published on or after YYYY-MM-DD.")] = None,
    until: Annotated[Optional[str], typer.Option(help="Published on or before YYYY-MM-DD.")] = None,
    limit: Annotated[int, typer.Option(min=1, max=10_000, help="Most results.")] = 20,
    fmt: Annotated[SearchFormat, typer.Option(
        "--format", "-f", help="table (with the hit count and facets), json (the same, whole), jsonl or csv.")
    ] = SearchFormat.table,
) -> None:
    """Search the store built by `newscoder index`: ranked results with a snippet, the hit count, facets."""

    def body() -> None:
        with _open_store(db) as store:
            page = store.query(query, entity=entity, event=event, country=country, place=place, since=since,
                               until=until, limit=limit, facets=fmt in (SearchFormat.table, SearchFormat.json))
        if fmt is SearchFormat.table:
            from .io.console import print_search

            print_search(page)
        elif fmt is SearchFormat.json:
            typer.echo(_dumps(page))
        elif fmt is SearchFormat.jsonl:
            from .io.writers import write_rows

            write_rows(page["results"], "jsonl", None)
        else:
            from .io.writers import write_rows

            rows = [{**r, "tags": "; ".join(r["tags"]), "hits": json.dumps(r["hits"])} for r in page["results"]]
            write_rows(rows, "csv", None, columns=SEARCH_COLUMNS)

    _guard(body)


SEARCH_COLUMNS = ["id", "title", "date", "source", "tags", "score", "snippet", "hits"]


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)


def _open_store(db: str):
    from pathlib import Path

    from .io.store import Store

    if not Path(db).is_file():
        _fail(f"{db}: no such store; build one with `newscoder index PATH --db {db}`")
    return Store(db)


class ShowFormat(str, Enum):
    text = "text"
    json = "json"


@command()
def show(
    article_id: Annotated[str, typer.Argument(metavar="ID", help="The id of a stored article (see `search`).")],
    db: DbOpt = "newscoder.db",
    fmt: Annotated[ShowFormat, typer.Option("--format", "-f", help="text (a report) or json (the analysis).")
                   ] = ShowFormat.text,
) -> None:
    """Show one stored analysis, as `analyze` printed it."""

    def body() -> None:
        from .io.writers import text_report

        with _open_store(db) as store:
            d = store.get(article_id)
        if d is None:
            _fail(f"{db}: no article with id {article_id!r}; `newscoder search` lists them")
        typer.echo(text_report(d).rstrip("\n") if fmt is ShowFormat.text else _dumps(d))

    _guard(body)


# The command list shows each command's first paragraph whole (Click's plain help would cut it at 45 characters).
for _info in app.registered_commands:
    if _info.short_help is None and _info.callback is not None and _info.callback.__doc__:
        _info.short_help = " ".join(_info.callback.__doc__.strip().split("\n\n")[0].split())


def main() -> None:
    app()


if __name__ == "__main__":
    main()
