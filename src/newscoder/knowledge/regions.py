"""Regions of the world as actors: "Western countries", "European leaders", "Gulf states", "the West".

News names groups of states by their region, and event data codes them so: the CAMEO actor codebook (Schrodt
2012, "Regions", chapter 3) gives each region a three-letter code (WST the West, EUR Europe, PGS the Persian
Gulf, ...), and GDELT writes those codes in its actor country fields. The table below is written for this
project from that list; a region the codebook has no code for (the Arab world, the Baltic states) keeps its
name with no code, so it is no longer taken for the country the sentence names ("Baltic states accused
Moscow" is not Russia's).

``region(words)`` looks a phrase up by its words as written before a noun ("Latin American", "south-east
Asian") or as a name ("Europe", "the West").
"""

from __future__ import annotations

import re

#: Region -> (CAMEO code or "" where the codebook has none, canonical name, the words that name it: adjectives
#: as written before a noun and the region's own names).
_REGIONS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("WST", "the West", ("western", "west")),
    ("EUR", "Europe", ("european", "europe")),
    ("EEU", "Eastern Europe", ("eastern european", "east european", "eastern europe")),
    ("CEU", "Central Europe", ("central european", "central europe")),
    ("SCN", "Scandinavia", ("scandinavian", "nordic", "scandinavia")),
    ("BLK", "the Balkans", ("balkan", "balkans")),
    ("AFR", "Africa", ("african", "africa", "sub-saharan african", "sub-saharan africa")),
    ("NAF", "North Africa", ("north african", "north africa")),
    ("WAF", "West Africa", ("west african", "west africa")),
    ("EAF", "East Africa", ("east african", "eastern african", "east africa")),
    ("SAF", "Southern Africa", ("southern african", "southern africa")),
    ("ASA", "Asia", ("asian", "asia", "east asian", "east asia")),
    ("SEA", "Southeast Asia", ("southeast asian", "south-east asian", "south east asian", "southeast asia",
                               "south-east asia")),
    ("SAS", "South Asia", ("south asian", "south asia")),
    ("CAS", "Central Asia", ("central asian", "central asia")),
    ("MEA", "the Middle East", ("middle eastern", "mideast", "middle east")),
    ("PGS", "the Gulf states", ("gulf", "persian gulf", "gulf arab")),
    ("MDT", "the Mediterranean", ("mediterranean",)),
    ("LAM", "Latin America", ("latin american", "latin america")),
    ("SAM", "South America", ("south american", "south america")),
    ("NMR", "North America", ("north american", "north america")),
    ("CRB", "the Caribbean", ("caribbean",)),
    ("", "the Arab world", ("arab", "arab world")),
    ("", "the Baltic states", ("baltic",)),
)

_SPACES = re.compile(r"[\s]+")
_BY_WORDS: dict[str, tuple[str, str]] = {words: (code, name) for code, name, forms in _REGIONS for words in forms}
#: The longest phrase the table holds, in words.
LONGEST = max(len(w.split()) for w in _BY_WORDS)
#: The last words of the table's phrases ("asian" of "southeast asian"): a phrase ends with one of them.
LAST_WORDS = frozenset(w.split()[-1].split("-")[-1] for w in _BY_WORDS)


def region(words: str) -> tuple[str, str] | None:
    """(CAMEO code or "", canonical name) of the region ``words`` name, else None."""
    key = _SPACES.sub(" ", words.strip().lower())
    key = key[4:] if key.startswith("the ") else key
    return _BY_WORDS.get(key)
