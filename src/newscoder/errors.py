"""Exceptions raised by newscoder.

Every error the library raises on purpose derives from one base class, so callers can catch it::

    NewscoderError                 base class; ``status`` is the HTTP status the API answers with
    ├── InputError                 the input cannot be analyzed (status 400)
    │   ├── EmptyTextError         empty or whitespace-only text
    │   ├── BinaryInputError       the file is not text (NUL bytes, an image, an archive ...)
    │   ├── DecodeError            bytes that are not valid text in any encoding we accept
    │   ├── RecordError            a JSONL line that is not JSON or lacks ``text``
    │   └── TooLargeError          over ``Options.max_chars`` (status 413)
    ├── OptionsError               an option with a bad value (status 400)
    ├── PipelineError              a component runs without a step it needs before it (status 500)
    └── DataError                  packaged data missing or corrupt (status 500)

Input errors carry ``source`` (a file name or ``<stdin>``) and ``line`` (1-based, for JSONL)
so that messages name where the problem is.
"""

from __future__ import annotations


class NewscoderError(Exception):
    """Base class of all newscoder errors."""

    status = 500

    def __init__(self, message: str, *, source: str | None = None, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.source = source
        self.line = line

    def __str__(self) -> str:
        where = self.source or ""
        if self.line is not None:
            where = f"{where}:{self.line}" if where else f"line {self.line}"
        return f"{where}: {self.message}" if where else self.message


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


class DataError(NewscoderError):
    status = 500
