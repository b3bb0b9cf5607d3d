"""Reading the parse for the event coder (steps/event_syntax.py): what is kept per doc gives the answers the parse
gives, for every doc and every thread. Sentences written for these tests."""

from __future__ import annotations

import sys
import threading

import pytest

from newscoder import pipeline
from newscoder.steps import event_syntax as syn


@pytest.fixture(scope="module")
def nlp():
    return pipeline.load(())


def _answers(doc):
    return [([c.i for c in syn.children(t)], syn.subject(t)[0].i if syn.subject(t)[0] is not None else None)
            for t in doc]


def _truth(doc):
    return [([c.i for c in t.children], syn.subject.__wrapped__(t)[0].i if syn.subject.__wrapped__(t)[0] is not None
             else None) for t in doc]


def test_kept_answers_follow_the_doc(nlp):
    one = nlp("The rebels attacked the convoy near the border on Monday.")
    two = nlp("Talks between the two governments resumed in Geneva, and the envoys met the mediator.")
    for doc in (one, two, one):  # a doc read again after another: its own answers, not the other's
        assert _answers(doc) == _truth(doc)


def test_threads_do_not_mix_docs(nlp):
    docs = [nlp("The army shelled the town and the militia fired back."),
            nlp("Protesters in the capital demanded that the minister resign, officials said.")]
    truth = [_truth(d) for d in docs]
    wrong = []
    start = threading.Barrier(2)

    def read(k):
        start.wait()
        for _ in range(200):  # each thread alternates with the other's doc in between
            if _answers(docs[k]) != truth[k]:
                wrong.append(k)

    threads = [threading.Thread(target=read, args=(k,)) for k in (0, 1)]
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as the interpreter can, to meet any race
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        sys.setswitchinterval(interval)
    assert not wrong


def test_a_sentence_inside_a_quotation_is_said_by_the_one_its_attribution_names(nlp):
    doc = nlp("“The plan is reckless. It will cost commuters dearly,” Okafor said. The vote is on Monday.")
    first, _, third = list(doc.sents)
    speaker, verb = syn.quote_speaker(first[0])
    assert (speaker.text, verb.lemma_) == ("Okafor", "say")
    assert syn.quote_speaker(third[0]) == (None, None)  # (after the quotation closed)
    doc = nlp("Okafor said: “The plan is reckless. Commuters will pay more.” The vote is on Monday.")
    assert syn.quote_speaker(list(doc.sents)[1][0])[0].text == "Okafor"  # (named before the quotation opened)
    doc = nlp("“The plan is reckless.\n\n“Commuters will pay more,” Okafor said.")
    assert syn.quote_speaker(doc[0]) == (None, None)  # (a quotation opened again: the next paragraph's own words)
