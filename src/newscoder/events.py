"""SCAFFOLD (to be replaced by the real events step): registers an empty component."""

from spacy.language import Language


@Language.factory("newscoder_events")
def make_events(nlp, name):
    return lambda doc: doc
