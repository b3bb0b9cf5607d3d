"""``newscoder_paragraphs``: a blank line ends a sentence, whatever the parser thinks.

spaCy's small parser often runs a headline into the first paragraph ("... in northern Syria\\n\\nTurkish
and American negotiators resumed talks ..."), and events then take the headline's words as actors or
recipients of the first sentence. This component runs before the parser and marks the first token after
every blank line (or line break into an indented line, after a line that ends a sentence: wire copy's paragraphs)
as a sentence start; the parser keeps boundaries that are already set. A line in capitals
(a wire headline) and each table row are sentences of their own too (``layout.mark_units``). A wire dateline
("WASHINGTON, March 31 (Xinhua) -", "April 1 (Bloomberg) -", "PARIS -") ends where its dash does, and one on a
line of its own ("MATUZICI, Bosnia 1996-08-25") at its line break: the parser otherwise makes the place, the date and
the agency part of the first sentence's subject. So does a headline: a first line
not ended by a full stop ends its sentence at its line break.
"""

from __future__ import annotations

import re

import numpy as np
from spacy.attrs import IS_SPACE
from spacy.language import Language
from spacy.tokens import Doc

from ..knowledge.countries import DATELINE_END, DATELINE_LINE, INLINE_DATELINE
from .layout import STORY_STARTS_KEY, headline_end, mark_units

#: Initials and titles written with a full stop ("U.S.", "N.Z.", "Gen.", "Mr."): no sentence ends there when a
#: paragraph opens with one.
_ABBREVIATION = re.compile(r"^(?:(?:[A-Z]\.){2,}|(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Prof|Capt|Cmdr)\.)$")
#: A line break and an indented line: a wire copy's new paragraph ("... relationship with the U.S.\n    Mulroney
#: and President Reagan endorsed ..."), where the line before ends a sentence (``ENDS``).
_INDENTED = re.compile(r"\n[ \t]{3,}$")
ENDS = frozenset('.?!"\u201d\'')
#: How far into a text, in tokens, headlines and datelines are looked for (a standfirst may come first).
HEAD_TOKENS = 600


@Language.component("newscoder_paragraphs", assigns=["token.is_sent_start"])
def mark_paragraphs(doc: Doc) -> Doc:
    for i in np.flatnonzero(doc.to_array(IS_SPACE)[:-1]).tolist():  # the space tokens, but the last
        if doc[i].text.count("\n") >= 2 or _INDENTED.search(doc[i].text) and i > 0 and doc[i - 1].text[-1:] in ENDS:
            doc[i + 1].is_sent_start = True
            _keep_name_whole(doc, i + 1)
    head = doc[:HEAD_TOKENS].text  # Doc.text would join every token of a long text
    found = [(m.start() + len(m.group()) - len(m.group().lstrip()), m.end()) for m in DATELINE_END.finditer(head)]
    found += [(m.start(), m.end()) for m in INLINE_DATELINE.finditer(head)]
    lines = [(m.start() + len(m.group()) - len(m.group().lstrip()), m.end()) for m in DATELINE_LINE.finditer(head)]
    doc.user_data[STORY_STARTS_KEY] = [end for _, end in lines]  # (the layout step reads the story's first word)
    found += lines
    wanted = {pos for pair in found for pos in pair}
    line_end = headline_end(head if len(doc) <= HEAD_TOKENS else head + " more")
    last, headline_done = max(wanted, default=0), line_end is None
    for token in doc:  # a headline ends at its line break or before a dateline; a story starts after it
        if token.idx > last and headline_done:
            break
        if token.i > 0 and token.idx in wanted:
            token.is_sent_start = True
        if not headline_done and token.idx >= line_end and not token.is_space:
            if token.i > 0:
                token.is_sent_start = True
                _keep_name_whole(doc, token.i)
            headline_done = True
    mark_units(doc)
    return doc


def _keep_name_whole(doc: Doc, start: int) -> None:
    """A sentence set to start at a name's first word goes on through the name: given the start, the parser
    sometimes made that word a sentence of its own ("Michael | Howard is to make ..."), and the model's entities
    stop at a sentence's end, so the name was lost."""
    if start + 1 < len(doc) and _ABBREVIATION.match(doc[start].text) and doc[start + 1].is_sent_start is None and (
            doc[start + 1].text[:1].isalnum()):
        doc[start + 1].is_sent_start = False  # "U.S. Legislators called on Japan", "Gen. Smith said": an abbreviation
        # opening a paragraph is no sentence of its own (the parser made "U.S." one)
    for i in range(start + 1, min(start + 3, len(doc))):
        if doc[i - 1].tag_ == "NNP" and doc[i].tag_ == "NNP" and doc[i].is_sent_start is None:
            doc[i].is_sent_start = False
        else:
            break
