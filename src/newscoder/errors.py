"""Exceptions raised by newscoder, and the two ready-made per-article error handlers.

Every error the library raises on purpose derives from one base class, so callers can catch it::

    NewscoderError                 base class; ``status`` is the HTTP status the API answers with
    ├── InputError                 the input cannot be analyzed (status 400)
    │   ├── EmptyTextError         empty or whitespace-only text
    │   ├── BinaryInputError       the file is not text (NUL bytes, an image, an archive ...)
    │   ├── DecodeError            bytes that are not valid text in any encoding we accept
    │   ├── RecordError            a JSONL line that is not JSON or lacks ``text``
    │   └── TooLargeError          over a size limit: file bytes, text characters, request body (status 413)
    ├── OptionsError               an option or argument with a bad value (status 400)
    ├── PipelineError              a component runs without a step it needs before it (status 500)
    ├── OutputError                an output that cannot be written safely (read-only file, another run's folder)
    ├── StoreError                 the store cannot be opened, written or searched (status 500)
    ├── BusyError                  the server could not answer within its time budget (status 503)
    └── DataError                  packaged data missing or corrupt (status 500)

Errors about one input carry ``source`` (a file name or ``<stdin>``), ``line`` (1-based, for JSONL) and,
once known, ``id`` (the article's id), so that messages and error records name where the problem is.

A run over many articles sends each article's error to a handler ``on_error(article, error)`` (spaCy's
``Pipe.pipe`` error handler idea): ``raise_error`` stops the run, an ``ErrorLog`` records the error and lets
the run go on. Both pickle, so Dask workers can use them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


class NewscoderError(Exception):
    """Base class of all newscoder errors."""

    status = 500

    def __init__(self, message: str, *, source: str | None = None, line: int | None = None,
                 id: str | None = None):
        super().__init__(message)
        self.message = message
        self.source = source
        self.line = line
        self.id = id

    def __str__(self) -> str:
        where = self.source or ""
        if self.line is not None:
            where = f"{where}:{self.line}" if where else f"line {self.line}"
        return f"{where}: {self.message}" if where else self.message

    def __reduce__(self):  # keep source, line and id across pickling (Dask workers, process pools)
        return (_rebuild, (type(self), self.message, self.source, self.line, self.id))

    def to_dict(self) -> dict[str, Any]:
        """The error as a record: ``{"type", "message", "id", "source", "line"}``."""
        return {"type": type(self).__name__, "message": self.message, "id": self.id,
                "source": self.source, "line": self.line}

    def locate(self, article: Any) -> NewscoderError:
        """Fill in the id, source and line of the article this error is about, where still unknown."""
        if article is not None:
            self.id = self.id if self.id is not None else (getattr(article, "id", None) or None)
            self.source = self.source or getattr(article, "source", None)
            self.line = self.line if self.line is not None else getattr(article, "line", None)
        return self


def _rebuild(cls: type[NewscoderError], message: str, source: str | None, line: int | None,
             id: str | None) -> NewscoderError:
    error = cls.__new__(cls)
    NewscoderError.__init__(error, message, source=source, line=line, id=id)
    return error


class InputError(NewscoderError):
    status = 400


class EmptyTextError(InputError):
    pass


class BinaryInputError(InputError):
    pass


class DecodeError(InputError):
    pass


class RecordError(InputError):
    pass


class TooLargeError(InputError):
    status = 413


class OptionsError(NewscoderError):
    status = 400


class PipelineError(NewscoderError):
    status = 500


class OutputError(NewscoderError):
    status = 500


class StoreError(NewscoderError):
    status = 500


class BusyError(NewscoderError):
    status = 503


class DataError(NewscoderError):
    status = 500


#: ``on_error(article, error)``: raise to stop the run, return to skip the article.
ErrorHandler = Callable[[Any, NewscoderError], None]


def raise_error(article: Any, error: NewscoderError) -> None:
    """The default handler: stop the run with the error (naming the article)."""
    raise error.locate(article)


class ErrorLog:
    """A handler that records each error (with its article's id, source and line) and goes on.

    ``errors`` lists them in the order they came. It pickles, so it can travel to Dask workers; a worker's
    records stay in the worker's copy, which is why a batch also keeps every skipped error itself.
    """

    def __init__(self) -> None:
        self.errors: list[NewscoderError] = []

    def __call__(self, article: Any, error: NewscoderError) -> None:
        self.errors.append(error.locate(article))
