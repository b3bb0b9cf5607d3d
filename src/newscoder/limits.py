"""What one analysis accepts, checked by every shell (CLI, batch, HTTP) before any parsing.

A text longer than ``Options.max_chars`` (2,000,000 by default; the server sets its own, lower) is refused
up front with a ``TooLargeError`` that names the article and the setting, so ``--skip-errors`` keeps every
good record beside it. Below that ceiling a long text is parsed in pieces (``pipeline.PIECE_CHARS``), so
spaCy's own limit (``nlp.max_length``, 1,000,000 characters) never binds. This module imports no spaCy:
light commands can use it.
"""

from __future__ import annotations

from .errors import TooLargeError
from .models import Article
from .options import Options


def check_size(article: Article, options: Options, setting: str = "Options.max_chars") -> None:
    """Raise a TooLargeError naming the article and ``setting`` when its text is over ``options.max_chars``."""
    if isinstance(article.text, str) and len(article.text) > options.max_chars:
        raise TooLargeError(f"text is {len(article.text):,} characters, over the limit of {options.max_chars:,}"
                            f" ({setting})", source=article.source, line=article.line, id=article.id or None)


def admit(article: Article, options: Options, setting: str = "Options.max_chars") -> Article:
    """The article, after ``pipeline.check`` (its size first); raises the InputError of a bad one."""
    from .pipeline import check

    check(article, options, setting)
    return article
