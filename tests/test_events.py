"""Event coding on short texts written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from newscoder.io.writers import EVENT_COLUMNS, event_rows
from newscoder.knowledge.event_lexicon import cameo, lexicon
from newscoder.models import MODES, Analysis
from newscoder.options import Options
from newscoder.pipeline import analyze

PUB = dt.date(2022, 5, 13)  # a Friday
ONLY_EVENTS = Options(steps=("events",))


def coded(text: str, **kw) -> list[dict]:
    return analyze(text, date=PUB, options=kw.pop("options", ONLY_EVENTS), **kw).events


def types(text: str) -> list[str]:
    return [e.event for e in coded(text)]


def test_tables_load_and_agree():
    table = cameo()
    assert table["190"].plover == "ASSAULT" and table["190"].quad_class == 4
    assert table["138"].plover == "THREATEN" and table["138"].goldstein < 0
    assert table["040"].plover == "CONSULT"
    lex = lexicon()
    assert all(code in table or (code == "-" and " " in verb) for verb, code in lex.verbs.items())
    assert all(code in table for code in lex.nouns.values())


def test_accusation_with_actor_and_recipient():
    (event,) = coded("Greece accused Albania of violating the border agreement.")
    assert event.event == "ACCUSE" and event.cameo.startswith("11")
    assert event.actor[0].code == "GRC"
    assert event.recipient[0].code == "ALB"
    assert event.text.startswith("Greece accused")


def test_passive_voice_swaps_roles():
    evs = coded("Chinese troops were attacked by Indian soldiers near the border.")
    assert evs and evs[0].event == "ASSAULT"
    assert (evs[0].actor[0].code, evs[0].actor[0].sector) == ("IND", "MIL")
    assert evs[0].recipient[0].code == "CHN"


def test_future_force_is_a_threat_not_an_assault():
    evs = coded("Russia will launch a military offensive against Georgia, the Russian defence minister said.")
    assert "ASSAULT" not in [e.event for e in evs]
    threat = [e for e in evs if e.event == "THREATEN"]
    assert threat and threat[0].actor[0].code == "RUS"
    assert threat[0].reported_by


def test_failure_and_negation_drop_the_event():
    assert "AGREE" not in types("Peru and Chile failed to reach an agreement on fishing rights.")
    assert "ASSAULT" not in types("Kenyan police did not attack the protesters.")


def test_failed_cooperation_is_a_rejection():
    evs = coded("Peru and Chile failed to reach an agreement on fishing rights.")
    assert [e.event for e in evs] == ["REJECT"]
    assert [a.code for a in evs[0].actor] == ["PER"] and [r.code for r in evs[0].recipient] == ["CHL"]  # each other


def test_negated_events_kept_on_request():
    opts = Options(steps=("events",), event_modes=("asserted", "reported", "negated"))
    evs = coded("Kenyan police did not attack the protesters.", options=opts)
    assert evs and all(e.negated for e in evs) and evs[0].event == "ASSAULT"


def test_reciprocal_nominal_talks_and_date():
    evs = coded("Greek-Turkish talks opened in Athens on Tuesday.")
    consult = [e for e in evs if e.event == "CONSULT"]
    assert consult
    codes = {a.code for a in consult[0].actor + consult[0].recipient}
    assert codes == {"GRC", "TUR"}
    assert consult[0].date == "2022-05-10"


def test_pronoun_refers_to_the_speaker_and_control_verb():
    evs = coded("Egypt said on Monday it would refuse to send troops to Libya.")
    assert evs and evs[0].event == "REJECT"
    assert evs[0].actor[0].code == "EGY"


def test_demand_that_target_does_something():
    evs = coded("Nigeria demanded that Cameroon withdraw its soldiers from the peninsula.")
    assert evs[0].event == "REQUEST"
    assert evs[0].actor[0].code == "NGA"
    assert evs[0].recipient[0].code == "CMR"


def test_rows_have_gdelt_like_columns():
    text = "Greece accused Albania of violating the border agreement."
    analysis = analyze(text, id="a1", date=PUB, options=ONLY_EVENTS)
    rows = event_rows(analysis.to_dict())
    assert rows and list(rows[0]) == list(EVENT_COLUMNS)
    assert rows[0]["actor1_code"] == "GRC" and rows[0]["actor2_code"] == "ALB" and rows[0]["root_code"] == "11"
    assert rows[0]["article_id"] == "a1" and rows[0]["date"] == rows[0]["published"] == PUB.isoformat()
    assert rows[0]["mode"] == "asserted" and 0 < rows[0]["confidence"] <= 1 and rows[0]["mentions"] == 1
    assert event_rows(Analysis(id="x").to_dict()) == []


def test_event_table_has_one_dyad_per_row_and_stable_ids():
    text = ("Chile and Peru held talks in Lima on Friday on fishing rights. "
            "Bolivian and Paraguayan troops attacked rebels and smugglers near the border.")
    first = event_rows(analyze(text, id="t1", date=PUB, options=ONLY_EVENTS).to_dict())
    again = event_rows(analyze(text, id="t1", date=PUB, options=ONLY_EVENTS).to_dict())
    assert [r["event_id"] for r in first] == [r["event_id"] for r in again]
    assert len({r["event_id"] for r in first}) == len(first)
    for r in first:  # never two actors in one cell
        assert all(";" not in str(r[c] or "") for c in ("actor1_name", "actor1_code", "actor2_name", "actor2_code"))
    talks = [(r["actor1_code"], r["actor2_code"]) for r in first if r["plover_type"] == "CONSULT"]
    assert set(talks) == {("CHL", "PER"), ("PER", "CHL")}  # talks between two sides: both directions
    lima = next(r for r in first if r["plover_type"] == "CONSULT")
    assert lima["action_geo_name"] == "Lima" and lima["action_geo_country_code"] == "PER"
    assert lima["action_geo_feature_id"] and lima["action_geo_lat"] is not None


@pytest.mark.parametrize("text", ["The weather was fine in Lisbon on Sunday.", "Sources said nothing."])
def test_no_events_in_plain_sentences(text):
    assert coded(text) == []


def test_the_two_sides_are_the_last_pair():
    evs = coded("Greek and Turkish officials met in Athens on Monday. The two sides agreed to reopen the border.")
    agree = [e for e in evs if e.event == "AGREE"]
    assert agree and {a.code for a in agree[0].actor + agree[0].recipient} == {"GRC", "TUR"}


def test_reported_obligation_is_the_speakers_demand():
    evs = coded("The Spanish interior minister said on Tuesday that Morocco must release the fishermen.")
    assert evs[0].event == "REQUEST"
    assert (evs[0].actor[0].code, evs[0].actor[0].sector) == ("ESP", "GOV")
    assert evs[0].recipient[0].code == "MAR"
    assert evs[0].date == "2022-05-10"


@pytest.mark.parametrize("text, expected", [
    ("Zambia accused Malawi of supporting the rebels in the north.", ["ACCUSE"]),
    ("Chile rejected a Peruvian proposal for new border talks.", ["REJECT"]),
    ("Kenya demanded that Somalia refuse entry to the militants.", ["REQUEST"]),
    ("Protesters marched in Lagos, where police arrested ten students last year.", ["PROTEST"]),
])
def test_events_inside_another_event_are_its_content(text, expected):
    assert types(text) == expected


def test_when_clause_of_a_date_is_an_event_of_its_own():
    evs = coded("Iraq and Jordan held talks on July 23, when the Iraqi envoy accused Jordanian officials of "
                "smuggling.")
    assert [e.trigger for e in evs] == ["held talks", "accused"]
    # the same meeting told twice in one sentence is one event (talks are symmetric: event_merge.SYMMETRIC)
    met = coded("Iraq and Jordan held talks on July 23, when the Iraqi envoy met Jordanian officials in Amman.")
    assert [e.event for e in met] == ["CONSULT"]


def _actor(text: str, side: str = "actor") -> tuple:
    evs = coded(text)
    assert evs, text
    first = getattr(evs[0], side)[0]
    return first.code, first.sector


def test_actor_coding_of_people_titles_and_ethnic_groups():
    # an ethnic group is coded by the country it lives in, as civilians
    assert _actor("Ethnic Serbs in Croatia protested against the new law.") == ("HRV", "CVL")
    # a people named by its plural demonym is civilians of that country
    assert _actor("Angry Peruvians protested against the mining law.") == ("PER", "CVL")
    # a regular demonym the country table lacks, and a title from the demonym
    assert _actor("Gambian President Adama Barrow said on Monday that he would visit Senegal "
                  "for talks with the government.") == ("GMB", "GOV")
    # "Secretary General" is a civilian title, not a general
    assert _actor("The UN Secretary General on Tuesday urged Iran to release the sailors "
                  "it had detained in the Gulf.")[1] == "GOV"


def test_uncoded_people_and_organisations_take_a_country_from_the_sentence():
    # a state in the organisation's name
    assert _actor("The Kenyan Medical Association called a nationwide strike on Monday.")[0] == "KEN"
    # a person of unknown nationality: the state the sentence is about
    assert _actor("President Paul Mbeki banned Zambian opposition newspapers on Monday "
                  "after weeks of protests.") == ("ZMB", "GOV")


def test_future_act_on_a_condition_is_a_threat():
    assert types("Ghana said it will withdraw its ambassador from Togo unless the border is reopened.") \
        == ["THREATEN"]


def test_forecast_is_not_the_subjects_intent():
    assert "AGREE" not in types("Spanish warships, expected to be joined later by Italian vessels, "
                                "sailed from Cadiz on Monday.")


def test_reiterated_demand_and_obligation_to_be_ready():
    evs = coded("Chile reiterated its demand that Bolivia withdraw the troops from the border.")
    assert [e.event for e in evs] == ["REQUEST"]
    evs = coded("The Egyptian president said that the United States must be ready to mediate.")
    assert evs and evs[0].event == "REQUEST" and evs[0].recipient[0].code == "USA"


@pytest.mark.parametrize("text, expected", [
    ("Somali rebel leaders accused the Kenyan army of killing civilians near the border.", ("SOM", "REB")),
    ("Ugandan security forces arrested forty opposition supporters in Kampala on Monday.", ("UGA", "COP")),
    ("Queen Rania of Jordan visited refugee camps in Lebanon on Monday with aid officials.", ("JOR", "GOV")),
])
def test_actor_sector_from_group_words_and_state_of_a_person(text, expected):
    assert _actor(text) == expected


@pytest.mark.parametrize("text, code", [
    # the party a threat's condition is put to
    ("Egypt threatened to close its embassy unless Sudan releases the detained diplomats.", "SDN"),
    # the target named in the purpose clause of a protest
    ("Kenyan farmers began a hunger strike to demand the resignation of the Ugandan trade minister.", "UGA"),
    # no recipient named: the state of the place where it happens
    ("Chilean students rioted on Monday at a prison in northern Peru.", "PER"),
])
def test_recipient_from_condition_purpose_or_place(text, code):
    assert _actor(text, "recipient")[0] == code


def test_insisting_on_a_fact_is_not_a_demand():
    assert "REQUEST" not in types("Turkey insisted that the rockets came from Syrian territory.")
    assert "REQUEST" in types("Turkey insisted that Syria withdraw its troops from the border.")


def test_a_place_attacked_is_its_country():
    (event,) = coded("Rebels attacked the town of Gao on Sunday, killing four soldiers.")
    assert event.recipient and event.recipient[0].code == "MLI"
    assert event.actor[0].sector == "REB"


def test_accepting_demands_is_yielding():
    assert types("The Peruvian government accepted the demands of the striking miners on Friday.") == ["CONCEDE"]


def test_talks_between_two_sides_in_a_city_are_not_talks_with_its_state():
    (event,) = coded("Greek and Albanian diplomats held talks in Vienna on Tuesday.", options=Options())
    assert event.event == "CONSULT"
    assert [a.code for a in event.actor] == ["GRC"] and [a.code for a in event.recipient] == ["ALB"]  # not Austria
    assert event.location and event.location.name == "Vienna"


def test_a_headline_is_its_own_sentence():
    text = ("Greek and Albanian ministers meet over fishing rights\n\n"
            "Albania accused Greece on Monday of seizing two trawlers.")
    found = coded(text)
    accuse = [e for e in found if e.event == "ACCUSE"]
    assert accuse and accuse[0].text.startswith("Albania accused")
    assert all(not e.text.startswith("Greek and Albanian ministers meet over fishing rights\n\nAlbania")
               for e in found)


def test_evidence_text_is_the_stripped_sentence_at_its_offsets():
    text = "Albania accused Greece on Monday of seizing two trawlers.\n\nGreece denied it.\n"
    for event in coded(text):
        assert event.text == text[event.start:event.end]
        assert event.text == event.text.strip()


def test_one_story_one_event_headline_and_lead_are_merged():
    text = ("Chile and Argentina hold talks on water rights\n\n"
            "Chilean and Argentine officials held talks in Santiago on Friday about water rights in the Andes. "
            "Argentina accused Chile of draining a shared lake. The talks between Chile and Argentina will go on.")
    evs = coded(text)
    consult = [e for e in evs if e.event == "CONSULT" and {a.code for a in e.actor + e.recipient} == {"CHL", "ARG"}]
    assert len(consult) == 1, [(e.event, e.text) for e in evs]
    talk = consult[0]
    assert talk.mentions == len(talk.evidence) >= 2
    assert [text[s.start:s.end] for s in talk.evidence] == [s.text for s in talk.evidence]
    assert talk.evidence[0].start == talk.start == 0  # the headline is the first report
    assert [e.event for e in evs].count("ACCUSE") == 1


def test_merge_keeps_different_dates_and_sides_apart():
    from newscoder.models import Event, EventActor
    from newscoder.steps.event_merge import merge

    def ev(actor, date, start, event="CONSULT"):
        return Event(event=event, mode="", cameo="040", quad_class=1, goldstein=1.0,
                     actor=[EventActor(text=actor, canonical=actor, code=actor[:3].upper(), kind="state")],
                     recipient=[], date=date, location=None, text=f"s{start}", start=start, end=start + 2)

    out = merge([ev("Chile", "2022-05-13", 0), ev("Chile", "2022-05-13", 10), ev("Chile", "2022-05-12", 20),
                 ev("Peru", "2022-05-13", 30), ev("Chile", "2022-05-13", 40, "ACCUSE")])
    assert [(e.actor[0].canonical, e.date, e.event, e.mentions) for e in out] == [
        ("Chile", "2022-05-13", "CONSULT", 2), ("Chile", "2022-05-12", "CONSULT", 1),
        ("Peru", "2022-05-13", "CONSULT", 1), ("Chile", "2022-05-13", "ACCUSE", 1)]
    assert [s.start for s in out[0].evidence] == [0, 10]


def test_merge_folds_a_report_missing_a_side_into_the_one_fuller_report():
    from newscoder.models import Event, EventActor
    from newscoder.steps.event_merge import merge

    def actor(name):
        return [EventActor(text=name, canonical=name, code=name[:3].upper(), kind="state")] if name else []

    def ev(src, tgt, start, event="ACCUSE", date="2022-05-13"):
        return Event(event=event, mode="", cameo="111", quad_class=3, goldstein=-2.0, actor=actor(src),
                     recipient=actor(tgt), date=date, location=None, text=f"s{start}", start=start, end=start + 2)

    out = merge([ev("Sweden", None, 0), ev("Sweden", "China", 10), ev("Sweden", None, 20, date="2022-05-01"),
                 ev(None, "China", 30), ev("Peru", None, 40)])
    assert [(e.actor[0].code if e.actor else None, e.recipient[0].code if e.recipient else None, e.mentions)
            for e in out] == [("SWE", "CHI", 3), ("SWE", None, 1), ("PER", None, 1)]
    assert [s.start for s in out[0].evidence] == [0, 10, 30]  # another date stays apart
    # two fuller reports it could belong to: it stays on its own
    out = merge([ev("Sweden", None, 0), ev("Sweden", "China", 10), ev("Sweden", "Peru", 20)])
    assert len(out) == 3


def test_event_dates_come_from_the_events_own_clause_not_ages_or_deadlines():
    evs = coded("Two weeks ago, Chilean troops attacked a rebel camp near the border.")
    assert evs[0].date == "2022-04-29"
    evs = coded("Kenyan police arrested 40 protesters in Nairobi last Friday, the government said on Monday.")
    assert evs[0].event == "COERCE" and evs[0].date == "2022-05-06"
    evs = coded("Malaysian Prime Minister Anwar Karim, 71, accused Singapore of stealing water.")
    assert evs[0].event == "ACCUSE" and evs[0].date == PUB.isoformat()  # an age is no date
    evs = coded("Russia demanded on Tuesday that Ukraine withdraw its troops by March 3.")
    assert evs[0].event == "REQUEST" and evs[0].date == "2022-05-10"  # a deadline is no date


def test_roles_the_speaker_is_not_the_doer_and_things_are_not_actors():
    # a deed the police report is not theirs
    evs = coded("Three civilians were killed in a shooting in Mosul, Iraqi police said.")
    assert all(a.sector != "COP" for e in evs for a in e.actor)
    # a statement the speaker makes is theirs
    evs = coded("Venezuela must withdraw its troops from the border, the Colombian foreign minister said.")
    assert evs and evs[0].actor[0].code == "COL"
    # a thing is no actor
    evs = coded("Tax increases hurt Argentine farmers last year.", options=Options(steps=("events",),
                                                                              event_modes=("asserted",)))
    assert all(a.text.lower() != "tax increases" for e in evs for a in e.actor)


def test_a_firms_branch_is_a_firm_and_a_person_is_placed_by_what_the_text_says():
    evs = coded("Volvo Brazil sued the Brazilian customs agency over import duties.")
    assert evs and (evs[0].actor[0].code, evs[0].actor[0].sector) == ("BRA", "BUS")
    evs = coded("Sara Lindqvist, a Swedish diplomat, accused Moscow of spying.")
    assert evs and evs[0].actor[0].code == "SWE"
    evs = coded("President Tom Mallory threatened Russia with new sanctions.")  # nothing says where he is from
    assert evs and evs[0].actor[0].code != "RUS"


def test_threatening_a_deed_is_a_threat_and_a_capitals_headline_is_one_event_with_the_body():
    assert types("Chile threatens military operation in Bolivia.") == ["THREATEN"]
    text = ("CHILE THREATENS MILITARY OPERATION AGAINST BOLIVIA\n\n"
            "SANTIAGO, May 13 (Wire) - Chile threatens military operation against Bolivia, the defence minister "
            "said on Friday.\n\nThe minister accused Bolivia of arming smugglers.")
    evs = coded(text)
    threats = [e for e in evs if e.event == "THREATEN"]
    assert len(threats) == 1 and threats[0].mentions == 2 and threats[0].actor[0].code == "CHL"
    assert threats[0].evidence[0].start == 0  # the headline, read in its capitals
    assert threats[0].actor[0].canonical == "Chile"  # the name, whatever the headline's case


@pytest.mark.parametrize("text, expected", [
    ("Peru called the Chilean decision a grave provocation.", ["ACCUSE"]),  # not a phone call
    ("The Bolivian ministry declined to comment on the arrests.", []),  # boilerplate
    ("The peso retreated against the dollar on Friday.", []),  # a market, no actor
    ("Ford cut 2,000 jobs at its plant in Ohio.", []),  # a firm's business, no political act
    ("Chile cut diplomatic ties with Nicaragua.", ["SANCTION"]),
])
def test_verb_senses_need_their_frame_and_a_political_actor(text, expected):
    assert types(text) == expected


@pytest.mark.parametrize("text", [
    "The rebels advanced south for two weeks, meeting little resistance from the army.",  # a thing met
    "About 3000 applicants did not meet the criteria, the ministry said.",
    "Militiamen have committed serious abuses in the north, Amnesty said.",  # the act, not a pledge
    "The summit in Oslo demonstrated that the alliance still stands.",  # showed
    "The Security Council resolution allows all necessary measures to protect civilians.",  # a document acts
])
def test_a_sense_that_a_thing_makes_is_no_event(text):
    assert types(text) == []


def test_firing_people_is_dismissal_not_shooting():
    (event,) = coded("The Malawian president fired his entire cabinet on Tuesday.")
    assert event.event == "COERCE" and not event.cameo.startswith("19")
    assert types("Police fired rubber bullets at protesters in Lilongwe.") == ["ASSAULT"]


def test_commitment_and_meeting_with_actors_stay_events():
    assert "AGREE" in types("Norway committed itself to the peace process on Monday.") or types(
        "Norway pledged to support the peace process.") == ["AGREE"]
    assert types("The Kenyan president met the Ugandan leader in Nairobi.") == ["CONSULT"]


def test_subject_of_a_passive_relative_clause_is_the_target():
    (accuse,) = coded("This is the Serbian minister who was accused by Croatia of inciting hatred.")
    assert [a.code for a in accuse.actor] == ["HRV"] and [r.code for r in accuse.recipient] == ["SRB"]


def test_a_negated_readiness_is_negated():
    # no intent to support; at most a refusal, as "will not support" is
    assert types("Analysts said Canada was ready to support the opposition.") == ["AGREE"]
    assert "AGREE" not in types("Analysts said Canada was not ready to support the opposition.")


def test_wire_dateline_is_not_the_subject():
    events = coded("April 1 (Bloomberg) - Chadian forces said they seized the state broadcaster.")
    assert events and events[0].actor[0].code == "TCD"
    assert all(a.sector != "MED" and "Bloomberg" not in a.text for e in events for a in e.actor)


@pytest.mark.parametrize("dateline", ["TIRANA , Albania 2021-03-14", "TIRANA, Albania, March 14", "TIRANA (Reuters)"])
def test_a_dateline_on_a_line_of_its_own_is_not_the_subject(dateline):
    text = f"Albania arrests mayor\n\n{dateline}\nThousands of farmers blocked the main road to the capital on Sunday."
    events = coded(text)
    assert events and all("TIRANA" not in a.text and "Albania" not in a.text for e in events for a in e.actor)
    assert all(not e.text.startswith("TIRANA") for e in events)


def test_a_past_war_and_a_means_clause_date_the_act():
    pub = dt.date(2004, 6, 1)
    old = analyze("Most of the refugees of Liberia's 1989-96 war live in camps. The two men killed the guard by "
                  "setting the house on fire in 1998, the court said.",
                  date=pub, options=Options(steps=("events",), event_modes=MODES)).events
    assert old and all(e.mode == "background" for e in old)
    assert all(e.mode != "background" for e in coded("Rebels killed two guards by setting a house on fire on Monday."))


def test_a_prison_term_is_no_date():
    (jail,) = coded("A Kenyan court sentenced the editor to 11 years in prison.")  # was 11 years ago: background
    assert jail.date == PUB.isoformat() and jail.mode != "background"


@pytest.mark.parametrize(("text", "code"), [
    ("Kenya is receiving military support from Britain.", "072"),
    ("Britain gave military backing to the Kenyan army.", "072"),
    ("Japan gave financial support to the refugees.", "071"),
])
def test_military_and_financial_support_is_aid(text, code):
    assert [e.cameo for e in coded(text)] == [code]
    assert types("Britain gave its support to the Kenyan plan.") == ["SUPPORT"]


def test_a_truce_ended_is_broken_not_declared():
    assert types("The rebels ended their truce on Monday.") == ["ASSAULT"]  # 196 (the model may say 180)
    assert [e.cameo for e in coded("The rebels declared a truce on Monday.")] == ["0871"]


def test_one_of_a_group_acts_for_it_and_an_attack_says_nothing():
    (threat,) = coded("One of the hijackers threatened to blow up the plane.")
    assert threat.actor and threat.actor[0].text == "hijackers"
    assert [a.sector for e in coded("Saboteurs blew up a bridge in Kenya on Monday.") for a in e.actor] == ["UAF"]
    # an attack stands for its attackers when it kills, not when it "brings charges" or "prompts calls"
    assert all(a.sector != "UAF" for e in coded("The bombing brought charges that the police were powerless.")
               for a in e.actor)
    assert [a.sector for e in coded("A car bomb killed five soldiers in Kenya.") for a in e.actor] == ["UAF"]


def test_a_court_nobody_names_is_of_the_country_it_acts_in_or_the_wire_storys():
    story = ("LUSAKA 2021-03-14\nThe party lost its leader. Party leader John Banda was sentenced to nine years in "
             "jail on charges of taking money from Angolan agents in Luanda. Zambia's opposition was weakened.")
    sentence = [e for e in analyze(story, date=PUB, options=ONLY_EVENTS).events if e.trigger == "sentenced"]
    assert [a.code for e in sentence for a in e.actor] == ["ZMB"]  # not Angola, where the charges' money was
    (abroad,) = coded("The report said Banda was sentenced in Angola to eight years in prison for robbery.")
    assert [a.code for a in abroad.actor] == ["AGO"]


def test_a_relative_clause_with_a_day_of_its_own_is_news():
    (attack,) = coded("The rebels, who attacked a convoy on Tuesday, said they would fight on.")
    assert attack.event == "ASSAULT" and attack.date == "2022-05-10"
    assert types("The rebels, who live in the hills, said they would fight on.") == []


def test_a_story_of_the_past_goes_on_in_the_sentences_after_its_date():
    story = ("NAIROBI 2022-05-13\nThe bishop was born in Mombasa in 1931. He joined the church in 1950 and was sent "
             "to Rome. The Vatican approved his plan and he opened a school in Nairobi. On Friday the president "
             "praised his work. Police arrested two men outside his house.")
    events = analyze(story, date=PUB, options=Options(steps=("events",), event_modes=MODES)).events
    modes = {e.trigger.split()[0]: e.mode for e in events}
    assert modes.get("approved") == "background"
    assert modes.get("praised") != "background" and modes.get("arrested") != "background"
    # what someone says of a past year is no story of it; a yardstick ("since 2001") neither
    said = ("NAIROBI 2022-05-13\nHe said a Kenyan plane had a similar accident there in 1994. The pilot blamed Kenyan "
            "airport staff. It was the worst crash since 2001. The minister blamed the airline.")
    blames = [e for e in analyze(said, date=PUB, options=Options(steps=("events",), event_modes=MODES)).events
              if e.trigger.startswith("blamed")]
    assert blames and all(e.mode != "background" for e in blames)


@pytest.mark.parametrize("text", [
    "Some 4,500 residents were evacuated after the volcano erupted.",
    "The neighbours called the police when they saw the boy.",
])
def test_rescues_and_calls_for_help_are_no_events(text):
    assert types(text) == []
    assert types("The army evacuated its soldiers from the border post.") == ["RETREAT"]


@pytest.mark.parametrize("text", [
    "The senator has complained of chest pain since his trip to Peru.",
    "President Lee signed a decree on Thursday dissolving the parliament.",
    "Kenya wants to turn down the rhetoric with Somalia, the minister said.",
    "Police in Lima were seeking an escaped gunman on Tuesday.",
])
def test_senses_of_no_political_act(text):
    # a race, a symptom, a ruler's own decree, lowered rhetoric and a manhunt were coded as a trial, an accusation,
    # an agreement signed, a refusal and a request
    assert types(text) == []


def test_a_race_against_the_clock_is_no_trial():
    story = "NAKURU 2021-03-14\nKenyan cyclists began a time trial in Nakuru on Sunday, police officials said."
    assert "ACCUSE" not in [e.event for e in analyze(story, date=PUB, options=ONLY_EVENTS).events]


def test_other_senses_stay():
    assert types("The court opened the trial of the former minister.") == ["ACCUSE"]
    assert types("Kenya turned down the Somali request.") == ["REJECT"]
    assert types("The workers complained about low wages to the minister.") == ["ACCUSE"]
    assert types("Peru and Chile signed a border accord on Monday.") == ["SUPPORT"]
    assert types("The rebels are seeking talks with the government.") == ["REQUEST"]


def test_the_wounded_of_a_shared_were_are_its_targets():
    (hurt,) = [e for e in coded("Two women were killed and five people wounded when a bomb went off in Lima.")
               if e.trigger == "wounded"]
    assert not hurt.actor and [r.text for r in hurt.recipient] == ["five people"]


def test_a_message_acts_for_its_sender():
    (msg,) = coded("A message from President Lula congratulated Peru on its election.")
    assert msg.actor and msg.actor[0].code == "BRA" and msg.recipient[0].code == "PER"


def test_a_persons_hometown_and_places_elsewhere_give_no_country():
    story = ("TIRANA 2021-03-14\nAlbanian authorities have arrested a Dutch man, a prosecutor said. The prosecutor "
             "said Paul Jansen, 34, from Utrecht, was arrested on Sunday in a hotel in Durres. Jansen has denied the "
             "charges.")
    events = analyze(story, date=PUB, options=ONLY_EVENTS).events
    assert [a.code for e in events if e.trigger == "denied" for a in e.actor] == ["NLD"]
    seized = coded("Gunmen seized Mark Penrose, who comes from Swerford in southern England, in Grozny on Monday.")
    assert seized and all(a.code != "GBR" for e in seized for a in e.actor)


def test_an_envoy_told_to_leave_is_expelled_and_a_warrant_sought_is_a_request():
    (out,) = coded("Peru has asked a Chilean diplomat to leave, officials said.")
    assert out.event == "SANCTION" and out.recipient[0].code == "CHL"
    assert types("Peru asked Chile to stop the raids.") == ["REQUEST"]
    assert types("The Peruvian justice ministry is seeking a warrant for the mayor.") == ["REQUEST"]  # no person


def test_an_act_decided_or_agreed_against_and_a_demand_planned():
    assert types("Peru's former president has decided not to endorse Ms Ruiz.") == ["REJECT"]  # was AGREE
    assert types("Chile decided not to attack the village.") == []  # was a threat
    assert types("The rebels agreed not to attack civilians.") == ["AGREE"]  # restraint, not a threat
    assert [e.mode for e in coded("An official said the government planned to urge fishermen not to fish.",
                                  options=Options(steps=("events",), event_modes=MODES))] == ["future"]


def test_a_fire_kills_no_one_on_purpose():
    assert types("Eight killed in Lima casino blaze\n\nThe fire broke out on Tuesday, police said.") == []


def test_taken_for_granted_is_nothing_granted():
    assert types('Kenya\'s president said: "We take nothing for granted."') == []
    assert types("Kenya granted asylum to the dissident.") == ["AID"]


def test_misses_of_the_blind_check_by_kind():
    # a number of people killed is people killed ("killed the bill" is no killing); invective; talks broken off
    assert types("Peruvian security forces killed an unspecified number of members of a rebel gang.") == ["ASSAULT"]
    assert "ASSAULT" not in types("The Peruvian senate killed a number of bills.")
    assert types("Vice President Ana Ruiz ripped into the Chilean president on Tuesday.") == ["ACCUSE"]
    assert [e.cameo for e in coded("Peru interrupted talks with the rebels on Sunday.")] == ["164"]


def test_misses_of_the_read_sets_by_kind():
    # a ban slapped on, people contacted by the police; what a decision prompted someone to do, by them
    assert [e.cameo for e in coded("The EU slapped a ban on Peruvian fish in March.")] == ["172"]
    assert types("Peruvian police had already contacted the mayor.") == ["CONSULT"]
    (charge,) = coded("The ruling prompted Chile to charge that Peru was breaking the treaty.")
    assert charge.event == "ACCUSE" and [a.code for a in charge.actor] == ["CHL"] and charge.mode == "asserted"


def test_a_visit_called_off_and_flares_fired():
    assert types("A visit to Lagos by Commonwealth ministers was called off.") == ["REJECT"]  # no visit
    assert types("Two army helicopters flew over Lima, firing off flares.") == []


def test_the_commonwealth_is_the_body_of_states():
    (meet,) = coded("Commonwealth ministers suspended Nigeria on Monday.")
    assert meet.actor[0].code == "IGOCWN"


def test_they_is_a_plural_subject_nearby_not_a_state():
    far = ("Spain's interior ministry said the prison near Madrid was secure. The weather was fine on Monday. "
           "They attacked two guards at the gate.")
    assert all(a.code != "ESP" for e in coded(far) for a in e.actor)  # a state is "it", not "they"
    near = "Seven gunmen attacked a guard in Madrid on Monday. They also shot two nurses."
    assert [a.canonical for e in coded(near) for a in e.actor if e.trigger == "shot"] == ["Seven gunmen"]


def test_a_wish_to_do_what_no_entry_codes_is_no_event():
    assert types("The rebels want to rebuild the old bridge, their leader said.") == []
    assert types("Greece decided to focus on tourism.") == []
    assert types("Greece pledged to support the peace plan.") == ["AGREE"]


@pytest.mark.parametrize("text", [
    "Washington and Beijing are locked in a trade war over steel.",  # figurative
    "The mayor of Lima died of a heart attack on Sunday.",
    "Peru's ministry wound up its passport operation in Chile.",  # no military sense
    "Residents often protest outside the parliament in Athens.",  # a habit
])
def test_figurative_unqualified_and_habitual_events_are_none(text):
    assert types(text) == []


def test_military_operation_and_venue_city():
    assert types("Nigeria launched a military operation against the insurgents on Monday.") == ["ASSAULT"]
    (talks,) = coded("The Oslo talks between Kenya and Uganda ended on Friday.")
    assert sorted(a.code for a in talks.actor) == ["KEN", "UGA"]  # Oslo is where, not who
    assert all(a.code != "NOR" for a in talks.actor + talks.recipient)


def test_headline_passive_and_inline_dateline():
    text = ("Kenyan minister charged with fraud NAIROBI, May 12 (Reuters) - Kenyan police charged a former "
            "minister with fraud on Thursday, the prosecutor said.")
    events = coded(text)
    assert events and all("NAIROBI" not in e.text for e in events)  # the story starts after the dateline
    headline = coded("Five Malian soldiers killed in Gao\n\nThe army said its convoy was hit on Monday.")
    assert headline and headline[0].event == "ASSAULT"
    assert [r.code for r in headline[0].recipient] == ["MLI"] and not headline[0].actor  # the killed are the target


def test_a_headline_glued_to_the_story_as_its_first_sentence_keeps_its_passive():
    story = ("Teenager arrested in Nakuru nightclub. Police in Nakuru detained a 17-year-old girl on Saturday after "
             "she was found drinking at a club. Her mother had given her a wristband, officers said. The club's owner "
             "was questioned.")
    first = coded(story)[0]
    assert first.event == "COERCE" and [r.text for r in first.recipient] == ["Teenager"]  # not the nightclub
    assert all(a.text != "Teenager" for a in first.actor)
    marched = coded("Teachers marched in Nairobi on Monday. They want higher pay. The union said the strike "
                    "would go on. Schools stayed shut.")[0]
    assert marched.event == "PROTEST" and marched.actor[0].text == "Teachers"  # a verb that can go without object
    fired_on = coded("Police fired on protesters in Nairobi. The protesters had gathered outside parliament. Three "
                     "people were hurt. The police chief defended his officers.")[0]
    assert fired_on.event == "ASSAULT" and fired_on.actor[0].sector == "COP"  # "fired on": active
    sacked = coded("Teacher fired after classroom fight. The Nakuru school board said it was reviewing the case. The "
                   "fight broke out on Tuesday in a math class. Two students were hurt.")[0]
    assert sacked.event != "ASSAULT" and [r.text for r in sacked.recipient] == ["Teacher"]  # dismissed, not shot


def test_the_people_acted_on_are_the_target_not_the_place():
    (held,) = coded("Kenyan police arrested a farmer at a roadblock in Nyeri on Friday.")
    assert [r.text for r in held.recipient] == ["farmer"]
    assert types("The inmate does not hate the guards, nor does he attack other prisoners.") == []


def test_a_second_past_form_after_a_passive_is_passive_and_a_road_accident_is_no_attack():
    (fight,) = [e for e in coded("Two Kenyan soldiers were ambushed and killed near Garissa on Monday.")
                if e.trigger == "killed"] or [None]
    assert fight is not None and not fight.actor and fight.recipient[0].code.startswith("KEN")  # killed, not killers
    assert types("A Kenyan teacher was hit by a bus and killed in Nakuru on Monday.") == []
    assert types("A delivery truck struck two Kenyan schoolchildren outside Eldoret.") == []
    assert types("Three Kenyan miners were treated at Nakuru General Hospital and released.") == []
    assert types("A Kenyan farmer was killed when his neighbour accidentally shot him while hunting.") == []
    assert "ASSAULT" not in types("Pickets were held in Nairobi by striking Kenyan civil servants on Monday.")
    assert types("The Kenyan boy was airlifted to Kenyatta National Hospital after the fall.") == []
    assert types("Kenyan police released the opposition activist from custody on Monday.") == ["RETREAT"]


def test_people_questioned_are_investigated_and_motives_questioned_are_criticised():
    (quizzed,) = coded("Kenyan detectives questioned two Nairobi bankers over the missing funds on Friday.")
    assert (quizzed.event, quizzed.cameo) == ("ACCUSE", "090") and quizzed.actor[0].sector == "COP"
    (doubted,) = coded("Kenya's opposition questioned the legality of the new fuel levy.")
    assert (doubted.event, doubted.cameo) == ("ACCUSE", "111")
    (grilled,) = coded("Kenyan senators grilled the finance minister over the missing funds.")
    assert grilled.event == "ACCUSE"
    assert types("Kenyan analysts questioned whether the levy would raise enough money.") == []


def test_withdrawing_from_talks_halts_them_and_withdrawing_from_a_town_retreats():
    (halted,) = coded("Kenya's delegation withdrew from the peace talks with Somalia on Friday.")
    assert halted.cameo == "164"
    (left,) = coded("Kenyan troops withdrew from the Somali border town on Friday.")
    assert left.cameo != "164"


def test_warrants_executed_pay_frozen_and_refuge_sought_are_no_acts_on_anyone():
    assert types("Kenyan detectives executed two search warrants in Nairobi on Thursday.") == []
    assert types("The Kenyan university froze the pay of its senior managers.") == []
    assert types("Hundreds of villagers sought refuge in a Kenyan church.") == []
    assert types("Thousands of Somalis sought refuge in Kenya last month.") == ["REQUEST"]  # asylum, of a state
    (frozen,) = coded("Kenya froze the assets of three Somali businessmen.")
    assert frozen.event == "SANCTION"
    (bail,) = coded("Two Kenyan activists were granted bail by a Nairobi court on Monday.")
    assert bail.event == "RETREAT"  # released


def test_a_hazard_the_public_is_warned_about_is_advice_and_a_process_is_no_meeting():
    (advice,) = coded("Kenya's health ministry warned residents about the risk of cholera after the floods.")
    assert advice.event == "REQUEST"
    (threat,) = coded("Kenya warned Somalia of military action if the raids continued.")
    assert threat.event == "THREATEN"
    assert types("The Kenyan peace process collapsed on Monday after two years.") == []


def test_the_giver_is_the_source_of_what_is_received():
    (aid,) = coded("Zambia received a 300 million dollar package of aid from the World Bank on Monday.")
    assert aid.event == "AID" and aid.recipient[0].code == "ZMB" and aid.actor[0].code != "ZMB"
    (visit,) = coded("The Zambian president received a delegation from Malawi in Lusaka.")
    assert visit.event == "CONSULT" and visit.actor[0].code == "ZMB"  # hosting a visit: the host acts


@pytest.mark.parametrize("text, expected", [
    ("Economists warned that prices could rise in Chile.", []),  # a prediction about others
    ("The Chilean minister warned of bumps in the road ahead.", []),  # a warning about a thing
    ("Chile warned it would retaliate against any incursion.", ["THREATEN"]),  # its own act
    ("Chile warned Peru that any incursion would be met with force.", ["THREATEN"]),  # told to someone
    ("Chile warned of a strong reaction if Peru moved troops.", ["THREATEN"]),  # under a condition
])
def test_a_warning_is_a_threat_only_of_the_warners_act(text, expected):
    assert types(text) == expected


# ---- what the article says of a firm or a person, remembered for mentions that say nothing


def _side(event, role="actor"):
    return [(a.code, a.sector) for a in getattr(event, role)]


def the(kind: str, text: str):
    """The one event of this type coded in ``text``."""
    (event,) = [e for e in coded(text) if e.event == kind]
    return event


def test_firm_known_by_name_keeps_its_country_and_sector():
    (event,) = coded("Microsoft accused Google of abusing its market power.")
    assert event.event == "ACCUSE"
    assert _side(event) == [("USA", "BUS")]
    assert _side(event, "recipient") == [("USA", "BUS")]  # another firm of the same country is still a target
    assert event.recipient[0].canonical == "Google"


def test_firm_country_from_the_article_is_remembered():
    accuse = the("ACCUSE", "Sweden's Tellvik sold its stake in Chinese rival Hanzo Networks last year. "
                           "Tellvik accused Hanzo Networks of copying its designs.")
    assert _side(accuse) == [("SWE", None)]  # an organisation of Sweden; nothing says it is a firm
    assert _side(accuse, "recipient") == [("CHN", "BUS")]  # a "rival" firm


def test_based_in_gives_a_firm_its_country():
    accuse = the("ACCUSE", "The Oslo-based shipping firm Nordfisk Lines rejected the offer on Monday. "
                           "Nordfisk Lines accused the Russian government of blocking its ships.")
    assert _side(accuse) == [("NOR", "BUS")]


def test_person_described_once_keeps_country_and_office():
    accuse = the("ACCUSE", "Irish finance minister Michael Noonan arrived in Brussels on Monday for a meeting. "
                           "Later, Noonan criticised the European Commission.")
    assert _side(accuse) == [("IRL", "GOV")]


def test_us_legislator_by_party_and_state():
    accuse = the("ACCUSE", "Senator Jane Holloway, D-Kan., spoke at the hearing on Monday. "
                           "Holloway criticised the Pentagon for the delays.")
    assert _side(accuse) == [("USA", "LEG")]


def test_owner_of_the_thing_acted_on_is_the_target():
    (event,) = coded("The Danish government rejected Microsoft's new offer on Monday.")
    assert event.event == "REJECT"
    assert _side(event, "recipient") == [("USA", "BUS")]


def test_a_ministry_based_somewhere_stays_a_ministry():
    events = coded("The Oslo-based Foreign Ministry of Norway criticised the blockade. "
                   "The Foreign Ministry accused Russia of lying.")
    assert all(a.sector != "BUS" for e in events for a in e.actor)


def test_firm_names_are_matched_where_the_model_saw_none():
    from newscoder.knowledge import firms
    assert firms.country_of("Ericsson").iso3 == "SWE"
    assert firms.country_of("Microsoft Corp").iso3 == "USA"  # the legal form is dropped
    assert firms.country_of("Apple Inc.").iso3 == "USA"
    assert firms.country_of("Delta Air Lines").iso3 == "USA"  # "Atlanta, Georgia" is the US state's
    assert "Apple" not in firms.ruler_names()  # an English noun: only where the model tags it
    assert "Ericsson" in firms.ruler_names()
    assert firms.country_of("Nordfisk Lines") is None
    assert firms.country_of("Employers") is None  # a plural of an English word ("Employers Holdings" is a firm)


def test_the_company_is_the_firm_named_last():
    (event,) = coded("Lena Holm, a spokeswoman for Ericsson, said the company had sued Huawei in Britain.")
    assert event.event == "ACCUSE"
    assert _side(event) == [("SWE", "BUS")]  # not the country where the suit was filed
    assert _side(event, "recipient") == [("CHN", "BUS")]


def test_firms_fight_only_figuratively():
    assert all(e.event not in ("ASSAULT", "FIGHT") for e in coded("Vantor Motors Inc battled Kelvora Systems Corp "
                                                                  "for market share."))
    assert all(e.event not in ("ASSAULT", "FIGHT") for e in coded("Bank of America captured the top spot in "
                                                                  "underwriting."))
    assert any(e.event == "ASSAULT" for e in coded("Gunmen attacked a Bank of America branch in Lagos on Monday."))


def test_a_price_charged_is_no_accusation():
    assert all(e.event != "ACCUSE" for e in coded("Irish finance minister Michael Noonan will seek to lower the "
                                                  "interest rate charged on the bailout loan."))
    assert any(e.event == "ACCUSE" for e in coded("Kenyan police charged the former minister with fraud."))


def test_spokesman_for_the_group_speaks_for_the_firm_named_there():
    accuse = the("ACCUSE", "Chinese telecoms maker Hanzo Corp rejected the claims on Friday. Swedish equipment "
                           "maker Tellvik AB said on Saturday it had lost sales. Lena Holm, a spokeswoman for the "
                           "Stockholm-based group, accused Hanzo of copying its designs.")
    assert _side(accuse) == [("SWE", "BUS")]  # the Stockholm-based firm, not the firm named last


def test_office_holder_named_bare_is_not_given_the_country_visited():
    events = coded("Brazilian officials said on Monday that Finance Minister Ana Pereira had left for talks abroad. "
                   "Pereira visited Washington on Tuesday.")
    visits = [e for e in events if e.event == "CONSULT" and e.actor and e.actor[0].text == "Pereira"]
    assert visits and visits[0].actor[0].code != "USA"


def test_firm_with_a_wire_ticker_in_a_one_country_story_is_that_countrys():
    accuse = the("ACCUSE", "LAGOS, May 3 - Zenmark Textile Mills Plc <ZTML.LG> said on Tuesday it rejected the "
                           "offer from Delta Holdings. Zenmark Textile Mills Plc accused Delta Holdings of misleading "
                           "shareholders.")
    assert _side(accuse) == [("NGA", "BUS")]


def test_a_place_inside_a_name_is_not_where_the_sentence_happens():
    (event,) = coded("Gunmen attacked a Bank of America branch in Lagos on Monday.")
    assert event.event == "ASSAULT" and event.actor[0].code == "NGA"  # not the America of the bank's name


def test_an_app_attacking_a_rivals_app_is_no_assault():
    assert all(e.event != "ASSAULT" for e in coded("The new Kelvora iPad app is attacking Microsoft's streaming "
                                                   "app with lower prices."))


def test_workers_downing_tools_is_a_strike():
    (event,) = coded("Kenyan dock workers downed tools on Monday in a dispute over pay.")
    assert event.event == "PROTEST" and event.cameo.startswith("14")


def test_his_talks_are_the_speakers():
    events = coded("Chilean Foreign Minister Pablo Soto spoke to reporters on Monday. Peruvian President Ana Ruiz "
                   "criticised Chile on Tuesday. Soto said his talks with Bolivian officials had been useful.")
    talks = [e for e in events if e.event == "CONSULT" and any(r.code == "BOL" for r in e.recipient)]
    assert talks and talks[0].actor[0].code == "CHL"


# ---- labour actions, their end and the employer's reply; senses by subject and object


@pytest.mark.parametrize("text", [
    "Bus drivers in Lagos began a go-slow on Monday over unpaid wages.",
    "Hospital cleaners staged a sit-in at the health ministry on Tuesday.",
    "Teachers in Nairobi started a work-to-rule on Thursday.",
    "Postal workers in Lyon took industrial action on Friday.",
    "Some 4,000 miners at the Rustenburg platinum mine struck on Monday, demanding a bonus.",
])
def test_labour_actions_are_strikes(text):
    assert "PROTEST" in types(text)


def test_hyphenated_event_nouns_stay_one_token():
    from newscoder.pipeline import load

    doc = load(("entities",)).make_doc("Cleaners began a Go-Slow and two sit-ins; the cease-fire held.")
    words = [t.text for t in doc]
    assert {"Go-Slow", "sit-ins", "cease-fire"} <= set(words)
    assert doc.text == "Cleaners began a Go-Slow and two sit-ins; the cease-fire held."


def test_a_strike_ended_is_a_concession_not_a_protest():
    assert [e.event for e in coded("The nurses' union called off the strike on Monday after the ministry raised its "
                                   "offer.") if e.trigger.startswith("called")] == ["CONCEDE"]  # (the raised offer
    # is an act of its own)
    assert "CONCEDE" in types("The striking dockers in Mombasa returned to work on Wednesday.")


def test_an_employer_locking_workers_out_coerces_them():
    (event,) = [e for e in coded("The owners of the Kloof mine locked out 2,000 workers on Tuesday.")
                if e.event == "COERCE"]
    assert event.recipient and event.recipient[0].sector == "LAB"


def test_a_missile_or_jets_striking_is_still_an_attack():
    assert "ASSAULT" in types("Syrian jets struck rebel positions near Idlib on Monday.")


def test_a_product_recall_is_no_diplomatic_sanction():
    assert "SANCTION" not in types("Toyota recalled 300,000 cars in Japan over faulty airbags.")
    assert "SANCTION" in types("Qatar recalled its ambassador from Bahrain on Monday.")


def test_a_regulator_fining_a_firm_coerces_it():
    assert "COERCE" in types("Brazil's antitrust regulator fined Vale for breaking competition rules.")


def test_a_ceasefire_violated_is_an_attack():
    events = coded("The Syrian army violated the cease-fire near Homs on Sunday.")
    assert [e.cameo for e in events] == ["196"]


def test_a_firm_no_table_codes_is_still_the_target():
    (event,) = coded("Japan's Keiyo Bank agreed to buy a stake in Banco Marvao, a Keiyo official said.")
    assert event.event == "AGREE" and [r.text for r in event.recipient] == ["Banco Marvao"]


def test_a_wire_tickers_exchange_gives_a_firm_its_country():
    from newscoder.knowledge.firms import exchange_country

    assert (exchange_country("ANWA.T"), exchange_country("CAWL.L"), exchange_country("DART")) == ("JPN", "GBR", "USA")
    assert exchange_country("not a ticker") is None
    (event,) = coded("Kawabe Trust Bank Ltd <KWBT.T> has agreed to buy a stake in a Lisbon bank, a Kawabe "
                     "official said.")
    assert event.actor[0].code == "JPN"


def test_an_x_based_firm_takes_the_country_of_the_place_resolved():
    (event,) = coded("The Ohio-based firm accused Mexico of dumping steel.")
    assert (event.actor[0].code, event.actor[0].sector) == ("USA", "BUS")


def test_a_firms_dealing_is_coded_only_with_a_party_on_the_other_side():
    (sale,) = coded("Essar sold its 33 percent stake in the venture to Vodafone for 5 billion dollars.")
    assert sale.event == "COOPERATE" and [r.canonical for r in sale.recipient] == ["Vodafone"]
    assert coded("The group sold its hotel business last year.") == []
    assert coded("Nearly two million investors have bought shares in Vantor and Belmont since May.") == []
    assert [e.trigger for e in coded("Officials disputed a proposal for Japanese firms to sell computers to "
                                     "Iran.")] in ([], ["disputed"])  # (disputing it is an act; no sale is)
    (deal,) = coded("Kestrel Paper agreed to acquire Andhra Valley Mills for 200 million dollars.")
    assert deal.event == "AGREE" and [r.text for r in deal.recipient] == ["Andhra Valley Mills"]


def test_a_reprimand_is_criticism():
    assert types("The Supreme Court of India reprimanded the telecoms minister on Monday.") == ["ACCUSE"]


def test_a_currency_is_never_an_actor():
    assert coded("Last year our biggest problem was that we were buying products in Japanese yen.") == []
    assert coded("The Japanese yen retreated against the dollar on Monday.") == []
    assert [r.text for e in coded("Brazil accused the Japanese yen of hurting its exports.") for r in e.recipient] == []


def test_as_opposed_to_is_a_comparison_not_a_rejection():
    assert coded("The aid goes to Kenyan farmers, as opposed to Ugandan traders.") == []
    assert coded("Bankers said Chile's debts to foreign governments, as opposed to commercial banks, now have a "
                 "sounder structure.") == []


def test_neither_nor_as_subject_negates():
    events = analyze("The fund is idle because neither Chile nor Peru has ratified the treaty.", date=PUB,
                     options=Options(steps=("events",), event_modes=("negated",))).events
    assert [e.mode for e in events] == ["negated"]
    assert coded("The fund is idle because neither Chile nor Peru has ratified the treaty.") == []


def test_a_headlines_to_infinitive_is_a_plan():
    text = "CHILE'S MINISTER TO MEET BANKS ON DEBT\n\nChile's finance minister Ana Soto met bankers in New York.\n"
    modes = {e.trigger: e.mode for e in analyze(text, date=PUB, options=Options(
        steps=("events",), event_modes=("asserted", "reported", "future"))).events}
    assert modes.get("MEET") == "future" and modes.get("met") == "asserted"


def test_a_state_organ_named_again_keeps_the_country_it_was_named_with():
    text = ("The U.S. Senate called on President Biden to act against Japanese chip dumping. The Senate voted 93 to 0 "
            "to urge Biden to impose penalties on Japanese products. Senate leaders said the vote would warn Japan.")
    events = coded(text)
    assert {a.code[:3] for e in events for a in e.actor} == {"USA"}


def test_an_unplaced_office_holder_is_not_given_the_country_of_the_place_he_is_in():
    text = ("Philippine officials hope to end the debt talks soon. In New York, Central Bank Governor Jose Ferrer "
            "accused the creditor banks of stalling.")
    (accuse,) = [e for e in coded(text) if e.event == "ACCUSE"]
    assert accuse.actor[0].code == "PHL"  # the story's one country, not New York's


def test_the_leads_present_and_a_dated_present_are_the_news_of_the_day():
    text = ("FARM TALKS OPEN IN SEOUL\n\nChilean Agriculture Minister Ana Soto opens talks with South Korean officials "
            "today on fruit imports. The ministry in Seoul opposes any opening of the rice market. Soto meets the "
            "Korean trade minister on Monday.")
    events = coded(text)
    assert any(e.event == "CONSULT" and e.trigger == "opens talks" for e in events)
    assert not any(e.trigger == "opposes" for e in events)  # a standing position told in the present


def test_opinion_and_wire_idioms_are_no_acts():
    assert coded('"It strikes me as odd," said the Ohio senator.') == []
    assert not any(e.event == "CONSULT" for e in coded(
        "The Iraqi news agency INA, received in London, said the offensive had stalled."))


def test_a_date_at_the_start_does_not_make_call_an_appeal():
    found = types('On Sunday, Honduran President Rosa Mejia called the FDA alert "extreme and imprudent", and '
                  'noted that the fruit was clean.')
    assert "ACCUSE" in found and "REQUEST" not in found


def test_blocking_trade_coerces_and_a_health_alert_mobilizes_no_one():
    assert [e.cameo for e in coded("Canada blocked imports of beef from Brazil on Monday.")] == ["163"]
    assert coded("The United States declared a health alert over the outbreak.") == []
    assert "MOBILIZE" in types("Pakistan put its troops on high alert.")


def test_people_expelled_are_deported_by_the_state_they_are_expelled_from():
    (event,) = coded("About 300 Angolans were expelled from Zambia last week.")
    assert event.cameo == "174" and event.actor[0].code == "ZMB" and event.recipient[0].code == "AGO"
    (envoys,) = coded("Poland expelled four Russian diplomats on Monday.")
    assert envoys.event == "SANCTION" and envoys.recipient[0].code == "RUS"


def test_a_state_named_with_or_without_the_article():
    (event,) = coded("The Democratic Republic of Congo accused Rwanda of backing the rebels.")
    assert event.actor[0].code == "COD"


def test_an_office_only_one_state_has_gives_its_holder_that_country():
    (talks,) = coded("Secretary of State Mary Hollis and Soviet Foreign Minister Ivan Petrov met today in Moscow.")
    assert [a.code for a in talks.actor + talks.recipient] == ["USA", "RUS"]  # the first named, with the other
    (meet,) = coded("Chancellor of the Exchequer Tom Ridley met Brazilian Finance Minister Ana Lima in London.")
    assert meet.actor[0].code == "GBR"
    (home,) = coded("Home Secretary Tom Ridley met French Interior Minister Anne Roux in London.")
    assert home.actor[0].code == "GBR"


def test_a_foreign_secretary_is_britains_only_where_the_article_names_britain():
    text = ("NEW DELHI - Foreign Secretary Ravi Menon met Chinese Vice Foreign Minister Li Wen in New Delhi on "
            "Tuesday to discuss the border.")
    assert not any(a.code == "GBR" for e in coded(text) for a in e.actor + e.recipient)


def test_arriving_from_a_city_makes_it_no_target():
    events = coded("Kenyan President Daniel Moi arrived from Paris on Monday.")
    assert not any(r.code == "FRA" for e in events for r in e.recipient)


def test_talks_reported_with_the_sides_swapped_are_one_event():
    text = ("Turkish Foreign Minister Ali Demir met U.S. Secretary of State Mary Hollis in Ankara on Monday. Hollis "
            "held talks with Demir again on Monday.")
    talks = [e for e in coded(text) if e.event == "CONSULT"]
    assert len(talks) == 1 and talks[0].mentions == 2


def test_names_and_forecasts_are_no_acts():
    assert coded("FOX programming has been on the service before, with shows like 24 and Arrested Development .") == []
    assert coded("The prisoners escaped through tunnels, called Tom, Dick and Harry, under the fence.") == []
    assert coded("Coleco Industries Inc said it expects to return to profitability in 1987.") == []


def test_a_headline_that_sees_something_coming_reports_no_event():
    text = ("U.S. AIDES SEE MOSCOW AGREEING TO ARMS CHECK PACT\n\nU.S. aides said on Monday that Moscow would probably "
            "accept the inspection terms.")
    assert not any(e.trigger == "AGREEING" for e in coded(text))


def test_a_figure_that_declines_refuses_nothing():
    rules = Options(steps=("events",), event_model=False)  # the rule itself, whatever the model would veto
    assert coded("The crisis began when Chile's trade surplus, its main source of dollars, started to decline "
                 "sharply.", options=rules) == []
    assert "REJECT" in types("Chile declined the offer of talks with Bolivia.")


def _codes(records) -> list:
    return [r.code for r in records]


def test_foreign_bodies_and_a_countrys_lenders_are_not_of_that_country():
    (appeal,) = coded("Ecuador appealed for emergency aid from about 40 foreign governments on Friday.")
    assert _codes(appeal.actor) == ["ECU"] and "ECU" not in _codes(appeal.recipient)
    evs = coded("Peru suspended interest payments on its debt to commercial banks on Thursday.")
    assert evs and "PER" not in [c for e in evs for c in _codes(e.recipient)]
    (said,) = [e for e in coded("One western diplomat in Lusaka said Zambia had promised to pay its arrears.")
               if e.actor and e.actor[0].text.endswith("diplomat")] or [None]
    assert said is None or said.actor[0].code != "ZMB"


def test_its_forces_are_the_possessors_not_the_first_places():
    evs = coded("Iran reported a new offensive near Basra, while Baghdad said its forces had repulsed the attack, "
                "killing thousands of Iranians.")
    killing = [e for e in evs if e.event == "ASSAULT" and e.actor and e.actor[0].text.endswith("forces")]
    assert killing and killing[0].actor[0].code == "IRQ"


def test_where_delegates_meet_says_nothing_of_whose_they_are():
    text = ("Japan, France and Germany sent delegations to the talks on Monday. "
            "The ministers met in Brussels on Tuesday and agreed to cut farm subsidies.")
    evs = coded(text)
    met = [e for e in evs if e.event == "CONSULT"]
    assert met and met[0].actor[0].code != "BEL" and not met[0].recipient


def test_the_bank_after_a_named_bank_is_that_bank():
    evs = coded("The World Bank approved a loan to Ghana on Monday. The bank also cancelled aid to Kenya on Tuesday.")
    second = [e for e in evs if e.text.startswith("The bank")]
    assert second and second[0].actor[0].code == "IGOWBK"
    evs = coded("The Commonwealth Bank of Australia said it would sue Acme Corp. The bank also criticised the "
                "regulator on Monday.")
    assert evs and all(not (a.code or "").startswith("IGO") for e in evs for a in e.actor)


def test_a_central_banks_officer_and_a_councils_members_are_coded_by_the_body():
    evs = coded("Bundesbank president Hans Weber said on Tuesday he welcomed the accord. Weber also criticised "
                "the tax plan.")
    assert evs and all(e.actor[0].code and e.actor[0].code.startswith("DEU") for e in evs)
    (threat,) = [e for e in coded("Last week, foreign ministers of the 12 EC nations agreed to impose tariffs on "
                                  "Japanese electrical goods unless Tokyo opens its markets.")
                 if e.event == "THREATEN"]
    assert threat.actor[0].code == "IGOEUR"


def test_a_sentence_or_an_arrest_with_no_doer_named_is_the_courts_or_the_polices_of_the_place():
    (sentenced,) = coded("Thomas Wade was sentenced to death in Texas on Monday.")
    assert (sentenced.actor[0].code, sentenced.actor[0].sector, sentenced.actor[0].text) == ("USA", "JUD", "")
    assert [r.text for r in sentenced.recipient] == ["Thomas Wade"]
    (arrest,) = coded("Two men were arrested in Lagos on Tuesday.")
    assert (arrest.actor[0].code, arrest.actor[0].sector) == ("NGA", "COP")
    assert not [e for e in coded("He was sentenced to ten years on Monday.") if e.actor]


def test_the_government_first_named_so_is_the_one_countrys():
    evs = coded("South Africa's election is next month. The government has blamed a spate of bomb blasts in "
                "Johannesburg on the African National Congress.")
    blamed = [e for e in evs if e.event == "ACCUSE"]
    assert blamed and blamed[0].actor[0].code == "ZAF" and blamed[0].actor[0].sector == "GOV"


def test_violent_crimes_are_assaults_by_criminals():
    (stab,) = coded("A suspect stabbed a police officer in Dallas on Monday.")
    assert stab.event == "ASSAULT" and stab.actor[0].sector == "CRM" and stab.recipient[0].sector == "COP"
    (rob,) = coded("Two robbers held up a jewellery store in Paris on Tuesday and robbed its owner.")
    assert rob.actor[0].sector == "CRM"


def test_a_place_that_modifies_a_thing_is_a_topic_not_where_a_body_sits():
    evs = coded("The White House and Congress argued about the budget in Washington on Monday. A grand jury "
                "investigating the Iran arms sales indicted two aides on Tuesday.")
    indicted = [e for e in evs if e.event == "ACCUSE" and e.actor and "jury" in e.actor[0].text]
    assert indicted and indicted[0].actor[0].code == "USA"


def test_blame_on_names_the_accused():
    (blame,) = coded("Kabul blamed Monday's attack on Pakistan.")
    assert blame.event == "ACCUSE" and [r.text for r in blame.recipient] == ["Pakistan"]
    (blame,) = coded("Kabul blamed the blasts on Pakistan on Monday.")
    assert [r.text for r in blame.recipient] == ["Pakistan"]


def test_releasing_a_thing_publishes_and_beating_a_team_wins_a_game():
    assert not coded("Police late on Friday released sketches of the two suspects.")
    assert not coded("The ministry released new figures on Monday.")
    assert [e.event for e in coded("Rebels released two hostages on Monday.")] == ["RETREAT"]
    assert not coded("The Dodgers beat the Giants 6-5 on Monday.")
    assert not coded("Leeds beat Arsenal in the league on Saturday.")
    assert [e.event for e in coded("Police beat protesters in Cairo on Monday.")] == ["ASSAULT"]


def test_armed_groups_news_names_often_are_coded():
    (ambush,) = coded("Tamil Tigers ambushed an army patrol near Jaffna on Sunday.")
    assert ambush.actor[0].code.startswith("LKA") and ambush.actor[0].sector == "REB"
    evs = coded("The IRA bombed a police station in Belfast on Monday.")
    assert evs and evs[0].actor[0].code.startswith("GBR")


def test_people_captured_are_arrested_or_abducted_not_a_place_occupied():
    (recaptured,) = coded("Forty-eight escapees were recaptured by police within a week.")
    assert recaptured.event == "COERCE" and recaptured.cameo == "173"
    (taken,) = coded("Rebels captured two soldiers near Goma on Monday.")
    assert taken.event == "ASSAULT" and taken.cameo == "181"
    (prisoners,) = coded("Iran said its forces took 208 Iraqi prisoners on Monday.")
    assert prisoners.cameo == "173" and _codes(prisoners.recipient) == ["IRQ"]


def test_a_countrys_police_and_its_protesters_are_not_one_side():
    evs = coded("Police blocked protesters from entering the plaza in Seoul on Friday. Later, about 1,700 "
                "protesters marched through nearby streets in Seoul.")
    assert any(e.event == "PROTEST" and e.actor and e.actor[0].sector == "OPP" for e in evs)


def test_travel_money_and_advice_to_the_public_are_no_acts_of_state():
    assert not coded("A British tourist visiting Uganda fell ill on Monday.")
    assert [e.event for e in coded("The German chancellor visited Uganda on Monday.")] == ["CONSULT"]
    assert not coded("The charity received 80,000 dollars on Monday.")
    # an authority's advice to the public is its appeal, no threat; a market pundit's is no event
    assert [e.event for e in coded("Cholera has spread in western Kenya. Health authorities warned residents to boil "
                                   "their water on Monday.")] == ["REQUEST"]
    assert not coded("Analysts advised investors to sell their shares on Monday.")
    assert [e.event for e in coded("The United States warned Syria to withdraw its troops from Lebanon.")] == [
        "THREATEN"]


def test_who_gets_a_loan_is_its_target_not_its_source():
    (loan,) = coded("ECUADOR GETS WORLD BANK LOAN")
    assert _codes(loan.actor) == ["IGOWBK"] and _codes(loan.recipient) == ["ECU"]


def test_one_member_of_a_body_is_a_member_state_not_the_body():
    evs = coded("Ecuador suspended its oil exports on Monday. The OPEC member asked OPEC to raise its quota on "
                "Tuesday.")
    asked = [e for e in evs if e.event == "REQUEST"]
    assert asked and _codes(asked[0].actor) == ["ECU"] and _codes(asked[0].recipient) == ["IGOOPC"]


def test_both_sides_are_the_two_states_named_together_before():
    evs = coded("Greek and Turkish warships headed for a possible clash over drilling rights on Monday. A State "
                "Department spokesman said the United States had urged both sides to exercise restraint.")
    urged = [e for e in evs if e.event == "REQUEST"]
    assert urged and sorted(_codes(urged[0].recipient)) == ["GRC", "TUR"]


def test_a_headline_and_its_lead_told_by_the_states_spokesman_are_one_event():
    text = ("U.S. URGES RESTRAINT IN AEGEAN\n\nThe United States said it was doing what it could to ease tension "
            "as Greek and Turkish warships headed for a possible clash.\n    State Department spokesman Charles "
            "Redman told reporters, \"We have urged both sides to exercise restraint.\"\n")
    urged = [e for e in coded(text) if e.event == "REQUEST"]
    assert len(urged) == 1 and urged[0].mentions == 2


def test_they_are_the_directors_of_the_firm_that_speaks():
    text = "The directors of Siemens said on Monday they had rejected a merger with Alstom."
    evs = [e for e in coded(text) if e.event == "REJECT"]
    assert evs and evs[0].actor[0].text == "directors of Siemens" and evs[0].actor[0].code == "DEU"


def test_a_national_branch_of_a_known_body_is_that_body_of_its_country():
    (aid,) = coded("The South African Red Cross sent aid to flood victims in Durban on Monday.")
    assert aid.actor[0].code == "NGOIRC" and aid.actor[0].country == "ZAF"


def test_balking_at_or_being_reluctant_to_sign_is_no_signing():
    assert [e.event for e in coded("Greece balked at signing the accord on Monday.")] == ["REJECT"]
    assert not coded("Greece is reluctant to sign the accord.")


def test_people_and_named_bodies_of_a_one_country_story_are_of_that_country():
    text = ("Brazil's coffee exports fell in March, the Brazilian trade ministry said. Brazilian growers expect a "
            "larger crop. A week ago the seamen began a national strike. Marcos Silva criticised the trade policy "
            "of the ministry. The IBC accused exporters of hoarding coffee.")
    evs = coded(text)
    by_trigger = {e.trigger.split()[-1]: e for e in evs}
    assert by_trigger["strike"].actor[0].code == "BRA"  # the seamen
    assert by_trigger["criticised"].actor[0].code == "BRA"  # a person the story does not place
    assert by_trigger["accused"].actor[0].code == "BRA"  # a body named by its initials


def test_a_body_named_as_international_is_not_guessed_to_be_of_the_story_country():
    text = ("Peru's economy grew in March, the Peruvian central bank said. Peruvian officials expect more growth. "
            "The Andean Development Fund criticised the Peruvian budget.")
    (crit,) = [e for e in coded(text) if e.event == "ACCUSE"]
    assert crit.actor[0].code is None


def test_a_guessed_country_does_not_make_the_doer_and_the_target_one_side():
    text = ("Britain's trade deficit widened in March, British officials said. The British economy is slowing. "
            "The DTI is charging Ronald Jenkins with insider dealing.")
    (charge,) = [e for e in coded(text) if e.event == "ACCUSE"]
    assert [a.text for a in charge.recipient] == ["Ronald Jenkins"]


def test_what_is_sent_or_given_makes_aid_by_its_class():
    (sent,) = coded("Oxfam sent water specialists to Haiti on Monday.")
    assert sent.event == "AID" and _codes(sent.recipient) == ["HTI"]
    (doctors,) = coded("The United Nations sent doctors to Haiti on Monday.")
    assert doctors.cameo == "073"  # people who bring relief: humanitarian aid
    (arms,) = coded("Russia sent weapons to Syria on Monday.")
    assert arms.cameo == "072"
    assert not coded("The bank sent a letter to its shareholders on Monday.")


def test_trade_penalties_imposed_and_eased_by_their_class():
    (slap,) = coded("Canada slapped a duty on U.S. corn imports on Monday.")
    assert slap.cameo == "163" and _codes(slap.actor) == ["CAN"]
    (cut,) = coded("Canada lowered the tariffs on U.S. corn imports on Monday.")
    assert cut.cameo == "085"  # eased, not a cut of relations


def test_telling_people_to_do_something_is_a_request_and_telling_reporters_is_not():
    (told,) = coded("The World Health Organization told tourists to stay away from the caves on Monday.")
    assert told.event == "REQUEST" and _codes(told.actor) == ["IGOWHO"]
    assert not coded("The minister told reporters on Monday that the talks went well.")


def test_a_guessed_country_gives_way_to_the_state_acted_on_but_not_to_its_people():
    (threat,) = coded("Russia's economy shrank. President Jose Ferrer threatened the Russian government with "
                      "sanctions on Monday.")
    assert threat.actor[0].code is None  # not Russian because he threatened Russia's government
    (talks,) = coded("Brazil's economy shrank, officials said. President Jose Sarney held talks with Brazilian "
                     "business leaders on Monday.")
    assert talks.actor[0].code == "BRA" and _codes(talks.recipient) == ["BRA"]


def test_an_implied_government_beside_a_guessed_person_is_coded():
    (deported,) = coded("Brazil's economy shrank, officials said. Marcos Silva was deported on Monday.")
    assert deported.actor[0].text == "" and deported.actor[0].code == "BRA"
    assert [a.text for a in deported.recipient] == ["Marcos Silva"]


def test_its_board_is_the_firm_named_last():
    evs = coded("Siemens said on Friday that its profits rose. On Monday its board approved a merger with Bombardier.")
    approved = [e for e in evs if e.trigger == "approved"]
    assert approved and approved[0].actor[0].code == "DEU" and approved[0].actor[0].sector == "BUS"


def test_a_complement_keeps_the_sense_its_own_object_gives_it():
    (agree,) = coded("The European Union agreed on Monday to cut diesel emissions from trucks.")
    assert agree.event == "AGREE"  # emissions cut: no sanction, so no threat of one
    (threat,) = coded("The European Union threatened on Monday to cut aid to Sudan.")
    assert threat.event == "THREATEN"


def test_a_statement_released_or_a_return_from_holiday_is_no_retreat():
    assert not coded("In a statement released on Monday, the Scottish Executive confirmed that the swan had died.")
    assert not coded("Environment Secretary Hilary Benn returned from holiday in Italy on Monday.")
    (freed,) = coded("Police released the three suspects on Monday.")
    assert freed.event == "RETREAT"


def test_an_event_noun_that_names_an_office_is_no_event():
    assert not [e for e in coded('"I share the joy of the families," said the commissioner responsible for the '
                                 "European Union's humanitarian aid, Louis Michel.") if e.event == "AID"]
    assert not [e for e in coded("The Minister for Trade, Ana Soto, spoke in Lima on Monday.") if e.event != "CONSULT"]


def test_restrictions_on_movement_are_coerced_by_their_class():
    (quarantine,) = [e for e in coded("Bird flu was found on a farm in Scotland, British officials said. A "
                                      "quarantine was imposed on the farm on Monday.") if e.event == "COERCE"]
    assert quarantine.actor[0].text == "" and quarantine.actor[0].code == "GBR"  # the authorities, implied
    (emergency,) = coded("Peru declared an emergency in the capital on Monday.")
    assert emergency.cameo == "1724" and _codes(emergency.actor) == ["PER"]


def test_words_against_a_decision_are_criticism_of_its_owner():
    (crit,) = coded("Brazil's economy shrank, officials said. The opposition attacked the government's grain policy "
                    "on Monday.")
    assert crit.event == "ACCUSE" and _codes(crit.recipient) == ["BRA"]
    assert [e.event for e in coded("Rebels attacked the power plant in Homs on Monday.")] == ["ASSAULT"]
    assert [e.event for e in coded("Greece laid the blame on Turkey for the failure of the talks.")] == ["ACCUSE"]


def test_a_commodity_body_is_international_and_so_is_an_acronym_of_an_international_name():
    (talks,) = coded("Coffee prices fell after the collapse of the ICO talks in London, Brazilian officials said.")
    assert _codes(talks.actor) == ["IGOICO"]
    text = ("Brazil's coffee exports fell, officials said. The International Association of Coffee Growers (IACG) "
            "met in Brasilia. The IACG criticised the Brazilian export policy on Monday.")
    (crit,) = [e for e in coded(text) if e.event == "ACCUSE"]
    assert crit.actor[0].code is None  # not guessed Brazilian


def test_an_international_aid_group_is_not_of_the_country_it_works_in():
    text = ("Chad's government closed the border, officials said. Chadian troops patrol the east. "
            "Oxfam accused the government of blocking aid on Monday.")
    (crit,) = [e for e in coded(text) if e.event == "ACCUSE"]
    assert crit.actor[0].code == "NGOOXF" and _codes(crit.recipient) == ["TCD"]


def test_members_of_a_body_are_not_guessed_to_be_of_the_story_country():
    text = ("Libya's economy shrank, Libyan officials said. Members of the Association of African Jurists "
            "investigated the welfare of 2,000 Libyans on Monday.")
    (probe,) = [e for e in coded(text) if e.trigger == "investigated"]
    assert probe.actor[0].code != "LBY"


def test_a_speakers_verdict_of_blame_is_criticism_or_an_accusation_of_its_subject():
    (crit,) = coded("Britain's trade deficit grew, British officials said. The opposition said on Monday that the "
                    "government's plan was flawed.")
    assert crit.event == "ACCUSE" and crit.cameo == "111" and _codes(crit.recipient) == ["GBR"]
    assert crit.trigger == "was flawed"
    (acc,) = coded("Israeli officials said on Monday that Hamas was responsible for the attack.")
    assert acc.cameo == "112" and _codes(acc.actor) == ["ISR"]
    assert not coded("Analysts said on Monday that the shares were cheap.")
    assert not coded("The minister said on Monday that the proposal was not unfair.")


def test_a_guessed_country_is_marked_in_the_output():
    text = ("Brazil's coffee exports fell in March, the Brazilian trade ministry said. Brazilian growers expect a "
            "larger crop. Marcos Silva criticised the trade policy of the ministry on Monday.")
    (crit,) = [e for e in coded(text) if e.event == "ACCUSE"]
    assert crit.to_dict()["actor"][0]["guessed"] is True
    (told,) = coded("Brazil criticised the trade policy of Argentina on Monday.")
    assert told.to_dict()["actor"][0]["guessed"] is False


def test_a_state_summoning_an_envoy_or_taking_legal_action_accuses_the_envoys_state():
    (summons,) = coded("Norway summoned the Iranian ambassador on Tuesday to protest against the arrests.")
    assert summons.event == "ACCUSE" and _codes(summons.actor) == ["NOR"] and _codes(summons.recipient) == ["IRN"]
    (case,) = coded("The European Commission launched legal action against Poland over the new media law.")
    assert case.cameo == "115" and _codes(case.recipient) == ["POL"]


def test_lifting_or_revoking_a_ban_eases_a_restriction():
    (revoked,) = coded("The Malaysian government revoked the ban on street rallies on Monday.")
    assert revoked.cameo == "081" and _codes(revoked.actor) == ["MYS"]
    (siege,) = coded("Ecuador's president declared a state of siege in two provinces on Sunday.")
    assert siege.cameo == "1724" and siege.event == "COERCE"


def test_encouraging_or_ordering_someone_to_act_is_a_request():
    (encouraged,) = coded("The Ghanaian government encouraged residents to stay at home during the storm.")
    assert encouraged.event == "REQUEST" and _codes(encouraged.actor) == ["GHA"]
    (ordered,) = coded("A court in Lagos ordered the former governor to repay 40 million naira.")
    assert ordered.event == "REQUEST"
    assert coded("The minister was encouraged by the early results.") == []


def test_discussions_summits_deadlines_and_faulting_are_coded():
    (talks,) = coded("The Malian president held discussions with the Nigerien president in Bamako on Friday.")
    assert talks.event == "CONSULT" and _codes(talks.recipient) == ["NER"]
    (summit,) = coded("The Spanish prime minister attended a summit of Arab and European leaders in Cairo.")
    assert summit.event == "CONSULT" and summit.recipient == []  # the venue's state is no party to a summit
    (host,) = coded("The Senegalese president hosted the regional summit in Dakar on Monday.")
    assert host.recipient == []  # his own country is not his guest
    (deadline,) = coded("The Philippine government gave Canada a deadline to take back the containers.")
    assert deadline.event == "THREATEN" and _codes(deadline.recipient) == ["CAN"]
    (fault,) = coded("The Chilean minister faulted the World Bank's handling of the loan.")
    assert fault.event == "ACCUSE" and _codes(fault.recipient) == ["IGOWBK"]


def test_a_team_or_a_shipment_of_what_is_sent_is_what_is_sent():
    (team,) = coded("Cuba sent a team of doctors to Haiti after the earthquake.")
    assert team.event == "AID" and _codes(team.recipient) == ["HTI"]


def test_own_troops_withdrawn_are_no_other_side():
    (pullout,) = coded("Hungary withdrew its troops from the border zone on Monday.")
    assert not any(r.code == "HUN" for r in pullout.recipient)


def test_a_verdict_of_guilt_is_the_event_and_an_acquittal_is_none():
    (verdict,) = coded("A court in Marseille found the former mayor guilty of taking bribes.")
    assert verdict.cameo == "116" and _codes(verdict.actor) == ["FRA"] and verdict.recipient
    assert coded("A court in Marseille found the former mayor not guilty.") == []


def test_a_scathing_attack_is_criticism_and_an_armed_one_an_assault():
    (words,) = coded("The Greek opposition leader launched a scathing attack on the prime minister on Monday.")
    assert words.event == "ACCUSE"
    (armed,) = coded("Rebels launched an attack on a Malian army base on Monday.")
    assert armed.event == "ASSAULT"


def test_visits_cancelled_and_peacekeepers_withdrawn_or_deployed():
    (cancelled,) = coded("The Mexican president cancelled a planned visit to Washington on Friday.")
    assert cancelled.event == "REJECT" and _codes(cancelled.recipient) == ["USA"]
    (withdrawn,) = coded("Fiji withdrew its peacekeepers from the Golan Heights on Monday.")
    assert withdrawn.cameo == "1661"
    (deployed,) = coded("Ghana deployed 300 peacekeepers to South Sudan on Saturday.")
    assert deployed.event == "AID" and _codes(deployed.recipient) == ["SSD"]


def test_a_headline_urged_to_act_is_urged_by_someone_else():
    (urged,) = [e for e in coded("Japan urged to open its rice market\n\nTOKYO, March 3 - Rice farmers marched in "
                                 "Tokyo on Monday as the trade talks went on.") if e.event == "REQUEST"]
    assert _codes(urged.recipient) == ["JPN"] and not _codes(urged.actor)


def test_a_message_delivered_or_results_yielded_are_no_aid_or_concession():
    assert coded("The Dutch trade minister delivered a clear message to the Japanese government.") == []
    assert [e.event for e in coded("The British government delivered food to the flooded region.")] == ["AID"]
    assert coded("Chilean copper mine yields good results\n\nSANTIAGO - Drilling at the mine went on in May.") == []


def test_the_owner_of_a_rejected_claim_or_demand_is_its_target():
    (fought,) = coded("Canadian officials are fighting off demands for change by the Senate.")
    assert fought.event == "REJECT" and [r.text for r in fought.recipient] == ["Senate"]
    (spurned,) = coded("Moscow spurned Washington's offer of cheap grain.")
    assert _codes(spurned.recipient) == ["USA"]
    (claims,) = coded("The Danish finance minister rejected claims by Swedish officials that the bridge was unsafe.")
    assert _codes(claims.recipient) == ["SWE"]
    (welcomed,) = coded("Industry groups in Dublin welcomed the Irish finance minister's budget.")
    assert welcomed.event == "SUPPORT" and _codes(welcomed.recipient) == ["IRL"]


def test_a_body_whose_name_opens_with_a_country_or_capital_is_of_that_country():
    (aid,) = coded("The Canadian government delivered 40,000 dollars worth of goods to Kabul University Hospital.")
    assert aid.event == "AID" and _codes(aid.recipient) == ["AFG"]  # not the story's one named country
    (flights,) = coded("Kenya Airways suspended its flights to Mogadishu on Monday.")
    assert _codes(flights.actor) == ["KEN"] and not flights.actor[0].guessed


def test_wire_quotes_keep_a_verdict_called_in_them_a_criticism():
    (called,) = coded("Croatia's presidency called Serbia's boycott ``a declaration of war'' on Friday.")
    assert called.event == "ACCUSE" and called.cameo == "111"


def test_money_received_or_attitudes_shared_are_no_visit_or_cooperation():
    assert coded("Army officers in Lima received hundreds of thousands of dollars from traffickers.") == []
    assert coded("As a youth, the Peruvian judge shared the liberal attitudes of his friends.") == []
    (visit,) = coded("The Ugandan president received the visiting Kenyan foreign minister in Kampala.")
    assert visit.event == "CONSULT" and _codes(visit.recipient) == ["KEN"]
    (shared,) = coded("Jordan and Israel shared intelligence on the militants.")
    assert shared.event == "COOPERATE"
    (expertise,) = coded("Kenyan police have been sharing expertise with the Ugandan army.")
    assert expertise.event == "COOPERATE" and _codes(expertise.recipient) == ["UGA"]  # shared with someone


def test_asking_for_someone_by_title_is_looking_for_them_not_a_request():
    assert coded("Three gunmen entered the bishop's office in Medellin on Wednesday asking for the prelate.") == []
    rules = Options(steps=("events",), event_model=False)  # the rule itself, not the model's veto
    assert coded("Two men in uniform came to the church in Cali asking for the archbishop, but he was away.",
                 options=rules) == []
    (aid,) = coded("The Ugandan government asked for international aid on Monday.")
    assert aid.event == "REQUEST"


def test_those_called_on_an_accused_clause_subject_and_streets_sealed_off():
    (appeal,) = coded("The Kenyan president called on Kenyans to give money to the Kenya Red Cross.")
    assert appeal.event == "REQUEST" and _codes(appeal.recipient) == ["KEN"]
    assert appeal.recipient[0].text == "Kenyans"
    (charge,) = coded("The Serbian prime minister charged that the Slovenian president had wrecked the plan.")
    assert charge.event == "ACCUSE" and _codes(charge.recipient) == ["SVN"]
    (sealed,) = coded("Egyptian police sealed off all streets leading to the mosque on Monday.")
    assert sealed.event == "COERCE" and _codes(sealed.actor) == ["EGY"]


def test_a_name_a_favourable_word_or_a_duty_is_no_criticism_or_charge():
    assert coded("The Kenyan marketing board runs what it calls its single channel marketing.") == []
    assert coded("Called the Credit Reform Act, the proposal was sent to the Kenyan parliament on Monday.") == []
    assert coded("The Kenyan health minister called the findings plausible.") == []
    assert [e.event for e in coded("The Kenyan opposition called the budget a disaster.")] == ["ACCUSE"]
    assert coded("The Kenyan Forest Service is charged with protecting the wildlands.") == []
    assert [e.event for e in coded("The Kenyan former minister was charged with murdering his driver.")] == ["ACCUSE"]


def test_insisting_on_a_present_claim_is_no_demand():
    assert coded("De Beers insists it remains on cordial terms with Botswana.") == []
    assert [e.event for e in coded("The Kenyan union insisted that the government must resign.")] == ["REQUEST"]


def test_a_state_that_broke_up_is_coded_as_itself_in_an_article_of_its_time():
    def at(text, year):
        return analyze(text, date=dt.date(year, 6, 30), options=ONLY_EVENTS).events

    (threat,) = at("The Yugoslav army gave Slovenia a final ultimatum on Sunday.", 1991)
    assert _codes(threat.actor) == ["YUG"] and _codes(threat.recipient) == ["SVN"]
    (condemned,) = at("The federal government in Belgrade condemned the Slovenian leadership.", 1991)
    assert _codes(condemned.actor) == ["YUG"] and condemned.actor[0].sector == "GOV"
    (then,) = at("Moscow accused Washington of spying on its diplomats.", 1987)
    (now,) = at("Moscow accused Washington of spying on its diplomats.", 2022)
    assert _codes(then.actor) == ["SUN"] and _codes(now.actor) == ["RUS"]
    every_mode = Options(steps=("events",), event_modes=tuple(MODES))
    (invasion,) = analyze("The Soviet Union invaded Afghanistan in December 1979, the report said.",
                          date=dt.date(2022, 6, 30), options=every_mode).events
    assert _codes(invasion.actor) == ["SUN"]  # its full name is the Soviet Union whatever the article's date
    (seat,) = at("The government in Kabul rejected the offer on Monday.", 2022)
    assert _codes(seat.actor) == ["AFG"]


def test_a_running_total_is_background_not_one_act():
    every_mode = Options(steps=("events",), event_modes=tuple(MODES))
    for text in ("Kenyan rebels have killed up to 65 soldiers and police since 2015.",  # (since January: news of
                 # a named doer, the test of this year's totals)
                 "More than 200 Kenyan students have been arrested so far this year."):
        assert coded(text) == []
        assert [e.mode for e in coded(text, options=every_mode)] == ["background"]
    assert [e.event for e in coded("Kenyan police have arrested 12 people since Monday's riots.")] == ["COERCE"]
    assert [e.event for e in coded("Kenyan rebels killed 65 soldiers on Monday.")] == ["ASSAULT"]


def test_a_deed_a_speaker_lays_at_someones_door_is_an_accusation():
    for text, accused in (
            ("The Kenyan government said Somali agents were to blame for the killing of the governor.", "SOM"),
            ("A former Kenyan minister said the slaying was the work of Somali agents.", "SOM"),
            ("The Kenyan interior minister said al-Shabaab was behind the bombing in Nairobi.", None)):
        (event,) = coded(text)
        assert event.event == "ACCUSE" and event.cameo == "112", text
        assert event.actor[0].code == "KEN" or event.actor[0].country == "KEN", text
        if accused:
            assert [r.code for r in event.recipient] == [accused], text
        else:
            assert event.recipient and "Shabaab" in event.recipient[0].text


def test_forces_moved_to_a_border_are_mobilised_not_given():
    (moved,) = coded("Austria and Hungary sent armored units to the Slovenian border on Monday.")
    assert moved.event == "MOBILIZE" and _codes(moved.actor) == ["AUT", "HUN"] and _codes(moved.recipient) == ["SVN"]
    (near,) = coded("China deployed warships near Taiwan on Monday.")
    assert near.event == "MOBILIZE" and _codes(near.recipient) == ["TWN"]  # the warships are no target
    (aid,) = coded("The United States sent tanks to Ukraine on Monday.")
    assert aid.event == "AID"


def test_force_promised_in_answer_to_an_attack_is_a_threat():
    (answer,) = coded("Croatia will respond if Serbia attacks, the Croatian president said.")
    assert answer.event == "THREATEN" and _codes(answer.recipient) == ["SRB"]
    (quoted,) = coded('"If we are attacked, we will respond," the Croatian president said on Monday.')
    assert quoted.event == "THREATEN" and _codes(quoted.actor) == ["HRV"] and quoted.recipient == []
    assert coded("The Croatian ministry will respond to the questions next week.") == []


def test_a_claimed_attack_is_the_claimers_and_people_kept_out_are_coerced():
    (claim,) = coded("The New People's Army claimed responsibility for the assassination of a U.S. colonel.")
    assert claim.event == "ASSAULT" and claim.cameo == "186" and _codes(claim.recipient) == ["USA"]
    assert coded("No group has claimed responsibility for the attack on the Kenyan bus.") == []
    (barred,) = coded("Serbian police barred about 100 Albanian deputies from entering the parliament.")
    assert barred.event == "COERCE" and _codes(barred.actor) == ["SRB"]
    assert coded("The rain prevented the Kenyan team from travelling.") == []


def test_being_in_talks_with_someone_is_consulting_them():
    (talks,) = coded("Iran is in negotiations with the IAEA over inspections.")
    assert talks.event == "CONSULT" and _codes(talks.actor) == ["IRN"] and talks.recipient[0].text == "IAEA"


def test_a_possibility_a_forecast_or_a_reporters_question_is_no_event():
    for text in ("The Kenyan minister said it is possible to reach agreement with the union.",
                 "The Kenyan authorities are unlikely to sanction a larger cut in rates.",
                 "Washington may be weighing the possibility of recognizing Somaliland.",
                 "Kenya is likely to attack the rebel camps in Somalia.",
                 "The Kenyan spokesman, asked if the visit might help, said progress was hard to measure.",
                 "Kenya had promised to cut its deficit and open its markets to foreign goods in the past."):
        assert coded(text) == [], text
    assert [e.event for e in coded("The Kenyan minister asked Japan to open its markets.")] == ["REQUEST"]


def test_permission_guesses_and_forecasts_are_no_events():
    every_mode = Options(steps=("events",), event_modes=tuple(MODES))
    assert coded("The Kenyan mayor is indirectly sanctioning racism by doing nothing.") == []
    assert [e.event for e in coded("Kenya sanctioned three Somali officials on Monday.")] == ["COERCE"]
    guess = "Kenyan fighters may have arbitrarily arrested civilians, the UN said."
    assert coded(guess) == [] and [e.mode for e in coded(guess, options=every_mode)] == ["hypothetical"]
    assert coded("Analysts say the armed offensive will force the Kenyan regime out within days.") == []
    assert coded("At least 494 Kenyans have been killed since the election.") == []


def test_a_wrongdoing_a_speaker_tells_of_another_is_an_accusation():
    (charge,) = coded("The Kenyan minister said Somalia had misled the United Nations.")
    assert charge.event == "ACCUSE" and _codes(charge.actor) == ["KEN"] and _codes(charge.recipient) == ["SOM"]
    assert coded("Kenyan police said the driver had been distracted by his phone.") == []
    assert coded("The Kenyan minister said he had misled the committee.") == []  # his own wrong: no accusation


def test_talks_with_no_other_side_and_a_physical_breach_are_no_events():
    assert coded("The Kenyan actress is reportedly now in talks to sign on.") == []
    assert coded("A Kenyan spokesman said the fighters had breached the city limit overnight.") == []
    every_mode = Options(steps=("events",), event_modes=tuple(MODES))
    guesses = coded("Kenyan fighters may have arrested, abducted and robbed civilians, the UN said.",
                    options=every_mode)
    assert guesses and {e.mode for e in guesses} == {"hypothetical"}


def test_an_event_dated_in_its_own_clause_by_a_month_of_a_relative_year():
    (expelled,) = coded("Kenyan troops expelled 1,500 Somali refugees in August last year.")
    assert expelled.date == "2021-08"
    (sentenced,) = coded("Kenyan judges sentenced the Somali activist last month to two years.")
    assert sentenced.date == "2022-04"


def test_a_state_blocking_people_restricts_movement_protesters_obstruct():
    (state,) = coded("Kenya blocks Somali pilgrims at the border.")
    assert state.event == "COERCE" and state.cameo == "191" and _codes(state.actor) == ["KEN"]
    (police,) = coded("Kenyan police blocked the road to the parliament on Monday.")
    assert police.cameo == "191"
    (crowd,) = coded("Kenyan protesters blocked the road to the parliament on Monday.")
    assert crowd.event == "PROTEST" and crowd.cameo == "144"


def test_a_question_asked_is_no_request_and_a_persons_arrest_is_not_theirs():
    assert coded('"What kind of peace is this?" asked Ali Hassan, a Kenyan farmer.') == []
    assert coded("The Kenyan minister asked whether the plan would work.") == []
    assert [e.event for e in coded("The Kenyan minister asked Somalia to close the camps.")] == ["REQUEST"]
    assert coded("The Kenyan activist said Ali Hassan's arrest was part of a campaign.") == []
    (release,) = coded("Kenya's release of the Somali prisoners surprised diplomats.")
    assert _codes(release.actor) == ["KEN"]


def test_the_subject_a_participle_beside_it_describes_is_its_doer():
    (attack,) = coded("Somali President Ahmed, attacking Kenya's decision to expand its border camps, went before "
                      "the Somali legislature on Wednesday.")
    assert attack.event == "ACCUSE" and _codes(attack.actor) == ["SOM"] and _codes(attack.recipient) == ["KEN"]


def test_a_wars_toll_so_far_is_background():
    assert coded("Tens of thousands of Kenyans have been killed in the war.") == []
    assert [e.event for e in coded("Kenyan troops killed 20 Somali fighters in the war on Monday.")] == ["ASSAULT"]


def test_an_act_of_two_years_before_is_background_and_a_headline_told_again_in_the_lead_is_one_event():
    every_mode = Options(steps=("events",), event_modes=tuple(MODES))
    old = coded("Kenya cut diplomatic ties with Somalia in 2020, accusing it of arming rebels.", options=every_mode)
    assert sorted(e.event for e in old) == ["ACCUSE", "SANCTION"]  # (the accusation said as the ties were cut)
    assert all(e.mode == "background" and e.date == "2020" for e in old)
    assert coded("Kenya cut diplomatic ties with Somalia in 2020.") == []
    story = ("Kenya arrests Somali smugglers.\n\nNAIROBI 2022-05-13\n\nKenyan police have arrested three people "
             "trying to smuggle sugar across the border from Somalia, the police said.")
    (arrest,) = coded(story)
    assert arrest.event == "COERCE" and arrest.mentions == 2 and arrest.text.startswith("Kenyan police")
    (hurt,) = coded("About 100 Somali civilians were killed or wounded in the attack.")
    assert hurt.actor == [] and _codes(hurt.recipient) == ["SOM"]


def test_a_states_protest_is_a_complaint_a_police_raid_coercion_and_a_conditional_penalty_a_threat():
    (note,) = coded("Kenya lodged a strong protest with Somalia over the raid.")
    assert note.event == "ACCUSE" and note.cameo == "114" and _codes(note.recipient) == ["SOM"]
    (state,) = coded("Kenya protested to Somalia over the border closure.")
    assert state.cameo == "114"
    (crowd,) = coded("Thousands of Kenyan students protested in Nairobi against the fees.")
    assert crowd.event == "PROTEST"
    (raid,) = coded("Hundreds of Kenyan police raided the university, arresting nearly 30 students.")
    assert raid.event == "COERCE"
    (threat,) = coded("Kenya warned its fishermen that their boats would be impounded if they entered Somali waters.")
    assert threat.event == "THREATEN"
    assert types("Kenyan health authorities warned residents to boil their water.") == ["REQUEST"]  # advice


def test_going_home_a_signed_note_and_talk_about_a_subject_are_no_events_two_sides_agreeing_are_a_pair():
    assert coded("The Kenyan envoy met Somali officials on Monday. He returned to Nairobi on Thursday.")[1:] == []
    (back,) = coded("Kenyan rebels returned all the weapons to the army.")
    assert back.event == "RETREAT"
    assert coded("The Kenyan police said the note, signed by the victims, was genuine.") == []
    assert coded('"I was talking about drugs," the Kenyan minister said.') == []
    (pair,) = coded("Kenya and Somalia have agreed to hold joint border patrols.")
    assert _codes(pair.actor) == ["KEN"] and _codes(pair.recipient) == ["SOM"]


def test_an_office_holder_a_wire_story_names_without_a_country_is_its_datelines():
    story = ("Kenyan speaker accuses president.\n\nNAIROBI 2022-05-13\n\nThe speaker of the Kenyan parliament said on "
             "Friday that President Samuel Mwangi was trying to set up a dictatorship with Somali help.\n"
             "Foreign Minister Ali Otieno met Somali Foreign Minister Hassan Nur in Mogadishu on Thursday.\n"
             "Mwangi signed a pact with Somalia in April.\nSomalia's backing for Mwangi angered the opposition.")
    events = coded(story)
    talks = next(e for e in events if e.event == "CONSULT")
    assert _codes(talks.actor) == ["KEN"] and _codes(talks.recipient) == ["SOM"]
    pact = next(e for e in events if e.trigger.startswith("signed"))
    assert _codes(pact.actor) == ["KEN"]
    abroad = ("Kenyan speaker accuses president.\n\nMOGADISHU 2022-05-13\n\nThe speaker of the Kenyan parliament said "
              "on Friday that President Samuel Mwangi was trying to set up a dictatorship with Somali help.\n"
              "Mwangi signed a pact with Somalia in April.")
    pact = next(e for e in coded(abroad) if e.trigger.startswith("signed"))
    assert _codes(pact.actor) != ["SOM"]  # not the dateline's when the story is about another country


def test_a_headlines_credit_is_no_party_and_a_bomb_in_a_country_is_no_state():
    story = ("Somali agents stormed Kenyan diplomat's home -- Nairobi.\n\nNAIROBI 2022-05-13\n\n"
             "Somali security forces burst into the home of a Kenyan attache in Mogadishu on Friday.")
    stormed = next(e for e in coded(story) if e.trigger == "stormed")
    assert "Nairobi" not in " ".join(r.text for r in stormed.recipient)
    story = ("Kenya restaurant bomb kills seven - newspaper.\n\nNAIROBI 2022-05-13\n\n"
             "A bomb explosion in a restaurant east of Nairobi on Thursday killed seven people, a Kenyan newspaper "
             "said on Friday.")
    (bomb,) = coded(story)
    assert bomb.mentions == 2 and bomb.actor[0].sector == "UAF" and bomb.actor[0].code == "KEN"


def test_a_summoned_or_expelled_envoy_is_the_target_and_an_order_to_go_on_alert_mobilises():
    (summoned,) = coded("The Somali ambassador was summoned to the ministry in Nairobi to hear a sharp protest.")
    assert _codes(summoned.actor) == ["KEN"] and _codes(summoned.recipient) == ["SOM"]
    (expelled,) = coded("Four Somali diplomats were expelled by Kenya on Friday.")
    assert _codes(expelled.actor) == ["KEN"] and _codes(expelled.recipient) == ["SOM"]
    (alert,) = coded("The Kenyan president ordered Kenyan forces on the border to go on high alert.")
    assert alert.event == "MOBILIZE" and _codes(alert.actor) == ["KEN"]
    (order,) = coded("The Kenyan president ordered the army to attack the rebel camps.")
    assert order.event == "REQUEST"  # an order to attack is no attack until it is carried out


def test_claims_held_ground_slogans_and_tolls_over_years_are_no_new_events():
    assert types("The head of the Kenyan mission insisted it was doing its best to bring peace.") == []
    assert types("Kenya insisted that Somali troops leave the border area.") == ["REQUEST"]
    assert coded("Kenyan forces were defending the city against the rebels.") == []
    assert coded("Green flags and banners praise the Kenyan revolution and promise defiance to Somalia.") == []
    assert coded("About 1,400 Kenyan civilians have been killed in bomb attacks in the past two years.") == []


def test_a_meeting_told_in_reported_speech_with_would_is_dated_ahead():
    (talks,) = analyze("The ministry said the Kenyan and Somali ministers would discuss the border at their "
                       "meeting on March 9.", date=PUB, options=Options(
                           steps=("events",), event_modes=tuple(MODES))).events
    assert talks.date == "2023-03-09"


def test_travel_for_talks_is_consulting_and_defending_a_state_is_verbal_support():
    (talks,) = coded("The Kenyan foreign minister flew to Mogadishu for talks with Somali leaders.")
    assert talks.event == "CONSULT" and _codes(talks.actor) == ["KEN"] and _codes(talks.recipient) == ["SOM"]
    (back,) = coded("Kenyan and Somali negotiators return to Geneva this week for talks on the border.")
    assert back.event == "CONSULT" and {*_codes(back.actor), *_codes(back.recipient)} == {"KEN", "SOM"}
    (defended,) = coded("The Kenyan president defended Somalia on Friday against Western criticism.")
    assert defended.event == "SUPPORT" and _codes(defended.recipient) == ["SOM"]


def test_a_named_wars_year_dates_the_act_and_a_headline_naming_more_sides_stays():
    every_mode = Options(steps=("events",), event_modes=tuple(MODES))
    (captured,) = coded("Kenya captured the border town in the 1967 Somali war.", options=every_mode)
    assert captured.date == "1967" and captured.mode == "background"
    story = ("Two Kenyan border police wounded by Somali gunmen.\n\nNAIROBI 2022-05-13\n\n"
             "Two Kenyan border policemen were wounded on Thursday in an ambush on the border, police said.")
    (ambush,) = coded(story)
    assert ambush.mentions == 2 and ambush.text.startswith("Two Kenyan border police wounded")
    assert _codes(ambush.actor) == ["SOM"]


def test_a_war_on_a_thing_or_ones_own_civil_servants_is_a_campaign_and_thanks_offered_are_support():
    assert coded("Kenya launches war on fictitious civil servants.") == []
    assert types("Kenya declared war on Somalia.") == ["ASSAULT"]
    assert types("The Kenyan army launched an offensive against the rebels.") == ["ASSAULT"]
    assert types("The Kenyan president offered his gratitude to Somalia.") == ["SUPPORT"]
    assert coded("The Kenyan official said increased cooperation between Kenya and Somalia was possible.") == []


def test_charges_without_accuse_a_partys_government_and_criticism_of_what_another_imposed():
    (charge,) = coded("Kenya's opposition party accuses the government of killing many of its militants.")
    assert charge.recipient[0].sector == "GOV" and charge.recipient[0].text == "government"
    (lashed,) = coded("Kenya's ambassador on Wednesday lashed out at economic sanctions imposed by Somalia.")
    assert lashed.event == "ACCUSE" and _codes(lashed.recipient) == ["SOM"]
    (helped,) = coded("Kenya says the Somali government helped the militants who attacked Nairobi last year.")
    assert helped.event == "ACCUSE" and _codes(helped.actor) == ["KEN"] and _codes(helped.recipient) == ["SOM"]
    assert types("Kenya says Somalia helped the flood victims.") == ["AID"]
    (over,) = coded("The Kenyan foreign minister said Somalia was overreacting.")
    assert over.event == "ACCUSE" and _codes(over.recipient) == ["SOM"]


def test_attacked_for_what_another_did_is_criticism_and_standing_accused_is_passive():
    (words,) = coded("Kenya attacked Somalia on Wednesday for allowing the militants to meet in Mogadishu.")
    assert words.event == "ACCUSE" and _codes(words.recipient) == ["SOM"]
    assert types("Kenyan troops attacked Somali militants on Monday.") == ["ASSAULT"]
    (stood,) = coded("Somalia stands accused by the Kenyan government of arming the militants.")
    assert _codes(stood.actor) == ["KEN"] and _codes(stood.recipient) == ["SOM"]
    assert coded("The Kenyan general said it would be premature to rule out any course of action.") == []


def test_review_cases_state_weapons_credits_ties_three_sides_and_a_crowd_going_home():
    story = ("Kenyan missile attack kills 20.\n\nNAIROBI 2022-05-13\n\nA missile hit a market in Kismayo on Thursday, "
             "killing 20 people.")
    assert any(a.code == "KEN" and a.sector != "UAF" for e in coded(story) for a in e.actor)
    story = ("Kenya - Somalia talks stall\n\nNAIROBI 2022-05-13\n\n"
             "Peace talks between Kenya and Somalia stalled on Thursday.")
    assert coded(story) and {"KEN", "SOM"} <= {a.code for e in coded(story) for a in e.actor + e.recipient}
    story = ("Kenya air raid kills 20 in Somalia.\n\nNAIROBI 2022-05-13\n\n"
             "Twenty people were killed on Thursday in the village of Afmadow.")
    (raid,) = coded(story)
    assert _codes(raid.actor) == ["KEN"] and raid.mentions == 2
    (three,) = coded("Kenya, Somalia and Ethiopia agreed on Monday to open their borders.")
    assert len(three.actor) == 3 and three.recipient == []
    assert coded("But the Kenyan crowd dispersed without incident.") == []


def test_a_claim_that_a_state_sponsors_an_armed_group_the_tables_know_is_a_charge():
    (charge,) = coded("Turkey says Syria sponsors the PKK.")
    assert charge.event == "ACCUSE" and _codes(charge.actor) == ["TUR"] and _codes(charge.recipient) == ["SYR"]
    assert types("Kenya says Somalia supports the peace talks.") == ["SUPPORT"]


# --- classes from fresh BBC stories (2004-2005), on sentences written here ---------------------------------------

def test_a_fact_accepted_or_conceded_in_a_that_clause_is_no_deal():
    assert types("The minister accepted that the reforms had failed.") == []
    assert types("The party chairman conceded that the plan was unpopular with voters.") == []
    assert types("The minister recognised that the scheme had failed.") == []
    assert types("The rebels accepted the ceasefire offer on Monday.") == ["AGREE"]


def test_a_plea_in_court_is_no_appeal():
    # (a plea of guilty admits the charge, a yielding, since the thirteenth session: judged news counts it)
    assert types("Two bank managers have pleaded guilty to fraud charges.") in ([], ["CONCEDE"])
    assert "REQUEST" not in types("Mr Hale has already pleaded guilty to fraud and is assisting prosecutors.")
    assert types("The mayor pleaded with the strikers to return to work.") == ["REQUEST"]


def test_a_witness_called_and_a_spokesman_not_drawn_are_no_events():
    assert types("Defence lawyers have called the firm's former accountant as their first witness.") == []
    assert types("The spokesman refused to be drawn on the date of the vote.") == []


RULES = Options(steps=("events",), event_model=False)  # the rule coder itself, whatever the model would veto


def both(text: str) -> tuple[list[str], list[str]]:
    """Event types with the model and from the rules alone."""
    return types(text), [e.event for e in coded(text, options=RULES)]


def test_out_of_work_is_no_particle_of_hit_out():
    assert both("Farm workers are particularly hard hit with 40% out of work, compared with 10% before.") == ([], [])


def test_a_time_or_an_amount_acts_on_no_one():
    assert both('"Next year offers the chance of a real breakthrough," the envoy said.') == ([], [])


def test_a_battle_of_words_is_no_battle():
    assert both('The public is turned off by sitting on the sidelines in "the battle of words" between the minister '
                'and the reporter, she added.') == ([], [])


def test_a_thing_pledged_to_no_one_is_a_campaign_promise():
    assert types("The opposition has promised a cut in fuel duty for motorists.") == []
    assert types("Both parties are wooing older voters, pledging higher pensions.") == []
    assert types("Japan pledged $50 million to Indonesia.") == ["AGREE"]


def test_going_on_the_offensive_in_words_is_criticism():
    (event,) = coded("The opposition leader went on the offensive over the minister's remarks.")
    assert event.event == "ACCUSE" and [r.text for r in event.recipient] == ["minister"]
    assert types("The army went on the offensive in the north.") == ["ASSAULT"]


def test_insisting_on_what_is_or_will_be_is_no_demand():
    assert both("The prime minister insisted there was no plan to raise taxes.") == ([], [])
    assert both("The president insisted the general will keep his post.") == ([], [])
    assert types("The minister insisted that the rebels must lay down their arms.") == ["REQUEST"]


def test_attitudes_and_aims_are_no_actors():
    assert both("The party's attitudes to Europe had helped keep it out of power, the minister said.") == ([], [])


def test_workers_striking_over_an_issue_protest():
    assert types("Miners went on strike over job cuts.") == ["PROTEST"]
    assert types("Miners have already voted to strike over job cuts.") in ([], ["PROTEST"])  # no attack; a plan


def test_parties_and_leaders_named_without_their_country_are_coded():
    (event,) = coded("Labour accused the Tories of scaremongering over pensions.")
    assert [a.code for a in event.actor] == ["GBRPTYLAB"] and [r.code[:3] for r in event.recipient] == ["GBR"]
    (event,) = coded("Tony Blair criticised the Bundestag on Monday.")
    assert event.actor[0].code[:3] == "GBR" and event.recipient[0].code[:3] == "DEU"


def test_a_warning_told_of_a_third_party_is_a_forecast():
    assert "THREATEN" not in types("Ecologists are warning lawmakers that Scotland may have to accept more wind farms.")
    assert types("Chile warned Peru that any incursion would be met with force.") == ["THREATEN"]


def test_requests_and_summons_name_who_is_asked():
    (event,) = coded("The Tory leader urged a Harry apology over the costume.")
    assert [r.text for r in event.recipient] == ["Harry"]
    assert types("The police were called but the attacker had fled.") == []
    assert types("The minister said he recognised people's concerns about the new law.") == []
    assert types("Sweden recognised Palestine on Monday.") == ["SUPPORT"]


def test_a_cause_blamed_is_no_accusation():
    assert both("The airline has blamed high fuel prices for a 40% drop in profits.") == ([], [])
    assert both("The insurer blamed the cuts on poor share returns and low interest rates.") == ([], [])
    assert types("Police blamed the bombing on rebels.") == ["ACCUSE"]


def test_an_opinion_agreed_is_no_deal():
    assert both("The strategist agreed that the figures were slightly stronger than expected.") == ([], [])
    assert types("Both sides agreed that the talks would resume next month.") == ["AGREE"]


def test_a_firms_surcharge_and_demand_killed_off_are_no_events():
    assert both("To offset fuel costs, the airline introduced a fuel surcharge for passengers.") == ([], [])
    assert both("Chile is looking at ways to keep prices high without killing off demand.") == ([], [])
    assert both("Irish equities continue to offer quality growth.") == ([], [])
    assert len(types("The EU introduced a surcharge on Chinese steel.")) == 1


def test_a_quoted_question_asked_is_no_request():
    assert both('"Why are they not governing?" the opposition MP asked.') == ([], [])


def test_a_policy_attacked_as_too_little_is_criticism():
    assert types("That has been attacked by the opposition party as too little, too late.") in ([], ["ACCUSE"])
    assert [e.event for e in coded("That has been attacked by the Tories as too little, too late.",
                                   options=RULES)] == ["ACCUSE"]


def test_idioms_of_seizing_striking_and_fighting_are_no_events():
    assert both("France seized the advantage in the talks.") == ([], [])
    assert both("The Treasury said Britain struck a balance between tax cuts and investment.") == ([], [])
    assert both("Germany is fighting obesity with a new sugar tax.") == ([], [])
    assert types("Troops seized weapons from the rebels.") == ["COERCE"]


def test_people_held_somewhere_are_not_the_places_state():
    (event,) = coded("They were detained in the Cuban camp as part of the war on terror.", options=RULES)
    assert event.event == "COERCE" and event.recipient == []


def test_causes_that_help_or_kill_are_no_actors():
    assert both("The stronger fuel inventories helped boost stock markets to nine-month highs.") == ([], [])
    assert both("More than 23,000 people have been killed following a massive earthquake.") == ([], [])
    assert types("Two people were killed in the attack.") == ["ASSAULT"]
    assert types("The United States helped Israel with weapons.") == ["AID"]


def test_shares_suspended_and_a_top_spot_seized_are_business():
    assert both("BP halted trading in its shares on Monday.") == ([], [])
    assert both("Toyota seized the top spot from General Motors last year.") == ([], [])
    assert types("Rebels seized control of the town.") == ["ASSAULT"]  # (territory taken by force: CAMEO 192, as the
    # GSR and PLV_train code it; it was COERCE, property seized, before the thirty-seventh session)


def test_a_participle_beside_the_clause_falls_on_its_subject():
    for event in coded("The four men were held for three years, accused of links to the rebels.", options=RULES):
        assert not (event.event == "ACCUSE" and event.actor and event.actor[0].text == "four men")


def test_warnings_against_a_thing_and_fighting_a_seat_are_no_threats_or_attacks():
    assert both("Labour MPs have warned against disunity.") == ([], [])
    assert both("He is not some unknown hopeful fighting an unwinnable seat.") == ([], [])
    assert types("The army warned against any attack on its positions.") == ["THREATEN"]


def test_a_news_conference_and_a_broken_promise_are_no_meeting_or_pledge():
    assert both("Mr Blair told his monthly news conference that Britain would keep the veto.") == ([], [])
    assert both("Labour has already broken its pre-election promise on immigration.") == ([], [])
    assert types("The two presidents met at a conference in Geneva on Monday.") == ["CONSULT"]


def test_a_policy_attacked_in_a_headline_is_no_assault():
    assert "ASSAULT" not in both("Opposition attacks new asylum moves")[1]


def test_a_meetings_venue_does_not_make_its_sides_that_countrys():
    (event,) = coded("The foreign ministers met at a conference in Geneva.", options=RULES)
    assert event.event == "CONSULT" and [a.code for a in event.actor] == [None]
    (event,) = coded("Swiss officials met the envoy in Geneva.", options=RULES)
    assert [a.code for a in event.actor] == ["CHE"]


def test_campaign_pledges_to_act_and_interview_formulas_are_no_events():
    assert both("The Liberal Democrats are promising to cut class sizes for the youngest children.") == ([], [])
    assert both("Pressed on incapacity benefits, the minister said the reforms would continue.") == ([], [])
    assert both("He insisted that government reform must continue.") == ([], [])
    assert types("Greece pledged to support the peace plan.") == ["AGREE"]
    assert types("MPs pressed the minister to resign.") == ["REQUEST"]


def test_calling_a_party_names_it_whatever_follows():
    (event,) = coded('Shadow Chancellor Oliver Letwin called Labour "a brilliant machine for talking about things".')
    assert event.event == "ACCUSE" and event.recipient[0].code.startswith("GBR")


def test_two_people_of_one_state_are_two_sources_and_a_title_takes_its_holder():
    text = ("Home Secretary Charles Clarke criticised the ruling on Monday. "
            "Foreign Secretary Jack Straw also criticised the ruling on Monday.")
    assert len([e for e in coded(text, options=RULES) if e.event == "ACCUSE"]) == 2
    (event,) = coded("The Secretary of State for Culture, Media and Sport, Tessa Jowell, has hit out at critics of "
                     "the bill.", options=RULES)
    assert event.actor[0].code == "GBR" and event.actor[0].text == "Tessa Jowell"


def test_charges_told_with_words_of_failure_and_scorn():
    assert types("The opposition leader said Britain had prevaricated on the issue since 1997.") == ["ACCUSE"]
    assert types("The senator said Washington had wasted billions on the program.") == ["ACCUSE"]
    assert [e.event for e in coded("The minister said the Tory campaign was disgraceful.", options=RULES)] == ["ACCUSE"]
    assert both("The minister said the talks had failed.") == ([], [])


def test_a_trust_abused_is_a_charge_and_tributes_are_praise():
    (event,) = coded("Charles Kennedy told delegates that Labour had abused the public's trust.", options=RULES)
    assert event.event == "ACCUSE" and event.recipient[0].code.startswith("GBR")
    assert types("Guards abused the prisoners.") == ["ASSAULT"]
    assert types("Tony Blair paid tribute to the victims of the tsunami.") == ["SUPPORT"]
    assert types("The opposition leader sent the president his warmest congratulations.") == ["SUPPORT"]


def test_campaigns_fired_up_alternatives_offered_and_directives_are_no_events():
    assert both("Mr Kennedy fired up his campaign from the party's headquarters.") == ([], [])
    assert both("The Liberal Democrats offered costed, sensible alternatives.") == ([], [])
    assert both("Both schemes are run by the association and backed by EU directives on privacy.") == ([], [])
    assert types("Japan offered aid to Indonesia.") == ["AGREE"]
    assert types("The plan was backed by France.") == ["SUPPORT"]


def test_the_new_idioms_and_senses_leave_war_threats_pledges_and_releases_alone():
    # from a review of the session's changes: each of these had been broken by a too-wide rule
    rules = lambda text: [e.event for e in coded(text, options=RULES)]  # noqa: E731
    assert rules("Rebels captured government positions near the town.") == ["ASSAULT"]
    assert rules("The army is fighting a campaign against the rebels in the north.") == ["ASSAULT"]
    assert rules("President Bush warned Iran that the United States would use force.") == ["THREATEN"]
    assert rules("Rebels attacked the army base as part of a new offensive.") == ["ASSAULT"]
    assert rules("It was attacked by gunmen on Monday, police said.") == ["ASSAULT"]
    assert rules("Japan pledged $500m for the tsunami victims.") == ["AGREE"]
    assert rules("The company blamed high fuel prices on Sunday.") == []
    assert rules("Washington released frozen Iraqi assets.") == ["RETREAT"]
    (talks,) = coded("The Foreign Office held talks in London.", options=RULES)
    assert talks.actor[0].code.startswith("GBR") and talks.recipient == []


def test_social_ills_fought_and_attacks_made_politically():
    assert both("He added that Labour also aggressively fought all forms of racism.") == ([], [])
    assert [e.event for e in coded('The prime minister said: "I attack Michael Howard politically."',
                                   options=RULES)] == ["ACCUSE"]
    assert types("Troops fought the rebels in the hills.") == ["ASSAULT"]


def test_an_infinitive_in_the_body_names_an_act_it_does_not_report():
    # blind checks: 3 of 26 events triggered by a bare or to-infinitive in an article's body were real
    assert types("The new law allows the president to expel foreign journalists.") == []
    assert types("The opposition wants the army to arrest the generals.") == ["REQUEST"]  # the want is a demand (14
    # of 21 judged want-demands were real); the arrest is not reported
    # done acts: what was seen done, an attempt (coded as CAMEO codes it), what was agreed (coded at the control
    # verb), a demand
    assert types("Witnesses saw soldiers beat the protesters outside the court.") == ["ASSAULT"]
    assert types("An attempt to assassinate the governor was thwarted on Monday.") == ["ASSAULT"]
    assert types("Ethiopia agreed to withdraw its troops from the border town.") == ["AGREE"]
    assert types("The minister urged Kenya to release the detained journalists.") == ["REQUEST"]
    # a present tense the tagger takes for a base form is no infinitive
    assert types("The Kenyan Greens accuse the prime minister of misleading parliament.") == ["ACCUSE"]


def test_a_speakers_verdict_told_with_a_word_of_judgment_criticises_or_praises_the_one_judged():
    # the blind checks' most missed class: accusations and tributes worded as a verdict, not with "accuse" or "praise"
    (regret,) = coded("Kenya's foreign minister said the Somali government's decision was deeply regrettable.")
    assert regret.event == "ACCUSE" and regret.cameo == "111" and [r.code for r in regret.recipient] == ["SOM"]
    (brand,) = coded("A Kenyan senator branded the Somali president dangerous and dishonest.")
    assert brand.event == "ACCUSE" and brand.recipient[0].country == "SOM"
    (praise,) = coded("The Kenyan president said the Somali leader was a courageous partner.")
    assert praise.event == "SUPPORT" and praise.cameo == "051" and praise.recipient[0].country == "SOM"
    # feelings, states, things, good chances and a state's own people on it judge no one
    for text in ("The Kenyan president said he was delighted with the result.",
                 "The Kenyan minister said the talks with Somalia were useful and constructive.",
                 "Somali officials said 40 Kenyans were missing after the flood.",
                 "The Kenyan president said Kenya was a fair trading partner.",
                 "Kenyan officials said Somali traders were outraged by the new tax.",
                 "The Kenyan president said the election was a good opportunity for Somalia.",
                 "Mr Kamau, a Kenyan MP, said his wife Wanjiru had been fully supportive."):
        assert types(text) == [], text


def test_verbs_of_scorn_and_admiration_are_criticism_and_praise():
    for text, kind in (("Kenya's opposition rounded on the finance minister after the budget.", "ACCUSE"),
                       ("The Kenyan opposition poured scorn on the government's plans.", "ACCUSE"),
                       ("The Somali president rubbished claims by Kenya that his troops had crossed the border.",
                        "ACCUSE"),
                       ("Kenya's president said he admired the Somali leader's courage.", "SUPPORT")):
        assert types(text) == [kind], text


def test_an_attack_by_a_politician_or_on_a_government_as_such_is_in_words():
    for text in ("Peter Kamau, a Kenyan businessman, attacked the Kenyan government over the drought.",
                 "Kenyan opposition leader Raila Odinga launched an attack on the government's record on crime."):
        (event,) = coded(text)
        assert event.event == "ACCUSE" and event.cameo == "111", text
    for text in ("Kenyan troops attacked rebel positions near the border.",
                 "A man attacked the Kenyan minister with a knife in Nairobi.",
                 "The Kenyan government attacked Somali rebel bases on Monday.",
                 "Gunmen attacked the Kenyan parliament building."):
        assert types(text) == ["ASSAULT"], text


def test_a_dated_present_in_an_undated_story_is_a_schedule_and_a_refusal_to_deny_no_rejection():
    # the eighteenth blind check: "the Paris Club meets on 12 January" (an undated story), "refused to deny the claim"
    undated = [e.event for text in ("The Paris Club of creditor nations meets on 12 January to discuss Somalia's debt.",
                                    "Kenyan and Somali officials meet next week in Nairobi.")
               for e in analyze(text, date=None, options=ONLY_EVENTS).events]
    assert undated == []
    for text in ("Kenyan minister Mwangi opens talks in Mogadishu today.",
                 "Kenyan and Somali negotiators return to Geneva this week for talks on the border."):
        assert [e.event for e in analyze(text, date=None, options=ONLY_EVENTS).events] == ["CONSULT"], text
    assert types("The Kenyan minister refused to deny the claim.") == []
    assert types("The Kenyan minister refused to sign the border deal.") == ["REJECT"]


def test_an_act_judged_unlikely_or_asked_for_is_not_done():
    # the eighteenth blind check: "said it was highly unlikely he would give Labour more money" (AGREE), "demanding
    # an investigation by the Standards Board" (the investigation coded as done)
    assert types("The Kenyan president's spokesman said it was highly unlikely he would give Somalia more money.") == []
    assert types("A complaint was made to the ombudsman by the Kenyan Bar, demanding an investigation by the "
                 "Somali police.") == []
    assert types("The Kenyan opposition called for an investigation by the electoral commission.") == ["REQUEST"]
    assert types("The UN launched an investigation into the killings in Kenya.") == ["ACCUSE"]


def test_a_fight_for_a_cause_a_raid_on_funds_and_a_warning_to_ones_own_side_are_no_events():
    # the nineteenth blind check: "fight for victory", "raided the dressing-up box", "warned his supporters against
    # complacency"
    for text in ("Kenya's ruling party will fight for victory in every seat.",
                 "Kenyan opposition parties fought for the rights of farmers.",
                 "The Kenyan chancellor raided the pension funds to pay for the tax cuts.",
                 "The Kenyan opposition leader warned his supporters against complacency."):
        assert types(text) == [], text
    assert types("Kenyan troops fought for control of the border town.") == ["ASSAULT"]
    assert types("Kenyan police raided the offices of the opposition newspaper.") == ["COERCE"]
    assert types("The Kenyan president warned Somalia against any incursion.") == ["THREATEN"]


def test_acts_named_by_a_noun_after_a_light_verb_and_a_meetings_members():
    # the nineteenth blind check's misses: "deliver a smart rebuff", "a meeting of foreign ministers"
    for text, kind in (("Kenya delivered a smart rebuff to Somalia's demands.", "REJECT"),
                       ("The Kenyan opposition issued a stinging rebuke to the government.", "ACCUSE"),
                       ("Kenya's president gave his backing to the Somali peace plan.", "SUPPORT"),
                       ("A meeting of Kenyan and Somali foreign ministers was held in Nairobi on Monday.", "CONSULT")):
        assert types(text) == [kind], text
    (meeting,) = coded("A meeting of Kenyan and Somali foreign ministers was held in Nairobi on Monday.")
    assert {a.country for a in meeting.actor + meeting.recipient} == {"KEN", "SOM"}
    assert types("The Kenyan president delivered a speech in Nairobi.") == []


def test_an_act_dated_years_before_an_undated_storys_latest_year_is_background():
    # the checks' old background in undated BBC stories ("had sold GM a stake in 2000", told in 2005)
    def undated(text):
        return [e.event for e in analyze(text, date=None, options=ONLY_EVENTS).events]
    assert undated("Kenya's opposition won the 2005 election after a bitter campaign. The Kenyan president had "
                   "sacked the Somali envoy in 1999.") == []
    assert undated("The Kenyan president sacked the Somali envoy in 1999.") == ["COERCE"]  # its own latest year
    # a year put ahead is no time the story tells of
    assert undated("Kenya expelled the Somali envoy in 2004. Kenya plans to expand its army by 2010.") == [
        "SANCTION"]  # (an envoy expelled: relations cut, as a diplomat or an ambassador expelled)


def test_a_courts_ruling_against_a_party_or_its_act_is_a_finding_of_liability():
    # the twentieth blind check missed "the Law Lords ruled that the screening of Roma ... was discriminatory"
    (law,) = coded("Kenya's High Court ruled that the Kenyan government's ban on protests was unlawful.")
    assert law.cameo == "116" and law.actor[0].sector == "JUD" and law.recipient[0].country == "KEN"
    (against,) = coded("A Kenyan court ruled against the government over the land seizures.")
    assert against.cameo == "116"
    (lords,) = coded("The Law Lords ruled that the screening of Roma at Prague airport by British immigration "
                     "officers was discriminatory.")
    assert lords.cameo == "116" and lords.recipient[0].country == "GBR"
    assert types("A Kenyan court ruled that the election was valid.") == []
    # the forty-second session's check listed "after Law Lords ruled it illegal": the thing ruled on as the object
    # of "ruled" or, in the small model's parse, the subject of the adjective, of an adverbial clause or of a noun
    for text in ("Kenya's High Court ruled the protest ban illegal.",
                 "The Kenyan High Court ruled the detention of the nine men unlawful.",
                 "A Kenyan judge ruled the search unconstitutional."):
        assert [(e.cameo, e.actor[0].sector) for e in coded(text)] == [("116", "JUD")], text
    assert coded("Kenya's High Court did not rule the protest ban illegal.") == []
    assert coded("Kenya's Supreme Court ruled 2,000 mail-in ballots invalid on Friday.") == []  # (no one's wrong)


def test_meeting_ones_own_advisers_is_no_talks():
    # the twentieth blind check: "The MP, who is consulting his lawyers, told BBC News ..." as CONSULT
    assert types("The Kenyan minister is consulting his lawyers about the claims.") == []
    assert types("The Kenyan president met his doctors on Monday.") == []
    assert types("The Kenyan president met Somalia's lawyers on Monday.") == ["CONSULT"]


# ---- the eleventh session: categories read on fresh BBC stories (2004-2005), not on the evaluation sets


def test_a_description_and_the_name_it_describes_parsed_as_two_subjects():
    # "Anti-abortion group the Pro-Life Alliance 'congratulated' Mr Howard": the name, written as in the text
    (event,) = coded('Campaign group the Clean-Air Alliance "praised" the Kenyan president on Monday.')
    assert event.event == "SUPPORT" and event.actor[0].text == "Clean-Air Alliance"


def test_insisting_on_a_fact_is_no_demand():
    assert types('The Kenyan minister insisted: "We have a good record on human rights."') == []
    assert types("On Monday the Kenyan president insisted closer co-operation did not mean losing control of "
                 "the border.") == []
    assert types("Kenya insisted on an apology from Somalia.") == ["REQUEST"]
    assert types("Kenya insisted that Somalia must withdraw its ambassador.") == ["REQUEST"]


def test_a_phrasal_verb_with_a_sense_of_its_own_is_no_attack():
    assert types("The Kenyan president's supporters were fired up by his speech on Monday.") == []
    assert types("Shares in Kenya Airways shot up 10% on Monday.") == []
    assert types("Kenyan troops fired on Somali militants on Monday.") == ["ASSAULT"]
    assert types("The Kenyan president talked about how he first entered politics.") == []


def test_a_rise_phrasal_verb_with_an_object_is_the_bare_verbs_act():
    # "shot up" with no object is a rise ("shares shot up"); with one it is shooting at it
    assert types("Israeli jets shot up a convoy near Gaza.") == ["ASSAULT"]
    assert types("Oil prices in Nigeria shot up after the invasion.") == []


def test_a_wave_or_storm_of_acts_is_no_force_of_nature():
    # "wave", "storm", "collapse" are words of nature's harm, but "a wave of attacks" is the attacks
    assert types("A wave of attacks killed 30 people in Baghdad on Sunday.") == ["ASSAULT"]
    assert types("Floods killed 40 people in Kerala, officials said.") == []
    assert types("Hurricane Ida killed 20 people in Louisiana.") == []


def test_a_place_an_act_is_done_to_does_not_give_an_office_its_country():
    # "The attorney general has again denied being 'leant on' ... to make the legal case for invading Iraq": not Iraq's
    events = coded("Kenya's president praised the Kenyan army on Sunday. The attorney general denied being pressed "
                   "by ministers to make the legal case for invading Somalia.")
    assert [(e.event, e.actor[0].code) for e in events] == [("SUPPORT", "KEN"), ("REJECT", "KEN")]


def test_suspending_a_thing_is_no_sanction_but_suspending_aid_is():
    assert types("Kenya and Somalia agreed to suspend their requests for arbitration.") in ([], ["AGREE"])
    assert types("Kenya suspended aid to Somalia on Monday.") == ["SANCTION"]
    assert types("Red Cross officials suspended aid deliveries in Somalia on Monday.") == ["SANCTION"]
    assert types("Kenya suspended ties with Somalia on Monday.") == ["SANCTION"]


def test_a_deed_one_is_accused_of_is_no_event_of_its_own():
    assert "AID" not in types("The Kenyan charity is in trouble after being accused of helping to topple the "
                              "president of Somalia.")


def test_purposes_forecasts_and_times_to_come_are_not_news():
    assert types("The Kenyan government is regaining control of Kenya Airways in a bid to help the ailing "
                 "company.") == []
    text = ("Kenya Airways in talks\n\nKenya Airways has said it is still in talks with Somalia's Daallo "
            "Airlines. In November, Kenya Airways said it was close to striking a deal with Daallo Airlines.")
    assert "AGREE" not in [e.event for e in analyze(text, date=PUB, options=ONLY_EVENTS).events]
    assert types("The talks in Nairobi covered other topics ahead of an African Union summit later in the "
                 "week.") == []
    assert types("The Kenyan president is to make a pitch for the youth vote urging people to back his "
                 "party.") == []


def test_adjectives_and_things_the_parser_took_for_verbs_or_actors():
    assert types("But there are also pressing economic reasons for Kenya's decision to join the trade "
                 "agreement.") == []
    assert types("The Kenyan ruling party claimed it has met all of its promises.") == []
    assert types("The day after the Kenyan finance minister delivered a record-breaking ninth Budget, the "
                 "president praised him.") == ["SUPPORT"]


def test_parties_clashing_over_an_issue_is_a_dispute_in_words():
    (clash,) = coded("Labour and the Conservatives clashed over tax plans on Monday.")
    assert clash.event == "ACCUSE"
    assert types("Supporters of the two Kenyan parties clashed over the result in Nairobi, leaving three "
                 "dead.") == ["ASSAULT"]


def test_a_question_put_and_a_lawyer_pressing_are_no_requests():
    assert types("In court, the Kenyan lawyer asked the witness if he ever saw the minister sign a contract.") == []
    assert types("The Kenyan lawyer pressed.") == []
    assert types("Kenya pressed Somalia to release the prisoners.") == ["REQUEST"]


def test_a_warning_of_ones_own_trouble_is_no_threat():
    assert types('Kenya Airways warned of "inadequate liquidity" if it fails to cut wage costs.') == []
    assert types("Kenya warned of a strong reaction if Somalia attacks its border posts.") == ["THREATEN"]
    assert types('"We have warned before that the closure of the border is just the beginning," said the '
                 'Kenyan minister.') == []


def test_another_partys_refusal_forecast_is_no_refusal():
    # '"I would not exclude that Baikal will decline to pay," he said': a forecast, not Baikal's refusal
    assert types("Kenya Airways will decline the offer, a Somali analyst said.") == []
    assert types("Kenyan officials said Somalia will reject the plan.") == []
    (said,) = coded("Kenya said it would refuse to send troops to Somalia.")
    assert said.event == "REJECT" and said.mode == "reported"


def test_a_name_apart_from_its_description_keeps_its_words_apart():
    (event,) = coded("Kenya's foreign minister met Omar Ali, Somalia's envoy, in Nairobi on Monday.")
    assert event.recipient and event.recipient[0].text.startswith("Omar Ali Somalia")  # not "Omar AliSomalia's"
    (forced,) = coded("Police loyal to Kenyan Prime Minister Raila Odinga forced the acting mayor out of Nairobi.")
    assert forced.actor[0].text.startswith("Police")


def test_suspending_supplies_is_a_sanction():
    assert types("Kenya suspended food supplies to Somalia on Monday.") == ["SANCTION"]


def test_a_guess_with_probably_is_no_news():
    assert types("A Kenyan official said a meeting of African leaders would probably discuss the ruling.") == []


def test_a_statement_insisted_on_air_is_no_demand():
    assert types('"Any of them would make good MPs," the Kenyan minister insisted on a radio programme.') == []
    assert types('"Somalia must withdraw its troops," Kenya insisted.') == ["REQUEST"]


def test_she_is_not_the_man_named_last():
    text = ("Mrs Wanjiru, an aid worker, was seized in Mogadishu on Monday. Mr Odinga, a Kenyan MP, called for her "
            "release. She also urged the Kenyan government to close its embassy in Somalia.")
    (urged,) = [e for e in analyze(text, date=PUB, options=ONLY_EVENTS).events if e.trigger == "urged"]
    assert all("Odinga" not in (a.canonical or a.text) for a in urged.actor)  # she, or no one known, not him


def test_helping_to_do_something_helps_no_one():
    assert types("Kenya's president said he helped to win the 2002 election.") == []
    assert types("Kenya helped Somalia to rebuild its army.") == ["AID"]


def test_an_act_years_ago_is_background_in_an_undated_story():
    text = "Kenya's president praised the army. Four years ago the Kenyan government sued the Standard newspaper."
    assert [e.event for e in analyze(text, date=None, options=ONLY_EVENTS).events] == ["SUPPORT"]


def test_parties_clashing_with_no_issue_named_is_a_dispute_in_words():
    assert types("Labour and the Conservatives clashed on Monday.") == ["ACCUSE"]


def test_the_doer_of_another_act_does_not_give_an_office_its_country():
    events = coded("Kenya's president praised the army. The finance minister unveiled proposals for an aid plan "
                   "like the Marshall Plan used by the United States to rebuild Europe.")
    assert [e.actor[0].code for e in events if e.actor] == ["KEN", "KEN"]


def test_harm_done_by_nature_is_no_attack():
    assert types("Hundreds of buildings and small boats were destroyed by the waves.") == []
    text = "Giant waves hit Kenya's coast\n\nThe worst-hit areas are Lamu and Malindi, with at least 300 people killed."
    assert [e.event for e in analyze(text, date=PUB, options=ONLY_EVENTS).events] == []
    assert types("Ten people were killed when a bomb exploded in Nairobi.") == ["ASSAULT"]


def test_a_thing_gives_no_aid_and_a_thing_blamed_accuses_no_one():
    assert types("Tourism is a vital part of Kenya's economy, providing jobs for two million people.") == []
    assert types('Trade barriers and subsidies "severely" distort the market, the Kenyan report said.') == []
    assert types("Kenya said Somalia had exaggerated the death toll.") == ["ACCUSE"]


def test_economic_senses_of_demand_beat_and_examine():
    assert types("Kenya Airways' profits rose after low interest rates boosted demand.") == []
    assert types("Kenya Airways beat market expectations despite rising fuel costs.") == []
    assert types("The Kenyan foreign ministry said it was examining what aid was needed.") == []
    assert types("Kenyan lawmakers are examining allegations that the minister took bribes.") == ["ACCUSE"]
    assert types("Kenya boosted troops on the Somali border.") == ["MOBILIZE"]


def test_complaints_warnings_on_things_and_ones_own_obligations():
    (protest,) = coded("Kenyan firms have protested that Somali laws make trade too costly.")
    assert protest.event == "ACCUSE" and protest.cameo == "111"
    assert types("Kenya's central bank warns on impact of subsidies") == []
    assert types('"We should seek a solution that protects investors," the Kenyan minister said.') == []
    assert types("Kenya said Somalia must withdraw its troops.") == ["REQUEST"]


def test_times_to_come_opinions_held_and_wishes_for_a_role():
    assert types('"The market will be nervous until the April IMF meetings," a Kenyan analyst said.') == []
    assert types('"It is widely accepted that, if prices fall, the Kenyan economy will suffer."') == []
    assert types("Polls suggest that Kenyans want the state to take a leading role in providing aid to "
                 "farmers, the analyst says.") == []


def test_a_speakers_verdict_on_a_party_or_on_government_plans_is_criticism():
    text = ("Kenyan parties trade blows\n\nThe Kenyan government has announced new plans for school funding. Mr "
            "Odinga said the ruling party was in turmoil. The opposition Orange Democratic Movement says government "
            "proposals on school funding are unrealistic. Mr Ruto said KANU's bill had been very badly drawn up.")
    events = analyze(text, date=PUB, options=ONLY_EVENTS).events
    criticism = [(e.cameo, [r.sector for r in e.recipient]) for e in events if e.event == "ACCUSE"]
    assert ("111", ["GOV"]) in criticism  # the government's proposals, judged by the opposition
    assert len(criticism) >= 2


def test_a_measure_condemned_is_criticism_even_when_its_makers_go_unnamed():
    (unjust,) = coded("The nurses' union said the hospital closures were unjust.")
    assert (unjust.event, unjust.cameo, unjust.mode) == ("ACCUSE", "111", "reported")
    (harmful,) = coded("The planned pay cuts are not in the interest of patients, the opposition Labour party said.")
    assert harmful.event == "ACCUSE" and harmful.mode == "reported" and "not in the interest" in harmful.trigger
    (named,) = coded("The fuel levy approved by the Kenyan parliament was reckless, the opposition ODM party said.")
    assert [r.sector for r in named.recipient] == ["LEG"]  # the makers, when the sentence names them
    (words,) = coded("Kenya's foreign minister said the ambassador's remarks were insulting.")
    assert words.event == "ACCUSE" and words.actor[0].code.startswith("KEN")


def test_a_measures_hardship_or_merits_of_a_plain_thing_are_no_criticism():
    assert types("The health minister said the hospital closures were painful but necessary.") == []
    assert types("Economists said the harvest was a disaster for Kenya's farmers.") == []
    assert types("The nurses' union said the hospital closures were quick.") == []


def test_being_critical_of_someone_is_criticism_and_charges_filed_against_them_an_accusation():
    (critic,) = coded("Kenya's opposition leader has been sharply critical of President Kibaki's drought policy.")
    assert critic.event == "ACCUSE" and critic.recipient[0].sector == "GOV"
    assert types("Kenyan voters are less critical of the new law than they were.") == []
    (filed,) = coded("Fraud charges were filed against a former Kenyan minister on Monday.")
    assert filed.event == "ACCUSE" and filed.recipient and filed.recipient[0].code.startswith("KEN")
    (arraigned,) = coded("The Kenyan suspect was arraigned on Tuesday on murder charges.")
    assert arraigned.event == "ACCUSE"


def test_a_label_of_good_words_is_no_criticism():
    assert "ACCUSE" not in types("The Kenyan mayor called the water plan a good idea.")
    (liar,) = coded("Kenya's opposition called the finance minister a liar.")
    assert liar.event == "ACCUSE"


def test_a_state_judged_by_its_own_people_is_still_no_criticism():
    assert types("The Kenyan president said Kenya was a fair trader.") == []


def test_a_warning_of_ones_own_trouble_or_anothers_refusal_forecast():
    assert types("Shares in Kenya Airways tumbled after the firm warned it could run out of cash.") == []
    (threat,) = coded("Kenya warned it would take action against al-Shabaab.")
    assert threat.event == "THREATEN"
    (veto,) = coded("Kenya's foreign minister said Kenya was prepared to veto any bid to cut the aid.")
    assert veto.event in ("REJECT", "THREATEN") and veto.mode in ("asserted", "reported")


def test_waiting_for_approval_to_make_an_offer_is_no_offer():
    assert types("Kenya Airways said it was still waiting for the approval of the regulators to make a formal "
                 "offer for Daallo.") == []


def test_demands_told_as_wanting_telling_and_calling_for():
    (want,) = coded("Kenya's unions want the government to withdraw the new rules.")
    assert want.event == "REQUEST" and [r.sector for r in want.recipient] == ["GOV"]
    (talks,) = coded("Kenya wants talks with Somalia.")
    assert talks.event == "REQUEST" and talks.recipient[0].code == "SOM"
    assert types("Kenya wants peace.") == []
    (told,) = coded("Kenyan ministers are telling councils to find more sites for refugees.")
    assert told.event == "REQUEST"
    (called,) = coded("Kenya and Uganda have repeatedly called for the embargo to be lifted.")
    assert called.event == "REQUEST" and called.cameo.startswith("02")


def test_refusals_told_by_shunning_and_cold_water_and_deals_announced():
    assert types("The Kenyan government shunned the opposition's calls for free care.") == ["REJECT"]
    assert types("Kenyan workers shunned work on Monday.") == []
    assert types("The Kenyan central bank poured cold water on those suggestions.") == ["REJECT"]
    (deal,) = coded("Kenya Airways announced a deal with South Africa's Comair.")
    assert deal.event == "SUPPORT" and deal.recipient[0].code == "ZAF"


def test_a_committee_is_a_body_of_its_states_legislature():
    (called,) = coded("Kenya's budget committee called for a cast-iron guarantee from the Kenyan treasury.")
    assert called.actor[0].code == "KEN" and called.actor[0].sector == "LEG"


def test_strikes_joined_talks_locked_in_and_walkouts_warned_of():
    (strike,) = coded("Kenyan civil servants were on strike across Nairobi on Friday.")
    assert strike.event == "PROTEST" and strike.actor[0].code == "KEN"
    (talks,) = coded("Kenya's finance minister was locked in talks with Ugandan ministers on Friday.")
    assert talks.event == "CONSULT" and talks.recipient[0].code == "UGA"
    (threat,) = coded("The Kenyan union warned that there could be further walkouts unless the government "
                      "rethinks its plans.")
    assert threat.event == "THREATEN"


def test_a_statement_made_in_the_present_is_an_act():
    events = coded("Kenya's treasury set out new plans for schools on Monday. Its approach was debated in "
                   "parliament. Kenya's budget committee welcomes the treasury's new approach to school funding.")
    assert "SUPPORT" in [e.event for e in events]  # not a stance told in the body's present


def test_wishes_polls_and_work_undertaken_are_no_requests_or_pledges():
    assert types('"I want all Kenyan children to know that they can approach me," the new commissioner said.') == []
    assert types("Less than half of Kenya wants a ban on hunting, the survey suggests.") == []
    assert types("The Kenyan economist undertook major government reviews on health.") == []
    (mediation,) = coded("The African Union envoy undertook a mediation mission between Kenya and Somalia.")
    assert mediation.event == "CONSULT"


def test_business_senses_of_lift_withdraw_offer_and_agreeing_to_suspend():
    assert types("Kenya Airways said it would lift its dividend payment to 70 cents.") == []
    assert types("Kenya has withdrawn 1bn dollars in assets from Uganda, the central bank said.") == []
    assert types("The Kenyan central bank did offer some good news for the short term.") == []
    assert types("Kenya lifted the curfew on Monday.") == ["RETREAT"]
    assert types("The Kenyan ban on trade with Somalia was suspended in April.") == ["CONCEDE"]
    (deal,) = coded("Kenya's creditors agreed on Friday to suspend interest payments until 2007.")
    assert deal.event == "AGREE"


def test_guesses_times_to_come_and_disputes_between_firm_and_state():
    assert types("The new Kenyan plan may not be welcomed by the unions.") == []
    assert "CONSULT" not in types("Kenya's finance minister said a plan had been agreed in time for the G8 summit "
                                  "in July.")
    assert types("The Kenyan central bank governor warned that unless productivity rises, pension programmes "
                 "would need changes.") == []
    (clash,) = coded("The clash between Kenya Airways and the Kenyan government came to a head last year.")
    assert clash.event == "ACCUSE"


def test_verbal_attacks_on_failings_and_over_issues():
    (failure,) = coded("Kenya's opposition leader attacked the government's failure to control the border.")
    assert failure.event == "ACCUSE"
    (headline,) = coded("Kenyan minister attacked over arms sales")
    assert headline.event == "ACCUSE"
    assert types("Kenyan troops attacked rebel positions near the border.") == ["ASSAULT"]


def test_own_gatherings_possibilities_and_conditions_are_no_events():
    assert types("Change is needed, the Kenyan opposition leader said as the ODM party conference began.") == []
    assert types("Up to a million Kenyan workers could take part in a strike planned for March.") == []
    assert types("The Kenyan president is tipped to ask parliament on Monday to approve the budget.") == []
    assert types("Kenyan creditors said they will put the airline into liquidation if its owner fails to back "
                 "a bail-out.") == []
    assert types("The Kenyan minister said an arms code was more effective than the current ban.") == []
    assert types("Kenya, which is opposed to ending the ban, voted against it.") != ["CONCEDE"]


def test_senses_of_shoot_downgrade_suspend_sales_and_arriving_back():
    assert types("The Kenyan president shot basketball hoops with students in Nairobi.") == []
    assert types("Kenya downgraded its overall economic assessment this month.") == []
    assert types("Kenyan drug firms suspended sales of the new drug after a patient's death.") == []
    assert types("The Kenyan president has arrived back from his diplomatic mission to Somalia.") == []
    assert types("Booming growth has created huge demand for air travel among Kenyans.") == []


def test_ones_own_side_a_things_threat_and_what_plans_include():
    assert types("The Kenyan opposition leader said his party would exploit every chance to show how weak the "
                 "government was.") == []
    assert types('The Kenyan president told MPs: "There remains a public emergency threatening the life of the '
                 'nation."') == []
    assert types("Kenya's plans include funding for universities to help female graduates.") == []
    assert types("A Kenyan spokesman said the president's safety had not been compromised.") == []
    assert types("It was an attempt to seize back the initiative from the Kenyan opposition.") == []


def test_a_present_that_tells_of_a_past_act_keeps_the_act():
    (rejection,) = coded("Kenya Airways' first setback follows the rejection by Uganda in October of its landing "
                         "rights.")
    assert rejection.event == "REJECT" and rejection.actor[0].code == "UGA"


def test_roles_given_walks_up_pledged_work_and_things_wanted_to_end():
    assert types("The Kenyan envoy has been given a pivotal role in the fight against poverty.") == []
    assert types("A Kenyan activist marched up to the president on Monday.") == []
    assert types("In December, the African Union pledged to work towards lifting the ban on Kenya.") == []
    assert types("On Wednesday the Kenyan minister said he also wanted it to end.") == []
    assert types("Kenya's unions want the government to withdraw the new rules.") == ["REQUEST"]


def test_things_and_acts_as_doers_venues_and_own_meetings():
    assert types("The Kenyan minister said the extra revenue would allow his party to scrap school fees.") == []
    assert types("A Kenyan MP said raising the threshold would prevent 400,000 buyers from paying the tax.") == []
    assert types("The following year Mombasa hosted the event.") == []
    (hosted,) = coded("Egypt hosted talks between Kenya and Somalia on Monday.")
    assert hosted.event == "CONSULT"
    assert types("He was speaking after Kenyan cabinet members held their last meeting in Nairobi.") == []
    assert types("Kenyan and Somali negotiators held their first meeting in Nairobi.") == ["CONSULT"]
    assert types("The Kenyan opposition will reject that by claiming it can cut taxes.") == []
    assert types("Kenya said it will reject the Somali offer.") == ["REJECT"]


def test_a_leaders_government_is_his_state_and_business_senses():
    text = ("Georgia winds back the clock\n\nGeorgia has banned the rouble. Its economy grew in 2004.\n\n"
            "President Putin's government introduced tighter restrictions on Georgia in May.")
    (restrict,) = [e for e in analyze(text, date=PUB, options=ONLY_EVENTS).events if "restrictions" in e.trigger]
    assert restrict.actor[0].code == "RUS" and restrict.actor[0].sector == "GOV"
    assert types("Kenya Airways' rivals are gathering strength in the region.") == []
    assert types("The Kenyan finance minister delivered the 14th Wangari Maathai Lecture in Nairobi.") == []


def test_suspending_an_aid_programme_stays_a_sanction():
    (sanction,) = coded("Kenya suspended part of a military aid program for Somalia.")
    assert sanction.event == "SANCTION"


def test_own_board_meetings_causes_fought_for_and_things_that_require():
    assert types("The Kenya Airways board met in Nairobi to discuss the company's results.") == []
    assert types("The Kenyan and Somali presidents met in Nairobi.") == ["CONSULT"]
    assert types("The Kenyan minister's team claimed that he was fighting against corporate wrongdoing.") == []
    assert types("Kenyan troops were fighting against al-Shabaab fighters near the border.") == ["ASSAULT"]
    assert types("Stability in currency markets required a correction of imbalances, the Kenyan minister said.") \
        == []
    assert types("Kenya Airways' offer is made up of cash, shares and dividends.") == []
    (demand,) = coded("Opposition groups in Kenya are demanding that the president abandon his land policy.")
    assert demand.event == "REQUEST"


def test_warnings_that_foretell_attacks_in_words_and_deals_struck():
    assert types("Climate change could be out of control within decades, the Kenyan environment agency is "
                 "warning a committee of MPs.") == []
    (attack,) = coded("Odinga launches attack on Putin")
    assert attack.event == "ACCUSE"
    (deal,) = coded("The deal, struck at the African Union summit last week, will help Kenya, the minister said.")
    assert deal.event == "SUPPORT"  # an agreement finalized: CAMEO 057


def test_the_second_checks_false_kinds():
    # the session's second blind check, read after: senses, hedges, greetings, demands of a resignation
    assert types("Kenya Airways loses US bankruptcy battle") == []
    assert types("You find Kenyan trade unions fighting change.") == []
    assert types("The Kenyan MP is alleged to have said that prisoners should be punished.") == []
    assert types('"Welcome to the Kenyan ruling party\'s media centre," he said.') == []
    assert "RETREAT" not in types("Kenyan opposition MPs wanted electoral reform and the minister's resignation.")
    assert types("The Kenyan finance minister said he had defied the pundits by hitting his growth target.") == []
    assert types("The EU asked how far Kenya has come towards meeting the Lisbon targets.") == []
    assert types("Kenya said it would not meet the hostage-takers' demands.") == ["REJECT"]


def test_a_country_or_its_economy_in_chaos_is_no_verdict_on_anyone():
    # "in turmoil", "in disarray" said of a party criticises it; said of a country or a country's economy it tells of
    # a state of affairs
    assert types("Somalia was in chaos after the coup, the UN envoy said.") == []
    assert types("Zimbabwe's economy is in freefall, the British foreign secretary said.") == []
    assert types("Lebanon's banking system is in meltdown, the IMF said.") == []
    assert types("The Tories are in turmoil, Labour's chairman said.") == ["ACCUSE"]
    assert types("Somalia is unsafe for refugees to return, the UN said.") == []  # (a place unsafe, no one's fault)
    assert types("Kenya's roads are unsafe, the British embassy said.") == []


def test_agreements_trade_and_licences_suspended_are_sanctions():
    # the OT row for "suspend" (a thing halted: work, operations, a scheme) is no event; a deal, a treaty's
    # participation, trade or a licence suspended with a state or body is still a sanction
    assert types("Mali suspended the defence agreement with France.") == ["SANCTION"]
    assert types("Pakistan suspended trade with India.") == ["SANCTION"]
    assert types("Russia suspended its participation in the New START treaty.") == ["SANCTION"]
    assert types("Burundi suspended the BBC's licence.") == ["SANCTION"]
    assert types("Uganda suspended the scheme after complaints.") == []


def test_an_objection_a_warning_or_a_cap_lifted_is_a_concession():
    # the OT row for "lift" (a dividend, output, spirits raised) is no event; an objection, a travel warning or a
    # cap on another state's goods lifted eases a restriction, as the base coded
    assert types("Turkey lifted its objection to Finland joining NATO.") == ["CONCEDE"]
    assert types("Britain lifted its travel warning for Kenya.") == ["CONCEDE"]
    assert types("Kenya lifted the cap on Ugandan milk imports.") == ["CONCEDE"]
    assert types("The bank lifted its dividend.") == []


def test_wanting_war_is_no_request():
    # "wants a public inquiry" asks for it; "wants war" asks no one for anything
    assert types("Putin wants war with the West, the Ukrainian president said.") == []
    assert types("Kenya's opposition wants a public inquiry into the killings.") == ["REQUEST"]


def test_what_a_deal_includes_is_not_done():
    # a deal's or an agreement's terms, like a plan's, are to come
    assert types("The deal includes the release of 50 hostages by Hamas.") == []


def test_party_activists_who_clash_come_to_blows():
    # a clash over an issue between parties or politicians is a dispute in words; one between their activists or
    # supporters, or one with blows told, is a fight
    assert set(types("Labour and Conservative activists clashed over the result, and two men were stabbed.")) == {
        "ASSAULT"}  # the clash, and the stabbing of the two men
    assert types("Labour and Tory activists clashed over the result in Bolton.") == ["ASSAULT"]
    assert types("Labour and the Tories clashed over the war in Iraq.") == ["ACCUSE"]


def test_a_place_in_a_clause_on_the_actor_itself_gives_its_country():
    # "the case for invading Iraq" is no Iraqi; "officials who run Gaza" are Gaza's
    (accused,) = coded("Officials who run Gaza accused Israel of killing 20 people.")
    assert _codes(accused.actor) == ["PSE"]
    (condemned,) = coded("The foreign minister, who represented Nigeria at the summit, condemned the coup in Niger.")
    assert _codes(condemned.actor) == ["NGA"]


def test_ones_rivals_are_not_ones_own_side():
    # "his party would exploit opportunities" is the speaker's own side; "his rivals had rigged the vote" charges them
    (charge,) = coded("The Kenyan opposition leader alleged that his rivals had rigged the vote.")
    assert charge.event == "ACCUSE" and charge.trigger == "alleged rigged"


def test_the_owner_of_what_is_suspended_or_cut_is_the_target():
    # the object noun a pair consumes ("suspend membership", "cut aid") names its owner: the sanction's target
    (suspended,) = coded("The Commonwealth suspended Zimbabwe's membership.")
    assert _codes(suspended.recipient) == ["ZWE"]
    (cut,) = coded("The US cut Egypt's military aid.")
    assert _codes(cut.recipient) == ["EGY"]
    assert types("The EU suspended Russia's voting rights.") == ["SANCTION"]


def test_an_act_already_known_keeps_its_mode_under_a_verb_to_come():
    # "will review the arrest", "may challenge Uganda's ban", "the sanctions imposed by the EU": the act is done;
    # only what a verb to come will do to it is to come
    assert types("Kenya may challenge Uganda's ban on Kenyan milk.") == ["COERCE"]
    assert types("Nigeria will review the arrest of the journalists by police.") == ["COERCE"]
    (imposed,) = coded("The court will hear the appeal against the sanctions imposed by the EU on Russia.")
    assert imposed.cameo == "163" and imposed.mode == "asserted"


def test_a_crowd_that_protests_that_something_is_wrong_demonstrates():
    # "protested that US laws make listings too costly" (a firm, a state) is a complaint in words; thousands of
    # people who protest that the election was rigged are a demonstration
    assert types("Thousands of Kenyans protested that the election was rigged.") == ["PROTEST"]
    assert types("Kenyan MPs protested that the bill was unconstitutional.") == ["ACCUSE"]


def test_only_cold_water_poured_is_a_rejection():
    # "poured cold water on the plan" dismisses it; water poured on protesters is none
    assert types("Germany poured cold water on France's plan for EU troops.") == ["REJECT"]
    assert types("Police poured water on protesters in Nairobi.") == []


# --- verb + object pairs of the PETRARCH2 dictionary, for verbs our lexicon does not code -----------------


def test_petrarch_pairs_code_material_acts_with_another_side():
    (bombs,) = coded("Separatist rebels planted two bombs at the police station in Bastia.")
    assert bombs.event == "ASSAULT" and bombs.cameo.startswith("18")
    (money,) = coded("Norway gave $5 million to Sudan for flood relief.")
    assert money.event == "AID" and money.actor[0].code == "NOR" and money.recipient[0].code == "SDN"
    (borders,) = coded("Turkey closed its borders with Syria on Monday.")
    assert borders.event == "COERCE" and borders.recipient[0].code == "SYR"


def test_petrarch_pairs_need_another_side_and_no_wish():
    assert coded("The firm spent $3bn on new factories last year.") == []
    assert coded("The charity is raising money to open a new school.") == []
    assert coded("He said he wanted to increase the budget to 2 trillion rials.") == []


def test_petrarch_pairs_are_a_fallback_behind_the_lexicon():
    lex = lexicon()
    assert lex.fallback_pairs and all(code is None or code in cameo() for code in lex.fallback_pairs.values())
    assert not any(cameo()[code].plover in ("CONSULT", "AGREE", "THREATEN") for code in lex.fallback_pairs.values()
                   if code)  # verbal acts were mostly wrong on news read by hand: only material ones kept


def test_verbs_taken_from_the_petrarch_dictionary():
    (arrest,) = coded("Indian police apprehended two Pakistani suspects near the border.")
    assert arrest.event == "COERCE" and arrest.cameo == "173"
    (search,) = coded("Turkish police searched the Saudi consulate in Istanbul on Wednesday.")
    assert search.event == "ACCUSE" and search.cameo == "090"
    assert coded("Rescuers searched for survivors in the rubble of the hotel.") == []
    (repression,) = coded("Sudanese troops quelled the uprising in Darfur.")
    assert repression.event == "ASSAULT" and repression.actor[0].code.startswith("SDN")
    (wounds,) = coded("Militants injured three Israeli soldiers in an ambush.")
    assert wounds.event == "ASSAULT" and wounds.recipient[0].code.startswith("ISR")


def test_trade_injury_is_no_assault():
    assert coded("Cheap imports have injured Canadian steel makers, the ministry said.") == []


# --- classes read on unread BBC stories (twelfth session) -------------------------------------------------


def test_statements_and_things_not_done_are_no_events():
    assert coded("Kenyan ministers have insisted they are committed to free care for the elderly.") == []
    assert "REQUEST" not in types("The Tories say they can cut crime without asking Britons to pay more taxes.")
    assert "REJECT" not in types("Russia has signed the energy charter but has never ratified it.")
    (shared,) = coded("Lord Tebbit said he agreed with Dr Fox's view of the case.")  # (a view endorsed: the one
    assert shared.event == "SUPPORT" and shared.actor[0].text == "Lord Tebbit"  # who agrees acts, not Dr Fox)
    assert coded("The Kenyan ministry has provided strong, clear leadership on the issue.") == []


def test_other_senses_of_event_words():
    assert coded("The Scottish National Party must broaden its appeal to younger voters.") == []
    assert coded("Mr Khodorkovsky has since signed over his shareholding to a Russian investor.") == []
    assert "AID" not in types("The Kremlin sold Yukos' production arm to Rosneft last year.")
    assert [e.event for e in coded("Japan held consultations with China on the gas fields.")] == ["CONSULT"]


def test_an_event_noun_as_a_topic_is_no_act():
    assert coded("Robin Cook was paid for his book about his resignation from the British government.") == []
    assert "AID" not in types("This is another step in the war of words over asylum between Labour and the Tories.")


def test_laws_and_plans_are_attacked_in_words():
    (event,) = coded("IATA has attacked the package as a bad piece of legislation.")
    assert event.event == "ACCUSE"
    (event,) = coded("British Airways has attacked the new EU legislation, saying prices would rise.")
    assert event.event == "ACCUSE"


def test_a_thing_or_a_fact_as_the_doer_is_no_actor():
    assert coded("Those cutbacks would free up funds for pensions, Mr Kennedy said.") == []
    assert coded("Opec has raised output, and this has helped rebuild US stocks.") == []


def test_calls_sparked_are_nobody_s_demand_and_calls_faced_fall_on_who_faces_them():
    assert coded("The announcement from Mr Leslie prompted calls for a lowering of the voting age.") == []
    (faced,) = coded("The Kenyan minister faced calls to resign over the affair.")  # (the blind checks' judges count
    # it a demand on the minister, whoever makes it, as "faces charges" is a charge on him)
    assert faced.event == "REQUEST" and faced.recipient[0].code.startswith("KEN") and not faced.actor
    assert types("Egypt rejected calls for a boycott of Israel.") == ["REJECT"]
    assert [e.cameo for e in coded("Bush made a phone call to Putin on Monday.")] == ["041"]


def test_who_they_are_is_no_act_told():
    assert coded("British troops deployed in Iraq should be replaced with forces from other countries.") == []
    assert coded("The police were alerted and called to the premises.") == []
    assert types("The UN was called on to intervene in Darfur.") == ["REQUEST"]
    assert coded("Registered political parties are required to declare all donations.") == []
    assert coded("Qualifications for imams could be made tougher, the minister told a Commons inquiry.") == []


def test_questions_money_and_colleagues_are_no_events():
    assert coded("The committee pressed Mr Younger on how to avoid losing voters.") == []
    assert coded("The Liberal Democrats received just over pounds 1m in donations.") == []
    assert types("Iran received the Iraqi delegation in Tehran.") == ["CONSULT"]
    assert coded("The prime minister and his chancellor arrived for the meeting of the Labour MPs.") == []
    assert coded("As his party set out detailed asylum reform plans, Mr Howard spoke to reporters.") == []


def test_figures_of_speech_and_quarrels_in_words():
    assert coded("Cabinet anger at Brown cash raid") == []
    assert types("Israeli troops raided the village of Beit Hanoun on Monday.") == ["ASSAULT"]
    assert "ASSAULT" not in types("Lord Woolf said he has clashed with ministers about how the heads of inquiries "
                                  "are chosen.")


# --- defects a review found in this session's rules (each fails on the rules as first written) ------------


def test_petrarch_pairs_need_a_side_named_not_a_place():
    assert coded("The government closed schools in Wuhan to curb the outbreak.") == []
    assert coded("The retailer shut its office in Dublin.") == []
    assert coded("The firm increased its budget for advertising in France.") == []
    assert coded("Ryanair launched a new carrier in Malta.") == []
    assert coded("The council promised to increase its budget.") == []
    assert [(e.event, [a.text for a in e.actor]) for e in coded(
        "Residents reported attacks by militants in Borno state.")] == [("ASSAULT", ["militants"])]
    assert coded("Police identified the hostage as a French aid worker.") == []


def test_refusals_sports_and_fears_after_the_review():
    assert types("Israel will never accept a Palestinian state.") == ["REJECT"]
    assert "REJECT" not in types("The United States has never ratified the treaty.")
    assert coded("Kane injured his ankle against Chelsea.") == []
    assert coded("The minister quelled fears about job losses in Wales.") == []
    assert types("Police quelled the riot in Paris.") == ["ASSAULT"]
    assert coded("Liverpool nabbed a late winner against Everton.") == []
    assert coded("Vodafone ceded ground to rivals in Germany.") == []
    assert coded("Rescuers are searching through the rubble in Turkey.") == []


def test_calls_demands_and_bodies_after_the_review():
    assert [e.cameo for e in coded("Biden held a call with Xi Jinping on Tuesday.")] == ["041"]
    assert types("Amnesty International renewed its call for the release of the activists.") == ["REQUEST"]
    assert types("The European Union demanded that the elections are free and fair.") == ["REQUEST"]
    assert types("The embassy urged its citizens to leave Sudan.") == ["REQUEST"]
    assert types("China and Russia held consultations on Syria in Beijing.") == ["CONSULT"]
    assert types("The mob attacked the journalists as traitors.") == ["ASSAULT"]
    assert types("Israeli jets attacked targets in Gaza.") == ["ASSAULT"]


def test_undecided_unable_and_headline_calls():
    assert coded("A US bankruptcy court will decide whether to block Russia's auction of the unit.") == []
    assert coded("The US government cannot finance its operations without heavy borrowing.") == []
    assert types("Sudan says it cannot hand over the men to Ethiopia.") == ["REJECT"]
    assert types("Unions called to end the strike at the Kenyan docks.") == ["REQUEST"]


def test_warnings_of_fact_named_wars_and_commitments_to_policies():
    assert coded('Deaths in custody have reached "shocking" levels, a committee of Kenyan MPs has warned.') == []
    assert coded("Lib Dem spokesman Menzies Campbell said the Iraq war had hit trust in politicians hard.") == []
    assert coded('The Labour party has committed itself to "universal" childcare.') == []
    assert types("Iran has committed itself to the Paris agreement with the EU.") == ["AGREE"]


def test_advice_fates_firms_and_a_conjunct_with_its_own_tense():
    (talks,) = coded("The paper said the two banks will merge next year and already have held discussions "
                     "with Japanese regulators.")
    assert talks.event == "CONSULT" and talks.mode == "reported"
    assert coded("The Bank of England governor has warned against placing too much weight on one month's data.") == []
    assert coded("LG Card had been threatened with collapse because of its huge debts.") == []
    assert coded("American Airlines said it is postponing the delivery of 54 Boeing jets.") == []
    assert types("The US suspended the delivery of F-16 jets to Pakistan.") == ["SANCTION"]


def test_classes_from_the_fourth_blind_check():
    assert coded("Neither Ask Jeeves nor Doubleclick thrilled investors with their profit news.") == []
    assert coded('"Voters face a choice between more waste and lower taxes," the Kenyan minister concluded.') == []
    assert types("The two sides concluded a trade agreement in Geneva.") == ["SUPPORT"]  # finalized: CAMEO 057
    assert coded("The Kenyan minister conceded his comments may have been offensive.") == []
    assert "REJECT" not in types("\"We haven't ruled out quotas and welcome a debate about this,\" the Kenyan "
                                 "minister said.")
    assert coded("The Conservatives are still telephoning millions of voters.") == []
    assert coded("The Kenyan minister accepted people's frustration but said there should be targets.") == []
    assert coded("Everyone wants the vote to be fair, and that means encouraging Kenyans to vote.") == []


def test_classes_from_more_business_stories():
    assert types("Kenyan campaigners have called off a demonstration planned for the weekend.") == ["CONCEDE"]
    assert coded("The UK's trade gap narrowed in November, helped by a 7.5% rise in exports.") == []
    assert coded("Traders said South Korea and Taiwan had withdrawn their bids to buy dollars.") == []
    assert not any(r.code == "DEU" for e in coded("France and Germany vowed to run their budget deficits below "
                                                  "the EU cap.") for r in e.recipient)  # each its own pledge
    (fine,) = coded("The European Commission fined Microsoft 497 million euros for abusing its dominance.")
    assert fine.event == "COERCE" and [r.text for r in fine.recipient] == ["Microsoft"]
    assert all(r.text != "Monsanto" for e in coded("Monsanto fined dollars 1.5m for bribery") for r in e.actor)


def test_defects_of_the_second_review():
    assert "REJECT" not in types("The rebels have not disarmed but have agreed to talks with the government.")
    assert types("Hamas Accuses Israel Of Breaking Truce") == ["ACCUSE"]
    assert types("Anti-terror police launched a dawn raid on a house in Birmingham.")
    assert [e.mode for e in coded("The UN will send envoys to Darfur and to meet rebel leaders.",
                                  options=Options(steps=("events",), event_modes=tuple(MODES)))] == ["future"]
    assert types("The incident involved an attack by insurgents on a US convoy near Falluja.") == ["ASSAULT"]
    assert types("Russia warned against military action against Iran.") == ["THREATEN"]
    assert types("Syria accepted that its troops would leave Lebanon by April.") == ["AGREE"]
    assert types("Citibank froze the accounts of the Iraqi central bank.") == ["SANCTION"]
    assert coded("Two million Ethiopians are threatened with famine this year.") == []
    assert coded("Mr Blair concluded his speech with a warning to Iran.") == []
    assert coded("Labour activists phoned thousands of voters in marginal seats.") == []
    assert types("The president called the people of Iraq to unite against terrorism.") == ["REQUEST"]


def test_business_words_from_the_fifth_check():
    assert coded("Amex shares up on spin-off news") == []
    assert "ACCUSE" not in types("Brussels wrote to Vodafone about the high rates the Kenyan operators charge for "
                                 "roaming.")
    assert coded("US demand for heating oil was predicted to be about 14% above normal this week.") == []
    assert types("Protesters renewed their demand for the release of the prisoners.") == ["REQUEST"]
    assert coded("The firm seeks a bigger role in the Asian assault on the US market.") == []
    assert types("Rebels launched an assault on the town of Goma.") == ["ASSAULT"]
    assert coded("The Financial Times said it was offering voluntary redundancy to 30 reporters.") == []
    assert coded("The board of Reliance has agreed a share buy-back.") == []
    assert coded("The firm had intended to reinforce its US presence.") == []


def test_the_one_called_on_in_a_for_clause_is_the_target():
    (event,) = coded("Human Rights Watch called for Israel to end the blockade.")
    assert event.event == "REQUEST" and [r.code for r in event.recipient] == ["ISR"]
    (event,) = coded("Germany and France have called for the embargo to be lifted.")
    assert not event.recipient  # (a thing to be done, no one asked by name)


def test_named_people_asked_or_answered_are_targets_though_uncoded():
    (event,) = coded("Last month, several party MLAs demanded that Yediyurappa step down as chief minister.")
    assert event.event == "REQUEST" and [r.text for r in event.recipient] == ["Yediyurappa"]


def test_classes_from_fresh_2017_wire_stories():
    # a predicate after a comma or "and" is no name the call gives
    (event,) = coded("Three Kenyan lawmakers called on Friday for the Kenyan envoy to resign, the latest in a series "
                     "of criticisms of the envoy.")
    assert event.event == "REQUEST" and [r.code for r in event.recipient] == ["KEN"]
    assert types("The Kenyan minister called the plan reckless.") == ["ACCUSE"]
    # "on the job" says when, not at whom: dismissed, not shot
    (fired,) = coded("Anthony Smith - the White House communications director was fired by Trump in July after just "
                     "10 days on the job after his comments to a magazine were published.")
    assert fired.event == "COERCE"
    # the noun a relative clause describes is what its verb acts on
    (imposed,) = coded("The sanctions that Kenya imposed on Uganda in May hurt trade.")
    assert imposed.cameo == "163" and [r.code for r in imposed.recipient] == ["UGA"]
    # a quarrel of persons is no fight
    assert types("Walter Brown, the head of the U.S. Office of Ethics, who clashed with Trump and his "
                 "administration, stepped down in July.") == ["RETREAT"]  # (his stepping down, no assault)
    # the one a passive is "according to" did not do it
    (rejected,) = coded("Tom Green - an aide to Trump, was rejected in February, according to Politico.")
    assert not rejected.actor and [r.text for r in rejected.recipient] == ["Tom Green"]
    # a meeting stayed away from is not held
    assert "CONSULT" not in types("Democratic leaders Chuck Schumer and Nancy Pelosi skipped a White House meeting "
                                  "with Trump on Tuesday.")
    # the owner of what is inquired into is the target; a country before an inquiry with its owner named is its topic,
    # and "in the ... probe" places a deed within one
    (probe,) = coded("The FBI opened an investigation into Clinton's emails.")
    assert [r.text for r in probe.recipient] == ["Clinton"]
    assert coded("Manafort pleaded to charges in the Russia probe on Monday.") == []
    assert all(a.code != "RUS" for e in coded("Mueller's Russia probe has cost $3.2 million.") for a in e.actor)
    # the author of a writing or an attempt does what its clause says
    (resolution,) = coded("Several Republicans introduced a resolution calling on Mueller to resign.")
    assert resolution.event == "REQUEST" and resolution.actor and resolution.actor[0].text == "Several Republicans"
    (move,) = coded("China's move to pressure Vietnam to stop oil drilling in July brought relations to a low.")
    assert [a.code for a in move.actor] == ["CHN"]
    # pleas
    (plea,) = coded("Kenyan lawmaker Ogola pleaded guilty to fraud, prosecutors said.")
    assert plea.event == "CONCEDE"
    (denial,) = coded("Kenyan lawmaker Ogola pleaded not guilty to fraud on Monday.")
    assert denial.event == "REJECT"
    assert types("The Kenyan minister pleaded for calm.") == ["REQUEST"]
    # a dateline of two cities ends before the story's first sentence
    (event,) = coded("Kenya urges listing\n\nNAIROBI/KAMPALA, Uganda (Reuters) - Kenyan President William Ruto "
                     "appealed on Saturday for Uganda to list its oil company in Nairobi.\n")
    assert [a.text for a in event.actor] == ["Kenyan President William Ruto"]


def test_charges_denied_in_reported_words():
    (event,) = coded("President Ruto has said there was no collusion with Uganda.")
    assert event.event == "REJECT" and event.trigger == "was no collusion" and event.actor[0].text == "President Ruto"
    (event,) = coded("The Kenyan ministry said Labour's claims were false.")
    assert event.event == "REJECT" and [r.code for r in event.recipient] == ["GBRPTYLAB"]
    assert types("The Kremlin said the allegations were not true.") == ["REJECT"]
    assert types("Putin renewed his denial of the allegations on Monday.") == ["REJECT"]
    assert coded("The Kenyan ministry said there was no water in the town.") == []
    assert coded("The Kenyan ministry said the report was true.") == []
    assert coded("Kenyan analysts said there was no reason to worry.") == []
    # the forty-second session's check: "no" parsed as a number, and abuse by officials denied
    assert types("\u201cThere is absolutely no collusion. It has been proven,\u201d Ruto said.") == ["REJECT"]
    assert types("The Kenyan army said there was no evidence that any detainee was tortured.") == ["REJECT"]
    assert coded("The Kenyan ministry said there was no torture chamber in the prison.") == []
    assert coded("The Kenyan airline said it would not discriminate against unvaccinated passengers.") == []
    assert coded("The Kenyan coroner said there was no negligence by hospital staff.") == []


def test_findings_feelings_and_rebuffs():
    # a finding that someone did wrong accuses them; intelligence agencies are spies, not news agencies
    (event,) = coded("Kenyan intelligence agencies concluded that Uganda interfered in the election.")
    assert event.event == "ACCUSE" and event.actor[0].sector == "SPY" and [r.code for r in event.recipient] == ["UGA"]
    # displeasure felt at someone is disapproval of them
    (event,) = coded("Kenyan lawmakers expressed frustration with Uganda on Tuesday.")
    assert event.event == "ACCUSE" and [r.code for r in event.recipient] == ["UGA"]
    (event,) = coded("Kenyan Senator Ogola said he was disturbed by the decision of the Ugandan government.")
    assert event.event == "ACCUSE" and [r.code for r in event.recipient] == ["UGA"]
    assert coded("Kenyan lawmakers expressed frustration with the weather.") == []
    assert coded("The Kenyan president was not disturbed by Uganda's remarks.") == []
    # rebuffs worded without "reject"
    assert types("The Kenyan president shrugged off the criticism from Uganda.") == ["REJECT"]
    assert types("Kenyan lawmakers voted against the bill on Tuesday.") == ["REJECT"]
    # dismissed with a gesture: the rejection, not the complaint it dismisses
    assert types("The Kenyan government waved off the Ugandan complaint on Monday.") == ["REJECT"]
    assert types("Kenya laughed off the accusations from Uganda.") == ["REJECT"]
    assert "REJECT" not in types("Kenyan crowds waved off the troops as they left for Uganda.")  # a farewell
    (event,) = coded("Kenyan envoy pleads guilty\n\n(Reuters) - Joseph Ogola, Kenya's former envoy to Uganda, pleaded "
                     "guilty on Friday to fraud.\n")
    assert event.event == "CONCEDE" and not event.actor[0].text.startswith("(")


def test_support_rallied_and_words_of_attack():
    assert types("Kenyan opposition groups had rallied behind Odinga's campaign.") == ["SUPPORT"]
    assert types("Kenyan consumer groups had rallied to the Ugandan minister's cause.") == ["SUPPORT"]
    assert types("Kenyan students rallied in Nairobi against the fees.") == ["PROTEST"]
    assert types("Trump's attacks on Clinton intensified.") == ["ACCUSE"]
    assert types("Kenyan troops' attacks on Ugandan rebels killed 20 fighters.") == ["ASSAULT"]
    # particles the parser calls adverbs
    assert types("Kenyan Senator Ogola has stepped down as chairman of the committee.") == ["RETREAT"]
    assert types("Kenyan senators later voted down an opposition motion.") == ["REJECT"]


def test_votes_won_speeches_bills_killed_and_campaign_rallies():
    assert coded("U.S. Senator Doug Jones beat Republican U.S. Senate candidate Roy Moore in the December "
                 "election.") == []
    assert types("Kenyan troops beat back a rebel attack on the town.") == ["ASSAULT"]
    assert types("Kenyan senators killed the bill on Tuesday.") == ["REJECT"]
    assert types("Kenyan police killed three protesters on Tuesday.") == ["ASSAULT"]
    assert coded("Trump rallied supporters in Pensacola on Friday.") == []
    assert types("Kenyan students rallied in Nairobi against the fees.") == ["PROTEST"]
    assert types("Britain delivered aid to Kenya on Tuesday.") == ["AID"]
    (event,) = coded("Kenyan singer Akothee attacked Ugandan fans on Twitter on Monday.")
    assert event.event == "ACCUSE" and [r.code for r in event.recipient] == ["UGA"]


def test_defects_of_the_thirteenth_review():
    assert types("Russian troops beat Ukrainian soldiers at a polling station during the election.") == ["ASSAULT"]
    assert types("Kenyan police beat opposition supporters ahead of the vote.") == ["ASSAULT"]
    assert "REJECT" not in types("Russian troops pushed back Ukrainian forces near Kharkiv.")
    assert "REJECT" not in types("Kenya pushed back the election.")
    assert types("Kenyan protesters attacked Ugandan journalists during a television debate.") == ["ASSAULT"]
    assert types("Kenyans rallied to the streets in Nairobi against Uganda.") == ["PROTEST"]
    (letter,) = coded("Kenya received a letter threatening sanctions against Uganda.")
    assert not letter.actor
    (statement,) = coded("Kenya read a statement by Uganda accusing Russia of aggression.")
    assert [a.code for a in statement.actor] == ["UGA"]
    assert all(r.code != "UGA" for e in coded("Kenya expressed outrage over the killing of Ugandan refugees.")
               for r in e.recipient)
    assert coded("Kenya expressed no anger at Uganda.") == []
    assert coded("Russia said there was no contact with the kidnappers.") == []
    assert all(a.code != "RUS" for e in coded("Intelligence agencies accused Russia of meddling.") for a in e.actor)
    (accused,) = coded("Ukraine was accused of war crimes, according to Russia.")
    assert [a.code for a in accused.actor] == ["RUS"]
    assert types("Russia called Ukraine's president a criminal, the latest in a series of insults.") == ["ACCUSE"]
    assert coded("Kenyan police are trying to determine whether Uganda interfered in the vote.",
                 options=Options(steps=("events",), event_modes=tuple(MODES))) == []
    assert types("She clashed with Ugandan police outside parliament.") == ["ASSAULT"]
    assert coded("The Manafort indictment angered Russia.") == []


def _recipients(text: str) -> list[str]:
    return [r.text for e in coded(text) for r in e.recipient]


def test_targets_named_by_a_bare_surname_or_by_the_event_nouns_of():
    # the surname of a person named in full before, which the model tags as no entity here, is still a name
    assert _recipients("Fethullah Gulen lives in Pennsylvania. Kenyan President Ruto has accused Gulen of plotting "
                       "a coup.") == ["Gulen"]
    assert _recipients("Kenyan President Ruto has accused Gulen of plotting a coup.") == []  # never named in full
    # the one an inquiry or an arrest is "of"
    assert _recipients("Kenyan police opened an investigation of Wanjiru Kamau over the fraud.") == ["Wanjiru Kamau"]


def test_a_measure_called_for_names_whom_it_falls_on():
    assert _recipients("Germany called for sanctions against Russia over the poisoning.") == ["Russia"]
    assert _recipients("Britain pushed for tougher sanctions on Iran.") == ["Iran"]
    assert _recipients("The Kenyan union called for a strike on Monday.") == []
    # the ones a release is "of" gain by it; an inquiry into an attack names no one it falls on
    assert _recipients("Kenya called for the release of Kenyan hostages held in Somalia.") == []
    assert _recipients("The UN called for an investigation into the attack on Kiev.") == []


def test_envoys_of_an_international_body_act_for_it():
    (event,) = coded("A UN human rights expert condemned Myanmar for the crackdown.")
    assert event.event == "ACCUSE" and event.actor[0].code.startswith("IGO")
    assert event.actor[0].text == "UN human rights expert"
    # commentators stay no actor
    assert all(not e.actor for e in coded("Experts condemned Myanmar for the crackdown."))
    assert all(not e.actor for e in coded("Harvard experts condemned Myanmar for the crackdown."))


def test_a_finite_verb_hung_on_its_subject_by_the_parser_keeps_that_subject():
    (event,) = coded("A UN expert condemned Myanmar.")
    assert event.actor and event.actor[0].code.startswith("IGO")
    assert [r.code for r in event.recipient] == ["MMR"]
    # a headline's participle is still passive
    (killed,) = coded("Five soldiers killed in Kabul\n\nThe Taliban claimed the attack on Monday.")
    assert not killed.actor or all(a.text != "Five soldiers" for a in killed.actor)


def test_forces_kept_on_alert_mobilize():
    assert types("Kenyan troops remained on high alert along the border on Monday.") == ["MOBILIZE"]
    assert types("Kenyan troops were on alert in Mandera on Monday.") == ["MOBILIZE"]
    assert coded("Kenyan investors remained on alert for signs of inflation.") == []
    assert types("Kenyan civil servants were on strike in Nairobi.") == ["PROTEST"]  # the class it joins


def test_a_warrant_issued_for_someone_is_legal_action_against_them():
    (event,) = coded("Turkish police issued an arrest warrant for the opposition leader on Monday.")
    assert (event.event, event.cameo) == ("COERCE", "173")
    assert [r.text for r in event.recipient] == ["opposition leader"]


def test_state_organs_named_as_departments_agencies_and_bureaus():
    (event,) = coded("The Department of Homeland Security returned the stolen manuscripts to Italy.")
    assert event.event == "RETREAT" and event.actor[0].text == "Department of Homeland Security"
    assert event.actor[0].sector == "GOV"
    (sued,) = coded("The Environmental Protection Agency sued the Kenyan firm.")
    assert sued.actor and sued.actor[0].sector == "GOV"
    # a space agency of many states, a research bureau, a news agency and a lower-case department are no state's
    assert all(a.sector != "GOV" for e in coded("The European Space Agency criticised Kenya.") for a in e.actor)
    assert all(a.sector != "GOV" for e in coded("The Bureau of Investigative Journalism accused the Kenyan army.")
               for a in e.actor)
    assert [a.code for e in coded("Xinhua News Agency said China condemned Japan.") for a in e.actor] == ["CHN"]
    assert all(a.sector != "GOV" for e in coded("The physics department condemned the university.")
               for a in e.actor)


def test_a_court_undoing_an_act_rejects_it_and_its_author():
    (event,) = coded("A Kenyan judge struck down the government's new rule on Friday.")
    assert (event.event, event.cameo) == ("REJECT", "120")
    assert [r.text for r in event.recipient] == ["government"]
    (quashed,) = coded("The Kenyan High Court quashed the police commissioner's orders.")
    assert quashed.event == "REJECT" and [r.text for r in quashed.recipient] == ["police commissioner"]
    # an army striking a camp is still an attack
    assert types("The Kenyan army struck the rebel camp on Monday.") == ["ASSAULT"]


def test_a_conviction_upheld_is_a_finding_of_guilt():
    (event,) = coded("A Kenyan appeals court upheld the conviction of the former governor.")
    assert (event.event, event.cameo) == ("ACCUSE", "116")
    assert [r.text for r in event.recipient] == ["former governor"]


def test_insults_and_fire_exchanged_are_hostility_not_trade():
    (insults,) = coded("The Kenyan president has traded insults with the Ugandan leader for weeks.")
    assert insults.event == "ACCUSE"
    assert types("Kenyan and Ugandan troops traded fire across the border on Monday.") == ["ASSAULT"]
    assert types("Kenya and Uganda traded goods worth $1 billion last year.") == ["COOPERATE"]


def test_offices_held_and_videos_shared_are_no_events():
    assert coded("Kenya's president has occupied the presidency since 2013.") == []
    assert types("Kenyan settlers occupied a Ugandan house near the border.") == ["COERCE"]  # a seizure stays
    assert coded("Last week the Kenyan senator shared on Twitter videos posted by a Ugandan activist.") == []
    assert types("Kenya shared intelligence with Uganda on Monday.") == ["COOPERATE"]


def test_praise_offered_and_requests_granted():
    assert types("The Kenyan president offered effusive praise for the Ugandan leader.") == ["SUPPORT"]
    (granted,) = coded("A Kenyan judge granted a request from the opposition leader to travel abroad.")
    assert granted.cameo == "080" and granted.event != "AID"


def test_only_strikers_return_to_work_as_a_concession():
    assert coded("Kenyan Senator Otieno said he returned to work on Monday, a week after his surgery.") == []
    assert types("Striking Kenyan miners returned to work on Monday.") == ["CONCEDE"]


def test_a_stance_on_a_clause_and_a_favourable_label_are_no_verdicts():
    assert coded('"The Ugandan government was clear that it wants a new deal," the Kenyan minister said.') == []
    assert coded('The Kenyan minister called the Ugandan ruling "a substantial victory for the people."') == []
    assert types("The Kenyan minister called the Ugandan decision an escalation.") == ["ACCUSE"]
    assert types("The Kenyan minister called the deal a victory for Uganda.") == ["ACCUSE"]  # another side's gain


def test_what_a_measure_is_aimed_at_is_not_done():
    evs = coded("The Kenyan restrictions are aimed at preventing Ugandan officials from entering the country.",
                options=Options(steps=("events",), event_modes=tuple(MODES)))
    assert evs and all(e.mode == "hypothetical" for e in evs)


def test_an_attack_on_someones_character_is_in_words():
    text = ("Kenyan opposition leader Raila Odinga criticised the president on Monday. "
            "Odinga's attack on Ruto's character came in a speech in Kisumu.")
    assert "ASSAULT" not in types(text)


def test_a_lawyer_or_campaign_acts_for_its_named_owner():
    (denied,) = coded("Sam Clovis' attorney denied those reports on Tuesday.")
    assert denied.event == "REJECT" and denied.actor[0].text == "Sam Clovis' attorney"
    (demand,) = coded("Moore's campaign on Wednesday demanded that Nelson turn over the yearbook.")
    assert demand.actor and demand.actor[0].text == "Moore's campaign"
    # what such a team says of nothing, or makes use of, is no act
    assert coded("Donald Trump Jr.'s attorney declined a request for comment on Wednesday.") == []
    assert "COERCE" not in types("Moore's campaign has cast Jones as a liberal, seizing on his support of the bill.")


def test_a_civic_watchdog_is_no_regulator():
    (sued,) = coded("Judicial Watch, a conservative watchdog, sued the Justice Department on Monday.")
    assert sued.actor[0].sector == "NGO" and sued.recipient[0].sector == "GOV"
    (fined,) = coded("The Kenyan competition watchdog fined the firm on Monday.")
    assert fined.actor[0].sector == "GOV"
    (media,) = coded("Kenya's media watchdog banned the newspaper on Monday.")
    assert media.actor[0].sector == "GOV"


def test_a_group_named_by_its_cause_is_a_body_of_citizens_not_the_last_group():
    text = ("Kenyan police fought gunmen of a militia near Garissa on Sunday. "
            "Human rights groups criticised the Kenyan police on Monday.")
    crit = [e for e in coded(text) if e.event == "ACCUSE"]
    assert crit and crit[0].actor[0].text == "Human rights groups" and crit[0].actor[0].sector == "NGO"
    (aid,) = [e for e in coded("An aid agency accused the Kenyan army of blocking convoys.") if e.event == "ACCUSE"]
    assert aid.actor and aid.actor[0].sector == "NGO"
    assert coded("Privacy advocates criticised the Kenyan ministry.")[0].actor[0].sector == "NGO"
    # "the group" still points back to the group named before
    text = "Al Shabaab attacked a Kenyan base on Monday. The militant group also attacked a Kenyan convoy."
    assert all(e.actor and e.actor[0].text != "militant group" or e.actor[0].code for e in coded(text))


def test_the_charge_of_an_accusation_is_not_part_of_the_accused():
    (event,) = coded("Kenyan critics accused the Ugandan army of abuses.")
    assert event.recipient[0].text == "Ugandan army"
    (event,) = coded("Kenyan police accused leaders of the Ugandan opposition of inciting violence.")
    assert event.recipient[0].text == "leaders of the Ugandan opposition"


def test_what_is_fired_or_dropped_is_no_target():
    (event,) = coded("Hamas fired rockets at Israel on Monday.")
    assert event.event == "ASSAULT" and event.recipient[0].text == "Israel"
    (event,) = coded("Syrian jets dropped bombs on rebel positions in Idlib.")
    assert event.event == "ASSAULT" and event.cameo == "195"


def test_a_plural_possessive_with_a_typographic_apostrophe_names_the_owner():
    (event,) = coded("Sam Clovis said he was innocent. Clovis\u2019 attorney denied those reports on Tuesday.")
    assert event.event == "REJECT" and event.actor[0].text.startswith("Clovis")
    text = "Sam Clovis said he was innocent. Clovis\u2019 attorney denied those reports on Tuesday."
    assert text[event.start:event.end] == event.text  # the evidence as the input writes it


def test_blocking_a_bill_is_a_rejection_and_blocking_a_road_a_protest():
    assert types("Kenyan opposition senators blocked the budget bill on Tuesday.") == ["REJECT"]
    assert types("Kenyan protesters blocked the road to the airport on Tuesday.") == ["PROTEST"]


def test_a_planned_rally_is_not_yet_held():
    evs = coded("Kenyan unions planned a strike for Monday.",
                options=Options(steps=("events",), event_modes=tuple(MODES)))
    assert evs and all(e.mode == "future" for e in evs)
    assert types("Kenyan unions staged a strike on Monday.") == ["PROTEST"]


def test_a_wars_toll_and_an_accident_are_no_attacks_told_today():
    every = Options(steps=("events",), event_modes=tuple(MODES))
    toll = coded("More than 900 people have been killed in the armed struggle that the Kenyan rebels began.",
                 options=every)
    assert toll and all(e.mode == "background" for e in toll)
    toll = coded("Tens of thousands of people have been killed in the fighting in northern Kenya.", options=every)
    assert toll and all(e.mode == "background" for e in toll)
    assert types("Kenyan soldiers killed 12 rebels in the fighting on Monday.") == ["ASSAULT"]
    crash = "A Kenyan airliner crashed as it came in to land on Thursday, killing all 41 on board."
    assert "ASSAULT" not in types(crash)
    assert "ASSAULT" not in types("Bootleg liquor killed 35 people in Kenya on Monday.")


def test_a_film_shot_and_shots_fired_into_the_air_are_no_attacks():
    assert coded("Much of the Kenyan film was shot on location in Nairobi.") == []
    assert coded("Kenyan men fired weapons into the air as women danced at the wedding.") == []
    assert types("Kenyan police fired shots into the air to disperse the crowd on Monday.") == ["ASSAULT"]


def test_an_act_that_followed_one_of_a_year_long_past_is_background():
    every = Options(steps=("events",), event_modes=tuple(MODES))
    jailed = coded("Wang was jailed for two years after the Kenyan army crushed the protests in 2009.", options=every)
    assert jailed and all(e.mode == "background" for e in jailed)
    (arrest,) = coded("Kenyan police arrested Wang on Monday after he fled the country in 2009.", options=every)
    assert arrest.mode == "asserted"  # a date of its own


def test_an_election_or_a_trial_put_off_is_no_sanction():
    assert "SANCTION" not in types("The OSCE postponed municipal elections in Kenya on Monday.")
    assert "SANCTION" not in types("Uganda postponed the trial of the Kenyan opposition leader on Monday.")
    assert types("Kenya postponed talks with Uganda on Monday.") == ["REJECT"]


def test_a_participle_takes_its_verbs_date_and_a_family_visit_is_no_event():
    every = Options(steps=("events",), event_modes=tuple(MODES))
    shot = coded("In 2010 the Kenyan officer served two months for shooting a thief.", options=every)
    assert shot and all(e.mode == "background" for e in shot)
    assert coded("Kenyan President Moi visits wife Lena in hospital.") == []
    assert types("Kenyan President Moi visited Uganda on Monday.") == ["CONSULT"]


def test_troops_sent_into_a_country_and_forces_ordered_ready_are_mobilisation():
    (sent,) = coded("Uganda sent troops into northern Kenya on Monday.")
    assert sent.event == "MOBILIZE" and sent.recipient and sent.recipient[0].code == "KEN"
    assert types("Kenya sent peacekeepers to Somalia on Monday.") == ["AID"]
    assert types("The Kenyan president on Friday ordered the military to ready itself for any action.") == ["MOBILIZE"]
    assert types("The Kenyan president on Friday ordered the ministry to prepare a report.") == ["REQUEST"]


def test_a_mass_arrest_told_in_the_perfect_is_no_toll():
    every = Options(steps=("events",), event_modes=tuple(MODES))
    (arrest,) = coded("Kenyan police have arrested 2,000 protesters in Nairobi.", options=every)
    assert arrest.event == "COERCE" and arrest.mode == "asserted"


def test_fighting_that_broke_out_between_two_sides_is_their_assault():
    (fight,) = coded("Heavy fighting broke out between Kurdish rebels and Iraqi troops on Monday.")
    assert fight.event == "ASSAULT"
    assert {a.sector for a in fight.actor} == {"REB", "MIL"}
    (fierce,) = coded("Fierce fighting erupted between the Sudanese army and SPLA rebels on Monday.")
    assert all(a.text != "Fierce" for a in fierce.actor) and len(fierce.actor) == 2


def test_an_execution_by_hanging_is_an_assault_and_harm_to_oneself_is_none():
    (hanged,) = coded("Iran hanged two men convicted of spying on Monday.")
    assert hanged.event == "ASSAULT" and hanged.actor[0].code == "IRN"
    assert types("Protesters hanged banners from the bridge on Monday.") == []
    assert types("The prisoner hanged himself in his cell on Monday.") == []
    assert types("The gunman shot himself after the siege on Monday.") == []
    (both,) = coded("Rebels killed themselves and ten soldiers in a suicide bombing on Monday.")
    assert both.event == "ASSAULT" and both.recipient


def test_talks_had_and_a_telephone_conversation_held_are_consultations():
    (had,) = coded("Putin had talks with Erdogan in Sochi on Monday.")
    assert had.event == "CONSULT" and had.recipient and had.recipient[0].code == "TUR"
    (phone,) = coded("Yeltsin held a telephone conversation with Clinton on Thursday.")
    assert phone.event == "CONSULT" and phone.cameo == "041"
    assert types("We need a national conversation about race, the mayor said on Monday.") == []
    assert types("BankAmerica has had numerous inquiries from lenders, he said on Monday.") == []
    every = Options(steps=("events",), event_modes=tuple(MODES))
    (hoped,) = coded("Pence looks forward to holding talks with Netanyahu on Monday.", options=every)
    assert hoped.event == "CONSULT" and hoped.mode == "future"


def test_charges_dropped_are_a_concession_and_prices_dropped_are_none():
    (dropped,) = coded("The Justice Department dropped its case against Flynn on Thursday.")
    assert dropped.event == "CONCEDE" and dropped.cameo == "081"
    assert types("Oil prices dropped sharply on Friday.") == []


def test_asylum_claimed_is_a_request_to_the_state_it_is_claimed_in():
    (claim,) = coded("The Iraqi hijackers have claimed political asylum in Britain, police said on Friday.")
    assert claim.event == "REQUEST" and claim.recipient and claim.recipient[0].code == "GBR"


def test_a_protest_in_words_and_a_protest_put_down():
    (told,) = coded("Church groups have protested because they say the bishops were never consulted.")
    assert told.event == "ACCUSE" and told.cameo == "114"
    (crowd,) = coded("Thousands of nurses protested outside the ministry in Lisbon on Monday.")
    assert crowd.event == "PROTEST"
    (broken,) = coded("Riot police broke up the demonstration outside the Lisbon parliament on Monday.")
    assert broken.cameo == "175" and broken.actor[0].sector == "COP"
    (ended,) = coded("Portuguese police ended the sit-in on Monday after storming the campus.")
    assert ended.cameo == "175"
    (own,) = coded("Portuguese dockers ended their strike on Monday after the port raised wages.")
    assert own.event == "CONCEDE"


def test_what_is_signed_or_laid_down_and_what_is_only_written():
    assert types("The hostages signed a note addressed to the Swedish ambassador on Monday.") == []
    assert types("The peace plan provided for the withdrawal of Ethiopian troops from the border.") == []
    assert types("Interfax said it provided for the disengagement of Georgian and Abkhaz forces.") == []
    assert types("The Kenyan opposition leader signed the petition against the dam on Monday.") == []
    (bill,) = coded("President Smith signed the farm bill into law on Tuesday.")
    assert bill.event == "SUPPORT"
    (truce,) = coded("The Kenyan army and the rebels signed a truce in Nairobi on Monday.")
    assert truce.event == "SUPPORT"
    (aid,) = coded("The European Union provided 5 million euros in aid for the flood victims in Chad on Monday.")
    assert aid.event == "AID"


def test_branded_and_an_envoy_told_to_leave_by_name():
    (branded,) = coded("The Swedish foreign minister branded the Estonian vote a farce on Monday.")
    assert branded.event == "ACCUSE" and branded.cameo == "111"
    (out,) = coded("Sweden has asked Mr. Pavel Orlov, the Russian embassy's trade attache, to leave the country.")
    assert out.event == "SANCTION" and out.cameo == "161"


def test_control_verb_with_a_date_before_its_infinitive():
    assert types("Indonesia sought on Thursday to play down the fire at the Dutch consulate.") == []


def test_a_passive_told_by_a_person_is_not_theirs():
    (asked,) = coded("The Greek government was asked for an official meeting, Papadopoulos said on Monday.")
    assert asked.event == "REQUEST" and asked.actor == []
    (urged,) = coded("Kenya was urged to withdraw its troops, the Ugandan government said on Monday.")
    assert urged.actor and urged.actor[0].code == "UGA"


def test_refugees_are_of_the_country_they_fled_and_an_attack_on_a_consulate_is_not_its_owners():
    (out,) = coded("Zaire expelled 28 Rwandan Hutu refugees on Friday.")
    assert out.recipient and out.recipient[0].code == "RWA"
    assert types("Indonesia plays down U.S. consulate attack") == []


def test_fighting_halted_is_a_step_back_and_its_promise_no_threat():
    (halted,) = coded("The Sudanese army halted its offensive in the south on Monday.")
    assert halted.event == "RETREAT"
    (promised,) = coded("The Tamil rebels promised on Monday to halt the bombing of Colombo.")
    assert promised.event == "AGREE"
    (repelled,) = coded("Kurdish forces halted an Iranian-backed attack near the border on Monday.")
    assert repelled.event == "ASSAULT"


def test_truces_clinched_suits_filed_and_watch_stepped_up():
    (truce,) = coded("The Norwegian envoy arranged a ceasefire in northern Sri Lanka last week.")
    assert truce.event == "AGREE"
    (suit,) = coded("The Kenyan government filed a suit against the British mining firm on Monday.")
    assert suit.event == "ACCUSE" and suit.cameo == "115"
    (watch,) = coded("Costa Rica has stepped up surveillance of its northern border, police said on Monday.")
    assert watch.event == "MOBILIZE"


def test_violence_told_in_a_participle_with_its_doer_named():
    (killed,) = coded("Hundreds mourned the four students killed by Bangladeshi police last week.")
    assert killed.event == "ASSAULT" and killed.actor[0].code == "BGD" and killed.actor[0].sector == "COP"
    assert killed.recipient and killed.recipient[0].text == "four students"
    assert types("Critics attacked the cuts in services provided by councils in Wales.") != ["AID"]


def test_a_firms_own_holdings_sold_and_an_airliner_lost_are_no_events():
    assert types("The Dutch retailer decided on Monday to sell its U.S. investment to cut its debt.") == []
    assert types("The German retailer is in talks about selling its French assets, a newspaper said.") == []
    (bought,) = coded("Fiat agreed on Monday to buy its former rival Alfa Romeo for $1 billion.")
    assert bought.event == "AGREE"
    assert types("The Swissair jet exploded in a fireball off Nova Scotia on Monday, killing 229 people.") == []
    (bombed,) = coded("A car bomb exploded outside the Algerian ministry on Monday, killing five people.")
    assert bombed.event == "ASSAULT"
    (raid,) = coded("Israeli jets pounded the Lebanese village on Monday, killing three people.")
    assert raid.actor[0].sector == "MIL"


def test_craft_accidents_have_no_attacker():
    assert types("A bus fell from a mountain road into a river in Nepal on Sunday, killing 19 people.") == []
    assert types("A passenger train collided with a freight train in Graz on Monday and police said ten people "
                 "were injured.") == []
    (mine,) = coded("A bus hit a landmine in Angola on Monday, killing five people.")
    assert mine.event == "ASSAULT"


def test_attacks_repelled_people_coerced_and_a_bodys_own_forces():
    (coerced,) = coded("Rights workers say Serbian authorities coerced refugees to register in Serb-held towns.")
    assert coerced.event == "COERCE" and coerced.actor[0].code == "SRB"
    (repelled,) = coded("The KDP, which accuses Iran of arming its rivals, said its forces repelled the attack.")
    assert repelled.event == "ASSAULT" and repelled.actor[0].code != "IRN"
    (own,) = coded("Baghdad said its forces had repulsed the attack on Monday.")
    assert own.actor[0].code == "IRQ"


def test_leaving_for_a_state_visit_is_the_visit():
    (visit,) = coded("Nepal's King Birendra left on Friday for a week-long visit to China.")
    assert visit.event == "CONSULT" and visit.recipient and visit.recipient[0].code == "CHN"
    assert types("The Dutch tourist left on Friday for a holiday trip to Spain.") == []


def test_a_trip_made_to_meet_is_the_meeting_or_the_visit():
    (trip,) = coded("The Kenyan foreign minister flew to Paris on Monday to meet his French counterpart.")
    assert trip.event == "CONSULT" and trip.mode == "asserted" and trip.recipient[0].code == "FRA"
    (visit,) = coded("The Egyptian president travelled to Washington to discuss the peace process.")
    assert visit.event == "CONSULT" and visit.cameo == "042" and visit.recipient[0].code == "USA"
    assert types("The Kenyan foreign minister flew home on Monday to meet his family.") == []
    assert types("Jones, a tourist, flew to Paris to meet friends.") == []


def test_things_lifted_people_disarmed_and_treaties_blocked():
    assert types("Police lifted a bulldozer over the wall to reach the house.") == []
    assert types("Soldiers lifted the wounded onto a truck.") == []
    (lifted,) = coded("Washington lifted sanctions on Belgrade on Monday.")
    assert lifted.event == "RETREAT"
    (disarmed,) = coded("Rebels disarmed an army column near the town on Sunday.")
    assert disarmed.event == "COERCE" and disarmed.recipient[0].sector == "MIL"
    (blocked,) = coded("India blocked the test ban treaty at the conference in Geneva on Monday.")
    assert blocked.event == "REJECT"


def test_offices_taken_over_and_defendants_named_are_no_events():
    assert types("Peter Banda would take over from John Smith as finance minister, the president's office said.") == []
    assert types("General Peron took over the leadership of the country in June.") == []
    (bought,) = coded("Daewoo took over the Polish carmaker FSO on Monday.")
    assert bought.event == "COOPERATE"
    assert types("Pedro Alvarez, the chief accused in the bribery case, visited Spain often, police said on "
                 "Tuesday.") == []
    (charged,) = coded("Police said the two men accused of the bombing were arrested in Madrid on Monday.")
    assert charged.event == "COERCE"


def test_passives_of_their_own_and_a_misread_passive_subject():
    (held,) = coded("The suspect left the country after being detained by police on Monday.")
    assert held.event == "COERCE" and [r.text for r in held.recipient] == ["suspect"]
    assert not any(a.text == "suspect" for a in held.actor)
    (caught,) = coded("A gunman being hunted in the north was captured by police on Tuesday.")
    assert caught.event == "COERCE" and caught.recipient and caught.recipient[0].text == "gunman"


def test_labels_victims_hazards_and_conditions_are_no_acts():
    (label,) = coded("The Kenyan president called the attack cowardly.")
    assert label.event == "ACCUSE"
    assert types("Dozens of people have died in ethnic unrest in the region this year, officials say.") == []
    assert types("Kenya declared the cholera threat over on Monday.") == []
    assert types("Kenya has made the release of the prisoners a condition for resuming talks with Uganda.") == []
    assert types("Kenya made the release of the prisoners a priority.") == []
    assert types("The accord paved the way for the withdrawal of Ugandan troops.") == []
    assert types("Ghana said several countries had compromised to reach the accord.") == []


def test_a_post_abroad_and_a_counterpart_give_no_country():
    text = ("SEOUL, Aug 27 - South Korea has told its missions to step up security since its embassy in Serbia "
            "received a threat, the foreign ministry said on Tuesday. The ministry said it had also asked "
            "Serbia to protect the embassy.")
    (asked,) = [e for e in coded(text) if e.event == "REQUEST" and e.trigger.startswith("asked")]
    assert asked.actor[0].code == "KOR" and asked.recipient[0].code == "SRB"
    (talks,) = coded("The premier, who is due to meet his Egyptian counterpart on Tuesday, will also be discussing "
                     "the postponed Libyan elections, an official said.")
    assert talks.actor[0].code == "LBY"


def test_a_headlines_bare_asked_to_is_a_passive():
    text = ("Kenyan editor held, asked to name source\n\nNAIROBI 1996-08-28\nA Kenyan editor spent a third day in "
            "custody on Wednesday, colleagues said.\n")
    asked = [e for e in coded(text) if e.event == "REQUEST"]
    assert asked and not any(a.text.endswith("editor") for e in asked for a in e.actor)


def test_air_and_land_strikes_are_military_and_charges_are_not_deeds():
    (strikes,) = coded("Both Kenya and Uganda launched air and land strikes on rebel camps in the border region.")
    assert strikes.event == "ASSAULT"
    assert types("The Kenyan man is suspected of having taken part in several bomb attacks in Uganda.") == []
    assert types("The report backed up allegations that Khartoum ordered the raid on the refugee camp.") == []
    (denied,) = coded("The inquiry concerns bribes paid by the firm's managers, allegations that Nairobi and the "
                      "Kenyan government deny.", options=Options(steps=("events",), event_model=False))
    assert denied.event == "REJECT" and denied.actor[0].code == "KEN"


def test_where_the_doer_is_posted_is_no_target():
    (denounced,) = coded("Egypt's ambassador in Nairobi denounced the bombing on Monday.")
    assert denounced.event == "ACCUSE" and denounced.recipient == []
    (arrested,) = coded("A translator at the U.S. consulate in southern Turkey was arrested on Monday.")
    assert arrested.event == "COERCE"


def test_a_sports_story_reports_no_attacks_or_protests():
    text = ("Tennis - Okafor stuns top seed in Lagos\n\nLAGOS 2022-05-13\nTop-seeded Jan Novak of Slovakia was "
            "beaten 6-4 7-6 by Emeka Okafor of Nigeria on Thursday in the second round of the tournament. Okafor "
            "won the match by attacking the net at every chance. Novak rallied from 1-4 down in the second set "
            "but lost the tie-break and the game.")
    assert coded(text) == []


def test_figures_of_fire_illness_and_interviews_are_no_events():
    assert types("A mosque near the village burned in June, but police have not found the cause.") == []
    (burned,) = coded("Rebels burned the village on Monday.")
    assert burned.event == "ASSAULT"
    assert types("Her battle against cancer has inspired millions of Kenyans.") == []
    assert types("Rebel commanders have granted interviews to foreign reporters.") == []


def test_his_country_is_the_state_of_the_one_his_stands_for():
    text = ("Nepal's King Birendra arrived in Beijing on Monday. He said his country would not allow any "
            "anti-China activities on its soil.")
    (refused,) = [e for e in coded(text, options=Options(steps=("events",), event_model=False))
                  if e.event == "REJECT"]
    assert refused.actor[0].code == "NPL"


def test_speaking_with_a_named_side_is_a_consultation():
    (call,) = coded("Clinton spoke with Yeltsin by telephone on Monday about Chechnya.")
    assert call.event == "CONSULT" and call.cameo == "041" and call.recipient[0].code == "RUS"
    assert types("The Kenyan minister spoke to reporters after the meeting.") == []
    assert types("The Kenyan minister spoke to the BBC on Monday.") == []


def test_merge_keeps_two_named_sources_of_one_state_apart():
    from newscoder.models import Event, EventActor
    from newscoder.steps.event_merge import merge

    def ev(actor, recipient, start):
        return Event(event="ACCUSE", mode="", cameo="112", quad_class=3, goldstein=-2.0, actor=[actor],
                     recipient=recipient, date="2022-05-13", location=None, text=f"s{start}", start=start,
                     end=start + 2)

    leader = EventActor(text="Sharif", canonical="Nawaz Sharif", code="PAK", kind="person")
    party = EventActor(text="the MQM", canonical="MQM", code="PAK", kind="group")
    state = EventActor(text="the government", canonical="Pakistan", code="PAK", kind="state")
    # "Sharif accused Bhutto (uncoded) of corruption" is no partial report of "the MQM accuses the government"
    out = merge([ev(leader, [], 0), ev(party, [state], 10)])
    assert [e.actor[0].text for e in out] == ["Sharif", "the MQM"]
    # the state for its leader is no other source: its partial report folds into the fuller one
    out = merge([ev(state, [], 0), ev(leader, [state], 10)])
    assert len(out) == 1 and out[0].mentions == 2


def test_a_head_of_state_is_of_the_datelines_country_when_the_story_is_much_about_it():
    text = ("Nationalists want Vasilescu ousted for Hungary pact\n\nBUCHAREST 1996-08-27\nNationalist members of "
            "Romania's ruling coalition called on Tuesday for the impeachment of President Ion Vasilescu for backing a "
            "treaty with Hungary. The treaty will end disputes over Romania's Hungarian minority. Hungary's prime "
            "minister said Hungary would sign it. Vasilescu has invited political leaders to a meeting on Thursday "
            "to discuss the treaty, which both Romanian and Hungarian nationalists oppose.")
    (invited,) = [e for e in coded(text) if e.trigger == "invited"]
    assert invited.actor[0].code == "ROU"
    text = ("Iran asks Bonn to extradite ex-president Sadri\n\nBONN 1996-08-28\nIran has asked Germany to extradite "
            "its former president Abol Sadri, an Iranian spokesman said. Sadri angered Tehran last week by accusing "
            "Iranian leaders of ordering the killings. German officials said Germany would study the request.")
    assert all(a.code != "DEU" for e in coded(text) for a in e.actor if "Sadri" in a.text)


def test_armed_and_political_movements_of_world_news_have_their_country():
    (repelled,) = coded("The KDP said on Thursday it had repelled an attack by PUK fighters near Arbil.")
    assert repelled.actor[0].code.startswith("IRQ")
    (talks,) = coded("The Sudan People's Liberation Army agreed on Monday to hold talks with Khartoum.")
    assert talks.actor[0].code.startswith("SDN")


def test_a_passive_without_its_own_by_takes_the_doer_its_phrases_name():
    # the other side of the fight the violence was done in, or the state the attack is named for
    (battle,) = coded("At least 12 Nepalese soldiers were killed in a battle with Maoist rebels in the west.")
    assert battle.event == "ASSAULT" and battle.actor[0].sector == "REB" and battle.recipient[0].code == "NPL"
    (shelled,) = coded("Two policemen were killed in the Indian shelling, Pakistani officials said.")
    assert shelled.actor[0].code == "IND" and shelled.actor[0].sector == "MIL"
    assert shelled.recipient[0].code != "IND"  # the shelling's state is not the victims'
    (raid,) = coded("Four villagers were wounded in an attack by Tamil rebels.")
    assert raid.actor[0].sector == "REB"
    # a "by" the parser hung further down the phrases
    (freed,) = coded("The hostages were freed in a village near the border by Colombian troops.")
    assert freed.actor[0].code == "COL" and freed.actor[0].sector == "MIL"
    (convoy,) = coded("The convoy was attacked on the road from Kabul to Jalalabad by Taliban fighters.")
    assert convoy.event == "ASSAULT" and convoy.actor[0].sector == "INS"  # armed doers: force, not words
    # the court a suit was dismissed in; the body a state was suspended from
    (suit,) = coded("The lawsuit against the mayor was dismissed in a federal court in Chicago.")
    assert suit.actor[0].sector == "JUD" and suit.actor[0].code == "USA" and suit.recipient == []
    (fiji,) = coded("Fiji was suspended from the Commonwealth after the coup.")
    assert fiji.actor[0].code.startswith("IGO") and fiji.recipient[0].code == "FJI"
    # clashes between two sides name no one side as the killer
    (clash,) = coded("Five people were killed in clashes between police and protesters.")
    assert clash.actor == []


def test_a_person_of_a_wire_story_most_about_its_datelines_country_is_of_it_as_a_guess():
    text = ("Bangladesh and India trade charges over border fence\n\nDHAKA 1996-08-27\nBangladesh accused India on "
            "Tuesday of building a fence across the border. India said the fence was on Indian land. Kamal Hossain "
            "denied the charge. Bangladesh's parliament will debate the fence on Sunday, officials in Bangladesh said, "
            "and Bangladesh will send a note to India.")
    (denied,) = [e for e in coded(text) if e.trigger == "denied"]
    assert denied.actor[0].code == "BGD" and denied.actor[0].guessed
    text = ("Iran asks Bonn to extradite ex-president\n\nBONN 1996-08-28\nIran has asked Germany to extradite "
            "Abol Sadri, an Iranian spokesman said. Iran accused Sadri of hijacking a military plane. Iranian "
            "officials said Iran would press the request, and Iran's embassy said it expected an answer.")
    assert all(a.code != "DEU" for e in coded(text) for a in e.actor + e.recipient if "Sadri" in a.text)


def test_a_title_alone_stands_for_the_one_last_named_with_it():
    text = ("The Irish and British governments have enlisted US President George Bush in the process. Britain is "
            "hopeful. The President has spoken recently to Irish Prime Minister Bertie Ahern.")
    (spoke,) = [e for e in coded(text) if e.trigger == "spoken"]
    assert spoke.actor[0].code == "USA" and spoke.recipient[0].code == "IRL"
    # the vice president is not "the president"
    text = "Vice President Al Gore arrived in Beijing. The president criticised China's trade policy."
    (criticised,) = [e for e in coded(text) if e.trigger == "criticised"]
    assert all("Gore" not in (a.canonical or "") for a in criticised.actor)
    # a title with its own country is that country's, whoever was named before
    text = "US President George Bush arrived in Paris. The French president met him at the Elysee palace."
    assert all(a.code != "USA" for e in coded(text) if e.trigger == "met" for a in e.actor)


def test_a_writing_acts_for_its_author():
    (report,) = coded("A critical report by a Pentagon advisory panel says the United States is failing in Iraq.")
    assert report.actor and report.actor[0].code.startswith("USA")
    (study,) = coded("A study by the World Bank criticised Kenya.")
    assert study.actor[0].code.startswith("IGO") and study.recipient[0].code == "KEN"
    (amnesty,) = coded("Amnesty International's report accused Egypt of torturing prisoners.")
    assert amnesty.actor[0].code.startswith("NGO") and amnesty.recipient[0].code == "EGY"
    # a writing only says: what it "provides" is no act of its author's
    assert coded("The Commission's report provided legislative recommendations for improving the state's "
                 "capital punishment system.") == []


def test_a_release_from_hospital_frees_no_captive():
    assert coded("The former dictator was released from hospital shortly before Christmas.") == []
    (freed,) = coded("The rebels released two aid workers from a camp near the border on Monday.")
    assert freed.event == "RETREAT"


def test_a_participle_that_makes_an_act_of_its_noun_names_the_doer():
    (sanctions,) = coded("Zimbabwe is suffering under sanctions imposed by the European Union.")
    assert sanctions.event in ("COERCE", "SANCTION") and sanctions.actor[0].code.startswith("IGO")
    (truce,) = [e for e in coded("Itar-Tass said the implementation of the ceasefire signed by Lebed and Maskhadov "
                                 "last Thursday would be on the agenda.") if "signed" in e.trigger]
    assert truce.actor[0].text == "Lebed" and "Maskhadov" in [a.text for a in truce.actor + truce.recipient]
    # a participle that makes no act of its noun stays a description
    assert coded("Taxes would rise or services provided by councils would be cut.") == []


def test_unnamed_bombers_are_of_where_the_bomb_went_off_not_of_the_convoy_it_hit():
    text = ("Another bomb near the town of Ghalabiyah, 6 miles west of the insurgent hotbed of Baqouba, north of "
            "Baghdad, hit a truck in a U.S. military convoy, killing a soldier and wounding another, a sergeant said.")
    assert [a.code for e in coded(text) for a in e.actor if a.sector == "UAF"] == ["IRQ"]
    text = ("A suicide car bomb hit an American forward operating base near Iraq's border with Jordan on Friday, "
            "killing two U.S. service members.")
    assert [a.code for e in coded(text) for a in e.actor if a.sector == "UAF"] == ["IRQ"]  # not the border's other side


def test_bodies_charged_with_a_task_are_accused_of_nothing():
    text = ('A Pentagon advisory panel\'s report says the nation\'s institutions charged with "strategic '
            'communication" are failing.')
    assert [e for e in coded(text) if e.trigger == "charged"] == []
    (murder,) = coded("John Smith was charged with murder in Texas on Monday.")
    assert murder.event == "ACCUSE"


def test_she_is_not_the_man_the_article_tells_as_he():
    text = ("US President John Carver has chosen American diplomat Leila Moran, one of his closest aides, as "
            "secretary of state. Moran was born in Ohio. Moran's training was in Russian affairs, but in her current "
            "job she has focused on Asia. Carver praised his team on Monday. She met the Chinese foreign minister in "
            "Beijing in May.")
    (met,) = [e for e in coded(text) if e.trigger == "met"]
    assert "Moran" in met.actor[0].canonical


def test_a_made_thing_called_weak_or_a_failure_is_criticism_of_its_maker():
    (weak,) = coded("France said the US resolution was weak.")
    assert weak.event == "ACCUSE" and weak.actor[0].code == "FRA" and weak.recipient[0].code == "USA"
    (failure,) = coded("Oxfam said the British government's plan was a failure.")
    assert failure.event == "ACCUSE" and failure.recipient[0].code == "GBR"
    (improper,) = coded("Mexico said the American court's ruling was improper.")
    assert improper.event == "ACCUSE" and improper.recipient[0].code == "USA"
    # a state of affairs judges no one; a verdict denied is none
    assert coded("The Kenyan minister said the economy was weak.") == []
    assert coded("France said the US plan was not a failure.") == []


def test_lawyers_for_a_client_act_for_it():
    (accused,) = coded("Lawyers for Microsoft accused the European Commission of bias.")
    assert accused.actor[0].sector == "BUS" and accused.actor[0].text == "Lawyers for Microsoft"
    (improper,) = coded("Lawyers for the Kenyan government said the British court's ruling was improper.")
    assert improper.actor[0].code == "KEN" and improper.recipient[0].code == "GBR"


def test_a_resignation_announced_is_the_resigners_act():
    (resigned,) = coded("The resignations of US Agriculture Secretary Ann Veneman and US Education Secretary Rod Paige "
                        "were announced on Monday.")
    assert resigned.event == "RETREAT" and [a.code for a in resigned.actor] == ["USA", "USA"]


def test_a_town_named_like_a_world_capital_gives_its_own_country_to_the_people_and_bodies_named_after_it():
    text = ("PARIS, Tenn. - A Paris man was arrested Sunday afternoon on five counts of burglary, the Paris Police "
            "Department said. Officers in Henry County, Tennessee, found stolen tools at his home on Routon Street. "
            "The Paris Police Department is asking residents of Henry County for help with the case.")
    events = coded(text)
    arrest = next(e for e in events if e.event == "COERCE")
    assert _codes(arrest.recipient) == ["USA"]  # not France
    ask = next(e for e in events if e.event == "REQUEST")
    assert _codes(ask.actor) == ["USA"]
    analysis = analyze(text, date=PUB)
    assert "France" not in analysis.tags and analysis.focus[0].country == "USA"


def test_people_a_story_about_one_country_does_not_place_are_of_that_country_as_a_guess():
    text = ("The Crestwood school board in Missouri met on Monday in Crestwood, Missouri. The board hired two teachers "
            "for the new school year in Missouri. Following an executive session, the board accepted the resignation "
            "of Ashley Nickles as girls basketball coach.")
    (resigned,) = [e for e in coded(text) if e.event == "RETREAT"]
    assert _codes(resigned.actor) == ["USA"] and resigned.actor[0].guessed
    hostages = ("Armed men seized 16 people in Prosperidad in the Philippines province of Agusan del Sur on Monday. "
                "Philippine police said the gunmen were led by a tribal chief. Brital urged Philippine negotiators to "
                "send food for the hostages.")
    (urged,) = [e for e in coded(hostages) if e.event == "REQUEST"]
    assert _codes(urged.actor) == ["PHL"] and urged.actor[0].guessed  # a name the model did not take for a person
    (alone,) = coded("Brital urged Philippine negotiators to send food for the hostages.")
    assert _codes(alone.actor) == [None]  # one sentence tells too little of a story's country


def test_people_taken_into_custody_or_put_under_arrest_are_arrested():
    (took,) = coded("Police gave chase and took John Miller into custody on Friday.")
    assert took.event == "COERCE" and [r.text for r in took.recipient] == ["John Miller"]
    (booked,) = coded("John Miller was booked into the Titus County Jail on Friday.")
    assert booked.event == "COERCE" and [r.text for r in booked.recipient] == ["John Miller"]
    (placed,) = coded("The opposition leader was placed under house arrest on Friday.")
    assert placed.cameo == "173"
    assert not coded("The minister put the bill into law on Friday.")


def test_an_attack_a_subject_comes_under_is_on_it_by_the_armed_side_named_and_in_words_by_critics():
    (fired,) = coded("An army convoy came under fire from rebels near the border on Friday.")
    assert fired.event == "ASSAULT" and [a.text for a in fired.actor] == ["rebels"]
    assert [r.text for r in fired.recipient] == ["army convoy"]
    (critics,) = coded("The Vatican has come under fire for its handling of the scandal.")
    assert critics.event == "ACCUSE" and _codes(critics.recipient) == ["VAT"] and not critics.actor
    (lawmakers,) = coded("The minister came under fire from opposition lawmakers over the budget on Friday.")
    assert lawmakers.event == "ACCUSE" and [r.text for r in lawmakers.recipient] == ["minister"]


def test_violence_committed_is_an_assault_and_a_crime_committed_is_not_coded():
    (executions,) = coded("The rebels committed arbitrary executions in the town on Friday.")
    assert executions.event == "ASSAULT" and [a.text for a in executions.actor] == ["rebels"]
    assert not coded("He committed fraud and stole from his employer.")


def test_a_vow_to_bring_offenders_to_justice_is_a_threat():
    (vow,) = coded("Northern Ireland leaders vowed on Friday to bring the bombers to justice.")
    assert vow.event == "THREATEN" and _codes(vow.actor) == ["GBR"]


def test_credit_and_contact_lines_are_no_text_of_the_story():
    text = ("Protesters clashed with police in Addis Ababa on Friday.\n\nGil Shefler contributed to this report.\n\n"
            "To contact the reporters on this story: Olivier Monnier in Abidjan at omonnier@example.com.\n")
    analysis = analyze(text, date=PUB)
    assert [e.event for e in analysis.events] == ["ASSAULT"]
    assert {e.text for e in analysis.entities} == {"Addis Ababa"}


def test_talks_proposed_pushed_or_arranged_are_not_held():
    for text in ("Diplomats are pushing urgent peace talks between Georgian and South Ossetian officials.",
                 "Russia has proposed talks between Georgia and the separatists.",
                 "Russian officials arranged emergency talks between Georgian and separatist officials for tomorrow."):
        assert all(e.mode != "asserted" for e in coded(text, options=Options(steps=("events",), event_modes=MODES))
                   if e.event == "CONSULT"), text
        assert "CONSULT" not in types(text), text
    assert types("The two sides held talks in Geneva on Friday.") == ["CONSULT"]


def test_a_writing_released_is_published_and_people_released_are_freed():
    assert not coded("The Foreign Ministry statement was released on Friday.")
    assert not coded("The army released a video of the raid on Friday.")
    (freed,) = coded("The rebels released the hostages on Friday.")
    assert freed.event == "RETREAT"


def test_forces_deployed_are_the_doer_and_forces_gathering_show_force():
    (deployed,) = coded("Police sharpshooters were deployed around the area on Friday.")
    assert deployed.event == "MOBILIZE" and [a.text for a in deployed.actor] == ["Police sharpshooters"]
    assert not deployed.recipient
    (massed,) = coded("Syrian security forces gathered in force around the mosques on Friday.")
    assert massed.event == "MOBILIZE" and _codes(massed.actor) == ["SYR"]
    (protest,) = coded("Police officers gathered outside parliament on Friday to protest pay cuts.")
    assert protest.event == "PROTEST"


def test_calling_the_police_summons_help_and_is_no_event():
    assert not coded("The family called police, who searched the area around the hotel that night, police said.")
    assert not coded("Neighbours called 911 on Friday after hearing shots.")
    (named,) = coded("The minister called the attack cowardly on Friday.")
    assert named.event == "ACCUSE"


def test_bodily_harm_done_to_people_is_an_event_whoever_does_it():
    # a street crime's people are in no actor table; a stabbing told as done is still an event (not an accident,
    # nor what happens every year)
    (stabbed,) = coded("A woman was stabbed on Tuesday morning while jogging near the park, police said.")
    assert stabbed.event == "ASSAULT" and [r.text for r in stabbed.recipient] == ["woman"]
    (gunned,) = coded("Sergeant Mark Dunakin was gunned down on Saturday when he pulled over a parolee.")
    assert gunned.event == "ASSAULT" and [r.text for r in gunned.recipient] == ["Mark Dunakin"]
    assert "ASSAULT" not in types("A motorcycle wreck on Rivers Avenue killed a passenger on Sunday.")
    assert "ASSAULT" not in types("Three pedestrians were killed in the collision on Sunday.")
    assert not coded("His career was killed off by a single bad film.")


def test_a_pejorative_name_given_is_criticism_and_a_plain_description_is_none():
    (labelled,) = coded("The mayor labeled the protesters thugs on Friday.")
    assert labelled.event == "ACCUSE" and [r.text for r in labelled.recipient] == ["protesters"]
    (described,) = coded("The minister described the refugees as vermin on Friday.")
    assert described.event == "ACCUSE"
    (called,) = coded("Senator Cleaver called the killer an animal on Friday.")
    assert called.event == "ACCUSE"
    assert not coded("The report described the plan as ambitious on Friday.")
    assert not coded("The company labeled its products organic on Friday.")
    # verbs that also state an official act judge by the label's head word; a label parsed as an adverbial noun
    assert types("Senator Cleaver declared the Kenyan election a fraud on Friday.") == ["ACCUSE"]
    assert types("The Kenyan minister termed the Ugandan proposal absurd.") == ["ACCUSE"]
    assert types("The Kenyan senator labelled the Ugandan plan a disgrace.") == ["ACCUSE"]
    assert "ACCUSE" not in types("The Kenyan governor declared the county a disaster area on Monday.")
    assert "ACCUSE" not in types("A Kenyan court declared the Ugandan airline bankrupt on Monday.")  # rulings
    assert "ACCUSE" not in types("Kenyan police declared the Ugandan rally unlawful on Sunday.")


def test_charges_faced_or_heard_in_court_fall_on_the_accused():
    (faced,) = coded("Michael Jones, 23, of Central Avenue faces charges of burglary and theft.")
    assert faced.event == "ACCUSE" and [r.text for r in faced.recipient] == ["Michael Jones"]
    assert not coded("The Lakers face the Celtics on Friday.")
    (heard,) = coded("John Lambe, 23, appeared in court on Monday charged with theft and harassment.")
    assert heard.event == "ACCUSE" and [r.text for r in heard.recipient] == ["John Lambe"]


def test_misgivings_voiced_are_disapproval_of_whoever_is_named():
    (concern,) = coded("The Sierra Club expressed concern on Friday about the governor's pipeline plan.")
    assert concern.event == "ACCUSE" and [r.text for r in concern.recipient] == ["governor"]
    (issue,) = coded("The teachers' union took issue with Mayor Smith on Friday.")
    assert issue.event == "ACCUSE" and "Smith" in [r.text for r in issue.recipient]
    assert not coded("The central bank expressed concern about inflation on Friday.")


def test_merge_keeps_two_named_people_charged_by_one_court_apart():
    # "Evans is charged with ...", "Harminson is charged with ...": one court, both in the United States, two people
    # charged, two events; the same man told again by his surname is one
    text = ("Ashley Evans, 25, of Dallas is charged with leaving the scene of an accident. Also appearing in court was "
            "Guy Harminson, 26, of Houston. Harminson is charged with obstruction of justice.")
    charged = [e for e in coded(text) if e.event == "ACCUSE"]
    assert len(charged) == 2 and "Evans" in charged[0].recipient[0].text
    assert "Harminson" in charged[1].recipient[0].text
    again = coded("Guy Harminson, 26, of Houston is charged with obstruction of justice. Harminson is charged with "
                  "lying to investigators.")
    assert len([e for e in again if e.event == "ACCUSE"]) == 1


def test_people_listed_as_others_arrested_are_the_target():
    found = coded("Police arrested five men in New Delhi on Monday. Others arrested include Shahid Balwa, the vice "
                  "chairman of the venture.")
    assert any(e.event == "COERCE" and any("Balwa" in r.text for r in e.recipient) for e in found)


def test_a_legislature_or_council_passing_a_measure_approves_it():
    (passed,) = coded("The Senate passed the defence bill on Monday.")
    assert passed.event == "SUPPORT" and passed.mode == "asserted"
    (adopted,) = coded("The Springfield city council approved the budget on Tuesday.")
    assert adopted.event == "SUPPORT"
    assert not coded("The quarterback passed the ball on Monday.")
    # a record of acts not done is no refusal
    assert "REJECT" not in types("Since January, he and his fellow Republicans have passed no major legislation.")


def test_a_refusal_put_as_a_condition_is_hypothetical_and_a_conditional_refusal_is_made():
    # the act inside an "if" clause is not done; an act with a condition of its own is a statement (PLOVER GSR:
    # "Syria says it will not accept any more refugees if war starts in Iraq" is a REJECT)
    found = coded("On Monday she said that if the senator does not resign, Congress should investigate.",
                  options=Options(steps=("events",), event_modes=MODES))
    assert [e.mode for e in found if e.event == "REJECT"] in ([], ["hypothetical"])
    assert "REJECT" not in types("On Monday she said that if the senator does not resign, Congress should investigate.")
    assert "REJECT" in types("Jordan says it will not accept any more refugees if war starts in Syria.")
    assert "THREATEN" in types("President Bush has threatened further action against Russia.")


def test_contests_won_words_handed_over_and_sentences_served_are_no_events():
    # the rules' own decision (the model vetoes these alone, not always in a story's context)
    assert not coded("Yancey won the race on Monday by beating Simonds by a single vote.", options=RULES)
    assert not coded("Glenn Simpson provided information to the committee on Monday.", options=RULES)
    assert not coded("He received and completed his sentence under Dutch law.", options=RULES)


def test_a_participle_after_an_apposition_that_names_its_object_is_a_past_tense():
    (called,) = coded("Michael Gerhardt, a law professor at Duke University, called Dowd's argument a stretch "
                      "on Monday.")
    assert called.event == "ACCUSE" and [a.text for a in called.actor] == ["Michael Gerhardt"]


def test_pleas_in_court_and_proceedings_faced_are_events():
    (plea,) = coded("Michael Flynn pleaded guilty on Friday to lying to the FBI about his contacts with Russia.")
    assert plea.event == "CONCEDE"
    (sued,) = coded("The company faces a lawsuit from its shareholders over the merger.")
    assert sued.event == "ACCUSE" and [r.text for r in sued.recipient] == ["company"]
    (probed,) = coded("The senator faces an investigation by the Senate ethics committee.")
    assert probed.event == "ACCUSE" and [r.text for r in probed.recipient] == ["senator"]


def test_an_inquiry_led_by_someone_into_a_state_is_theirs():
    (probe,) = coded("The Russia probe is led by Robert Mueller, the special counsel.")
    assert probe.event == "ACCUSE" and [a.text for a in probe.actor] == ["Robert Mueller"]
    assert [r.code for r in probe.recipient] == ["RUS"]
    (heads,) = coded("Sheriff's Captain Tommy Barr is heading the investigation into the shooting in Anderson County.")
    assert heads.event == "ACCUSE" and [a.text for a in heads.actor] == ["Tommy Barr"]


def test_critics_attack_in_words_and_feelings_voiced_are_no_aid():
    (attack,) = coded("Critics were quick to attack the governor's budget on Monday.")
    assert attack.event == "ACCUSE"
    assert not coded("Senate Republicans expressed relief on Monday.", options=RULES)
    assert not coded("Democrats are mobilizing African-American voters in Alabama.", options=RULES)
    (approval,) = coded("The U.S. House gave final approval to the bill on Monday.")
    assert approval.event == "SUPPORT"


def test_confirmations_curses_criticism_undergone_and_inquiries_into_someone():
    (confirmed,) = coded("The U.S. Senate on Tuesday confirmed the president's choice to lead the agency.")
    assert confirmed.event == "SUPPORT"
    (slammed,) = coded("Some congressional Republicans were quick on Wednesday to slam Steve Bannon.")
    assert slammed.event == "ACCUSE" and slammed.mode == "asserted"
    (criticised,) = coded("The Federal Emergency Management Agency came under criticism on Monday for its response.")
    assert criticised.event == "ACCUSE" and criticised.recipient
    (probe,) = coded("The inspector general launched an investigation of Ryan Zinke's travels on Monday.")
    assert [r.text for r in probe.recipient] == ["Ryan Zinke"]
    (charged,) = coded("Mueller has charged four Trump associates in his investigation.")
    assert charged.event == "ACCUSE" and charged.recipient


def test_a_surname_tagged_as_a_noun_at_a_sentence_start_is_the_person():
    found = coded("U.S. President Donald Trump arrived in Beijing on Monday. Trump met with Chinese President Xi "
                  "Jinping on Tuesday.")
    met = [e for e in found if e.trigger == "met"]
    assert met and [a.code for a in met[0].actor] == ["USA"] and [r.code for r in met[0].recipient] == ["CHN"]
    assert not coded("Alice Smith also beat out Robert Kusner for the council seat on Tuesday.", options=RULES)


def test_a_share_of_people_polled_is_a_statistic_not_an_act():
    assert not coded("The bill is not popular, with nearly half of Americans still opposed to it, according to a "
                     "Reuters/Ipsos opinion poll released on Monday.")
    assert not coded("Some 56 percent of Americans opposed the tax bill, the Reuters/Ipsos poll found on Friday.",
                     options=RULES)
    assert not coded("A majority of respondents supported the plan, according to the survey released on Monday.",
                     options=RULES)
    assert "REJECT" in types("Republican senators opposed the nomination on Monday.")


def test_a_charge_denied_has_no_target_but_its_accuser():
    (denied,) = coded("The Kremlin has denied meddling in the U.S. election.")
    assert denied.event == "REJECT" and not denied.recipient


def test_a_committee_voting_to_advance_a_bill_approves_it():
    (advanced,) = coded("The Senate Budget Committee voted on Tuesday to advance the tax bill.")
    assert advanced.event == "SUPPORT" and advanced.mode == "asserted"


def test_contests_won_races_called_pledges_made_and_waivers_received():
    assert not coded("Democrat Danica Roem beat long-time Republican incumbent Bob Marshall on Tuesday.")
    assert not coded("The New York Times called the race for de Blasio on Tuesday.", options=RULES)
    (waiver,) = coded("Iraq and Myanmar received waivers from the United States on Monday.")
    assert waiver.event == "CONCEDE" and [a.code for a in waiver.actor] == ["USA"]


def test_arriving_at_home_is_travel_and_a_response_offered_is_words():
    assert not coded("President Donald Trump arrived in Hawaii on Friday.")
    (abroad,) = coded("President Donald Trump arrived in Beijing on Friday.")
    assert abroad.event == "CONSULT"
    assert not coded("Google offered its formal response to the committee on Monday.", options=RULES)


def test_a_pronoun_after_its_own_sentences_subject_is_that_person():
    text = ("Franken's colleagues Clare McCaskill and Kirsten Gillibrand both expressed deep concern about the "
            "allegations. Former Republican vice presidential candidate Sarah Palin said reporters should be asking "
            "her about Franken. \"This is what you should be asking me about,\" Palin said, as she criticised "
            "the Democrats in the U.S. Capitol.")
    talked = [e for e in coded(text) if e.trigger == "criticised"]
    assert talked and talked[0].actor[0].canonical.endswith("Palin")  # (talking to reporters is no act between
    # sides: the listeners are an audience, since the thirty-fifth session)


def test_a_year_naming_the_thing_acted_on_does_not_date_the_act():
    (denied,) = coded("The Kremlin has denied meddling in the 2016 U.S. election.")
    assert denied.date == PUB.isoformat()
    (killed,) = coded("His father was killed in the 1994 genocide.",
                      options=Options(steps=("events",), event_modes=MODES))
    assert killed.date == "1994" and killed.mode == "background"


def test_a_firms_product_named_like_an_act_is_no_event():
    assert not coded("It swerved into the southbound lanes, where it struck a 2003 Honda Accord.")
    (signed,) = coded("The United States signed the Paris Agreement on Monday.")
    assert signed.event == "SUPPORT"


def test_a_pronoun_after_a_subject_named_in_apposition_is_that_person():
    found = coded("President Donald Trump criticized Brett Talley on Monday. Senators praised Trump on Tuesday. One of "
                  "the nominees, Brett Talley, said on Wednesday that he had withdrawn his nomination.")
    withdrawn = [e for e in found if e.event == "RETREAT"]
    assert withdrawn and withdrawn[0].actor[0].canonical == "Brett Talley"


def test_two_titled_people_joined_by_and_are_two_sides():
    (met,) = coded("U.S. President Donald Trump and Russian President Vladimir Putin met in Helsinki on Monday.")
    assert met.event == "CONSULT"
    assert [a.code for a in met.actor] == ["USA"] and [r.code for r in met.recipient] == ["RUS"]


def test_leaders_who_spoke_on_the_phone_consulted():
    (call,) = coded("French President Emmanuel Macron and German Chancellor Angela Merkel spoke on the phone on "
                    "Wednesday.")
    assert (call.event, call.cameo) == ("CONSULT", "041")
    assert {a.code[:3] for a in call.actor + call.recipient} == {"FRA", "DEU"}


def test_a_charge_laid_on_a_person_named_in_a_descriptive_clause_is_an_event():
    found = coded("Charles Whitfield, who is accused of killing a neighbour, was arrested in Ohio on Tuesday.")
    assert sorted(e.event for e in found) == ["ACCUSE", "COERCE"]
    accused = next(e for e in found if e.event == "ACCUSE")
    assert accused.recipient[0].text == "Charles Whitfield" and not accused.actor
    (firebrand,) = coded("Anna Kovacs, a populist firebrand accused of fraud, lost the vote on Sunday.")
    assert firebrand.event == "ACCUSE" and firebrand.recipient[0].text == "Anna Kovacs"
    resigned = coded("Senator Paul Hendry resigned on Thursday after being accused of bribery.")
    assert sorted(e.event for e in resigned) == ["ACCUSE", "RETREAT"]


def test_accusations_against_a_person_named_are_an_event_without_an_accuser():
    found = coded("Mayor Tom Reyes resigned on Friday amid accusations of bribery.")
    assert sorted(e.event for e in found) == ["ACCUSE", "RETREAT"]
    accused = next(e for e in found if e.event == "ACCUSE")
    assert accused.recipient[0].text == "Tom Reyes" and not accused.actor
    # a speaker who calls the accusations false denies them; he makes no accusation
    assert "ACCUSE" not in types("Mayor Tom Reyes faced a vote, with his supporters saying the allegations "
                                 "against him are false.")


def test_harm_a_measure_is_said_to_do_criticises_its_makers():
    (hurt,) = coded("Senator Ron Wyden said the Republican tax plan would hurt working families.")
    assert (hurt.event, hurt.cameo) == ("ACCUSE", "111") and hurt.recipient[0].code.startswith("USAPTYREP")
    (damage,) = coded("Governor Jerry Brown said the administration's decision would damage California's economy.")
    assert damage.event == "ACCUSE" and damage.recipient[0].sector == "GOV"
    assert not coded("Forecasters said the storm would hurt the harvest.")


def test_what_a_speaker_says_another_side_should_do_is_an_appeal():
    (appeal,) = coded("Taiwan's deputy minister Chiu Chui-cheng said China should respect Taiwan's people.")
    assert (appeal.event, appeal.cameo, appeal.mode) == ("REQUEST", "020", "reported")
    assert appeal.actor[0].code.startswith("TWN") and appeal.recipient[0].code == "CHN"
    assert not coded("President Trump said the United States should build the wall.")  # his own side's course
    assert not coded("Economists said inflation should ease next year.")  # no actor is asked
    (stop,) = coded("France said Iran must stop enriching uranium.")  # the end of a course demanded
    assert (stop.event, stop.cameo) == ("REQUEST", "100") and stop.recipient[0].code == "IRN"
    assert not coded("Kenya said it must stop importing maize.")  # its own course


def test_what_should_have_been_done_is_a_reproach():
    (reproach,) = coded("Senator Kirsten Gillibrand said former President Bill Clinton should have stepped down.")
    assert (reproach.event, reproach.cameo, reproach.mode) == ("ACCUSE", "111", "reported")
    assert reproach.recipient[0].canonical == "Bill Clinton"


def test_a_civil_office_named_general_is_no_soldier():
    (fired,) = coded("Sally Yates, the former acting attorney general, was fired by President Donald Trump in January.")
    assert fired.event == "COERCE" and fired.recipient[0].sector == "GOV"


def test_a_call_to_a_person_named_is_a_call_and_a_label_in_quotes_is_not():
    (call,) = coded("White House Chief of Staff John Kelly on Thursday called Republican Senator Chuck Grassley to "
                    "discuss a meeting.")
    assert (call.event, call.cameo) == ("CONSULT", "041") and call.recipient[0].canonical.endswith("Grassley")
    assert "CONSULT" not in types("In early October, the president called Senator Bob Corker, \u201cLiddle\u2019 Bob "
                                  "Corker\u201d in a tweet.")
    (label,) = coded("President Donald Trump has repeatedly called the dossier fake news.")
    assert (label.event, label.cameo) == ("ACCUSE", "111")


def test_hearings_set_or_held_for_a_nomination_are_no_inquiry():
    assert not coded("U.S. District Judge Amy Berman Jackson set a Monday hearing to address the trial date.")
    assert "ACCUSE" not in types("Jerome Powell said at his Senate confirmation hearing on Tuesday that he sees little "
                                 "risk.")


def test_a_missile_test_is_a_show_of_force():
    (test,) = coded("North Korea test-fired a ballistic missile on Friday.")
    assert (test.event, test.cameo) == ("MOBILIZE", "150")


def test_what_has_not_happened_yet_is_no_refusal():
    all_modes = Options(steps=("events",), event_modes=MODES)
    (conceded,) = coded("As of Wednesday night, Roy Moore had not conceded the race to Doug Jones.", options=all_modes)
    assert conceded.mode == "negated" and conceded.event == "CONCEDE"
    assert not coded("The commission did not reach a consensus on the exemption.")
    (refused,) = coded("North Korea will not accept the proposal, the minister said.")
    assert refused.event == "REJECT"


def test_a_share_of_a_people_is_a_statistic_not_an_actor():
    assert not coded("Nearly half of Americans oppose the tax bill.")
    assert not coded("In a new poll, some 52 percent of adults said they opposed the tax plan.")


def test_an_appeal_or_charge_said_beside_an_act_is_an_event_of_its_own():
    found = coded("The American Bankers Association sent a letter to U.S. Senator Orrin Hatch on Tuesday, urging him "
                  "to remove the provision.")
    assert any(e.event == "REQUEST" and e.actor[0].canonical == "American Bankers Association" for e in found)
    walked = coded("The opposition walked out of parliament on Tuesday, accusing the speaker of bias.")
    assert sorted(e.event for e in walked) == ["ACCUSE", "PROTEST"]
    charged = coded("Tom Harminson is charged with obstruction of justice, alleging he lied to investigators.")
    assert charged and not any(a.canonical == "Tom Harminson" for e in charged for a in e.actor)  # who alleges is
    # not the one charged


def test_words_of_political_blame_in_a_second_verdict_criticise():
    text = ("British Prime Minister Tony Blair faced criticism on Friday. Liberal Democrat deputy leader Menzies "
            "Campbell said he thought the report's findings were \"well justified\" and Mr Blair's style of leadership "
            "was \"corrosive of the whole system of government\".")
    blame = [e for e in coded(text) if e.trigger == "was corrosive"]
    assert blame and blame[0].event == "ACCUSE" and blame[0].recipient[0].canonical == "Tony Blair"
    assert blame[0].actor and blame[0].actor[0].text.endswith("Campbell")


def test_praise_by_a_person_no_table_places_is_no_event():
    assert not coded("The people in the town were very friendly, Anne Underwood said.")


def test_an_object_pronoun_is_not_its_own_clauses_subject():
    (insult,) = coded("President Donald Trump on Sunday again insulted North Korean leader Kim Jong Un by calling him "
                      "\"short and fat.\"")
    assert insult.event == "ACCUSE" and insult.recipient and insult.recipient[0].canonical == "Kim Jong Un"
    praised = [e for e in coded("President Donald Trump met Japanese Prime Minister Shinzo Abe and praised him.")
               if e.event == "SUPPORT"]
    assert praised and praised[0].recipient[0].code == "JPN"


def test_a_country_named_before_an_inquiry_or_as_its_deed_is_what_is_inquired_into():
    found = coded("U.S. Senate investigators said the Russia probe would continue. Peter Strzok was removed from "
                  "working on the Russia probe after media reports.")
    assert not any(a.code == "RUS" for e in found for a in e.actor)
    text = ("WASHINGTON (Reuters) - U.S. officials said on Monday the inquiry would go on. Federal investigators "
            "probing alleged Russian interference in the U.S. election charged Paul Manafort with money laundering "
            "on Monday.")
    charged = [e for e in coded(text) if e.trigger == "charged"]
    assert charged and all((a.code or "")[:3] != "RUS" for a in charged[0].actor)


def test_a_person_nominated_or_appointed_is_backed_and_a_thing_is_not():
    (nominated,) = coded("President Donald Trump on Wednesday nominated Carnegie Mellon University Professor Marvin "
                         "Goodfriend to the Federal Reserve Board.")
    assert nominated.event == "SUPPORT" and nominated.recipient[0].canonical.endswith("Goodfriend")
    assert not coded("The government appointed a committee to study the issue.")
    assert not coded("The film was nominated for an Oscar.")
    assert not coded("President Donald Trump appointed Mick Mulvaney as acting director of the agency.")  # judged
    # no act (3 appointments of 3 coded SUPPORT)


def test_a_vote_for_and_siding_with_are_support_but_not_a_habit_or_an_election():
    (sided,) = coded("A U.S. District Court judge last week sided with President Donald Trump.")
    assert sided.event == "SUPPORT" and sided.recipient[0].canonical == "Donald Trump"
    (voted,) = coded("Senator Susan Collins said on Saturday she voted for the tax bill.")
    assert voted.event == "SUPPORT"
    assert not coded("Voters in Alabama voted for Democrat Doug Jones on Tuesday.")
    assert not coded("Senator Susan Collins said she used to vote for candidates from both parties.")
    assert not coded("Some 85 percent of those who voted for President Donald Trump in 2016 said they would do so "
                     "again, the poll found.")


def test_a_denial_of_a_charge_is_kept_and_a_list_of_acts_is_each_an_act():
    found = coded("President Donald Trump denied the accusations, accused rival Democrats and the media of a smear "
                  "campaign and threatened to sue the women.")
    assert sorted(e.event for e in found) == ["ACCUSE", "REJECT", "THREATEN"]
    (denied,) = coded("Republican candidate Roy Moore has denied wrongdoing.")
    assert denied.event == "REJECT" and denied.actor[0].canonical == "Roy Moore"
    (dispersed,) = coded("Liberian riot police used tear gas to disperse demonstrators in Monrovia on Monday.")
    assert dispersed.actor and dispersed.actor[0].code.startswith("LBR")  # (no habit: "used" has an object)


def test_a_second_clause_subject_parsed_as_a_conjunct_is_that_clauses_doer():
    found = coded("Russia denies meddling in the 2016 U.S. election and President Donald Trump has denied any "
                  "collusion.")
    assert sorted((e.actor[0].code[:3], e.event) for e in found) == [("RUS", "REJECT"), ("USA", "REJECT")]
    assert not any(r.code == "USA" and r.kind == "person" for e in found for r in e.recipient)
    (concern,) = coded("City staff and council members have expressed concerns about the Mayor Joan Smith's plan.")
    assert [a.text for a in concern.actor] == ["City staff", "council members"]  # (two subjects stay two)


def test_an_admonition_to_another_is_an_appeal_and_ones_own_deed_named_is_no_criticism():
    (warned,) = coded("The EU warned President Donald Trump against recognizing Jerusalem as Israel's capital.")
    assert (warned.event, warned.cameo) == ("REQUEST", "020") and warned.recipient[0].canonical == "Donald Trump"
    assert types("The Kenyan president warned Somalia against any incursion.") == ["THREATEN"]
    assert types("The army warned the rebels to surrender or face an assault.") == ["THREATEN"]
    assert "ACCUSE" not in types("In a statement, Doug Jones called his victory \"a new chapter\" on Tuesday.")
    assert not coded("Senators fired questions for two hours at Facebook General Counsel Colin Stretch.")


def test_a_politician_attacked_in_someones_words_is_criticised():
    (words,) = coded("\"All of the very same people who were attacking President Donald Trump are also attacking us,\" "
                     "Kayla Moore said on Friday.")
    assert words.event == "ACCUSE"
    (shot,) = coded("The police said gunmen attacked Governor John Smith near his home on Friday.")
    assert shot.event == "ASSAULT"


def test_calls_or_pressure_faced_are_a_demand_on_the_one_who_faces_them():
    (calls,) = coded("The minister faced calls from the opposition to resign on Tuesday.")
    assert calls.event == "REQUEST" and calls.recipient[0].sector == "GOV" and calls.actor[0].sector == "OPP"
    (pressure,) = coded("Representative John Conyers faced increasing pressure to resign on Wednesday.")
    assert pressure.event == "REQUEST" and pressure.recipient[0].canonical == "John Conyers"


def test_talks_told_as_the_time_of_another_act_were_held():
    (met,) = coded("Canadian Prime Minister Justin Trudeau said he raised the issue of the Rohingya during his meeting "
                   "with Myanmar leader Aung San Suu Kyi.")
    assert met.event == "CONSULT" and met.actor[0].code.startswith("CAN") and met.recipient[0].code.startswith("MMR")
    assert not coded("The prime minister will speak to reporters ahead of a meeting with German Chancellor Angela "
                     "Merkel.")


def test_testimony_before_a_committee_is_talks_with_it():
    (testified,) = coded("Donald Trump Jr. testified to the House Intelligence Committee last week.")
    assert testified.event == "CONSULT" and testified.recipient and testified.recipient[0].sector == "LEG"
    assert not coded("The witness testified to the fact that he saw the car.")


def test_a_pardon_granted_is_a_release_not_aid():
    (pardon,) = coded("President Donald Trump granted a blanket pardon to Joe Arpaio, the former sheriff.")
    assert (pardon.event, pardon.cameo) == ("RETREAT", "0841") and pardon.recipient[0].canonical.endswith("Arpaio")
    # (CAMEO: "formal pardons, amnesties, commutations ... should all be coded" as a release, 0841, not 056)
    (pardoned,) = coded("Chilean President Boric pardoned the Peruvian consul.")
    assert pardoned.cameo == "0841"  # was forgiveness (056)


def _pairs(text: str) -> list[tuple[str, str, str]]:
    return [(e.event, e.actor[0].text if e.actor else "", e.recipient[0].text if e.recipient else "")
            for e in coded(text)]


@pytest.mark.parametrize("text, kind, asker", [
    ("The Ghanaian prime minister bowed to pressure from party leaders to drop the fuel tax.", "CONCEDE", "leaders"),
    ("The Ghanaian mining company met the union's demand for a pay rise.", "CONCEDE", "union"),
    ("The Ghanaian cabinet accepted the unions' request for talks.", "AGREE", "unions"),
])
def test_an_answer_to_a_demand_is_aimed_at_who_made_it(text, kind, asker):
    found = _pairs(text)
    assert [(k, t.split()[-1]) for k, _, t in found] == [(kind, asker)], found  # (not the demand itself, nor
    # nothing; the demand is told as the answer's setting, no event of its own)


def test_a_request_for_comment_is_no_demand_answered():
    assert coded("The Ghanaian ministry did not respond to a Reuters request for comment.") == []


def test_talks_told_as_the_setting_of_another_act_were_held():
    found = _pairs("In talks with Ghanaian leaders, the Togolese president urged Ghana to reopen the border.")
    assert ("CONSULT", "president", "leaders") in [(k, s.split()[-1], t.split()[-1]) for k, s, t in found], found
    assert any(k == "REQUEST" for k, _, _ in found)  # (the act it is the setting of stays)
    found = _pairs("The Togolese president flew home from talks with Ghanaian leaders in Accra.")
    assert any(k == "CONSULT" and "president" in s and "leaders" in t for k, s, t in found), found


def test_pressure_a_subject_is_under_is_a_demand_on_it():
    found = _pairs("The Ghanaian government has come under heavy pressure from the World Bank to cut fuel subsidies.")
    assert [(k, s, t) for k, s, t in found if k == "REQUEST"] and all(
        "World Bank" in s and "Ghana" in t for k, s, t in found if k == "REQUEST"), found
    assert any(k == "REQUEST" for k, _, _ in _pairs("The Ghanaian president is under pressure from the unions."))
    assert coded("The cedi came under pressure from heavy selling in Accra.") == []  # a currency: the market's
    found = coded("Last week the Ghanaian banks came under pressure to accept this, when senior Togolese officials "
                  "endorsed it as fully consistent with the plan.")
    assert [e.event for e in found] == ["SUPPORT"], found  # no one named presses: the endorsement is the news
    assert coded("Ghanaian shares remained under pressure on Friday.") == []


def test_a_state_s_division_cut_by_the_model_is_no_other_state():
    (agreed,) = coded("The New South Wales government agreed to raise cash benefits for injured miners.")
    assert agreed.actor[0].code == "AUS"  # not Wales's United Kingdom


def test_a_paragraph_opening_with_initials_is_one_sentence():
    found = coded("Trade talks resumed in Tokyo on Monday.\n\nU.S. Legislators called on Japan to open its financial "
                  "markets to more foreign firms, a spokesman said.")
    assert found and all((a.code, a.sector) == ("USA", "LEG") for e in found for a in e.actor), found
    assert coded("Former N.Z. prime minister Robert Muldoon rejected the Australian proposal.")[0].actor[0].code \
        == "NZL"


def test_what_a_speaker_calls_another_side_s_failing_blames_that_side():
    found = _pairs("Ghana raised its tariffs in retaliation for what it called Togo's failure to honour the pact.")
    assert ("ACCUSE", "Togo") in [(k, t) for k, _, t in found], found
    found = _pairs("The Ghanaian minister condemned what she called Togo's aggression against its neighbours.")
    assert [(k, t) for k, _, t in found] == [("ACCUSE", "Togo")], found  # (the condemnation's target; one event)
    assert coded("The Ghanaian firm is promoting what it calls single channel marketing.") == []
    assert not any(k == "ACCUSE" for k, _, _ in _pairs("Ghana praised what it called Togo's bold reforms."))


def test_people_of_many_nations_are_of_no_one_state():
    found = coded("Ghana's debt talks opened on Monday.\n\nTop officials of leading industrial nations welcomed the "
                  "Ghanaian plan in Accra on Monday.")
    welcomed = [e for e in found if e.event == "SUPPORT"]
    assert welcomed and all(a.code is None for e in welcomed for a in e.actor), found  # not Ghana's, the place's
    (met,) = coded("Ghanaian officials met in Accra on Monday to discuss the debt.")
    assert met.actor[0].code == "GHA"


@pytest.mark.parametrize("text", [
    "Talks between the unions and the state government broke down on Monday night.",  # (the model's veto, before)
    "Peace talks between Ghana and Togo resumed in Lome on Monday.",
    "Negotiations between Ghana and the IMF stalled over the fuel subsidy.",
])
def test_talks_told_by_their_course_were_held(text):
    assert [e.event for e in coded(text)] == ["CONSULT"]


def test_talks_whose_course_is_ahead_are_not_held():
    assert not any(e.mode in ("asserted", "reported") for e in coded(
        "Talks between Ghana and Togo could collapse if the shelling continues.",
        options=Options(steps=("events",), event_modes=tuple(MODES))))


def test_the_government_of_a_one_state_story_is_that_state_s_after_another_is_named_in_passing():
    text = ("GHANA TO KEEP COCOA FREEZE\n\nGhana will keep its freeze on new cocoa sales, the trade minister said. "
            "Togo and Ghana are the region's two largest cocoa producers. The minister said prices were "
            "too low. He said the cocoa board would study the market. Last Tuesday, the government ordered the "
            "cocoa board to freeze all new sales.")
    ordered = [e for e in coded(text) if e.trigger.startswith("ordered")]
    assert ordered and ordered[0].actor[0].code == "GHA", ordered


def test_an_indented_line_after_a_sentence_s_end_starts_a_paragraph():
    text = ("OTTAWA URGES ACTION ON ACID RAIN\n\nPrime Minister Jean Tremblay urged Americans to press the U.S.\n"
            "Congress on acid rain, which Canada sees as a test of its ties with the U.S.\n"
            "    Tremblay and President Reagan endorsed a report on acid rain last year, officials said.")
    found = coded(text)
    endorsed = [e for e in found if e.trigger.startswith("endorsed")]
    assert endorsed and any(a.text.endswith("Tremblay") for a in endorsed[0].actor), found  # not "the U.S. Tremblay"


def test_a_prime_minister_the_article_does_not_place_is_not_of_a_state_without_one():
    text = ("The United States Congress debated acid rain on Monday. U.S. senators said the U.S. would act.\n\n"
            "Prime Minister Jean Tremblay urged Americans to press Congress, in a shift of Canada's strategy "
            "with the United States.")
    urged = [e for e in coded(text) if e.trigger.startswith("urged")]
    assert urged and urged[0].actor[0].code == "CAN", urged  # not the story's United States: it has no premier


def test_a_resignation_announced_is_the_resignation():
    """Twenty-sixth session: "said she would resign" is leaving office (the GSR's RETREAT), not an intent (AGREE)."""
    (event,) = coded("Senator Jane Roe said on Friday that she would resign from the Senate effective immediately.")
    assert event.cameo == "0831" and event.mode in ("asserted", "reported")
    (agreed,) = coded("The Peruvian minister agreed to resign on Friday.")
    assert agreed.event == "AGREE"  # agreeing to go is still an agreement


def test_a_verb_joined_to_a_negated_one_is_negated_too():
    assert coded("Lopez wrote that he had never met or spoken to the Chilean envoy.") == []


def test_talks_called_off_or_that_never_took_place_are_not_held():
    assert coded("The cancelled talks between Chile and Peru were to focus on fishing rights.") == []
    assert coded("The effort to set up a meeting between Chile and Peru - which never took place - was disclosed on "
                 "Monday.") == []
    (blame,) = coded("Chile criticized the abortive Peruvian visit to the border.")
    assert blame.event == "ACCUSE"  # the criticism of a trip called off is made


def test_what_an_order_forbids_is_no_refusal():
    assert not any(e.event == "REJECT" for e in coded(
        "The judge ordered him not to discuss the case with Peruvian officials."))
    assert not any(e.event == "REJECT" for e in coded(
        "Had it been published, prosecutors say it would have violated a court order not to meet Chilean officials."))


def test_a_wire_note_on_the_copy_reports_no_event():
    note = "(This version of the story corrects paragraph 3 to clarify the sanctions Chile imposed on Peru)"
    assert coded(note) == []


def test_a_hyphenated_pair_of_states_holds_the_talks():
    (talks,) = coded("U.S.-China talks were held in Beijing on Monday.")
    assert talks.event == "CONSULT" and {a.code for a in talks.actor + talks.recipient} == {"USA", "CHN"}


def test_a_name_over_the_event_noun_gives_it_no_party():
    assert not any(a.text == "Farmers" for e in coded("The Chilean minister spoke at the World Forum for Farmers "
                                                      "summit in Lima on Monday.") for a in e.actor + e.recipient)


def test_a_partners_country_is_not_the_doers():
    events = coded("The ministers met with Russian officials in Geneva on Monday.")
    assert events and not any(a.code == "RUS" for e in events for a in e.actor)


def test_a_special_counsel_is_a_prosecutor():
    (event,) = coded("The special counsel accused the former aide of lying to investigators.")
    assert event.event == "ACCUSE" and event.actor[0].sector == "JUD"


def test_a_wire_storys_unnamed_bodies_are_of_its_dateline():
    text = ("Adviser wrote article on Ukraine work, court told\n\nWASHINGTON (Reuters) - A former campaign adviser "
            "worked on an article about his political work for Ukraine, a filing in a U.S. court said on Monday. The "
            "article praised Ukraine's former leaders and Ukraine's parliament. The United States charged him in "
            "October. Prosecutors said the judge should reject his request to change his bail.")
    (request,) = [e for e in coded(text) if e.event == "REQUEST"]
    assert request.actor[0].code == "USA"  # a story from Washington most about Ukraine: its prosecutors are the US's


def test_people_of_one_government_are_each_their_own_side():
    (order,) = coded("Chilean President Ana Silva in January directed Defence Minister Jorge Lima to conduct a review.")
    assert [r.canonical for r in order.recipient] == ["Jorge Lima"]
    (blame,) = coded("Chilean Foreign Minister Jorge Lima was criticized by Chilean diplomats on Monday.")
    assert [r.canonical for r in blame.recipient] == ["Jorge Lima"]  # though the diplomats serve the same state


def test_a_state_of_siege_is_no_actor():
    events = coded("The military government declared a 30-day state of siege in Haiti on Saturday.")
    assert events and not any("state" in r.text for e in events for r in e.recipient)


def test_a_surname_the_model_tags_elsewhere_is_that_person_where_it_reads_a_noun():
    text = ("Aides to Trump praised the budget deal on Monday, and critics of Trump attacked it. Trump held a meeting "
            "with Chilean President Ana Silva on Thursday.")
    assert any(e.event == "CONSULT" and e.actor and e.actor[0].text == "Trump" for e in coded(text))


def test_talks_wrapped_up_were_held_and_a_contract_awarded_is_cooperation():
    (talks,) = coded("Chilean President Ana Silva and Peruvian President Jorge Lima wrapped up their talks on trade.")
    assert talks.event == "CONSULT"
    (deal,) = coded("The Chilean air force awarded Boeing Co a $90 million contract.")
    assert deal.event == "COOPERATE" and deal.recipient[0].canonical.startswith("Boeing")


def test_a_passive_joined_to_an_active_verb_is_done_to_its_subject():
    (fired,) = coded("Chilean Interior Minister Jorge Lima served 24 days but was fired on Monday.")
    assert fired.event == "COERCE" and [r.canonical for r in fired.recipient] == ["Jorge Lima"] and not any(
        a.canonical == "Jorge Lima" for a in fired.actor)


def test_defending_ones_own_record_is_no_support():
    assert coded("Former Chilean President Ana Silva has been forced to defend her record on Monday.") == []
    (backing,) = coded("France defended Israel on Monday.")
    assert backing.event == "SUPPORT"


def test_an_idea_shot_down_is_rejected():
    (event,) = coded("The Chilean Senate shot down the proposal on Monday.")
    assert event.event == "REJECT"


def test_a_complaint_told_as_a_clause_is_about_its_subject():
    (event,) = coded("China complained on Monday that Japan had violated the fishing agreement.")
    assert event.event == "ACCUSE" and [r.code for r in event.recipient] == ["JPN"]
    (prices,) = coded("The Chilean minister complained on Monday that prices were too high.")
    assert not prices.recipient


def test_a_subject_pronoun_takes_the_subject_before_not_a_name_it_governs():
    text = ("Peruvian businessman Jorge Lima was called to testify because of the Lima meeting, which the newspaper "
            "described as an effort to connect the Chilean president Ana Silva with Moscow. He met with the "
            "Peruvian committee voluntarily.")
    (met,) = [e for e in coded(text) if e.text.startswith("He met")]
    assert met.actor and met.actor[0].canonical == "Jorge Lima"
    text = ("Chilean Foreign Minister Ana Silva proposed new fishing rules on Monday. Peruvian union leader Jorge Lima "
            "said fishermen need larger boats. He praised Silva's move.")
    (praise,) = [e for e in coded(text) if e.event == "SUPPORT"]
    assert praise.actor[0].canonical == "Jorge Lima"


def test_she_is_the_woman_named_lately_not_a_man_whose_sex_is_unknown():
    text = ("Chilean Interior Minister Ana Silva said she would extend the migrants' permits. Chief of staff Jorge "
            "Lima and adviser Pedro Soto both called Silva on Monday. She refused to reverse the "
            "decision.")
    (refusal,) = [e for e in coded(text) if e.event == "REJECT"]
    assert refusal.actor[0].canonical == "Ana Silva"


def test_one_man_meeting_two_bodies_of_one_state_holds_two_meetings():
    text = ("Businessman Jorge Lima met with the Chilean Senate committee on Monday. Lima said he had met "
            "Chilean President Ana Silva just once.")
    assert len([e for e in coded(text) if e.event == "CONSULT"]) == 2


def test_a_thing_of_the_doers_own_state_is_no_target():
    (passed,) = coded("The Chilean Senate approved the Senate tax reform bill on Monday.")
    assert passed.event == "SUPPORT" and not passed.recipient


def test_a_claim_disputed_is_rejected_and_a_states_own_agency_acts():
    (event,) = coded("China's drug control agency last week disputed the Chilean minister's claim about fentanyl.")
    assert event.event == "REJECT" and event.actor[0].code == "CHN"


def test_pronouns_of_a_pair_of_speakers_and_storms():
    (support,) = coded("Last week, Chilean Senators Jorge Lima and Pedro Soto said they would support the bill.")
    assert [a.canonical for a in support.actor] == ["Jorge Lima", "Pedro Soto"] and not support.recipient
    assert coded("Hurricane Maria hit the island in September. Even before Maria savaged Puerto Rico, the island was "
                 "contending with debt.") == []


def test_topics_a_speech_lists_and_what_someone_is_asked_about_are_no_acts():
    assert not any(e.event in ("ASSAULT", "COERCE") for e in coded(
        "The Chilean minister spoke on policy challenges such as the war in Syria and Russia's occupation of Crimea."))
    assert coded("Pressed about stepping aside and allowing a woman to take his seat, Chilean Senator Jorge Lima "
                 "said he would not.") == []


def test_a_name_inside_a_clause_on_the_object_does_not_bar_the_pronoun():
    text = ("Chilean President Pedro Soto met Peruvian President Ana Silva on Monday. Soto ignited a firestorm in May "
            "when he fired police chief Jorge Ramos, who had been leading an inquiry into the Soto campaign.")
    (fired,) = [e for e in coded(text) if e.event == "COERCE"]
    assert fired.actor and fired.actor[0].canonical == "Pedro Soto"


def test_he_said_after_a_quote_is_the_speaker_of_the_sentence_before():
    text = ("Chilean Senator Pedro Soto said he backed the bill. \"The bill would raise taxes on families,\" Chilean "
            "Senator Jorge Lima said. \"Republicans should go back to the drawing board and restore the deduction,\" "
            "he said in a statement.")
    (request,) = [e for e in coded(text) if e.event == "REQUEST"]
    assert request.actor and request.actor[0].canonical == "Jorge Lima"


def test_them_after_people_just_named_are_those_people():
    (swipe,) = [e for e in coded("Soto also mentioned Chilean intelligence officials, calling them political "
                                 "hacks.") if e.event == "ACCUSE" and e.trigger.startswith("call")]
    assert [r.code for r in swipe.recipient] == ["CHL"]
    # ("took a swipe at" them is the event itself now: a verb of verbal attack of the lexicon)
    (swipe,) = [e for e in coded("Soto also took a swipe at Chilean intelligence officials, calling them political "
                                 "hacks.") if e.event == "ACCUSE"]
    assert [r.code for r in swipe.recipient] == ["CHL"]


def test_a_headlines_second_planned_act_is_planned_too():
    text = ("Chile's Soto to give major speech, then press Peru to do more\n\nSANTIAGO (Reuters) - Chilean President "
            "Pedro Soto will give a speech on Tuesday, aides said.")
    assert not any(e.event == "REQUEST" for e in coded(text))


def test_a_label_parsed_as_the_objects_apposition_is_no_phone_call():
    praise = "Chilean President Pedro Soto called Peruvian officials \u201cmaster negotiators\u201d on Monday."
    assert coded(praise) == []
    (blame,) = coded("Chilean President Pedro Soto called Peruvian officials \u201cliars\u201d on Monday.")
    assert blame.event == "ACCUSE"
    (call,) = coded("Chilean President Pedro Soto called Peruvian President Ana Silva, a veteran diplomat, on Monday "
                    "to discuss trade.")
    assert call.event == "CONSULT"


def test_what_a_person_acts_on_of_their_own_state_is_no_target_but_its_bodies_are():
    (blame,) = coded("Chilean Finance Minister Jorge Ramos criticised state subsidies on Monday.")
    assert not blame.recipient
    (talks,) = coded("Chilean Finance Minister Jorge Ramos met company managers in Santiago on Monday.")
    assert [r.text for r in talks.recipient] == ["company managers"]


def test_a_possessive_takes_its_sentences_named_subject_but_an_object_pronoun_does_not():
    (left,) = coded("Chilean minister Jorge Ramos said in a statement referring to his resignation: \"I have great "
                    "respect for the cabinet.\"")
    assert left.actor and left.actor[0].canonical == "Jorge Ramos"
    assert not any(r.canonical == "Ana Silva" for e in coded(
        "Ana Silva, 61, a store clerk, said she knew one of Ramos's accusers and she believed the allegations "
        "against him.") for r in e.recipient)


def test_a_relative_clause_set_off_after_a_name_is_that_partys_own_act():
    found = coded("Chilean President Pedro Soto criticised Peruvian President Ana Silva, who accused him of "
                  "meddling in the election.")
    (charge,) = [e for e in found if e.trigger.startswith("accused")]
    assert charge.event == "ACCUSE" and charge.actor[0].code.startswith("PER")
    assert [r.code[:3] for r in charge.recipient] == ["CHL"]
    assert any(e.trigger.startswith("criticised") for e in found)
    # a clause that describes a place stays a description when the sentence reports an act of its own
    assert [e.event for e in coded("Chilean troops seized the town, where rebels had killed 24 people.")] == [
        "ASSAULT"]  # (the town taken by force; the killing told in the clause is no event of its own)


def test_a_person_fired_in_a_relative_clause_is_dismissed_not_shot():
    (fired,) = coded("Former intelligence director Luis Vega, who was fired by Chilean President Pedro Soto in May, "
                     "testified on Monday.")
    assert fired.event == "COERCE" and fired.cameo == "170"
    assert [r.canonical for r in fired.recipient] == ["Luis Vega"]


def test_criticism_drawn_from_critics_named_after_from():
    (rebuke,) = coded("Chile's decision drew condemnation from Peru on Monday.")
    assert rebuke.event == "ACCUSE"
    assert rebuke.actor[0].code.startswith("PER") and [r.code[:3] for r in rebuke.recipient] == ["CHL"]
    (words,) = coded("Pedro Soto's remarks provoked a sharp rebuke from Peru.")
    assert words.event == "ACCUSE" and [r.canonical for r in words.recipient] == ["Pedro Soto"]
    assert not [e for e in coded("Chilean President Pedro Soto faced criticism that he lifted the ban on fishing.")
                if e.event == "ACCUSE"]  # no critic named


def test_the_one_a_noun_of_blame_names_with_of():
    (charge,) = [e for e in coded("Prosecutor Luis Vega's indictment of Jorge Ramos was unsealed on Monday.")
                 if e.event == "ACCUSE"]
    assert [r.canonical for r in charge.recipient] == ["Jorge Ramos"]


def test_what_a_speaker_calls_anothers_wrong_by_its_people_or_an_adjective():
    (blame,) = [e for e in coded("Peruvian President Ana Silva said the tariffs were a response to what she called "
                                 "Chilean aggression.") if e.event == "ACCUSE"]
    assert [r.code[:3] for r in blame.recipient] == ["CHL"]
    (exposed,) = [e for e in coded("Chile vowed to expose what it called Peru's destabilizing activities.")
                  if e.event == "ACCUSE"]
    assert exposed.mode == "asserted" and [r.code[:3] for r in exposed.recipient] == ["PER"]


def test_a_charge_called_a_hoax_is_denied_not_blamed_on_what_it_says():
    (denial,) = coded("Chilean President Pedro Soto called the allegations of collusion with Peru a hoax.")
    assert denial.event == "REJECT" and not denial.recipient
    assert [e.event for e in coded("Chilean President Pedro Soto called the allegations troubling.")] == ["ACCUSE"]


def test_a_speaker_asks_a_body_of_their_own_state_but_not_the_state_or_their_own_kind():
    (ask,) = coded("Chilean Senator Jorge Ramos said the Central Bank of Chile should raise interest rates.")
    assert ask.event == "REQUEST" and ask.recipient and ask.recipient[0].code.startswith("CHL")
    assert not coded("Chilean President Pedro Soto said Chile should build a new port.")
    assert not coded("Senators should act quickly on the budget, Chilean Senator Jorge Ramos said.")


def test_a_headline_names_the_target_its_lead_leaves_out():
    text = ("Soto criticised in Peru for sharing videos\n\nSANTIAGO (Reuters) - Chilean President Pedro Soto on "
            "Wednesday shared videos posted by a fringe party leader, drawing condemnation from Peru.")
    (blame,) = [e for e in coded(text) if e.event == "ACCUSE"]
    assert blame.actor[0].code.startswith("PER") and [r.code[:3] for r in blame.recipient] == ["CHL"]


def test_pulling_out_of_talks_breaks_them_off_and_troops_pulling_out_retreat():
    (off,) = coded("Socialist leaders pulled out of talks with Chilean President Pedro Soto on Tuesday.")
    assert off.event == "SANCTION" and off.cameo == "164"
    assert [r.canonical for r in off.recipient] == ["Pedro Soto"]
    (back,) = coded("Chilean troops pulled out of the town on Tuesday.")
    assert back.event != "SANCTION"


def test_an_order_that_someone_be_detained_is_the_orderers_act_on_them():
    (held,) = coded("A Chilean judge ordered Jorge Ramos detained on Tuesday.")
    assert held.event == "COERCE"
    assert held.actor and held.actor[0].canonical != "Jorge Ramos"
    assert [r.canonical for r in held.recipient] == ["Jorge Ramos"]


def test_no_evidence_of_a_wrong_denies_it():
    (denial,) = coded("Chilean presidential spokeswoman Ana Silva said there was no evidence of collusion with Peru.")
    assert denial.event == "REJECT" and not denial.recipient
    (also,) = coded("Chilean presidential spokeswoman Ana Silva said there was no evidence that the campaign colluded "
                    "with Peru.")
    assert also.event == "REJECT"
    assert not coded("Chilean police said there was no evidence of a crime.")


def test_markets_rallying_votes_gathered_and_an_idea_appealing_to_a_taste_are_no_events():
    assert not coded("The Santiago Stock Exchange rallied on Monday as Chile's tax bill gained momentum.")
    assert not [e for e in coded("Chilean senators said they had gathered the votes needed to pass the bill.")
                if e.event == "PROTEST"]
    assert not coded("Ramos's background appealed to Chilean President Pedro Soto's preference for business figures.")
    (rally,) = coded("Thousands of Chilean opposition supporters rallied in Santiago on Sunday.")
    assert rally.event == "PROTEST"
    (miners,) = coded("Chilean gold miners rallied in Santiago on Monday.")
    assert miners.event == "PROTEST"  # people named by what they mine are no market
    (plea,) = coded("Chilean President Pedro Soto appealed to Peru to release the fishermen.")
    assert plea.event == "REQUEST"


def test_a_court_blocking_a_ban_rejects_it_and_the_bans_owner():
    (blocked,) = coded("A federal judge blocked Chilean President Pedro Soto's travel ban on Monday.")
    assert blocked.event == "REJECT" and [r.canonical for r in blocked.recipient] == ["Pedro Soto"]


def test_a_deed_a_speaker_says_was_not_done_is_a_denial():
    (denial,) = coded("Chilean President Pedro Soto has repeatedly said his campaign did not collude with Peru.")
    assert denial.event == "REJECT" and denial.mode in ("asserted", "reported") and not denial.recipient
    (clean,) = coded("Chilean President Pedro Soto said he had done nothing wrong.")
    assert clean.event == "REJECT"
    assert not [e for e in coded("Chilean President Pedro Soto said he did not attack anyone.")
                if e.event == "REJECT"]


def test_more_verbs_of_verbal_attack_and_a_blow_struck_with_a_weapon():
    for verb in ("railed against", "assailed", "insulted", "taunted", "sniped at", "took a swipe at"):
        (blame,) = coded(f"Chilean Senator Ana Silva {verb} Peruvian President Jorge Ramos on Monday.")
        assert blame.event == "ACCUSE" and [r.canonical for r in blame.recipient] == ["Jorge Ramos"], verb
    (blow,) = coded("The gunman savaged the officer with a knife.")
    assert blow.event == "ASSAULT"
    assert coded("Chilean rebels denounced the government on Monday.")[0].event == "ACCUSE"


def test_suits_faced_by_named_plaintiffs_and_allegations_by_people_against_a_person():
    (suits,) = coded("Chilean President Pedro Soto faces numerous suits by advocacy groups challenging his decrees.")
    assert suits.event == "ACCUSE" and [r.canonical for r in suits.recipient] == ["Pedro Soto"]
    assert suits.actor and suits.actor[0].text == "advocacy groups"
    (charge,) = coded("Allegations made by three women against Chilean Senator Jorge Ramos surfaced on Monday.")
    assert [r.canonical for r in charge.recipient] == ["Jorge Ramos"]


def test_a_pact_named_for_a_city_is_no_party_but_a_states_plan_is_its_own():
    (refusal,) = coded("Chile refused to join the Lima pact on Monday.")
    assert refusal.event == "REJECT" and not refusal.recipient
    (rejection,) = coded("Chile rejected the Peruvian plan on Monday.")
    assert [r.code[:3] for r in rejection.recipient] == ["PER"]


def test_holds_stated_opposition_bars_and_pitches():
    (hold,) = coded("Chilean Senator Jorge Ramos placed a hold on the pension bill on Wednesday.")
    assert hold.event == "REJECT"
    (stance,) = coded("Chilean Senator Jorge Ramos announced his opposition to the tax bill.")
    assert stance.event == "REJECT" and not stance.recipient  # his opposition is no opposition party
    (again,) = coded("Chilean Senator Jorge Ramos reiterated the Chilean government's opposition to a tax increase.")
    assert again.event == "REJECT" and not again.recipient  # the stance's holder is his own side
    (barred,) = coded("The Chilean Senate parliamentarian barred Senator Jorge Ramos's proposal.")
    assert barred.event == "REJECT" and [r.canonical for r in barred.recipient] == ["Jorge Ramos"]
    (pitch,) = coded("Chilean President Pedro Soto made another pitch for Socialist support on Tuesday.")
    assert pitch.event == "REQUEST"


def test_a_charge_called_false_among_other_words_is_denied():
    (denial,) = coded("Lawyers for Chilean President Pedro Soto said the allegations were outrageous and false.")
    assert denial.event == "REJECT"


def test_the_one_told_what_they_should_do_is_the_target():
    (ask,) = coded("Chilean President Pedro Soto said he had told Senator Jorge Ramos that he should resign.")
    assert ask.event == "REQUEST" and [r.canonical for r in ask.recipient] == ["Jorge Ramos"]
    (demand,) = coded("Chilean President Pedro Soto told Peru that it must withdraw its troops.")
    assert [r.code[:3] for r in demand.recipient] == ["PER"]


def test_admiration_expressed_proposals_embraced_opposition_dropped_and_threats_over_anothers_doing():
    (praise,) = coded("Chilean President Pedro Soto has expressed admiration for Peruvian President Ana Silva.")
    assert praise.event == "SUPPORT" and [r.canonical for r in praise.recipient] == ["Ana Silva"]
    (backing,) = coded("Chilean Foreign Minister Ana Silva has embraced the proposal.")
    assert backing.event == "SUPPORT"
    assert not coded("The two Chilean leaders embraced on the tarmac.")
    (given_up,) = coded("Chilean mining companies dropped their opposition to the measure.")
    assert given_up.cameo == "080"  # yielded
    (threat,) = coded("Chilean President Pedro Soto has threatened action over Peru's trade surplus.")
    assert threat.event == "THREATEN" and [r.code[:3] for r in threat.recipient] == ["PER"]


def test_a_threat_nouns_act_names_whom_it_is_aimed_at():
    (threat,) = coded("Chilean President Pedro Soto's threats of military action against Peru alarmed diplomats.")
    assert threat.event == "THREATEN" and [r.code[:3] for r in threat.recipient] == ["PER"]


def test_people_named_by_their_kind_after_a_preposition_are_the_target():
    cases = {
        "The Chilean governor held talks with the rebels on Monday.": ("CONSULT", "rebels"),
        "Chilean President Pedro Soto issued an ultimatum to Mapuche leaders.": ("THREATEN", "Mapuche leaders"),
        "Senator Jorge Ramos demanded an apology from the prime minister.": ("REQUEST", "prime minister"),
        "Chilean troops fired on protesters outside the governor's office.": ("ASSAULT", "protesters"),
    }
    for text, (kind, target) in cases.items():
        evs = [e for e in coded(text) if e.event == kind]
        assert evs and [r.text for r in evs[0].recipient] == [target], text


def test_a_preposition_that_says_what_about_or_belongs_to_another_clause_gives_no_target():
    (swap,) = coded("The interior ministry and the police exchanged data on migrants on Monday.")
    assert "migrants" not in [r.text for r in swap.recipient]
    (warning,) = coded("The Chilean envoy warned the Mapuche militia that any attack would be met with force.")
    assert "force" not in [r.text for r in warning.recipient]


def test_an_envoy_summoned_at_his_post_is_his_states_not_the_posts():
    (summons,) = coded("Chile summoned the Peruvian ambassador in Santiago to complain about the raid.")
    assert summons.event == "ACCUSE" and [r.code[:3] for r in summons.recipient] == ["PER"]
    (expelled,) = coded("Chile said on Friday it had expelled diplomats from Peru and Bolivia.")
    assert sorted(r.code[:3] for r in expelled.recipient) == ["BOL", "PER"]  # (not the diplomats, the states)


def test_a_pact_left_or_broken_names_its_other_party():
    (renege,) = coded("Chilean President Pedro Soto on Tuesday reneged on the fishing accord with Peru.")
    assert [r.code[:3] for r in renege.recipient] == ["PER"]
    (quit_,) = coded("Chile pulled out of the border treaty with Bolivia.")
    assert [r.code[:3] for r in quit_.recipient] == ["BOL"]


def test_things_with_an_agents_ending_are_no_target():
    (stance,) = coded("A Chilean shareholder fund voiced opposition to the bank's planned takeover of the exchange.")
    assert not any("takeover" in r.text for r in stance.recipient)


def test_a_doer_who_is_the_speaker_is_named_by_the_speakers_words():
    (refusal,) = coded("Chile says it will not accept any more refugees from Peru.")
    assert refusal.event == "REJECT" and [a.text for a in refusal.actor] == ["Chile"]
    (release,) = coded("He was released on Saturday, Captain Jorge Ramos of the Santiago prison said.")
    assert [r.text for r in release.recipient] == ["He"]  # (one acted on keeps the text's own word)


def test_a_casualty_told_with_the_attack_in_a_clause_of_time_is_the_attackers_assault():
    evs = coded("At least two policemen were killed when Mapuche rebels launched an attack on a police station in "
                "Temuco on Monday.")
    assert [e.event for e in evs] == ["ASSAULT"]
    assert [a.text for a in evs[0].actor] == ["Mapuche rebels"]
    assert not any(e.actor for e in coded("Three people were killed when their car hit a tree near Temuco."))
    # (a crash is no clause of force: no attacker)


def test_two_subjects_of_an_act_done_with_each_other_are_each_others_side():
    (deal,) = coded("Chile and Peru have agreed to share information on fishing stocks.")
    assert [a.code[:3] for a in deal.actor] == ["CHL"] and [r.code[:3] for r in deal.recipient] == ["PER"]
    (failed,) = coded("Chile and Bolivia failed to reach agreement on the border.")
    assert [a.code[:3] for a in failed.actor] == ["CHL"] and [r.code[:3] for r in failed.recipient] == ["BOL"]
    (blame,) = coded("Chile and Peru condemned the bombing.")
    assert len(blame.actor) == 2 and not blame.recipient  # (no act of one on the other)
    struck = coded("Chile and Peru struck agreements with their creditor banks on Monday.")
    assert not any(r.text in ("Chile", "Peru") for e in struck for r in e.recipient)  # (each with its banks)


def test_a_suspension_or_expulsion_announced_and_ties_cut_off_reduce_relations():
    (aid,) = coded("Chile last week announced a suspension of aid to Bolivia.")
    assert aid.event == "SANCTION" and [r.code[:3] for r in aid.recipient] == ["BOL"]
    (links,) = coded("Chile announced a suspension of air links with Bolivia on Wednesday.")
    assert links.event == "SANCTION" and [r.code[:3] for r in links.recipient] == ["BOL"]
    (expulsion,) = coded("Chile ordered the expulsion of two Bolivian diplomats.")
    assert expulsion.event == "SANCTION"
    (talks,) = coded("Chile cut off talks with Bolivia on Monday.")
    assert talks.event == "SANCTION" and [r.code[:3] for r in talks.recipient] == ["BOL"]


def test_a_request_approved_or_permission_given_is_acceding_to_the_one_who_asked():
    (approval,) = coded("The Chilean defence minister approved a request from the Bolivian army for help.")
    assert approval.event in ("YIELD", "CONCEDE") and [r.code[:3] for r in approval.recipient] == ["BOL"]
    (leave,) = coded("Chile had given Bolivia permission to use its airspace.")
    assert leave.event in ("YIELD", "CONCEDE")  # (the parse makes "Bolivia permission" one noun: no target yet)


def test_comments_refuted_or_rebutted_are_denied():
    (denial,) = coded("The Chilean government strongly refuted Peru's comments on the border.")
    assert denial.event == "REJECT" and [r.code[:3] for r in denial.recipient] == ["PER"]
    assert types("The Chilean ministry rebutted the claims on Monday.") == ["REJECT"]


def test_a_spokesmans_we_is_the_body_not_the_spokesman():
    (refusal,) = coded('"We will resist the charges," said a Siemens spokesman in Munich.')
    assert [a.text for a in refusal.actor] == ["Siemens"]
    (other,) = coded('"We will resist the charges," said a Codelco spokesman in Santiago.')
    assert [a.text for a in other.actor] == ["We"]  # (a body the tables do not know: its word, not the spokesman)


def test_the_doer_of_a_deed_acted_on_is_the_target():
    (blame,) = coded("Chile condemned the attack by Peruvian rebels on Monday.")
    assert blame.event == "ACCUSE" and [r.text for r in blame.recipient] == ["Peruvian rebels"]
    (blame2,) = coded("The Chilean government condemned the protest by farmers who stormed a court building.")
    assert [r.text for r in blame2.recipient] == ["farmers"]
    (quashed,) = coded("The Santiago appeals court rejected an appeal filed by lawyers for Senator Jorge Ramos.")
    assert quashed.event == "REJECT" and quashed.recipient


def test_demands_of_people_known_by_their_kind_name_who_is_yielded_to():
    (given,) = coded("Chilean President Pedro Soto conceded to the demands of the protesting truck drivers.")
    assert [r.text for r in given.recipient] == ["protesting truck drivers"]


def test_an_investigation_dropped_is_yielding():
    (dropped,) = coded("Chilean prosecutors dropped the probe into Senator Jorge Ramos on Monday.")
    assert dropped.event in ("YIELD", "CONCEDE") and [r.canonical for r in dropped.recipient] == ["Jorge Ramos"]


def test_a_report_released_accusing_someone_is_its_publishers_accusation():
    (charge,) = coded("Human Rights Watch released a report accusing Chilean police of torture.")
    assert charge.event == "ACCUSE" and [a.canonical for a in charge.actor] == ["Human Rights Watch"]
    (received,) = coded("The Chilean senator received a report accusing the minister of fraud.")
    assert not received.actor  # (who receives a report does not accuse)


def test_a_call_made_to_discuss_something_is_a_call_not_a_name_given():
    (call,) = coded("Chilean Foreign Minister Ana Silva called Peruvian Foreign Minister Jorge Ramos to discuss a "
                    "number of border-related topics.")
    assert call.event == "CONSULT" and [r.code[:3] for r in call.recipient] == ["PER"]
    (blame,) = coded("Chilean Foreign Minister Ana Silva called the Peruvian move an escalation.")
    assert blame.event == "ACCUSE"


def test_refugees_accepted_are_humanitarian_aid():
    (shelter,) = coded("Chile accepted 1,200 Venezuelan refugees in May.")
    assert shelter.event == "AID" and shelter.cameo == "075"


def test_groups_of_states_named_by_their_region_get_its_code_not_a_nearby_country():
    (condemned,) = coded("Nordic countries condemned the bombing of the Chilean consulate.")
    assert condemned.event == "ACCUSE" and _codes(condemned.actor) == ["SCN"]  # was no event: no actor
    (criticised,) = coded("Latin American leaders criticised Peru over the border closure.")
    assert _codes(criticised.actor) == ["LAM"] and criticised.actor[0].sector == "GOV"  # was the United States
    (urged,) = coded("Baltic states urged Chile to expel the ambassador.")
    assert _codes(urged.actor) == [None] and _codes(urged.recipient) == ["CHL"]  # was Chile's own
    (sanctions,) = coded("The West imposed new sanctions on Peru on Monday.")
    assert sanctions.actor[0].canonical == "the West" and _codes(sanctions.actor) == ["WST"]


def test_a_regions_word_inside_another_name_or_modifier_is_no_region():
    (union,) = coded("European Union officials met Chilean ministers in Santiago.")
    assert _codes(union.actor) == ["IGOEUR"]
    (backed,) = coded("The Western-backed government in Lima accused Chile of spying.")
    assert _codes(backed.actor) == ["PER"]
    (one,) = coded("The Central Asian nation signed a trade deal with Chile on Monday.")
    assert all(a.code != "CAS" for a in one.actor)  # one country named before, not the region


def test_us_federal_agencies_named_by_initials_are_the_united_states_not_the_other_side():
    (returned,) = coded("ICE returned 12 stolen statues to Peru on Monday.")
    assert _codes(returned.actor) == ["USACOP"] and _codes(returned.recipient) == ["PER"]  # was no event
    (deported,) = coded("Immigration and Customs Enforcement deported 40 Guatemalans on Tuesday.")
    assert _codes(deported.actor) == ["USACOP"]  # was Guatemala's
    (charged,) = coded("The Justice Department charged two Chinese hackers with espionage.")
    assert [a.code[:3] for a in charged.actor] == ["USA"]


def test_a_state_owning_what_an_act_is_about_is_not_the_doers_country():
    story = ("SANTIAGO (Reuters) - Chile's Senate opened hearings on Monday into the bribery scandal at the state "
             "mining company. Prosecutors opened an inquiry into Peru's role in the scandal on Tuesday.")
    inquiry = next(e for e in coded(story) if "inquiry" in e.trigger)
    assert _codes(inquiry.actor) == ["CHL"] and _codes(inquiry.recipient) == ["PER"]  # the prosecutors were Peru's


def test_cyber_attacks_are_coded_and_silencing_the_press_restricts_freedoms():
    (hack,) = coded("Peru launched a cyberattack on Chile's electoral commission on Monday.")
    assert hack.cameo == "170" and _codes(hack.recipient) == ["CHL"]  # was no event
    (warfare,) = coded("Chile carried out cyber attacks on Peruvian banks.")
    assert warfare.event == "ASSAULT"  # force, as PLV_train codes cyber attacks (was COERCE, the codebook's)
    assert types("Peru attacked Chile on Monday.") == ["ASSAULT"]
    (closed,) = coded("Peru shut down two opposition newspapers on Monday.")
    assert closed.cameo == "1721"  # was 172, a general administrative sanction


def test_refusing_to_answer_someones_request_rejects_it_but_the_press_gets_no_comment():
    (refused,) = coded("The Peruvian minister refused to respond to a request from 20 Chilean lawmakers to detail it.")
    assert refused.event == "REJECT" and _codes(refused.recipient) == ["CHL"]  # was no event (boilerplate)
    (demands,) = coded("Peru refused to answer the demands of the Chilean government.")
    assert demands.event == "REJECT" and _codes(demands.recipient) == ["CHL"]
    assert coded("The Peruvian ministry refused to respond to a request from the newspaper El Comercio.") == []
    assert coded("The Peruvian ministry declined to respond to a request from Chile for comment.") == []


def test_a_truce_by_its_long_name_and_a_warrant_revoked_ease_the_conflict():
    (truce,) = coded("The Peruvian president declared a cessation of hostilities with the rebels on Monday.")
    assert truce.cameo == "0871"  # was no event
    assert coded("Peru declared a cessation of interest payments on its debt.") == []  # no truce
    (revoked,) = coded("A Chilean court revoked the arrest warrant for the former Peruvian president.")
    assert revoked.cameo == "081" and _codes(revoked.recipient) == ["PER"]


def test_merge_keeps_two_acts_of_one_type_apart_in_a_story_about_one_country():
    from newscoder.models import Event, EventActor
    from newscoder.steps.event_merge import merge

    def ev(cameo, start, target=True):
        chile = [EventActor(text="Chile", canonical="Chile", code="CHL", kind="state")]
        return Event(event="ACCUSE", mode="", cameo=cameo, quad_class=3, goldstein=-2.0, actor=chile,
                     recipient=chile if target else [], date="2022-05-13", location=None, text=f"s{start}",
                     start=start, end=start + 2)

    # an inquiry opened (no target) is no report of senators accusing the president: two events (was one)
    assert [e.cameo for e in merge([ev("090", 0, target=False), ev("112", 10)])] == ["090", "112"]
    # two reports of one accusation, one with its target left out: one event
    (one,) = merge([ev("112", 0, target=False), ev("112", 10)])
    assert one.mentions == 2
    # an accusation and an investigation between the same sides are two events (was one)
    assert len(merge([ev("112", 0), ev("090", 10)])) == 2


def test_merge_keeps_a_resignation_and_an_easing_apart():
    from newscoder.models import Event, EventActor
    from newscoder.steps.event_merge import merge

    def ev(cameo, start):
        mp = [EventActor(text="Blake Farenthold", canonical="Blake Farenthold", code="USA", kind="person")]
        return Event(event="RETREAT", mode="", cameo=cameo, quad_class=2, goldstein=5.0, actor=mp, recipient=[],
                     date="2017-12-14", location=None, text=f"s{start}", start=start, end=start + 2)

    # "he would not seek re-election" and "I allowed a culture to take root": two acts of YIELD (was one)
    assert [e.cameo for e in merge([ev("0831", 0), ev("086", 10)])] == ["0831", "086"]
    (one,) = merge([ev("0831", 0), ev("0831", 10)])  # two reports of one resignation stay one
    assert one.mentions == 2


def test_a_retort_fired_back_is_words_unless_soldiers_fire():
    (retort,) = coded("Chilean Senator Ana Soto fired back at President Boric on Tuesday and said she would not be "
                      "silenced.")
    assert retort.event == "ACCUSE" and _codes(retort.recipient) == ["CHL"]  # was an assault
    (shots,) = coded("Chilean soldiers fired back at the gunmen on Tuesday.")
    assert shots.event == "ASSAULT"


def test_a_name_of_praise_is_support_and_a_quoted_label_in_a_headline_is_criticism():
    (praise,) = coded("Chilean Senator Ana Soto called Boric's endorsement \u201ccertainly a nice thing,\u201d but "
                      "did not say whether it would influence her decision.")
    assert praise.event == "SUPPORT" and [r.canonical for r in praise.recipient] == ["Boric"]  # was criticism
    (success,) = coded("The Chilean minister called the Peruvian proposal a great success.")
    assert success.event == "SUPPORT" and _codes(success.recipient) == ["PER"]  # was no event
    assert coded("The Chilean minister called the findings plausible.") == []  # a thing of no one's
    (blame,) = coded("Chilean Senator Soto calls Boric tax plan 'disgraceful sham'")
    assert blame.event == "ACCUSE" and [r.canonical for r in blame.recipient] == ["Boric"]  # was a phone call


def test_a_target_named_by_its_owners_thing_is_the_owner():
    (denial,) = coded("Chile rejected Peruvian allegations of spying on Monday.")
    assert [(r.text, r.code) for r in denial.recipient] == [("Peruvian", "PER")]  # was "Peruvian allegations"
    (backed,) = coded("Chilean senators backed the Peruvian government's proposal.")
    assert _codes(backed.recipient) == ["PER"]
    (troops,) = coded("Peruvian troops attacked Chilean soldiers on Monday.")
    assert [a.text for a in troops.actor] == ["Peruvian troops"]  # people keep their words


def test_a_forecast_that_someone_will_be_fair_is_no_promise():
    assert coded("Peru says the Chilean inquiry will be fair.") == []  # was an intent (AGREE 032)
    (praise,) = coded("Peru said the Chilean inquiry was fair and thorough.")
    assert praise.event == "SUPPORT"


def test_blocking_someone_from_an_act_rejects_it_but_blocking_a_road_restricts_movement():
    (ruling,) = coded("A Chilean judge blocked the government from enforcing the new rules.")
    assert ruling.event == "REJECT" and _codes(ruling.recipient) == ["CHL"]  # was a blockade (191)
    (road,) = coded("Chilean police blocked workers from reaching the port.")
    assert road.cameo == "191"


def test_forces_capable_of_an_attack_are_no_attack():
    assert coded("Peru has trained 500 hackers capable of launching cyber warfare against Chile, officials said.") == []
    (hack,) = coded("Peru launched cyber warfare against Chile on Monday.")
    assert hack.event == "ASSAULT"  # force, as PLV_train codes cyber warfare (was COERCE)


def test_an_act_weighed_is_not_done_and_a_law_requiring_something_is_no_request():
    assert coded("Peru mulled expelling the Chilean ambassador.") == []  # was an expulsion
    (expelled,) = coded("Peru expelled the Chilean ambassador.")
    assert expelled.event == "SANCTION"
    assert coded("The official ruled that oil drilling is not exempt from a Chilean law requiring the ministry to "
                 "commission an assessment.") == []  # was a request with no one asking


def test_a_request_for_comment_is_boilerplate_for_the_rules_too():
    rules = Options(steps=("events",), event_model=False)
    assert coded("The Chilean ministry did not respond to a Reuters request for comment.", options=rules) == []
    (sent,) = coded("Chile sent Peru a request for information on the suspects.", options=rules)
    assert sent.event == "REQUEST"


def test_a_threat_told_after_a_colon_beside_another_act_is_its_own_event():
    evs = coded("The Chilean president took a balanced approach: threatening to use force against Peru if needed, "
                "but also offering it talks.")
    assert sorted(e.event for e in evs) == ["AGREE", "THREATEN"]  # the threat was dropped as a description


def test_a_thing_said_to_threaten_or_encourage_is_no_ones_threat_or_appeal():
    assert coded("President Boric's budget cuts threaten to dismantle the Chilean foreign service, two Chilean "
                 "diplomats wrote.") == []  # was a threat by the cuts
    assert coded("The bill would lower the rate to 20 percent, which Chilean leaders say would encourage companies "
                 "to invest more.") == []  # was the leaders' appeal
    (threat,) = coded("Chile threatened to expel the Peruvian ambassador.")
    assert threat.event == "THREATEN"


def test_two_sides_acting_on_each_other_and_a_complaint_about_someone_name_the_target():
    (each,) = coded("Chile and Peru accused each other of violating the ceasefire.")
    assert _codes(each.actor) == ["CHL"] and _codes(each.recipient) == ["PER"]  # was two sources, no target
    (another,) = coded("Chile and Peru criticised one another on Monday.")
    assert _codes(another.recipient) == ["PER"]
    (complaint,) = coded("Two women on his staff complained that the Chilean senator had harassed them.")
    assert [r.text for r in complaint.recipient] == ["Chilean senator"]


def test_the_administration_of_a_head_of_state_named_with_his_party_is_his_state():
    (restricted,) = coded("The administration of Republican President Donald Trump imposed new restrictions on travel "
                          "to Cuba on Friday.")
    assert _codes(restricted.actor) == ["USA"]  # was no code ("Republican" took the place of a country)


def test_documents_provided_in_a_court_filing_are_no_aid():
    assert coded("In a court filing, Chilean prosecutors provided emails, copies of documents and other materials "
                 "they said proved that the senator lied.") == []  # was aid (070)
    (tents,) = coded("Chile provided tents and blankets to Peru.")
    assert tents.event == "AID"


def test_a_visit_that_will_be_wrapped_up_is_under_way():
    (visit,) = coded("Chilean President Boric will wrap up his visit to Lima on Wednesday.")
    assert visit.event == "CONSULT" and visit.mode == "asserted"  # was an intent to meet (036), future
    assert coded("Chilean President Boric will begin a visit to Lima on Wednesday.") == []  # a plan


def test_a_partys_attack_on_a_person_is_in_words_but_rebels_attack_with_arms():
    evs = coded("Republicans have attacked Special Counsel Robert Mueller, who has charged four Trump associates.")
    assert [e.event for e in evs if e.trigger == "attacked"] == ["ACCUSE"]  # was an assault
    (armed,) = coded("Chilean rebels attacked the mayor of Arica on Monday.")
    assert armed.event == "ASSAULT"


def test_a_decree_signed_does_what_its_clause_says_by_its_signer():
    (decree,) = coded("Chilean President Boric signed a decree imposing sanctions on Peru.")
    assert _codes(decree.actor) == ["CHL"] and _codes(decree.recipient) == ["PER"]  # was no source


def test_a_readiness_offered_to_another_party_is_an_offer_made_now():
    (offer,) = coded("Chile is prepared to provide aid to Peru.")
    assert offer.event == "AGREE" and offer.mode == "asserted" and _codes(offer.recipient) == ["PER"]  # was future
    (said,) = coded("The minister said Chile is ready to send experts to Peru.")
    assert said.event == "AGREE" and said.mode == "reported"
    assert coded("Chile would be willing to send experts to Peru.") == []  # a condition, no offer
    assert coded("The Chilean parliament is ready to approve the budget.") == []  # no other side: readiness
    (yielding,) = coded("Chile is willing to withdraw its troops from the border zone.")
    assert (yielding.event, yielding.cameo) == ("AGREE", "035")  # a concession offered (CAMEO's example of 035)


def test_a_meeting_put_on_the_calendar_between_named_parties_is_an_intent_to_meet():
    (meeting,) = coded("Chilean President Boric will meet Peruvian President Castillo in Lima on Monday.")
    assert meeting.event == "AGREE" and meeting.cameo == "036" and meeting.mode == "asserted"  # was future
    assert _codes(meeting.actor) == ["CHL"] and _codes(meeting.recipient) == ["PER"]
    (talks,) = coded("Chilean President Boric is set to hold talks with the Peruvian government on Thursday.")
    assert talks.cameo == "036" and _codes(talks.recipient) == ["PER"]
    assert talks.date == "2022-05-19"  # the coming Thursday (was the one before the Friday of publication)
    assert coded("Chilean President Boric hopes to meet Peruvian President Castillo next year.") == []  # a hope
    assert coded("Chilean President Boric is expected to meet Peruvian President Castillo.") == []  # a forecast
    assert coded("Chilean President Boric will visit the Peruvian beach resort of Mancora.") == []  # a place


def test_a_cooperative_act_put_on_the_calendar_between_named_parties_is_an_intent():
    # CAMEO 03: "all cooperative actions reported in future tense are taken to imply intentions"
    (release,) = coded("Chilean President Boric will release Peruvian prisoners on Monday.")
    assert release.event == "AGREE" and release.cameo == "035" and release.mode == "asserted"  # was future
    (aid,) = coded("Chile will send food aid to Peru next week.")
    assert aid.cameo == "033" and aid.mode == "asserted" and _codes(aid.recipient) == ["PER"]
    assert coded("Chile hopes to send food aid to Peru next year.") == []  # a hope
    assert coded("Chile is expected to release Peruvian prisoners.") == []  # a forecast
    assert coded("Chile will withdraw its troops from the border zone.") == []  # no other party
    assert coded("Under the agreement, Chile will release Peruvian prisoners next year.") == []  # the pact's terms


def test_an_agreement_reached_is_one_finalized():
    (deal,) = coded("Chile reached an agreement with Peru on fishing rights on Monday.")
    assert deal.event == "SUPPORT" and deal.cameo == "057"  # was an intent to cooperate (030)
    (compromise,) = coded("Chile and Peru reached a compromise on fishing rights.")
    assert compromise.event == "AGREE"  # a compromise is no signed text
    assert [e.event for e in coded("Chile and Peru failed to reach an agreement on fishing rights.")] == ["REJECT"]


def test_a_call_made_to_give_support_is_that_support():
    (congratulated,) = coded("Chilean President Boric called Peruvian President Castillo on Wednesday to "
                             "congratulate him on his election.")
    assert congratulated.event == "SUPPORT" and _codes(congratulated.recipient) == ["PER"]  # was a call (041)
    (condolences,) = coded("Boric telephoned Peruvian President Castillo to offer his condolences.")
    assert condolences.event == "SUPPORT"
    (discussed,) = coded("Boric called Peruvian President Castillo to discuss the border.")
    assert discussed.event == "CONSULT"


def test_a_members_act_and_the_bodys_are_two_events():
    evs = coded("Chile's Congress passed the budget. Chilean Senator Ximena Rincon sponsored the subsidy bill.")
    assert sorted(e.trigger for e in evs) == ["passed budget", "sponsored"]  # the sponsoring was folded into the vote
    evs = coded("Chile's Senate condemned the attack on the embassy. Chilean Senator Ximena Rincon also condemned "
                "the attack.")
    assert [len(e.evidence) for e in evs] == [1, 1]  # two condemnations, not one told twice


def test_a_named_actors_policy_blamed_is_that_actor_blamed():
    (blamed,) = coded("Former Chilean president Bachelet blamed Boric's economic policies for the crisis.")
    assert blamed.event == "ACCUSE" and [r.text for r in blamed.recipient] == ["Boric"]  # was no event (a thing)
    assert coded("The Chilean minister blamed high copper prices for the slump.") == []  # a cause, no one accused


def test_an_investigation_its_investigator_says_it_will_open_is_announced():
    (probe,) = coded("Chile's prosecutor general said it will investigate the Peruvian consul over the smuggling case.")
    assert probe.event == "ACCUSE" and probe.mode == "reported"  # was future
    assert coded("The newspaper said Chile's prosecutor general will investigate the Peruvian consul.") == []  # a plan


def test_a_delay_or_order_granted_is_a_request_acceded_to():
    (delay,) = coded("The European Union granted Chile a delay of three months.")
    assert delay.event in ("YIELD", "CONCEDE") and _codes(delay.recipient) == ["CHL"]  # was aid (070)
    (order,) = coded("A Chilean judge granted the restraining order sought by Peru's government.")
    assert order.cameo == "080"


def test_an_easing_decided_by_its_doer_is_done():
    (eased,) = coded("Chile has decided to partially lift economic sanctions on Peru.")
    assert eased.event in ("YIELD", "RETREAT", "CONCEDE") and _codes(eased.recipient) == ["PER"]  # was an intent
    assert coded("The board decided to sell the company.") == []


def test_an_order_to_close_an_outlet_or_leave_the_country_is_coercion():
    (closed,) = coded("The Chilean government ordered the opposition newspaper to suspend publication.")
    assert (closed.event, closed.cameo) == ("COERCE", "1721")  # was a demand (100)
    (expelled,) = coded("The Chilean government ordered the Peruvian aid workers to leave the country.")
    assert (expelled.cameo, _codes(expelled.recipient)) == ("174", ["PER"])
    (demand,) = coded("The Chilean government ordered police to arrest the protesters.")
    assert demand.event == "REQUEST"  # an order to arrest is a demand until carried out


def test_a_lawsuit_vowed_is_a_threat():
    (vow,) = coded("A group of Chilean governors vowed to sue the Peruvian government.")
    assert vow.event == "THREATEN" and _codes(vow.recipient) == ["PER"]  # was the lawsuit itself (115)
    (suit,) = coded("The Chilean governors sued the Peruvian government.")
    assert suit.event == "ACCUSE"
    assert coded("A Chilean terror suspect plans to sue the Peruvian government.") == []  # a plan, no threat


def test_sanctions_authorized_or_extended_are_imposed_and_a_petition_is_a_request():
    (imposed,) = coded("Chilean President Boric authorized new sanctions against Peru on Thursday.")
    assert (imposed.cameo, _codes(imposed.recipient)) == ("163", ["PER"])  # was no event
    (extended,) = coded("The European Union extended its sanctions on Peru for six months.")
    assert extended.cameo == "163"
    (petition,) = coded("The Chilean company petitioned the Supreme Court of Peru to block the law.")
    assert petition.event == "REQUEST"  # was no event


def test_a_claim_that_someone_violated_or_stifled_is_an_accusation():
    (charge,) = coded("The Peruvian opposition said the Chilean president had violated the constitution.")
    assert charge.event == "ACCUSE" and _codes(charge.recipient) == ["CHL"]  # was no event
    (stifled,) = coded("Peru said Chile had silenced dissidents.")
    assert stifled.event == "ACCUSE" and _codes(stifled.actor) == ["PER"]


def test_a_show_hosted_is_no_meeting_and_no_intention_is_a_negation():
    assert coded("The Chilean minister hosted a radio show in Santiago.") == []  # was a meeting hosted (043)
    (summit,) = coded("Chile hosted a summit of Peruvian and Bolivian leaders.")
    assert summit.event == "CONSULT"
    assert coded("The Chilean president said he has no intention of meeting the Peruvian president.") == []


def test_support_pledged_is_given_and_a_deal_agreed_is_finalized():
    (pledge,) = coded("The Chilean president pledged his full support for Peru.")
    assert (pledge.event, pledge.cameo) == ("SUPPORT", "051")  # was an intent to cooperate (030)
    (deal,) = coded("Chile and Peru have agreed a landmark free trade agreement.")
    assert (deal.event, deal.cameo) == ("SUPPORT", "057")
    (intent,) = coded("Chile agreed to withdraw its troops from Peru.")
    assert intent.event == "AGREE"


def test_a_unit_of_soldiers_sent_is_soldiers_sent():
    (platoon,) = coded("Chile sent a platoon of soldiers to Haiti for a peacekeeping mission.")
    assert platoon.event == "AID" and _codes(platoon.recipient) == ["HTI"]  # was no event
    assert coded("Chilean civil servants give material to ministers every week.") == []  # papers, no aid


def test_a_firms_loan_to_a_firm_is_business_not_aid():
    (loan,) = coded("Deutsche Bank has lent the Chilean mining firm Codelco hundreds of millions of dollars.")
    assert loan.event == "COOPERATE"  # was aid (071)
    (aid,) = coded("The World Bank lent Chile 500 million dollars.")
    assert aid.event == "AID"


def test_a_lawsuit_or_ruling_acts_for_its_author():
    (sued,) = coded("A lawsuit filed by the Chilean union accused President Boric of violating the constitution.")
    assert sued.event == "ACCUSE" and _codes(sued.actor) == ["CHL"]  # was no event (a thing as the doer)
    (blocked,) = coded("The Chilean court's ruling blocked the government's ban on protests.")
    assert blocked.event == "REJECT" and _codes(blocked.actor) == ["CHL"]  # was no event
    assert coded("The storm's damage hurt Chilean farmers.") == []


def test_classes_of_the_sixty_seventh_check():
    assert coded("Chilean President Boric is set to visit Valparaiso province on Monday.") == []  # his own state's
    assert coded("Chilean farmers are set to protest at the ruling party's conference.") == []  # a plan, no threat
    assert coded("Former Chilean president Bachelet did not vote for Boric last year.") == []  # no refusal
    assert coded("The Chilean prosecutor and a colleague exchanged texts that disparaged Boric.") == []
    assert coded("Chilean judge Silva has established himself as one of the court's most conservative judges.") == []
    assert coded("Chilean carmakers have invested billions in electric vehicles.") == []  # no other party
    (invested,) = coded("China invested three billion dollars in Chile.")
    assert invested.event == "COOPERATE"
    assert not [e for e in coded("A new book describes the president now occupying the Chilean White House.")
                if e.event == "COERCE"]


def test_a_pejorative_name_given_in_the_passive_is_criticism_by_the_agent():
    (described,) = coded("The Chilean minister was described as irresponsible by the Peruvian Human Rights Commission.")
    assert described.event == "ACCUSE" and _codes(described.actor) == ["PER"]  # was no event
    (branded,) = coded("The Chilean minister was branded a liar by the Peruvian opposition.")
    assert _codes(branded.actor) == ["PER"]  # was no source
    assert coded("The Chilean plan was described as ambitious by the Peruvian minister.") == []


def test_sentencing_guidelines_sentence_no_one():
    assert coded("The Chilean committee was responding to sentencing guidelines issued this summer.") == []
    (sentenced,) = coded("A Chilean court sentenced the former minister to five years in prison.")
    assert sentenced.event == "ACCUSE"


def test_a_leaders_name_before_administration_codes_his_states_government():
    events = coded("The Obama administration accused Israeli officials of stalling the talks.")
    assert [(a.code, a.sector) for e in events for a in e.actor] == [("USA", "GOV")]


def test_people_used_as_human_shields_are_assaulted_by_those_using_them():
    (shields,) = coded("Chilean rebels used Peruvian villagers as human shields near the border.")
    assert shields.event == "ASSAULT" and shields.cameo == "184"  # was no event
    assert _codes(shields.actor)[0].startswith("CHL") and _codes(shields.recipient) == ["PER"]
    assert coded("Chilean protesters formed a human shield around the mosque.") == []  # no one held


def test_troops_leaving_a_state_withdraw_from_it():
    (left,) = coded("The last Chilean soldiers left Peru on Monday.")
    assert left.event == "RETREAT" and left.cameo == "0872" and _codes(left.recipient) == ["PER"]  # was no event
    (leaving,) = coded("Chilean troops have begun leaving Peru.")
    assert leaving.cameo == "0872"
    assert coded("The Chilean minister left Peru on Monday.") == []  # a trip
    assert coded("The Chilean soldiers left the barracks at dawn.") == []  # no state left
    assert coded("Chilean diplomatic personnel left Peru in August.") == []  # no army's forces


def test_forces_deployed_to_keep_the_peace_are_peacekeepers_sent():
    (mission,) = coded("Chile announced the deployment of 200 troops to Haiti on a peacekeeping mission.")
    assert mission.event == "AID" and mission.cameo == "074"  # was a mobilization (154)
    assert _codes(mission.actor) == ["CHL"] and _codes(mission.recipient) == ["HTI"]
    (passive,) = coded("About 200 Chilean soldiers were deployed as peacekeeping forces in Haiti.")
    assert passive.cameo == "074" and _codes(passive.actor) == ["CHL"]  # the soldiers, doers for their state
    border = coded("Chile deployed troops to the border after peacekeepers were attacked in Haiti.")
    assert [e.event for e in border if e.trigger.startswith("deployed")] == ["MOBILIZE"]  # the peacekeepers are
    # another clause's (whose attack is an event of its own)
    (hyphen,) = coded("Chile deployed peace-keeping troops to Haiti on Thursday.")
    assert hyphen.cameo == "074"


def test_local_officials_titled_in_two_words_are_government():
    (lifted,) = coded("County Executive Ana Rivas lifted the curfew on Monday.")
    assert [a.sector for a in lifted.actor] == ["GOV"]  # was no event: a person with no code and no sector
    (condemned,) = coded("City Councillor Ana Rivas condemned the attack on the mosque.")
    assert [a.sector for a in condemned.actor] == ["GOV"]


def test_blows_dealt_by_armed_forces_are_force_used():
    (pounded,) = coded("Chilean warplanes pounded rebel positions near the Peruvian border on Friday.")
    assert pounded.event == "ASSAULT" and pounded.cameo == "195"  # was no event
    (hit,) = coded("Chilean troops hit Peruvian positions across the river.")
    assert hit.event == "ASSAULT" and hit.cameo == "190" and _codes(hit.recipient) == ["PER"]
    assert coded("Storms pounded the coast of Chile on Friday.") == []  # no force
    assert coded("Chilean soldiers hit a landmine near the Peruvian border.") == []  # by chance
    assert coded("The Chilean army hit its recruitment target.") == []  # a figure
    assert coded("The Chilean army targeted young Peruvians with a new advertising campaign.") == []  # an aim


def test_a_newspapers_publication_suspended_is_the_press_silenced():
    (silenced,) = coded("Chilean authorities suspended publication of the country's largest newspaper.")
    assert silenced.event == "COERCE" and silenced.cameo == "1721"  # was no event (read as an idiom)
    assert coded("The Chilean statistics office suspended publication of its monthly trade figures.") == []
    assert coded("The Chilean journal suspended publication of the paper pending a review.") == []  # a study


def test_sanctions_prolonged_are_imposed():
    (prolonged,) = coded("The European Union is prolonging sanctions against Chile for a year.")
    assert prolonged.event == "COERCE" and prolonged.cameo == "163"  # was no event


def test_people_set_free_are_released():
    (freed,) = coded("Chilean rebels set free two Peruvian hostages on Monday.")
    assert freed.event == "RETREAT" and freed.cameo == "0841"  # was no event
    (passive,) = coded("Two Peruvian activists were set free by the Chilean government.")
    assert passive.cameo == "0841" and _codes(passive.actor) == ["CHL"]
    assert coded("Chile set free trade zones along the Peruvian border.") == []  # no one released


def test_what_critics_say_someone_did_is_their_criticism():
    (said,) = coded("Critics say Chilean President Boric has ignored the drought in the north.")
    assert said.event == "ACCUSE" and [r.text for r in said.recipient] == ["Chilean President Boric"]  # was none
    (own,) = coded("Chilean President Boric's critics say he has used the protests as an excuse to curb the press.")
    assert [r.text for r in own.recipient] == ["Chilean President Boric"]  # whose critics "he" is
    assert coded("Critics say Chilean President Boric will win the election.") == []  # a forecast
    assert coded("Critics say the new Chilean law will curb the press.") == []  # no one's act named
    assert coded("Critics say Chilean President Boric won the election in 2018.") == []  # no wrong told
    assert coded("Chilean President Boric's critics say they lost their jobs.") == []  # "they" are the critics


def test_people_named_for_whom_they_oppose_are_that_states_opposition():
    (condemned,) = coded("Kremlin critics condemned the verdict against the Chilean journalist.")
    assert [(a.code, a.sector) for a in condemned.actor] == [("RUS", "OPP")]  # was the Kremlin itself (RUSGOV)


def test_refuge_sought_in_a_region_a_union_or_an_embassy_is_asylum_asked():
    (region,) = coded("Around 7,000 Peruvians have sought refuge in Chile's Arica region since January.")
    assert region.event == "REQUEST" and "CHL" in _codes(region.recipient)  # was no event
    (embassy,) = coded("The Peruvian opposition leader sought refuge in the Chilean embassy in Lima.")
    assert _codes(embassy.recipient) == ["CHL"]
    assert coded("Peruvian villagers sought refuge in a church in Lima.") == []  # fled there
    assert coded("Peruvian gunmen sought refuge in the Church of the Nativity in Lima.") == []  # a church by name


def test_a_counterpart_named_after_the_word_is_the_one_met():
    (met,) = coded("Chilean President Boric met his counterpart Peruvian President Pedro Castillo in Lima.")
    assert [r.text for r in met.recipient] == ["Peruvian President Pedro Castillo"]  # was Lima, the place


def test_a_ban_or_deal_violated_is_defied_and_a_speakers_claim_of_it_an_accusation():
    (violated,) = coded("Peru has violated a UN ban on arms sales to Chile.")
    assert violated.event == "REJECT" and violated.cameo == "128"  # was the ban itself (COERCE 172)
    (claimed,) = coded("The UN said Peru had breached the arms deal with Chile.")
    assert claimed.event == "ACCUSE" and _codes(claimed.actor) == ["IGOUNO"] and _codes(claimed.recipient) == ["PER"]
    (ceasefire,) = coded("Peru violated the ceasefire with Chile on Monday.")
    assert ceasefire.cameo == "196"  # a ceasefire violated is force used
    (law,) = coded("The Peruvian minister said Chilean President Boric had breached the law.")
    assert law.event == "ACCUSE" and _codes(law.recipient) == ["CHL"]  # a law broken, in a claim: a charge
    (agreement,) = coded("Peru violated the ceasefire agreement with Chile on Monday.")
    assert agreement.cameo == "196"  # the ceasefire's agreement too


def test_joint_war_games_and_drills_are_military_cooperation():
    (games,) = coded("The armies of Chile and Peru performed joint war games in October.")
    assert games.event == "COOPERATE" and games.cameo == "062"  # was no event
    (drills,) = coded("Chile and Peru staged joint naval drills off Arica.")
    assert drills.cameo == "062" and _codes(drills.recipient) == ["PER"]
    assert coded("Chilean firefighters staged a drill at the airport.") == []  # no military drill
    (alone,) = coded("Chile staged military drills near the Peruvian border.")
    assert alone.event == "MOBILIZE" and alone.cameo == "150"  # one side's drills: a show of force


def test_forces_arriving_are_sent_not_visiting():
    (arrived,) = coded("Chilean troops arrived in Peru on Monday.")
    assert arrived.event == "MOBILIZE"  # was a visit (042)
    (peace,) = coded("Chilean peacekeeping troops arrived in Haiti on Monday.")
    assert peace.event == "AID" and peace.cameo == "074"
    (visit,) = coded("The Chilean president arrived in Lima on Monday.")
    assert visit.event == "CONSULT"
    assert [e.event for e in coded("A Chilean aid convoy arrived in Peru on Monday.")] == ["CONSULT"]  # no army
    (platoon,) = coded("Chile sent a platoon to Haiti.")
    assert platoon.event == "AID" and _codes(platoon.recipient) == ["HTI"]  # was no event


def test_an_act_named_by_its_noun_and_object_is_that_act():
    (tariffs,) = coded("Chile announced an imposition of tariffs on Peruvian copper on Monday.")
    assert tariffs.event == "COERCE" and _codes(tariffs.actor) == ["CHL"] and _codes(tariffs.recipient) == ["PER"]
    (lifted,) = coded("The European Union announced the lifting of sanctions on Peru.")
    assert lifted.event == "RETREAT" and _codes(lifted.recipient) == ["PER"]  # both were no event


def test_a_forecast_granted_about_things_is_no_deal():
    assert coded("The Chilean opposition agreed public spending would increase more slowly under its plans.") == []
    assert coded("The Peruvian minister conceded the accord would have the effect of stabilizing prices.") == []
    (talks,) = coded("Chile and Peru agreed that talks would resume in May.")
    assert talks.event == "AGREE"  # talks are an act
    (corridor,) = coded("Chile and Peru agreed the border corridor would open on Monday.")
    assert corridor.event == "AGREE"  # a deal's content, no forecast


def test_conjunctions_names_habits_and_market_offers_are_no_events():
    assert types("Chile has backed Peruvian membership, provided it sticks with economic reform.") == [
        "SUPPORT"]  # the backing only: "provided" opens a condition, no aid
    assert "AID" in types("Chile recognised Peru in 1821, provided it with aid and trained its army.")  # a verb
    assert coded("He said that with the move, called a standstill arrangement, Chile hoped to avoid default.") == []
    (habit,) = coded("The Chilean president has regular meetings with the Peruvian president.",
                     options=Options(steps=("events",), event_modes=MODES))
    assert habit.mode == "hypothetical"  # a habit (was asserted)
    (annual,) = coded("The Chilean president signed the annual defence bill on Tuesday.")
    assert annual.mode == "asserted"  # one act, whatever the bill's period
    (regular,) = coded("Regular Chilean troops attack rebel base near the Peruvian border.")
    assert regular.event == "ASSAULT"  # regular troops, no habit
    assert coded("Chilean dealers offered 106 pct for the Peruvian certificates.") == []
    assert coded("Peru was offering new crop at 1,460 stg a tonne.") == []


def test_a_side_opposed_to_a_plan_holds_the_stance():
    (opposed,) = coded("Chile is opposed to the Peruvian plan.")
    assert _codes(opposed.actor) == ["CHL"] and _codes(opposed.recipient) == ["PER"]  # Chile was the target
    (by,) = coded("The Chilean plan was opposed by Peru.")
    assert _codes(by.actor) == ["PER"]


def test_a_hunger_strike_counted_in_weeks_and_a_workers_strike_launched_are_protests():
    (hunger,) = coded("A Peruvian activist is entering the seventh week of a hunger strike outside the Chilean "
                      "embassy.")
    assert hunger.event == "PROTEST" and _codes(hunger.actor) == ["PER"]  # was no event (no striker found)
    (workers,) = coded("Chilean copper workers launched a strike on Monday.")
    assert workers.event == "PROTEST"  # was an air strike (195)
    (raid,) = coded("Chile launched a strike on Peruvian positions.")
    assert raid.event == "ASSAULT"


def test_singled_out_for_a_fault_is_criticism_and_for_praise_is_praise():
    (fault,) = coded("The Chilean minister singled out Peru for its failure to curb smuggling.")
    assert fault.event == "ACCUSE" and _codes(fault.recipient) == ["PER"]  # was no event
    (praised,) = coded("The Chilean minister singled out Peru for praise.")
    assert praised.event == "SUPPORT"
    assert coded("The Chilean report singled out three regions.") == []  # no "for": no verdict
    assert coded("The UN singled out Chile for its role in the peace talks.") == []  # a mention, no verdict


def test_shots_in_a_figure_of_speech_are_words_and_responders_arriving_no_visit():
    (broadside,) = coded("The Chilean minister fired a broadside at the Peruvian government.")
    assert broadside.event == "ACCUSE" and _codes(broadside.recipient)[0][:3] == "PER"  # was no event
    (volley,) = coded("Chilean troops fired a volley at Peruvian positions.")
    assert volley.event == "ASSAULT"  # armed: shots
    assert [e.event for e in coded("Chile fired a salvo of missiles at the sea off Peru.")] == ["ASSAULT"]
    assert coded("Chilean President Boric comes out shooting") == []
    assert coded("The Chilean police were called but the attacker had gone by the time officers arrived.") == []
    assert coded("The Chilean firm's bankruptcy filing freed it from posting a bond.") == []


def test_an_act_wanted_of_another_is_a_demand_and_arguing_against_a_rejection():
    (wanted,) = coded("Chilean President Boric wants to see a phased withdrawal of Peruvian troops from the border.")
    assert wanted.event == "REQUEST" and _codes(wanted.recipient) == ["PER"]  # was no event
    assert coded("Chilean President Boric wants to see a new stadium in Santiago.") == []  # no act of anyone's
    (argued,) = coded("Chile argued against the Peruvian plan.")
    assert argued.event == "REJECT"  # was no event


def test_own_forces_and_envoys_moved_are_no_side_and_the_state_they_leave_is():
    (left,) = coded("Ecuador withdrew its troops from Colombia on Friday.")
    assert left.event == "RETREAT" and _codes(left.recipient) == ["COL"]  # was no target (its own troops)
    (out,) = coded("Ecuador pulled its soldiers out of Colombia.")
    assert _codes(out.recipient) == ["COL"]  # the "of" hung on the particle
    (recalled,) = coded("Ecuador recalled its ambassador from Colombia.")
    assert recalled.cameo == "161" and _codes(recalled.recipient) == ["COL"]  # was its own ambassador
    (withdrawn,) = coded("Ecuador withdrew its ambassador from Colombia.")
    assert withdrawn.cameo == "161" and _codes(withdrawn.recipient) == ["COL"]  # relations cut, no troops moved
    (willing,) = coded("Ecuador is willing to withdraw its troops from Colombia.")
    assert willing.event == "AGREE" and _codes(willing.recipient) == ["COL"]  # an offer to another party
    assert [e.cameo for e in coded("Ecuador is willing to withdraw its troops from the border zone.")] == [
        "035"]  # a concession offered, whoever it is offered to (CAMEO's example of 035)
    (expelled,) = coded("Ecuador expelled two Colombian diplomats.")
    assert _codes(expelled.recipient) == ["COL"]  # another state's envoys stay the target
    (sent,) = coded("Ecuador sent its troops to Colombia.")
    assert _codes(sent.recipient) == ["COL"]



def test_what_is_provided_decides_the_act():
    (money,) = coded("Ecuador gave pounds 500,000 to the Colombian Red Cross.")
    assert money.cameo == "071"  # was no event: the parser's object is the figure, the currency its dative
    (lent,) = coded("Ecuador lent 500 mln dlrs to Colombia.")
    assert lent.cameo == "071" and _codes(lent.recipient) == ["COL"]
    assert coded("Ecuador provided Colombia with documents on the smuggling ring.") == []  # was AID: information
    # handed over, as "provided documents to" is (the lexicon's idiom)
    assert coded("The Ecuadorean ministry provided a link to its report.") == []  # was AID
    assert coded("Ecuador provided the Colombian newspaper with figures.") == []  # was AID
    (food,) = coded("Ecuador provided Colombia with food and tents.")
    assert food.event == "AID" and _codes(food.recipient) == ["COL"]
    (troops,) = coded("Ecuador contributed troops to the UN mission in Haiti.")
    assert troops.cameo == "074" and "ECU" not in _codes(troops.recipient)  # peacekeepers, not its own troops
    (units,) = coded("Ecuador provided two battalions to the UN force in Haiti.")
    assert units.cameo == "074"
    (training,) = coded("Ecuador provided training to Colombian soldiers.")
    assert training.event == "AID" and _codes(training.recipient) == ["COL"]  # help given, no thing handed over
    (refuge,) = coded("Ecuador provided refuge to Colombian refugees.")
    assert refuge.cameo == "075"
    (relief,) = coded("Ecuador provided 10 million dollars in humanitarian aid to Colombia.")
    assert relief.cameo == "073"  # the kind of aid the sum is in


def test_a_speaker_charging_inaction_or_a_duty_dodged_criticises():
    (nothing,) = coded("Ecuador's president said Colombia had done nothing to stop the smugglers.")
    assert nothing.event == "ACCUSE" and _codes(nothing.recipient) == ["COL"]  # was no event
    (dodged,) = coded("Ecuador's president said Colombia was shirking its responsibility.")
    assert dodged.event == "ACCUSE" and _codes(dodged.recipient) == ["COL"]
    assert [e.event for e in coded("Ecuador's president said he had done nothing wrong.")] == ["REJECT"]  # his
    # own deeds: a denial, no criticism
    assert coded("Ecuador's president said the Colombian families could do little.") == []  # a limit, no charge
    (fault,) = coded("Ecuador's president said Colombia had made a serious mistake.")
    assert fault.event == "ACCUSE" and _codes(fault.recipient) == ["COL"]  # a fault told: was no event
    (wrong,) = coded("Ecuador's president said the Colombian plan sent the wrong message.")
    assert wrong.event == "ACCUSE" and _codes(wrong.recipient) == ["COL"]  # the plan's owner
    assert coded("Ecuador's president said he had made a mistake.") == []  # his own
    assert coded("Ecuador's president said Colombia would make a mistake if it closed the border.") == []  # a warning


def test_a_news_outlet_telling_a_passive_act_is_not_its_doer():
    (asked,) = coded("Ecuador's former minister has been asked to testify before the Colombian Senate, the BBC "
                     "reported.")
    assert asked.event == "REQUEST" and [a.sector for a in asked.actor] != ["MED"]  # was the BBC
    assert _codes(asked.actor)[0][:3] == "COL"  # the body heard before asks
    for event in coded("Ecuador's former minister was asked to resign, Reuters reported."):
        assert not any((a.code or "").startswith("MED") or a.sector == "MED" for a in event.actor)


def test_a_state_named_as_the_other_side_of_contacts_gives_no_country():
    (told,) = coded("WASHINGTON (Reuters) - Attorney General Jeff Sessions said on Tuesday he now recalls the "
                    "meeting. Sessions had previously testified to Congress he was unaware of communications between "
                    "the campaign and Russian officials.")
    assert _codes(told.recipient) == ["USA"]  # was RUS: "Russian officials" are the other side of the contacts


def test_a_proposal_named_without_a_verb_of_making_is_no_offer():
    assert coded("Kenya's proposal signaled a shift in its policy.") == []  # was an AGREE by Kenya
    (made,) = coded("Kenya made a proposal to Somalia.")
    assert made.event == "AGREE" and _codes(made.recipient) == ["SOM"]
    (unveiled,) = coded("Kenya unveiled proposals for a peace deal.")
    assert unveiled.event == "AGREE"


def test_alleged_deeds_questions_put_and_long_standing_wishes_are_no_acts_told():
    assert coded("A Kenyan villager allegedly killed by Somali troops was buried on Friday.") == []  # alleged
    assert [e.event for e in coded("A Somali smuggler was jailed for three years by a Kenyan court.")] == [
        "COERCE"]  # a term served, no act going on for years
    assert coded("Why will the Kenyan president not take up Somalia's offer of talks, the opposition demanded.") \
        == []  # a question put (was a refusal)
    assert coded("Kenyan firms have been seeking a large tax cut from the government for many years.") == []
    # (background: was a demand)
    assert coded("Kenyan firms have sought a tax cut from the government for two weeks.") != []  # news
    (siege,) = coded("The Kenyan army has besieged the Somali town for three years.")
    assert siege.event == "ASSAULT"  # a siege going on is news, not background (force, as PLV_train codes it)
    (attack,) = coded("Why did Kenya attack the Somali tanker, the senator asked.")
    assert attack.event == "ASSAULT"  # the attack is taken as told


def test_crackdowns_legal_appeals_share_offers_and_speeches_by_their_sense():
    (crackdown,) = coded("The Kenyan minister launched a fresh crackdown on persistent truants.")
    assert crackdown.event == "COERCE"  # was ASSAULT (violent repression)
    brutal = coded("Kenyan security forces launched a brutal crackdown on protesters.")
    assert [e.cameo for e in brutal] == ["175"]  # violent repression said so
    assert coded("The Kenyan firm said it would appeal this aspect of the court's decision.") == []  # a legal
    # appeal of a ruling, no request (was REQUEST)
    (plea,) = coded("Kenya appealed to the UN for help.")
    assert plea.event == "REQUEST"
    assert coded("The Kenyan bank says it will make a debt offer.") == []  # securities offered, no offer to a party
    (bid,) = coded("Kenya made an offer of talks to Somalia.")
    assert bid.event == "AGREE"
    assert coded("The Kenyan president wants to talk about the central purpose of his party.") == []  # a speech
    (talks,) = coded("The Kenyan and Somali leaders talked about the border.")
    assert talks.event == "CONSULT"


def test_judges_sitting_somewhere_stage_no_sit_in():
    (sat,) = coded("Kenyan students sat in at the university to protest the fees.")
    assert sat.event == "PROTEST"
    assert coded("A panel of three Kenyan judges sitting in Nairobi heard the case.") == []
    (square,) = [e for e in coded("Kenyan demonstrators sat in the square for a third day.") if e.event == "PROTEST"]
    assert square.cameo == "141"  # protesters sitting somewhere stage one


def test_plans_listeners_columns_and_possible_asks_are_no_acts_told():
    assert coded("The Kenyan president plans to nominate Ruto to head the central bank.") == []  # a plan (was AGREE)
    assert coded("Kenya's finance minister, also talking to reporters after the meeting, said prices would rise.") \
        == []  # listeners, no talks (was CONSULT)
    (talks,) = coded("The Kenyan president talked to Somali leaders about the border.")
    assert talks.event == "CONSULT"
    assert coded("TALKING POINT/KENYA AIRWAYS") == []  # a column's name
    assert coded("Kenya could ask a Somali court to dissolve the deal.") == []  # a possibility (was a demand)
    (asked,) = coded("Kenya asked Somalia to withdraw its troops.")
    assert asked.event == "REQUEST"
    assert coded("The Kenyan speaker asked, despite data showing years of growth.") == []  # a question put


def test_an_act_helped_is_the_helpers_own_act():
    (blocked,) = coded("The Kenyan senator helped block her party's efforts to repeal the tax.")
    assert blocked.event == "REJECT"  # was AID
    assert not [e for e in coded("Kenyan police officials who helped probe the Somali campaign resigned.")
                if e.event == "AID"]  # an inquiry helped, no aid
    assert coded("The Kenyan minister said he helped justify the torture program.") == []  # no aid (was AID)
    (aid,) = coded("Kenya helped the Somali rebels.")
    assert aid.event == "AID"  # one helped, named


def test_the_state_a_speaker_speaks_of_gives_the_speaker_no_country():
    (charge,) = coded("JERUSALEM (Reuters) - Israel's cabinet met on Sunday to discuss the nuclear deal. The minister "
                      "said Iran had violated the deal.")
    assert _codes(charge.actor) == ["ISR"] and _codes(charge.recipient) == ["IRN"]  # was IRN -> IRN


def test_a_report_speaks_for_its_author():
    (call,) = coded("A report by the Kenyan parliament's finance committee called for the agency to be wound up.")
    assert call.event == "REQUEST" and "committee" in call.actor[0].text  # was none (the parser hangs "called" on
    # the report as a participle)
    (urged,) = coded("A report by the Kenyan parliament's finance committee urged the Somali agency to draw up plans.")
    assert urged.event == "REQUEST"  # was vetoed: the model sees only a report as the subject
    assert not [e for e in coded("An investigation by the Kenyan attorney general obtained nine guilty pleas.")
                if e.event == "REQUEST"]  # an inquiry acts, it speaks for no one


def test_verdicts_told_with_other_copulas_or_on_a_measure_to_come():
    (reckless,) = coded("The Kenyan opposition said the Somali government's plans seemed reckless.")
    assert reckless.event == "ACCUSE"  # was none ("seemed", not "was")
    (wrong,) = coded("The Kenyan opposition leader said the government's move would be profoundly wrong.")
    assert wrong.event == "ACCUSE" and wrong.mode in ("asserted", "reported")  # a verdict given now (was future)
    assert coded("The Kenyan minister said the most effective government action would be income tax cuts.") == []
    assert coded('"My nomination has become a distraction," the Kenyan nominee said.') == []  # on their own affair
    assert coded("The Kenyan minister said the people of the district will be losers.") == []  # a forecast


def test_a_doer_ranked_among_others_did_the_act():
    (recall,) = coded("Kenya was the latest country to recall its ambassador from Somalia.")
    assert recall.event == "SANCTION" and recall.mode == "asserted"  # was hypothetical
    assert _codes(recall.actor) == ["KEN"] and _codes(recall.recipient) == ["SOM"]
    (visit,) = coded("The Kenyan president became the first foreign leader to visit Somalia after the election.")
    assert visit.event == "CONSULT" and _codes(visit.actor) == ["KEN"]
    assert coded("The Kenyan president will be the first foreign leader to visit Somalia.") == []  # to come


def test_a_failure_told_by_a_speaker_is_criticism():
    (failed,) = coded("Labour said the Tories had failed to protect farmers.")
    assert failed.event == "ACCUSE" and failed.cameo == "111"  # criticism (was 112, an accusation of a crime)
    assert coded("The Kenyan minister said the talks failed to produce a deal.") == []  # things fail, no one blamed
    assert coded("Labour said the Tories could fail to protect farmers.") == []  # a failure feared (was 112)


def test_an_account_demanded_of_another_side():
    (explain,) = coded("The Kenyan opposition said the Somali government must explain how it would pay for the plan.")
    assert explain.event == "REQUEST" and _codes(explain.recipient) == ["SOM"]  # was none (a clause after the act)
    assert coded("The Kenyan minister said Somalia should know that Kenya would respond.") == []  # a warning
    assert coded("The Kenyan opposition leader said ministers should expect the bill to be rewritten.") == []
    assert coded("The Kenyan foreign minister said Somalia should expect more sanctions.") == []  # a warning


def test_an_act_done_beside_a_clause_said_is_the_speakers_own():
    (attack,) = coded("The Kenyan president said Kenya would set out new plans next week and attacked the Somali "
                      "plans.")
    assert attack.event == "ACCUSE" and attack.mode == "asserted"  # was future, by Kenya's plans' maker
    assert "president" in attack.actor[0].text
    assert all(e.event == "REQUEST" for e in coded("The Kenyan senator said the Somali envoy should be stripped of "
                                                   "his post and investigated."))  # a passive shared: demanded
    # (at "stripped" or at "investigated"), no investigation done


def test_an_act_condemned_with_it_is_to():
    (condemned,) = coded("The Kenyan foreign minister said it was unacceptable for Somalia to hold the sailors.")
    assert condemned.event == "ACCUSE" and _codes(condemned.recipient) == ["SOM"]  # was none
    (crass,) = coded('Kenyan opposition leader Raila Odinga said it would be "crass and ignorant" to liken the '
                     "review to Hitler's Germany.")
    assert crass.event == "ACCUSE" and crass.recipient == []  # not the one likened to (was none)
    assert coded("The Kenyan minister said it would be wrong to speculate about the cause.") == []  # a disclaimer
    assert coded("The Kenyan minister said it would be irresponsible to comment on the inquiry.") == []
    (attack,) = coded("The Kenyan president said it was not acceptable to attack journalists.")
    assert attack.event == "ACCUSE" and attack.trigger == "was not acceptable"  # was an ASSAULT by the president
    (denied,) = coded("The Kenyan foreign ministry said it was absurd to accuse Kenya of meddling in the election.")
    assert denied.event == "REJECT"  # a charge denied


def test_what_a_named_side_needs_to_do_said_by_another_is_an_appeal():
    (need,) = coded("The Kenyan opposition said the Somali government needed to explain how it would pay for the plan.")
    assert need.event == "REQUEST" and need.trigger == "needed to explain"  # was vetoed by the model
    assert _codes(need.recipient) == ["SOM"]
    assert coded('"People need to get better sources," the Kenyan minister said.') == []  # no side named
    assert coded("The Kenyan minister said the Somali agency needs to be strengthened.") == []  # done to it


def test_a_rival_party_told_what_it_must_do_is_not_the_speakers_own_kind():
    (must,) = coded("Labour must explain how it would pay for the plans, the Tories said.")
    assert must.event == "REQUEST" and _codes(must.recipient) == ["GBRPTYLAB"]  # was none: "Labour", tagged a noun at
    # the sentence's start, was read as a kind of the speaker's
    assert coded("Lawmakers should act, Senator Flake said.") == []  # his own kind


def test_territory_taken_by_force_is_an_assault():
    (taken,) = coded("Kenyan troops captured three towns from the rebels on Monday.")
    assert taken.cameo == "192" and taken.event == "ASSAULT"  # (was COERCE, as the 2021 table has it; the GSR and
    # PLV_train code territory taken by force as fighting)
    assert types("Kenyan officials occupied part of the Ugandan embassy compound.") == ["COERCE"]  # no force
    (seized,) = coded("Kenyan forces seized the border town of Mandera on Monday.")
    assert seized.cameo == "192"  # (was 171, property seized: COERCE)
    assert types("Kenyan police seized weapons and cash from the house.") == ["COERCE"]


def test_the_whip_withdrawn_puts_a_member_out_no_retreat():
    (whip,) = coded("The Kenyan ruling party withdrew the whip from the MP for Nairobi West on Monday.")
    assert whip.event == "SANCTION" and whip.cameo == "160"  # was a withdrawal (RETREAT)
    assert types("Kenyan troops withdrew from the border town on Monday.") == ["RETREAT"]


def test_telling_someone_over_the_phone_is_a_call():
    evs = coded("The Kenyan foreign minister told the Somali president by phone on Thursday that it was unacceptable "
                "for Somalia to hold the sailors.")
    call = [e for e in evs if e.event == "CONSULT"]
    assert [e.cameo for e in call] == ["041"] and _codes(call[0].recipient) == ["SOM"]  # was none
    assert [e.event for e in evs if e.event == "ACCUSE"] == ["ACCUSE"]  # what was said in the call is coded too
    assert not [e for e in coded("The Kenyan minister told Reuters by telephone that the talks had failed.")
                if e.event == "CONSULT"]  # an interview, no call between sides
    assert coded("The Kenyan bank's chief told reporters in a conference call that profits would rise.") == []
    assert not [e for e in coded("The Kenyan president told Fox News by phone that Somalia wanted a deal.")
                if e.event == "CONSULT"]  # an interview
    assert not [e for e in coded("The Kenyan president did not tell the Somali president by phone that he would "
                                 "release the pilot.") if e.event in ("CONSULT", "REJECT")]  # no call, no refusal
    said = coded("The Kenyan president told his Somali counterpart in a phone call that Kenya rejected any foreign "
                 "intervention.")
    assert sorted(e.event for e in said) == ["CONSULT", "REJECT"]  # the clause hung on the call is said in it


def test_standing_down_and_criticism_faced_from_a_side_named():
    (quit_,) = coded("The Kenyan finance minister stood down on Friday.")
    assert quit_.cameo == "0831"  # was none ("stand down": British for stepping down)
    assert coded("Kenyan soldiers stood down after the standoff at the border.") == []  # forces, no resignation
    (faced,) = coded("Kenya has faced Somali criticism for the raid.")
    assert faced.event == "ACCUSE" and _codes(faced.actor) == ["SOM"] and _codes(faced.recipient) == ["KEN"]



def test_a_side_opposing_the_measure_in_dispute_rejects_it():
    text = ("NAIROBI - Kenya's parliament began debate on the finance bill on Monday. The opposition parties oppose "
            "the bill, but the government has a majority.")
    assert [e.event for e in coded(text) if e.trigger == "oppose"] == ["REJECT"]  # was hypothetical (a stance)
    assert not [e for e in coded("NAIROBI - Kenya's parliament met on Monday. The Kenyan government opposes any such "
                                 "bill.") if e.trigger == "opposes"]  # a standing position


def test_a_resignation_a_book_or_a_rumour_says_was_promised_is_not_announced():
    (said,) = coded("Kenyan finance minister Henry Rotich said on Monday he would resign.")
    assert said.cameo == "0831"  # announced by the one resigning
    assert coded("A new book claims Kenyan finance minister Henry Rotich told his deputy he would resign.") == []
    assert coded("According to the book, Kenyan finance minister Henry Rotich said he would resign.") == []
    assert coded("The other part of the deal, that Kenyan finance minister Henry Rotich will one day resign, is "
                 "the stuff of legend.") == []  # a noun's content


def test_a_demand_a_side_says_it_will_make_is_planned():
    assert coded("The Kenyan opposition said it would press the government over the costs of the plan.") == []
    assert coded("Kenyan senator Jane Mwangi said she will seek changes to the finance bill.") == []  # planned
    (made,) = coded("The Kenyan opposition said the Somali government must withdraw its troops.")
    assert made.event == "REQUEST"  # a demand made in the saying
    assert coded("The Kenyan opposition insisted they would hold ministers to account.") == []  # their own course


def test_acts_one_has_the_means_for_or_rushes_at_are_not_done():
    assert coded("The Kenyan opposition said on Friday it had enough votes to pass the finance bill in the "
                 "Senate.") == []  # a majority counted, no bill passed
    assert [e.event for e in coded("The Kenyan Senate passed the finance bill on Friday.")] == ["SUPPORT"]
    assert coded("Kenyan lawmakers are rushing to pass the finance bill before the end of the year.") == []
    assert [e.event for e in coded("Kenyan lawmakers rushed to condemn the Somali raid.")] == ["ACCUSE"]  # done


def test_a_subjunctive_after_a_suggestion_names_an_act_wanted():
    assert not [e for e in coded("The Kenyan president suggested on Tuesday that the Somali president make a visit "
                                 "to Nairobi.") if e.event == "CONSULT"]  # no visit made
    assert [e.event for e in coded("The Somali president made a visit to Nairobi on Tuesday.")] == ["CONSULT"]


def test_going_back_told_as_a_plan_is_no_intent_to_yield():
    assert coded("Kenyan minister Peter Mwangi told reporters that Senator Jane Otieno would return to parliament "
                 "next week.") == []  # (was an intent to yield, AGREE 035)
    (freed,) = coded("The Kenyan rebels said they would return the two hostages to the Red Cross.")
    assert freed.event == "AGREE" and freed.cameo == "035"  # people handed back: an intent to yield


def test_a_things_participle_is_no_ones_act():
    assert coded("A Nairobi banker said the slower growth of money is another factor arguing against a Kenyan "
                 "rate rise.") == []  # (the speaker was coded as rejecting the rise)
    assert [e.event for e in coded("The Kenyan parliament issued a statement condemning the Somali raid.")] == [
        "ACCUSE"]  # a statement's act is its author's


def test_talks_not_held_are_no_refusal():
    assert coded("The Kenyan and Somali presidents did not discuss the border dispute at the summit.") == []
    assert coded("Kenyan officials said sanctions against Somalia were not discussed.") == []
    (snub,) = coded("The Kenyan president did not attend the meeting with the Somali president.")
    assert snub.event == "REJECT"
    (refusal,) = coded("The Kenyan president said he will not meet the Somali president.")
    assert refusal.event == "REJECT"


def test_a_candidate_beaten_where_a_vote_is_told_lost_an_election():
    assert coded("Kenyan Democrat Jane Otieno beat a long-time Republican incumbent to win the county seat.") == []
    assert coded("Peter Mwangi, the ruling party's candidate in the governor's race, was soundly beaten by his "
                 "opposition rival.") == []
    assert coded("John Kamau beat Peter Mwangi in the district in 2017, winning 52,000 votes.") == []
    (blows,) = coded("Kenyan police beat opposition candidate Peter Mwangi outside the polling station, leaving him "
                     "in hospital.")
    assert blows.event == "ASSAULT"  # blows told


def test_control_of_a_chamber_is_won_by_votes_not_taken_by_force():
    assert coded("The Kenyan opposition parties took control of parliament after the election.") == []  # was COERCE
    (taken,) = coded("Somali rebels recaptured the port of Kismayo on Monday.")
    assert taken.event == "ASSAULT" and taken.cameo == "192"


def test_a_state_paying_for_its_own_government_gives_no_aid():
    assert not [e for e in coded("Kenyan lawmakers were in discussions on Tuesday about how long to fund the federal "
                                 "government in a short-term spending bill.") if e.event == "AID"]  # (was AID to it)
    (aid,) = coded("Kenya funded the Somali army with $20 million.")
    assert aid.event == "AID"


def test_a_title_or_calling_no_table_codes_is_the_target_all_the_same():
    (arrest,) = coded("Kenyan police arrested the captain of a rescue ship on Monday.")
    assert [r.text for r in arrest.recipient] == ["captain"]  # was no target
    (gift,) = coded("A Kenyan billionaire gave the ruling party 10 million shillings.")
    assert gift.event == "AID" and _codes(gift.actor) == ["KEN"]


@pytest.mark.parametrize("dateline", ["KISUMU (Nation): ", "Nairobi, Dec 3 (Xinhua) -- ", "Kisumu, March 15, IRNA - "])
def test_a_dateline_ended_by_a_colon_or_with_a_place_in_small_letters_is_not_the_subject(dateline):
    (met,) = coded(f"{dateline}Kenyan President Uhuru Kenyatta on Monday met Somali President Mohamed Farmajo.")
    assert [a.text for a in met.actor] == ["Kenyan President Uhuru Kenyatta"]  # (was "KISUMU Nation", "Kisumu ...")


def test_a_countrys_possessive_keeps_its_code_at_talks_in_that_country():
    (met,) = coded("Kenya's president on Monday met the Somali president in Nairobi.")
    assert _codes(met.actor) == ["KEN"]  # was none: "Kenya's" was not read as naming the country of the venue


def test_a_share_in_a_poll_and_an_inability_are_no_acts():
    assert coded("According to a Nairobi poll, only 20 percent approved of the way the Kenyan parliament was "
                 "handling its job, with 70 percent disapproving.") == []  # (the pollsters were coded as approving)
    assert coded("The Kenyan president has not been able to sign any major legislation this year.") == []  # (was a
    # refusal, REJECT)
    (refusal,) = coded("The Kenyan president said he will not sign the bill.")
    assert refusal.event == "REJECT"


def test_two_leaders_who_spoke_on_the_phone_held_talks():
    (call,) = coded("Kenyan President Uhuru Kenyatta and Ethiopian Prime Minister Abiy Ahmed spoke on the phone for "
                    "about an hour on Tuesday.")
    assert call.cameo == "041" and _codes(call.actor) == ["KEN"] and _codes(call.recipient) == ["ETH"]
    (call,) = coded("Kenyan President Uhuru Kenyatta and Somali President Mohamed Farmajo spoke by telephone on "
                    "Monday.")
    assert _codes(call.actor) == ["KEN"] and _codes(call.recipient) == ["SOM"]  # (the name was a third side)


def test_a_past_act_told_as_the_time_of_another_is_an_act_of_its_own():
    assert "REQUEST" in types("Kenyan senator Jane Otieno will resign on Thursday, a day after the opposition "
                              "called for her to step down.")
    (refusal,) = coded("Kenyan officials said the minister was on solid legal ground when he refused to answer "
                       "questions from a parliamentary committee.")
    assert refusal.event == "REJECT"  # questions from a body refused (a reporter's are the newsroom's formula)
    assert coded("The Kenyan minister declined to answer reporters' questions.") == []
    assert coded("The Kenyan finance ministry said it declined to provide details.") == []


def test_support_withdrawn_an_appointment_to_come_and_an_amendment_offered():
    (cut,) = coded("Kenya's ruling party is withdrawing support for its Senate candidate John Kamau.")
    assert cut.event == "SANCTION"  # was RETREAT
    assert coded("The Kenyan president will nominate John Kamau for attorney general, his office said.") == []  # (was
    # an intent, AGREE)
    assert coded("Kenyan senator Jane Otieno said she will offer an amendment to the finance bill.") == []
    assert coded("Kenyan officials said they are wary of giving permission to Somali traders.") == []


def test_a_side_in_talks_or_clashes_with_another_acts_with_it():
    (talks,) = coded("Kenyan companies have spent much of 2004 in tough talks with unions about trimming jobs.")
    assert talks.event == "CONSULT" and _codes(talks.actor) == ["KEN"]
    (fight,) = coded("Kenyan troops were involved in clashes with Somali militants on Monday.")
    assert fight.event == "ASSAULT" and _codes(fight.actor) == ["KEN"] and _codes(fight.recipient) == ["SOM"]


def test_a_verdict_on_a_sides_conduct_or_failing_is_criticism_of_it():
    (weak,) = coded("The Kenyan president said the opposition parties are weak on crime.")
    assert weak.event == "ACCUSE" and weak.recipient  # (a failing named: was no event)
    (conduct,) = coded("\"Senator Otieno's behavior was wrong,\" the Kenyan president said.")
    assert [r.text for r in conduct.recipient] == ["Otieno"]  # the one who behaved, not the behavior


def test_a_plan_the_press_reports_is_no_intent_stated():
    assert coded("Kenyan senator Jane Otieno will support the finance bill when it comes up for a vote next week, "
                 "CNBC reported on Friday, citing unnamed sources.") == []  # (was AGREE, reported)
    (said,) = coded("Kenyan senator Jane Otieno said she will support the finance bill.")
    assert said.event == "AGREE"  # her own words: an intent stated


def test_a_measure_attacked_a_meeting_scheduled_and_a_maybe():
    (words,) = coded("Kenyan trade union leaders have joined attacks on a controversial wage freeze.")
    assert words.event == "ACCUSE"  # (was ASSAULT)
    assert coded("The annual meeting of the Kenyan and Somali central banks will be held in Nairobi next year, a "
                 "Kenyan official said.") == []  # a schedule, no intent (was AGREE)
    assert coded("Much was made of the Kenyan government possibly giving in to Somali demands.") == []


def test_review_mends_conditions_coups_compliance_and_requested_information():
    assert coded("The Kenyan ministry said talks would resume after the rebels released the hostages.") == []  # a
    # condition of talks to come, not a release done
    (back,) = coded("Somalia said it would return to the negotiating table with Kenya.")
    assert back.event == "AGREE"  # a state of affairs returned to, no trip
    (coup,) = coded("Mutinous Kenyan soldiers took control of the presidency in Nairobi.")
    assert coup.event == "ASSAULT"  # a coup, no election won
    (refusal,) = coded("Kenya declined to provide information requested by Somali investigators.")
    assert refusal.event == "REJECT"  # a party's request refused, no newsroom formula


def test_check_80_classes_chances_guesses_wishes_and_court_procedure():
    assert coded("The African Union gave the Kenyan president a last chance to relinquish power peacefully to Raila "
                 "Odinga.") == []  # (was CONCEDE: "the last ... to" read as ranking a doer)
    assert coded("The Kenyan firm is thought to be offering about $2bn for the Somali bank.") == []
    assert coded("The Kenyan firm wanted to buy the Somali bank outright.") == []  # a wish, no offer
    assert coded("Executions, carried out by hanging in Kenya, are rare.") == []  # how common, no one act
    (granted,) = coded("A Nairobi court granted the Somali bank an injunction on Monday.")
    assert granted.event in ("YIELD", "CONCEDE")  # a request acceded to (was AID)
    assert coded("The Kenyan high court returned the case to the electoral commission.") == []  # (was RETREAT)
    (pact,) = coded("The Kenyan president offered to buy Somali electricity.")
    assert pact.event == "AGREE"  # an offer made stays one


def test_war_waged_on_a_side_is_force_used():
    (war,) = coded("Kenyan troops are waging war on al Shabaab in southern Somalia.")
    assert war.event == "ASSAULT" and _codes(war.recipient) == ["SOMINSSHB"]  # (was no event)
    assert coded("Kenyan supermarkets are waging a price war.") == []
    assert coded("The Kenyan government is waging a war on drugs.") == []


def test_an_act_on_a_persons_home_or_convoy_is_on_its_owner():
    (attack,) = coded("Somali militants attacked the Kenyan minister's convoy near the border.")
    assert [r.text for r in attack.recipient] == ["Kenyan minister"]  # (was "Kenyan minister's convoy")
    (raid,) = coded("Kenyan police raided the opposition leader's home in Nairobi.")
    assert [r.text for r in raid.recipient] == ["opposition leader"]


def test_the_veto_keeps_a_past_act_told_as_the_time_of_another():
    evs = coded("Kenyan senator Jane Otieno will resign on Thursday, a day after a majority of her party colleagues "
                "called for her to step down.")
    assert sorted(e.event for e in evs) == ["REQUEST", "RETREAT"]  # (the model, trained on one event a sentence,
    # vetoed the call)


def test_forces_taking_over_a_town_seize_territory_a_firm_takes_over_a_firm():
    (taken,) = coded("Somali rebels took over the town of Kismayo on Monday.")
    assert taken.event == "ASSAULT" and taken.cameo == "192"  # (was no event: a firm's takeover with no other side)
    (deal,) = coded("The Kenyan bank took over the Somali lender on Monday.")
    assert deal.event == "COOPERATE"


def test_review_mends_wishes_to_talk_dated_acts_handovers_and_states_seats():
    assert [e.event for e in coded("Tuesday's bombing of the market in Mogadishu by al Shabaab was typical of the "
                                   "group's attacks.")] == ["ASSAULT"]  # one dated act, not how common acts are
    assert coded("Kenyan forces took over the town of Kismayo from Ethiopian troops in a handover ceremony.") == []
    (attack,) = coded("Two Britons are believed to be among those killed when gunmen attacked the hotel in Nairobi.")
    assert attack.event == "ASSAULT"  # the belief is about the victims, not the attack
    (riot,) = coded("Rioters attacked Kenya's State House in Nairobi.")
    assert [r.text for r in riot.recipient] == ["Kenya's State House"]  # a state's seat, not a person's home


def test_a_past_act_told_as_the_time_of_a_dated_one_takes_its_date():
    evs = analyze("The EU imposed its arms ban on Kenya in 1989 after Kenyan troops opened fire on protesters in "
                  "Nairobi.", date=dt.date(2004, 6, 1), options=Options(steps=("events",), event_modes=MODES)).events
    fire = [e for e in evs if e.event == "ASSAULT"]
    assert [(e.date[:4], e.mode) for e in fire] == [("1989", "background")]  # (was no event)


def test_a_group_a_name_gathers_is_an_actor_of_the_leaders_country():
    (ultimatum,) = coded("President Mariam Tesfaye of Eritrea won the runoff. The Tesfaye camp gave the army chief "
                         "an ultimatum to leave the capital by Friday.")
    assert [(a.text, a.code) for a in ultimatum.actor] == [("Tesfaye camp", "ERI")]
    (boycott,) = coded("The Nour movement boycotted the municipal vote in Tunisia on Sunday.")
    assert [a.text for a in boycott.actor] == ["Nour movement"]
    (charge,) = coded("Ankara accused the Karaca movement of plotting the failed coup.")
    assert [r.text for r in charge.recipient] == ["Karaca movement"]
    assert not any(a.text.endswith("camp") for e in coded("Kenya ordered the closure of the Dadaab camp on Monday.")
                   for a in e.actor + e.recipient)  # (a camp named for a place houses refugees)


def test_a_verdict_or_denial_in_a_quotation_is_the_speaker_named_where_it_closes():
    (verdict,) = coded("“The transport minister’s plan is reckless. It will cost commuters dearly,” Senator Grace "
                       "Okafor said on Monday.")
    assert verdict.event == "ACCUSE" and [a.text for a in verdict.actor] == ["Grace Okafor"]
    assert verdict.mode == "reported" and verdict.reported_by
    (denial,) = coded("“There was no wrongdoing. We hid nothing,” the governor told reporters on Monday.")
    assert denial.event == "REJECT" and [a.text for a in denial.actor] == ["governor"]
    assert coded("“It was a cold day. The road was empty,” she said.") == []  # (no verdict on anyone)
    assert coded("The transport minister’s plan is reckless. Commuters will pay more.") == []  # (no one says it)


def test_two_subjects_against_a_pact_are_no_sides_of_it():
    (refusal,) = coded("Ireland and Luxembourg opposed the milk accord on Monday.")
    assert [a.code for a in refusal.actor] == ["IRL", "LUX"] and refusal.recipient == []
    (deal,) = coded("Ireland and Luxembourg signed a fisheries accord on Monday.")
    assert [a.code for a in deal.actor + deal.recipient] == ["IRL", "LUX"] and deal.recipient  # (with each other)


def test_a_chamber_confirming_a_person_supports_them_and_quitting_an_office_is_a_resignation():
    (vote,) = coded("President Lena Hart nominated Oskar Lind in March. The Senate confirmed Oskar Lind as "
                    "ambassador to Norway on Thursday.")[-1:]
    assert (vote.event, [a.text for a in vote.actor], [r.text for r in vote.recipient]) == (
        "SUPPORT", ["Senate"], ["Oskar Lind"])
    assert not [e for e in coded("Hospital officials confirmed Oskar Lind had died of his injuries.")
                if e.event == "SUPPORT"]  # (a fact confirmed)
    (quit_,) = coded("Oskar Lind quit as chairman of Nordvik Shipping on Monday.")
    assert quit_.event in ("YIELD", "RETREAT") and [a.text for a in quit_.actor] == ["Oskar Lind"]
    assert coded("Oskar Lind quit smoking last year.") == []


def test_an_act_on_a_sides_thing_is_on_that_side():
    (probe,) = coded("The Pentagon launched an inquiry into Nordvik Shipping's contracts on Monday.")
    assert [r.text for r in probe.recipient] == ["Nordvik Shipping"]  # (not its contracts)
    (blame,) = coded("Senator Okafor criticized the Interior Ministry's handling of the floods.")
    assert [r.text for r in blame.recipient] == ["Interior Ministry"]


def test_review_mends_owners_victims_senators_posts_and_spaced_quotes():
    (offensive,) = coded("Turkey launched an offensive against the YPG's positions in northern Syria.")
    assert [r.code for r in offensive.recipient] == ["SYRREBYPG"]  # (positions a group holds are that group's)
    probe = coded("Kenyan police launched an investigation into the journalist's death on Monday.")
    assert all(r.text != "journalist" for e in probe for r in e.recipient)  # (the dead is no side investigated)
    assert not [e for e in coded("Senator Lindsey Okafor confirmed Daniel Reyes was on the flight.")
                if e.event == "SUPPORT"]  # (one senator telling a fact, no chamber's approval)
    assert coded("Government troops quit their posts as the rebels advanced on the town.") == []
    spaced = coded('Foreign Minister Ana Ruiz said the plan was " a disaster " on Monday. The Kremlin\'s conduct '
                   'was reckless.')
    assert all(e.trigger != "was reckless" for e in spaced)  # (the narrator's sentence, after a closed quotation)


def test_a_demand_in_a_quotation_is_its_speakers():
    evs = coded("“The court was biased. The judges must resign. We will appeal,” the lawyer said on Monday.")
    demand = [e for e in evs if e.event == "REQUEST" and e.mode == "reported"]
    assert [([a.text for a in e.actor], [r.text for r in e.recipient]) for e in demand] == [(["lawyer"], ["judges"])]
    assert [e.event for e in coded("The judges must resign.")] != ["REQUEST"]  # (no one asks it)


def test_a_generic_owner_of_a_thing_is_no_target():
    evs = coded("The U.S. Senate passed the tax bill. It would impose a one-time tax on corporations’ overseas "
                "earnings, while exempting future overseas earnings from U.S. taxation.")
    assert not [e for e in evs if any(r.text == "corporations" for r in e.recipient)]


def test_jailings_in_the_passive_and_vows_of_revenge():
    # the model rebuilt on today's rules, with sentences of these kinds of our own (data_src/event_sentences.tsv)
    (jailed,) = coded("The union leader was jailed for six months.")
    assert jailed.event == "COERCE" and [r.text for r in jailed.recipient] == ["union leader"]  # was vetoed
    # a vow of revenge or retaliation is a threat, not a promise to cooperate (was AGREE 030, or nothing)
    assert types("The rebel commander vowed revenge for the killing of his brother.") == ["THREATEN"]
    (retribution,) = coded("The party promised retribution against the defectors.")
    assert retribution.event == "THREATEN" and [r.text for r in retribution.recipient] == ["defectors"]
    assert types("The donors promised aid to the flood victims.") == ["AGREE"]  # a pledge of help stays one



def test_a_standing_state_under_sanctions_is_no_act():
    assert coded("Investors bought shares of a Russian bank currently under U.S. sanctions.") == []
    assert coded("The opposition leader remains under house arrest in the capital.") == []
    (placed,) = coded("Police placed the opposition leader under house arrest on Monday.")
    assert placed.event == "COERCE"  # an act that puts him there


def test_speaking_for_the_record_and_approval_not_needed_are_no_refusals():
    assert coded("Most of the lobbyists refused to speak on the record about the meeting.") == []
    assert coded("The company declined to talk to reporters on Friday.") == []
    assert types("The rebels refused to speak to the government envoy.") == ["REJECT"]  # contact refused
    assert coded("The new envoy does not need to be approved by the Senate.") == []
    assert types("The Senate will not approve the new envoy.") == ["REJECT"]  # a refusal stated


def test_people_in_general_and_named_laws_do_no_act():
    # a relative clause in the present describing people in general says who they are
    assert coded("Anyone who criticizes the governor is called a traitor.") == []  # was ACCUSE of the governor
    assert coded("Everyone who attacks the army is labelled a terrorist.") == []  # was ASSAULT on the army
    (marched,) = coded("The students, who oppose the dam, marched on the governor's office on Monday.")
    assert marched.event == "PROTEST"  # a group named, and its act
    # what a named law does is no act told
    assert coded("The reform keeps the Volcker Rule ban on risky trading by banks.") == []
    assert coded("The law keeps the “Volcker Rule” ban on risky trading by banks.") == []
    assert types("The government imposed a ban on foreign trawlers on Monday.") == ["COERCE"]


def test_people_told_apart_by_age_are_arrests_apart():
    text = ("British police have arrested a 45-year-old man after a protest in London. A 31-year-old woman was "
            "also detained on suspicion of criminal damage. Police said both had been released on bail.")
    arrests = [e for e in coded(text) if e.event == "COERCE"]
    assert sorted(r.text for e in arrests for r in e.recipient) == ["31-year-old woman", "45-year-old man"]
    assert all(e.mentions == 1 for e in arrests)
    # a toll updated is one arrest told twice
    updated = [e for e in coded("Police in London arrested 40 protesters on Friday. Police arrested 42 protesters "
                                "in London on Friday, according to Amnesty.") if e.event == "COERCE"]
    assert len(updated) == 1 and updated[0].mentions == 2


def test_a_party_that_wants_another_to_act_demands_it():
    (want,) = coded("The teachers' union wants the ministry to scrap the new exams.")
    assert want.event == "REQUEST" and [r.text for r in want.recipient] == ["ministry"]  # was vetoed as a wish
    assert types("Germany wants Greece to cut its deficit faster.") == ["REQUEST"]
    assert coded("The government wants exports to recover by the spring.") == []  # a wish for the economy


def test_an_actors_name_never_ends_inside_an_open_bracket():
    from newscoder.pipeline import load
    from newscoder.steps.actors import _join

    doc = load(())("The Economists Roundtable (FER) wants action.")
    assert _join(doc[1:5]) == "Economists Roundtable (FER)"  # the phrase stopped before ")"
    assert _join(doc[1:4]) == "Economists Roundtable"  # a bracket opened and nothing after it
    assert _join(doc[1:6]) == "Economists Roundtable (FER)"


def test_an_act_done_beside_a_clause_insisted_keeps_its_own_tense():
    for verb in ("said", "insisted"):  # was 032 (an intent read off the clause's "will"), and nothing after "insisted"
        (praise,) = coded(f"The chancellor {verb} Mr Smith will have a central role in the campaign, and praised his "
                          "handling of the budget.", options=RULES)
        assert praise.cameo == "051" and praise.mode == "asserted" and praise.actor[0].text == "chancellor"


def test_a_speech_says_what_its_speaker_does():
    for text in ("The party chairman made a speech criticising the mayor's record.",
                 "The party chairman replied with a speech criticising the mayor's record."):
        (speech,) = coded(text, options=RULES)
        assert speech.event == "ACCUSE" and speech.actor[0].text == "party chairman", text  # was none: a thing's
    assert types("The senator gave a speech urging Congress to fund the dam.") == ["REQUEST"]
    assert coded("The mayor received a letter criticising her budget.", options=RULES) == []  # not the mayor's


def test_the_reviews_edges_of_this_sessions_rules():
    # a verb whose past is its base form after a modal clause is the modal's, no act done beside the saying
    assert [(e.cameo, e.mode) for e in coded("The general said his forces would regroup and hit the rebel bases.",
                                             options=RULES)] == [("138", "reported")]
    # contact refused is a refusal, not the newsroom's "declined to talk to reporters"
    assert types("Iran refused to talk openly with the envoys in Geneva.") == ["REJECT"]
    assert [e.cameo for e in coded("The firm refused to speak to the regulator about the leak.", options=RULES)] == [
        "125"]
    # an inquiry whose maker is named is told, not a standing state
    assert [e.cameo for e in coded("The firm is under investigation by the Justice Department.", options=RULES)] == [
        "090"]
    # one unknown person is no one in general
    assert [e.cameo for e in coded("Police are hunting someone who attacks joggers in the park.", options=RULES)] == [
        "190"]
    # a name is no speaker
    assert coded("The senator's name appeared in a column criticising the oil industry.", options=RULES) == []


def test_what_will_be_done_to_people_is_no_threat_unless_a_side_of_force_says_it():
    assert coded("British lawyers warned of the risk. They said people without ID cards are going to be detained.",
                 options=RULES) == []  # a prediction (was THREATEN 130 with the police implied)
    (threat,) = coded("The general said protesters will be arrested.", options=RULES)
    assert threat.event == "THREATEN" and threat.actor[0].text == "general"  # his side's force


def test_a_penalty_sought_on_a_side_is_blame_of_that_side():
    (blame,) = coded("The bishop called for sanctions against Zambia after the hangings.", options=RULES)
    assert (blame.event, blame.cameo, blame.recipient[0].text) == ("ACCUSE", "111", "Zambia")  # was REQUEST 020
    (push,) = coded("Aid groups are pushing for an arms embargo on Myanmar.", options=RULES)
    assert push.event == "ACCUSE" and push.recipient[0].text == "Myanmar"
    # asked of someone named, or asked to be lifted: a request
    assert types("The senator urged the EU to impose sanctions on Belarus.") == ["REQUEST"]
    assert types("Cuba called for sanctions against it to be lifted.") == ["REQUEST"]
    assert types("Iraq called for an end to sanctions against Baghdad.") == ["REQUEST"]


def test_a_name_given_in_the_passive_is_no_call_and_a_label_of_blame_is_criticism():
    assert coded("She is called Mariela by her friends.", options=RULES) == []  # was CONSULT 041
    assert coded("The firm, which happens to be called Sibneft, makes plastics.", options=RULES) == []
    (label,) = coded("The mayor was called a liar by the Greens.", options=RULES)
    assert (label.event, label.actor[0].text, label.recipient[0].text) == ("ACCUSE", "Greens", "mayor")


def test_words_framed_as_a_swipe_at_someone_criticise_them():
    (swipe,) = coded("In a swipe at the Tories, Mr Hague said their plans would cut services.", options=RULES)
    assert (swipe.event, swipe.actor[0].text, swipe.recipient[0].text) == ("ACCUSE", "Hague", "Tories")
    (dig,) = coded("Mr Blair, in an apparent dig at Gordon Brown, said the party needed new ideas.", options=RULES)
    assert dig.event == "ACCUSE" and dig.recipient[0].text == "Gordon Brown"
    assert "ACCUSE" not in types("In an attack on Kandahar, rebels said they killed ten soldiers.")  # a raid


def test_a_harm_or_a_broken_promise_said_of_anothers_plans_is_criticism():
    (threat,) = coded("Mr Kennedy said the Tory plans were a threat to the health service.", options=RULES)
    assert threat.event == "ACCUSE" and threat.actor[0].text == "Kennedy"
    assert coded("The minister said the storm was a threat to crops.", options=RULES) == []  # no one's act
    (broken,) = coded("The Tories said Labour had broken its promises on tax.", options=RULES)
    assert (broken.event, broken.recipient[0].text) == ("ACCUSE", "Labour")
    assert coded("He said the team broke the world record.", options=RULES) == []


def test_halted_talks_have_the_other_side_and_a_plan_called_off_is_no_call():
    (halt,) = coded("The Colombian government suspended talks with the ELN rebels after the bombing.", options=RULES)
    assert halt.event == "SANCTION" and halt.recipient[0].text == "ELN rebels"  # was dropped: no other side
    assert coded("The company called off its merger with Delta on Tuesday.", options=RULES) == []  # was CONSULT
    assert types("The president called off his visit to Japan.") == ["REJECT"]


def test_force_aimed_at_people_and_a_fine_on_a_name_glued_to_the_sum_have_their_target():
    (fired,) = coded("Police fired rubber bullets at the crowd.", options=RULES)
    assert fired.recipient[0].text == "crowd"  # was none
    (met,) = coded("The minister met students at the university.", options=RULES)
    assert met.recipient[0].text == "students"
    (fine,) = coded("The European Commission fined Google 2.4 billion euros.", options=RULES)
    assert fine.event == "COERCE" and fine.recipient[0].text == "Google"  # the parser hangs it on the sum


def test_questions_denials_of_truth_and_comparisons_report_no_act():
    assert coded("Would Russia attack Finland?", options=RULES) == []  # was THREATEN, asserted
    assert coded("Will the union call a strike?", options=RULES) == []
    assert coded("It is not true that Turkey threatened to close the border.", options=RULES) == []  # was THREATEN
    assert coded("It is untrue that Iran sent weapons to the rebels.", options=RULES) == []  # no refusal either
    assert coded("It is not the case that Iran sent weapons to the rebels.", options=RULES) == []
    assert types("It is true that Iran sent weapons to the rebels.") == ["AID"]
    assert coded("Critics say the new law is like shooting the messenger.", options=RULES) == []  # was ASSAULT
    assert coded("The move was akin to declaring war on the unions.", options=RULES) == []


def test_a_maybe_forecast_by_others_is_no_threat():
    assert coded("The army may launch a new offensive in the spring, analysts said.", options=RULES) == []
    assert types("The army will launch a new offensive, the general warned.") == ["THREATEN"]
    assert types("The European Union may halt aid to Niger if the junta stays in power, the Dutch foreign minister "
                 "said.") == ["THREATEN"]  # a maybe on a condition is a threat
    assert types("The European Union might impose new tariffs on Japanese cars to protect its carmakers if Tokyo "
                 "keeps its subsidies, the Dutch minister said.") == ["THREATEN"]  # the condition further down
    assert coded("The new administration is more willing to shoot from the hip, the senator said.",
                 options=RULES) == []  # an idiom


def test_a_vote_of_no_confidence_is_blame_and_stones_thrown_at_police_have_a_target():
    (motion,) = coded("The assembly adopted a censure motion against the health minister.", options=RULES)
    assert (motion.event, motion.recipient[0].text) == ("ACCUSE", "health minister")  # was SUPPORT 051
    (vote,) = coded("Lawmakers approved a no-confidence vote in Prime Minister Rossi.", options=RULES)
    assert vote.event == "ACCUSE"
    assert types("Parliament passed the budget.") == ["SUPPORT"]
    (stones,) = coded("Youths threw stones at police.", options=RULES)
    assert stones.event == "PROTEST" and stones.recipient[0].text == "police"  # was none
    assert types("Protesters pelted the motorcade with eggs.") == ["PROTEST"]
    (envoy,) = coded("Kenya expelled the Somali consul.", options=RULES)
    assert envoy.event == "SANCTION" and envoy.cameo == "161"  # as diplomats and ambassadors (was COERCE 174)


def test_a_call_for_parsed_as_a_participle_on_the_only_noun_is_the_predicate():
    (call,) = coded("Liberal Democrat peer Lord Arden called last week for international observers at the election.",
                    options=RULES)
    assert call.event == "REQUEST" and call.actor[0].text.endswith("Arden")  # was none: a "naming participle"
    assert "REQUEST" not in [e.event for e in coded("A general strike called for Monday was cancelled.",
                                                    options=RULES)]  # a date: the strike set for Monday


def test_figures_said_not_to_add_up_criticise_their_owner():
    (sums,) = coded("Shadow chancellor Oliver Letwin said Labour's figures did not add up.", options=RULES)
    assert (sums.event, sums.actor[0].text, sums.recipient[0].text) == ("ACCUSE", "Oliver Letwin", "Labour")
    assert coded("The accountant said the numbers did not add up.", options=RULES) == []  # no one's figures
    assert coded("The Tories said Labour's figures add up.", options=RULES) == []


def test_verbs_of_imploring_lobbying_and_pushing_someone_to_act_are_requests():  # ("clamoured for", tried too,
    # is no request: "investors clamoured for shares")
    (implored,) = coded("Doctors implored the health minister to reconsider.", options=RULES)
    assert implored.event == "REQUEST" and implored.recipient[0].text == "health minister"  # was none
    (pushed,) = coded("Opposition parties are pushing the Kenyan government to hold an inquiry.", options=RULES)
    assert pushed.event == "REQUEST" and pushed.recipient[0].text == "Kenyan government"
    assert types("The mayor challenged the governor to debate him.") == ["REQUEST"]
    assert coded("I beg to differ, the senator said.", options=RULES) == []  # disagreement
    assert coded("Rising costs pushed the firm to close two plants.", options=RULES) == []  # no one asks


def test_the_side_a_complaint_is_against_wins_over_the_body_it_is_filed_with():
    (complaint,) = coded("The US filed a complaint against Brussels with the WTO over state aid to Airbus.",
                         options=RULES)
    assert complaint.recipient[0].text == "Brussels"  # was the WTO


def test_an_anti_x_protest_is_not_x_protesting_and_a_thing_that_threatens_makes_no_threat():
    assert coded("France began evacuating its citizens after days of anti-French demonstrations in Abidjan.",
                 options=RULES) == []  # was PROTEST by France ("anti", "-", "French" as three actors)
    assert types("French farmers staged demonstrations in Paris.") == ["PROTEST"]
    assert coded("U.S. tax plan threatens Wall Street's Bermuda idyll", options=RULES) == []  # was THREATEN
    assert types("Iran threatened the United States with retaliation.") == ["THREATEN"]


def test_a_person_called_by_a_months_name_is_the_one_told():
    (told,) = coded("Theresa May spoke on Monday. Trump responded with a rebuke, telling May to focus on extremism "
                    "at home.", options=RULES)
    assert told.event == "REQUEST" and told.recipient[0].text == "May"  # was the month: no target


def test_forces_on_standby_a_pact_left_and_a_deadline_given_are_coded():
    (standby,) = coded("The Spanish government has put its forces on standby.", options=RULES)
    assert standby.event == "MOBILIZE"  # was none
    (left,) = coded("The US walked away from the nuclear deal with Iran.", options=RULES)
    assert (left.event, left.recipient[0].text) == ("SANCTION", "Iran")
    assert types("Russia pulled out of the arms treaty.") == ["SANCTION"]  # was RETREAT: troops withdrawn
    assert types("Russia pulled its troops out of Georgia.") == ["RETREAT"]
    (deadline,) = coded("The UN gave Iraq until Friday to comply.", options=RULES)
    assert (deadline.event, deadline.cameo, deadline.recipient[0].text) == ("THREATEN", "139", "Iraq")
    assert coded("The bank gave customers until June to switch accounts.", options=RULES) == []


def test_reports_called_speculation_or_a_lie_are_denied():
    assert types("The White House said the reports were pure speculation.") == ["REJECT"]  # was none
    assert types('"It is a lie," the minister said.') == ["REJECT"]
    assert coded('"This is good news," the minister said.', options=RULES) == []


def test_a_raid_by_prosecutors_is_a_search_and_a_loan_approved_to_a_state_is_aid():
    assert types("Prosecutors raided the headquarters of the construction firm.") == ["COERCE"]  # was ASSAULT
    assert types("Rebels raided the village.") == ["ASSAULT"]
    (loan,) = coded("The IMF approved a $3 billion loan to Egypt.", options=RULES)
    assert (loan.event, loan.recipient[0].text) == ("AID", "Egypt")  # was SUPPORT 051
    assert types("Parliament passed the budget.") == ["SUPPORT"]


def test_the_one_a_legal_act_noun_falls_on_and_the_state_an_extradition_goes_to_are_targets():
    (upheld,) = coded("The Supreme Court upheld the conviction of the former governor.", options=RULES)
    assert upheld.recipient[0].text == "former governor"  # was none
    (inquiry,) = coded("The attorney general opened an investigation into the senator's finances.", options=RULES)
    assert inquiry.recipient[0].text == "senator"  # whose finances
    (release,) = coded("The court ordered the release of the detained reporters.", options=RULES)
    assert release.recipient[0].text == "detained reporters"
    (handed,) = coded("Spain extradited the former banker to the United States on Monday.", options=RULES)
    assert (handed.event, handed.recipient[0].text) == ("COOPERATE", "United States")  # was the banker


def test_the_reviews_edges_of_the_forty_first_sessions_rules():
    # a swipe framing a clause that tells an act of its own keeps that act
    assert types("In an apparent attack on the convoy, the Taliban said they had killed 10 soldiers.") == ["ASSAULT"]
    assert types("In a swipe at Brussels, Johnson said Britain would impose tariffs on EU goods.") == ["THREATEN"]
    # "against" wins only for blame: a pact or a side taken keeps its partner
    (pact,) = coded("Kenya signed a security pact with Uganda against al-Shabaab.", options=RULES)
    assert pact.recipient[0].text == "Uganda"
    # an office's timetable is no ultimatum
    assert coded("The electoral commission gave parties until March 3 to submit candidate lists.",
                 options=RULES) == []
    assert coded("Organisers set a deadline for entries to the film festival.", options=RULES) == []
    # a setback is no blame; weather pelts no one in protest; readiness for a flood is no mobilization
    assert types("The new U.S. sanctions are a blow to Russia's economy, the minister said.") == ["COERCE"]
    assert types("Hailstones pelted the capital as demonstrators marched.") == ["PROTEST"]
    assert coded("The army placed helicopters on standby for flood rescue operations.", options=RULES) == []
    # analysts' maybe on a condition is still a forecast
    assert coded("Russia might invade Ukraine if talks fail, Western analysts said.", options=RULES) == []
    # a protocol for testing drugs is no pact; a cleft is no denial; shooting from the hip at people is shooting
    assert coded("The ministry scrapped the protocol for testing new drugs.", options=RULES) == []
    assert coded('"It is speculation on the markets that drove prices up," the minister said.', options=RULES) == []
    assert types("Police fired from the hip at protesters.") == ["ASSAULT"]
    (wish,) = coded("Poland called for sanctions against Russia and an easing of tensions with Belarus.",
                    options=RULES)
    assert wish.event == "ACCUSE" and wish.recipient[0].text == "Russia"


def test_relief_materials_borders_opened_to_refugees_and_people_forced_to_act():
    (shelter,) = coded("USAID provided shelter materials to flood victims in Haiti.", options=RULES)
    assert shelter.event == "AID" and shelter.actor[0].text == "USAID"  # was none: "material" read as a document,
    # and the acronym opening the sentence parsed as an adverb
    assert coded("The ministry provided the material to the committee.", options=RULES) == []
    (asylum,) = coded("Turkey opened its borders to Syrian refugees.", options=RULES)
    assert (asylum.event, asylum.cameo) == ("AID", "075")
    (forced,) = coded("Protesters forced the minister to resign.", options=RULES)
    assert (forced.event, forced.recipient[0].text) == ("COERCE", "minister")  # was REQUEST 105
    assert coded("The recession forced the firm to cut jobs.", options=RULES) == []
    assert types("The minister was forced to resign over the scandal.") == ["RETREAT"]


def test_pushing_or_challenging_asks_only_someone_named_to_act_and_a_timetable_for_ones_own_is_no_ultimatum():
    assert coded("The senator has pushed to roll back regulations that prevent development.", options=RULES) == []
    assert types("Tokyo is pushing back against U.S. calls to discuss a free trade agreement.") == ["REJECT"]
    assert coded("The president is challenging the director's bid to stay in office.", options=RULES) == []
    (dare,) = coded("The president challenged Congress to come up with legislation.", options=RULES)
    assert dare.event == "REQUEST" and dare.recipient[0].text == "Congress"
    assert coded("In a memorandum, the president gave the U.S. military until March to revert to the old policy.",
                 options=RULES) == []  # his own forces
    assert coded("Employers will no longer be able to force workers to retire before 65.", options=RULES) == []


def test_the_second_reviews_edges_of_the_forty_first_sessions_rules():
    # the side acted against wins over a partner "with" for acts of force and pressure, not for pacts
    (sanction,) = coded("The EU imposed sanctions against Russia together with Britain.", options=RULES)
    assert sanction.recipient[0].text == "Russia"
    # "a lie that ..." denies (a cleft does not)
    assert types('"It is a lie that we bombed the hospital," the army spokesman said.') == ["REJECT"]
    # ultimatums to a state's own rebels, after "for", and in the passive
    assert types("The Colombian government gave FARC rebels until Sunday to free the hostages.") == ["THREATEN"]
    assert types("Israel set a deadline for Hamas to respond to the offer.") == ["THREATEN"]
    # relief words elsewhere in the sentence do not unmake a mobilization
    assert types("Russia massed troops on the Ukrainian border as a storm battered the region.") == ["MOBILIZE"]
    # a worry about something someone does is no worry about the economy
    assert types("India expressed concern about the supply of arms to Pakistan.") == ["ACCUSE"]
    assert types("The US withdrew from the Paris climate convention.") == ["SANCTION"]
    (lobbied,) = coded("Lawmakers were lobbied by oil companies to scrap the tax.", options=RULES)
    assert lobbied.event == "REQUEST" and lobbied.actor[0].text == "oil companies"
    assert coded("Fighting forced thousands to flee.", options=RULES) == []  # no one coerces
    assert "COERCE" in types("Protesters forced the prime minister to resign.")
    assert types("The president's policies were a disservice to veterans, the senator said.") == ["ACCUSE"]


def test_an_industry_or_a_lobby_acts_and_a_measure_challenged_in_court_is_legal_action():
    (decried,) = coded("The wind industry decried the proposal, saying it put thousands of jobs at risk.",
                       options=RULES)
    assert decried.event == "ACCUSE" and decried.actor[0].text == "wind industry"  # was no actor, no event
    (pressed,) = coded("The refining industry has pressed the administration to adopt reforms.", options=RULES)
    assert pressed.event == "REQUEST"
    assert coded("The oil industry was hit by falling prices.", options=RULES) == []
    (suit,) = coded("Hawaii challenged Trump's travel ban in court.", options=RULES)
    assert (suit.event, suit.cameo, suit.recipient[0].text) == ("ACCUSE", "115", "Trump")  # was COERCE by Trump
    (bare,) = coded("The state of Hawaii challenged the ban in court.", options=RULES)
    assert bare.recipient == []  # the court is where, not whom


def test_an_age_beside_a_name_is_no_part_of_the_actor():
    # "Moore, 70, has denied any wrongdoing" gave the actor "Moore 70" (the forty-second session's check)
    events = coded("Kenyan Senator Kipchoge Moore spoke in Nairobi on Monday. Moore, 70, has denied the allegations "
                   "made by Kenya's prosecutors.")
    denial = next(e for e in events if e.trigger == "denied")
    assert denial.actor[0].text == "Moore"


def test_blockades_attacks_on_computers_and_ground_or_ships_taken_are_force():
    # the labelled data (PLV_train) codes these ASSAULT where CAMEO's table files them as coercion
    (blockade,) = coded("The navy imposed a blockade on the port of Hodeidah.")
    assert (blockade.event, blockade.plover_mode) == ("ASSAULT", "blockade")
    (siege,) = coded("Government troops besieged the rebel town of Zawiya.")
    assert siege.event == "ASSAULT"
    (cyber,) = coded("Iran launched cyber attacks on Saudi government websites.")
    assert (cyber.event, cyber.cameo, cyber.plover_mode) == ("ASSAULT", "170", "cyber")
    assert types("Israel has launched cyberwarfare against Iran.") == ["ASSAULT"]
    # hacking stays coercion; a man hacked to death is force; roads blocked and martial law stay coercion
    assert types("Chinese hackers hacked the ministry's email servers.") == ["COERCE"]
    assert types("Police blocked the road to the airport.") == ["COERCE"]
    assert types("The president declared a state of siege in the province.") == ["COERCE"]
    # ground taken by a government or by forces the subject's pronoun names; ships and houses taken by fighting men
    (cities,) = coded("The Government of National Accord captured three cities west of Tripoli on Monday.")
    assert (cities.event, cities.cameo) == ("ASSAULT", "192")
    (fields,) = coded("The Iraqi army says it has seized oil fields near Kirkuk.")
    assert fields.event == "ASSAULT"
    (tanker,) = coded("British Royal Marines seized an Iranian tanker off Gibraltar.")
    assert tanker.event == "ASSAULT"
    assert types("Taliban fighters seized a house on the edge of the city.") == ["ASSAULT"]
    # property and goods seized by police or authorities stay coercion; control of a chamber won is no event
    assert types("Police seized a house used by drug dealers.") == ["COERCE"]
    assert types("U.S. authorities seized two Russian diplomatic compounds.") == ["COERCE"]
    assert types("Customs officers seized two tonnes of cocaine.") == ["COERCE"]
    assert coded("The Democrats seized control of the House.") == []


def test_a_concession_offered_needs_no_other_side_named_and_a_partner_wins_over_the_venue():
    # CAMEO's own example of "express intent to yield" (035), AGREE in both labelled sets
    (offer,) = coded("Honduras is willing to withdraw its troops from the border zone.")
    assert (offer.event, offer.cameo, offer.mode) == ("AGREE", "035", "asserted")
    assert coded("Parliament is ready to approve the law.") == []  # readiness of another kind, no side
    assert coded("Honduras would be willing to withdraw its troops.") == []  # a maybe
    (talks,) = coded("Obama held talks with President Uhuru Kenyatta at State House in Nairobi.")
    assert [r.text for r in talks.recipient] == ["Uhuru Kenyatta"]  # was the venue, State House


def test_a_present_dated_with_its_year_in_an_undated_story_is_a_caption_not_a_schedule():
    def undated(text):
        return [(e.event, e.mode) for e in analyze(text, date=None, options=ONLY_EVENTS).events]

    assert undated("Chinese President Xi Jinping meets Italian President Sergio Mattarella in Rome on March 23, "
                   "2019.") == [("CONSULT", "asserted")]
    assert undated("The Paris Club meets on 12 January to discuss the debt.") == []  # a schedule


def test_this_years_total_by_a_named_doer_is_news_and_years_of_them_or_a_wars_toll_are_background():
    everything = Options(steps=("events",), event_modes=MODES)

    def modes(text):
        return [(e.event, e.mode) for e in analyze(text, date=PUB, options=everything).events]

    assert modes("Al-Shabaab fighters have killed at least 40 Kenyan police officers since February.") == [
        ("ASSAULT", "asserted")]  # was background
    assert modes("The Kenyan air force has carried out more than a dozen air strikes this year against "
                 "al-Shabaab.") == [("ASSAULT", "asserted")]
    assert [m for _, m in modes("The Kenyan government has freed 300 prisoners so far.")] == ["asserted"]
    assert [m for _, m in modes("The World Bank has lent Kenya 9 billion dollars over the past 20 years.")] in (
        [], ["background"])
    assert [m for _, m in modes("Al-Shabaab fighters have killed 65 soldiers since 2015.")] == ["background"]
    assert [m for _, m in modes("More than 200 people have been arrested so far this year.")] in ([], ["background"])


def test_aid_workers_expelled_are_a_sanction_and_a_flag_burnt_is_a_protest():
    (expelled,) = coded("Sudan expelled humanitarian aid workers from Darfur.")
    assert (expelled.event, expelled.cameo) == ("SANCTION", "1663")  # was COERCE, people deported (174)
    (deported,) = coded("France expelled 300 illegal workers to Mali.")
    assert deported.cameo == "174"
    (flag,) = coded("Protesters in Pristina burned the Serbian flag.")
    assert (flag.event, flag.cameo) == ("PROTEST", "141")  # was property destroyed (ASSAULT)
    assert types("Demonstrators burned effigies of the president outside the embassy.") == ["PROTEST"]


def test_questions_left_open_plans_in_the_making_and_what_a_law_requires_are_no_acts():
    assert coded("Kenya's foreign minister did not say whether Kenya would sever ties with Somalia.") == []
    assert coded("It is unclear whether Iran will halt the inspections, the Kenyan envoy said.") == []
    assert coded("The official said it was not clear when Kenya and Somalia would resume their talks.") == []
    (why,) = coded("He asked why Kenyan ministers attacked the Somali plans.")
    assert why.event == "ACCUSE"  # a "why" takes the attack as told
    assert coded("The United States is preparing to impose sanctions on Kenyan officials, sources said.") == []
    (readied,) = coded("The Kenyan army is preparing to attack the rebel town.")
    assert (readied.event, readied.cameo) == ("MOBILIZE", "150")  # force readied, as the GSR codes it
    assert "SANCTION" not in types("Kenyan lawmakers said a new law obliging the government to halt U.N. inspections "
                                   "was unwise.")  # (the verdict on the law is criticism)
    assert coded("France is leading the push in the EU to sanction Kenya at the summit.") == []
    (pressure,) = coded("Kenyan activists launched a campaign to pressure Royal Dutch Shell to leave Nigeria.")
    assert pressure.event == "REQUEST"  # the campaign's own pressure


def test_a_step_announced_against_a_named_person_is_no_threat_and_one_stance_is_one_event():
    everything = Options(steps=("events",), event_modes=MODES)
    custody = [e for e in analyze("Juliari Batubara will be taken into custody, said KPK spokesman Ali Fikri.",
                                  date=PUB, options=everything).events if "custody" in e.trigger]
    assert [(e.event, e.mode) for e in custody] == [("COERCE", "future")]  # was a threat
    assert types("Protesters will be arrested, the Kenyan interior minister said.") == ["THREATEN"]
    (stance,) = coded("China said it firmly opposes and strongly condemns U.S. interference in Hong Kong.")
    assert stance.event == "ACCUSE" and stance.recipient  # was a rejection beside the criticism
    assert sorted(types("A Kenyan judge ruled against the government and blocked the ban.")) == ["ACCUSE", "REJECT"]


def test_a_dateline_a_hurricane_and_a_time_prefix_are_no_sides():
    story = ("LONDON/BRUSSELS (Reuters) - Post-Brexit trade talks hung in the balance on Monday as Britain and the "
             "European Union made a last-ditch attempt to bridge their differences.")
    assert not any(a.text in ("LONDON", "BRUSSELS", "Post", "Brexit") for e in coded(story) for a in e.actor)
    assert "ASSAULT" not in types(story)  # talks "hung in the balance": nothing hanged
    (hanged,) = coded("Iran hanged two men convicted of spying for Israel.")
    assert hanged.event == "ASSAULT"
    text = ("Honduras asked for aid after hurricanes Eta and Iota battered the country. Honduran officials said Eta "
            "and Iota killed 100 people.")
    assert not any(a.text in ("Eta", "Iota") for e in coded(text) for a in e.actor)


def test_the_seat_of_a_body_the_story_names_is_no_story_about_its_country():
    text = ("BRUSSELS (Reuters) - British Prime Minister Boris Johnson and European Commission President Ursula von "
            "der Leyen on Monday took a break from a discussion on striking a post-Brexit deal, an EU official said.")
    focus = analyze(text, date=PUB).focus
    assert focus and focus[0].country == "GBR"  # was Belgium, the dateline's
    plain = "BRUSSELS (Reuters) - Belgian police arrested two men in a raid on Monday, prosecutors said."
    assert analyze(plain, date=PUB).focus[0].country == "BEL"


def test_the_review_of_the_forty_fifth_sessions_force_rules():
    assert types("Protesters seized parliament in Bishkek on Tuesday.") == ["ASSAULT"]  # a building, not a majority
    everything = Options(steps=("events",), event_modes=MODES)
    toll = analyze("Boko Haram has killed more than 20,000 people in the insurgency so far.", date=PUB,
                   options=everything).events
    assert [e.mode for e in toll] in ([], ["background"])  # a war's toll
    assert coded("A Kenyan waiter was sacked by the hotel.") == []
    assert types("North Korean hackers hacked Sony Pictures with malware.") == ["COERCE"]
    assert types("The Indian coast guard seized a boat carrying heroin.") == ["COERCE"]
    assert types("The Venezuelan government seized oil fields operated by Chevron.") == ["COERCE"]
    assert coded("Apple is ready to release its new iPhone next month.") == []
    (rockets,) = coded("Hamas fired rockets at Israel together with the Popular Resistance Committees.")
    assert [r.text for r in rockets.recipient] == ["Israel"]
    assert types("China launched a cyber-attack on Taiwan's election commission.") == ["ASSAULT"]
    assert "ASSAULT" not in types("The army ended its siege of the town of Marawi.")
    assert types("Greek fishermen blockaded the port of Piraeus in protest at fuel costs.") != ["ASSAULT"]


def test_the_second_review_of_the_forty_fifth_sessions_rules():
    # a storm's name is no country, and only a plural's list names several storms
    (asked,) = coded("After Hurricane Eta, Guatemala asked the United States for emergency aid.")
    assert asked.actor[0].code == "GTM"  # was no event: "Guatemala" read as a second storm
    # an act beside a criticism stays an act; only a stance gives way
    assert sorted(types("The United States condemned and vetoed the U.N. resolution on Gaza.")) == ["ACCUSE", "REJECT"]
    # a line that starts with a country is no dateline
    text = ("Britain expelled 23 Russian diplomats on Wednesday.\n"
            "US, France and Germany condemned Russia over the attack.")
    condemned = next(e for e in analyze(text, date=PUB).events if e.event == "ACCUSE")
    assert [a.text for a in condemned.actor][:1] == ["US"]  # was France and Germany only
    assert [e.mode for e in coded("Russia is ready to withdraw from the border area.")] == ["asserted"]
    assert "ASSAULT" in types("Iran hanged, flogged and jailed dozens of protesters last year.")
    assert types("Russia stepped up its campaign to bomb rebel positions in Idlib on Tuesday.") == ["ASSAULT"]
    assert types("Iran's Revolutionary Guards navy seized a South Korean-flagged tanker.") == ["ASSAULT"]
    strasbourg = analyze("STRASBOURG (Reuters) - A gunman opened fire at a Christmas market on Tuesday. MEPs were "
                         "locked inside the European Parliament. Police arrested the gunman's brother.", date=PUB)
    assert strasbourg.focus and strasbourg.focus[0].country == "FRA"  # a body named once: still France's story


def test_a_flag_burnt_aims_at_its_state_and_aid_workers_expelled_are_the_target():
    (flag,) = coded("Protesters burned the American flag outside the U.S. embassy in Tehran.")
    assert [r.code for r in flag.recipient] == ["USA"]  # was Tehran, the place
    (effigy,) = coded("Demonstrators burned effigies of President Trump outside the embassy.")
    assert effigy.recipient and "Trump" in effigy.recipient[0].text
    (expelled,) = coded("Myanmar expelled aid workers from Rakhine state.")
    assert [r.text for r in expelled.recipient] == ["aid workers"]  # was Rakhine state


def test_a_measure_taken_is_coerce_and_one_announced_is_codebook_threat():
    assert types("Health authorities in Peru announced a fresh lockdown in the capital Lima on Monday.") == ["COERCE"]
    assert types("The Dutch government extended its lockdown measures until Feb. 9, officials said.") == ["COERCE"]
    assert types("The Thai cabinet decided on Tuesday to impose a nightly curfew in Bangkok.") == ["COERCE"]
    # the future tense is a threat (CAMEO 1323: "announced that he will extend the night-time curfew")
    (curfew,) = coded("The Jamaican government announced on Monday it will extend the nightly curfew.")
    assert curfew.event == "THREATEN" and curfew.cameo == "1323"  # was 130
    assert [e.cameo for e in coded("China said on Monday it will impose a ban on Australian wine.")] == ["132"]


def test_what_a_speaker_says_another_side_must_not_do_is_a_demand():
    (demand,) = coded("The three European powers said Iran must not implement these steps.")
    assert demand.event == "REQUEST" and [r.code for r in demand.recipient] == ["IRN"]  # was dropped as negated
    assert coded("The general said his troops must not attack civilians.") == []


def test_concern_at_another_sides_act_is_disapproval():
    (concern,) = coded("France, Germany and Britain said on Tuesday they were deeply concerned by Iran's announcement "
                       "that it would install more centrifuges.")
    assert concern.cameo == "110" and [r.code for r in concern.recipient] == ["IRN"]
    (worried,) = coded("Japan is worried about China's military buildup in the East China Sea.")
    assert worried.cameo == "110" and [r.code for r in worried.recipient] == ["CHN"]
    assert coded("Investors are worried about the economy.") == []
    assert "CONSULT" not in types("Britain said it was alarmed by Iran's decision, calling it deeply worrying.")


def test_a_call_with_a_named_side_a_suspect_named_and_scorn_for_a_sides_work():
    (call,) = coded("European Commission President Ursula von der Leyen said on Saturday after a phone call with "
                    "British Prime Minister Boris Johnson that differences remained.")
    assert call.event == "CONSULT" and "Johnson" in call.recipient[0].text
    (named,) = coded("The Justice Department named the former mayor as a suspect in the fraud case on Friday.")
    assert named.cameo == "112" and "mayor" in named.recipient[0].text
    assert coded("The company named Jane Doe as its new chief executive.") == []
    assert [e.cameo for e in coded("Bolsonaro dismissed the Sinovac vaccine as lacking credibility.")] == ["111"]
    assert types("The minister dismissed the allegations as baseless.") == ["REJECT"]


def test_the_two_leaders_are_the_pair_just_named():
    evs = coded("Russian President Vladimir Putin spoke with Turkish President Tayyip Erdogan on Monday about Idlib. "
                "The two leaders agreed to keep working on a ceasefire.")
    agreed = next(e for e in evs if e.event == "AGREE")
    assert [a.code for a in agreed.actor] == ["RUS"] and [r.code for r in agreed.recipient] == ["TUR"]  # was no code


def test_a_photo_credit_and_a_scientists_warning_are_no_events():
    credit = "Jane Roe / Daily Courier / USA Today via REUTERS THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY."
    assert coded(credit) == []
    assert coded("Researchers have warned that airborne transmission of the virus increases in closed rooms.") == []
    assert coded("Epidemiologists warned on Monday that the Irish government's plan would fail.") == []
    assert types("Iran warned Israel it would respond to any attack with force.") == ["THREATEN"]


def test_a_claim_that_another_side_spreads_falsehoods_is_an_accusation():
    (said,) = coded("The Chinese foreign ministry said U.S. officials were spreading lies about Xinjiang.")
    assert said.cameo == "112" and [r.code for r in said.recipient] == ["USA"]
    (tried,) = coded("Michigan's attorney general said the protesters were trying to spread false information.")
    assert tried.cameo == "112" and "protesters" in tried.recipient[0].text
    assert coded("Doctors said the outbreak could spread fake news and fear.") == []
    assert coded("The minister said rumours were spreading on social media.") == []


def test_complaints_faced_and_a_veto_upheld():
    (complaints,) = coded("Biden faced complaints from the Congressional Hispanic Caucus about his cabinet picks.")
    assert complaints.event == "ACCUSE" and "Hispanic Caucus" in complaints.actor[0].text
    (veto,) = coded("Hungary and Poland upheld their veto of the European Union's budget on Monday.")
    assert veto.event == "REJECT" and {a.code for a in veto.actor} == {"HUN", "POL"}


def test_it_in_a_clause_is_the_state_the_sentence_is_about():
    (agreed,) = [e for e in coded("The UAE in August broke with decades of Arab policy when it agreed to forge ties "
                                  "with Israel.") if e.event == "AGREE"]
    assert [a.code for a in agreed.actor] == ["ARE"] and [r.code for r in agreed.recipient] == ["ISR"]
    expelled = next(e for e in coded("Germany criticised Russia after it expelled two diplomats.")
                    if e.cameo.startswith("16"))
    assert [a.code for a in expelled.actor] != ["DEU"]  # another state named between: not the subject


def test_a_factboxs_careers_habits_and_former_occasions_are_background():
    text = ("Who is who in the new cabinet\n"
            "FOREIGN MINISTER: ANNA BERG\n"
            "Berg negotiated the Baltic fisheries accord with Russia and led the talks on the border treaty.\n"
            "DEFENCE MINISTER: PER LUND\n"
            "Lund was fired by the previous prime minister for insubordination.\n"
            "FINANCE MINISTER: EVA HOLM\n"
            "Holm has been criticised by unions for her support of spending cuts.\n")
    evs = analyze(text, date=PUB, options=ONLY_EVENTS).events
    assert not any(e.trigger.startswith(("negotiated", "fired")) for e in evs)  # careers told in the past
    assert any(e.event == "ACCUSE" for e in evs)  # "has been criticised": still so
    assert coded("Frequent clashes between the cabinet and parliament have led to successive reshuffles.") == []
    former = coded("The opposition boycotted the previous election in protest, and said on Monday it would run.")
    assert not any(e.trigger.startswith("boycotted") for e in former)
    assert types("The opposition boycotted Sunday's election in protest.") == ["PROTEST"]


def test_a_trading_halt_and_a_firm_funding_its_own_deal_are_no_events():
    assert coded("Perth-based Ironbark Mining requested a trading halt for its shares on Monday.") == []
    assert coded("Ironbark will fund its purchase with existing cash and debt, a source said.") == []
    assert types("The UN requested a halt to the bombing of Aleppo.") == ["REQUEST"]


def test_the_review_of_the_forty_sixth_sessions_rules():
    # trade restrictions are an embargo; a firm's or a hospital's rule is no state's measure
    assert [e.cameo for e in coded("Japan tightened restrictions on exports of chemicals to South Korea.")] == ["163"]
    assert coded("Apple announced a lockdown of its stores in China.") == []
    assert types("Egypt extended the state of emergency for three months.") == ["COERCE"]
    # concern for someone's safety, a public's or a club's worry, and one's own people are no disapproval
    assert coded("The UN is concerned about the safety of civilians in Tigray.") == []
    assert coded("Many Americans are worried about China's growing power.") == []
    assert coded("Manchester United were concerned about Liverpool's form.") == []
    assert [e.event for e in coded("The United Nations is alarmed by Ethiopia's military offensive in Tigray.")] == [
        "ASSAULT"]  # the act keeps its own event
    (three,) = coded("France, Germany and Britain said they were alarmed by Iran's decision to expand enrichment.")
    assert {a.code for a in three.actor} == {"FRA", "DEU", "GBR"}
    # a demand not to do something is a demand, not one for the act's own kind
    assert [e.cameo for e in coded("Iran said European countries must not cooperate with the U.S. sanctions.")] == [
        "100"]
    # an interview is no call; a suspect parsed as a predicate noun; a removal from office is no scorn
    assert "CONSULT" not in types("After a phone call with Fox News host Sean Hannity, Ecuador's president said he "
                                  "would resign.")
    assert "111" not in [e.cameo for e in coded("Trump dismissed James Comey as FBI director.")]
    # "the two leaders" are the two who met, not a pair named in a later act
    evs = coded("Russian President Vladimir Putin met Turkish President Tayyip Erdogan in Sochi on Monday. U.S. "
                "Secretary of State Mike Pompeo criticised China on Tuesday. The two leaders agreed to meet again.")
    agreed = next(e for e in evs if e.event == "AGREE")
    assert [a.code for a in agreed.actor] == ["RUS"] and [r.code for r in agreed.recipient] == ["TUR"]
    # doctors warning of their own strike threaten; a credit glued to a sentence leaves its act
    assert types("Junior doctors warned they would go on strike in England next month unless pay was raised.") == [
        "THREATEN"]
    glued = ("Javad Zarif is seen in Moscow via REUTERS THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY Iran's foreign "
             "minister on Monday accused the United States of economic terrorism.")
    assert types(glued) == ["ACCUSE"]
    assert coded("This image has been supplied by a third party.") == []


def test_a_meeting_told_as_the_time_of_a_statement_is_held_beside_it():
    evs = coded("Hungary and Poland are upholding their veto of the European Union budget, Hungarian Foreign Minister "
                "Peter Szijjarto said after meeting his Polish counterpart in Brussels on Monday.")
    assert sorted(e.event for e in evs) == ["CONSULT", "REJECT"]  # the meeting was dropped beside the refusal


def test_a_former_summit_a_stance_held_until_now_years_of_acts_and_declining_to_explain():
    assert not any(e.event == "CONSULT" for e in coded(
        "He said the offer was consistent with the Soviet position at the earlier Reagan-Gorbachev summit in Geneva."))
    assert coded("Until now, the prime minister had vowed to press on with the sales tax.") == []
    assert coded("Officials said the World Bank cancelled 450 million dollars in loans to Peru during the last three "
                 "years of the military government.") == []
    assert coded("Acme Pictures declined to explain the nature of the dispute with the studio.") == []
    assert types("The World Bank cancelled a 450 million dollar loan to Peru on Tuesday.") == ["SANCTION"]
    assert types("Brazil's finance minister complained that official lending agencies had imposed tight control on "
                 "credit over the past four years.") == ["ACCUSE"]  # the spell is the complaint's content's


def test_the_second_review_of_the_forty_sixth_sessions_rules():
    # topic headings, bylines and datelines make no factbox: the story's acts stay news
    live = ("G7 leaders meet in Hiroshima\nG7 leaders met in Hiroshima on Friday.\nZELENSKIY ARRIVES\nZelenskiy flew "
            "to Japan and met Indian Prime Minister Narendra Modi.\nCHINA RESPONDS\nChina summoned Japan's ambassador."
            "\nNUCLEAR DISARMAMENT\nThe leaders discussed disarmament.")
    assert "ACCUSE" in [e.event for e in analyze(live, date=PUB, options=ONLY_EVENTS).events]
    # an occasion of these days, a final round, a span in a superlative are no background
    assert types("Iran and the United States held a last round of talks in Vienna on Monday.") == ["CONSULT"]
    assert types("Regular talks between Greece and Turkey resumed in Athens on Monday.") == ["CONSULT"]
    assert types("Russia launched its biggest missile attack on Kyiv in the past two years on Monday.") == ["ASSAULT"]
    # "it" after another side named with a nationality is that side
    bombed = next(e for e in coded("The United Nations condemned the Israeli army after it bombed a school in Gaza.")
                  if e.event == "ASSAULT")
    assert [a.code for a in bombed.actor] == ["ISR"]
    assert coded("The Supreme Court upheld the governor's veto of the bill.") == []  # another's veto
    assert types("The United States will fund its share of the Ukrainian aid package.") == ["AGREE"]
    assert "CONSULT" not in types("Turkey will veto Sweden's bid, Erdogan said after meeting his cabinet in Ankara.")
    assert coded("Hospitals tightened restrictions on visitors as cases rose.") == []
    assert [e.cameo for e in coded("Indonesia banned palm oil exports on Thursday.")] == ["163"]


def test_loans_approved_to_a_state_are_aid_whichever_word_the_to_hangs_on():
    (loans,) = coded("On Tuesday the World Bank approved two loans to the Philippines totalling 310 million dollars.")
    assert loans.event == "AID" and [r.code for r in loans.recipient] == ["PHL"]  # was SUPPORT 051
    assert "AID" not in types("The board approved changes to the company's bylaws.")
