"""The gazetteer index: keys, build idempotence, lookups (uses the real index; built if missing)."""

from __future__ import annotations

import time

import pytest

from newscoder.knowledge import gazetteer
from newscoder.knowledge.gazetteer import key, lookup


@pytest.mark.parametrize(
    "a, b",
    [
        ("Al-Bab", "al-Bāb"),
        ("Al Bab", "Al-Bab"),
        ("Sana'a", "Sanaa"),
        ("St. Louis", "Saint Louis"),
        ("the Euphrates", "Euphrates"),
        ("São Paulo", "Sao Paulo"),
        ("‘Afrīn", "Afrin"),
    ],
)
def test_key_equates_spellings(a, b):
    assert key(a) == key(b)


def test_key_keeps_different_names_apart():
    assert key("Albany") != key("Al Bany County")
    assert key("New York") != key("York")


def test_index_opens_fast_once_built():
    gazetteer.open_index()
    gazetteer._CONN.clear()
    started = time.perf_counter()
    gazetteer.open_index()
    lookup("Paris")
    assert time.perf_counter() - started < 0.2


def test_build_is_skipped_when_current():
    started = time.perf_counter()
    path = gazetteer.build()
    assert path.exists()
    assert time.perf_counter() - started < 1.0


def test_lookup_finds_transliterated_syrian_towns():
    for name in ("Manbij", "Al-Bab", "Afrin", "Jarablus"):
        found = lookup(name)
        assert found, name
        assert any(p.iso3 == "SYR" for p in found[:3]), name


def test_lookup_kinds():
    assert lookup("Africa")[0].feature == "continent"
    assert lookup("Oklahoma")[0].feature == "admin"
    assert lookup("Euphrates")[0].feature == "river"
    iraq = lookup("Iraq")[0]
    assert (iraq.feature, iraq.iso3, iraq.geonameid) == ("country", "IRQ", 99237)
    assert any(p.feature == "region" for p in lookup("Middle East"))
    assert lookup("U.S.")[0].iso3 == "USA"


def test_places_without_geonames_id_have_none():
    river = lookup("Euphrates")[0]
    assert river.geonameid is None and river.id < 0


def test_unknown_name_gives_nothing():
    assert lookup("Xqzzyville Upon Nothing") == []
    assert lookup("") == []


def test_read_extra_rejects_unknown_feature(tmp_path):
    bad = tmp_path / "x.tsv"
    bad.write_text("Foo\t\tvolcano\t1\t2\t\t\n")
    with pytest.raises(ValueError, match="unknown feature"):
        gazetteer.read_extra(bad)


def test_hand_written_table_ships_in_the_package():
    assert gazetteer.EXTRA_TSV.parent == gazetteer.PACKAGE_DATA
    assert gazetteer.EXTRA_TSV.exists() and gazetteer.read_extra()


def test_only_the_capital_itself_is_a_capital():
    capitals = [p for p in lookup("Washington") if p.capital]
    assert [(p.iso3, p.admin1) for p in capitals] == [("USA", "DC")]


def test_county_without_a_namesake_town_is_where_its_state_lives():
    from newscoder.steps.places import haversine

    sarpy = [p for p in lookup("Sarpy County") if p.feature == "county" and p.admin1 == "NE"]
    assert sarpy and haversine(sarpy[0].lat, sarpy[0].lon, 41.26, -95.94) < 250  # nearer Omaha than the map centre


def test_every_country_has_its_first_order_divisions():
    benue = [p for p in lookup("Benue State") if p.feature == "admin"]
    assert benue and benue[0].iso3 == "NGA" and benue[0].geonameid == 2347266
    bavaria = [p for p in lookup("Bavaria") if p.feature == "admin"]
    assert bavaria and bavaria[0].iso3 == "DEU" and bavaria[0].population > 1_000_000


def test_a_province_named_after_its_seat_leaves_the_bare_name_to_the_town():
    assert lookup("Ankara")[0].feature == "city"
    for big in ("Sydney", "Toronto"):  # local government areas named like their country's big towns
        assert not [p for p in lookup(big) if p.main and p.feature in ("admin", "county")], big
    assert any(p.feature == "admin" and p.iso3 == "TUR" for p in lookup("Ankara Province"))


def test_airports_by_name_and_by_their_own_word():
    schiphol = lookup("Schiphol")
    assert schiphol and schiphol[0].feature == "airport" and schiphol[0].iso3 == "NLD"
    assert lookup("Heathrow Airport")[0].feature == "airport"


def test_towns_carry_their_divisions_and_how_known_they_are():
    paris = lookup("Paris")[0]
    assert paris.iso3 == "FRA" and paris.admin1_name == "Île-de-France"
    assert paris.feature_code == "PPLC" and paris.feature_class == "P"
    texas = [p for p in lookup("Paris") if p.iso3 == "USA" and p.admin1 == "TX"][0]
    assert texas.admin1_name == "Texas" and texas.admin2 == "Lamar County"
    assert paris.alt_names > 5 * max(texas.alt_names, 1)


def test_us_county_sits_among_its_own_towns_with_its_geonames_id():
    from newscoder.steps.places import haversine

    lamar = [p for p in lookup("Lamar County") if p.feature == "county" and p.admin1 == "TX"]
    assert lamar and lamar[0].geonameid is not None
    assert haversine(lamar[0].lat, lamar[0].lon, 33.66, -95.56) < 40  # around Paris, its seat, not Texas' centre


def test_an_english_name_of_a_division_is_the_geonames_division_itself():
    for name, gid in (("Hesse", 2905330), ("Lower Saxony", 2862926), ("Thuringia", 2822542)):
        found = [p for p in lookup(name) if p.feature == "admin" and p.iso3 == "DEU"]
        assert [p.geonameid for p in found] == [gid], name
        assert found[0].admin1  # its code, so towns of the state count as evidence for it


def test_a_division_of_our_table_and_of_geonames_is_one_place():
    """Our table's English name and GeoNames' local one ("Inner Mongolia", "Nei Mongol Zizhiqu") are one entry,
    with the division's code and population, at our table's point."""
    english = [p for p in gazetteer.lookup("Inner Mongolia") if p.feature == "admin"]
    local = [p for p in gazetteer.lookup("Nei Mongol Zizhiqu") if p.feature == "admin"]
    assert len(english) == 1 and [p.id for p in local] == [english[0].id]
    assert english[0].admin1 and english[0].population > 1_000_000


def test_lookup_answers_are_kept_and_each_call_gets_its_own_list():
    first = lookup("Paris")
    first.clear()
    again = lookup("Paris")
    assert again and again == lookup("paris") and again is not lookup("Paris")
    assert lookup("Paris", 1) == again[:1]


def test_a_territorys_default_point_is_the_centre_of_its_towns_extent():
    from newscoder.knowledge.gazetteer_sources import extent_centre

    # towns crowded on a southern coast and a few inland: the centre of the extent, not the coast
    lats, lons = [6.4] * 30 + [8.0, 10.0, 12.0], [2.4] * 30 + [2.0, 2.5, 3.0]
    assert extent_centre(lats, lons) == (9.2, 2.5)
    # across the antimeridian (Fiji) the extent means nothing: the median of the towns
    assert extent_centre([-18.1, -17.8, -16.5], [178.4, 177.4, -179.9]) == (-17.8, 177.4)
