"""HTML character references left in plain text ("AT&amp;T", "&quot;Super&quot;", "Trump&#39;s", "&nbsp;").

Copied web text and feeds often carry them into a plain-text or JSONL input. Left as they are, spaCy splits
them into junk tokens ("&", "amp", ";" or "quot;bad&quot") that reach entities, keyphrases and tags. The
pipeline analyses the text with its references decoded (``decode``) and maps every offset of the output back
into the input text (``OffsetMap``), so the output contract holds unchanged: ``start``/``end`` index the
article's text as given and ``text[start:end]`` is the mention (as written, "AT&amp;T"); the strings the
analysis makes itself (keyphrases, tags, canonical names, the title) read decoded ("AT&T").

The same holds for one typographic mark the parser misreads: a plural's possessive written "s’ " is read
"s' " ("Clovis’ attorney": a possessive, not a closing quote). A text with neither is not touched (no map,
no copy).
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right

#: A named or numeric character reference with its closing semicolon (HTML5 also reads some without one;
#: in plain text "R&D" or "Q&A" are words, so the semicolon is required).
_REF = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
#: Spaces of web pages that spaCy would keep as tokens of their own: the analysed text has a plain space.
_SPACES = {"\xa0": " ", "\u2009": " ", "\u202f": " ", "\u2002": " ", "\u2003": " "}


class OffsetMap:
    """Offsets of the decoded text -> offsets of the input text. ``refs`` lists each decoded reference as
    (start in the decoded text, its decoded length, start in the input, its length in the input)."""

    __slots__ = ("refs", "original", "_starts")

    def __init__(self, refs: tuple[tuple[int, int, int, int], ...], original: str) -> None:
        self.refs = refs
        self.original = original
        self._starts = [r[0] for r in refs]

    def start(self, pos: int) -> int:
        """The input offset where the decoded character at ``pos`` begins."""
        return self._map(pos, end=False)

    def end(self, pos: int) -> int:
        """The input offset just after the decoded character at ``pos - 1`` (an exclusive end)."""
        return self._map(pos, end=True)

    def _map(self, pos: int, end: bool) -> int:
        k = bisect_right(self._starts, pos) - 1
        if k < 0:
            return pos
        d_start, d_len, o_start, o_len = self.refs[k]
        if pos == d_start:
            return o_start
        if pos < d_start + d_len:  # inside a reference: a start takes all of it, so does an end
            return o_start + o_len if end else o_start
        return pos - (d_start + d_len) + o_start + o_len

    def span(self, start: int, end: int) -> tuple[int, int]:
        return self.start(start), self.end(end)


#: A plural's possessive written with a typographic apostrophe ("the Democrats’ plan", "Clovis’ attorney"):
#: spaCy's small model tags it a possessive a quarter of the time (15 of 60 in 2017 wire copy) against every time
#: with a plain one, so the analysed text has a plain one (the same length: no offset moves).
_PLURAL_POSSESSIVE = re.compile("(?<=[A-Za-z][sSzZ])\u2019(?=\\s)")


def decode(text: str) -> tuple[str, OffsetMap | None]:
    """``text`` with its character references decoded, and the map of its offsets back into ``text``
    (None when nothing was changed: the text is returned as it is). A plural's possessive with a typographic
    apostrophe ("Clovis’ attorney") is read with a plain one."""
    decoded, offsets = _decode_refs(text)
    if "\u2019" in decoded and _PLURAL_POSSESSIVE.search(decoded):
        decoded = _PLURAL_POSSESSIVE.sub("'", decoded)
        offsets = offsets or OffsetMap((), text)  # same length: the map is the identity, but ``remap`` gives
        # the mentions' text back as the input writes it
    return decoded, offsets


def _decode_refs(text: str) -> tuple[str, OffsetMap | None]:
    if "&" not in text:
        return text, None
    parts: list[str] = []
    refs: list[tuple[int, int, int, int]] = []
    at = 0  # input offset copied up to
    length = 0  # decoded length so far
    for match in _REF.finditer(text):
        ref = match.group()
        char = html.unescape(ref)
        if char == ref:  # not a reference HTML knows ("&foo;")
            continue
        char = "".join(_SPACES.get(c, c) for c in char)
        parts.append(text[at: match.start()])
        length += match.start() - at
        refs.append((length, len(char), match.start(), len(ref)))
        parts.append(char)
        length += len(char)
        at = match.end()
    if not refs:
        return text, None
    parts.append(text[at:])
    return "".join(parts), OffsetMap(tuple(refs), text)


def decode_shown(text: str | None) -> str | None:
    """A string shown as it is (a title): its references decoded."""
    return _decode_refs(text)[0] if text else text  # (its apostrophes as written: only the parse reads them plain)


def remap(records, offsets: OffsetMap, decoded: str) -> None:
    """Move the ``start``/``end`` of each record (and of its ``evidence``) from the decoded text into the
    input text, in place; a ``text`` that was the decoded span becomes the input's span, so that
    ``text[start:end]`` is the mention as the input writes it."""
    original = offsets.original
    for record in records:
        for item in (record, *(getattr(record, "evidence", None) or ())):
            start, end = getattr(item, "start", None), getattr(item, "end", None)
            if not isinstance(start, int) or not isinstance(end, int):
                continue
            same = getattr(item, "text", None) == decoded[start:end]
            item.start, item.end = offsets.span(start, end)
            if same:
                item.text = original[item.start: item.end]
