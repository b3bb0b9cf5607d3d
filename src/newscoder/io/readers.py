"""Read articles from plain text, HTML pages, RSS/Atom feeds, JSONL, directories and stdin.

Everything becomes an ``Article``. Plain text may end with a web-export ``Tags: a; b; c`` line; its tags
go to ``Article.tags`` and the line is kept out of ``Article.text``. Errors name the file (and line).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import BinaryInputError, DecodeError, InputError, RecordError, TooLargeError
from ..models import Article

log = logging.getLogger(__name__)

FORMATS = ("auto", "text", "html", "feed", "jsonl")
EXTENSIONS = {
    ".txt": "text", ".text": "text", ".md": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".rss": "feed", ".atom": "feed", ".xml": "feed",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
}
#: Largest file read, in bytes (``--max-bytes``); bigger files are refused, not truncated.
MAX_BYTES = 10_000_000

_TAGS_LINE = re.compile(r"(?m)^[ \t]*Tags:[^\r\n]*(?=\r?\n|\Z)")
_BINARY_MAGIC = (b"%PDF", b"PK\x03\x04", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"\x1f\x8b", b"BZh",
                 b"\x7fELF", b"SQLite format")


@dataclass
class Decoded:
    text: str
    encoding: str


def decode(data: bytes, source: str, encoding: str | None = None) -> Decoded:
    """Bytes to str: UTF-8 (with or without BOM), else cp1252, else latin-1, with a warning."""
    if encoding:
        try:
            return Decoded(data.decode(encoding), encoding)
        except (UnicodeDecodeError, LookupError) as error:
            raise DecodeError(f"cannot decode as {encoding}: {error}", source=source) from None
    if data.startswith(_BINARY_MAGIC) or b"\x00" in data[:8192]:
        raise BinaryInputError("this is a binary file, not text (NUL bytes or a binary signature)",
                               source=source)
    if data.startswith(b"\xef\xbb\xbf"):
        return Decoded(data[3:].decode("utf-8", errors="strict"), "utf-8-sig")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as error:
        bad = error.start
    for fallback in ("cp1252", "latin-1"):
        try:
            text = data.decode(fallback)
        except UnicodeDecodeError:
            continue
        log.warning("%s: not valid UTF-8 (byte %d); read as %s", source, bad, fallback)
        return Decoded(text, fallback)
    raise DecodeError(f"not valid UTF-8 (byte {bad})", source=source)  # pragma: no cover


def split_tags_line(text: str) -> tuple[str, list[str], tuple[int, int] | None]:
    """Split a trailing ``Tags: a; b`` line off the body: (body, tags, (start, end) of the line)."""
    matches = list(_TAGS_LINE.finditer(text))
    match = matches[-1] if matches else None
    if match is None or text[match.end():].strip():
        return text, [], None
    tags = [t.strip() for t in match.group().split(":", 1)[1].split(";") if t.strip()]
    return text[: match.start()].rstrip(), tags, (match.start(), match.end())


def _title_of(body: str) -> str | None:
    """The first line when it reads like a headline: short, no final period, a blank line after."""
    first, sep, rest = body.lstrip().partition("\n")
    first = first.strip()
    if sep and rest.startswith(("\n", "\r\n")) and 0 < len(first) <= 150 and not first.endswith((".", '"', "”")):
        return first
    return None


def article_from_text(text: str, *, id: str, source: str | None = None) -> Article:
    body, tags, _ = split_tags_line(text)
    return Article(text=body, id=id, title=_title_of(body), tags=tags, source=source)


def parse_date(value) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value.date() if isinstance(value, dt.datetime) else value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        return None


def article_from_record(record, *, source: str, line: int) -> Article:
    """One JSONL record ``{"id", "text", "title", "date", "tags"}`` to an Article."""
    if not isinstance(record, dict):
        raise RecordError(f"expected a JSON object, got {type(record).__name__}", source=source, line=line)
    text = record.get("text")
    if not isinstance(text, str):
        what = "has no \"text\" field" if text is None else f"\"text\" is a {type(text).__name__}, not a string"
        raise RecordError(f"the record {what}", source=source, line=line)
    date = parse_date(record.get("date"))
    if record.get("date") and date is None:
        raise RecordError(f"\"date\" must be YYYY-MM-DD, not {record['date']!r}", source=source, line=line)
    tags = record.get("tags") or []
    return Article(
        text=text,
        id=str(record.get("id", line)),
        title=record.get("title"),
        date=date,
        tags=[str(t) for t in tags] if isinstance(tags, list) else [],
        source=source,
        line=line,
    )


def read_jsonl(text: str, source: str) -> Iterator[Article | InputError]:
    """Articles from JSONL; a bad line yields its RecordError (so a batch can skip it) in place."""
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            record = json.loads(raw)
        except json.JSONDecodeError as error:
            yield RecordError(f"not valid JSON ({error.msg}, column {error.colno})", source=source, line=number)
            continue
        try:
            yield article_from_record(record, source=source, line=number)
        except RecordError as error:
            yield error


def read_html(text: str, source: str, id: str) -> Article:
    import trafilatura

    doc = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False)
    body = getattr(doc, "text", None) if doc is not None else None
    if not body:
        raise InputError("no article text found in this HTML page", source=source)
    # trafilatura ends each block with one newline; a blank line keeps paragraphs (and the headline) apart
    body = re.sub(r"\n+", "\n\n", body.strip())
    return Article(text=body, id=id, title=getattr(doc, "title", None),
                   date=parse_date(getattr(doc, "date", None)), source=source)


def read_feed(data: bytes, source: str) -> Iterator[Article | InputError]:
    import feedparser

    feed = feedparser.parse(data)
    if feed.bozo and not feed.entries:
        yield InputError(f"not a readable RSS/Atom feed ({feed.get('bozo_exception')})", source=source)
        return
    for number, entry in enumerate(feed.entries, start=1):
        html = (entry.get("content") or [{}])[0].get("value") or entry.get("summary") or ""
        body = _html_to_text(html)
        parsed = entry.get("published_parsed") or entry.get("updated_parsed")
        date = dt.date(*parsed[:3]) if parsed else None
        where = f"{source}#entry{number}"
        if not body.strip():
            yield InputError("feed entry has no text", source=where)
            continue
        yield Article(text=body, id=entry.get("id") or entry.get("link") or where,
                      title=entry.get("title"), date=date, source=where)


def _html_to_text(html: str) -> str:
    if "<" not in html:
        return html.strip()
    import lxml.html

    try:
        root = lxml.html.fromstring(html)
    except Exception:  # noqa: BLE001 (lxml raises several types on junk)
        return re.sub(r"<[^>]+>", " ", html).strip()
    blocks = [el.text_content().strip() for el in root.iter("p", "li", "h1", "h2", "h3")]
    text = "\n\n".join(b for b in blocks if b)
    return text or root.text_content().strip()


def sniff(data: bytes, name: str) -> str:
    """Guess the input format from the file name, then from its first bytes."""
    fmt = EXTENSIONS.get(Path(name).suffix.lower())
    head = data[:2048].lstrip().lower()
    if fmt == "feed" or fmt is None:
        if head.startswith(b"<?xml") or head.startswith(b"<rss") or head.startswith(b"<feed"):
            if b"<rss" in head or b"<feed" in head or b"<rdf" in head:
                return "feed"
        if head.startswith((b"<!doctype html", b"<html")) or b"<html" in head[:500]:
            return "html"
        if fmt is None and head.startswith(b"{"):
            return "jsonl"
    return fmt or "text"


def read_bytes(data: bytes, source: str, input_format: str = "auto", *,
               encoding: str | None = None, max_bytes: int = MAX_BYTES) -> Iterator[Article | InputError]:
    """Articles (or the InputError of a bad one, in place) from the bytes of one file."""
    if input_format not in FORMATS:
        raise InputError(f"unknown input format {input_format!r}; choose from {', '.join(FORMATS)}")
    if len(data) > max_bytes:
        raise TooLargeError(f"file is {len(data) / 1e6:.1f} MB, over the limit of {max_bytes / 1e6:.1f} MB "
                            "(--max-bytes)", source=source)
    fmt = sniff(data, source) if input_format == "auto" else input_format
    if fmt == "feed":
        yield from read_feed(data, source)
        return
    text = decode(data, source, encoding).text
    if fmt == "jsonl":
        yield from read_jsonl(text, source)
    elif fmt == "html":
        yield read_html(text, source, id=Path(source).stem)
    else:
        yield article_from_text(text, id=Path(source).stem if source != "<stdin>" else "stdin", source=source)


def expand(paths: list[str]) -> Iterator[str]:
    """Paths as given, directories replaced by their readable files (recursive, sorted)."""
    for p in paths:
        path = Path(p)
        if p == "-":
            yield p
        elif path.is_dir():
            for f in sorted(path.rglob("*")):
                if f.is_file() and f.suffix.lower() in EXTENSIONS and not f.name.startswith("."):
                    yield str(f)
        elif path.exists():
            yield p
        else:
            raise InputError("no such file or directory", source=p)


def read_paths(paths: list[str], input_format: str = "auto", **kw) -> Iterator[Article | InputError]:
    """Every article in these files, directories (recursive) or ``-`` (stdin), in order.

    A bad file or record yields its InputError in place; the caller raises or records it.
    """
    for p in expand(paths):
        try:
            data = sys.stdin.buffer.read() if p == "-" else Path(p).read_bytes()
        except OSError as error:
            yield InputError(f"cannot read: {error.strerror}", source=p)
            continue
        source = "<stdin>" if p == "-" else p
        try:
            yield from read_bytes(data, source, input_format, **kw)
        except InputError as error:
            yield error
