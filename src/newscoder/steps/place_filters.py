"""Names that look like places but are not, here (used by ``places`` before resolution).

Each rule is a kind of mistake, not a name:

- **abbreviations**: a short all-caps word ("EU", "UN", "NATO") is a place only as a country's or a
  state's abbreviation ("US", "UK", "UAE"); towns spelled that way ("Eu" in France) are dropped;
- **names with "the"** that only towns bear ("the Republic", "the Duma", "the Congress"): news says
  "the" before a country, a region, a river or a sea, not before a town;
- **ships** ("the battleship Missouri", "USS Arizona") and **people** ("Mr. Jordan", "Sen. Paris");
- **holidays** ("St. Patrick's Day", "Columbus Day"), **works** ("the film Casablanca"), **celestial
  bodies** ("life on Earth"), **parliaments** ("send to Congress"), and lower-case words the model took
  for names ("bush planes");
- **products named after places**: a vehicle model after its make ("a Jeep Cherokee", "Dodge Durango") and a
  crude oil grade ("Dubai crude", "Brent blend", "West Texas Intermediate"): a town or region followed by a
  grade word; a country or a state so followed stays a place ("Iraq crude exports" are Iraq's);
- **all-caps headlines**: a word of an all-caps line ("CHINA BANS ...") is a place only when it names a
  country, a state or a big city, or when the article names it as a place elsewhere in mixed case.
"""

from __future__ import annotations

import re

from ..knowledge.gazetteer import Place
from .toponyms import text_of

__all__ = ["acronym_candidates", "not_a_place"]

SHIP_WORDS = frozenset(
    """ship ships vessel vessels battleship carrier frigate destroyer submarine cruiser tanker
    ferry liner yacht boat freighter warship uss hms hmas hmcs ins mv ss rv""".split()
)
PERSON_TITLES = frozenset(
    """mr mrs ms miss dr sen senator rep gov governor president judge justice coach sir lord lady
    mayor general gen col capt prof professor rev father sister brother""".split()
)
WORK_WORDS = frozenset("film movie book novel song album documentary opera".split())
#: Names of towns somewhere that news uses for other things: celestial bodies ("life on Earth") and
#: parliaments ("send to Congress", "the Duma").
NOT_PLACES = frozenset({
    "earth", "moon", "mars", "venus", "mercury", "jupiter", "saturn",
    "congress", "parliament", "senate", "duma", "state duma", "knesset", "bundestag", "majlis", "sejm",
    "riksdag", "storting", "folketing", "oireachtas", "dail",
})
#: Makes of cars and trucks: the name after one is a model ("Chevrolet Cavalier", "Dodge Dakota", "GMC Yukon").
VEHICLE_MAKES = frozenset(
    """acura audi bmw buick cadillac chevrolet chevy chrysler dodge fiat ford gmc honda hummer hyundai infiniti
    isuzu jaguar jeep kia lexus lincoln mazda mercedes mercury mitsubishi nissan oldsmobile plymouth pontiac
    porsche ram saab saturn subaru suzuki toyota volkswagen vw volvo""".split()
)
#: Words after a place's name that make it a grade of crude oil ("Dubai crude", "Urals blend", "Bonny Light").
GRADE_WORDS = frozenset({"crude", "crudes", "blend", "grade", "grades", "intermediate", "sour"})
GRADE_NAMES = frozenset({"Light", "Heavy", "Blend", "Medium"})  # capitalised: part of the grade's name
#: Features a grade can be named after and still be a place (a country's or a state's crude is its own).
GRADE_KEEPS = frozenset({"country", "admin"})
#: Features that a short all-caps word can be (the abbreviation of a country or state).
ACRONYM_FEATURES = frozenset({"country", "admin"})
#: A big city can stand in an all-caps headline on its own.
HEADLINE_MIN_POPULATION = 100_000
_HOLIDAY = re.compile(r"(?:'s|’s)? Day\b")
_CAPS_LINE = re.compile(r"^[^a-z\n]*[A-Z]{2}[^a-z\n]*$", re.M)


def _is_acronym(text: str) -> bool:
    """"EU", "NATO" (not "L.A." or "N.Y.", which are written so on purpose)."""
    return text.isalpha() and text.isupper() and len(text) <= 4


def acronym_candidates(m, found: list[Place]) -> list[Place]:
    """Candidates of a short all-caps name: only countries and states ("US", "UAE", "NY"), not the
    towns that an ASCII key matches ("EU" is not Eu, France); a dateline is a town ("BONN, April 3 -")."""
    if not _is_acronym(m.text) or m.dateline:
        return found
    return [p for p in found if p.feature in ACRONYM_FEATURES]


def _words_before(doc, m, n: int = 2) -> list[str]:
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    i = span.start if span is not None else 0
    return [t.lower_.strip(".") for t in doc[max(0, i - n):i]]


def _after_the_only_towns(doc, m) -> bool:
    """"the Republic", "the Duma": "the" right before a name that heads its phrase (not "the Gainesville
    sewer system") and whose main candidates are all towns."""
    before = text_of(doc)[max(0, m.start - 4):m.start]
    words = m.text.split()
    if words and words[0].lower() == "the":  # "the Union" kept whole
        before, words = "the ", words[1:]
    if before.lower() != "the " or len(words) != 1:
        return False
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or (span.end < len(doc) and doc[span.end].pos_ in ("NOUN", "PROPN", "ADJ", "NUM")):
        return False
    main = [p for p in m.candidates[:10] if p.main]
    return bool(main) and all(p.feature == "city" for p in main)


def _in_caps_line(doc, m, elsewhere: set[str]) -> bool:
    """In an all-caps line and no more than a small town there: a headline word, not a place."""
    text = text_of(doc)
    line_start = text.rfind("\n", 0, m.start) + 1
    line_end = text.find("\n", m.end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    if not _CAPS_LINE.match(line) or len(line.split()) < 3:
        return False
    if m.text.lower() in elsewhere:
        return False
    best = m.candidates[0] if m.candidates else None
    return best is None or not (best.feature in ("country", "admin", "continent")
                                or best.population >= HEADLINE_MIN_POPULATION)


def _product(doc, m, before: list[str]) -> bool:
    """A vehicle model after its make, or a crude oil grade named after a town or region (module docstring)."""
    if before and before[-1] in VEHICLE_MAKES and (len(before) < 2 or before[-2] not in ("in", "at", "of")):
        return True
    following = text_of(doc)[m.end:m.end + 16].split()
    if not following:
        return False
    word = following[0].strip(".,;:")
    if word.lower() == "intermediate" or word in GRADE_NAMES:
        return True
    best = m.candidates[0] if m.candidates else None
    return word.lower() in GRADE_WORDS and (best is None or best.feature not in GRADE_KEEPS)


def mixed_case_names(doc, mentions) -> set[str]:
    """Names (lower case) of the mentions written in mixed case somewhere in the article."""
    return {m.text.lower() for m in mentions if not m.text.isupper()}


def not_a_place(doc, m, elsewhere: set[str]) -> bool:
    """Whether a mention is no place here (see the module docstring); DATELINE mentions are places."""
    if m.label == "DATELINE" or m.dateline:
        return False
    if not any(w[:1].isupper() for w in m.text.split()) or m.text.lower() in NOT_PLACES:
        return True
    if _HOLIDAY.match(text_of(doc), m.end):  # "St. Patrick's Day", "Columbus Day"
        return True
    before = _words_before(doc, m)
    if before and (before[-1] in SHIP_WORDS or before[-1] in PERSON_TITLES or before[-1] in WORK_WORDS):
        return True
    if len(before) == 2 and before[-1] == "the" and (before[0] in SHIP_WORDS or before[0] in WORK_WORDS):
        return True
    if _product(doc, m, before):
        return True
    if _is_acronym(m.text) and not m.candidates:
        return True
    return _after_the_only_towns(doc, m) or _in_caps_line(doc, m, elsewhere)
