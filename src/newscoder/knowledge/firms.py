"""Companies' home countries: ``country_of("Ericsson")`` -> Sweden.

``data/firms.tsv`` is built by ``scripts/build_firms.py`` from the stock-index members pytickersymbols lists
and our ``data_src/firms_extra.tsv``. The events step asks it only about names the entity recogniser labels
ORG, so a firm keeps its sector (BUS) and its country when the article does not say where it is from.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import countries
from .tables import rows

#: Nouns that say a name is a firm's ("carmaker Volvo", "LM Ericsson, the telecoms maker") and that stand for the
#: firm named last ("the company said").
FIRM_NOUNS = frozenset({"company", "firm", "carmaker", "automaker", "airline", "bank", "lender", "insurer",
                        "retailer", "conglomerate", "corporation", "maker", "manufacturer", "producer"})
_LEGAL = re.compile(r",?\s+(?:Inc|Corp|Corporation|Co|Company|Ltd|Limited|plc|PLC|LLC|AG|SA|NV|SE)\.?$")


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    return {countries.normalize(name): iso3 for name, iso3, *_ in rows("firms.tsv")}


@lru_cache(maxsize=1)
def ruler_names() -> tuple[str, ...]:
    """Names the known-names ruler may match where the entity recogniser saw none (no one-word English noun
    such as "Apple" or "Shell": the table's third column)."""
    return tuple(name for name, _, match in rows("firms.tsv") if match == "1")


@lru_cache(maxsize=1)
def _matchable() -> frozenset[str]:
    return frozenset(ruler_names())


def is_matchable(name: str) -> bool:
    """Is this exactly a firm's name that is no English word ("Ericsson", not "Ford" or "Apple")?"""
    return name in _matchable()


def country_of(name: str) -> countries.Country | None:
    """The home country of the firm of this name ("Apple Inc.", "the Microsoft Corp", "ZTE"), or None."""
    table = _table()
    iso3 = table.get(countries.normalize(name)) or table.get(countries.normalize(_LEGAL.sub("", name)))
    return countries.by_iso3(iso3) if iso3 else None
