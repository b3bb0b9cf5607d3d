"""Keyphrases: ranked noun phrases, surface forms kept, no near-duplicates."""

from __future__ import annotations

import os
import re

import numpy as np
import pytest

import newscoder
from newscoder.models import Keyphrase
from newscoder.options import Options
from newscoder.steps import keyphrases

SPILL = (
    "The oil spill off the coast of Alaska spread on Saturday, and cleanup crews struggled to contain it. "
    "The oil spill is the largest in U.S. history, officials said. The tanker ran aground on a reef "
    "and leaked crude oil for hours. Oil spills of this size kill seabirds and sea otters, and the "
    "cleanup effort could take months. Environmental groups said the oil spill showed that the "
    "industry was not ready for a major accident. The tanker's owner said crude oil was still leaking."
)

TRUCE = (
    "Talks on a cease-fire in the 5-14 region stalled on Monday. The YPG said the cease-fire would "
    "hold if the U.S. kept its troops in the area. A U.S. envoy met YPG commanders, and the cease-fire "
    "talks will resume next week, the envoy said."
)


def _phrases(text, **options):
    return newscoder.analyze(text, options=Options(steps=("keyphrases",), **options)).keyphrases


def test_returns_ranked_keyphrases_with_scores_in_range():
    phrases = _phrases(SPILL)
    assert phrases and all(isinstance(k, Keyphrase) for k in phrases)
    scores = [k.score for k in phrases]
    assert scores == sorted(scores, reverse=True)
    assert all(0.0 <= s <= 1.0 for s in scores) and scores[0] == 1.0


def test_the_main_phrase_is_near_the_top():
    texts = [k.text.lower() for k in _phrases(SPILL)]
    assert "oil spill" in texts[:3]
    assert "crude oil" in texts[:8]


def test_no_plural_singular_duplicates():
    texts = [k.text.lower() for k in _phrases(SPILL)]
    assert not ("oil spill" in texts and "oil spills" in texts)
    stems = [" ".join(w.rstrip("s") for w in t.split()) for t in texts]
    assert len(stems) == len(set(stems))


def test_keeps_hyphens_numbers_acronyms_and_case():
    texts = [k.text for k in _phrases(TRUCE)]
    assert "cease-fire" in texts or any("cease-fire" in t for t in texts)
    assert any("5-14" in t for t in texts)
    assert "YPG" in " ".join(texts)
    assert not any(re.search(r"\bypg\b", t) for t in texts)


def test_limit_follows_options():
    assert len(_phrases(SPILL, n_keyphrases=3)) == 3
    assert len(_phrases(SPILL, n_keyphrases=20)) <= 20


def test_stop_words_and_bare_numbers_are_not_phrases():
    texts = [k.text.lower() for k in _phrases(SPILL + " It cost 240,000 dollars.")]
    assert not any(t in {"the", "it", "hours", "months", "saturday"} for t in texts)
    assert not any(t.startswith("240,000") for t in texts)


def test_example_article(example_body):
    phrases = _phrases(example_body)
    assert 5 <= len(phrases) <= 20
    joined = " | ".join(k.text for k in phrases[:10])
    assert "Syria" in joined


@pytest.mark.xfail(strict=True, reason="known regression of the learned ranker: an acronym named three times "
                   "('YPG') ranks below one-mention words ('kilometers'); see docs/benchmarks.md")
def test_example_article_keeps_the_acronym(example_body):
    assert "YPG" in " ".join(k.text for k in _phrases(example_body))


def test_component_runs_in_a_users_pipeline():
    nlp = newscoder.load(())
    doc = nlp(TRUCE)
    assert keyphrases.extract(doc, 5)
    assert len(keyphrases.extract(doc, 2)) == 2


@pytest.mark.parametrize("text", ["Hello.", "It was so, and then it was not."])
def test_texts_without_noun_phrases(text):
    nlp = newscoder.load(())
    assert isinstance(keyphrases.extract(nlp(text), 5), list)


def test_title_case_headline_adds_no_junk_phrases():
    text = "Crews Try To Contain Oil Spill As Tanker Leaks Crude\n\n" + SPILL
    texts = [k.text for k in _phrases(text)]
    assert not any(w in t.split() for t in texts for w in ("Try", "Contain", "Leaks", "Crews"))
    assert "oil spill" in [t.lower() for t in texts[:3]]


def test_a_word_and_a_phrase_holding_it_may_both_be_kept_but_no_stem_twice():
    # Readers mark both "oil" and "oil spill" (kpcrowd-dev), so a word inside a kept phrase stays.
    texts = [k.text.lower() for k in _phrases(SPILL)]
    stems = [" ".join(sorted(w.rstrip("s") for w in t.split())) for t in texts]
    assert len(stems) == len(set(stems))


def test_a_sentence_full_of_names_is_not_taken_for_a_headline():
    text = ("Real Madrid beat Atletico Madrid in the Champions League final in Lisbon on Saturday. "
            "The Champions League title was Real Madrid's tenth, and the club's fans filled the streets.")
    texts = [k.text for k in _phrases(text)]
    assert "Real Madrid" in texts[:4]
    assert any("Champions League" in t for t in texts[:8])


def test_sentence_initial_nationality_keeps_its_capital():
    from newscoder import analyze

    a = analyze("Kenyan police arrested twelve protesters in Nairobi on Tuesday after a march against new "
                "taxes turned violent. Kenyan police later released them.")
    texts = [k.text for k in a.keyphrases]
    assert "Kenyan police" in texts and "kenyan police" not in texts


def test_a_time_word_hyphened_to_the_next_stays_in_the_phrase():
    text = ("Miners at the Karvina pit ended a week-long strike on Friday. The week-long strike had cut "
            "coal output, and the union signed a two-year deal with the owners.")
    texts = [k.text for k in newscoder.analyze(text).keyphrases]
    assert "week-long strike" in texts and "two-year deal" in texts
    assert "long strike" not in texts and "year deal" not in texts


def test_a_topical_noun_the_article_repeats_is_a_keyphrase():
    from newscoder import analyze
    from newscoder.options import Options

    text = ("Police in Valdora arrested nine protesters on Sunday. Police said the protesters blocked the main "
            "bridge for hours. The police chief, Marta Lenz, said police would keep the bridge open. Residents "
            "said the police used tear gas against peaceful protesters near the river market.")
    phrases = [k.text for k in analyze(text, options=Options(steps=("keyphrases",))).keyphrases[:10]]
    assert "police" in phrases  # lower case, and near the top though it is one word
    assert all(not p[:1].isupper() or p.split()[0] in ("Valdora", "Marta") for p in phrases)


# --- the learned ranker -----------------------------------------------------------------------------

STACKED = (
    "Marovian Defence Minister Elsa Varkonyi flew to the border town of Tirel on Thursday to inspect the new "
    "bridge. Varkonyi said the bridge would open in spring, and the army would guard it. Local traders "
    "welcomed the bridge, which cuts the drive to the market by two hours. Varkonyi later met the town's mayor."
)

HARVEST = (
    "Farmers across the northern valley began the grape harvest early this year after a dry summer. The "
    "harvest is expected to be small, growers said, but the grapes are sweet. Wineries have hired extra "
    "pickers for the harvest, and some farmers fear that a late storm could still damage the vines. Last "
    "year's harvest was the largest in a decade. Co-operative managers said prices for the harvest would "
    "be set next month."
)


def test_a_title_stacked_name_yields_the_bare_name():
    texts = [k.text for k in _phrases(STACKED, n_keyphrases=10)]
    assert "Elsa Varkonyi" in texts or "Varkonyi" in texts
    assert all(t == t.strip() for t in texts)


WEDDING = (
    "Canadian pop star Jonah Meriel married Argentine television actress Clara Velloso in a civil ceremony in "
    "Buenos Aires on Thursday. Meriel, who won a Grammy last year, thanked his fans for their messages. The pop "
    "star Jonah Meriel said the wedding was small. Velloso wore a chiffon dress, and hundreds of fans waited outside."
)

SMELTER = (
    "Metals group Varrow AB said on Monday it would close its copper smelter in Kiruna next year. Varrow said "
    "the smelter had lost money for three years. Unions said the closure would cost 400 jobs, and the town's "
    "mayor asked the government to help."
)


@pytest.mark.parametrize("text, names, titles", [
    (WEDDING, ("Meriel", "Velloso"), ("star", "actress", "television", "Canadian", "Argentine")),
    (SMELTER, ("Varrow",), ("group", "metals", "Metals")),
])
def test_no_title_or_description_is_stacked_on_a_name(text, names, titles):
    texts = [k.text for k in _phrases(text, n_keyphrases=20)]
    stacked = [t for t in texts if any(n in t for n in names) and any(w in t.split() for w in titles)]
    assert not stacked
    assert any(n in t for t in texts for n in names)  # the name itself stays


def test_a_name_written_after_its_title_ranks_as_the_bare_name():
    texts = [k.text for k in _phrases(WEDDING, n_keyphrases=10)]
    assert "Jonah Meriel" in texts and "Clara Velloso" in texts


def test_an_ordinal_or_us_inside_a_name_is_not_cut_off():
    text = ("Banks met in Paris on Monday to discuss the Third World debt crisis. Third World debt has doubled in "
            "ten years, and the US Treasury wants banks to forgive part of it. The Third World debt crisis will "
            "top the agenda again next month, the US Treasury said.")
    texts = [k.text for k in _phrases(text, n_keyphrases=20)]
    assert any(t.startswith("Third World") for t in texts) and "US Treasury" in texts
    assert not any(t.startswith("World") for t in texts)


def test_a_topical_noun_repeated_through_an_article_is_in_the_top_ten():
    texts = [k.text for k in _phrases(HARVEST, n_keyphrases=10)]
    assert "harvest" in texts or "grape harvest" in texts
    assert "harvest" in [t.lower() for t in texts] or any(t.lower().endswith("harvest") for t in texts)


def test_sentence_initial_capital_of_a_common_noun_is_not_kept():
    text = ("Dock workers at the port of Velna walked out on Monday. Dock workers want higher pay, and the "
            "port's owners said the strike by dock workers would delay shipments.")
    texts = [k.text for k in _phrases(text, n_keyphrases=10)]
    assert "dock workers" in texts and "Dock workers" not in texts
    # a word the model reads as a date's ("Annual") is no name either
    text = ("Annual bonus payments at Corbel Mutual were cut. Annual bonus payments fell for a third year, and "
            "members said annual bonus payments should rise.")
    texts = [k.text for k in _phrases(text, n_keyphrases=10)]
    assert not any(t.startswith("Annual") for t in texts) and any(t.startswith("annual bonus") for t in texts)
    text = ("Christmas shoppers flocked to stores on Saturday. Christmas shoppers spent more than last year, and "
            "retailers said Christmas shoppers were confident.")
    assert "Christmas shoppers" in [k.text for k in _phrases(text, n_keyphrases=10)]  # a feast keeps its capital


def test_the_model_loads_once_and_is_deterministic():
    import json
    from importlib import resources

    from newscoder.steps import keyphrase_model

    model = keyphrase_model.model()
    assert model is keyphrase_model.model()
    data = json.loads(resources.files("newscoder").joinpath("data/keyphrase_model.json").read_text())
    assert tuple(data["features"]) == keyphrase_model.FEATURES
    assert data["trees"] and all(max(t["feature"]) < len(keyphrase_model.FEATURES) for t in data["trees"])
    again = keyphrase_model.from_json(data)
    rows = np.random.default_rng(0).normal(size=(50, len(keyphrase_model.FEATURES)))
    assert (again.scores(rows) == model.scores(rows)).all()


def test_the_same_text_gives_the_same_keyphrases_on_two_runs():
    first = [(k.text, k.score) for k in _phrases(STACKED + " " + HARVEST)]
    second = [(k.text, k.score) for k in _phrases(STACKED + " " + HARVEST)]
    assert first == second and first


def test_a_nationality_alone_is_no_keyphrase():
    text = ("Kurdish fighters held the town on Monday. Kurdish-led forces said the Kurdish fighters would stay. "
            "The Turkish-US talks on the town ended without a deal, and Kurdish leaders said the talks failed.")
    texts = [k.text for k in _phrases(text)]
    assert "Kurdish fighters" in texts
    assert not any(t in ("Kurdish", "Turkish-US", "Turkish") for t in texts)


def test_the_same_words_under_two_lemmas_are_shown_once():
    from collections import Counter

    def cand(key, text, score):
        return keyphrases.Candidate(key, tuple(key.split()), surfaces=Counter({text: 1}), score=score)

    ranked = [cand("mad men", "Mad Men", 0.9), cand("mad man", "Mad Men", 0.8), cand("season", "season", 0.5)]
    assert [c.text for c in keyphrases.dedupe(ranked, 10)] == ["Mad Men", "season"]



def test_a_firm_name_with_and_without_its_legal_suffix_is_one_keyphrase():
    from collections import Counter

    def cand(text, score):
        words = tuple(text.lower().split())
        return keyphrases.Candidate(" ".join(words), words, surfaces=Counter({text: 1}), score=score)

    ranked = [cand("Norvale Foods", 0.9), cand("Norvale Foods Inc", 0.8), cand("Tessik Holdings Corp", 0.7),
              cand("Tessik", 0.6), cand("rebel group", 0.5), cand("rebel", 0.4)]
    kept = [c.text for c in keyphrases.dedupe(ranked, 10)]
    assert kept == ["Norvale Foods", "Tessik Holdings Corp", "rebel group", "rebel"]


def test_reporting_nouns_are_no_keyphrase_alone():
    text = ("Velmar Oil, the oil company that runs the Tarsk refinery, said on Monday that output fell. The company "
            "said a fire closed two units. Officials said the fire was out, a company spokesman said, and "
            "officials expect the refinery to reopen. A statement from the company said the refinery would "
            "run at half its rate, and dozens of workers were sent home, a source said.")
    texts = [k.text.lower() for k in _phrases(text, n_keyphrases=20)]
    assert "refinery" in texts
    assert not {"company", "officials", "spokesman", "company spokesman", "statement", "dozens", "source"} & set(texts)


def test_wire_table_words_and_stock_symbols_are_no_keyphrases():
    text = ("Drevak Mills Inc <DRVK> said its board declared a qtly div of 12 cts a share, payable April 1. "
            "Drevak Mills Inc said 4th qtr net rose on higher textile sales. Prior qtly div was 10 cts. "
            "Drevak Mills makes textile products in three plants.")
    texts = [k.text.lower() for k in _phrases(text, n_keyphrases=20)]
    assert any("drevak mills" in t for t in texts)
    assert not {"drvk", "div", "qtly", "4th", "prior"} & {w for t in texts for w in t.split()}


PIPELINE_FIRE = (
    "Oil prices rose on Monday after a pipeline fire in the north cut exports. Traders said oil prices could climb "
    "further if the pipeline stays shut for more than a week."
)


def test_a_short_item_ranks_its_topical_single_words_high():
    # The article's length is a feature of the ranker: readers of a short item mark its single topical words
    # ("oil", "prices") beside the phrase, where a long article's readers mark phrases.
    top = [k.text.lower() for k in _phrases(PIPELINE_FIRE, n_keyphrases=5)]
    assert "oil prices" in top
    assert "oil" in top and "prices" in top


def test_embedding_rows_are_the_same_bytes_in_any_batch_and_from_the_cache():
    """``embed`` keeps short texts' rows for the process; a row must not depend on its batch or on the cache."""
    texts = ["oil spill", "crude oil", "cease-fire", "U.S. envoy", "YPG commanders", "oil spill"]
    keyphrases._VECTORS.clear()
    direct = keyphrases.embedder().embed(texts, norm=True)
    first = keyphrases.embed(texts)  # computed
    again = keyphrases.embed(texts[::-1])[::-1]  # from the cache
    alone = np.stack([keyphrases.embedder().embed([t], norm=True)[0] for t in texts])
    assert first.dtype == direct.dtype and first.shape == direct.shape
    for rows in (first, again, alone):
        assert rows.tobytes() == direct.tobytes()
    first[0] = 0.0  # the caller's array is its own: the kept rows do not change
    assert keyphrases.embed(texts[:1]).tobytes() == direct[:1].tobytes()


NAMES_OF = (
    "The Ministry of Defence said on Tuesday it would buy new helicopters. A spokesman for the Ministry of "
    "Defence said the deal was worth 2 billion pounds. The Bank of England kept interest rates on hold, and "
    "the University of Michigan said its survey showed weaker confidence. Officials at the Ministry of Defence "
    "declined to comment. The Bank of England will meet again next month. Procter & Gamble reported sales."
)


def test_a_name_held_together_by_of_is_not_cut_into_fragments():
    texts = [k.text for k in _phrases(NAMES_OF)]
    assert "Ministry of Defence" in texts and "Bank of England" in texts
    assert not {"Ministry", "Defence", "Bank", "England", "Michigan", "Procter", "Gamble"} & set(texts), texts


SHELLING = (
    "Government troops shelled rebel towns in northern Syria on Monday, and the fighting in northern Syria forced "
    "thousands of families to flee. Syria has been at war since 2011. Aid groups said the shelling of northern "
    "Syria was the worst this year, and that Syria must let convoys in. President Assad said the army would "
    "press on. Assad has refused talks. Floods last month had already cut the main road, and the flooding "
    "left villages without food. The floods and the shelling have emptied whole villages."
)


def test_a_name_and_the_same_name_with_a_modifier_are_one_keyphrase():
    texts = [k.text for k in _phrases(SHELLING)][:10]
    assert "Syria" in texts and "northern Syria" not in texts, texts


@pytest.mark.parametrize("text, kept", [
    ("flooding", "floods"), ("term limitations", "term limits"), ("Oil Prices", "oil prices"),
    ("northern Syria", "Syria"), ("Syria", "northern Syria"), ("President Assad", "Assad"),
    ("Chief Gates", "Gates"), ("Google's Larry Page", "Larry Page"), ("tanker Exxon Valdez", "Exxon Valdez"),
])
def test_variants_of_a_kept_keyphrase_are_folded(text, kept):
    assert keyphrases._variant(text, kept)


@pytest.mark.parametrize("text, kept", [
    ("reporters", "reports"), ("Bank of Slovenia", "Slovenia"), ("New York", "York"), ("flash floods", "floods"),
    ("University of Michigan", "Michigan"), ("Stefano Gabbana", "Gabbana"), ("oil", "oil prices"),
])
def test_different_keyphrases_are_not_variants(text, kept):
    assert not keyphrases._variant(text, kept)


def test_no_keyphrase_starts_with_a_link_word_and_two_names_side_by_side_stay_two():
    text = "Israel & Jordan sign water deal\n\nIsrael & Jordan signed a water deal on Monday in Amman."
    words = [k.text for k in newscoder.analyze(text).keyphrases]
    assert words and not [w for w in words if w.split()[0].lower() in ("&", "of", "and")]


def test_an_acronym_keeps_its_capitals_and_amounts_are_no_keyphrases():
    """Issue 13 (keyphrase junk): "MPs" opening a sentence is no "mPs"; "dollars 2.5bn" and "300m euros" are amounts."""
    a = newscoder.analyze("MPs back curbs on lobbying\n\nMPs voted on Tuesday to curb paid lobbying in parliament. "
                          "The lobbying firms, which earn dollars 2.5bn a year, said the curbs were unfair. Lobbying "
                          "rules differ across Europe, and MPs want a register of lobbyists. The firms spend 300m "
                          "euros on staff.")
    texts = [k.text for k in a.keyphrases]
    assert "MPs" in texts and "mPs" not in texts
    assert not {"dollars", "euros", "m euros", "m", "2.5bn"} & set(texts)


def test_a_number_word_inside_a_name_stays_in_the_keyphrase():
    """Issue 13 (keyphrase fragments): "the Four Gorges Dam" is no "Gorges Dam"."""
    a = newscoder.analyze("Work on the Four Gorges Dam was halted on Monday. Critics say the Four Gorges Dam, a big "
                          "project, will flood villages. Engineers said the Four Gorges Dam was unsafe.")
    texts = [k.text for k in a.keyphrases]
    assert "Four Gorges Dam" in texts and "Gorges Dam" not in texts


@pytest.mark.parametrize("preset", [None, "true"])
def test_the_embedder_turns_tokenizer_threads_off_unless_the_environment_chose(monkeypatch, preset):
    if preset is None:
        monkeypatch.delenv("TOKENIZERS_PARALLELISM", raising=False)
    else:
        monkeypatch.setenv("TOKENIZERS_PARALLELISM", preset)
    monkeypatch.setattr(keyphrases, "_EMBEDDER", None)  # loaded again, as in a fresh process
    keyphrases.embedder()
    assert os.environ["TOKENIZERS_PARALLELISM"] == (preset or "false")
