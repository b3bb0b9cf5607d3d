"""Known names: spaCy's own ``SpanRuler``, fed from the country table and the actor table.

``newscoder_names`` (after ``newscoder_layout``) is a ``spacy.pipeline.SpanRuler`` whose phrase patterns
are every country name and alias, every demonym and every name and alias of the actor table (leaders,
ministries, armed groups, parties, IGOs, media), each with its OntoNotes label (a party's members, "Republicans",
NORP: ``member_word``), and the firms of
``knowledge.firms`` as ORG (id ``firm``). It writes its matches to
``doc.spans["nc_known"]`` (the landmarks of the place table too, as FAC) and leaves ``doc.ents`` alone: the entities
step (``ner_fixes``) decides where a
known name corrects the model's entities (a longer entity of the model wins; "Turkish Airlines" keeps its
country inside). Labels are fixed in one place, from the tables, not by string patches.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.pipeline import SpanRuler

from .. import steps
from ..knowledge import countries, firms

KNOWN = "nc_known"
FIRM = "firm"  # the id of matches from the firms table (ner_fixes adds them only where the model saw no name)


def patterns() -> dict[str, list[str]]:
    """Surface strings of known names, per OntoNotes label."""
    gpe, norp = set(), set()
    for c in countries.all_countries():
        if c.population >= 1000 or c.iso3 in ("VAT",):
            gpe.update(a for a in (c.name, *c.aliases) if len(a) > 2 and not a.islower())
            norp.update(d for d in c.demonyms if d[0].isupper() and "." not in d)
    out: dict[str, set[str]] = {"GPE": gpe, "NORP": norp, "FAC": landmarks()}
    for actor in set(countries.actor_table().values()):
        names = {n for n in (actor.canonical, *actor.aliases) if len(n) > 2 and not n.startswith("the ")}
        out.setdefault(actor.label, set()).update(n for n in names if not member_word(n))
        norp.update(n for n in names if member_word(n))  # "Republicans": the party's members, not the party
    return {label: sorted(names) for label, names in out.items()}


def landmarks() -> set[str]:
    """The names of two words or more of the landmarks of our place table ("St. Peter's Square", "Forbidden City"),
    which the model often cuts or misses: the places step finds them whole."""
    from ..knowledge.gazetteer import read_extra

    names = set()
    for row in read_extra():
        if row["feature"] == "landmark":
            names.update(n for n in (row["name"], *row["aliases"].split("|")) if " " in n or "-" in n)
    return {n for n in names if all(w[:1].isupper() or w in ("of", "the", "a") for w in n.replace("-", " ").split())}


#: Words for the members or followers of a party or faith, which name a group of people (NORP), not the party or
#: body the actor table files them under ("Republicans" under "Republican Party").
MEMBER_WORDS = frozenset("""republican republicans democrat democrats conservative conservatives liberal liberals
    socialist socialists communist communists tory tories labourite labourites dem dems""".split()) | frozenset(
    {"lib dem", "lib dems"})  # the short forms news writes ("the Lib Dems", "the Dems")


def member_word(name: str) -> bool:
    return name.lower() in MEMBER_WORDS


def known_names_ruler(nlp: Language, name: str = "newscoder_names") -> SpanRuler:
    """A SpanRuler matching the known names exactly (``ORTH``) into ``doc.spans["nc_known"]``."""
    ruler = SpanRuler(nlp, name, spans_key=KNOWN, phrase_matcher_attr="ORTH", overwrite=True)
    known = patterns()
    taken = {phrase for phrases in known.values() for phrase in phrases}
    with nlp.select_pipes(enable=[]):  # exact-text patterns need the tokenizer only (and a pipeline being
        ruler.add_patterns([{"label": label, "pattern": phrase}  # loaded from disk has no weights yet)
                            for label, phrases in known.items() for phrase in phrases]
                           + [{"label": "ORG", "pattern": phrase, "id": FIRM}
                              for phrase in firms.ruler_names() if phrase not in taken])
    return ruler


@Language.factory("newscoder_names", **steps.BY_NAME["names"].spacy_meta())
def make_names(nlp: Language, name: str) -> SpanRuler:
    return known_names_ruler(nlp, name)
