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
#: A firm's legal form at the end of its name ("Apple Inc.", "Vodafone Group Plc"): the one pattern the
#: entities, tags and events steps test and strip with (``ner_fixes.CORP_SUFFIX``).
LEGAL_FORM = re.compile(
    r",?\s+(?:Inc|Incorporated|Corp|Corporation|Co|Company|Ltd|Limited|plc|Plc|PLC|LLC|AG|SA|NV|SE|"
    r"Group|Holdings?|Bancorp|Bancorporation|Bancshares)\.?$")


#: The exchange suffix of a wire ticker in angle brackets, as Reuters copy writes them ("Sanwa Bank Ltd <ANWA.T>":
#: Tokyo) -> the country of that exchange, where a firm is listed first. Written for this project from the codes
#: seen in such copy (1980s Reuters: ".S" Sydney, ".Z" Zurich, ".ME" Melbourne, ".MO" Montreal), not today's RICs;
#: a bare code ("<DART>") is a US listing. ".A" (the American exchange, which lists Canadian firms too) and ".G"
#: are left out: they do not tell a country.
EXCHANGE_COUNTRY = {
    "T": "JPN", "OS": "JPN", "L": "GBR", "PA": "FRA", "P": "FRA", "F": "DEU", "DE": "DEU", "H": "DEU",
    "MI": "ITA", "MC": "ESP", "AS": "NLD", "BR": "BEL", "Z": "CHE", "SW": "CHE", "VX": "CHE", "ST": "SWE",
    "CO": "DNK", "OL": "NOR", "HE": "FIN", "VI": "AUT", "LS": "PRT", "I": "IRL", "AT": "GRC", "WA": "POL",
    "TO": "CAN", "MO": "CAN", "M": "CAN", "V": "CAN", "S": "AUS", "ME": "AUS", "AX": "AUS", "NZ": "NZL",
    "HK": "HKG", "SS": "CHN", "SZ": "CHN", "KS": "KOR", "KQ": "KOR", "TW": "TWN", "SI": "SGP", "KL": "MYS",
    "BK": "THA", "JK": "IDN", "BO": "IND", "NS": "IND", "J": "ZAF", "JO": "ZAF", "SA": "BRA", "MX": "MEX",
    "BA": "ARG", "SN": "CHL", "IS": "TUR", "TA": "ISR", "MM": "RUS", "MN": "PHL", "N": "USA", "O": "USA",
    "OQ": "USA",
}
TICKER = re.compile(r"^[A-Z0-9]{1,6}(?:\.([A-Z]{1,2}))?$")


def exchange_country(code: str) -> str | None:
    """ISO3 of the exchange a wire ticker names ("ANWA.T" -> JPN, "CAWL.L" -> GBR, "DART" -> USA), or None."""
    found = TICKER.match(code)
    if found is None:
        return None
    return EXCHANGE_COUNTRY.get(found.group(1)) if found.group(1) else "USA"


@lru_cache(maxsize=1)
def _read() -> tuple[dict[str, str], tuple[str, ...]]:
    """The table (normalized name -> ISO3) and the names the ruler may match, read once."""
    table, matchable = {}, []
    for name, iso3, match in rows("firms.tsv"):
        table[countries.normalize(name)] = iso3
        if match == "1":
            matchable.append(name)
    return table, tuple(matchable)


def ruler_names() -> tuple[str, ...]:
    """Names the known-names ruler may match where the entity recogniser saw none (no one-word English noun
    such as "Apple" or "Shell": the table's third column)."""
    return _read()[1]


def country_of(name: str) -> countries.Country | None:
    """The home country of the firm of this name ("Apple Inc.", "the Microsoft Corp", "ZTE"), or None."""
    table = _read()[0]
    iso3 = table.get(countries.normalize(name)) or table.get(countries.normalize(LEGAL_FORM.sub("", name)))
    return countries.by_iso3(iso3) if iso3 else None
