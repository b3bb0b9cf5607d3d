"""The attributes newscoder's components set on ``doc._``, registered in one place.

=================  =========================================================
``doc._.nc_entities``    list[Entity], one per mention, with canonical name and salience
``doc._.nc_actors``      dict canonical -> {label, salience, count, first, kind, code, country, sector,
                         aliases, short, in_title}, ordered by salience (see entities.py)
``doc._.nc_keyphrases``  list[Keyphrase], ranked
``doc._.nc_topics``      list[Topic], ranked
``doc._.nc_tags``        list[str], ranked
``doc._.nc_places``      list[dict] (see places.py), ``doc._.nc_focus`` list[dict]
``doc._.nc_events``      list[dict] (see events.py)
``doc._.nc_dates``       list[dict], ``doc._.nc_quantities`` list[dict] (see timex.py)
=================  =========================================================

Inputs a component may read from ``doc.user_data``: ``TITLE`` (str | None), ``DATE``
(datetime.date | None, the publication date), ``OPTIONS`` (Options | None).
"""

from __future__ import annotations

from spacy.tokens import Doc

TITLE = "newscoder.title"
DATE = "newscoder.date"
OPTIONS = "newscoder.options"

NAMES = (
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
    for name in NAMES:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def options_of(doc):
    """The Options this doc is analyzed with (defaults when a user runs our component alone)."""
    from .options import Options

    return doc.user_data.get(OPTIONS) or Options()


register()
