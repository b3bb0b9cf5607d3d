"""The search side of the store: a user's query made safe for FTS5, filters, snippets and facet counts.

The query language is SQLite FTS5's own, passed through term by term: ``strike OR walkout``, ``port NOT
strike``, ``talk*`` (prefix), ``"buffer zone"`` (phrase), ``NEAR(Turkey Syria, 10)``, parentheses, and
``title:``/``tags:``/``text:`` to search one column. Lowercase ``or`` is a word. Every word and phrase is
re-quoted, so punctuation cannot break the syntax; what is left wrong (``NOT`` with nothing before it) is an
``OptionsError`` that says so, never a failure of the store. The text is indexed with the Porter stemmer
(``talks``, ``talked`` and ``talking`` all match ``talk``).

Filters: ``entity`` matches an entity by its canonical name or by any name an article used for it (``US``,
``Washington``, ``the United States``), and a country by any of its names; ``event`` is a PLOVER type or a
CAMEO code prefix; ``country`` (ISO 3166 alpha-3) and ``place`` match the resolved places; ``since`` and
``until`` bound the publication date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..errors import InputError, OptionsError
from .readers import parse_date

#: A search takes at most this many words (FTS5 cost grows with each term).
MAX_TERMS = 16
#: Facet values returned per facet.
FACET_SIZE = 10
#: Facets count at most this many matches, the most recently stored (exact when fewer match): counting the
#: entities of every one of 45,000 matches took 0.8 s at 50,000 articles, these take milliseconds.
FACET_SAMPLE = 1000
#: A query matching more articles than this ranks only its latest this many (the most recently stored) by BM25,
#: and lists the older matches after them, newest first: FTS5 computes BM25 for every match before keeping a
#: page (75 ms for the 36,000 matches of "said" at 50,000 articles), and these cost a few milliseconds. A
#: query matching fewer is ranked whole, as before.
RANK_SAMPLE = 1000
#: Words of context in a snippet.
SNIPPET_WORDS = 24
#: How much a hit in each column counts (title, text, tags) in the ranking (BM25).
WEIGHTS = (5.0, 1.0, 3.0)
COLUMNS = ("title", "text", "tags")
#: Marks FTS5 puts around a hit in a snippet (control characters no article text holds).
HIT_START, HIT_END = "\x02", "\x03"

_MARKS = re.compile(f"([{HIT_START}{HIT_END}])")
_SPACES = re.compile(r"\s+")
_TOKEN = re.compile(r'"(?:[^"]|"")*"?|[(),]|[^\s"(),]+')
_WORD = re.compile(r"\w+")
_EVENT = re.compile(r"[A-Za-z_]{2,30}|\d{1,4}")
_ISO3 = re.compile(r"[A-Za-z]{3}")
_OPERATORS = ("AND", "OR", "NOT")


@dataclass
class Filters:
    """A search's checked arguments; ``where()`` gives the SQL that selects the matching articles."""

    query: str | None = None
    entity: str | None = None
    event: str | None = None
    country: str | None = None
    place: str | None = None
    since: str | None = None
    until: str | None = None
    #: Filled by the store: for each filter on an entity, event, country and place (in that order), the codes
    #: of the facet values it admits (every name the entity goes by, an event type and the CAMEO codes under
    #: a prefix, ...); a filter with none admits no article.
    codes: list[list[int]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.query = fts_query(_text("query", self.query)) if self.query and self.query.strip() else None
        self.entity = _text("--entity", self.entity).strip() if self.entity else None
        if self.event and not _EVENT.fullmatch(_text("--event", self.event)):
            raise OptionsError(f"--event must be a PLOVER type (PROTEST) or a CAMEO code (14, 141), not {self.event!r}")
        if self.country and not _ISO3.fullmatch(_text("--country", self.country)):
            raise OptionsError(f"--country must be an ISO 3166 alpha-3 code (TUR, USA), not {self.country!r}")
        self.place = _text("--place", self.place) if self.place else None
        self.since = _date("--since", self.since) if self.since else None
        self.until = _date("--until", self.until) if self.until else None
        if self.since and self.until and self.since > self.until:
            raise OptionsError(f"--since {self.since} is after --until {self.until}: nothing can match")

    def sets(self) -> list[tuple[str, list[Any]]]:
        """One query per filter on an entity, event, country or place: the keys (``article``) of the articles
        holding any of its codes, each once, read from the (code, article) index (ordered by key for each
        code, so ``ORDER BY 1 DESC LIMIT n`` merges them without sorting them all)."""
        one = "SELECT article FROM article_codes WHERE code = ?"
        return [(" UNION ".join([one] * len(codes)), list(codes)) for codes in self.codes]

    def exists(self, key: str) -> list[tuple[str, list[Any]]]:
        """The same filters as conditions on one article's key (``key``, an SQL expression): a lookup by
        (code, key) in the index, for a walk over articles in some order that stops after enough matches."""
        return [(f"EXISTS (SELECT 1 FROM article_codes WHERE code IN ({', '.join('?' * len(codes))}) "
                 f"AND article = {key})", list(codes)) for codes in self.codes]

    def dates(self, column: str) -> list[tuple[str, list[Any]]]:
        """``since`` and ``until`` as conditions on a date column."""
        return [(f"{column} {op} ?", [value]) for value, op in ((self.since, ">="), (self.until, "<=")) if value]

    @property
    def any(self) -> bool:
        """Whether anything narrows the search (else every article matches)."""
        return any((self.query, self.entity, self.event, self.country, self.place, self.since, self.until))


def fts_query(query: str) -> str:
    """A user's query as an FTS5 expression: operators, parentheses and NEAR kept, words and phrases quoted
    (a trailing ``*`` kept as a prefix search), column filters kept for title, text and tags."""
    tokens = _TOKEN.findall(query)
    out: list[str] = []
    depth, near, words, i = 0, [], 0, 0
    while i < len(tokens):
        t = tokens[i]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if t in _OPERATORS:
            out.append(t)
        elif t == "NEAR" and nxt == "(":
            out.append("NEAR(")
            depth, i = depth + 1, i + 1
            near.append(depth)
        elif t == "(":
            out.append("(")
            depth += 1
        elif t == ")":
            if depth:
                out.append(")")
                near = near[:-1] if near and near[-1] == depth else near
                depth -= 1
        elif t == ",":
            if near and near[-1] == depth and nxt.isdigit():
                out.append(f", {nxt}")
                i += 1
        else:
            term, n = _term(t)
            words += n
            if term:
                out.append(term)
        i += 1
    if words > MAX_TERMS:
        raise OptionsError(f"the query has {words} words; a search takes at most {MAX_TERMS}")
    return " ".join(out + [")"] * depth) or '""'


def _term(token: str) -> tuple[str, int]:
    """One word, phrase or column filter as FTS5 text, and how many words it holds."""
    column = ""
    name, sep, rest = token.partition(":")
    if sep and name.lower() in COLUMNS and rest:
        column, token = f"{name.lower()} : ", rest
    prefix = token.endswith("*") and not token.startswith('"')
    body = token[1:].removesuffix('"').replace('""', '"') if token.startswith('"') else token
    found = _WORD.findall(body)
    if not found:
        return "", 0
    return column + '"' + " ".join(found) + '"' + ("*" if prefix else ""), len(found)


def syntax_error(message: str, query: str) -> OptionsError:
    """The OptionsError for a query FTS5 refused (``fts5: syntax error near "NOT"``)."""
    return OptionsError(f"cannot search for {query!r}: {message.removeprefix('fts5: ')}; OR, AND and NOT go "
                        "between terms (port NOT strike), NEAR takes terms and a distance: NEAR(a b, 10)")


def without_title(text: str, hits: list[list[int]], title: str | None) -> tuple[str, list[list[int]]]:
    """The snippet less the title it starts with (a text file's first line), hits shifted to match."""
    if not title or not text.startswith(title + " "):
        return text, hits
    cut = len(title) + 1
    return text[cut:], [[a - cut, b - cut] for a, b in hits if a >= cut]


def snippet(marked: str | None) -> tuple[str, list[list[int]]]:
    """(the snippet's text, [start, end] of each hit in it) from FTS5's marked snippet; runs of white space
    (the lines of the article) become one space, across a mark too. Piece by piece between the marks (a
    loop over characters cost a quarter of a millisecond a result)."""
    if not marked:
        return "", []
    out, hits, start, n, space = [], [], None, 0, False
    for i, piece in enumerate(_MARKS.split(marked.strip())):
        if i % 2:
            if piece == HIT_START:
                start = n
            elif start is not None:
                hits.append([start, n])
                start = None
        elif piece:
            piece = _SPACES.sub(" ", piece)
            if space and piece[0] == " ":
                piece = piece[1:]
            if piece:
                out.append(piece)
                n += len(piece)
                space = piece[-1] == " "
    return "".join(out), hits


#: The facets, in the order of their kind number (the low 3 bits of a facet value's code in the store).
FACETS = ("entities", "places", "countries", "event_types", "months")


def _text(name: str, value: str) -> str:
    """The value, refused when it holds bytes that are not UTF-8 (Python keeps them as lone surrogates)."""
    if not isinstance(value, str):
        raise OptionsError(f"{name} must be text, not {type(value).__name__}")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as error:
        bad = value[error.start:error.end].encode("utf-8", "surrogateescape")
        raise OptionsError(f"{name} holds bytes that are not UTF-8 ({bad!r} at character {error.start})") from None
    if "\x00" in value:
        raise OptionsError(f"{name} holds a NUL character")
    return value


def _date(name: str, value: str) -> str:
    try:
        return parse_date(_text(name, value), what=name).isoformat()
    except InputError as error:
        raise OptionsError(error.message) from None
