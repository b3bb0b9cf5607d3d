"""Layout step: lines in capitals are recased before every step reads them; tables stay out."""

import pytest

from newscoder import pipeline
from newscoder.options import Options
from newscoder.steps.layout import Lexicon, find_layout, recase

ALL = Options()

HEADLINE = ("BREWER SEES LOWER BARLEY HARVEST AS DROUGHT HITS SPAIN\n\n"
            "Brewer Ambrosia Beers said on Monday that the barley harvest in Spain would fall after the drought. "
            "The company sold two plants last year.")
TABLE = ("Orchid Software Corp said its quarterly profit rose.\n"
         "    Shr 31 cts vs 19 cts\n"
         "    Net 4,120,000 vs 2,515,000\n"
         "    Revs 40.2 mln vs 33.9 mln\n"
         "    Nine mths\n"
         "    Shr 88 cts vs 61 cts\n"
         "    Net 11.6 mln vs 8,050,000\n")
SHOUTING = ("FARMERS IN KENYA PROTEST MAIZE PRICES\n\n"
            "HUNDREDS OF FARMERS MARCHED IN NAIROBI ON FRIDAY TO DEMAND HIGHER MAIZE PRICES, THE KENYA FARMERS "
            "UNION SAID. UNION LEADER WANJIKU MWANGI URGED THE GOVERNMENT TO ACT.")


@pytest.fixture(scope="module")
def nlp():
    return pipeline.load(ALL.steps)


def run(nlp, text):
    return nlp(pipeline.make_doc(nlp, pipeline.Article(text=text), ALL))


def test_headline_verbs_are_not_entities_and_names_are_kept(nlp):
    doc = run(nlp, HEADLINE)
    assert [s.text for s in doc.spans["nc_headlines"]] == [HEADLINE.split("\n")[0]]
    head = [e for e in doc.ents if e.end_char <= HEADLINE.index("\n")]
    assert {e.text for e in head if e.label_ in ("GPE", "ORG", "PERSON")} <= {"SPAIN", "BREWER"}
    assert "SPAIN" in {e.text for e in head}
    assert doc[1].pos_ == "VERB" and doc[1].lemma_ == "see"  # "SEES" was a proper noun
    assert not any(t.lower() in ("sees", "hits", "lower barley harvest") for t in doc._.nc_tags)


def test_table_rows_leave_entities_keyphrases_and_tags(nlp):
    layout = find_layout(nlp.make_doc(TABLE))
    assert len(layout.tables) == 6  # five rows and the "Nine mths" label between them
    doc = run(nlp, TABLE)
    first_row = TABLE.index("Shr")
    assert not [e for e in doc._.nc_entities if e.start >= first_row]
    assert not any("cts" in k.text or "Revs" in k.text for k in doc._.nc_keyphrases)
    assert "Orchid Software Corp" in doc._.nc_tags


def test_wrapped_prose_with_numbers_is_not_a_table(nlp):
    text = ("The mill said output rose to 12.3 mln tonnes from 10.1 mln\n"
            "tonnes in 1986, and sales rose 14 pct.\n")
    assert find_layout(nlp.make_doc(text)).tables == []


def test_a_text_all_in_capitals_gets_names_and_common_words(nlp):
    doc = run(nlp, SHOUTING)
    names = {a for a in doc._.nc_actors}
    assert "Kenya" in names and "Nairobi" in names
    assert any("Mwangi" in n for n in names)
    assert not any(n.isupper() and len(n) > 5 for n in names)
    assert all(not t.isupper() or len(t) <= 5 for t in doc._.nc_tags)
    assert any(k.text.islower() for k in doc._.nc_keyphrases)


def test_recase_follows_the_body_then_the_tables_then_the_lexicon(nlp):
    lexicon = Lexicon(nlp)
    forms = {"ambrosia": "Ambrosia"}
    got = recase(["AMBROSIA", "BUYS", "PLANT", "IN", "SOUTH", "KOREA", "FROM", "ZORVEX"], forms, lexicon)
    assert got == ["Ambrosia", "buys", "plant", "in", "South", "Korea", "from", "Zorvex"]
    assert recase(["NATO", "AND", "EU", "MEET"], {}, lexicon) == ["NATO", "and", "EU", "meet"]


def test_the_name_before_a_ticker_in_a_wire_headline_is_a_company(nlp):
    doc = run(nlp, "HALVERSON PAPER MILLS INC <HPMI> 2ND QTR NET\n\nDULUTH, Minn., May 4 - Shr 12 cts vs 9 cts\n"
                   "    Net 1,210,000 vs 904,000\n")
    assert "Halverson Paper Mills" in doc._.nc_tags[0]
    assert not any(t in ("N.j.", "Minn.", "Minn") for t in doc._.nc_tags)


def test_an_acronym_before_its_ticker_stays_an_acronym_and_links_its_long_name(nlp):
    doc = run(nlp, "KB <KB> SETS LAYOFF\n\nTORONTO, May 4 - Kestrel Brands Corp said it would lay off 200 workers.")
    assert "KB" in doc._.nc_tags and not any(t in ("Kb", "Kestrel Brands Corp") for t in doc._.nc_tags)


def test_a_headline_verb_before_a_company_and_its_ticker_is_no_part_of_its_name(nlp):
    doc = run(nlp, "ORVANE <ORV> TO BUY HALDEN MICROWAVE <HLDM>\n\nOrvane Corp said it agreed to buy Halden Microwave "
                   "Inc for 20 mln dlrs.")
    assert not any(t.lower().startswith("buy") for t in doc._.nc_tags)
    assert any(t.startswith("Halden Microwave") for t in doc._.nc_tags)


def test_a_common_word_after_us_in_reuters_copy_does_not_make_a_headline_word_a_name(nlp):
    doc = run(nlp, "SWISSAIR PLANE ORDER FOR 900 MLN FRANCS\n\nSwissair <SWSZ.Z> said the order for six MD-11 jets "
                   "was worth 900 mln francs. The airline said it chose the U.S. Plane over a rival model.")
    assert not any("Plane" in t or "PLANE" in t for t in doc._.nc_tags)
    assert not any("PLANE" in e.text for e in doc.ents)


def test_rows_of_decimal_figures_are_a_table(nlp):
    doc = run(nlp, "HALDEN FUNDS DECLARES DIVIDENDS\n\nNEW YORK, May 4 - Halden Funds said its boards declared daily "
                   "dividends.\n    Daily .059 vs .061\n    Daily .062 vs .063\n    Daily .048 vs .049\n")
    assert doc.spans["nc_tables"] and not any(e.text.startswith("Daily") for e in doc.ents)


def test_a_headline_ended_by_a_full_stop_is_one_when_a_dateline_follows():
    from newscoder.steps.layout import headline_end
    assert headline_end("Kenya says Somalia spoils talks.\n\nNAIROBI 1996-08-22\n\nKenya said.") == 32
    assert headline_end("Rebels attack town.\nNAIROBI (Reuters) - Rebels attacked.") == 19
    assert headline_end("Kenya said so on Monday.\n\nThe talks went on.") is None


def test_a_web_pages_menu_and_rights_notice_are_no_prose(nlp):
    text = ("Canberra offers aid to Fiji\nAustralia said on Monday it would give Fiji $10 million in aid.\n"
            "The Pacific Herald: Oct. 25, 2004\n(C) All rights reserved\nAbout us / Contact us /\n"
            "Home | World | Business | Sport\n")
    layout = find_layout(nlp.make_doc(text))
    rows = [nlp.make_doc(text)[s:e].text for s, e in layout.tables]
    assert rows == ["(C) All rights reserved", "About us / Contact us /", "Home | World | Business | Sport"]
    doc = run(nlp, text)
    assert [e.trigger for e in doc._.nc_events if "Contact" in e.trigger] == []
    # a headline with one slash, and prose with separators, are no menu
    prose = "Iraq / Iran border talks resume\nThe talks, he said, are on / off again / as usual this week.\n"
    assert find_layout(nlp.make_doc(prose)).tables == []
