"""HTTP API (FastAPI): a thin shell over ``analyze`` and the store. ``newscoder serve`` runs it.

- ``POST /analyze``  body ``{"text", "title"?, "date"?, "id"?, "tags"?, "format"?, "filename"?,
  "include_text"?}`` -> the Analysis JSON (docs/output.md); the text is read as the CLI reads a file
- ``GET  /analyze?text=...&date=...``  the same for short texts
- ``POST /export/{events.csv|places.csv|places.geojson}``  an Analysis JSON as a table or GeoJSON
- ``GET  /search.json?q=...`` and ``GET /articles/{id}.json`` (with a store, ``db``): ranked results with
  snippets, the hit count and facets; one stored analysis
- ``GET  /``, ``/search``, ``/articles/{id}``  the web pages: each is the HTML twin of a JSON route above and
  renders only what that route returns (datasette's rule); ``GET /docs`` the OpenAPI page, served offline
- ``GET  /health``

Every failure answers ``{"error": {"type", "message", ...}}`` with its status: 400 bad input, 404, 405,
408 a stalled body, 413 too large (body or text), 422 a parameter out of range or of the wrong type, 503 over
the time budget, 500 a failure of ours. The server's settings (``SETTINGS``, docs/options.md) bound what one
request may cost.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import queue
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import Body, FastAPI, Query, Request
from fastapi import Path as Path_
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException

from . import __version__
from .errors import BusyError, NewscoderError, OptionsError
from .guard import ERROR_TYPES, Guard
from .io.readers import sniff_text
from .limits import admit
from .models import Article
from .options import Options
from .pipeline import analyze, load

_pool: ThreadPoolExecutor | None = None  # see _analyzer()


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    help: str


SETTINGS = (
    Setting("max_body", 1_000_000, "Largest request body, in bytes; a bigger one is refused with 413 before "
            "it is read (by its Content-Length, or as it arrives)."),
    Setting("max_chars", 100_000, "Longest text analyzed per request, in characters (413 above it); at most "
            "the library's ceiling, Options.max_chars (2,000,000)."),
    Setting("timeout", 60.0, "Seconds one request may take, waiting for its turn included; then 503. "
            "Analyses run one at a time on one thread per server process (`serve --workers N` runs N); one "
            "already running finishes unseen (a thread cannot be stopped), so max_chars is what bounds the "
            "work of one."),
    Setting("header_timeout", 10.0, "Seconds a client has to send its request line and headers; then 408 "
            "and the connection is closed (`newscoder serve` only)."),
    Setting("body_timeout", 10.0, "Seconds the server waits for each piece of a request body; then 408."),
    Setting("cors_origins", (), "Origins allowed to call the API from a browser page of theirs (CORS); "
            "none unless given."),
    Setting("db", None, "A store built by `newscoder index`: enables the search page, /search.json and "
            "/articles/{id}.json (read only)."),
)


def check_settings(given: dict[str, Any]) -> dict[str, Any]:
    """Every setting, defaults laid under the given ones; an unknown name or a bad value is an OptionsError."""
    known = {s.name: s.default for s in SETTINGS}
    unknown = sorted(set(given) - set(known))
    if unknown:
        raise OptionsError(f"unknown server setting(s) {unknown}; choose from {sorted(known)}")
    settings = {**known, **{k: v for k, v in given.items() if v is not None}}
    for name in ("max_body", "max_chars", "timeout", "header_timeout", "body_timeout"):
        if not isinstance(settings[name], (int, float)) or settings[name] <= 0:
            raise OptionsError(f"{name} must be a positive number, not {settings[name]!r}")
    ceiling = Options().max_chars
    if settings["max_chars"] > ceiling:
        raise OptionsError(f"max_chars must be at most the library's ceiling, Options.max_chars {ceiling:,}")
    settings["cors_origins"] = tuple(settings["cors_origins"])
    if settings["db"] is not None and not Path(settings["db"]).is_file():
        raise OptionsError(f"db {settings['db']}: no such store; build one with `newscoder index PATH --db FILE`")
    return settings


class AnalyzeRequest(BaseModel):
    text: str = Field(description="The article: plain text (a first-line title and a last 'Tags:' line are "
                      "split off), an HTML page or a feed with one entry, read as the CLI reads a file.")
    title: str | None = Field(None, description="The title, when the text does not carry it.")
    date: str | None = Field(None, description="Publication date YYYY-MM-DD (resolves 'on Monday'); wins "
                             "over a date the page carries.")
    id: str = "0"
    tags: int = Field(4, ge=1, le=50, description="How many tags.")
    country: str | None = Field(None, description="The source's country (ISO code or name): evidence for places.")
    modes: list[Literal["asserted", "reported", "negated", "hypothetical", "future", "background"]] = Field(
        ["asserted", "reported"], min_length=1, description="Events to return, by how the text reports them.")
    format: Literal["auto", "text", "html", "feed"] = Field("auto", description="How to read the text.")
    filename: str | None = Field(None, max_length=300, description="The uploaded file's name, which helps tell "
                                 "its format.")
    include_text: bool = Field(False, description="Add the text analyzed (`text`), which the offsets index.")


class ErrorDetail(BaseModel):
    type: str = Field(description="The error's class: EmptyTextError, TooLargeError, ValidationError, ...")
    message: str


class ErrorBody(BaseModel):
    error: ErrorDetail


def errors(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses`` for these error statuses, each ``{"error": {"type", "message"}}``."""
    return {status: {"model": ErrorBody, "description": ERROR_HELP[status]} for status in (*statuses, 500)}


ERROR_HELP = {
    400: "The input cannot be analyzed (empty, not English, a bad date, a feed of several entries) or a bad "
         "search (a query FTS5 refuses).",
    404: "No such article, or no store (start the server with --db).",
    408: "The request body stalled (body_timeout).",
    413: "The body is over max_body, or the text over max_chars.",
    422: "A parameter is missing, of the wrong type or out of range.",
    503: "No answer within the server's time budget (timeout); try again (Retry-After).",
    500: "A failure of the server's own (logged there; no traceback is sent).",
}


def create_app(options: Options | None = None, **settings: Any) -> FastAPI:
    """The app; ``settings`` by name from ``SETTINGS`` (e.g. ``max_body=2_000_000``)."""
    config = check_settings(settings)
    base = (options or Options()).with_(max_chars=int(config["max_chars"]))

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        load(base.steps)  # pay the model load before the first request
        yield

    app = FastAPI(title="newscoder", version=__version__, lifespan=lifespan, docs_url=None, redoc_url=None,
                  description="Offline analyzer for English news: tags, entities, places, events, dates. "
                              "Every error answers `{\"error\": {\"type\", \"message\"}}` with its status.")
    app.state.settings = config
    _error_handlers(app)
    _routes(app, base, config)
    _export_routes(app)
    _store_routes(app, config["db"])
    _page_routes(app)
    app.mount("/static", StaticFiles(directory=str(resources.files("newscoder") / "static")), name="static")
    _docs_routes(app)
    if config["cors_origins"]:
        from starlette.middleware.cors import CORSMiddleware

        app.add_middleware(CORSMiddleware, allow_origins=list(config["cors_origins"]),
                           allow_methods=["GET", "POST"], allow_headers=["content-type"])
    app.add_middleware(Guard, max_body=int(config["max_body"]), body_timeout=float(config["body_timeout"]))
    return app


def _error_handlers(app: FastAPI) -> None:
    @app.exception_handler(NewscoderError)
    async def newscoder_error(request: Request, error: NewscoderError) -> JSONResponse:
        headers = {"retry-after": "5"} if error.status == 503 else None
        return JSONResponse({"error": error.to_dict()}, status_code=error.status, headers=headers)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, error: HTTPException) -> JSONResponse:
        return JSONResponse({"error": {"type": ERROR_TYPES.get(error.status_code, "HTTPError"),
                                       "message": str(error.detail)}},
                            status_code=error.status_code, headers=error.headers)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, error: RequestValidationError) -> JSONResponse:
        problems = "; ".join(f"{'.'.join(str(p) for p in e.get('loc', ()))}: {e.get('msg')}"
                             for e in error.errors()[:5])
        status = 400 if any(e.get("type") == "json_invalid" for e in error.errors()) else 422
        return JSONResponse({"error": {"type": "BadRequest" if status == 400 else "ValidationError",
                                       "message": problems or "bad request"}}, status_code=status)


def _analyzer() -> ThreadPoolExecutor:
    """The one thread that runs every analysis in turn (one spaCy pipeline per process, not thread-safe)."""
    global _pool
    if _pool is None:
        _pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="newscoder-analysis")
    return _pool


def _routes(app: FastAPI, base: Options, config: dict[str, Any]) -> None:
    budget = float(config["timeout"])

    def work(req: AnalyzeRequest, options: Options, deadline: float) -> dict[str, Any]:
        if time.monotonic() > deadline:  # its client was answered 503 already
            raise BusyError("the request ran out of time before its turn")
        fmt = sniff_text(req.text, req.filename) if req.format == "auto" and req.filename else req.format
        analysis = analyze(req.text, title=req.title, date=req.date, id=req.id, options=options, input_format=fmt)
        d = analysis.to_dict()
        return {**d, "text": analysis.text} if req.include_text else d

    async def run(req: AnalyzeRequest) -> dict[str, Any]:
        options = base.with_(n_tags=req.tags, event_modes=tuple(req.modes),
                             country_hint=req.country or base.country_hint)
        admit(Article(text=req.text, id=req.id, title=req.title), options, "the server's max_chars setting")
        future = _analyzer().submit(work, req, options, time.monotonic() + budget)
        try:
            return await asyncio.wait_for(asyncio.wrap_future(future), budget)
        except TimeoutError:  # a queued analysis is cancelled; a running one finishes unseen
            raise BusyError(f"no answer within the server's time budget ({budget:g} s); try again") from None

    @app.post("/analyze", responses=errors(400, 408, 413, 422, 503))
    async def analyze_post(req: AnalyzeRequest) -> dict[str, Any]:
        """Analyze one article: the output contract of docs/output.md (plus `text` with include_text)."""
        return await run(req)

    @app.get("/analyze", responses=errors(400, 413, 422, 503))
    async def analyze_get(text: Annotated[str, Query(description="The article (short texts; POST for long ones).")],
                          date: Annotated[str | None, Query(description="Publication date YYYY-MM-DD.")] = None,
                          title: str | None = None,
                          tags: Annotated[int, Query(ge=1, le=50, description="How many tags.")] = 4,
                          ) -> dict[str, Any]:
        """The same as POST /analyze, for a text short enough for a URL."""
        return await run(AnalyzeRequest(text=text, date=date, title=title, tags=tags))

    @app.get("/health", responses=errors())
    def health() -> dict[str, Any]:
        """The server's version, steps, and whether it has a store to search."""
        return {"status": "ok", "version": __version__, "steps": list(base.steps),
                "search": config["db"] is not None}


#: Stores (SQLite connections) a server process keeps open between requests, each used by one request at a time,
#: and the most KiB of pages each keeps (the filters' and facets' tables of 50,000 articles are about 17 MB; the
#: rest of the file is in the system's cache): at most 4 x 32 MB more memory per worker.
POOL = 4
POOL_CACHE_KIB = 32_000
EXPORTS = {"events.csv": "text/csv; charset=utf-8", "places.csv": "text/csv; charset=utf-8",
           "places.geojson": "application/geo+json"}


def _export_routes(app: FastAPI) -> None:
    @app.post("/export/{name}", responses={**errors(404, 413, 422), 200: {
        "content": {t.split(";")[0]: {} for t in EXPORTS.values()}, "description": "The file."}})
    def export(name: Literal["events.csv", "places.csv", "places.geojson"],
               analysis: Annotated[dict[str, Any], Body(description="An Analysis JSON, as /analyze returned it.")]
               ) -> Response:
        """An analysis as the CLI's files: the event table, the place table or GeoJSON points (`newscoder
        events`, `newscoder places`), made by the same writers."""
        from .io.writers import export_file

        try:
            content = export_file(analysis, name)
        except (KeyError, TypeError, AttributeError, ValueError) as error:
            raise OptionsError(f"the body is not an analysis as /analyze returns it ({type(error).__name__}: "
                               f"{error})") from None
        stem = "".join(c for c in str(analysis.get("id") or "analysis") if c.isalnum() or c in "-_")[:60]
        return Response(content, media_type=EXPORTS[name],
                        headers={"content-disposition": f'attachment; filename="{stem or "analysis"}-{name}"'})


def _store_routes(app: FastAPI, db: str | None) -> None:
    """``/search.json`` and ``/articles/{id}.json`` over the store; their pages are the HTML twins."""

    idle: queue.SimpleQueue = queue.SimpleQueue()  # stores no request is using, kept open between requests

    @contextlib.contextmanager
    def store():
        """A store for one request: one that an earlier request left open, else a new one. Opening one per
        request cost a search 5-18 ms (its page cache starts empty each time); a store whose file was replaced
        since is closed and opened anew. At most ``POOL`` stay open."""
        from .io.store import Store, StoreError

        if db is None:
            raise NotFound("no store to search: start the server with --db FILE (built by `newscoder index`)")
        s = None
        with contextlib.suppress(queue.Empty):
            s = idle.get_nowait()
        if s is not None and not s.current():
            s.close()
            s = None
        s = s or Store(db, busy_timeout=5.0, threads=True, cache_kib=POOL_CACHE_KIB)
        broken = True
        try:
            yield s
            broken = False
        except StoreError:  # the connection may be at fault: not kept
            raise
        except BaseException:  # a bad request (no such article, a bad query): the store is fine
            broken = False
            raise
        finally:
            if broken or idle.qsize() >= POOL:
                s.close()
            else:
                idle.put(s)

    @app.get("/search.json", responses=errors(400, 404, 422))
    def search(q: Annotated[str | None, Query(max_length=500, description="FTS5 syntax: words (stemmed), OR, "
                                              "NOT, prefix*, \"phrases\", NEAR(a b, 10), title:word.")] = None,
               entity: Annotated[str | None, Query(max_length=200, description="Any name of an entity.")] = None,
               event: Annotated[str | None, Query(max_length=30, description="PLOVER type or CAMEO code.")] = None,
               country: Annotated[str | None, Query(pattern="^[A-Za-z]{3}$", description="ISO3.")] = None,
               place: Annotated[str | None, Query(max_length=200)] = None,
               since: Annotated[str | None, Query(description="YYYY-MM-DD")] = None,
               until: Annotated[str | None, Query(description="YYYY-MM-DD")] = None,
               limit: Annotated[int, Query(ge=1, le=100)] = 20,
               offset: Annotated[int, Query(ge=0, le=100_000)] = 0) -> dict[str, Any]:
        """Ranked results with a highlighted snippet (`hits`: [start, end] in `snippet`; BM25, a query matching
        over 1,000 articles ranks its latest 1,000, then the older newest first), the hit count (`total`) and
        facet counts (entities, places, countries, event types, months)."""
        with store() as s:
            page = s.query(q, entity=entity, event=event, country=country, place=place, since=since, until=until,
                           limit=limit, offset=offset)
        return {"query": {"q": q, "entity": entity, "event": event, "country": country, "place": place,
                          "since": since, "until": until, "limit": limit, "offset": offset}, **page}

    @app.get("/articles/{article_id}.json", responses=errors(404, 422))
    def article(article_id: Annotated[str, Path_(max_length=500)]) -> dict[str, Any]:
        """One stored analysis (`newscoder show ID`), with the text it was made from (`text`)."""
        with store() as s:
            found = s.get(article_id, with_text=True)
        if found is None:
            raise NotFound(f"no article with id {article_id!r} in the store")
        return found


class NotFound(NewscoderError):
    status = 404


def _page(name: str) -> str:
    return resources.files("newscoder").joinpath(f"static/{name}").read_text(encoding="utf-8")


def _page_routes(app: FastAPI) -> None:
    """The HTML twins: each page is a shell whose script asks its JSON route and renders the answer."""

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def index() -> str:
        return _page("index.html")

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page() -> str:
        return _page("search.html")

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(article_id: str) -> str:
        return _page("index.html")


def _docs_routes(app: FastAPI) -> None:
    """``/docs``: Swagger UI from the swagger-ui-bundle package, no CDN (the script that starts it is ours)."""
    try:
        from swagger_ui_bundle import swagger_ui_path
    except ImportError:  # pragma: no cover (the api extra installs it)
        return
    app.mount("/docs/assets", StaticFiles(directory=str(swagger_ui_path)), name="docs-assets")

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def docs() -> str:
        return _page("docs.html")


def serve(host: str, port: int, *, verbose: int = 0, workers: int = 1, **settings: Any) -> None:
    """Run the app under uvicorn with the header timeout of ``guard.guarded_protocol``; with ``workers`` > 1,
    that many processes share one listening socket, each with its own model (one analysis at a time each)."""
    check_settings(settings)  # a bad setting fails here, once, before any process starts
    if workers <= 1:
        _serve_one(None, host, port, verbose, settings)
        return
    import signal
    import socket

    from .batch import die_with_parent

    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(2048)
    parent, children = os.getpid(), []
    for _ in range(workers):
        pid = os.fork()
        if pid == 0:  # a worker: its own app and model, the socket shared with the others
            code = 1
            try:
                signal.signal(signal.SIGINT, signal.SIG_DFL)
                die_with_parent(parent)
                _serve_one(sock, host, port, verbose, settings)
                code = 0
            finally:
                os._exit(code)
        children.append(pid)
    sock.close()
    _supervise(children)


def _serve_one(sock, host: str, port: int, verbose: int, settings: dict[str, Any]) -> None:
    import uvicorn

    from .guard import guarded_protocol

    app = create_app(**settings)
    config = uvicorn.Config(app, host=host, port=port, log_level="info" if verbose else "warning",
                            http=guarded_protocol(float(app.state.settings["header_timeout"])), server_header=False)
    uvicorn.Server(config).run(sockets=[sock] if sock is not None else None)


def _supervise(children: list[int]) -> None:
    """Wait for the worker processes; SIGINT or SIGTERM stops them all (a worker that dies stops the rest)."""
    import signal

    def stop(*_: Any) -> None:
        for pid in children:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGTERM)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    try:
        os.waitpid(children[0] if len(children) == 1 else -1, 0)
    except ChildProcessError:
        pass
    finally:
        stop()
        for pid in children:
            with contextlib.suppress(ChildProcessError):
                os.waitpid(pid, 0)
