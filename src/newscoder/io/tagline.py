"""Fill an article file's tags in place: atomic, idempotent, every other byte unchanged.

Only two formats can hold tags safely: plain text (a last ``Tags: a; b`` line) and HTML (the content of
``<meta name="news_keywords">`` in its head, the news industry's tag for an article's keywords; every other
byte of the page stays as it was). Other files (JSONL, feeds) are refused before anything is written,
and so are read-only files. A symbolic link is followed: its target is rewritten, the link stays a link.
"""

from __future__ import annotations

import html
import os
import re
import stat
from pathlib import Path

from ..errors import OutputError
from .readers import decode, sniff, split_tags_line
from .writers import atomic_open

#: Formats whose files ``write_tags`` can change, and how.
WRITABLE = {"text": "a last 'Tags:' line", "html": 'the <meta name="news_keywords"> tag in its head'}
_HEAD_END = re.compile(r"</head\s*>|<body[\s>]", re.I)
_HEAD_START = re.compile(r"<head(?:\s[^>]*)?>", re.I)
_META = re.compile(r"<meta\s[^>]*>", re.I)
_NAME_KEYWORDS = re.compile(r"""\bname\s*=\s*(["']?)news_keywords\1(?=[\s/>])""", re.I)
_CONTENT = re.compile(r"""(\bcontent\s*=\s*)("[^"]*"|'[^']*'|[^\s>]+)""", re.I)
_COMMENT = re.compile(r"<!--.*?-->", re.S)


def format_tags(tags: list[str]) -> str:
    return "Tags: " + "; ".join(tags)


def fill(text: str, tags: list[str]) -> str:
    """The text with its trailing Tags line set to ``tags`` (a line is appended if there is none)."""
    _, _, span = split_tags_line(text)
    line = format_tags(tags)
    if span is not None:
        return text[: span[0]] + line + text[span[1]:]
    newline = "\r\n" if "\r\n" in text else "\n"
    if not text:
        return line + newline
    sep = "" if text.endswith(("\n", "\r")) else newline
    return text + sep + newline + line + newline


def fill_html(page: str, tags: list[str], source: str = "") -> str:
    """The page with ``<meta name="news_keywords" content="a, b">`` in its head set to ``tags`` (added after
    ``<head>`` when missing); nothing else in the page changes."""
    content = html.escape(", ".join(tags), quote=True)
    head_end = _HEAD_END.search(_blank_comments(page))
    if head_end is None:
        raise OutputError("this HTML page has no <head> end to hold a news_keywords meta tag", source=source)
    blanked = _blank_comments(page[: head_end.start()])
    for meta in _META.finditer(blanked):
        if _NAME_KEYWORDS.search(meta.group()):
            tag = page[meta.start(): meta.end()]
            found = _CONTENT.search(tag)
            new = (tag[: found.start(2)] + f'"{content}"' + tag[found.end(2):] if found
                   else tag[:-1].rstrip("/ ") + f' content="{content}">')
            return page[: meta.start()] + new + page[meta.end():]
    start = _HEAD_START.search(blanked)
    at = start.end() if start else head_end.start()
    newline = "\r\n" if "\r\n" in page else "\n"
    return page[:at] + f'{newline}<meta name="news_keywords" content="{content}">' + page[at:]


def _blank_comments(text: str) -> str:
    """The text with each HTML comment replaced by spaces of the same length (offsets stay valid)."""
    return _COMMENT.sub(lambda m: " " * len(m.group()), text)


def target(path: str | Path) -> tuple[Path, str]:
    """(the real file to rewrite, its format) or an OutputError saying why this file cannot take tags."""
    source = str(path)
    real = Path(os.path.realpath(path))
    try:
        st = real.stat()
    except OSError as error:
        raise OutputError(f"cannot write: {error.strerror}", source=source) from None
    if not stat.S_ISREG(st.st_mode):
        raise OutputError("not a regular file; tags are written only into files", source=source)
    if not st.st_mode & 0o222:
        raise OutputError("the file is read-only; its tags were not written", source=source)
    if not os.access(real.parent, os.W_OK):
        raise OutputError(f"cannot write in its folder {real.parent}", source=source)
    with real.open("rb") as f:
        head = f.read(4096)
    fmt = sniff(head, real.name)
    if fmt not in WRITABLE:
        raise OutputError(f"cannot write tags into a {fmt.upper()} file: only text (a Tags line) and HTML "
                          "(a news_keywords meta tag); nothing was written", source=source)
    return real, fmt


def write_tags(path: str | Path, tags: list[str], encoding: str | None = None) -> bool:
    """Rewrite ``path`` (through a symbolic link, its target) with its tags set. Returns False when the file
    already had these tags. Raises OutputError for a file it must not write (see ``target``)."""
    real, fmt = target(path)
    data = real.read_bytes()
    decoded = decode(data, str(path), encoding)
    new = fill_html(decoded.text, tags, str(path)) if fmt == "html" else fill(decoded.text, tags)
    if new == decoded.text:
        return False
    st = real.stat()
    try:
        with atomic_open(real, "wb", file_mode=st.st_mode & 0o7777) as f:
            f.write(decoded.encode(new))
    except OSError as error:
        raise OutputError(f"cannot write: {error.strerror}", source=str(path)) from None
    if os.geteuid() == 0 and (st.st_uid, st.st_gid) != (os.getuid(), os.getgid()):
        os.chown(real, st.st_uid, st.st_gid)  # root keeps the owner a user's file had
    return True
