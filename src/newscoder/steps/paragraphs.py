"""``newscoder_paragraphs``: a blank line ends a sentence, whatever the parser thinks.

spaCy's small parser often runs a headline into the first paragraph ("... in northern Syria\\n\\nTurkish
and American negotiators resumed talks ..."), and events then take the headline's words as actors or
recipients of the first sentence. This component runs before the parser and marks the first token after
every blank line as a sentence start; the parser keeps boundaries that are already set. A line in capitals
(a wire headline) and each table row are sentences of their own too (``layout.mark_units``). A wire dateline
("WASHINGTON, March 31 (Xinhua) -", "April 1 (Bloomberg) -", "PARIS -") ends where its dash does: the parser
otherwise makes the date and the agency part of the first sentence's subject.
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
#: How far into a text datelines are looked for (a headline and a standfirst may come first).
DATELINE_WITHIN = 3000


@Language.component("newscoder_paragraphs", assigns=["token.is_sent_start"])
def mark_paragraphs(doc: Doc) -> Doc:
    for token in doc[:-1]:
        if token.is_space and token.text.count("\n") >= 2:
            doc[token.i + 1].is_sent_start = True
    starts = {t.idx: t for t in doc[:DATELINE_WITHIN]}
    for m in DATELINE.finditer(doc.text[:DATELINE_WITHIN]):
        line = len(m.group()) - len(m.group().lstrip())  # the dateline's first character: a headline ends before it
        for token in (starts.get(m.start() + line), starts.get(m.end())):
            if token is not None and token.i > 0:
                token.is_sent_start = True
    mark_units(doc)
    return doc
