"""The HTTP server's guard rails, around the routes of ``api.py``.

- ``Guard`` (ASGI middleware): a request body over ``max_body`` is refused with 413 before it is read (by its
  Content-Length, or as it arrives); a body that stalls for ``body_timeout`` seconds gets 408; any failure
  becomes a JSON error, never a traceback or a bare 500; every response gets security headers (a strict
  Content-Security-Policy, X-Content-Type-Options, X-Frame-Options, Referrer-Policy).
- ``guarded_protocol``: uvicorn's HTTP/1.1 protocol with a header timeout (a client that does not finish
  its request line and headers in time is disconnected) and JSON for malformed requests.

Errors answer ``{"error": {"type", "message", ...}}`` with their status.
"""

from __future__ import annotations

import json
import logging
from typing import Any

import anyio
from starlette.exceptions import HTTPException

log = logging.getLogger(__name__)

#: The pages (``/``, ``/search``, ``/articles/ID``) run only their own scripts and styles and talk only to this
#: server (downloads are ``blob:`` URLs the page makes from answers); JSON answers may load nothing at all.
PAGE_CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; "
            "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'"
#: ``/docs`` (Swagger UI, served from the swagger-ui-bundle package): its scripts are files of this server too;
#: Swagger UI sets style attributes and draws icons from data: URLs.
DOCS_CSP = ("default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            "connect-src 'self'; base-uri 'none'; frame-ancestors 'none'")
PAGES = ("/", "/index.html", "/search")
SECURITY_HEADERS = ((b"x-content-type-options", b"nosniff"), (b"x-frame-options", b"DENY"),
                    (b"referrer-policy", b"no-referrer"), (b"cross-origin-resource-policy", b"same-origin"))
ERROR_TYPES = {400: "BadRequest", 404: "NotFound", 405: "MethodNotAllowed", 408: "RequestTimeout",
               413: "TooLargeError", 415: "UnsupportedMediaType", 503: "BusyError"}


def error_json(status: int, message: str, type_: str | None = None) -> bytes:
    body = {"error": {"type": type_ or ERROR_TYPES.get(status, "HTTPError"), "message": message}}
    return json.dumps(body, ensure_ascii=False).encode("utf-8")


def _csp(path: str) -> bytes:
    if path == "/docs":
        return DOCS_CSP.encode()
    page = path in PAGES or (path.startswith("/articles/") and not path.endswith(".json"))
    return (PAGE_CSP if page else API_CSP).encode()


class Guard:
    """ASGI middleware: body limit and timeout before the app reads, JSON errors, security headers."""

    def __init__(self, app, *, max_body: int, body_timeout: float):
        self.app = app
        self.max_body = max_body
        self.body_timeout = body_timeout

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False
        extra = list(SECURITY_HEADERS)
        extra.append((b"content-security-policy", _csp(scope.get("path", ""))))

        async def send_guarded(message: dict[str, Any]) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                names = {name.lower() for name, _ in message.get("headers", [])}
                headers = list(message.get("headers", [])) + [h for h in extra if h[0] not in names]
                message = {**message, "headers": headers}
            await send(message)

        refused = self._refuse(scope)
        if refused is not None:
            await reply(send_guarded, *refused, close=True)
            return
        try:
            await self.app(scope, self._receive(receive), send_guarded)
        except HTTPException as error:  # raised outside the app's own handlers
            if not started:
                await reply(send_guarded, error.status_code, str(error.detail), close=True)
        except Exception:  # noqa: BLE001 (the last line of defence: log it, answer JSON)
            log.exception("request failed: %s %s", scope.get("method"), scope.get("path"))
            if not started:
                await reply(send_guarded, 500, "the server failed on this request (logged on the server)",
                            "InternalError", close=True)

    def _refuse(self, scope) -> tuple[int, str] | None:
        """(status, message) for a request refused on its headers alone, before any body is read."""
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                if not value.strip().isdigit():
                    return 400, "Content-Length is not a number"
                if int(value) > self.max_body:
                    return 413, (f"the request body is {int(value):,} bytes, over the server's limit of "
                                 f"{self.max_body:,} (max_body)")
        return None

    def _receive(self, receive):
        """``receive`` that stops a body over ``max_body`` (413) or stalled ``body_timeout`` seconds (408)."""
        total, done = 0, False

        async def guarded() -> dict[str, Any]:
            nonlocal total, done
            if done:
                return await receive()
            with anyio.move_on_after(self.body_timeout) as scope:
                message = await receive()
            if scope.cancelled_caught:
                raise HTTPException(408, f"the request body stalled for {self.body_timeout:g} s",
                                    headers={"connection": "close"})
            if message["type"] == "http.request":
                total += len(message.get("body", b""))
                if total > self.max_body:
                    raise HTTPException(413, f"the request body is over the server's limit of {self.max_body:,} "
                                             "bytes (max_body)", headers={"connection": "close"})
                done = not message.get("more_body", False)
            else:
                done = True
            return message

        return guarded


async def reply(send, status: int, message: str, type_: str | None = None, *, close: bool = False) -> None:
    body = error_json(status, message, type_)
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    if close:
        headers.append((b"connection", b"close"))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def _raw_response(status: int, reason: str, message: str) -> bytes:
    body = error_json(status, message)
    return (f"HTTP/1.1 {status} {reason}\r\ncontent-type: application/json\r\nconnection: close\r\n"
            f"content-length: {len(body)}\r\n\r\n").encode() + body


def guarded_protocol(header_timeout: float):
    """uvicorn's h11 protocol, disconnecting a client whose request line and headers take longer than
    ``header_timeout`` seconds (after a 408), and answering malformed requests with JSON."""
    import h11
    from uvicorn.protocols.http.h11_impl import H11Protocol

    class GuardedH11(H11Protocol):
        _header_timer = None

        def connection_made(self, transport) -> None:
            super().connection_made(transport)
            self._arm()

        def _arm(self) -> None:
            self._disarm()
            self._header_timer = self.loop.call_later(header_timeout, self._headers_too_slow)

        def _disarm(self) -> None:
            if self._header_timer is not None:
                self._header_timer.cancel()
                self._header_timer = None

        def data_received(self, data: bytes) -> None:
            super().data_received(data)
            if self.conn.their_state is not h11.IDLE:
                self._disarm()  # the request line and headers are in

        def on_response_complete(self) -> None:
            super().on_response_complete()
            if not self.transport.is_closing():
                self._arm()  # the next request on this connection gets the same time

        def connection_lost(self, exc) -> None:
            self._disarm()
            super().connection_lost(exc)

        def _headers_too_slow(self) -> None:
            self._header_timer = None
            if self.conn.their_state is h11.IDLE and not self.transport.is_closing():
                if self.cycle is None or self.cycle.response_complete:
                    self.transport.write(_raw_response(408, "Request Timeout",
                                                       f"no complete request headers in {header_timeout:g} s"))
                self.transport.close()

        def send_400_response(self, msg: str) -> None:
            self.transport.write(_raw_response(400, "Bad Request", msg))
            self.transport.close()

    return GuardedH11
