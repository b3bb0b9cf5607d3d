"""The attributes newscoder's components read and set on ``doc._``, registered in one place.

Inputs, set on the Doc before the pipeline runs (``pipeline.make_doc`` does it; both may stay None):

=====================  ==============================================================================
``doc._.nc_title``     str | None, the article's title (weighs names and phrases it repeats)
``doc._.nc_date``      datetime.date | None, the publication date ("on Monday" is resolved against it)
=====================  ==============================================================================

Results, one or two per step (records from ``models.py``; who writes which is declared in ``steps``):

=====================  ==============================================================================
``doc._.nc_entities``  list[Entity], one per named mention, by start
``doc._.nc_actors``    dict canonical name -> Actor, most salient first
``doc._.nc_keyphrases`` list[Keyphrase], ranked
``doc._.nc_topics``    list[Topic], ranked
``doc._.nc_tags``      list[str], ranked
``doc._.nc_places``    list[PlaceMention]; ``doc._.nc_focus`` list[Focus]
``doc._.nc_events``    list[Event]
``doc._.nc_dates``     list[DateMention]; ``doc._.nc_quantities`` list[Quantity]
=====================  ==============================================================================

On tokens, ``token._.nc_cased`` (str | None) is the mixed-case form the layout step gave a word of a line
in capitals ("TEXACO" -> "Texaco"); None elsewhere (``layout.cased(token)`` reads it).

A result is None until its step has run, so a step finds out that a step it needs is missing
(``require``) instead of silently reading nothing.
"""

from __future__ import annotations

from .spacy_load import import_spacy

import_spacy()  # the first import of spaCy in newscoder's path: without spaCy's command-line app

from spacy.tokens import Doc, Token  # noqa: E402

from .errors import PipelineError  # noqa: E402

INPUTS = ("nc_title", "nc_date")
RESULTS = (
    "nc_entities",
    "nc_actors",
    "nc_keyphrases",
    "nc_topics",
    "nc_tags",
    "nc_places",
    "nc_focus",
    "nc_events",
    "nc_dates",
    "nc_quantities",
)


def register() -> None:
    for name in INPUTS + RESULTS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    if not Token.has_extension("nc_cased"):
        Token.set_extension("nc_cased", default=None)


TEXT_KEY = "newscoder.text"


def doc_text(doc: Doc) -> str:
    """The doc's text, built once and kept in ``doc.user_data`` (``Doc.text`` joins every token at each access,
    a few milliseconds an article; steps read it about eight times)."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


def text_length(doc: Doc) -> int:
    """``len(doc.text)`` without building the text."""
    return doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0


def require(doc: Doc, step: str, *names: str) -> None:
    """Raise a PipelineError naming the missing step when a result ``step`` reads is not on the doc."""
    from .steps import STEPS

    for name in names:
        if getattr(doc._, name) is None:
            makers = [s.factory for s in STEPS if f"doc._.{name}" in s.assigns]
            raise PipelineError(
                f"newscoder_{step} reads doc._.{name}: add {' or '.join(makers)} before it in the pipeline"
                " (nlp.analyze_pipes() lists what each component requires)")


register()
