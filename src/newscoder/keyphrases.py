"""SCAFFOLD (to be replaced by the real keyphrases step): registers an empty component."""

from spacy.language import Language


@Language.factory("newscoder_keyphrases")
def make_keyphrases(nlp, name):
    return lambda doc: doc
