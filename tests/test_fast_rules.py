"""The attribute ruler and lemmatizer of ``fast_rules`` give every token what spaCy's own components give."""

from __future__ import annotations

import importlib

import pytest

from newscoder import fast_rules, spacy_load

TEXTS = [
    # contractions the ruler's two-token patterns lemmatize, whitespace tokens, an expletive 'there'
    "I'm gonna call them, y'all. Let's wait! Ain't nobody gotta pay. C'mon  now.\n\n  There is a plan; there's two.",
    # an all-caps wire headline, pronouns as subjects and objects, 'do'/'have' as main verbs, DT as a pronoun
    "MINISTERS SAY THEY WON'T RESIGN\n\nLONDON, May 2 - I saw it and it saw me. You did that, which they had "
    "done before. That is what he gets; she got those.",
    # an ordinary news paragraph with numbers, hyphens and quotes
    "The council's 12-member board voted 7-5 on Tuesday to cut spending by $4.5 million, officials said. \"We "
    "have no choice,\" the mayor told reporters, adding that talks with unions were being held.",
]
ATTRS = ["TAG", "POS", "MORPH", "LEMMA", "DEP", "HEAD"]


@pytest.fixture(scope="module")
def pair():
    spacy_load.import_spacy()
    stock = importlib.import_module(spacy_load.MODEL).load(exclude=["senter"])
    return spacy_load.load_model(("senter",)), stock


def _tokens(doc) -> list[tuple]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in doc]


def test_the_loaded_model_uses_the_fast_classes_and_gives_every_token_the_stock_values(pair):
    ours, stock = pair
    assert isinstance(ours.get_pipe("attribute_ruler"), fast_rules.FastAttributeRuler)
    assert isinstance(ours.get_pipe("lemmatizer"), fast_rules.FastEnglishLemmatizer)
    assert type(stock.get_pipe("attribute_ruler")) is not fast_rules.FastAttributeRuler
    for text in TEXTS * 2:  # twice: the second time every token's answer comes from the caches
        assert _tokens(ours(text)) == _tokens(stock(text))
    assert ours.get_pipe("attribute_ruler")._compiled  # the model's patterns are decided without the Matcher
    index = ours.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert all(type(words) is list for words in index.values())  # its own tables, as saved, after each call
    doc = ours(TEXTS[0])
    lemmas = {t.lower_: t.lemma_ for t in doc}
    assert (lemmas["gon"], lemmas["na"], lemmas["y'"], lemmas["c'm"]) == ("go", "to", "you", "come")  # 2-token rules


def test_a_pattern_added_after_use_applies_and_one_the_fast_path_cannot_read_falls_back_to_the_matcher():
    text = "The envoy arrived late."
    nlp = spacy_load.load_model(("senter",))
    ruler = nlp.get_pipe("attribute_ruler")
    nlp(text)
    ruler.add([[{"LOWER": "envoy"}]], {"LEMMA": "emissary"})
    assert [t.lemma_ for t in nlp(text)][1] == "emissary"
    assert ruler._compiled  # equality on LOWER is read without the Matcher
    ruler.add([[{"LOWER": "arrived", "OP": "+"}]], {"LEMMA": "came"})
    doc = nlp(text)
    assert [t.lemma_ for t in doc][1:3] == ["emissary", "came"]
    assert ruler._compiled is False  # an operator: spaCy's Matcher decides, as in the stock component


def test_a_saved_pipeline_names_spacys_own_components(pair, tmp_path):
    ours, _stock = pair
    ours.to_disk(tmp_path / "saved")
    config = (tmp_path / "saved" / "config.cfg").read_text(encoding="utf-8")
    assert 'factory = "attribute_ruler"' in config and 'factory = "lemmatizer"' in config
    assert "newscoder" not in config


def test_new_tables_for_the_lemmatizer_are_used_not_the_lemmas_kept_from_the_old_ones():
    from spacy.lookups import Lookups
    from spacy.strings import get_string_id

    nlp = spacy_load.load_model(("senter",))
    lemmatizer = nlp.get_pipe("lemmatizer")
    text = "The envoys went home."
    assert [t.lemma_ for t in nlp(text)][2] == "go"
    tables = Lookups()
    for name in lemmatizer.lookups.tables:
        data = dict(lemmatizer.lookups.get_table(name).items())
        if name == "lemma_exc":
            verb = get_string_id("verb")  # (a table's keys are the strings' hashes)
            data[verb] = {**data[verb], "went": ["wend"]}
        tables.add_table(name, data)
    lemmatizer.lookups, lemmatizer.cache = tables, {}  # (spaCy's own cache is the caller's to clear)
    assert [t.lemma_ for t in nlp(text)][2] == "wend"


def test_a_pipeline_that_has_analysed_pickles_and_analyses_the_same_after():
    import pickle

    nlp = spacy_load.load_model(("senter",))
    before = [_tokens(nlp(text)) for text in TEXTS]  # (the ruler's tests of its patterns are made: closures)
    again = pickle.loads(pickle.dumps(nlp))
    assert isinstance(again.get_pipe("attribute_ruler"), fast_rules.FastAttributeRuler)
    assert [_tokens(again(text)) for text in TEXTS] == before
