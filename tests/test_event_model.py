"""The learned event decision (steps/event_model.py) on sentences written for these tests (none is
in data_src/event_sentences.tsv or any data set).

The events step passes the rule coder's CAMEO code of a candidate as ``prior_code``, and asks the
model only of the candidates the rules coded; here every candidate is asked, with the rule coder's
code where it has one, as the training script does (``scripts/train_event_model.py``)."""

from __future__ import annotations

import numpy as np
import pytest

from newscoder.options import Options
from newscoder.pipeline import load
from newscoder.steps import event_model as em
from newscoder.steps import events


@pytest.fixture(scope="module")
def nlp():
    return load(tuple(s for s in Options(steps=("events",)).steps if s != "events"))  # what the rule coder reads


def _decisions(nlp, text: str, prior: bool = True) -> list[tuple[str, em.Decision]]:
    doc = nlp(text)
    cands = [t for sent in doc.sents for t in em.candidates(sent)]
    coder = events.Coder(doc, use_model=False)
    ruled = {e.trigger_i: e.cameo for sent in doc.sents for e in coder.sentence(sent)}
    priors = [ruled.get(t.i) if prior else None for t in cands]
    return [(t.text, d) for t, d in zip(cands, em.classify_many(cands, priors))]


def _token(nlp, text: str, word: str):
    return next(t for t in nlp(text) if t.text == word)


def test_candidates_are_predicates_not_the_objects_of_verbs(nlp):
    doc = nlp("The bloc imposed new sanctions after the attack on the embassy.")
    words = [t.text for t in em.candidates(next(doc.sents))]
    assert "imposed" in words and "attack" in words
    assert "sanctions" not in words  # the verb's object: "imposed" is the candidate
    assert "embassy" not in words


def test_features_read_the_frame(nlp):
    threat = em.features(_token(nlp, "The president threatened to attack the rebel stronghold.", "threatened"))
    assert "x=threaten_attack" in threat and "xlex=ASSAULT" in threat and "ctl=threat" in threat
    coded = em.features(_token(nlp, "Troops fired on the crowd.", "fired"), prior="190")
    assert "prior=ASSAULT" in coded and "priorroot=19" in coded
    assert any(f.startswith("lp=fire_on") for f in coded)


@pytest.mark.parametrize("text, word, expected", [
    ("The police did not arrest the demonstrators.", "arrest", "negated"),
    ("No talks were held on Sunday.", "held", "negated"),
    ("The spokesman denied that soldiers had looted the shops.", "looted", "negated"),
    ("There is no evidence that the minister took bribes.", "took", "negated"),
    ("If the talks collapse, the rebels could resume fighting.", "resume", "hypothetical"),
    ("Would new sanctions change anything?", "change", "hypothetical"),
    ("The bank raised rates to curb inflation.", "curb", "hypothetical"),
    ("The prime minister will visit the border region on Friday.", "visit", "future"),
    ("The army is expected to withdraw next week.", "withdraw", "future"),
    ("The agency said rebels had kidnapped two engineers.", "kidnapped", "reported"),
    ("Rebels kidnapped two engineers on Monday.", "kidnapped", "asserted"),
    # habits and standing positions
    ("Norway traditionally opposes whaling quotas set by others.", "opposes", "hypothetical"),
    ("The council has in the past rejected requests from the mayor.", "rejected", "hypothetical"),
    ("The council has for years rejected requests from the mayor.", "rejected", "hypothetical"),
    ("The council rejected requests from the mayor for two years.", "rejected", "asserted"),
    ("The council rejected the mayor's request in the past week.", "rejected", "asserted"),
    # nearness: what one is close to doing has not happened
    ("Aides said the parties were close to reaching a deal on the budget.", "reaching", "future"),
    ("The two unions are on the verge of signing a pact.", "signing", "future"),
    # forecasts: what analysts expect or a headline "sees" has not happened
    ("Analysts expect the two firms to sign a merger agreement next month.", "sign", "future"),
    ("Police saw the gunmen attack the bank.", "attack", "asserted"),
])
def test_mode(nlp, text, word, expected):
    assert em.mode(_token(nlp, text, word)) == expected


def test_model_loads_lazily_and_once(nlp):
    em.model.cache_clear()
    tok = _token(nlp, "Rebels kidnapped two engineers on Monday.", "kidnapped")
    em.features(tok)
    em.mode(tok)
    assert em.model.cache_info().currsize == 0  # features and mode need no weights
    em.classify(tok)
    em.classify(tok)
    assert em.model.cache_info().currsize == 1 and em.model.cache_info().misses == 1


def test_same_output_on_every_run(nlp):
    doc = nlp("Warplanes bombed the bridge and the army shelled the town, officials said.")
    cands = em.candidates(next(doc.sents))
    first = em.model().probabilities(cands, [em.lexicon_code(t) for t in cands])
    em.model.cache_clear()
    again = em.model().probabilities(cands, [em.lexicon_code(t) for t in cands])
    assert first.shape == (len(cands), len(em.LABELS))
    assert np.array_equal(first, again)
    assert np.allclose(first.sum(axis=1), 1.0, atol=1e-5)


@pytest.mark.parametrize("text", [
    "The striker scored a late goal as the visitors won 2-0 in the rain.",
    "Shares in the airline climbed 5 percent after the quarterly results.",
    "A spokesman for the foreign ministry declined to comment on the claims.",
    "The novelist, who was born in a mountain village, died last week aged 88.",
    "Heavy snow closed schools across the northern provinces on Tuesday.",
    "The home side beat their rivals 3-1 in the derby.",
])
def test_clear_non_events_are_none(nlp, text):
    found = [(w, d.plover) for w, d in _decisions(nlp, text) if d.plover is not None]
    assert not found


@pytest.mark.parametrize("text, expected", [
    ("Warplanes carried out strikes on the port overnight.", "ASSAULT"),
    ("Police fired tear gas at the crowd.", "ASSAULT"),
    ("Nurses at the city hospital went on strike on Monday.", "PROTEST"),
    ("Protesters blocked the highway to the airport.", "PROTEST"),
    ("The two presidents held talks in the capital on Tuesday.", "CONSULT"),
    ("The ministry imposed a curfew on the northern city.", "COERCE"),
    ("The ministers agreed to meet again in March.", "AGREE"),
    ("The president threatened to attack the rebel stronghold.", "THREATEN"),
    ("The opposition leader vowed retaliation for the arrests.", "THREATEN"),  # the lexicon says AGREE
])
def test_clear_events_get_their_type(nlp, text, expected):
    events = [d for _, d in _decisions(nlp, text) if d.plover is not None]
    assert events
    best = max(events, key=lambda d: 1.0 - d.probs[em.NONE])
    assert best.plover == expected


def test_cameo_code_has_the_predicted_type(nlp):
    decisions = _decisions(nlp, "The envoy urged both sides to respect the truce and condemned the shelling.")
    typed = [d for _, d in decisions if d.plover is not None]
    assert typed
    for d in typed:
        assert em.plover_of(d.cameo) == d.plover and d.cameo_root == d.cameo[:2]
    urged = dict(decisions)["urged"]
    assert urged.plover == "REQUEST" and urged.cameo_root == "02"  # an appeal, as the lexicon says


def test_without_a_candidate_nothing_is_classified():
    assert em.classify_many([]) == []
    assert em.model().probabilities([]).shape == (0, len(em.LABELS))


def test_a_scene_to_imagine_is_hypothetical():
    from newscoder.options import Options
    from newscoder.pipeline import analyze

    only = Options(steps=("events",))
    assert analyze("Imagine you are a protester in Cairo and the police start arresting your friends.",
                   options=only).events == []
    assert analyze("Egyptian police arrested dozens of protesters in Cairo on Friday.", options=only).events
