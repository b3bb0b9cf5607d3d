"""``newscoder_paragraphs``: a blank line ends a sentence, whatever the parser thinks.

spaCy's small parser often runs a headline into the first paragraph ("... in northern Syria\\n\\nTurkish
and American negotiators resumed talks ..."), and events then take the headline's words as actors or
recipients of the first sentence. This component runs before the parser and marks the first token after
every blank line as a sentence start; the parser keeps boundaries that are already set. A line in capitals
(a wire headline) and each table row are sentences of their own too (``layout.mark_units``). A wire dateline
("WASHINGTON, March 31 (Xinhua) -", "April 1 (Bloomberg) -", "PARIS -") ends where its dash does: the parser
otherwise makes the date and the agency part of the first sentence's subject. So does a headline: a first line
not ended by a full stop ends its sentence at its line break.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from .layout import mark_units

#: A dateline at the start of a line (or after an editor's note in brackets there): a place in capitals (with a
#: region and a date), or a date alone, then an optional agency in brackets, then a dash and a space.
DATELINE = re.compile(
    r"^[ \t]*(?:\([^()\n]{1,200}\)[ \t]*)?"
    r"(?:[A-Z][A-Z.'\-]{2,}(?: [A-Z][A-Z.'\-]+){0,3}(?:, [A-Z][A-Za-z. ]{1,20}?)?(?:, [A-Z][a-z]{2,8}\.? \d{1,2})?"
    r"|[A-Z][a-z]{2,8}\.? \d{1,2})[ \t]*(?:\([A-Z][A-Za-z .&]{1,30}\)[ \t]*)?(?:--?|\u2014|\u2013)[ \t]+(?=\S)",
    re.M,
)
#: News agencies as datelines name them.
AGENCIES = ("Reuters", "AP", "AFP", "Xinhua", "Bloomberg", "UPI", "dpa", "DPA", "ANSA", "Kyodo", "IANS", "PTI",
            "Interfax", "TASS", "Yonhap", "ANTARA News", "Antara", "Bernama", "EFE", "CNN", "BBC", "IRNA", "Anadolu",
            "APA", "WAM")
#: A dateline after a headline on the same line ("... exercise restraint WASHINGTON, March 31 (Xinhua) - A US
#: diplomat"): only with a date or an agency, so that a name in capitals inside a sentence is not one.
INLINE_DATELINE = re.compile(
    r"(?<=[a-z0-9)\]\"'\u2019\u201d] )[A-Z][A-Z.'\-]{2,}(?: [A-Z][A-Z.'\-]+){0,3}(?:, [A-Z][A-Za-z. ]{1,20}?)?"
    r"(?:, [A-Z][a-z]{2,8}\.? \d{1,2}[ \t]*(?:\([A-Z][A-Za-z .&]{1,30}\))?|[ \t]*\((?:" + "|".join(AGENCIES) + r")\))"
    r"[ \t]*(?:--?|\u2014|\u2013)[ \t]+(?=\S)"
)
#: How far into a text, in tokens, headlines and datelines are looked for (a standfirst may come first).
HEAD_TOKENS = 600


def _headline_end(text: str) -> int | None:
    """Where the first line ends when it is a headline: short, ended by a line break and not by a full stop,
    with text after it."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    if end < 0 or end - start > HEADLINE_CHARS or not text[end:].strip():
        return None
    return None if text[start:end].rstrip().endswith((".", "!", "?", ":", ";", ",")) else end


#: The longest first line read as a headline.
HEADLINE_CHARS = 300


@Language.component("newscoder_paragraphs", assigns=["token.is_sent_start"])
def mark_paragraphs(doc: Doc) -> Doc:
    for token in doc[:-1]:
        if token.is_space and token.text.count("\n") >= 2:
            doc[token.i + 1].is_sent_start = True
    head = doc[:HEAD_TOKENS].text  # Doc.text would join every token of a long text
    found = [(m.start() + len(m.group()) - len(m.group().lstrip()), m.end()) for m in DATELINE.finditer(head)]
    found += [(m.start(), m.end()) for m in INLINE_DATELINE.finditer(head)]
    wanted = {pos for pair in found for pos in pair}
    headline_end = _headline_end(head if len(doc) <= HEAD_TOKENS else head + " more")
    last, headline_done = max(wanted, default=0), headline_end is None
    for token in doc:  # a headline ends at its line break or before a dateline; a story starts after it
        if token.idx > last and headline_done:
            break
        if token.i > 0 and token.idx in wanted:
            token.is_sent_start = True
        if not headline_done and token.idx >= headline_end and not token.is_space:
            if token.i > 0:
                token.is_sent_start = True
            headline_done = True
    mark_units(doc)
    return doc
