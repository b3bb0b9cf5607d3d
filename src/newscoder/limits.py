"""What one analysis accepts, checked by every shell (CLI, batch, HTTP) before any parsing.

spaCy refuses a text longer than ``nlp.max_length`` (1,000,000 characters) with a ValueError from deep in
the parser, after reading it whole; ``Options.max_chars`` (2,000,000) is the documented ceiling. Until long
texts are analysed in pieces, the lower of the two is the limit, and a longer text is refused up front with
a ``TooLargeError`` that names the article, so ``--skip-errors`` keeps every good record beside it.
"""

from __future__ import annotations

from .errors import TooLargeError
from .models import Article
from .options import Options

#: spaCy's ``Language.max_length``, the parser's limit in characters (checked against the loaded pipeline
#: in the tests, and taken from the pipeline itself wherever one is at hand).
PARSER_MAX_LENGTH = 1_000_000


def text_limit(options: Options, nlp=None, setting: str = "Options.max_chars") -> tuple[int, str]:
    """(the longest text accepted, in characters, and what sets it: ``setting`` or the parser)."""
    parser = nlp.max_length if nlp is not None else PARSER_MAX_LENGTH
    if options.max_chars <= parser:
        return options.max_chars, setting
    return parser, "the parser's limit, spaCy's nlp.max_length"


def admit(article: Article, options: Options, nlp=None, setting: str = "Options.max_chars") -> Article:
    """The article, after the size limit and ``pipeline.check``; raises the InputError of a bad one."""
    from .pipeline import check

    limit, why = text_limit(options, nlp, setting)
    if isinstance(article.text, str) and len(article.text) > limit:
        raise TooLargeError(f"text is {len(article.text):,} characters, over the limit of {limit:,} ({why})",
                            source=article.source, line=article.line, id=article.id or None)
    check(article, options)
    return article
