"""HTTP API (FastAPI): a thin shell over ``analyze``. ``newscoder serve`` runs it.

- ``POST /analyze``  body ``{"text", "title"?, "date"?, "id"?, "tags"?}`` -> the Analysis JSON (docs/output.md)
- ``GET  /analyze?text=...&date=...``  the same for short texts
- ``GET  /``  a web page that posts to ``/analyze`` and renders only what the API returned
- ``GET  /health``

Every failure answers ``{"error": {"type", "message", ...}}`` with its status: 400 bad input, 404, 405,
408 a stalled body, 413 too large (body or text), 503 over the time budget, 500 a failure of ours.
The server's settings (``SETTINGS``, docs/options.md) bound what one request may cost.
"""

from __future__ import annotations

import asyncio
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from dataclasses import dataclass
from importlib import resources
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException

from . import __version__
from .errors import BusyError, NewscoderError, OptionsError
from .guard import ERROR_TYPES, Guard
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
            "Analyses run one at a time on one thread; one already running finishes unseen (a thread cannot "
            "be stopped), so max_chars is what bounds the work of one."),
    Setting("header_timeout", 10.0, "Seconds a client has to send its request line and headers; then 408 "
            "and the connection is closed (`newscoder serve` only)."),
    Setting("body_timeout", 10.0, "Seconds the server waits for each piece of a request body; then 408."),
    Setting("cors_origins", (), "Origins allowed to call the API from a browser page of theirs (CORS); "
            "none unless given."),
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
    return settings


class AnalyzeRequest(BaseModel):
    text: str = Field(description="The article's text.")
    title: str | None = None
    date: str | None = Field(None, description="Publication date YYYY-MM-DD (resolves 'on Monday').")
    id: str = "0"
    tags: int = Field(4, ge=1, le=50, description="How many tags.")


def create_app(options: Options | None = None, **settings: Any) -> FastAPI:
    """The app; ``settings`` by name from ``SETTINGS`` (e.g. ``max_body=2_000_000``)."""
    config = check_settings(settings)
    base = (options or Options()).with_(max_chars=int(config["max_chars"]))

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        load(base.steps)  # pay the model load before the first request
        yield

    app = FastAPI(title="newscoder", version=__version__, lifespan=lifespan,
                  description="Offline analyzer for English news: tags, entities, places, events, dates.")
    app.state.settings = config
    _error_handlers(app)
    _routes(app, base, config)
    app.mount("/static", StaticFiles(directory=str(resources.files("newscoder") / "static")), name="static")
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
        return JSONResponse({"error": {"type": "BadRequest", "message": problems or "bad request"}},
                            status_code=400)


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
        return analyze(req.text, title=req.title, date=req.date, id=req.id, options=options).to_dict()

    async def run(req: AnalyzeRequest) -> dict[str, Any]:
        options = base.with_(n_tags=req.tags)
        admit(Article(text=req.text, id=req.id, title=req.title), options, "the server's max_chars setting")
        future = _analyzer().submit(work, req, options, time.monotonic() + budget)
        try:
            return await asyncio.wait_for(asyncio.wrap_future(future), budget)
        except TimeoutError:  # a queued analysis is cancelled; a running one finishes unseen
            raise BusyError(f"no answer within the server's time budget ({budget:g} s); try again") from None

    @app.post("/analyze")
    async def analyze_post(req: AnalyzeRequest) -> dict[str, Any]:
        return await run(req)

    @app.get("/analyze")
    async def analyze_get(text: str, date: str | None = None, title: str | None = None,
                          tags: int = 4) -> dict[str, Any]:
        try:
            req = AnalyzeRequest(text=text, date=date, title=title, tags=tags)
        except ValueError as error:
            raise OptionsError(str(error).splitlines()[-1]) from None
        return await run(req)

    @app.get("/health")
    def health() -> dict[str, Any]:
        return {"status": "ok", "version": __version__, "steps": list(base.steps)}

    @app.get("/", response_class=HTMLResponse)
    def page() -> str:
        return resources.files("newscoder").joinpath("static/index.html").read_text(encoding="utf-8")


def serve(host: str, port: int, *, verbose: int = 0, **settings: Any) -> None:
    """Run the app under uvicorn with the header timeout of ``guard.guarded_protocol``."""
    import uvicorn

    from .guard import guarded_protocol

    app = create_app(**settings)
    config = app.state.settings
    uvicorn.run(app, host=host, port=port, log_level="info" if verbose else "warning",
                http=guarded_protocol(float(config["header_timeout"])), server_header=False)
