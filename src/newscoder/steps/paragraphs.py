"""``newscoder_paragraphs``: a blank line ends a sentence, whatever the parser thinks.

spaCy's small parser often runs a headline into the first paragraph ("... in northern Syria\\n\\nTurkish
and American negotiators resumed talks ..."), and events then take the headline's words as actors or
recipients of the first sentence. This component runs before the parser and marks the first token after
every blank line as a sentence start; the parser keeps boundaries that are already set. A line in capitals
(a wire headline) and each table row are sentences of their own too (``layout.mark_units``).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .layout import mark_units


@Language.component("newscoder_paragraphs", assigns=["token.is_sent_start"])
def mark_paragraphs(doc: Doc) -> Doc:
    for token in doc[:-1]:
        if token.is_space and token.text.count("\n") >= 2:
            doc[token.i + 1].is_sent_start = True
    mark_units(doc)
    return doc
