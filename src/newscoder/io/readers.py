"""Read articles from plain text, HTML pages, RSS/Atom feeds, JSONL, directories and stdin.

Everything becomes an ``Article``, and every route reads the same way: the CLI's files (``read_paths``) and
one article's text handed to ``analyze()``, ``POST /analyze`` or the web page (``read_article``) are
sniffed alike (``sniff`` / ``sniff_text``), HTML goes through trafilatura, feeds through feedparser, and
plain text has its title (a short first line and a blank line) and its web-export ``Tags: a; b; c`` last
line split off: the tags go to ``Article.tags``, the line is kept out of ``Article.text``. Errors name the
file (and line).
"""

from __future__ import annotations

import datetime as dt
import errno
import json
import logging
import os
import re
import stat
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


#: Byte order marks, longest first (the UTF-32 LE mark starts with the UTF-16 LE one).
BOMS = ((b"\x00\x00\xfe\xff", "utf-32-be"), (b"\xff\xfe\x00\x00", "utf-32-le"), (b"\xef\xbb\xbf", "utf-8"),
        (b"\xfe\xff", "utf-16-be"), (b"\xff\xfe", "utf-16-le"))


@dataclass
class Decoded:
    text: str
    encoding: str
    bom: bytes = b""

    def encode(self, text: str) -> bytes:
        """``text`` as bytes in the same encoding, with the same byte order mark, as the original."""
        return self.bom + text.encode(self.encoding)


def decode(data: bytes, source: str, encoding: str | None = None) -> Decoded:
    """Bytes to str: by byte order mark (UTF-8, UTF-16, UTF-32), else UTF-8, else cp1252 with a warning."""
    if encoding:
        try:
            return Decoded(data.decode(encoding), encoding)
        except (UnicodeDecodeError, LookupError) as error:
            raise DecodeError(f"cannot decode as {encoding}: {error}", source=source) from None
    for bom, name in BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data[len(bom):].decode(name), name, bom)
            except UnicodeDecodeError as error:
                raise DecodeError(f"not valid {name.upper()} although it starts with its byte order mark "
                                  f"(byte {error.start + len(bom)})", source=source) from None
    if data.startswith(_BINARY_MAGIC) or b"\x00" in data[:8192]:
        raise BinaryInputError("this is a binary file, not text (NUL bytes or a binary signature)",
                               source=source)
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


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def parse_date(value, what: str = "date") -> dt.date | None:
    """The one date parser: None or "" gives None; a date, a datetime, ``YYYY-MM-DD`` or an ISO timestamp
    (``2021-03-04T10:00:00Z``) gives the date; anything else raises an InputError naming ``what``."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    try:
        if _ISO_DATE.match(text):
            return dt.date.fromisoformat(text) if len(text) == 10 else dt.datetime.fromisoformat(text).date()
    except ValueError:
        pass
    raise InputError(f"{what} must be YYYY-MM-DD, not {value!r}")


def _metadata_date(value) -> dt.date | None:
    """A date found in a page's metadata, or None when it is not one (metadata is not the user's input)."""
    try:
        return parse_date(value)
    except InputError:
        return None


def article_from_record(record, *, source: str, line: int) -> Article:
    """One JSONL record ``{"id", "text", "title", "date", "tags"}`` to an Article."""
    if not isinstance(record, dict):
        raise RecordError(f"expected a JSON object, got {type(record).__name__}", source=source, line=line)
    where = {"source": source, "line": line, "id": None if record.get("id") is None else str(record["id"])}
    text = record.get("text")
    if not isinstance(text, str):
        what = "has no \"text\" field" if text is None else f"\"text\" is a {type(text).__name__}, not a string"
        raise RecordError(f"the record {what}", **where)
    try:
        date = parse_date(record.get("date"), what='"date"')
    except InputError as error:
        raise RecordError(error.message, **where) from None
    tags = record.get("tags") or []
    return Article(
        text=text,
        id=str(record.get("id", line)),
        title=record.get("title"),
        date=date,
        tags=[str(t) for t in tags] if isinstance(tags, list) else [],
        source=source,
        line=line,
        url=_url(record.get("url") or record.get("link")),
    )


def _url(value) -> str | None:
    """An http(s) address, or None."""
    return value if isinstance(value, str) and value.startswith(("http://", "https://")) else None


#: The id of a record that is not valid JSON, when its start still says it: {"id": "a1", ...
_RAW_ID = re.compile(r'^\s*\{\s*"id"\s*:\s*(?:"((?:[^"\\]|\\.)*)"|(-?\d+))')


def read_jsonl(text: str, source: str, first_line: int = 1) -> Iterator[Article | InputError]:
    """Articles from JSONL; a bad line yields its RecordError (so a batch can skip it) in place.

    Records are split on ``\\n`` only, as JSON Lines says: U+2028, U+2029 or U+0085 inside a record's text
    are characters of that text, not line ends. ``first_line`` numbers the lines of a block of a file.
    """
    for number, raw in enumerate(text.split("\n"), start=first_line):
        raw = raw.removesuffix("\r")
        if not raw.strip():
            continue
        try:
            record = json.loads(raw)
        except json.JSONDecodeError as error:
            found = _RAW_ID.search(raw)
            yield RecordError(f"not valid JSON ({error.msg}, column {error.colno})", source=source, line=number,
                              id=(found.group(1) or found.group(2)) if found else None)
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
                   date=_metadata_date(getattr(doc, "date", None)), source=source, url=_url(getattr(doc, "url", None)))


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
                      title=entry.get("title"), date=date, source=where, url=_url(entry.get("link")))


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


_FEED_ROOT = re.compile(r"<(?:rss|feed|rdf:rdf)[\s>]")
#: A page or a fragment of one, as a person copies it: a doctype or one of the usual block elements first.
_HTML_START = re.compile(r"(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|article|main|section|div|p|h1|h2)"
                         r"[\s>/]", re.S)


def _sniff_head(head: str) -> str | None:
    """'feed' or 'html' from the lowercased, left-stripped start of a text; None when it is neither."""
    if head.startswith(("<?xml", "<rss", "<feed", "<rdf")) and _FEED_ROOT.search(head):
        return "feed"
    if _HTML_START.match(head) or "<html" in head[:500]:
        return "html"
    return None


def sniff(data: bytes, name: str) -> str:
    """Guess a file's format from its name, then from its first bytes (the same tests as ``sniff_text``)."""
    fmt = EXTENSIONS.get(Path(name).suffix.lower())
    if fmt == "feed" or fmt is None:
        head = data[:2048].removeprefix(b"\xef\xbb\xbf").lstrip().lower()
        found = _sniff_head(head.decode("latin-1"))
        if found:
            return found
        if fmt is None and head.startswith(b"{"):
            return "jsonl"
    return fmt or "text"


def sniff_text(text: str, name: str | None = None) -> str:
    """'text', 'html' or 'feed' for one article's text (a file name, when known, is asked first)."""
    fmt = EXTENSIONS.get(Path(name).suffix.lower()) if name else None
    if fmt in ("html", "text"):
        return fmt
    return _sniff_head(text[:2048].lstrip("\ufeff \t\r\n").lower()) or "text"


TEXT_FORMATS = ("auto", "text", "html", "feed")


def read_article(text: str, *, id: str = "0", title: str | None = None, date=None, source: str | None = None,
                 input_format: str = "auto", name: str | None = None) -> Article:
    """One article from the text handed to ``analyze()``, ``POST /analyze`` or the web page, read as the CLI
    reads a file: HTML and feeds are detected (``input_format`` auto) and extracted, plain text has its title
    and Tags line split off. ``title`` and ``date``, when given, win over what the text carries; ``name`` (a
    file name) helps the sniffing. A feed must hold exactly one entry here (the CLI reads every entry)."""
    if input_format not in TEXT_FORMATS:
        raise InputError(f"unknown input format {input_format!r}; choose from {', '.join(TEXT_FORMATS)}")
    fmt = sniff_text(text, name) if input_format == "auto" else input_format
    if fmt == "html":
        article = read_html(text, source, id=id)
    elif fmt == "feed":
        article = _one_entry(list(read_feed(text.encode("utf-8"), source or "<feed>")))
        article.id = id
    else:
        article = article_from_text(text, id=id, source=source)
    article.title = title if title is not None else article.title
    article.date = parse_date(date) or article.date
    return article


def _one_entry(items: list[Article | InputError]) -> Article:
    if len(items) == 1 and isinstance(items[0], InputError):
        raise items[0]
    if len(items) != 1:
        raise InputError(f"this feed holds {len(items)} entries; analyze one article at a time here, or the "
                         "whole feed with `newscoder analyze FEED`")
    return items[0]


def read_bytes(data: bytes, source: str, input_format: str = "auto", *,
               encoding: str | None = None, max_bytes: int = MAX_BYTES) -> Iterator[Article | InputError]:
    """Articles (or the InputError of a bad one, in place) from the bytes of one file."""
    if input_format not in FORMATS:
        raise InputError(f"unknown input format {input_format!r}; choose from {', '.join(FORMATS)}")
    if len(data) > max_bytes:
        raise _too_large(f"{len(data) / 1e6:.1f} MB", max_bytes, source)
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


def expand(paths: list[str]) -> Iterator[str | InputError]:
    """Paths as given, directories replaced by their readable files (recursive, sorted), in order.

    A missing path, a broken symbolic link or a symbolic link loop yields its InputError in place.
    Directories reached through symbolic links are read once; names starting with "." are skipped.
    """
    for p in paths:
        if p == "-":
            yield p
            continue
        try:
            mode = os.stat(p).st_mode
        except OSError as error:
            yield _path_error(p, error)
            continue
        if stat.S_ISDIR(mode):
            yield from (item for _, item in sorted(_walk(p), key=lambda pair: Path(pair[0])))
        else:
            yield p


def _path_error(path: str, error: OSError) -> InputError:
    if error.errno == errno.ELOOP:
        return InputError("symbolic link loop (the link leads back to itself)", source=path)
    if error.errno == errno.ENOENT:
        if os.path.islink(path):
            return InputError(f"broken symbolic link (to {os.readlink(path)!r}, which does not exist)",
                              source=path)
        return InputError("no such file or directory", source=path)
    return InputError(f"cannot read: {error.strerror}", source=path)


def _walk(root: str) -> Iterator[tuple[str, str | InputError]]:
    """(path, file or error) under ``root``, following directory links once and reporting loops."""
    top = os.stat(root)
    seen = {(top.st_dev, top.st_ino)}
    stack = [(root, frozenset(seen))]
    while stack:
        folder, ancestors = stack.pop()
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as error:
            yield folder, _path_error(folder, error)
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            known = Path(entry.name).suffix.lower() in EXTENSIONS
            try:
                st = os.stat(entry.path)
            except OSError as error:
                if known or error.errno == errno.ELOOP:
                    yield entry.path, _path_error(entry.path, error)
                continue
            key = (st.st_dev, st.st_ino)
            if stat.S_ISDIR(st.st_mode):
                if key in ancestors:
                    where = os.path.realpath(entry.path)
                    yield entry.path, InputError(f"symbolic link loop (leads back to {where})", source=entry.path)
                elif key not in seen:
                    seen.add(key)
                    stack.append((entry.path, ancestors | {key}))
            elif stat.S_ISREG(st.st_mode) and known:
                yield entry.path, entry.path


def read_file(path: str, max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of a file (``-``: stdin), its size checked before reading: a bigger one is refused whole."""
    source = "<stdin>" if path == "-" else path
    if path == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
    else:
        with open(path, "rb") as f:
            size = os.fstat(f.fileno()).st_size
            if size > max_bytes:
                raise _too_large(f"{size / 1e6:.1f} MB", max_bytes, source)
            data = f.read(max_bytes + 1)  # it may be a pipe, or have grown since
    if len(data) > max_bytes:
        raise _too_large(f"more than {max_bytes / 1e6:.1f} MB", max_bytes, source)
    return data


def _too_large(size: str, max_bytes: int, source: str) -> TooLargeError:
    return TooLargeError(f"file is {size}, over the limit of {max_bytes / 1e6:.1f} MB (--max-bytes)",
                         source=source)


def read_paths(paths: list[str], input_format: str = "auto", *, max_bytes: int = MAX_BYTES,
               **kw) -> Iterator[Article | InputError]:
    """Every article in these files, directories (recursive) or ``-`` (stdin), in order.

    A bad path, file or record yields its InputError in place, with the id the file's article would have
    had (its name's stem) when the error is about the whole file; the caller raises or records it.
    """
    for p in expand(paths):
        if isinstance(p, InputError):
            yield _with_id(p, p.source)
            continue
        source = "<stdin>" if p == "-" else p
        if p != "-" and (input_format == "jsonl" or (input_format == "auto" and EXTENSIONS.get(
                Path(p).suffix.lower()) == "jsonl")) and _streamable(p):
            yield from stream_jsonl(p, max_bytes, kw.get("encoding"))
            continue
        try:
            data = read_file(p, max_bytes)
        except OSError as error:
            yield _with_id(_path_error(p, error), p)
            continue
        except InputError as error:
            yield _with_id(error, p)
            continue
        try:
            yield from read_bytes(data, source, input_format, max_bytes=max_bytes, **kw)
        except InputError as error:
            yield _with_id(error, p)


def _streamable(path: str) -> bool:
    """Whether a JSONL file can be read line by line: not UTF-16/32 (decoded whole), and readable."""
    try:
        with open(path, "rb") as f:
            head = f.read(4)
    except OSError:
        return False
    return not any(head.startswith(bom) for bom, name in BOMS if name != "utf-8")


def stream_jsonl(path: str, max_bytes: int = MAX_BYTES, encoding: str | None = None
                 ) -> Iterator[Article | InputError]:
    """The records of a JSONL file of any size, read line by line: the size limit (``--max-bytes``) applies to
    each record, so memory stays flat; a record over it, or that cannot be decoded, yields its error in place
    (a binary file stops at its first line)."""
    with open(path, "rb") as f:
        for number, raw in enumerate(f, start=1):
            if number == 1:
                raw = raw.removeprefix(b"\xef\xbb\xbf")
            if not raw.strip():
                continue
            if len(raw) > max_bytes:
                found = _RAW_ID.search(raw[:200].decode("utf-8", "replace"))
                yield TooLargeError(f"record is {len(raw):,} bytes, over the limit of {max_bytes:,} (--max-bytes)",
                                    source=path, line=number,
                                    id=(found.group(1) or found.group(2)) if found else None)
                continue
            try:
                text = decode(raw, path, encoding).text
            except InputError as error:
                error.line = number
                yield _with_id(error, path) if number == 1 else error
                if isinstance(error, BinaryInputError):
                    return
                continue
            yield from read_jsonl(text.removesuffix("\n"), path, first_line=number)


def _with_id(error: InputError, path: str | None) -> InputError:
    """The error of a whole file, with the id its article would have had (``stdin`` for ``-``)."""
    if error.id is None and error.line is None and path:
        error.id = "stdin" if path == "-" else Path(path).stem
    return error


_ENTRY = re.compile(rb"<(?:item|entry)[\s>]")


def count_articles(paths: list[str], input_format: str = "auto", *, max_bytes: int | None = None) -> int | None:
    """About how many articles (and bad inputs) these paths hold, for a progress bar: one per file, one per
    non-blank JSONL line, one per feed entry; None when one is stdin (it cannot be read twice)."""
    n = 0
    for p in expand(paths):
        if p == "-":
            return None
        fmt = input_format if input_format != "auto" else None
        if isinstance(p, InputError):
            n += 1
            continue
        fmt = fmt or EXTENSIONS.get(Path(p).suffix.lower())
        if fmt in (None, "jsonl", "feed"):
            n += _count_in_file(p, fmt, max_bytes or MAX_BYTES)
        else:
            n += 1
    return n


def _count_in_file(path: str, fmt: str | None, max_bytes: int) -> int:
    if fmt == "jsonl" and _streamable(path):  # any size: read line by line
        with open(path, "rb") as f:
            return sum(1 for line in f if line.strip()) or 1
    try:
        if os.path.getsize(path) > max_bytes:
            return 1
        data = Path(path).read_bytes()
    except OSError:
        return 1
    fmt = fmt or sniff(data[:2048], path)
    if fmt == "jsonl":
        return sum(1 for line in data.split(b"\n") if line.strip()) or 1
    if fmt == "feed":
        return len(_ENTRY.findall(data)) or 1
    return 1
