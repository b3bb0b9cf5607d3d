"""News conventions for sports results and wire datelines (steps/ner_sports.py, ner_fixes' datelines).

The texts are written for these tests: results rows, slugged wire headlines and datelines with an ISO date.
"""

import pytest

from newscoder import pipeline
from newscoder.options import Options

ONLY = Options(steps=("entities",))


@pytest.fixture(scope="module")
def nlp():
    return pipeline.load(ONLY.steps)


def labels(nlp, text):
    doc = nlp(pipeline.make_doc(nlp, pipeline.Article(text=text), ONLY))
    return {(e.text, e.label_) for e in doc.ents}


def test_a_dateline_with_an_iso_date_is_a_place(nlp):
    got = labels(nlp, "MINERS STRIKE AT TWO PITS .\nKELSTON 1996-03-14\nMiners walked out at two pits on Thursday "
                      ", the union said .\nDUNMORE , Ontario 1996-03-14\nThe mine there stayed open .")
    assert ("KELSTON", "GPE") in got
    assert ("DUNMORE", "GPE") in got and ("Ontario", "GPE") in got


def test_every_place_of_a_dateline_with_several(nlp):
    got = labels(nlp, "OSLO / HELSINKI ( Reuters ) - Two utilities agreed to merge on Monday , their boards said .")
    assert ("OSLO", "GPE") in got and ("HELSINKI", "GPE") in got


RESULTS = """SOCCER - HARBURY HOLD KELBY IN CUP .

KELBY 1996-10-05

Results of northern league matches on Saturday :

Kelby 2 Harbury 2
Ashford Rovers 0 Dunmore 3
Cardland 1 Norway 1

Standings :
Dunmore 7 5 1 1 15 6 16
Kelby 7 4 2 1 12 8 14

Harbury striker Tomas Lindqvist scored twice before Kelby drew level in the last minute .
"""


def test_results_rows_name_teams_and_the_dateline_a_place(nlp):
    got = labels(nlp, RESULTS)
    for team in ("Kelby", "Harbury", "Ashford Rovers", "Dunmore", "Cardland"):
        assert (team, "ORG") in got, team
    assert ("Norway", "GPE") in got  # a national team is annotated as its country
    assert ("KELBY", "GPE") in got  # the dateline: the place
    assert not any(text == "SOCCER" for text, _ in got)  # the slug is no name
    assert ("Tomas Lindqvist", "PERSON") in got


def test_results_rows_name_people_with_their_country(nlp):
    got = labels(nlp, "ATHLETICS - HOLT WINS 800 METRES .\nDUNMORE 1996-07-02\nLeading results of the women 's 800 "
                      "metres at the athletics meeting on Tuesday :\n1. Karen Holt ( Canada ) 2:01.44\n"
                      "2. Marta Ruiz ( Spain ) 2:02.10\n")
    assert ("Karen Holt", "PERSON") in got and ("Marta Ruiz", "PERSON") in got
    assert ("Canada", "GPE") in got and ("Spain", "GPE") in got


def test_a_county_or_club_the_model_takes_for_a_person_is_a_team(nlp):
    got = labels(nlp, "CRICKET - YORKSHIRE WIN .\nLONDON 1996-08-22\nYorkshire beat Lancashire by six wickets on "
                      "Thursday , and Werder Bremen beat Freiburg in the Bundesliga after the match .")
    assert ("Yorkshire", "ORG") in got and ("Werder Bremen", "ORG") in got
    assert ("Bundesliga", "EVENT") in got  # a league: MISC in CoNLL


def test_a_town_in_a_sports_headline_is_its_team_unless_the_game_is_played_there(nlp):
    got = labels(nlp, "CRICKET - NOTTINGHAM SLUMP AS LEICESTER PRESS FOR WIN IN BRIGHTON .\nLONDON 1996-08-22\n"
                      "Leicester were closing in on victory over Nottingham on Thursday after Nottingham were out for "
                      "145 in their second innings at Brighton .")
    assert ("NOTTINGHAM", "ORG") in got and ("LEICESTER", "ORG") in got
    assert ("BRIGHTON", "GPE") in got  # where the game is played



TENNIS = """TENNIS - RESULTS FROM THE KELSTON OPEN .
KELSTON 1996-09-02
Results from the Kelston Open on Monday ( prefix number denotes seeding ) :
Men 's singles , second round
Tomas Varkonyi ( Hungary ) beat Pieter Lindqvist ( Sweden ) 6-3 6-4 6-2
3 - Marek Oduya ( Kenya ) beat Janos Albescu ( Romania ) 7-5 6-3
"""


def test_a_player_named_with_a_country_in_brackets_before_beat_is_a_person(nlp):
    got = labels(nlp, TENNIS)
    for name in ("Tomas Varkonyi", "Pieter Lindqvist", "Marek Oduya", "Janos Albescu"):
        assert (name, "PERSON") in got, (name, got)
    assert ("Hungary", "GPE") in got and ("Kenya", "GPE") in got


def test_a_club_named_with_its_country_in_a_team_sport_is_an_org(nlp):
    got = labels(nlp, "BASKETBALL - INTERNATIONAL TOURNAMENT RESULT .\nKELSTON 1996-09-02\nResult in an "
                      "international basketball tournament on Monday :\nBlue Comets ( Hungary ) beat Dinamo ( Kenya ) "
                      "88-80 ( halftime 40-41 )\n")
    assert ("Blue Comets", "ORG") in got, got


def test_initialled_players_grounds_and_scorers_in_results(nlp):
    got = labels(nlp, "CRICKET - COUNTY SCORES .\nKELSTON 1996-09-02\nClose of play scores in county matches on "
                      "Monday :\nKelston : Harbury beat Dunmore by an innings and 12 runs .\nDunmore 93 and 150 ( P. "
                      "Varley 5-38 ) , Harbury 301 .\nAshford-on-Sea : Kelby 259 ( A. Marsh 69 ; T.O'Hara 5-55 ) .\n")
    assert ("P. Varley", "PERSON") in got and ("A. Marsh", "PERSON") in got and ("T.O'Hara", "PERSON") in got
    assert ("Kelston", "GPE") in got and ("Ashford-on-Sea", "GPE") in got, got
    assert ("Harbury", "ORG") in got and ("Dunmore", "ORG") in got
    got = labels(nlp, "SOCCER - KENYA BEAT UGANDA .\nNAIROBI 1996-09-02\nKenya beat Uganda 2-1 ( halftime 1-1 ) in "
                      "their African under-21 soccer match on Monday .\nScorers :\nKenya - Tomas Oduya ( 31st ) , "
                      "Marek Wanjiru ( 75th )\nUganda - Pieter Okello ( 13th )\n")
    for name in ("Tomas Oduya", "Marek Wanjiru", "Pieter Okello"):
        assert (name, "PERSON") in got, (name, got)


def test_counties_in_a_cricket_story_are_its_teams(nlp):
    text = ("CRICKET - KENT CLOSE IN ON TITLE .\nKELSTON 1996-09-02\nKent closed in on the county championship "
            "on Monday as Essex drew with Durham and Warwickshire beat Sussex by an innings .\nThe bowler took four "
            "wickets for Kent .\n")
    got = labels(nlp, text)
    for county in ("Kent", "Essex", "Durham", "Warwickshire", "Sussex"):
        assert (county, "ORG") in got, (county, got)
    # outside cricket a county is a place
    got = labels(nlp, "Floods hit Kent and Essex on Monday, police in Durham said.")
    assert ("Kent", "ORG") not in got and ("Essex", "ORG") not in got


def test_scorecards_leaderboards_and_results_told_without_a_score(nlp):
    got = labels(nlp, "CRICKET - KENYA V UGANDA SCORECARD .\nNAIROBI 1996-09-02\nScoreboard of the one-day match "
                      "between Kenya and Uganda on Monday :\nKenya\nT. Odoyo c Kamya b Ssemanda 13\nS. Tikolo lbw b "
                      "Ssemanda 0\nDid not bat : Otieno , Karim .\n")
    for name in ("Kamya", "Ssemanda", "Otieno", "Karim"):
        assert (name, "PERSON") in got, (name, got)
    got = labels(nlp, "GOLF - KELSTON OPEN FIRST ROUND SCORES .\nKELSTON 1996-09-02\nLeading first round scores on "
                      "Monday in the Kelston Open golf tournament :\n62 Tomas Varkonyi\n64 Pieter Lindqvist\n")
    assert ("Tomas Varkonyi", "PERSON") in got and ("Pieter Lindqvist", "PERSON") in got, got
    got = labels(nlp, "TENNIS - KELSTON OPEN RESULTS .\nKELSTON 1996-09-02\nResults from the Kelston Open tennis "
                      "tournament on Monday :\n2 - Marta Oduya ( Kenya ) beat Janka Albescu ( Romania )\n6-3 6-4\n")
    assert ("Marta Oduya", "PERSON") in got and ("Janka Albescu", "PERSON") in got, got


def test_a_surname_in_a_capitals_headline_is_the_person_the_body_names(nlp):
    # (the body's first sentence starts after the dateline's line: the model reads "Striker Tomas Oduya was named"
    # there as no name, so the body names him after a word of its own)
    got = labels(nlp, "SOCCER - ODUYA NAMED AS KENYA CAPTAIN .\nNAIROBI 1996-09-02\nThe striker Tomas Oduya was named "
                      "Kenya captain on Monday , the football federation said .\n")
    assert ("ODUYA", "PERSON") in got, got
