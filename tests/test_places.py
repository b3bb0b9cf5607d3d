"""The places step: recognition, resolution, metonyms, focus and exports (short texts of our own)."""

from __future__ import annotations

import pytest

import newscoder
from newscoder.io.writers import PLACE_FIELDS as FIELDS
from newscoder.io.writers import place_rows, places_geojson
from newscoder.options import Options
from newscoder.steps.places import haversine

OPTS = Options(steps=("places",), require_english=False)

SYRIA = (
    "Turkish and US officials met in Ankara on Monday to discuss a buffer zone in northern Syria. "
    "Ankara has accused Washington of stalling, and Turkey wants the Kurdish fighters cleared from "
    "the town of Manbij. Washington's fight against the militants in Syria goes on. "
    "\"We entered Afrin, Jarablus, and Al-Bab,\" the Turkish president said. Troops massed east of "
    "the Euphrates River near the border with Iraq. Turkey said Syria must act."
)


@pytest.fixture(scope="module")
def syria():
    return newscoder.analyze(SYRIA, options=OPTS)


def by_text(analysis, text):
    return [p for p in analysis.places if p.text == text]


def test_every_place_has_the_contract_keys(syria):
    assert syria.places
    for p in syria.places:
        assert tuple(p.to_dict()) == FIELDS
        assert SYRIA[p.start:p.end] == p.text


@pytest.mark.parametrize("name", ["Manbij", "Jarablus", "Al-Bab", "Afrin"])
def test_syrian_towns_resolved(syria, name):
    found = by_text(syria, name)
    assert found, name
    assert found[0].country == "SYR" and found[0].feature == "city"
    assert found[0].geonameid is not None


def test_ankara_as_a_place_is_the_city(syria):
    located = [p for p in by_text(syria, "Ankara") if not p.metonym]
    assert located and located[0].feature == "city" and located[0].country == "TUR"


def test_ankara_acting_is_a_metonym_of_turkey(syria):
    # the capital stands for its country's government: marked, at its own point (readers and the dev sets' gold
    # place "Ankara accused" at Ankara), with the government's country
    actors = [p for p in by_text(syria, "Ankara") if p.metonym]
    assert actors and actors[0].name == "Ankara" and actors[0].feature == "city" and actors[0].country == "TUR"


def test_washington_as_actor_is_no_town(syria):
    found = by_text(syria, "Washington")
    assert found
    for p in found:  # the US capital, not a town or the state of that name
        assert p.metonym and p.country == "USA" and p.geonameid == 4140963


def test_river_and_countries(syria):
    river = [p for p in syria.places if "Euphrates" in p.text]
    assert river and river[0].feature == "river"
    assert by_text(syria, "Iraq")[0].feature == "country"
    assert any(p.country == "SYR" and p.feature == "country" for p in syria.places)


def test_demonyms_are_not_places(syria):
    assert not by_text(syria, "Turkish")


def test_focus_is_syria_and_turkey_not_the_us(syria):
    # Syria is where it happens (its towns count, though the entities step cannot place them), Turkey who acts
    countries = [f.name for f in syria.focus if f.feature == "country"]
    assert set(countries[:2]) == {"Syria", "Turkey"} and syria.focus[0].score == 1.0
    assert "United States" not in countries


def test_focus_ranks_two_countries():
    text = ("Turkey and Syria traded fire across the border. Turkish guns hit Afrin in Syria while "
            "Syrian shells fell in Kilis and Gaziantep in Turkey. Troops also moved into Azaz, Syria.")
    a = newscoder.analyze(text, options=OPTS)
    names = [f.name for f in a.focus if f.feature == "country"]
    assert names[:2] == ["Syria", "Turkey"]


def test_context_picks_the_local_town():
    text = ("Flood waters rose in Paris, Texas, on Tuesday. Lamar County officials said roads near "
            "Paris were closed and the Texas Department of Transportation warned drivers.")
    a = newscoder.analyze(text, options=OPTS)
    paris = by_text(a, "Paris")
    assert paris and all(p.country == "USA" for p in paris)


def test_world_news_paris_is_france():
    a = newscoder.analyze("Leaders of France and Germany met in Paris on Friday to discuss the budget.",
                          options=OPTS)
    assert by_text(a, "Paris")[0].country == "FRA"


def test_unknown_name_is_kept_unresolved():
    a = newscoder.analyze("Aid reached the village of Qwxzabad in Afghanistan and the city of Kabul "
                          "on Sunday, officials said.", options=OPTS)
    assert by_text(a, "Kabul")[0].country == "AFG"
    for p in a.places:
        if p.geonameid is None and p.feature is None:
            assert p.lat is None and p.name == p.text


def test_unknown_name_needs_a_place_word_or_a_placing_word():
    """Issue 12, sixth pass: names the model calls places and the gazetteer does not know were mostly organisations,
    people and organisms ("United Way"); a place's own words keep one."""
    a = newscoder.analyze("Volunteers from United Way handed out meals on Friday, and United Way staff counted 300 "
                          "guests in Ohio. Fishermen gathered at Brindle Lake and along the Quillow River, and "
                          "residents of the village of Zarnowka said the water was high.", options=OPTS)
    texts = {p.text for p in a.places}
    assert "United Way" not in texts
    assert {"Brindle Lake", "Quillow River", "Zarnowka", "Ohio"} <= texts


@pytest.mark.parametrize("text,name", [
    ("The mayor of Boston told the New York Times on Friday that the bridge would reopen.", "New York"),
    ("China Daily reported that floods hit Hunan on Sunday.", "China"),
    ("Speaking to the Voice of America, a nurse said the ward in Kampala was full.", "America"),
])
def test_a_papers_or_broadcasters_name_is_no_place(text, name):
    """Issue 12, sixth pass: the place in a paper's or broadcaster's name says who reported, not where."""
    a = newscoder.analyze(text, options=OPTS)
    assert not by_text(a, name)
    assert a.places  # the sentence's real place stays


def test_a_body_the_model_calls_a_person_does_not_hide_its_town():
    """Issue 12, sixth pass: a school's or a fire service's name read as a person ("Bozeman Elementary principal Ann
    Lee") made every "Bozeman" of the story a person's word; a role or body word ends what can be a name."""
    a = newscoder.analyze("Pupils moved into a new wing in Bozeman. Bozeman Elementary principal Ann Lee said "
                          "classes in Bozeman would start Monday.", options=OPTS)
    bozeman = [p for p in by_text(a, "Bozeman") if p.in_name is None]
    assert len(bozeman) == 2 and all(p.country == "USA" for p in bozeman)


def test_a_civic_bodys_town_is_its_seat():
    """Issue 12, sixth pass (items 3/6): a town's police department or council is seated in the town, which is a
    place even when the story names no other place near it."""
    a = newscoder.analyze("The Hopkinton Police Department asked residents to lock their doors after four "
                          "burglaries this week.", options=OPTS)
    hop = by_text(a, "Hopkinton")
    assert hop and hop[0].in_name == "Hopkinton Police Department" and hop[0].feature == "city"


def test_a_states_two_letters_without_a_full_stop_are_no_state():
    """Issue 12, sixth pass: "La Maison Bleue" (a shop in France) and "LA Freight" were Louisiana."""
    a = newscoder.analyze("Tourists crowded La Rotonde, a cafe in Lyon, and the shop La Maison Bleue nearby. The "
                          "firm leased 12 LA Freight trucks.", options=OPTS)
    assert not [p for p in a.places if p.country == "USA"]
    b = newscoder.analyze("Tom Reed of Houma, La., was stopped, and Ann Cole of Dalton, Ga was arrested.",
                          options=OPTS)
    assert {p.name for p in b.places if p.feature == "admin"} == {"Louisiana", "Georgia"}


def test_no_places_no_focus():
    a = newscoder.analyze("The committee met on Tuesday and agreed on a budget for next year.", options=OPTS)
    assert a.places == [] and a.focus == []


def test_rows_and_geojson(syria):
    table = place_rows(syria.to_dict())
    assert len(table) == len(syria.places) and set(table[0]) == {"id", *FIELDS}
    fc = places_geojson([syria.to_dict()])
    assert fc["type"] == "FeatureCollection"
    resolved = [p for p in syria.places if p.lat is not None]
    assert len(fc["features"]) == len(resolved)
    lon, lat = fc["features"][0]["geometry"]["coordinates"]
    assert (lat, lon) == (resolved[0].lat, resolved[0].lon)


def test_haversine():
    assert haversine(0, 0, 0, 0) == 0
    assert abs(haversine(48.8566, 2.3522, 51.5072, -0.1276) - 344) < 5


def test_unknown_long_name_narrows_to_the_place_it_starts_with():
    a = newscoder.analyze("Deputies from the Titus County Sheriff's Office drove to Mount Pleasant, Texas, "
                          "and a delegation from the Province of Ontario visited Toronto.", options=OPTS)
    titus = [p for p in a.places if p.text == "Titus County"]
    assert titus and titus[0].feature == "county" and titus[0].country == "USA"
    assert any(p.text == "Ontario" and p.country == "CAN" for p in a.places)


def test_local_story_town_named_like_a_country():
    text = ("PALESTINE, Texas -- The Anderson County commissioners met Tuesday in Palestine to discuss "
            "road repairs. Palestine police said the county road near Elkhart in Anderson County, Texas, "
            "was closed. Officials in Palestine expect work to finish in May.")
    a = newscoder.analyze(text, options=OPTS)
    found = by_text(a, "Palestine")
    assert found and all(p.country == "USA" and p.feature == "city" for p in found)


def test_world_news_country_named_like_a_us_town():
    a = newscoder.analyze("Israel and the Palestinian Authority resumed talks as Palestine sought UN "
                          "membership; Jordan and Egypt backed the bid.", options=OPTS)
    assert by_text(a, "Palestine")[0].feature == "country"
    assert by_text(a, "Jordan")[0].country == "JOR"


def test_one_sense_finds_untagged_repeats():
    text = ("Police in Watertown, New York, arrested two men. Watertown officers said the men fled toward "
            "Watertown Center. Watertown is calm.")
    a = newscoder.analyze(text, options=OPTS)
    found = by_text(a, "Watertown")
    assert len(found) == 4 and all(p.country == "USA" for p in found)


def test_nearby_places_pick_the_namesake_without_a_state_named():
    text = ("Paris police arrested a man on Monday after a chase that began in Titus County and ended near "
            "Sulphur Springs. Red River County deputies helped, and the suspect was taken to the Paris jail.")
    a = newscoder.analyze(text, options=OPTS)
    paris = by_text(a, "Paris")
    assert paris and all(haversine(p.lat, p.lon, 33.66, -95.56) < 50 for p in paris)


def test_a_direction_or_generic_word_does_not_vote_for_its_own_name():
    from newscoder.steps.geo_resolve import name_key

    assert name_key("North Georgia") == name_key("Georgia") == "georgia"
    assert name_key("Dublin City") == "dublin"
    text = ("Storms crossed north Georgia overnight and metro Atlanta got two inches of rain. Forecasters "
            "said Georgia farmers would welcome it.")
    a = newscoder.analyze(text, options=OPTS)
    assert by_text(a, "Georgia")[0].country == "USA"


def test_overlapping_mentions_leave_one_place():
    from newscoder.steps.places import Mention, _distinct

    kept = _distinct([Mention("Laurel", 10, 16, "GPE"), Mention("Laurel County", 10, 23, "ORG-PLACE"),
                      Mention("Ohio Department", 40, 55, "ORG"), Mention("Ohio", 40, 44, "ORG-PLACE")])
    assert [m.text for m in kept] == ["Laurel County", "Ohio"]
    a = newscoder.analyze("Crews from the Ohio Department of Transportation closed a road near Newark, Ohio, "
                          "on Monday.", options=OPTS)
    spans = sorted((p.start, p.end) for p in a.places)
    assert all(b[0] >= a_[1] for a_, b in zip(spans, spans[1:]))


def test_names_listed_before_counties_are_counties():
    a = newscoder.analyze("Hail damaged roofs in Cooke, Grayson and Fannin counties in Texas on Monday, and "
                          "crews from Caddo and Bossier parishes helped.", options=OPTS)
    for name in ("Cooke", "Grayson", "Fannin"):
        found = by_text(a, name)
        assert found and found[0].feature == "county" and found[0].name == f"{name} County"
    assert by_text(a, "Bossier")[0].name == "Bossier Parish"


def test_names_sharing_a_state_support_each_other():
    from newscoder.steps.geo_resolve import candidates, state_support
    from newscoder.steps.places import Mention

    walker, huntsville = Mention("Walker County", 0, 13, "GPE"), Mention("Huntsville", 20, 30, "GPE")
    for m in (walker, huntsville):
        m.candidates = list(candidates(m.text))
    support = state_support([walker, huntsville])["walker county"]
    by_state = {p.admin1: support[p.id] for p in walker.candidates}
    assert by_state["TX"] > 0 and by_state["AL"] > 0 and by_state["GA"] == 0


def test_county_named_at_the_start_of_an_organisation():
    a = newscoder.analyze("Students of the Laurel County Adult Education and Literacy program in Kentucky "
                          "got their diplomas on Friday.", options=OPTS)
    found = [p for p in a.places if p.text.startswith("Laurel")]
    assert found and found[0].text == "Laurel County" and found[0].feature == "county"


def test_capital_of_a_named_country_beats_a_small_namesake():
    text = ("Senators in Washington said on Monday that Moscow must pay. Russia denied the claim, and officials "
            "in Idaho and Montana said wheat exports to Moscow would go on.")
    a = newscoder.analyze(text, options=OPTS)
    moscow = by_text(a, "Moscow")
    assert moscow and all(p.country == "RUS" for p in moscow)


def test_state_name_in_a_local_story_stays_the_state():
    text = ("PEORIA, Ill. -- Peoria police and Illinois troopers searched Bloomington on Monday. The suspect "
            "had driven a truck stolen in Kansas, Peoria officials said.")
    a = newscoder.analyze(text, options=OPTS)
    kansas = by_text(a, "Kansas")
    assert kansas and kansas[0].feature == "admin"


def test_unknown_name_narrows_to_the_place_it_ends_with():
    from newscoder.steps.toponyms import Mention, to_known_part

    m = Mention("Historic Gainesville", 0, 20, "GPE")
    to_known_part(m)
    assert m.text == "Gainesville" and m.start == 9 and m.candidates
    m = Mention("D-Iowa City", 0, 11, "GPE")
    to_known_part(m)
    assert m.text == "Iowa City"


def test_county_lists_are_read_in_linear_time():
    import time

    from newscoder.steps.toponyms import _UNIT_WORD, _list_before

    text = "Mardi Gras " * 400 + "Parade counties"
    started = time.perf_counter()
    for hit in _UNIT_WORD.finditer(text):
        _list_before(text, hit.start())
    assert time.perf_counter() - started < 0.5


WORLD = ("WASHINGTON (Reuters) - The U.S. president met the Pope in Rome on Monday before flying to London, "
         "Paris and Frankfurt. Talks in Geneva and Venice follow next week, officials said.")


@pytest.mark.parametrize("name, iso3", [("Rome", "ITA"), ("London", "GBR"), ("Paris", "FRA"), ("Frankfurt", "DEU"),
                                        ("Geneva", "CHE"), ("Venice", "ITA")])
def test_a_world_city_wins_over_small_namesakes_in_a_us_story(name, iso3):
    a = newscoder.analyze(WORLD, options=OPTS)
    found = by_text(a, name)
    assert found and found[0].country == iso3 and found[0].feature == "city"


def test_dateline_washington_is_the_capital():
    a = newscoder.analyze(WORLD, options=OPTS)
    dateline = [p for p in a.places if p.start == 0]
    assert dateline and dateline[0].country == "USA" and dateline[0].feature_code == "PPLC"


@pytest.mark.parametrize("text, word", [
    ("Congress must approve the deal made in Prague, the Republic's leaders said.", "Republic"),
    ("The EU and NATO welcomed the deal in Brussels.", "EU"),
    ("The battleship Missouri docked in Pearl Harbor.", "Missouri"),
    ("Mr. Jordan said the vote in Paris was fair.", "Jordan"),
    ("The Duma voted on the law in Moscow.", "Duma"),
])
def test_words_that_are_no_place_here(text, word):
    a = newscoder.analyze(text, options=OPTS)
    assert not by_text(a, word), [p.to_dict() for p in a.places]
    assert a.places  # the real place in the sentence is still found


def test_division_words_pick_the_division():
    a = newscoder.analyze("Gunmen attacked villages in Benue state, and a cow from a Washington state farm "
                          "tested positive, officials in Idlib province said.", options=OPTS)
    for text, iso3 in (("Benue state", "NGA"), ("Washington state", "USA"), ("Idlib province", "SYR")):
        found = by_text(a, text)
        assert found and found[0].feature == "admin" and found[0].country == iso3, text


def test_place_inside_an_organisation_is_marked():
    a = newscoder.analyze("The U.S. Centers for Disease Control and Prevention said Taco Bell Canada "
                          "recalled onions; a scientist at the University of Alberta agreed.", options=OPTS)
    us, canada, alberta = by_text(a, "U.S."), by_text(a, "Canada"), by_text(a, "Alberta")
    assert us and us[0].country == "USA" and us[0].in_name.startswith("U.S. Centers")
    assert canada and canada[0].in_name == "Taco Bell Canada"
    assert alberta and alberta[0].in_name == "University of Alberta" and alberta[0].feature == "admin"


def test_output_fields_of_a_town():
    a = newscoder.analyze("Flood waters rose in Paris, Texas, on Tuesday near Lamar County roads.", options=OPTS)
    paris = by_text(a, "Paris")[0]
    assert (paris.country, paris.admin1, paris.admin1_code, paris.admin2) == ("USA", "Texas", "TX", "Lamar County")
    assert paris.feature_class == "P" and paris.feature_code == "PPL" and paris.population > 10_000
    assert 0.5 < paris.confidence <= 1.0


def test_country_hint_is_evidence():
    text = "The council met in Perth on Monday to discuss the new school budget."
    assert by_text(newscoder.analyze(text, options=OPTS), "Perth")[0].country == "AUS"
    hinted = newscoder.analyze(text, options=OPTS.with_(country_hint="GB"))
    assert by_text(hinted, "Perth")[0].country == "GBR"
    assert Options(country_hint="France").country_hint == "FRA"
    with pytest.raises(Exception, match="country_hint"):
        Options(country_hint="Atlantis")


def test_a_four_letter_dateline_is_a_town_and_lower_case_words_are_no_places():
    a = newscoder.analyze("BONN, April 3 - Ministers said the rugged bush planes sold well in "
                          "east Africa and that water came to Earth from comets.", options=OPTS)
    bonn = by_text(a, "BONN")
    assert bonn and bonn[0].country == "DEU" and bonn[0].feature == "city"
    assert not by_text(a, "bush") and not by_text(a, "Earth")


def test_a_dateline_with_a_spaced_comma_keeps_its_country_and_ratings_agencies_are_no_towns():
    a = newscoder.analyze("SUN CITY , South Africa ( Reuters ) - The golfer won. The debt is rated Aa-2 by "
                          "Moody's and AA by Standard and Poor's, bankers in London said.", options=OPTS)
    sun = by_text(a, "SUN CITY")
    assert sun and sun[0].country == "ZAF"
    assert not by_text(a, "Moody") and by_text(a, "London")


def test_a_long_unknown_name_is_not_narrowed_to_a_generic_word():
    a = newscoder.analyze("Cholera spread in the Rift Valley Province and reached Nairobi.", options=OPTS)
    assert not [p for p in a.places if p.name == "Valley"]
    assert by_text(a, "Nairobi")[0].country == "KEN"


def test_a_county_written_out_is_found_even_inside_another_entity():
    a = newscoder.analyze("An Alexandria woman was charged. Both the Sheriff's Office and Rapides Parish Fire "
                          "District 2 investigated the fire.", options=OPTS)
    parish = by_text(a, "Rapides Parish")
    assert parish and parish[0].feature == "county" and parish[0].admin1_code == "LA"
    assert by_text(a, "Alexandria")[0].admin1_code == "LA"  # the parish is where the town is


def test_holidays_named_after_saints_and_explorers_are_no_places():
    a = newscoder.analyze("Safety was stressed on St. Patrick's Day in Indianapolis, and Columbus Day "
                          "parades were held in Boston.", options=OPTS)
    assert not [p for p in a.places if p.text.startswith(("St. Patrick", "Columbus"))]
    assert by_text(a, "Indianapolis") and by_text(a, "Boston")


def test_a_name_split_at_its_possessive_is_made_whole():
    a = newscoder.analyze("The Ministry of Health of the People's Republic of China said cases rose in Beijing.",
                          options=OPTS)
    china = [p for p in a.places if p.text.endswith("Republic of China")]
    assert china and china[0].country == "CHN" and china[0].text == "People's Republic of China"


def test_names_across_a_line_break_keep_the_break_out_of_their_parts():
    from newscoder.pipeline import analyze

    result = analyze("Foreign governments may hold accounts at the\nBank of Japan, officials said. Investors buy "
                     "bills through the Bank of\nJapan, they said.")
    assert all(not e.text[:1].isspace() for e in result.entities)
    assert all(not p.text[:1].isspace() for p in result.places)


def test_a_qualifier_beats_the_state_a_local_story_is_about():
    text = ("Indiana lawmakers met in Indianapolis on Monday. Health officials in Scott County, Indiana, and in "
            "Columbus, Indiana, said cases rose. A doctor at a hospital in Nashville, Tennessee, said Indiana "
            "should act, and Indiana officials in Bloomington agreed.")
    a = newscoder.analyze(text, options=OPTS)
    nashville = by_text(a, "Nashville")
    assert nashville and nashville[0].admin1 == "Tennessee"


def test_a_county_with_its_own_point_is_not_moved_to_the_articles_towns():
    from newscoder.steps.geo_resolve import _place_counties, candidates
    from newscoder.steps.places import Mention

    county, town = Mention("Wood County", 0, 11, "GPE"), Mention("Bluefield", 20, 29, "GPE")
    county.place = next(p for p in candidates("Wood County") if p.admin1 == "WV")
    town.place = next(p for p in candidates("Bluefield") if p.admin1 == "WV")
    own = (county.place.lat, county.place.lon)
    _place_counties([county, town])
    assert (county.place.lat, county.place.lon) == own
    assert haversine(own[0], own[1], 39.2, -81.5) < 50  # Parkersburg's county, 250 km from Bluefield


def test_a_province_qualifies_a_town_as_a_us_state_does():
    text = ("Dublin, Ohio, council members hired a design firm from Perth, Ontario, on Monday. Columbus "
            "officials and Dublin police said the work in Franklin County starts in May.")
    a = newscoder.analyze(text, options=OPTS)
    perth = by_text(a, "Perth")
    assert perth and perth[0].country == "CAN" and perth[0].admin1 == "Ontario"


def test_a_town_named_like_a_country_is_the_town_when_its_state_follows():
    text = ("A nurse from Mexico, Missouri, and a teacher from Peru, Indiana, were honored at the state fair on "
            "Friday. Talks between Lebanon, Syria and Jordan resumed in Geneva.")
    a = newscoder.analyze(text, options=OPTS)
    assert [(p.country, p.admin1) for p in by_text(a, "Mexico")] == [("USA", "Missouri")]
    assert [p.country for p in by_text(a, "Peru")] == ["USA"]
    assert [p.country for p in by_text(a, "Lebanon")] == ["LBN"]  # a list of countries stays one
    assert [p.country for p in by_text(a, "Syria")] == ["SYR"]


@pytest.mark.parametrize("text, word", [
    ("Police said the man drove a Chevrolet Cavalier into a Jeep Cherokee parked near the Ford Explorer outside "
     "the Dodge Durango dealer in Columbus.", "Durango"),
    ("Dubai crude fell 20 cents to 16.90 dlrs while Urals blend rose in the Mediterranean.", "Dubai"),
    ("Brent crude for May rose 20 cents, while Dubai crude was steady and West Texas Intermediate traded at 19.10 "
     "dlrs a barrel in New York.", "West Texas"),
    ("Scientists said the Reston ebolavirus found in pigs in the Philippines is harmless to people.", "Reston"),
])
def test_products_and_viruses_named_after_places_are_no_places(text, word):
    a = newscoder.analyze(text, options=OPTS)
    assert not [p for p in a.places if word in p.text]
    assert a.places  # the real places of the sentence stay


def test_a_country_s_crude_stays_the_country():
    a = newscoder.analyze("Iraq crude exports rose in May, and Texas crude output fell, officials in Baghdad said.",
                          options=OPTS)
    assert by_text(a, "Iraq") and by_text(a, "Texas")


def test_a_state_that_split_is_its_own_place_not_its_successor():
    a = newscoder.analyze("The Soviet Union and Yugoslavia signed a trade pact on Monday, and Czechoslovakia "
                          "joined. Zaire abstained.", options=OPTS)
    soviet, yugoslavia = by_text(a, "Soviet Union")[0], by_text(a, "Yugoslavia")[0]
    assert soviet.name == "Soviet Union" and soviet.country == "RUS" and soviet.feature == "country"
    assert yugoslavia.name == "Yugoslavia" and haversine(yugoslavia.lat, yugoslavia.lon, 44.8, 20.5) > 100
    assert by_text(a, "Zaire")[0].country == "COD"  # renamed, not split: today's country


# ---------------------------------------------------------------- names the model cuts short (issue 12)


@pytest.mark.parametrize("text, name, iso3", [
    ("Trade with Trinidad and Tobago grew last year.", "Trinidad and Tobago", "TTO"),
    ("The ferry reached Sao Tome and Principe on Monday.", "Sao Tome and Principe", "STP"),
])
def test_a_name_the_model_cut_short_is_the_whole_name(text, name, iso3):
    found = newscoder.analyze(text, options=OPTS).places
    assert [(p.text, p.country) for p in found] == [(name, iso3)]


@pytest.mark.parametrize("text, name, iso3", [
    ("Council approves new budget. ST. LOUIS -- The city council voted on Tuesday to raise fees.", "ST. LOUIS", "USA"),
    ("Gas talks stall. MOSCOW — Russia's refusal to sign the deal angered its neighbours.", "MOSCOW", "RUS"),
    # with the country or state after the town (fourth pass)
    ("Kenya and Ethiopia sign border trade deal. NAIROBI, Kenya - Kenya and Ethiopia signed an agreement on "
     "Wednesday.", "NAIROBI", "KEN"),
    ("Flood warnings issued. MARIETTA, Ohio -- Crews in Washington County stacked sandbags.", "MARIETTA", "USA"),
    # with an agency, and one the model labels an organisation
    ("Bank shares slide as rates rise. NEW YORK (Reuters) - Shares of regional banks fell on Wednesday.", "NEW YORK",
     "USA"),
    ("Wildcats hold off Tennessee in overtime. LEXINGTON, Ky. -- Kentucky beat Tennessee 78-74 on Saturday.",
     "LEXINGTON", "USA"),
])
def test_a_dateline_after_a_glued_headline_is_the_town(text, name, iso3):
    found = [p for p in newscoder.analyze(text, options=OPTS).places if p.text == name]
    assert found and found[0].feature == "city" and found[0].country == iso3 and not found[0].metonym


# ---------------------------------------------------------------- companies named after a town (issue 12)


def test_a_company_named_after_a_town_is_no_place_where_it_acts():
    text = ("Dover Industries Ltd said its profit rose 12 pct. Dover said it would pay a dividend, "
            "and Dover's shares rose.")
    assert not [p for p in newscoder.analyze(text, options=OPTS).places if p.text == "Dover" and p.lat is not None]


def test_the_town_a_company_is_named_after_stays_a_place_where_it_is_one():
    text = "Dover Industries Ltd said its profit rose 12 pct. The company will build a plant in Dover, Delaware."
    found = [p for p in newscoder.analyze(text, options=OPTS).places if p.text == "Dover"]
    assert found and found[0].country == "USA" and found[0].admin1 == "Delaware"


def test_a_state_a_company_is_named_after_stays_a_place():
    text = "Texas Instruments Inc said sales rose. Texas said it would hire 200 workers."
    assert [p.name for p in newscoder.analyze(text, options=OPTS).places if p.text == "Texas"]


# ---------------------------------------------------------------- divisions (issue 12)


def test_a_division_with_its_type_word_is_the_division_before_its_bare_name():
    found = newscoder.analyze("Two farmers died in a village in Central Java province last week.", options=OPTS).places
    assert [(p.name, p.feature) for p in found] == [("Central Java", "admin")]


def test_a_headlines_direction_initial_is_the_country():
    for text, iso3 in (("N. Korea fires missile into sea.", "PRK"), ("S. Sudan rebels seize town.", "SSD")):
        result = newscoder.analyze(text)
        assert [p.country for p in result.places][:1] == [iso3], text
        assert [e.label for e in result.entities][:1] == ["GPE"], text


# ---------------------------------------------------------------- a town and its county (issue 12, fourth pass)


@pytest.mark.parametrize("text, town, county, state", [
    ("Huntsville City Manager Bill Baine is working to gather support for a road project. At a recent Walker "
     "County Commissioners Court meeting, the court voted to back the plan.", "Huntsville", "Walker County", "Texas"),
    ("Deputies from the Henderson County Sheriff's Office searched a field east of Athens on Friday after a truck "
     "was reported stolen.", "Athens", "Henderson County", "Texas"),
    ("The school board in Decatur voted to close two elementary schools. Parents said DeKalb County had not "
     "consulted them.", "Decatur", "DeKalb County", "Georgia"),
])
def test_a_town_and_its_county_named_together_are_the_pair(text, town, county, state):
    found = newscoder.analyze(text, options=OPTS).places
    towns = [p for p in found if p.text.startswith(town)]
    counties = [p for p in found if p.text == county]
    assert towns and all(p.admin1 == state for p in towns)
    assert counties and haversine(counties[0].lat, counties[0].lon, towns[0].lat, towns[0].lon) < 80


def test_county_names_of_many_states_do_not_pull_a_big_city_to_a_small_namesake():
    # Madison, Jefferson and Montgomery counties exist in a score of states, Indiana among them: that says
    # nothing about where Atlanta is
    text = ("Teams from Madison County, Jefferson County and Montgomery County high schools will travel to Atlanta "
            "in May for the national mock trial finals, the state bar said.")
    found = [p for p in newscoder.analyze(text, options=OPTS).places if p.text == "Atlanta"]
    assert found and found[0].admin1 == "Georgia"


@pytest.mark.parametrize("text, name, state", [
    ("W. Virginia coal mine blast kills four.", "W. Virginia", "West Virginia"),
    ("N. Carolina governor signs budget bill.", "N. Carolina", "North Carolina"),
    ("Floods hit S. Dakota farms.", "S. Dakota", "South Dakota"),
    ("Protests spread in W. Bengal after the vote.", "W. Bengal", "West Bengal"),
])
def test_a_headlines_direction_initial_is_the_first_order_division(text, name, state):
    found = newscoder.analyze(text, options=OPTS).places
    assert [(p.text, p.name, p.feature) for p in found] == [(name, state, "admin")]


@pytest.mark.parametrize("text, name, feature", [
    ("The city of Sao Paulo reported 327 deaths from the flu this winter.", "São Paulo", "city"),
    ("The first case was found in the state of Washington last year.", "Washington State", "admin"),
])
def test_a_type_word_before_a_name_chooses_the_place_of_that_type(text, name, feature):
    found = newscoder.analyze(text, options=OPTS).places
    assert [(p.name, p.feature) for p in found][:1] == [(name, feature)]


def test_a_county_named_again_by_its_bare_name_is_the_county():
    text = ("The DeKalb County Commission will vote Tuesday on a plan for 300 apartments north of Decatur, near North "
            "Druid Hills. The land in unincorporated DeKalb holds an aging shopping center, and DeKalb's planners back "
            "the project.")
    found = newscoder.analyze(text, options=OPTS).places
    county = [p for p in found if p.text == "DeKalb County"]
    bare = [p for p in found if p.text == "DeKalb"]
    assert county and county[0].admin1_code == "GA"
    assert bare and all((p.name, p.feature) == ("DeKalb County", "county") for p in bare)


# ---------------------------------------------------------------- recognition by category (issue 12, fifth pass)


@pytest.mark.parametrize("text, town, state", [
    ("Fire guts house on Main Street. TORRINGTON \u2014 A fire destroyed the roof of a two-family house early Sunday, "
     "officials said.", "TORRINGTON", "Connecticut"),
    ("By Jane Roe, staff writer March 29, 2009 PATASKALA -- City officials say a fix for the sewer plant is near.",
     "PATASKALA", "Ohio"),
    ("Sanford rejects aid after second rebuff. COLUMBIA --- South Carolina's governor said no again on Friday.",
     "COLUMBIA", "South Carolina"),
])
def test_a_dateline_after_a_headline_or_a_byline_is_its_town(text, town, state):
    found = [p for p in newscoder.analyze(text, options=OPTS).places if p.text == town]
    assert found and found[0].admin1 == state and found[0].feature == "city"


@pytest.mark.parametrize("text, name, state", [
    ("State Rep. Karen Holt, R-Hutchinson, said Tuesday she would oppose the highway bill.", "Hutchinson", "Kansas"),
    ("Rep. Tom Ellis (D-Chicopee) said the turnpike tolls would stay.", "Chicopee", "Massachusetts"),
    ("The bill was filed by Rep. Dan Moe, R-Hutchinson. The vote is set for May.", "Hutchinson", "Kansas"),
    ("Senate Tax Chairman Tom Bakk, DFL-Cook, said a share of the cuts would fall on schools.", None, None),
])
def test_a_lawmakers_party_and_home_town_names_a_us_town(text, name, state):
    found = [p for p in newscoder.analyze(text, options=OPTS).places if p.country == "USA" and p.feature == "city"]
    if name is None:  # a town of 500 people is not taken on a pattern alone
        assert not found
    else:
        assert [(p.text, p.admin1) for p in found] == [(name, state)]


@pytest.mark.parametrize("text, name, country", [
    ("The Charleston-based forecasters said the river could crest two feet above flood stage.", "Charleston", "USA"),
    ("A Houston-based contractor will rebuild the pier, the port said.", "Houston", "USA"),
    ("Prices have doubled, said the Nairobi-based network of aid agencies.", "Nairobi", "KEN"),
    ("About 40 percent of Atlanta-area calls are for help with rent.", "Atlanta", "USA"),
    ("Heavy rain moved in from the Gulf. The Charleston-based forecasters said the river would crest.", "Charleston",
     "USA"),
    ("Shares of several St. Louis-based banks fell on Monday.", "St. Louis", "USA"),
])
def test_a_place_based_or_area_name_is_the_place(text, name, country):
    found = [p for p in newscoder.analyze(text, options=OPTS).places if p.feature != "sea"]
    assert [(p.text, p.country) for p in found] == [(name, country)]


def test_a_web_based_tool_names_no_place():
    text = "The Web-based tool and a faith-based group helped 300 families."
    assert newscoder.analyze(text, options=OPTS).places == []


def test_towns_the_model_takes_for_people_or_organisations_near_the_storys_places():
    text = ("A Glen Ellyn man was charged with reckless driving after a crash Friday night that injured two "
            "teenagers, Wheaton police said. The driver, 19, of Glen Ellyn, lost control of his car on County Farm "
            "Road. Both passengers were taken to a hospital in Winfield. The Wheaton Police Department asked "
            "witnesses to call.")
    found = newscoder.analyze(text, options=OPTS).places
    assert {p.text for p in found} == {"Glen Ellyn", "Wheaton", "Winfield"}
    assert all(p.admin1 == "Illinois" for p in found)


def test_people_named_like_towns_near_the_storys_places_stay_people():
    text = ("The Millbrook school board met Monday in Millbrook, near Amenia. Motion was made by Jones, seconded by "
            "Carmel and approved. Board member Hyde Park said the roof would be fixed by June.")
    found = {p.text for p in newscoder.analyze(text, options=OPTS).places}
    assert "Millbrook" in found and not found & {"Jones", "Carmel", "Hyde Park"}


def test_a_town_whose_first_namesake_is_another_places_alternate_name_near_the_storys_places():
    # "Torrington" is first an alternate name of West Torrington; the model takes "Torrington" for an organisation
    text = ("A kitchen fire spread to two houses on Tuesday, and crews came from Waterbury to help. The Torrington "
            "Fire Department said Torrington firefighters stayed at the scene until 5 p.m.")
    found = [p for p in newscoder.analyze(text, options=OPTS).places if p.text == "Torrington"]
    assert found and all(p.admin1 == "Connecticut" for p in found)


def test_a_news_agency_the_actor_table_knows_is_no_place():
    a = newscoder.analyze("DAMASCUS - Syrian troops entered Homs on Monday, the state news agency SANA said.")
    assert [p.text for p in a.places] == ["DAMASCUS", "Homs"]


def test_a_compass_region_is_no_town_abroad_unless_the_article_names_its_country():
    """Issue 12 (words that are place names only by accident): "the North East" of a British story is no US town."""
    uk = newscoder.analyze("House prices rose fastest in the North East, ahead of the South West and the North West, "
                           "the statistics office in London said on Tuesday. Prices in Britain fell.", options=OPTS)
    for name in ("North East", "South West", "North West"):
        assert all(p.country != "USA" for p in by_text(uk, name)), name
    us = newscoder.analyze("The town of North East in Cecil County, Maryland, voted on Tuesday. North East will "
                           "raise taxes.", options=OPTS)
    assert {p.country for p in by_text(us, "North East")} == {"USA"}


def test_an_acronym_the_article_defines_as_a_body_is_no_state():
    """Issue 12 (abbreviations that are not places): "the Port Authority (PA)" is no Pennsylvania."""
    a = newscoder.analyze("The Port Authority (PA) said ferry fares would rise. The PA blamed fuel costs.",
                          options=OPTS)
    assert not by_text(a, "PA")
    b = newscoder.analyze("The United Arab Emirates (UAE) raised output. Ministers in the UAE agreed.", options=OPTS)
    assert {p.country for p in by_text(b, "UAE")} == {"ARE"}


def test_a_street_is_not_narrowed_to_a_town_named_like_its_kind():
    """Issue 12 (non-places): "Carver Street" unknown to the gazetteer is no town of Street (Somerset)."""
    from newscoder.steps.toponyms import Mention, to_known_part

    for name in ("Carver Street", "Mellor Road"):
        m = Mention(name, 0, len(name), "LOC")
        to_known_part(m)
        assert m.text == name


def test_a_name_in_a_list_of_firms_or_people_is_no_town():
    """Issue 12 (non-places geocoded): "Brown and Williamson" in a list of firms is no US town of Williamson."""
    a = newscoder.analyze("The US government sued Halvern Tobacco, Liggett Group and Brown and Williamson in "
                          "Washington.", options=OPTS)
    assert not by_text(a, "Williamson")
    b = newscoder.analyze("Storms hit Dover, Concord and Nashua in New Hampshire.", options=OPTS)
    assert {p.text for p in b.places} >= {"Dover", "Concord", "Nashua"}


@pytest.mark.parametrize("country, point", [("Benin", (9.5, 2.25)), ("Suriname", (4.0, -56.0)),
                                            ("Iceland", (65.0, -18.0))])
def test_a_country_without_a_point_in_our_table_sits_near_geonames_own(country, point):
    """GeoNames puts a country near its geographic centre; the median of its towns lay on the populated coast
    (Benin's about 240 km south of GeoNames' point, Iceland's at Reykjavik)."""
    text = f"Aid workers said the floods in {country} had cut roads to the north and displaced thousands."
    found = by_text(newscoder.analyze(text, options=OPTS), country)
    assert found and found[0].feature == "country"
    assert haversine(found[0].lat, found[0].lon, *point) < 161, (found[0].lat, found[0].lon)


def test_a_town_known_as_city_of_x_is_found_by_its_bare_name():
    """GeoNames calls the London borough "City of Westminster" and has "Westminster" only as an alternate name,
    so a Colorado suburb of that main name won even in a British story."""
    text = "Ministers returned to Westminster on Monday as the row over the budget deepened in Britain."
    found = by_text(newscoder.analyze(text, options=OPTS), "Westminster")
    assert found and found[0].country == "GBR" and found[0].feature == "city"


@pytest.mark.parametrize("text, name, iso3", [
    ("Russian missiles struck Kyiv overnight, officials said.", "Kyiv", "UKR"),
    ("The ministers left Moscow on Friday after two days of talks.", "Moscow", "RUS"),
])
def test_a_capital_that_is_hit_or_left_is_the_town_not_its_government(text, name, iso3):
    found = by_text(newscoder.analyze(text, options=OPTS), name)
    assert found and not found[0].metonym and found[0].feature == "city" and found[0].country == iso3


def test_a_state_hit_by_storms_is_no_actor():
    """The object of "hit" is a territory: Georgia among US states stays the state, not the country."""
    found = by_text(newscoder.analyze("Storms hit Texas, Georgia and Florida on Sunday.", options=OPTS), "Georgia")
    assert found and not found[0].metonym and found[0].country == "USA" and found[0].feature == "admin"


@pytest.mark.parametrize("text", [
    "Salmonella cases were reported in Oregon, Tennessee, Texas, Utah, Virginia, Washington, West Virginia and "
    "Wyoming.",
    "Fire crews in Oregon and Washington fought the blazes through the night.",
])
def test_a_town_among_states_is_the_state_of_its_name(text):
    found = by_text(newscoder.analyze(text, options=OPTS), "Washington")
    assert found and found[0].feature == "admin" and found[0].country == "USA" and found[0].lat > 45


def test_a_town_and_its_state_are_no_list():
    found = by_text(newscoder.analyze("He grew up in Washington, Pennsylvania, and moved west.", options=OPTS),
                    "Washington")
    assert found and found[0].feature == "city" and found[0].admin1_code == "PA"


def test_a_state_chosen_over_a_country_of_its_name_vouches_for_its_towns():
    """Georgia the state (over Georgia the country) is evidence as sure as that choice: Atlanta is not the Texas
    village because Texas is named too."""
    text = ("ATLANTA - Regional help lines are growing. In Georgia, a coalition of agencies led by the Atlanta "
            "agency will draft a plan, as agencies in Texas did.")
    found = by_text(newscoder.analyze(text, options=OPTS), "Atlanta")
    assert found and found[0].admin1_code == "GA"


@pytest.mark.parametrize("text, name, iso3", [
    ("Today, in Khartoum and Al Jazirah in Sudan, one farmer died of the fever.", "Al Jazirah", "SDN"),
    ("Fighting spread in Paktia, officials in Kabul said on Monday.", "Paktia", "AFG"),
])
def test_a_province_by_an_english_name_that_shares_no_word_with_its_own(text, name, iso3):
    """GeoNames' data gives Gezira also as "Al Jazirah" and "Al Jazirah State", Paktiyā as "Paktia" and "Paktia
    Province": a name the data gives with the division's type word is the division's."""
    found = by_text(newscoder.analyze(text, options=OPTS), name)
    assert found and found[0].feature == "admin" and found[0].country == iso3


@pytest.mark.parametrize("text, names, iso3", [
    ("Cholera cases were reported in the Mashonaland West, Manicaland and Midlands provinces since last month.",
     ("Manicaland", "Midlands"), "ZWE"),
    ("Four Guerrero state police were found dead near the highway on Tuesday.", ("Guerrero",), "MEX"),
])
def test_a_name_before_a_divisions_word_in_lower_case_is_that_division(text, names, iso3):
    found = newscoder.analyze(text, options=OPTS)
    for name in names:
        hit = by_text(found, name)
        assert hit and hit[0].feature == "admin" and hit[0].country == iso3, name


@pytest.mark.parametrize("text, name", [
    # "the Archbishop of Canterbury" names the English city, not New Zealand's Canterbury region
    ("The Bishop of Durham and the Archbishop of Canterbury wrote to ministers in Britain about child poverty.",
     "Canterbury"),
    # a town's name the model takes for a building is a place after "at"
    ("Samples from the swan found in Fife, Scotland, were sent to the laboratory at Weybridge in England for tests.",
     "Weybridge"),
])
def test_a_see_a_mayoralty_and_a_laboratorys_town_are_english_towns(text, name):
    found = by_text(newscoder.analyze(text, options=OPTS), name)
    assert found and found[0].feature == "city" and found[0].country == "GBR"


@pytest.mark.parametrize("text, names", [
    ("They lived in Kashmir, near the India-Pakistan border, for years.", ("India", "Pakistan")),
    ("Saudi Arabia-Iran ties improved after the US-North Korea summit.",
     ("Saudi Arabia", "Iran", "US", "North Korea")),
])
def test_two_places_joined_by_a_hyphen_before_a_noun_are_both_places(text, names):
    found = newscoder.analyze(text, options=OPTS)
    for name in names:
        hit = by_text(found, name)
        assert hit and hit[0].feature == "country", name


def test_a_hyphened_name_that_is_one_place_or_a_persons_stays_whole():
    found = newscoder.analyze("Guinea-Bissau sent aid, spokeswoman Kerry-Ann Hamilton said in Dublin.", options=OPTS)
    assert [p.text for p in found.places if p.feature] == ["Guinea-Bissau", "Dublin"]


@pytest.mark.parametrize("text, name, town", [
    ("Everyone who ate at the restaurant in Greenlane, Auckland, should see a doctor.", "Greenlane", "Auckland"),
    ("Residents of Kibera, Nairobi, fled the floods on Sunday.", "Kibera", "Nairobi"),
])
def test_a_part_of_a_town_the_gazetteer_lacks_sits_at_the_town(text, name, town):
    found = newscoder.analyze(text, options=OPTS)
    part, whole = by_text(found, name), by_text(found, town)
    assert part and whole and part[0].geonameid is None and part[0].name == name
    assert (part[0].lat, part[0].lon) == (whole[0].lat, whole[0].lon)


def test_an_institutions_word_before_a_town_is_no_part_of_it():
    found = newscoder.analyze("A report from the Colfax County Sheriff's Department, Garcia said.", options=OPTS)
    assert not by_text(found, "Department")


def test_a_round_ups_section_heads_are_countries_not_datelines():
    text = ("LONDON 1996-08-30\nThis is how bond markets traded on Friday. GERMANY - Bunds fell. BRITAIN - Gilts "
            "ended lower. ITALY - Bond futures held to easier levels. UNITED STATES - Treasuries fell sharply.")
    found = newscoder.analyze(text, options=OPTS)
    italy = by_text(found, "ITALY")
    assert italy and italy[0].country == "ITA" and italy[0].feature == "country"
    assert by_text(found, "LONDON")[0].name == "London"  # the story's own dateline is still a town


@pytest.mark.parametrize("text, name, iso3", [
    ("Moscow signed a power-sharing treaty with Tatarstan on Friday.", "Tatarstan", "RUS"),
    ("Refugees fled from Chechnya into Ingushetia and Dagestan.", "Ingushetia", "RUS"),
    ("Floods hit the Russian republic of Chuvashia.", "Chuvashia", "RUS"),
    ("Miners in Asturias and Leon went on strike on Monday.", "Asturias", "ESP"),
])
def test_a_first_order_division_named_as_news_names_it(text, name, iso3):
    hit = by_text(newscoder.analyze(text, options=OPTS), name)
    assert hit and hit[0].feature == "admin" and hit[0].country == iso3


def test_the_far_east_is_east_asia_unless_russias():
    found = newscoder.analyze("Gold trading in the Far East was quiet. In Russia's Far East, miners went on strike.",
                              options=OPTS)
    far = [p for p in found.places if p.name in ("Far East", "Russian Far East")]
    assert [(p.name, p.country) for p in far] == [("Far East", None), ("Russian Far East", "RUS")]
    assert far[0].lat < 45 and far[1].lat > 50


def test_a_division_word_after_a_name_the_model_takes_for_a_people_makes_it_the_division():
    found = newscoder.analyze("The boat was heading for Narino province, near the border with Ecuador.", options=OPTS)
    hit = [p for p in found.places if p.text.startswith("Narino")]
    assert hit and hit[0].feature == "admin" and hit[0].country == "COL"


def test_a_small_namesake_abroad_known_only_by_an_alternate_name_is_no_answer():
    found = newscoder.analyze("The boat left the tiny island of Gorgona off Colombia's coast for Ecuador.",
                              options=OPTS)
    assert all(p.country != "PAN" for p in found.places)


@pytest.mark.parametrize("text, name", [
    ("French troops under Duke of Orleans besieging Turin were defeated by the Austrians.", "Orleans"),
    ("The Earl of Derby met the Duke of Wellington in London.", "Derby"),
    ("Brazil proclaimed independence from Portugal and Pedro I became first Emperor of Brazil.", "Pedro"),
    ("1909 - Elia Kazan born as Elia Kazanjoglus in Istanbul.", "Elia"),
])
def test_a_title_a_regnal_number_or_a_surname_makes_a_town_name_a_persons(text, name):
    found = newscoder.analyze(text, options=OPTS)
    assert not [p for p in found.places if p.text.startswith(name)]
    assert found.places  # the sentence's real place is still found


def test_a_regnal_i_after_a_place_in_a_sentence_is_the_pronoun():
    found = newscoder.analyze("When I lived in Paris I learned French.", options=OPTS)
    assert by_text(found, "Paris")


def test_names_listed_with_places_are_places():
    found = newscoder.analyze("Charles ceded Alsace and Strasbourg to France and got back Breisach, Kehl and "
                              "Freiburg.", options=OPTS)
    assert {p.text for p in found.places} >= {"Breisach", "Kehl", "Freiburg"}
    assert all(p.country == "DEU" for p in found.places if p.text in ("Breisach", "Kehl"))
    people = newscoder.analyze("Lawyers for Jackson, Marion and Paris appealed.", options=OPTS)
    assert not by_text(people, "Marion")


def test_the_provinces_of_a_and_b_are_provinces():
    found = newscoder.analyze("Cholera deaths were reported in the Zimbabwean provinces of Mashonaland West and "
                              "Midlands.", options=OPTS)
    hit = by_text(found, "Midlands")
    assert hit and hit[0].country == "ZWE" and hit[0].feature == "admin"


def test_a_dateline_of_two_bureaus_names_two_cities():
    text = ("Markets rally on tax plan\n\nWASHINGTON/NEW YORK (Reuters) - The White House promoted its tax plan on "
            "Friday, as economists at Princeton University in Princeton, New Jersey, doubted its forecast. A "
            "think tank in Washington agreed.")
    found = newscoder.analyze(text, options=OPTS)
    assert by_text(found, "NEW YORK")[0].name == "New York City"
    washington = by_text(found, "WASHINGTON") + by_text(found, "Washington")
    assert len(washington) == 2  # a bureau's city, not Washington, New Jersey, and so in the story too
    assert all(p.admin1 == "District of Columbia" for p in washington)


def test_an_agencys_bare_dateline_of_a_small_town_is_left_to_the_story():
    text = "Drowning trial in Ohio\n\nLEBANON (AP) - A pathologist testified in Warren County, Ohio, on Tuesday."
    found = newscoder.analyze(text, options=OPTS)
    assert by_text(found, "LEBANON")[0].admin1 == "Ohio"


def test_a_harbour_named_after_a_small_town_is_not_the_town():
    found = newscoder.analyze("The president flew to Hawaii on Friday. Later, he was to visit Pearl Harbor and the "
                              "USS Arizona memorial for the U.S. sailors killed there.", options=OPTS)
    assert not [p for p in found.places if p.text.startswith("Pearl") and p.country == "USA" and p.admin1 != "Hawaii"]


def test_a_place_a_buildings_name_runs_on_into_is_a_place():
    found = newscoder.analyze("Xi welcomed Trump at the Great Hall of the People in Beijing, after a tour of the "
                              "Forbidden City.", options=OPTS)
    assert by_text(found, "Beijing") and by_text(found, "Beijing")[0].country == "CHN"
    assert by_text(found, "Forbidden City")[0].feature == "landmark"


@pytest.mark.parametrize("text, name", [
    ("Thousands gathered in St. Peter's Square on Sunday to hear the pope.", "St. Peter's Square"),
    ("Trump spent the weekend at Mar-a-Lago, his resort in Palm Beach, Florida.", "Mar-a-Lago"),
])
def test_a_landmark_of_the_table_is_found_whole(text, name):
    hit = by_text(newscoder.analyze(text, options=OPTS), name)
    assert hit and hit[0].feature == "landmark"


def test_a_bare_dateline_naming_a_capital_is_the_capital():
    text = ("Bad wiring imperils troops in Iraq. WASHINGTON - The military is inspecting its bases in Iraq, officials "
            "in Washington, Pennsylvania, and Pittsburgh said.")
    found = newscoder.analyze(text, options=OPTS)
    assert by_text(found, "WASHINGTON")[0].admin1 == "District of Columbia"


@pytest.mark.parametrize("text, word", [
    ("Ciudad Juarez, across from El Paso, Texas, is torn by a war between the Sinaloa and Juarez drug cartels.",
     "Sinaloa"),
    ("Monterrey, in the state of Nuevo Leon, is where the Gulf and Zetas drug gangs fight.", "Gulf"),
    ("Police identified a man killed in a bank robbery Friday, according to a Salt Lake City Police news release. The "
     "shooting occurred around 5:30 p.m. on Friday near 400 South and 1600 West, said police spokeswoman Lt. Melody "
     "Gray. Just after 5 p.m., officers responded to a report of a robbery at 800 West.", "West"),
    ("Most Utah residents back the plan, a poll found. Copyright 2011 The Salt Lake Tribune. All rights reserved.",
     "Tribune"),
    ("Tour dates: Wulfrun Hall, Wolverhampton, Thu; Town Hall, Birmingham, Fri.", "Town"),
    ("Tour dates: Wulfrun Hall, Wolverhampton, Thu; Town Hall, Birmingham, Fri.", "Fri"),
])
def test_a_gangs_name_an_address_a_newspaper_a_hall_or_a_day_is_no_place(text, word):
    found = newscoder.analyze(text, options=OPTS)
    assert not [p for p in found.places if p.text == word]
    assert found.places  # the text's real places stay


def test_a_landmark_known_by_name_is_kept_over_its_namesake_villages():
    found = newscoder.analyze("It may take a truce between the White House and Capitol Hill to sort it out.",
                              options=OPTS)
    hit = by_text(found, "Capitol Hill")
    assert hit and hit[0].feature == "landmark"


def test_a_town_reading_of_a_world_name_counts_only_when_no_other_mention_reads_it_as_the_world_one():
    from newscoder.models import PlaceMention
    from newscoder.steps.focus import Towns

    def place(text, start, country, feature):
        return PlaceMention(text=text, start=start, end=start + len(text), name=text, country=country,
                            feature=feature)

    tennessee = [place("Paris", 0, "USA", "city"), place("Paris", 40, "USA", "city")]
    assert Towns(tennessee).elsewhere(0, "FRA", "Paris") == "USA"
    headline = [place("CHINA", 0, "USA", "city"), place("China", 51, "CHN", "country")]
    assert Towns(headline).elsewhere(0, "CHN", "CHINA") is None  # one odd reading is no evidence
    assert Towns(tennessee).elsewhere(0, "USA", "Paris") is None  # the same country: nothing to change


def test_a_headline_listing_countries_in_capitals_is_no_dateline():
    from newscoder.pipeline import analyze

    text = ("CHINA, ISRAEL DISCUSS MIDDLE EAST PEACE PROSPECTS\nBEIJING, March 1 - China and Israel discussed peace "
            "prospects on Monday, officials in China said.")
    places = analyze(text).places
    assert (places[0].text, places[0].country, places[0].feature) == ("CHINA", "CHN", "country")  # no town named China
    beijing = next(p for p in places if p.text == "BEIJING")
    assert beijing.country == "CHN"


@pytest.mark.parametrize("text, word", [
    # a company a company's noun introduces is the company wherever the article names it alone
    ("A row broke out after mobile phone giant Orange sued a rival in London. Orange said the colour was its own. "
     "The rival has no link to Orange.", "Orange"),
    ("Sales rose in Japan, where top car maker Toyota led. Toyota put its rise down to new models. Jim Press, head "
     "of Toyota's US arm, was pleased.", "Toyota"),
    # the first word of a company's name that ends in its trade ("Air Lines"), even where a division abroad bears it
    ("Delta Air Lines is cutting fares across the US. Delta lost $646m in three months, and Delta is restructuring.",
     "Delta"),
    ("She was fired by Delta Airlines in the US. A Delta spokesperson confirmed it; she broke rules on the use of "
     "Delta branding.", "Delta"),
    # a ship and a film introduced by their nouns
    ("The luxury cruise liner Crystal Harmony, now in the Gulf of Mexico, is testing the scanners. Crystal Cruises, "
     "which operates the Crystal Harmony, has not yet committed.", "Crystal"),
    ("His next film, the supernatural thriller Constantine, opens in the US this month.", "Constantine"),
    # a body's short name in brackets, in any case, is the body's in the whole article
    ("The poll was run with the Program on International Policy Attitudes (Pipa) in China. Pipa director Steven "
     "Kull said people in China were hopeful.", "Pipa"),
    # a leader's name before his office's noun
    ("Mr Raines, a former official in the Clinton administration, left the firm in Washington, in the US.",
     "Clinton"),
    # a paper's name that ends in a paper's word, whatever its first word
    ("Writing in the Northern Echo, the bishop praised the book.", "Echo"),
    ("The deal was hit by a scandal at its Japanese subsidiary Fuso. It will buy out its stake in Fuso.", "Fuso"),
    # a listed company's name before its wire ticker
    ("LONDON, March 3 - The bid battle against rival bidder Argyll <AYLL.L> Group Plc goes on in Scotland. Argyll "
     "said it would not raise its offer.", "Argyll"),
    # a thing named after a person, and a paper ending in "Reporter"
    ("That was a reference to the Hutton inquiry that followed a BBC story in London.", "Hutton"),
    ("Anne Thompson of the Hollywood Reporter said the film would win in the US.", "Hollywood"),
    # a common word the model takes for a place no gazetteer entry resolves
    ("Tsunami cost hits Jakarta shares. The stock market in Indonesia fell.", "Tsunami"),
])
def test_companies_ships_works_papers_and_words_named_like_places_are_no_places(text, word):
    found = newscoder.analyze(text, options=OPTS)
    assert not [p for p in found.places if word in p.text and p.in_name is None], found.places


def test_a_country_in_a_list_makes_no_town_of_a_cars_make():
    found = newscoder.analyze("GM, whose brands include Buick and Chevrolet in the US and Opel, Saab and Vauxhall "
                              "in Europe, will report on Monday.", options=OPTS)
    assert {p.text for p in found.places} == {"US", "Europe"}


@pytest.mark.parametrize("text, word, name", [
    ("The chairman of the Police Federation of England and Wales said so.", "Wales",
     "Police Federation of England and Wales"),
    ("The Boys Choir of Harlem got a cheque.", "Harlem", "Boys Choir of Harlem"),
    ("The show opens at Toronto's Princess of Wales Theatre next year.", "Wales", "Princess of Wales Theatre"),
    ("He and the Archbishop of Canterbury have both spoken out.", "Canterbury", "Archbishop of Canterbury"),
    ("Both the Cardinal and Archbishop of Canterbury Dr Rowan Williams appealed for peace.", "Canterbury",
     "Archbishop of Canterbury"),
    ("According to the UN Economic Commission for Latin America, tourism is worth $3bn.", "Latin America",
     "UN Economic Commission for Latin America"),
    ("Yili - full name Inner Mongolia Yili Industrial - confirmed it.", "Inner Mongolia",
     "Inner Mongolia Yili Industrial"),
    # a person's office
    ("New York State Comptroller Alan Hevesi said so.", "New York State", "New York State Comptroller"),
    ("Deputy Ohio Attorney General Ann Lee spoke.", "Ohio", "Deputy Ohio Attorney General"),
])
def test_a_place_in_a_name_the_model_cut_is_marked_with_the_whole_name(text, word, name):
    found = by_text(newscoder.analyze(text, options=OPTS), word)
    assert found and all(p.in_name == name for p in found), found


def test_the_same_places_outside_names_stay_unmarked():
    found = newscoder.analyze("He flew from Harlem to Wales, then on to Latin America and Canterbury.", options=OPTS)
    assert {p.text for p in found.places if p.in_name is None} >= {"Harlem", "Wales", "Latin America", "Canterbury"}


def test_events_named_after_a_country_or_state_name_where_they_happen():
    found = newscoder.analyze("Protesters marched days after the start of the Iraq war. The Ohio State Fair opened. "
                              "A Gulf War veteran spoke. Congress may amend the Iran Nuclear Agreement Review Act.",
                              options=OPTS)
    names = {p.name for p in found.places}
    assert "Iraq" in names and "Persian Gulf" not in names and "Iran" not in names


def test_a_birthplace_written_before_born_is_a_place():
    found = newscoder.analyze("New York-born Aguilera reached number one in the charts.", options=OPTS)
    assert [p.name for p in found.places] == ["New York City"]  # news means the city by a bare "New York"


@pytest.mark.parametrize("text, word, name, lat, lon", [
    ("Turnout in the East Midlands was low.", "East Midlands", "East Midlands", 52.95, -1.0),
    ("House prices rose fastest in the East of England.", "East of England", "East of England", 52.2, 0.4),
    ("Storms hit farms in South West England.", "South West England", "South West England", 50.9, -3.4),
    ("Police in West Yorkshire made arrests.", "West Yorkshire", "West Yorkshire", 53.75, -1.75),
    ("A fire broke out near Crawley in West Sussex.", "West Sussex", "West Sussex", 50.93, -0.45),
    ("Detainees were held at the US camp at Guantanamo Bay in Cuba.", "Guantanamo Bay", "Guantanamo Bay", 19.9,
     -75.15),
])
def test_regions_and_landmarks_news_names_are_known(text, word, name, lat, lon):
    found = by_text(newscoder.analyze(text, options=OPTS), word)
    assert found and found[0].name == name and haversine(found[0].lat, found[0].lon, lat, lon) < 50, found


@pytest.mark.parametrize("text, expected", [
    ("Shares of the firm rose 3% in New York on Friday.", ["New York City"]),
    ("Tourists arrived from New York and Tokyo.", ["New York City", "Tokyo"]),
    ("Police in Harlem said New York had seen less crime.", ["Harlem", "New York City"]),
    ("Sales in Sao Paulo rose as stock markets climbed.", ["São Paulo"]),
    ("The two banks may have scrapped plans to list in New York.", ["New York City"]),
    # news means the city by a bare "New York"
    ("The actor's funeral was held in New York on Saturday.", ["New York City"]),
    ("The band was formed in New York in 1998 and toured Britain.", ["New York City", "United Kingdom"]),
    # the division where the text says so, or where the story is about the division
    ("Police in Harlem said New York's governor would sign the bill.", ["Harlem", "New York"]),
    ("Flu cases rose in New York, New Jersey and Connecticut.", ["New York", "New Jersey", "Connecticut"]),
    ("Wall Street fell as shares slid in Buffalo, New York.", ["Wall Street", "Buffalo", "New York"]),
    ("Heavy snow fell across New York on Sunday.", ["New York"]),
    ("New York attorney-general Jane Roe sued the bank.", ["New York"]),
    ("Lawmakers in Albany passed the bill. New York will ban smoking in bars.", ["Albany", "New York"]),
    ("Three cases were found in Texas, two in Kansas and one in Ohio. New York has confirmed 28.",
     ["Texas", "Kansas", "Ohio", "New York"]),
])
def test_a_division_named_like_its_big_city_is_the_city_where_the_text_says_so(text, expected):
    assert [p.name for p in newscoder.analyze(text, options=OPTS).places if p.in_name is None] == expected


def test_the_before_a_list_of_towns_keeps_its_first_item():
    found = newscoder.analyze("Euronext combines the Paris, Amsterdam and Lisbon stock exchanges. The Republic, "
                              "which lost, appealed.", options=OPTS)
    assert [p.name for p in found.places] == ["Paris", "Amsterdam", "Lisbon"]


def test_a_place_inside_a_companys_short_name_is_marked_with_it():
    found = newscoder.analyze("Michigan General Corp said it agreed to sell a unit. The sale will allow Michigan "
                              "General to concentrate on retailing in Texas.", options=OPTS)
    assert [p.in_name for p in found.places] == ["Michigan General Corp", "Michigan General", None]


def test_a_capital_that_names_a_company_stays_a_place_alone():
    found = newscoder.analyze("Singapore Airlines dropped 2.6%. About 5% of Singapore's output comes from tourism.",
                              options=OPTS)
    assert [(p.text, p.in_name) for p in found.places if p.in_name is None] == [("Singapore", None)]


def test_a_landmark_that_acts_stands_for_its_government():
    found = newscoder.analyze("Downing Street has denied the claims. Protesters gathered outside Downing Street.",
                              options=OPTS)
    assert [(p.metonym, p.name, p.country) for p in found.places] == [(True, "Downing Street", "GBR"),
                                                                      (False, "Downing Street", "GBR")]


def test_a_town_named_like_a_company_the_article_means_adds_no_country_to_its_focus():
    found = newscoder.analyze("Delta cuts fares in survival plan. Delta Air Lines is cutting fares by half to ensure "
                              "its survival. Delta, which lost $646m in three months, is restructuring. Delta's new "
                              "fares were tried on flights from Cincinnati.")
    assert [f.country for f in found.focus if f.feature == "country"] == ["USA"]


def test_a_place_named_far_more_often_than_it_opens_a_persons_name_stays_a_place():
    found = newscoder.analyze("Police in Swansea are investigating a leaflet posted to homes in Swansea. Swansea "
                              "council said it was shocked. Leaders in Swansea met on Monday. The party argues that "
                              "they should be able to debate this without fear of arrest. Swansea Unite Against "
                              "Fascism (UAF) is meeting this week to plan a campaign.", options=OPTS)
    assert sum(p.name == "Swansea" for p in found.places) >= 4
    # a surname stays a person's, however often the model calls it a place
    found = newscoder.analyze("Mustafa El-Feki spoke in Cairo. Egypt is poised to help, El-Feki explained. Sudan is "
                              "strategic, El-Feki told reporters. El-Feki added that aid would come. El-Feki stressed "
                              "the point.", options=OPTS)
    assert [p.name for p in found.places if "Feki" in p.text] == []


def test_a_small_namesake_in_a_list_of_world_cities_is_the_world_city():
    # the story's New York had made it Frankfort, New York
    found = newscoder.analyze("The New York governor welcomed the result. Farmers in upstate New York cheered. Albany "
                              "and Buffalo reported strong turnout across New York. Share prices in London, Frankfurt "
                              "and Paris also closed higher.", options=OPTS)
    assert [p.country for p in found.places if p.text in ("London", "Frankfurt", "Paris")] == ["GBR", "DEU", "FRA"]


def test_a_place_before_based_at_a_lines_start_is_no_dateline():
    # "UK-based" had matched the dateline pattern ("UK-" as "PARIS -"), and a dateline is a town: the village Uk
    found = newscoder.analyze("Bank deal agreed\n\nUK-based bank Northgate said it would buy a rival in Spain.",
                              options=OPTS)
    assert [(p.text, p.country, p.feature) for p in found.places if p.text == "UK"] == [("UK", "GBR", "country")]


def test_a_borough_is_itself_not_the_city_that_bears_its_name_as_an_alternate():
    found = newscoder.analyze("The company's offices in Manhattan were closed on Friday.", options=OPTS)
    assert [(p.name, p.population > 1_000_000) for p in found.places] == [("Manhattan", True)]


@pytest.mark.parametrize("text, word, name", [
    ("The company earned 50 mln U.S. dlrs in the quarter.", "U.S.", "U.S. dlrs"),
    ("Net profit rose to 12 mln Hong Kong dollars.", "Hong Kong", "Hong Kong dollars"),
    ("Assistant US Attorney Jane Roe said the men would face trial.", "US", "Assistant US Attorney"),
    ("U.S. Trade Representative Carla Hills flew to Geneva.", "U.S.", "U.S. Trade Representative"),
    # a bank's or a company's name the model cut, a pact or a group of states named after a town
    ("Korea First Bank was sold to a British lender.", "Korea", "Korea First Bank"),
    ("The group said New Zealand Aluminium Smelters Ltd would cut output.", "New Zealand",
     "New Zealand Aluminium Smelters Ltd"),
    ("The Cartagena group of debtor nations met in Uruguay.", "Cartagena", "Cartagena group of debtor nations"),
])
def test_a_place_in_a_currency_an_office_a_firm_or_a_pact_is_part_of_that_name(text, word, name):
    assert [p.in_name for p in by_text(newscoder.analyze(text, options=OPTS), word)] == [name]


def test_a_country_before_a_verb_like_a_currency_stays_a_place():
    found = newscoder.analyze("Poland marks the anniversary of the uprising.", options=OPTS)
    assert [(p.name, p.in_name) for p in found.places] == [("Poland", None)]


def test_a_listed_company_named_after_its_town_is_no_place_unless_used_as_one():
    found = newscoder.analyze("Carmakers showed hybrids at the motor show. Toyota has led the market with the Prius, "
                              "and Nissan has bought Toyota's hybrid technology.", options=OPTS)
    assert [p.name for p in found.places if p.text == "Toyota"] == []
    found = newscoder.analyze("The plant in Toyota, near Nagoya, closed. Toyota said output fell.", options=OPTS)
    assert [p.country for p in found.places if p.text == "Toyota"] == ["JPN", "JPN"]


def test_an_english_word_is_no_hamlet_unless_the_text_places_it():
    found = newscoder.analyze("The state Supreme Court denied the appeal in Baton Rouge, Louisiana. The state Supreme "
                              "Court also ruled on a second case.", options=OPTS)
    assert [p.name for p in found.places] == ["Baton Rouge", "Louisiana"]


def test_a_town_the_gazetteer_lacks_in_its_named_division_is_left_unresolved_and_the_division_found():
    # the model tagged no "Nottinghamshire"; Ashfield, New South Wales had been chosen
    found = newscoder.analyze("He chose not to stand against the minister in Ashfield, Nottinghamshire. UKIP won 31% "
                              "of the vote there.", options=OPTS)
    assert [(p.text, p.country) for p in found.places] == [("Ashfield", None), ("Nottinghamshire", "GBR")]
    found = newscoder.analyze("The plant is in Springfield, Illinois.", options=OPTS)
    assert [(p.text, p.country) for p in found.places] == [("Springfield", "USA"), ("Illinois", "USA")]


def test_the_states_leaders_and_parties_a_story_names_are_evidence_of_its_country():
    found = newscoder.analyze("Michael Howard told his party's spring conference in Brighton that the Tories would "
                              "win. His campaign chief, who ran four elections in Australia, agreed.", options=OPTS)
    assert [p.country for p in found.places if p.text == "Brighton"] == ["GBR"]


def test_the_story_actors_weigh_apart_from_the_countries_its_places_name():
    from collections import Counter

    from newscoder.steps.geo_resolve import Context
    ctx = Context.without({"#actors": Counter({"USA": 1.0}), "iraq": Counter({"IRQ": 1})}, {}, "")
    assert ctx.countries == Counter({"IRQ": 1}) and ctx.actors == Counter({"USA": 1.0})


def test_seats_of_government_and_districts_news_names_are_known_at_home():
    found = newscoder.analyze("The Scottish Parliament met at Holyrood. Critics at Holyrood said the plan failed.",
                              options=OPTS)
    assert [(p.name, p.country) for p in found.places] == [("Holyrood", "GBR"), ("Holyrood", "GBR")]
    found = newscoder.analyze("The bank moved its staff from the City of London to White City.", options=OPTS)
    assert [p.country for p in found.places if p.text == "White City"] == ["GBR"]


def test_a_company_named_with_a_possessive_is_no_town():
    found = newscoder.analyze("Three agencies - Standard & Poor's, Moody's and Fitch - downgraded the insurer, which "
                              "is based in Alabama.", options=OPTS)
    assert [p.name for p in found.places] == ["Alabama"]


def test_a_town_named_in_a_bands_name_is_no_place():
    found = newscoder.analyze("The group has supported Echo and the Bunnymen and toured with Duran Duran in Leeds.",
                              options=OPTS)
    assert [p.name for p in found.places] == ["Leeds"]


@pytest.mark.parametrize("text, feature", [
    ("Tourists will return to Phuket and five other provinces next year.", "admin"),
    ("Mining resumed in the central province of Masbate.", "county"),
    ("Phuket's beaches were crowded on Sunday.", "city"),
])
def test_a_province_named_like_its_seat_is_the_province_where_the_text_says_so(text, feature):
    assert [p.feature for p in newscoder.analyze(text, options=OPTS).places] == [feature]


def test_a_plan_named_after_a_person_is_no_town():
    found = newscoder.analyze("Debtor nations welcomed the Baker plan, officials in Louisiana said.", options=OPTS)
    assert [p.name for p in found.places] == ["Louisiana"]


def test_provinces_listed_before_their_word_are_provinces():
    # a guard of the list rule: the table knows these provinces, and a division abroad of the same name (Cordoba,
    # Colombia) must not push out the one the seat's country gives
    found = newscoder.analyze("BUENOS AIRES, March 25 - Growers found empty soybean pods in southern Cordoba and "
                              "Santa Fe provinces.", options=OPTS)
    assert [(p.text, p.feature, p.country) for p in found.places] == [
        ("BUENOS AIRES", "city", "ARG"), ("Cordoba", "admin", "ARG"), ("Santa Fe", "admin", "ARG")]


@pytest.mark.parametrize("text, expected", [
    # a town before a comma and a division's possessive or a person's first name keeps its own place
    ("In Berlin, Bavaria's leader criticised the chancellor.", [("Berlin", "DEU"), ("Bavaria", "DEU")]),
    ("In Sydney, Victoria Smith won the 100 metres final.", [("Sydney", "AUS")]),
    # a band's words that are a place's, a listed company's town used as a town, a town's own group or plan
    ("Snow fell on Denver and the Rockies.", [("Denver", "USA"), ("Rocky Mountains", None)]),
    ("The strike spread from Nagoya to Toyota.", [("Nagoya", "JPN"), ("Toyota", "JPN")]),
    ("Salzgitter and Braunschweig were hit by floods.", [("Salzgitter", "DEU"), ("Braunschweig", "DEU")]),
    ("A Seattle group of tenants sued the landlord.", [("Seattle", "USA")]),
    ("Officials unveiled the Flint plan to replace lead pipes.", [("Flint", "USA")]),
    # a leader named is no reason to move a big city to a small namesake in his country
    ("Biden's trade envoy visited Birmingham to meet carmakers.", [("Birmingham", "GBR")]),
])
def test_the_new_rules_leave_ordinary_places_alone(text, expected):
    found = newscoder.analyze(text, options=OPTS)
    assert [(p.name, p.country) for p in found.places if p.in_name is None] == expected


@pytest.mark.parametrize("text", [
    "New York lawmakers approved the budget, and the governor is expected to sign it.",
    "Fracking remains banned in New York, unlike neighboring Pennsylvania.",
    "The tax applies to every county in New York.",
])
def test_a_sentence_about_a_states_government_or_land_means_the_state(text):
    found = newscoder.analyze(text, options=OPTS)
    assert [p.feature for p in found.places if p.text == "New York"] == ["admin"]


def test_a_currency_word_after_a_division_is_no_currency():
    found = newscoder.analyze("The lottery sends Ohio dollars to schools.", options=OPTS)
    assert [(p.name, p.in_name) for p in found.places] == [("Ohio", None)]


def test_a_dateline_in_mixed_case_is_the_city_whatever_its_sentence_names():
    found = newscoder.analyze("New York, March 30 - Texas' cotton crop stands little chance of recovery, traders said.",
                              options=OPTS)
    assert [(p.name, p.feature) for p in found.places] == [("New York City", "city"), ("Texas", "admin")]


def test_a_dateline_with_a_colon_after_a_headline_is_the_town():
    found = newscoder.analyze("Drug dealer arrested near airport. BEIRUT: A major drug dealer was arrested on Monday.",
                              options=OPTS)
    assert [(p.text, p.country) for p in found.places] == [("BEIRUT", "LBN")]
    found = newscoder.analyze("Prices rose again. NOTE: figures are provisional.", options=OPTS)
    assert found.places == []


def test_a_national_capital_is_no_namesake_for_a_story_actors_bonus():
    # the hamlet War, West Virginia (an album) had drawn Dublin to Virginia once the US leader's bonus was added
    found = newscoder.analyze("U2 formed in Dublin in 1976. Bono said their albums War and Zooropa sold well in the "
                              "UK, and George W. Bush praised the band in the US.", options=OPTS)
    assert [p.country for p in found.places if p.text == "Dublin"] == ["IRL"]


def test_a_coast_named_by_its_direction_is_no_region_abroad():
    """Issue 12: "the West Coast" of a story about the United States is not New Zealand's West Coast region."""
    us = newscoder.analyze("Wildfires spread along the West Coast, officials in Oregon and California said.",
                           options=OPTS)
    assert all(p.country in (None, "USA") for p in by_text(us, "West Coast"))
    nz = newscoder.analyze("Greymouth is the largest town on New Zealand's West Coast.", options=OPTS)
    assert [p.country for p in by_text(nz, "West Coast")] == ["NZL"]  # the story's own country has one


# ---- issue 12, forty-fourth session: categories read on 2020 wire stories and 2004-2005 BBC copy


@pytest.mark.parametrize("text, name", [
    ("The actress won praise for her part in Monster, which opened in London and Paris last week.", "Monster"),
    ("Sales of low-fat snacks fell in Britain as shoppers followed the Atkins diet, the US firm said.", "Atkins"),
    ("Critics in the US loved Maria Full of Grace, which was shot in Colombia.", "Grace"),
    ("Campaigners in Scotland want the Waverley Line reopened between Edinburgh and the Borders.", "Waverley"),
])
def test_a_small_namesake_nothing_in_the_story_supports_is_no_place(text, name):
    """A film, a diet, a railway resolved to a small town of a country the story never names, or of a US state it
    never names, is no place; the story's other places stay."""
    found = newscoder.analyze(text, options=OPTS)
    assert not by_text(found, name)
    assert found.places


def test_a_small_town_the_story_supports_stays_a_place():
    for text, name, iso3 in [
        ("Rail campaigners met in Tweedbank, a village in the Scottish Borders near Edinburgh.", "Tweedbank", "GBR"),
        ("A fire in Ozark destroyed two homes. Ozark police said the cause was unknown, and Ozark residents gave "
         "clothes.", "Ozark", "USA"),  # a local paper's town, said as a place more than once, its state never named
        ("The Grant County sheriff said the road would reopen on Monday.", "Grant County", "USA"),
    ]:
        found = newscoder.analyze(text, options=OPTS)
        assert [p.country for p in by_text(found, name)][:1] == [iso3], text


def test_a_state_that_plays_in_a_sports_story_is_the_team():
    text = ("No. 9 Kansas recorded a 75-62 win over host Creighton on Saturday in Omaha. Jalen Brooks had 18 points "
            "and eight rebounds. Brooks scored six of Kansas's 12 points during a late run.")
    found = newscoder.analyze(text, options=OPTS)
    assert not by_text(found, "Kansas")
    assert [p.country for p in by_text(found, "Omaha")] == ["USA"]
    text = ("The Tigers won the title on Sunday, defeating Central High School of Lexington in the final. The team "
            "will represent Ohio at the national tournament after a 30-21 win over Indiana's top rated team.")
    found = newscoder.analyze(text, options=OPTS)
    assert {p.text for p in found.places} >= {"Ohio", "Indiana"}


def test_a_list_of_big_cities_keeps_its_towns_big():
    found = newscoder.analyze("Transit agencies across the country face cuts after ridership fell. Boston, Washington, "
                              "Atlanta, and New York could all make steep cuts to their bus services.", options=OPTS)
    assert [(p.admin1, p.feature) for p in by_text(found, "Boston")] == [("Massachusetts", "city")]
    assert [p.name for p in by_text(found, "New York")] == ["New York City"]


def test_a_dateline_region_that_is_a_state_and_a_country():
    found = newscoder.analyze("ATHENS, Georgia (Reuters) - The university said on Monday it would reopen.",
                              options=OPTS)
    assert [(p.text, p.country) for p in found.places] == [("ATHENS", "USA"), ("Georgia", "USA")]
    found = newscoder.analyze("TBILISI, Georgia (Reuters) - Protesters rallied outside parliament on Monday.",
                              options=OPTS)
    assert [p.country for p in found.places] == ["GEO", "GEO"]


def test_a_division_of_the_story_country_over_a_bigger_namesake_abroad():
    found = newscoder.analyze("MUMBAI (Reuters) - Power firms in states such as Punjab, Bihar and Kerala want to "
                              "cut supply, India's power ministry said.", options=OPTS)
    assert [p.country for p in by_text(found, "Punjab")] == ["IND"]


@pytest.mark.parametrize("text, name, iso3", [
    ("The former vice-president spoke about the Islamic Republic's government.", "Islamic Republic", "IRN"),
    ("Turkey's leader visited Northern Cyprus, which only Ankara recognises.", "Northern Cyprus", "CYP"),
])
def test_names_news_uses_for_states_and_regions(text, name, iso3):
    found = newscoder.analyze(text, options=OPTS)
    assert [p.country for p in by_text(found, name)] == [iso3]
    if name == "Northern Cyprus":
        assert by_text(found, name)[0].feature == "region"


def test_a_mixed_case_acronym_and_a_listed_carmaker_are_no_towns():
    found = newscoder.analyze("Gilts rallied in London after the BoE held rates, while France's markets fell.",
                              options=OPTS)
    assert not by_text(found, "BoE")
    found = newscoder.analyze("Several carmakers, including Hyundai, Toyota, Suzuki and Ford, already build cars in "
                              "India.", options=OPTS)
    assert not by_text(found, "Toyota")
    assert by_text(found, "India")


def test_a_hamlet_a_state_favours_gives_way_to_the_big_city():
    """"New York" (the city, as news means it) gives no state evidence that puts Boston in the village near Buffalo."""
    found = newscoder.analyze("The law firm hired two partners in New York, and Stephen Moeller, who joins in Boston, "
                              "is the latest hire. The firm's New York office has grown.", options=OPTS)
    assert [p.admin1 for p in by_text(found, "Boston")] == ["Massachusetts"]
    assert {p.name for p in by_text(found, "New York")} == {"New York City"}


def test_a_town_listed_with_world_cities_only_is_the_capital_and_its_other_mentions_follow():
    found = newscoder.analyze("Fans hoped she would appear in London for the anniversary. There are 14 productions, "
                              "including New York and London, with road shows in Toronto, South Korea and Madrid.",
                              options=OPTS)
    assert [p.country for p in by_text(found, "London")] == ["GBR", "GBR"]
    assert [p.country for p in by_text(found, "Madrid")] == ["ESP"]
    found = newscoder.analyze("The London and Sarnia plants in Ontario will close, and London and Windsor workers "
                              "will be laid off.", options=OPTS)
    assert {p.country for p in by_text(found, "London")} == {"CAN"}


def test_a_team_is_told_by_its_grammar():
    text = ("Nevada pulled off a 21-17 upset in Reno, Nev., on Saturday. Carson Strong threw two touchdown passes.\n"
            "Utah will host Colorado next week in its regular-season finale.")
    found = newscoder.analyze(text, options=OPTS)
    assert not by_text(found, "Utah") and not by_text(found, "Colorado") and not by_text(found, "Nevada")
    assert [p.country for p in by_text(found, "Reno")] == ["USA"]


@pytest.mark.parametrize("text, name, iso3", [
    ("She joined the ballet company in Monte Carlo when she was 14, and later toured Europe.", "Monte Carlo", "MCO"),
    ("The drama depicts a dirty bomb attack on the City of London, US viewers will see.", "City of London", "GBR"),
])
def test_a_small_place_said_as_a_place_stays_one_though_its_country_goes_unnamed(text, name, iso3):
    found = newscoder.analyze(text, options=OPTS)
    assert [p.country for p in by_text(found, name)] == [iso3]


def test_a_town_known_by_the_name_only_as_an_alternate_gives_way_to_the_big_town_of_that_name():
    found = newscoder.analyze("CAPE TOWN (Reuters) - The refinery in Durban, owned by Petronas, shut down on Monday, "
                              "officials in Cape Town said.", options=OPTS)
    assert [p.admin1 for p in by_text(found, "Durban")] == ["Kwazulu-Natal"]


def test_an_oil_benchmark_alone_in_an_oil_story_is_no_town():
    found = newscoder.analyze("U.S. crude was off 13 cents at $46.13 per barrel and Brent was down at $49.10. Brent "
                              "has lost a quarter of its value this year.", options=OPTS)
    assert not by_text(found, "Brent")
    found = newscoder.analyze("Councillors in Brent, north London, voted to close the library.", options=OPTS)
    assert [p.country for p in by_text(found, "Brent")] == ["GBR"]


def test_a_gulf_state_is_no_province_of_papua_new_guinea():
    found = newscoder.analyze("DUBAI (Reuters) - Bahrain disavowed comments made by the Gulf state's trade minister, "
                              "as tankers crossed the Gulf on Monday.", options=OPTS)
    assert all(p.country != "PNG" for p in found.places)


def test_a_university_named_by_its_state_plays_in_a_sports_story():
    found = newscoder.analyze("Baylor beat Kansas 24-13 on Saturday and ends its regular season next week against "
                              "Oklahoma State. Texas cruised past Iowa State as its quarterback threw three "
                              "touchdowns.", options=OPTS)
    assert found.places == []


# ---- the review of the forty-fourth session's rules: each a misfire it found, on sentences of its kind


@pytest.mark.parametrize("text, names", [
    ("Fighting in Kirkuk forced the pipeline to shut, halting Kirkuk crude exports to Ceyhan.", {"Kirkuk", "Ceyhan"}),
    ("Chicago futures rose on Monday. Traders in Chicago said wheat demand was strong.", {"Chicago"}),
    ("A brewery in Brent will double output to 10,000 barrels a year.", {"Brent"}),
    ("Oil output in the Urals rose as OPEC cut production.", {"Urals"}),
])
def test_a_grade_or_a_market_named_after_a_place_leaves_its_place(text, names):
    assert {p.text for p in newscoder.analyze(text, options=OPTS).places} >= names


@pytest.mark.parametrize("text, name", [
    ("Florida's Ron DeSantis praised the Panthers after they won the Stanley Cup. The team scored three goals in "
     "the game.", "Florida"),
    ("Louisiana was hit hard by the hurricane, and the Saints won 27-20 on Sunday in the game.", "Louisiana"),
    ("Tornadoes ripped through Oklahoma on Sunday, a day after the Sooners won the game 31-24 and scored four "
     "touchdowns.", "Oklahoma"),
    ("Biden won Pennsylvania by 80,000 votes. In a season of surprises, the game changer was turnout, and Trump led "
     "Florida by 3 points in the final game of the season.", "Pennsylvania"),
    ("England beat France 2-1 in the World Cup quarterfinal in Qatar. The game drew record points.", "England"),
])
def test_a_place_in_a_sports_story_that_does_not_play_stays_a_place(text, name):
    assert by_text(newscoder.analyze(text, options=OPTS), name)


@pytest.mark.parametrize("text, name, admin1", [
    ("The Missouri Highway Patrol said a tornado damaged homes in Houston on Sunday.", "Houston", "Missouri"),
    ("Arkansas officials said the peach festival in Nashville was canceled.", "Nashville", "Arkansas"),
    ("Police in upstate New York said the man was arrested in Boston on Friday.", "Boston", "New York"),
])
def test_a_hamlet_of_a_state_the_story_names_stays_there(text, name, admin1):
    assert [p.admin1 for p in by_text(newscoder.analyze(text, options=OPTS), name)] == [admin1]


@pytest.mark.parametrize("text, name, iso3", [
    ("Clashes erupted in Beirut and Tripoli on Sunday, Lebanese security sources said.", "Tripoli", "LBN"),
    ("Ontario reported new cases in Toronto and London on Monday. London health officials urged caution.", "London",
     "CAN"),
])
def test_a_town_listed_with_capitals_stays_in_the_country_the_story_names(text, name, iso3):
    assert {p.country for p in by_text(newscoder.analyze(text, options=OPTS), name)} == {iso3}


@pytest.mark.parametrize("text, name", [
    ("The president flew to Rehoboth Beach for the weekend.", "Rehoboth Beach"),
    ("East Palestine residents demanded answers after the derailment.", "East Palestine"),
    ("The mayor of East Palestine said the water was safe.", "East Palestine"),
    ("Serbian leaders denied that genocide took place at Srebrenica.", "Srebrenica"),
    ("Hayward, a city east of San Francisco, will raise its minimum wage.", "Hayward"),
])
def test_a_small_place_a_word_places_stays_a_place(text, name):
    assert by_text(newscoder.analyze(text, options=OPTS), name)
