"""Topics: IPTC Media Topics (levels 1-2) on texts written for these tests."""

from __future__ import annotations

import pytest

import newscoder
from newscoder.models import Topic
from newscoder.options import Options
from newscoder.steps import topics

TEXTS = {
    "medtop:15000000": (  # sport
        "The home side won the league title on Sunday after their striker scored twice in the second "
        "half. The coach thanked the fans in the stadium, and the captain lifted the cup after the match."
    ),
    "medtop:04000000": (  # economy, business and finance
        "The central bank raised interest rates on Wednesday as inflation reached its highest level in "
        "a decade. Shares fell on the stock market and economists warned that the economy could slip "
        "into recession."
    ),
    "medtop:16000000": (  # conflict, war and peace
        "Government troops launched an offensive against rebel positions in the north. Artillery "
        "shelling and airstrikes killed dozens of fighters, and the army said soldiers had taken the town."
    ),
    "medtop:07000000": (  # health
        "Doctors reported a rise in measles infections, and hospital wards filled with patients. Health "
        "officials urged families to get vaccinated as the outbreak of the disease spread."
    ),
}


def _topics(text, **options):
    return newscoder.analyze(text, options=Options(steps=("topics",), **options)).topics


@pytest.mark.parametrize("code", sorted(TEXTS))
def test_top_topic_of_each_kind_of_story(code):
    found = _topics(TEXTS[code])
    assert found and found[0].code == code


def test_topics_are_levels_one_and_two_with_labels_and_scores():
    table = {t.code: t for t in topics.tables().topics}
    found = _topics(TEXTS["medtop:16000000"], n_topics=5)
    assert all(isinstance(t, Topic) for t in found)
    assert all(t.code.startswith("medtop:") and table[t.code].level in (1, 2) for t in found)
    assert all(t.label == table[t.code].label for t in found)
    assert all(0.0 < t.score <= 1.0 for t in found)
    assert [t.score for t in found] == sorted((t.score for t in found), reverse=True)
    assert "medtop:20000056" in [t.code for t in found]  # armed conflict, the child


def test_parent_comes_before_its_child():
    found = [t.code for t in _topics(TEXTS["medtop:04000000"], n_topics=5)]
    assert found.index("medtop:04000000") < found.index("medtop:20000344")  # economy


def test_number_of_topics_follows_options():
    assert len(_topics(TEXTS["medtop:15000000"], n_topics=1)) == 1
    assert _topics(TEXTS["medtop:15000000"], n_topics=0) == []


def test_text_without_cues_gets_few_or_no_topics():
    assert len(_topics("The blue one was on the left, next to the other one, all afternoon.")) <= 1


def test_table_has_the_seventeen_top_level_topics():
    table = topics.tables().topics
    assert sum(t.level == 1 for t in table) == 17
    assert all(t.level == 2 and t.parent for t in table if t.level != 1)


def test_example_article_is_about_conflict_or_politics(example_body):
    codes = [t.code for t in _topics(example_body)]
    assert {"medtop:16000000", "medtop:11000000"} & set(codes[:2])


@pytest.mark.parametrize("nan", [False, True])
def test_only_topics_over_the_floor_are_sorted_and_the_pick_is_that_of_a_full_sort(monkeypatch, nan):
    import numpy as np

    tabs = topics.tables()
    rng = np.random.default_rng(3)
    scores = rng.choice([0.0, 0.05, topics._MIN_SCORE, 0.3, 0.3, 0.7], size=len(tabs.topics))  # ties on the floor too
    if nan:
        scores[[5, 9]] = np.nan  # what an empty doc's embedding gives
    monkeypatch.setattr(topics, "score_topics", lambda doc: scores)
    order = sorted(range(len(scores)), key=lambda i: (-scores[i], tabs.topics[i].level))  # the whole table, as before
    want = []
    for i in order[:5]:
        if scores[i] < topics._MIN_SCORE:
            break
        want.append((tabs.topics[i].code, round(float(min(scores[i], 1.0)), 4)))
    got = [(t.code, t.score) for t in topics.extract(None, 5)]
    assert got == want or (nan and str(got) == str(want))  # nan != nan: compared as text
