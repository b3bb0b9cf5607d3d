"""``Run``: what every CLI command does with its inputs: read, admit, analyze in order, hand errors on.

Each bad file, record or article goes to the run's error handler (``errors.raise_error`` or an
``errors.ErrorLog``, the CLI's ``--skip-errors``); when the handler lets it pass, the error is also
yielded in its input's place, so JSONL output stays aligned with the input.
"""

from __future__ import annotations

import logging
import sys
from collections import deque
from collections.abc import Callable, Iterator
from typing import Any

from .errors import ErrorHandler, ErrorLog, NewscoderError, raise_error
from .limits import admit
from .models import Analysis, Article
from .options import Options

log = logging.getLogger(__name__)


def error_handler(skip_errors: bool) -> ErrorHandler:
    """The handler for ``--skip-errors``: record and go on; else stop at the first error."""
    return ErrorLog() if skip_errors else raise_error


class Run:
    """Reads, analyzes in batches and keeps input order; per-article errors go to ``on_error``.

    ``keep(article)`` (optional) leaves an article out before analysis (``index`` skips stored ones).
    """

    def __init__(self, options: Options, on_error: ErrorHandler = raise_error, read_kw: dict[str, Any] | None = None,
                 n_process: int = 1, keep: Callable[[Article], bool] | None = None):
        self.options = options
        self.on_error = on_error
        self.read_kw = read_kw or {}
        self.n_process = n_process
        self.keep = keep
        self.errors: list[NewscoderError] = []  # the errors the handler let pass, in input order
        self.left_out = 0  # articles ``keep`` left out
        self.article: Article | None = None  # the article of the analysis last yielded

    def results(self, paths: list[str], input_format: str) -> Iterator[Analysis | NewscoderError]:
        """Analyses and errors in input order (errors are raised unless the handler lets them pass)."""
        from .pipeline import analyze_many

        slots: deque[Article | tuple[Article | None, NewscoderError]] = deque()
        with _progress() as advance:
            for analysis in analyze_many(self._admitted(paths, input_format, slots), options=self.options,
                                         n_process=self.n_process):
                yield from self._errors_first(slots)
                self.article = slots.popleft()  # the article this analysis is of
                advance()
                yield analysis
            yield from self._errors_first(slots)

    def _admitted(self, paths: list[str], input_format: str, slots: deque) -> Iterator[Article]:
        from .io.readers import read_paths

        for item in read_paths(paths, input_format, **self.read_kw):
            if isinstance(item, Article):
                if self.keep is not None and not self.keep(item):
                    self.left_out += 1
                    continue
                try:
                    admit(item, self.options)
                except NewscoderError as error:
                    slots.append((item, error))
                    continue
                slots.append(item)
                yield item
            else:
                slots.append((None, item))

    def _errors_first(self, slots: deque) -> Iterator[NewscoderError]:
        while slots and isinstance(slots[0], tuple):
            article, error = slots.popleft()
            self.on_error(article, error)  # raises to stop the run
            error.locate(article)
            self.errors.append(error)
            log.info("skipped %s", error)
            yield error

    def analyses(self, paths: list[str], input_format: str) -> Iterator[Analysis]:
        """Only the analyses (errors raised or recorded)."""
        return (r for r in self.results(paths, input_format) if isinstance(r, Analysis))


class _progress:
    """A Rich progress counter on stderr when it is a terminal; a no-op otherwise."""

    def __enter__(self) -> Callable[[], None]:
        self._progress = None
        if sys.stderr.isatty():
            from rich.console import Console
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            self._progress = Progress(SpinnerColumn(), TextColumn("{task.completed} articles"),
                                      TimeElapsedColumn(), transient=True, console=Console(stderr=True))
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
