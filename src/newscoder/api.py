"""HTTP API (FastAPI): a thin shell over ``analyze``. ``newscoder serve`` runs it.

- ``POST /analyze``  body ``{"text", "title"?, "date"?, "id"?, "tags"?}`` -> the Analysis JSON (docs/output.md)
- ``GET  /analyze?text=...&date=...``  the same for short texts
- ``GET  /``  a web page that posts to ``/analyze`` and renders only what the API returned
- ``GET  /health``

Errors answer ``{"error": {"type", "message"}}`` with the status the error carries (400, 413, 500).
"""

from __future__ import annotations

import threading
from contextlib import asynccontextmanager
from importlib import resources
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse
from pydantic import BaseModel, Field

from . import __version__
from .errors import NewscoderError
from .options import Options
from .pipeline import analyze, load

_lock = threading.Lock()  # one spaCy pipeline per process; calls are serialized


class AnalyzeRequest(BaseModel):
    text: str = Field(description="The article's text.")
    title: str | None = None
    date: str | None = Field(None, description="Publication date YYYY-MM-DD (resolves 'on Monday').")
    id: str = "0"
    tags: int = Field(4, ge=1, le=50, description="How many tags.")
    country: str | None = Field(None, description="The source's country (ISO code or name): evidence for places.")


def create_app(options: Options | None = None) -> FastAPI:
    base = options or Options()
    @asynccontextmanager
    async def lifespan(app: FastAPI):
        load(base.steps)  # pay the model load before the first request
        yield

    app = FastAPI(title="newscoder", version=__version__, lifespan=lifespan,
                  description="Offline analyzer for English news: tags, entities, places, events, dates.")

    @app.exception_handler(NewscoderError)
    async def newscoder_error(request: Request, error: NewscoderError) -> JSONResponse:
        return JSONResponse({"error": {"type": type(error).__name__, "message": error.message}},
                            status_code=error.status)

    def run(req: AnalyzeRequest) -> dict[str, Any]:
        with _lock:
            result = analyze(req.text, title=req.title, date=req.date, id=req.id,
                             options=base.with_(n_tags=req.tags, country_hint=req.country or base.country_hint))
        return result.to_dict()

    @app.post("/analyze")
    def analyze_post(req: AnalyzeRequest) -> dict[str, Any]:
        return run(req)

    @app.get("/analyze")
    def analyze_get(text: str, date: str | None = None, title: str | None = None,
                    tags: int = 4, country: str | None = None) -> dict[str, Any]:
        return run(AnalyzeRequest(text=text, date=date, title=title, tags=tags, country=country))

    @app.get("/health")
    def health() -> dict[str, Any]:
        return {"status": "ok", "version": __version__, "steps": list(base.steps)}

    @app.get("/", response_class=HTMLResponse)
    def page() -> str:
        return resources.files("newscoder").joinpath("static/index.html").read_text(encoding="utf-8")

    return app
