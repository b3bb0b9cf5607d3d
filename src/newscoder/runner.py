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
        self._advance: Callable[..., None] = lambda n=1: None  # moves the progress bar

    def results(self, paths: list[str], input_format: str) -> Iterator[Analysis | NewscoderError]:
        """Analyses and errors in input order (errors are raised unless the handler lets them pass)."""
        from .pipeline import analyze_many

        slots: deque[Article | tuple[Article | None, NewscoderError]] = deque()
        with progress(lambda: _count(paths, input_format, self.read_kw)) as self._advance:
            for analysis in analyze_many(self._admitted(paths, input_format, slots), options=self.options,
                                         n_process=self.n_process):
                yield from self._errors_first(slots)
                self.article = slots.popleft()  # the article this analysis is of
                self._advance()
                yield analysis
            yield from self._errors_first(slots)

    def _admitted(self, paths: list[str], input_format: str, slots: deque) -> Iterator[Article]:
        from .io.readers import read_paths

        for item in read_paths(paths, input_format, **self.read_kw):
            if isinstance(item, Article):
                if self.keep is not None and not self.keep(item):
                    self.left_out += 1
                    self._advance()
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
            self._advance()
            error.locate(article)
            self.errors.append(error)
            log.info("skipped %s", error)
            yield error

    def analyses(self, paths: list[str], input_format: str) -> Iterator[Analysis]:
        """Only the analyses (errors raised or recorded)."""
        return (r for r in self.results(paths, input_format) if isinstance(r, Analysis))


def _count(paths: list[str], input_format: str, read_kw: dict[str, Any]) -> int | None:
    from .io.readers import count_articles

    return count_articles(paths, input_format, max_bytes=read_kw.get("max_bytes"))


class progress:
    """A Rich progress bar on stderr when it is a terminal (a no-op otherwise): done/total, elapsed time and
    the time left. ``total`` is a number or a function that counts (only called on a terminal); None: no
    total known (stdin), a counter instead. ``console`` is for tests."""

    def __init__(self, total: int | Callable[[], int | None] | None, what: str = "articles", console=None):
        self.total, self.what, self.console = total, what, console

    def __enter__(self) -> Callable[[int], None]:
        self._progress = None
        if self.console is None and not sys.stderr.isatty():
            return self._advance
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            SpinnerColumn,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        total = self.total() if callable(self.total) else self.total
        columns = [SpinnerColumn(), TextColumn(self.what), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                   TextColumn("left"), TimeRemainingColumn()] if total else [
            SpinnerColumn(), TextColumn("{task.completed} " + self.what), TimeElapsedColumn()]
        self._progress = Progress(*columns, transient=True, console=self.console or Console(stderr=True))
        self._progress.start()
        self._task = self._progress.add_task(self.what, total=total)
        return self._advance

    def _advance(self, n: int = 1) -> None:
        if self._progress is not None:
            self._progress.update(self._task, advance=n)

    def __exit__(self, *exc) -> None:
        if self._progress is not None:
            self._progress.stop()
