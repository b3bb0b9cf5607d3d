"""Entities step: gazetteer fixes of spaCy NER, canonical names, salience, actors."""

import pytest

from newscoder import analyze, pipeline
from newscoder.options import Options
from newscoder.steps.entities import canonical_at, find_actor
from newscoder.steps.focus import country_tags

ONLY = Options(steps=("entities",))


@pytest.fixture(scope="module")
def nlp():
    return pipeline.load(ONLY.steps)


def run(nlp, text, title=None):
    return nlp(pipeline.make_doc(nlp, pipeline.Article(text=text, title=title), ONLY))


def canon(doc, surface):
    return {e.canonical for e in doc._.nc_entities if e.text == surface}


TEXT = (
    "Turkish officials met US envoys in Ankara on Monday. Washington and the United States "
    "Senate were told that the U.S. would not back the Kurdish People's Protection Units (YPG). "
    "Ankara accused Washington of supporting the YPG. President Recep Tayyip Erdogan said Turkey "
    "would act. Erdogan spoke in Istanbul."
)


def test_countries_are_canonical(nlp):
    doc = run(nlp, TEXT)
    assert canon(doc, "US") == {"United States"}
    assert canon(doc, "U.S.") == {"United States"}
    assert canon(doc, "Turkish") == {"Turkey"}
    # capitals as actors map to the country, as places they stay cities
    mentions = [(e.text, e.canonical) for e in doc._.nc_entities if e.text in ("Ankara", "Washington")]
    assert ("Ankara", "Ankara") in mentions  # "in Ankara"
    assert ("Ankara", "Turkey") in mentions  # "Ankara accused"
    assert ("Washington", "United States") in mentions


def test_acronym_and_long_name_are_one_entity(nlp):
    doc = run(nlp, TEXT)
    ypg = {e.canonical for e in doc._.nc_entities if "YPG" in e.text or "Protection" in e.text}
    assert ypg == {"YPG"}
    assert doc._.nc_actors["YPG"].count >= 3
    assert doc._.nc_actors["YPG"].code == "SYRREBYPG"


def test_an_organisation_cut_at_a_party_word_is_one_name(nlp):
    # the model cut "Rally of Socialist" + "Democrats", and "Democrats" was the US party
    doc = run(nlp, "The Rally of Socialist Democrats (RSD) accused the cabinet of fraud. The RSD will protest.")
    assert {e.canonical for e in doc._.nc_entities if e.label == "ORG"} == {"RSD"}
    doc = run(nlp, "The Front of Socialist Democrats accused the cabinet of fraud.")
    assert [e.text for e in doc._.nc_entities if e.label == "ORG"] == ["Front of Socialist Democrats"]
    assert all(e.canonical != "Democratic Party" for e in doc._.nc_entities)


def test_unknown_acronym_defined_in_text(nlp):
    doc = run(nlp, "The Northern Grain Farmers Association (NGFA) said prices fell. "
                   "The NGFA wants subsidies, and NGFA members will protest.")
    names = {e.canonical for e in doc._.nc_entities if e.label == "ORG"}
    assert names == {"NGFA"}


def test_surname_links_to_full_name(nlp):
    doc = run(nlp, "Maria Fernandez Ortega won the vote. Ortega thanked her supporters.")
    assert canon(doc, "Ortega") == {"Maria Fernandez Ortega"}


def test_offsets_and_sorting(nlp):
    doc = run(nlp, TEXT)
    ents = doc._.nc_entities
    assert [e.start for e in ents] == sorted(e.start for e in ents)
    for e in ents:
        assert TEXT[e.start:e.end] == e.text
        assert 0.0 <= e.salience <= 1.0
    assert not any(e.text.lower().startswith("the ") for e in ents)


def test_salience_ranks_main_actors(nlp):
    doc = run(nlp, TEXT, title="Turkey warns US over Kurdish militia")
    actors = doc._.nc_actors
    top = list(actors)[:3]
    assert "Turkey" in top and "United States" in top
    assert actors["Turkey"].kind == "country" and actors["Turkey"].code == "TUR"
    assert actors["Turkey"].salience > actors["Istanbul"].salience


def test_canonical_at(nlp):
    doc = run(nlp, TEXT)
    start = TEXT.index("U.S.")
    assert canonical_at(doc, start, start + 4) == "United States"
    assert canonical_at(doc, 0, 3) == "Turkey"
    assert canonical_at(doc, TEXT.index("Monday"), TEXT.index("Monday") + 6) is None


def test_place_fixes(nlp):
    doc = run(nlp, "Troops entered Afrin, Jarablus and the town of Manbij.")
    labels = {e.text: e.label_ for e in doc.ents}
    assert labels.get("Afrin") == "GPE" and labels.get("Jarablus") == "GPE"
    assert labels.get("Manbij") == "GPE"


def test_dateline_and_country_tags(nlp):
    doc = run(nlp, "WESTPORT, Conn., March 17 - The company said quarterly profit rose. "
                   "It sells most of its products at home.")
    assert country_tags(doc) == ["United States"]
    doc = run(nlp, "LONDON, March 3 - British exporters said demand from Japan was weak, "
                   "while British banks expanded.")
    tags = country_tags(doc)
    assert tags[0] == "United Kingdom"


def test_actor_table():
    assert find_actor("NATO").code == "IGONAT"
    assert find_actor("Erdogan").canonical == "Recep Tayyip Erdogan"
    assert find_actor("the Pentagon").country == "USA"
    assert find_actor("Nobody In Particular") is None


def test_analyze_output_contract():
    a = analyze(TEXT, options=ONLY)
    d = a.to_dict()
    ent = d["entities"][0]
    assert set(ent) == {"text", "label", "start", "end", "canonical", "salience"}


def test_empty_and_entityless(nlp):
    doc = run(nlp, "it was raining and nobody came.")
    assert doc._.nc_entities == [] and doc._.nc_actors == {}


def test_same_text_named_and_number(nlp):
    # one text tagged both as a name and as a number must not break label voting
    doc = run(nlp, "Boeing 737 jets and the 737 fleet: the 737 is grounded, Boeing said of the 737.")
    assert all(e.label_ for e in doc.ents)


def test_country_tags_ignore_currency_and_use_title(nlp):
    doc = run(nlp, "OTTAWA, March 3 - Canadian reserves rose 500 mln U.S. dlrs in February, "
                   "the Bank of Canada said. Reserves are held in U.S. dlrs.",
              title="NORWAY BUYS CANADIAN BONDS")
    tags = country_tags(doc)
    assert tags[0] == "Canada"
    assert "United States" not in tags
    assert "Norway" in tags  # named in the title only


def test_dateline_state_codes(nlp):
    for line in ("NORTHBROOK, ILL., March 26 - Shr loss five cts.", "KULPSVILLE, PA, April 1 - Net profit rose."):
        assert country_tags(run(nlp, line)) == ["United States"]


def test_surname_of_a_named_person_is_a_person(nlp):
    doc = run(nlp, "Defense Secretary Lloyd Austin visited troops on Friday. "
                   "Austin told reporters the mission was over.")
    labels = [(e.text, e.label_) for e in doc.ents if e.text == "Austin"]
    assert labels == [("Austin", "PERSON")]
    assert canon(doc, "Austin") == {"Lloyd Austin"}


def test_a_surname_that_is_a_demonym_is_the_person_only_where_it_names_someone(nlp):
    doc = run(nlp, "Leandra English, Chile's deputy finance minister, sued the government on Monday. A Chilean "
                   "judge on Tuesday rejected English's argument. Chile's English teachers went on strike.")
    labels = [e.label_ for e in doc.ents if e.text == "English"]
    assert labels == ["PERSON", "NORP"]  # was NORP twice: England's, not the minister
    assert canon(doc, "English") >= {"Leandra English"}


def test_a_surname_that_is_a_month_is_the_person_where_it_is_a_subject(nlp):
    doc = run(nlp, "Prime Minister Theresa May met the king on Monday. This month, May publicly criticized the "
                   "mayor for his remarks. Talks with the unions resume in May.")
    labels = [(e.start_char, e.label_) for e in doc.ents if e.text == "May"]
    assert [label for _, label in labels] == ["PERSON", "DATE"]  # the subject was a DATE: no actor, no event
    assert canon(doc, "May") >= {"Theresa May"}


def test_company_with_and_without_legal_suffix_is_one_entity():
    from newscoder import analyze

    a = analyze("Nordwind Inc reported higher profits on Thursday. Nordwind said sales of its heat pumps "
                "doubled, and Nordwind shares rose 5 percent in Frankfurt.")
    canon = {e.canonical for e in a.entities if e.label == "ORG"}
    assert "Nordwind" in canon and "Nordwind Inc" not in canon


def test_name_after_a_title_is_a_person_and_a_visited_capital_is_a_place():
    from newscoder import analyze

    a = analyze("President Bush met Chancellor Kohl in Bonn on Friday. Prime Minister Sharif visited Kabul.")
    labels = {e.text: (e.label, e.canonical) for e in a.entities}
    assert labels["Bush"][0] == "PERSON"
    assert labels["Kabul"] == ("GPE", "Kabul")
    assert not any(p.text == "Bush" for p in a.places)


def test_label_ties_are_settled_the_same_way_under_any_hash_seed():
    """Two mentions of one name with two labels, once each: the winner must not depend on set order."""
    import spacy
    from spacy.tokens import Span

    from newscoder.steps.entities import Mention, harmonize_labels

    doc = spacy.blank("en")("Glenmora Flats voted. Glenmora Flats won.")
    spans = [Span(doc, 0, 2, "ORG"), Span(doc, 4, 6, "GPE")]
    for order in (spans, spans[::-1]):
        mentions = [Mention(span=s, canonical="Glenmora Flats", kind="name") for s in order]
        assert harmonize_labels(mentions)
        assert [m.span.label_ for m in mentions] == ["GPE", "GPE"]


def test_an_acronym_of_initials_is_the_long_name_without_a_definition(nlp):
    doc = run(nlp, "Harlow Motor Works Corp said on Monday it would close a plant. HMW shares fell 4 pct, "
                   "and HMW said talks with the union had failed.")
    names = {e.canonical for e in doc._.nc_entities if e.label == "ORG"}
    assert names == {"Harlow Motor Works Corp"}


def test_sports_teams_named_by_their_place_are_organisations(nlp):
    doc = run(nlp, "Oregon State beat Nevada 78-70 on Saturday. Nevada's coach praised the defense, and the "
                   "Beavers scored 20 points in overtime. Oregon State plays at home in Corvallis next week, "
                   "and fans in Nevada hope the season turns.")
    labels = {(e.text, e.label) for e in doc._.nc_entities}
    assert ("Nevada", "ORG") in labels and ("Oregon State", "ORG") in labels
    assert ("Corvallis", "GPE") in labels
    assert ("Nevada", "GPE") in labels  # "fans in Nevada": the place


def test_an_acronym_is_not_a_person_and_a_caption_word_is_not_a_name(nlp):
    doc = run(nlp, "Gallery (8 images)\n\nWildfires spread near the coast. KORVA said its satellites saw "
                   "the smoke. KORVA will share the images with firefighters.")
    labels = {(e.text, e.label) for e in doc._.nc_entities}
    assert ("KORVA", "PERSON") not in labels
    assert not any(e.text in ("Gallery", "Wildfires") for e in doc._.nc_entities)


def _spans_fixed(nlp, text, marked):
    """fix_spans on entities set by hand (text, label), whatever the model would find."""
    from spacy.tokens import Span

    from newscoder.steps.ner_spans import fix_spans

    doc = nlp.make_doc(text)
    for name in ("tok2vec", "tagger", "attribute_ruler"):
        doc = nlp.get_pipe(name)(doc)
    ents = []
    for surface, label in marked:
        start = text.index(surface)
        span = doc.char_span(start, start + len(surface))
        ents.append(Span(doc, span.start, span.end, label))
    return {(e.text, e.label_) for e in fix_spans(doc, ents)}


def test_span_errors_by_category(nlp):
    got = _spans_fixed(nlp, "Photo: Marta Quintela / Pool. Senator Paul Ostrander and Carla Brandt met "
                            "Ivo Lenz Dec 7 of Lisbon-based Qorvio, Dravon Capital and Helix and the Food and "
                            "Drug Administration.",
                       [("Marta Quintela / Pool", "PERSON"), ("Senator Paul Ostrander and Carla Brandt", "PERSON"),
                        ("Ivo Lenz Dec 7", "PERSON"), ("Lisbon", "GPE"), ("Dravon Capital and Helix", "ORG"),
                        ("Food and Drug Administration", "ORG")])
    assert got == {("Marta Quintela", "PERSON"), ("Pool", "ORG"), ("Paul Ostrander", "PERSON"),
                   ("Carla Brandt", "PERSON"), ("Ivo Lenz", "PERSON"), ("Lisbon-based", "NORP"),
                   ("Dravon Capital", "ORG"), ("Helix", "ORG"), ("Food and Drug Administration", "ORG")}


def test_a_name_stops_at_a_line_in_capitals_but_not_at_a_wrapped_line(nlp):
    got = _spans_fixed(nlp, "By Hana Okafor\nNAIROBI - Talks with Merrill\nLynch Capital failed.",
                       [("Hana Okafor\nNAIROBI", "PERSON"), ("Merrill\nLynch Capital", "ORG")])
    assert ("Hana Okafor", "PERSON") in got and ("NAIROBI", "GPE") in got
    assert ("Merrill\nLynch Capital", "ORG") in got


def test_canonical_names_respect_the_articles_date(nlp):
    import datetime as dt

    text = "The EC and the Soviet Union signed a grain deal. West German officials said the EC would pay."
    old = nlp(pipeline.make_doc(nlp, pipeline.Article(text=text, date=dt.date(1987, 3, 2)), ONLY))
    new = nlp(pipeline.make_doc(nlp, pipeline.Article(text=text, date=dt.date(2021, 3, 2)), ONLY))
    assert canon(old, "EC") == {"European Community"} and canon(new, "EC") == {"European Union"}
    assert canon(old, "Soviet Union") == canon(new, "Soviet Union") == {"Soviet Union"}
    assert canon(old, "West German") == {"West Germany"}
    assert old._.nc_actors["Soviet Union"].country == "RUS"  # countries are still weighed by successor


def test_a_region_after_a_town_is_not_the_country_of_that_name(nlp):
    doc = run(nlp, "NEWARK, N.J., April 13 - New Jersey Bell said a trust based in Atlanta, Georgia, bought "
                   "the unit. Georgia and Armenia signed a gas deal in Tbilisi.")
    kinds = [(e.text, doc._.nc_actors[e.canonical].country) for e in doc._.nc_entities if "Jersey" in e.text
             or e.text == "Georgia"]
    assert ("New Jersey Bell", None) in kinds or all(c == "USA" for t, c in kinds if "Jersey" in t)
    assert [c for t, c in kinds if t == "Georgia"][0] == "USA"
    assert [c for t, c in kinds if t == "Georgia"][1] == "GEO"
    assert "JEY" not in {c for _, c in kinds}


def test_a_town_before_a_us_state_abbreviation_is_in_the_us(nlp):
    doc = run(nlp, "BIRMINGHAM, Ala., March 11 - The utility said demand rose in Birmingham, England.")
    first = doc._.nc_entities[0]
    assert first.text == "BIRMINGHAM" and doc._.nc_actors[first.canonical].country == "USA"


def test_ticker_symbols_are_not_names(nlp):
    doc = run(nlp, "ORLANDO MILLS <ORML> SETS DIVIDEND\n\nOrlando Mills Inc <ORML.O> said it set a dividend.")
    assert not any("ORML" in e.text for e in doc._.nc_entities)


def test_firm_name_taken_for_a_person_is_an_organisation_unless_a_person_bears_it():
    from newscoder.pipeline import analyze

    labels = {e.text: e.label for e in analyze("Lena Holm, a spokeswoman for Ericsson, said on Monday that "
                                               "sales had fallen.").entities}
    assert labels.get("Ericsson") == "ORG"
    labels = {e.text: e.label for e in analyze("Anna Ericsson, the Swedish minister, criticised the plan. "
                                               "Ericsson said it was costly.").entities}
    assert "ORG" not in {labels.get("Ericsson"), labels.get("Anna Ericsson")}


def test_firm_names_that_are_words_become_organisations_only_where_the_model_tagged_a_name():
    from newscoder.pipeline import analyze

    labels = {e.text: e.label for e in analyze("In 2009, the U.S. asked Twitter to delay maintenance work.").entities}
    assert labels.get("Twitter") == "ORG"  # the model's PERSON
    labels = {e.text: e.label for e in analyze("Gerald Ford met Leonid Brezhnev in 1974. Ford said the talks went "
                                               "well.").entities}
    assert labels.get("Ford") == "PERSON"  # a surname of a person named in full


def test_a_name_described_as_a_firm_is_an_organisation_in_every_mention(nlp):
    doc = run(nlp, "British fashion retailer Halbrook Vane cut 900 jobs on Monday as lockdowns hit sales . "
                   "Halbrook Vane said its loss widened . Shares in Halbrook Vane fell 5 % after Halbrook Vane "
                   "warned on profit .\nItalian gas group Sarnetti signed a hydrogen deal with Linde . Sarnetti "
                   "makes most of its revenue in Italy , and Sarnetti has pledged to spend more .")
    labels = {(e.text, e.label) for e in doc._.nc_entities if e.text in ("Halbrook Vane", "Sarnetti")}
    assert labels == {("Halbrook Vane", "ORG"), ("Sarnetti", "ORG")}


def _labels(doc):
    return {(e.text, e.label) for e in doc._.nc_entities}


def test_party_members_are_a_group_and_holidays_pronouns_and_lower_case_words_are_no_names(nlp):
    doc = run(nlp, "Republicans and Democrats in Washington argued before Christmas about the budget, and the "
                   "Republican Party said it would vote after New Year. The health ministry said the plan was "
                   "late.\nMara Velde - She led the power ministry for two years.\nTom Irwin - A former envoy, he "
                   "knows the region.")
    labels = _labels(doc)
    assert ("Republicans", "NORP") in labels and ("Democrats", "NORP") in labels
    assert ("Republican Party", "ORG") in labels
    assert doc._.nc_actors["Republican Party"].code == "USAPTYREP"  # the members still name the party's actor
    named = {text for text, _ in labels}
    assert not named & {"Christmas", "New Year", "health ministry", "power ministry", "She", "A"}


def test_people_of_a_byline_and_a_photo_credit_are_people(nlp):
    doc = run(nlp, "Orvan Mining said output rose 4 % in the quarter.\nREUTERS / Kallie Maddox / File Photo\n"
                   "( Reporting by Wendel Roske and Fransina Tolle in Jakarta ; Editing by Toby Varnham )\n"
                   "( By Robyn Castell )")
    labels = _labels(doc)
    for name in ("Kallie Maddox", "Wendel Roske", "Fransina Tolle", "Toby Varnham", "Robyn Castell"):
        assert (name, "PERSON") in labels
    assert ("Jakarta", "GPE") in labels


def test_an_organisation_named_with_a_possessive_or_an_organisation_word_is_one_organisation(nlp):
    doc = run(nlp, "The opposition People's Renewal Party called for an inquiry. Fighters of the Ostravan "
                   "People's Army seized the town, and the Farmers' Union Party walked out of the talks.")
    labels = _labels(doc)
    for name in ("People's Renewal Party", "Ostravan People's Army", "Farmers' Union Party"):
        assert (name, "ORG") in labels
    doc = run(nlp, "Officials of the Marlow Society and the Kessa Federation met.")
    assert ("Kessa Federation", "ORG") in _labels(doc)  # the model's GPE


def test_regions_the_gazetteer_knows_are_places_and_compass_initials_name_a_place(nlp):
    doc = run(nlp, "Villagers in Hokkaido and Punjab have fought similar projects, the association said. "
                   "Farmers in Kerala joined them.")
    labels = _labels(doc)
    assert {("Hokkaido", "GPE"), ("Punjab", "GPE")} <= labels
    doc = run(nlp, "W. Virginia beat N. Carolina 81-77 on Saturday.")
    assert not any(label == "PERSON" for _, label in _labels(doc))  # "W. Virginia" was a PERSON


def test_a_score_after_a_team_a_club_named_city_and_word_and_a_common_word_before_a_player(nlp):
    doc = run(nlp, "Manchester United beat Leeds 2-0 on Saturday and Chelsea drew with Everton in the league. "
                   "Chargers rookie Jed Marsh scored his first touchdown of the season.")
    labels = _labels(doc)
    assert {("Manchester United", "ORG"), ("Leeds", "ORG"), ("Jed Marsh", "PERSON")} <= labels
    assert not any("2-0" in text for text, _ in labels)


def test_a_name_a_number_completes_keeps_it(nlp):
    doc = run(nlp, "The minister told BBC Radio 4's Today programme on Monday that the bill would pass. "
                   "She later spoke on Radio 5 Live.")
    labels = _labels(doc)
    assert ("BBC Radio 4", "ORG") in labels and ("BBC Radio", "ORG") not in labels
    assert ("Radio 5 Live", "ORG") in labels
    doc = run(nlp, "The colt was second in a Group 2 race at Ascot on Saturday.")
    assert not any(text.startswith("Group") for text, _ in _labels(doc))  # a race's grade


def test_a_firm_named_after_a_firm_noun_is_a_firm_in_every_mention(nlp):
    doc = run(nlp, "Gas exploration and production company Vorlane said on Monday it was in talks to buy assets. "
                   "Vorlane said it expected to fund the deal without issuing equity.")
    assert [e.label for e in doc._.nc_entities if e.text == "Vorlane"] == ["ORG", "ORG"]


def test_a_common_word_opening_a_sentence_is_no_person(nlp):
    doc = run(nlp, "The local hospital treated two people for hypothermia. The Red Cross opened a shelter at "
                   "Lincoln High School.\nFireworks planned for the town's anniversary were postponed.")
    assert not any(e.text == "Fireworks" for e in doc._.nc_entities)


def test_a_bare_place_name_joins_the_longer_name_the_text_gives_first():
    """"Leeward" with "Leeward Islands" and "Leeward Island" in one article (a DUC-2001 story) went to whichever
    the set of names gave last, which changed with PYTHONHASHSEED; now the one named first."""
    from types import SimpleNamespace

    from newscoder.steps.entities import Mention, _link_geo_names

    def mentions(*names):
        return [Mention(SimpleNamespace(label_="LOC"), name, "place") for name in names]

    for order in (("Leeward Islands", "Leeward Island"), ("Leeward Island", "Leeward Islands")):
        found = mentions(*order, "Leeward")
        _link_geo_names(found)
        assert [m.canonical for m in found] == [order[0], order[1], order[0]]


def test_national_bodies_and_parties_carry_their_country():
    assert find_actor("Tories").country == "GBR" and find_actor("Lib Dems").country == "GBR"
    assert find_actor("Bundestag").country == "DEU" and find_actor("Knesset").country == "ISR"
    assert find_actor("Blair").canonical == "Tony Blair"
    assert find_actor("Bush").country == "USA" and find_actor("Bush").canonical == "Bush"  # two presidents


def test_a_british_story_naming_america_keeps_its_own_country(nlp):
    doc = run(nlp, "Labour and the Tories clashed in the Commons over pensions. Tony Blair said Labour would "
                   "not copy the Lib Dems. He said the American election showed that voters want results.")
    assert country_tags(doc)[:1] == ["United Kingdom"]


def test_a_known_person_named_first_by_surname_keeps_the_tables_record(nlp):
    doc = run(nlp, "Blair rejects split claim\n\nTony Blair denied on Monday that his cabinet was divided.")
    assert doc._.nc_actors["Tony Blair"].country == "GBR"

def test_a_capital_in_a_list_of_places_or_naming_a_thing_is_the_city(nlp):
    """Issue 13 (wrong merges): a capital is its state's actor only where it acts or names a government."""
    doc = run(nlp, "Norsk Borsen, which runs markets in Stockholm, Copenhagen, Oslo and Helsinki, declined to "
                   "comment. The Oslo exchange said its shares rose, and Nairobi's hospitals ran short of drugs. "
                   "Beijing ministers met Moscow's envoy, and Paris and Berlin rejected the plan.")
    for city in ("Stockholm", "Copenhagen", "Oslo", "Helsinki", "Nairobi"):
        assert canon(doc, city) == {city}
    for capital, country in (("Beijing", "China"), ("Moscow", "Russia"), ("Paris", "France"), ("Berlin", "Germany")):
        assert canon(doc, capital) == {country}


def test_a_name_after_a_firm_noun_is_a_firm_even_where_a_town_bears_it():
    """Issue 12/13 (non-places geocoded, firms mislabelled): "network Orange" is the firm, not the French town."""
    a = analyze("Vantor gets Orange boost\n\nSubscriptions to mobile phone network Orange rose, and data services "
                "provider Quelbrix and the broadcaster Sky Vista said sales grew. The clearing firm Kestrom bought "
                "a stake. Orange said it would hire 200 people in Lyon.")
    labels = {e.text: e.label for e in a.entities}
    assert labels["Orange"] == labels["Quelbrix"] == labels["Sky Vista"] == labels["Kestrom"] == "ORG"
    assert [p.text for p in a.places] == ["Lyon"]


def test_a_known_place_used_as_one_is_no_person_or_product():
    """Issue 13 (wrong labels): a town or county after "in", after a town and a comma, or in a list of places."""
    a = analyze("Riders gathered at the Old Vale Hunt in Tetbury, Gloucestershire, on Saturday. Our reporter, in "
                "Melton Mowbray, said crowds were large in that part of Leicestershire.")
    labels = {e.text: e.label for e in a.entities}
    for place in ("Gloucestershire", "Melton Mowbray", "Leicestershire"):
        assert labels[place] in ("GPE", "LOC"), place
    b = analyze("Kate Kent and Ann Chester spoke. Kent said she would stay in the party, and Chester agreed.")
    assert {e.label for e in b.entities} == {"PERSON"}


def test_a_name_opening_the_story_after_its_headline_stays_whole():
    """Issue 13 (names split): the sentence set to start after the headline must not end inside the first name."""
    a = analyze("Jones bids for Leeds club\n\nPriti Patel is to make a pitch for the city vote on Monday.")
    assert "Priti Patel" in {e.text for e in a.entities if e.label == "PERSON"}


def test_an_office_is_no_organisation_and_a_party_word_no_first_name(nlp):
    """Issue 13 (junk entities): titles and portfolios the model took for organisations; a blank line ends a name."""
    text = ("Fisheries Minister Anna Lowe said quotas would fall. Harbour Party Co-Chairman Tom Reed disagreed, and "
            "Fenton MP Jo Marsh and the Dunmore MSP Kay Bell called for talks. Rural Affairs Commissioner Ian Cole "
            "and Home Office minister Ed Lane will decide, Tory Ben Ross Hale said.\n\nZentrix fell.")
    got = _spans_fixed(nlp, text, [("Fisheries", "ORG"), ("Harbour Party Co-Chairman", "ORG"), ("Fenton MP", "ORG"),
                                   ("MSP", "ORG"), ("Rural Affairs", "ORG"), ("Home Office", "ORG"),
                                   ("Tory Ben Ross Hale", "PERSON"), ("said.\n\nZentrix", "ORG")])
    assert got == {("Harbour Party", "ORG"), ("Fenton", "ORG"), ("Home Office", "ORG"), ("Tory", "NORP"),
                   ("Ben Ross Hale", "PERSON"), ("Zentrix", "ORG")}


def test_a_title_starts_a_person_and_a_name_ended_on_of_goes_on(nlp):
    """Issue 13 (junk entities, names split): "Mr X" taken for an organisation, names cut after "of the"."""
    text = ("Prices fell, the Office of the Rail Regulator said. In a speech to the Harbour Policy Forum Mr Dale "
            "said the plan was wrong, and Mrs Kemp agreed. The Budget of 2003 raised taxes.")
    got = _spans_fixed(nlp, text, [("Office of the", "ORG"), ("Harbour Policy Forum Mr Dale", "ORG"),
                                   ("Mrs Kemp", "ORG"), ("Budget of", "ORG")])
    assert got == {("Office of the Rail Regulator", "ORG"), ("Harbour Policy Forum", "ORG"), ("Dale", "PERSON"),
                   ("Kemp", "PERSON"), ("Budget", "ORG")}


def test_a_name_right_after_a_firm_noun_is_a_firm_whatever_the_parse(nlp):
    """Issue 13 (wrong labels): "the law firm Harlan Pryce" parsed with the name as the verb's object, not the
    noun's: the firm noun right before the name still says it is a firm."""
    from spacy.tokens import Doc, Span

    from newscoder.steps.ner_conventions import _label

    words = ["He", "earns", "fees", "from", "the", "law", "firm", "Harlan", "Pryce", "."]
    doc = Doc(nlp.vocab, words=words, pos=["PRON", "VERB", "NOUN", "ADP", "DET", "NOUN", "NOUN", "PROPN", "PROPN",
                                           "PUNCT"],
              heads=[1, 1, 1, 1, 6, 6, 3, 8, 1, 1], deps=["nsubj", "ROOT", "dobj", "prep", "det", "compound", "pobj",
                                                         "compound", "dobj", "punct"],
              lemmas=["he", "earn", "fee", "from", "the", "law", "firm", "Harlan", "Pryce", "."])
    assert _label(Span(doc, 7, 9, "PERSON"), sports=False) == "ORG"


def test_an_acronym_of_common_words_is_no_name():
    """Issue 13 (junk entities): "megawatts (MW)" defines a unit, so "MW" is no organisation anywhere."""
    a = analyze("The plant will add 900 megawatts (MW) of capacity. A second plant of 1,200 MW is planned by Norvik "
                "Power, and gross domestic product (GDP) rose. The World Health Organization (WHO) said the Kestrel "
                "Energy Group (KEG) would help.")
    texts = {e.text for e in a.entities}
    assert "MW" not in texts and "GDP" not in texts
    assert {"WHO", "KEG", "Norvik Power"} <= texts


def test_short_forms_of_party_members_are_a_group_not_a_person():
    """Issue 13 (wrong labels): "the Lib Dems", "the Dems" are a party's members (NORP), not a person."""
    a = analyze("The Lib Dems say they will look at the plans, and Lib Dem spokesman Ann Tate said the Dems would vote "
                "against.")
    labels = {e.text: e.label for e in a.entities}
    assert labels["Lib Dems"] == labels["Lib Dem"] == labels["Dems"] == "NORP"
    assert labels["Ann Tate"] == "PERSON"


def test_one_mention_after_a_firm_noun_settles_the_label_of_all():
    """Issue 13 (wrong labels): "the law firm Harlan Pryce", then "Harlan Pryce" twice as a person: one firm."""
    from spacy.tokens import Doc, Span

    from newscoder.steps.entities import Mention, harmonize_labels

    words = "the law firm Harlan Pryce won . Harlan Pryce lost . Harlan Pryce appealed .".split()
    pos = ["DET", "NOUN", "NOUN", "PROPN", "PROPN", "VERB", "PUNCT"] + ["PROPN", "PROPN", "VERB", "PUNCT"] * 2
    doc = Doc(pipeline.load(ONLY.steps).vocab, words=words, pos=pos, lemmas=[w.lower() for w in words])
    spans = [Span(doc, 3, 5, "ORG"), Span(doc, 7, 9, "PERSON"), Span(doc, 11, 13, "PERSON")]
    mentions = [Mention(span=s, canonical="Harlan Pryce", kind="name") for s in spans]
    assert harmonize_labels(mentions)
    assert [m.span.label_ for m in mentions] == ["ORG", "ORG", "ORG"]


def test_a_name_split_from_a_hyphened_pair_keeps_no_hyphen():
    from newscoder.pipeline import analyze

    ents = analyze("Labour said the old Tory-Labour debate was over, and Labour would win.").entities
    assert not any(e.text.startswith("-") or e.text.endswith("-") for e in ents)


def test_an_acronym_defined_in_the_text_is_not_the_tables_other_body():
    from newscoder.pipeline import analyze

    text = ("Lloyd's of London head chides FSA\n\nThe head of Lloyd's of London has criticised Britain's financial "
            "watchdog, the Financial Services Authority (FSA). The FSA should change, he said.")
    ents = analyze(text).entities
    assert all(e.canonical != "Free Syrian Army" for e in ents)
    assert any(e.text == "Lloyd's of London" for e in ents)


def test_a_family_name_written_first_links_to_the_full_name(nlp):
    doc = run(nlp, "Chinese Premier Wen Jiabao met Indian officials in Delhi on Monday. Wen said trade would grow. "
                   "South Korean President Roh Moo-hyun welcomed the talks, and Roh said Seoul would help.")
    assert canon(doc, "Wen") == {"Wen Jiabao"}
    assert canon(doc, "Roh") == {"Roh Moo-hyun"}
    # a family name two people of the article bear stays as written
    doc = run(nlp, "Li Peng met Li Ruihuan in Beijing on Monday. Li said the talks went well.")
    assert canon(doc, "Li") == {"Li"}
    # one person spelt two ways is still one full name for the family name
    doc = run(nlp, "North Korean leader Kim Jong Un tested a missile on Monday. \"Kim Jong-un is a madman,\" a "
                   "senator said. Kim did not reply.")
    assert canon(doc, "Kim") == {"Kim Jong Un"}


@pytest.mark.parametrize("text, name", [
    ("The New South Wales government raised the levy on Monday.", "New South Wales"),
    ("Police in North Rhine-Westphalia detained two men on Monday.", "North Rhine-Westphalia"),
    ("The Western Australia premier opened the mine on Monday.", "Western Australia"),
])
def test_a_division_the_model_cuts_is_its_whole_name(text, name):
    ents = [e.text for e in analyze(text, options=Options(steps=("entities",))).entities]
    assert name in ents and name.split()[-1] not in ents, ents  # (not "Wales", "Rhine-Westphalia", "Australia")


def test_a_full_name_taken_for_a_body_is_the_person_its_surname_names():
    text = ("Veteran broadcaster Cyril Fletcher dies\n\nVeteran comedian and broadcaster Cyril Fletcher has died "
            "aged 91 at his home in Guernsey. Fletcher was famous for his odd odes. Friends said Cyril was a "
            "gentleman. Fletcher married the actress Betty Astell in 1941.")
    ents = analyze(text).entities
    fletcher = [e for e in ents if "Fletcher" in e.text or e.text == "Cyril"]
    assert fletcher and {e.canonical for e in fletcher} == {"Cyril Fletcher"}
    assert {e.label for e in fletcher} == {"PERSON"}


def test_a_firm_named_like_a_person_stays_a_firm():
    text = ("Shares of Morgan Stanley Inc rose on Monday. Morgan Stanley said profit doubled. Stanley, a "
            "retired teacher from Ohio, told reporters he had bought the stock in 1990.")
    labels = {e.text: e.label for e in analyze(text).entities if "Morgan" in e.text}
    assert labels and set(labels.values()) == {"ORG"}


def test_a_description_opening_a_sentence_is_no_part_of_the_name():
    # "Bookmaker William Hill has stopped taking bets", "Comic Joe Pasquale remains favourite" gave those tags
    text = ("Comic Jim Harlow leads the race\n\nComic Jim Harlow remains the favourite to win the show. Bookmakers "
            "Paddy Power say Harlow has even odds. Network Rail said trains would run late.")
    names = {e.text for e in analyze(text).entities}
    assert "Jim Harlow" in names and "Paddy Power" in names and "Network Rail" in names
    assert not any(n.startswith(("Comic ", "Bookmakers ")) for n in names)
    names = {e.text for e in analyze("Spokeswoman Mara Linwood told reporters the plan was fair.").entities}
    assert "Mara Linwood" in names and not any(n.startswith("Spokeswoman") for n in names)


def test_a_known_person_named_by_a_short_form_has_the_tables_full_name():
    # an article that wrote only "Tayyip Erdogan" or "Trump" beside another person's full name kept the short form
    text = ("Tayyip Erdogan met Kenyan envoy Amina Odhiambo in Ankara on Monday. Erdogan said the talks went well.")
    names = {e.canonical for e in analyze(text).entities if "Erdogan" in e.text}
    assert names == {"Recep Tayyip Erdogan"}


def test_an_acronym_spelt_with_its_small_words_or_after_a_states_name_is_the_long_name():
    # the forty-second session's blind check of tag lines: "Department of Energy" and "DOE", "US Federal Bureau of
    # Investigation" and "FBI" were two tags each
    doe = {e.canonical for e in analyze("The Department of Energy said stocks fell. The DOE would act.").entities}
    assert doe == {"Department of Energy"}
    fbi = analyze("The US Federal Bureau of Investigation said it was looking into the fraud. The FBI said losses "
                  "were large.")
    assert len({e.canonical for e in fbi.entities}) == 1 and len([t for t in fbi.tags if "F" in t]) == 1


def test_review_relatives_firms_named_like_people_royals_and_names_opened_by_a_description():
    # found by the review of the session's change: each of these went wrong at some commit of the session
    def canon(text, word):
        return {e.canonical for e in analyze(text).entities if e.text == word}

    assert canon("Michelle Obama said she would never run. Obama said politics took a toll.", "Obama") == {
        "Michelle Obama"}
    lynch = analyze("Merrill Lynch agreed to pay $10 million, the Justice Department said. Attorney General Loretta "
                    "Lynch said the bank had misled investors. Lynch added that more cases would follow.").entities
    assert {e.label for e in lynch if e.text == "Merrill Lynch"} == {"ORG"}
    assert {e.canonical for e in lynch if e.text == "Lynch"} == {"Loretta Lynch"}
    assert canon("Prince Harry watched the game. Harry Kane scored twice. Kane thanked the fans.", "Harry") != {
        "Harry Kane"}
    assert "Comic Relief" in {e.text for e in analyze("Comic Relief raised 70 million pounds on Friday night, the "
                                                       "charity said. Comic Relief was founded in 1985.").entities}


def test_a_firm_named_by_the_first_part_of_its_one_word_name_is_one_entity():
    text = ("Vantor aims high after profit fall\n\nVantorGlenmark saw its profit fall in the last quarter. Vantor is "
            "relying on new drugs, its chief executive said.")
    ents = analyze(text).entities
    assert {e.canonical for e in ents if e.text.startswith("Vantor")} == {"VantorGlenmark"}


def test_a_surname_several_people_bear_is_the_first_named_ones():
    text = ("Inspector probes Varga's travel\n\nThe inspector general opened a probe of Minister Tomas Varga's travel "
            "on Monday. Varga's trips included a flight to his home town, and his wife, Ilona Varga, went with him. "
            "Varga said the trips were approved.")
    ents = analyze(text).entities
    assert {e.canonical for e in ents if e.text == "Varga"} == {"Tomas Varga"}
    assert "Ilona Varga" in {e.canonical for e in ents}
    # two named in full before the surname stands alone: it stays as written
    text = "The victim's mother, Sarah Dunmore, wept. The defendant, Thomas Dunmore, stood. Dunmore showed no emotion."
    assert {e.canonical for e in analyze(text).entities if e.text == "Dunmore"} == {"Dunmore"}


def test_a_title_is_no_part_of_a_known_persons_canonical_name():
    text = ("Senator Rubio has advised President Donald Trump on Cuba policy. Rubio welcomed Trump's announcement "
            "after President Trump made his statement in June.")
    ents = analyze(text).entities
    assert {e.canonical for e in ents if "Trump" in e.text} == {"Donald Trump"}


def test_the_acronym_of_a_body_is_no_town_so_named():
    text = ("The GAO audited laboratory safety at the agency. The GAO report also noted that the APHIS staff were "
            "few. GAO recommended changes.")
    ents = analyze(text).entities
    assert {(e.label, e.text) for e in ents if e.text in ("GAO", "APHIS")} == {("ORG", "GAO"), ("ORG", "APHIS")}
    assert not any(e.canonical in ("Gao", "Aphis") for e in ents)


def test_a_surname_that_is_a_month_stays_with_the_name():
    ents = analyze("Guitarist Brian Mayhew said the tour would go on. Guitarist Karl May has said he expects the tour "
                   "to be a success. Karl said in May that he would go.").entities
    assert "Karl May" in {e.text for e in ents}
    ents = analyze("Singer June Carter Dale won the award in 1970. In June Karl Dale released an album.").entities
    assert "June Carter Dale" in {e.text for e in ents} and "June Karl Dale" not in {e.text for e in ents}
    ents = analyze("Macron May Call Snap Election\n\nFrench President Emmanuel Macron is weighing a vote.").entities
    assert not any(e.text.endswith(" May") for e in ents)  # a headline's modal


def test_a_firm_named_by_the_first_word_of_its_name_is_that_firm():
    text = ("Shares in Tavin Airlines rose\n\nInvestors bought shares in Tavin Airlines on Friday. Analysts expect "
            "Tavin to raise 16bn rupees. Tavin, which was founded in 1993, flies to 40 cities.")
    ents = analyze(text).entities
    assert {e.canonical for e in ents if e.text.startswith("Tavin")} == {"Tavin Airlines"}
    assert {e.label for e in ents if e.text.startswith("Tavin")} == {"ORG"}
    # a firm the model knows as a firm is the parent, not its unit
    ents = analyze("Sony Pictures said profits rose. Sony shares fell after the parent cut its forecast.").entities
    assert {e.canonical for e in ents if e.text == "Sony"} == {"Sony"}


def test_a_peer_without_a_first_name_is_named_by_the_title():
    text = ("Former police chief Lord Hadley said the bill was flawed. Mr Hadley added that the betting industry had "
            "changed.")
    ents = analyze(text).entities
    assert {e.canonical for e in ents if e.text == "Hadley"} == {"Lord Hadley"}
    text = "Lord Penrose said the plan would work. Alan Penrose led the party from 1983. Penrose said more."
    assert {e.canonical for e in analyze(text).entities if "Penrose" in e.text} == {"Alan Penrose"}


def test_tickers_letters_after_a_slash_and_an_article_are_no_names():
    ents = analyze("Comcast Corp (CMCSA.O) hired 23 lobbying firms. IBM said Blue Gene/L managed 70 teraflops. He "
                   "was found guilty at a Rugby Football Union hearing in London.").entities
    texts = {e.text for e in ents}
    assert "Comcast Corp" in texts and "Rugby Football Union" in texts
    assert not texts & {"CMCSA.O", "L", "a Rugby Football Union"}
    assert "CMCSA.O" not in {e.canonical for e in ents}


def test_the_initials_of_a_firm_named_in_full_are_that_firm():
    for text, short, whole in (("Corvane Motors said sales rose. CM shares fell 2 percent.", "CM", "Corvane Motors"),
                               ("Hewlett-Packard said profit rose. HP shares jumped.", "HP", "Hewlett-Packard")):
        ents = analyze(text).entities
        assert {e.canonical for e in ents if e.text == short} == {whole}, ents


def test_initials_that_are_common_abbreviations_or_headline_words_name_no_body():
    text = ("The Metropolitan Police said on Monday the inquiry would go on. Labour MP Diane Abbott said the MP for "
            "Hackney North had been told.")
    assert "MP" not in analyze(text).tags
    text = "IMPERIAL TOBACCO SAYS IT WILL SELL UNIT\n\nLONDON, March 3 - Imperial Tobacco said it would sell a unit."
    assert not any(t.lower() == "it" for t in analyze(text).tags)
    assert "United States" in {e.canonical for e in analyze("Talks between the U.S and China resumed.").entities}


def test_a_holding_word_the_model_tags_alone_ends_the_firm_name_before_it():
    from spacy.lang.en import English
    from spacy.tokens import Doc

    from newscoder.steps.ner_fixes import _join_suffix

    vocab = English().vocab
    doc = Doc(vocab, words=["Norwell", "Bancorp", "said", "Ford", "and", "Wilcox", "Co.", "rose"],
              pos=["PROPN", "PROPN", "VERB", "PROPN", "CCONJ", "PROPN", "PROPN", "VERB"],
              ents=["O", "B-ORG", "O", "O", "O", "B-ORG", "I-ORG", "O"])
    assert [(e.text, e.label_) for e in _join_suffix(doc, list(doc.ents))] == [
        ("Norwell Bancorp", "ORG"), ("Wilcox Co.", "ORG")]  # (a name cut at "and" is left as cut: "Walmart and
    # Target Corp" are two firms)
    doc = Doc(vocab, words=["Ford", "and", "Wilcox", "Co.", "rose"], pos=["PROPN", "CCONJ", "PROPN", "PROPN", "VERB"],
              ents=["B-ORG", "O", "B-ORG", "I-ORG", "O"])
    assert [e.text for e in _join_suffix(doc, list(doc.ents))] == ["Ford", "Wilcox Co."]  # two firms the model named


def test_a_firm_named_short_is_tagged_by_its_own_full_name_not_its_unit_s():
    found = analyze("Keystone Bancorp said it is combining its banks into one institution to be called Keystone "
                    "Bank. Keystone said the merger cuts costs.")
    assert found.tags[:1] == ["Keystone Bancorp"]


def test_a_party_adjective_before_a_chamber_is_the_member_s_party():
    found = analyze("The bill will not repeal the mandate, Republican Senate Finance Committee member Bill Cassidy "
                    "said. The Republican National Committee backed it.")
    orgs = {e.text for e in found.entities if e.label == "ORG"}
    assert "Senate Finance Committee" in orgs and "Republican Senate Finance Committee" not in orgs
    assert "Republican National Committee" in orgs


def test_a_surname_with_its_particle_capitalised_is_the_person_named_in_full():
    found = analyze("Dutch director Theo van Gogh was killed in Amsterdam on Tuesday. Van Gogh had made a film about "
                    "the treatment of women. Police said Van Gogh was shot eight times.")
    assert {e.canonical for e in found.entities if e.label == "PERSON"} == {"Theo van Gogh"}
    assert "Van Gogh" not in found.tags


def test_a_state_s_people_word_before_a_name_is_no_part_of_it():
    found = analyze("Apple is being sued over the battery of its music player. Californian Thomas Slattery filed the "
                    "suit in a San Mateo court. Slattery said the player died.")
    assert "Thomas Slattery" in found.tags and not any(t.startswith("Californian") for t in found.tags)


# ---- the review of the forty-fourth session's name rules: misfires it found, on sentences of their kind


def test_a_surname_links_to_a_full_name_only_by_whole_words():
    found = analyze("Brian Smith, the club's chairman, said he was shocked. Midfielder Ian Smith, no relation, said he "
                    "would stay.")
    assert {e.canonical for e in found.entities if e.label == "PERSON"} == {"Brian Smith", "Ian Smith"}


def test_a_president_named_by_title_is_not_his_wife_named_in_full():
    found = analyze("President Clinton met Boris Yeltsin in Moscow on Tuesday. First lady Hillary Rodham Clinton "
                    "toured a children's hospital. Clinton told reporters the summit had gone well.")
    assert all(e.canonical != "Hillary Clinton" for e in found.entities if e.text == "Clinton")


def test_two_firms_joined_by_and_stay_two():
    found = analyze("Sales at Walmart and Target Corp slowed in March, analysts said.")
    assert all("Walmart and" not in e.text for e in found.entities)


def test_a_party_s_own_committee_keeps_its_adjective():
    found = analyze("Democratic Senate Campaign Committee chairman Gary Peters said the party would win.")
    assert any(e.text == "Democratic Senate Campaign Committee" for e in found.entities)
