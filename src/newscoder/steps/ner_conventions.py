"""News conventions for entity labels, by category of error the small model makes on unseen news.

``apply_conventions(doc, ents, lexicon)`` is the last pass of ``ner_fixes.fix_ents``:

- **a capitalized common word at a sentence start is not a name** ("Slideshow", "Wildfires", "Vaccine",
  "IPO" in a caption or heading): a one-word PERSON/ORG/PRODUCT/WORK_OF_ART whose lower-case form is an
  English word (``layout.Lexicon``), which the article never writes capitalized inside a sentence and no
  table knows, in a short line or in the plural;
- **an acronym is not a person** ("JAXA", "FURIA" as PERSON): a one-word PERSON in capitals, outside lines
  in capitals, is an ORG;
- **a name described as a firm is not a person** ("equipment maker LM Ericsson", "X, the carmaker");
- **sports teams are organisations** (CoNLL and OntoNotes): in a sports story, a city, state or college
  that is not used as a place ("West Virginia closed the game", "Georgetown's coach", "lost to Georgetown",
  but not "in West Virginia") is an ORG, and so is a team's nickname the model took for a nationality
  ("the Trojans", "the Cougars").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ..knowledge import countries, firms
from .layout import CASED_KEY, all_caps

#: Words that say a story is about sport; three different ones make it a sports story.
SPORT_WORDS = frozenset("""game games season coach coaches league match matches tournament quarterback
    goal goals points scored score playoff playoffs championship innings inning touchdown touchdowns
    rebounds halftime overtime basketball football baseball soccer hockey cricket rugby tennis""".split())
#: Prepositions before a team ("lost to Georgetown", "against West Virginia").
TEAM_PREPS = frozenset({"against", "over", "vs", "vs.", "versus", "to", "by"})
TEAM_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "poss", "compound"})
#: Groups by belief or politics (NORP in OntoNotes, MISC in CoNLL) that are not nationalities.
GROUP_WORDS = frozenset("""republican republicans democrat democrats conservative conservatives liberal
    liberals socialist socialists communist communists christian christians muslim muslims jew jews jewish
    catholic catholics protestant protestants hindu hindus buddhist buddhists sikh sikhs sunni sunnis shia
    shiite shiites evangelical evangelicals tory tories islamist islamists nazi nazis""".split())
_SCORE = re.compile(r"\b\d{1,3}-\d{1,3}\b")
_SHORT_LINE = 6


def apply_conventions(doc: Doc, ents: list[Span], lexicon) -> list[Span]:
    """The entities with the conventions of the module docstring applied (spans dropped or relabelled)."""
    capitalized = _capitalized_inside(doc)
    sports = _is_sports(doc)
    out = []
    for ent in ents:
        if _common_word(ent, lexicon, capitalized):
            continue
        label = _label(ent, sports)
        out.append(ent if label == ent.label_ else Span(doc, ent.start, ent.end, label))
    return out


def _label(ent: Span, sports: bool) -> str:
    if ent.label_ == "PERSON" and len(ent) == 1 and _acronym(ent[0]):
        return "ORG"
    if ent.label_ == "PERSON" and described_as_firm(ent):
        return "ORG"
    if sports and ent.label_ in ("GPE", "LOC", "NORP") and _team(ent):
        return "ORG"
    return ent.label_


def _acronym(token) -> bool:
    text = token.text
    return (len(text) >= 3 and text.isalpha() and text.isupper() and token._.nc_cased is None
            and not all_caps(token.doc))


def _capitalized_inside(doc: Doc) -> set[str]:
    """Lower-case forms of the words the article writes capitalized inside a sentence."""
    recased = bool(doc.user_data.get(CASED_KEY))  # no token has ``nc_cased`` set when False (``layout.cased``)
    return {t.lower_ for t in doc if t.text[:1].isupper() and not t.is_sent_start
            and (not recased or t._.nc_cased is None) and not (t.i and doc[t.i - 1].is_space)}


def _common_word(ent: Span, lexicon, capitalized: set[str]) -> bool:
    if len(ent) != 1 or ent.label_ not in ("PERSON", "ORG", "PRODUCT", "WORK_OF_ART"):
        return False
    tok = ent[0]
    at_start = tok.is_sent_start or (tok.i and tok.doc[tok.i - 1].is_space)
    if not at_start or tok.lower_ in capitalized or tok.lower_ not in lexicon:
        return False
    if countries.find_actor(tok.text) or countries.lookup(tok.text) or countries.city_country(tok.text):
        return False
    short = len([t for t in tok.sent if not t.is_punct and not t.is_space]) < _SHORT_LINE
    plural = tok.tag_ in ("NNS", "NNPS") or (tok.text.endswith("s") and tok.lemma_.lower() != tok.lower_)
    return short or plural


def described_as_firm(ent: Span) -> bool:
    """"equipment maker LM Ericsson", "Ericsson, the telecoms maker": a name a firm noun describes is a firm's."""
    root = ent.root
    nouns = [c for c in root.children if c.dep_ in ("compound", "appos") and not (ent.start <= c.i < ent.end)]
    if root.dep_ in ("appos", "compound") and not (ent.start <= root.head.i < ent.end):
        nouns.append(root.head)
    return any(t.lemma_.lower() in firms.FIRM_NOUNS and t.pos_ == "NOUN" for t in nouns)


def _is_sports(doc: Doc) -> bool:
    words = {t.lower_ for t in doc if t.lower_ in SPORT_WORDS}
    return len(words) >= 3 or (len(words) >= 2 and _SCORE.search(doc.text) is not None)


def _team(ent: Span) -> bool:
    """In a sports story, a place that is not a country and is not used as a place ("in West Virginia",
    "Boston area") stands for its team; so does a nickname the model took for a nationality."""
    text = ent.text
    if ent.label_ == "NORP":
        return (countries.by_demonym(text) is None and text.lower() not in GROUP_WORDS
                and text.endswith("s") and " " not in text)
    if countries.by_name(text) is not None or countries.by_demonym(text) is not None:
        return False
    root, head = ent.root, ent.root.head
    if root.dep_ == "pobj":
        return head.lower_ in TEAM_PREPS or head.lower_ in ("for", "of")
    if root.dep_ == "compound":
        return head.lower_ in SPORT_WORDS or head.lower_ in ("team", "player", "players", "coach")
    return root.dep_ in TEAM_DEPS or root.dep_ in ("appos", "conj", "ROOT")
