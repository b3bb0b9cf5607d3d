"""News conventions for entity labels, by category of error the small model makes on unseen news.

``apply_conventions(doc, ents, lexicon)`` is the last pass of ``ner_fixes.fix_ents``:

- **a capitalized common word at a sentence start is not a name** ("Slideshow", "Wildfires", "Vaccine",
  "IPO" in a caption or heading): a one-word PERSON/ORG/PRODUCT/WORK_OF_ART whose lower-case form is an
  English word (``layout.Lexicon``), which the article never writes capitalized inside a sentence and no
  table knows, in a short line or in the plural;
- **an acronym is not a person** ("JAXA", "FURIA" as PERSON): a one-word PERSON in capitals, outside lines
  in capitals, is an ORG;
- **a name described as a firm is not a person or a place** ("equipment maker LM Ericsson", "X, the carmaker",
  "Italian gas group Sarnetti"); the entities step then gives the firm's other mentions its label, and the
  mentions the model missed are found ("production company Energean ... Energean said");
- **the places of a dateline are places** (``DATELINE_FORM``: "OSLO / HELSINKI ( Reuters ) -", "KELSTON
  1996-03-14"), also in a sports story;
- **sports teams are organisations** (CoNLL and OntoNotes): in a sports story, a city, state or college
  that is not used as a place ("West Virginia closed the game", "Georgetown's coach", "lost to Georgetown",
  but not "in West Virginia"; in a headline in capitals, unless after "in" or "at") is an ORG, and so is a
  team's nickname the model took for a nationality ("the Trojans", "the Cougars"), and a place or club the
  model took for a person ("Yorkshire", "Werder Bremen", "Manchester United", one word that beats or draws with
  another); a league,
  cup or tour is an event (CoNLL's MISC).
  A big town the model missed in a sports story is found the same way. Results rows and slugs of sports
  stories are ``ner_sports``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.attrs import IS_SPACE, LOWER, ORTH, SENT_START
from spacy.strings import hash_string
from spacy.tokens import Doc, Span

from .. import extensions
from ..knowledge import countries, firms
from .layout import CASED_KEY, HEADLINES, all_caps, cased
from .ner_sports import SPORT_WORDS, is_sports, venues

#: Prepositions before a team ("lost to Georgetown", "against West Virginia").
TEAM_PREPS = frozenset({"against", "over", "vs", "vs.", "versus", "to", "by"})
TEAM_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "poss", "compound"})
#: Verbs of a result, whose subject and object are competitors ("Kelby beat Ashford", "drew with Ashford").
RESULT_VERBS = frozenset("""beat defeat draw lose win hold edge thrash rout crush overcome eliminate knock host
    trail lead upset down stun""".split())
#: Nouns that describe a firm ("fashion retailer Halbrook Vane", "Italian gas group Sarnetti").
FIRM_WORDS = firms.FIRM_NOUNS | frozenset("""group chain brand miner operator developer supplier brokerage broker
    drugmaker startup giant publisher distributor exporter importer refiner utility broadcaster network provider
    consultancy carrier exchange""".split())
#: Labels the model gives names that a firm noun describes.
FIRM_MISREAD = frozenset({"PERSON", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "NORP"})
#: Prepositions before a place in a sports headline ("WIN IN DUNMORE", "DRAW AT KELBY").
HEADLINE_PLACE_PREPS = frozenset({"in", "at", "from", "near", "to"})
#: A club named after its city ("Werder Bremen", "Bayern Munich") ends in a city of at least this many people.
CLUB_CITY = 300_000
#: Second words of a club named "city + word" ("Manchester United", "Bristol Rovers", "Birmingham City").
CLUB_WORDS = frozenset("""united city rovers rangers athletic wanderers town county albion hotspur celtic
    dynamo""".split())
#: Last words of a competition's name ("Asian Cup", "American League", "Bundesliga").
COMPETITION_WORDS = frozenset("""league cup open championship championships tour series trophy games masters
    prix bundesliga eredivisie olympics""".split())
#: Groups by belief or politics (NORP in OntoNotes, MISC in CoNLL) that are not nationalities.
GROUP_WORDS = frozenset("""republican republicans democrat democrats conservative conservatives liberal
    liberals socialist socialists communist communists christian christians muslim muslims jew jews jewish
    catholic catholics protestant protestants hindu hindus buddhist buddhists sikh sikhs sunni sunnis shia
    shiite shiites evangelical evangelicals tory tories islamist islamists nazi nazis""".split())
_SHORT_LINE = 6


_CAPS_PLACE = r"[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,3}"
#: A dateline whose form alone says it names places, whether or not the gazetteer knows them: places in capitals
#: at the start of a line, "/" between them, an optional region, then an agency in brackets or an ISO date ending
#: the line ("OSLO / HELSINKI ( Reuters ) -", "VALDOSTA , Georgia ( Reuters )", "KELSTON 1996-03-14",
#: "DUNMORE , Ontario 1996-03-14").
DATELINE_FORM = re.compile(
    rf"^[ \t]*(?P<places>{_CAPS_PLACE}(?:[ \t]*/[ \t]*{_CAPS_PLACE})*)"
    r"(?:[ \t]*,[ \t]*(?P<region>[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2}))?"
    r"(?:[ \t]*,[ \t]*[A-Z][a-z]{2,8}\.? \d{1,2})?[ \t]*"
    r"(?=\([ \t]*(?:" + "|".join(countries.AGENCIES) + r")\b[^()\n]{0,30}\)|\d{4}-\d\d-\d\d[ \t]*$)",
    re.M,
)


def dateline_places(doc: Doc, text: str) -> list[Span]:
    """The places of datelines of the form ``DATELINE_FORM``."""
    out = []
    for m in DATELINE_FORM.finditer(text):
        at = m.start("places")
        for part in re.finditer(r"[^/]+", m.group("places")):
            name = part.group(0).strip()
            begin = at + part.start() + part.group(0).index(name) if name else 0
            span = doc.char_span(begin, begin + len(name), label="GPE") if name else None
            if span is not None:
                out.append(span)
        if m.group("region"):
            span = doc.char_span(m.start("region"), m.end("region"), label="GPE")
            if span is not None and span.text not in countries.AGENCIES:
                out.append(span)
    return out


def apply_conventions(doc: Doc, ents: list[Span], lexicon) -> list[Span]:
    """The entities with the conventions of the module docstring applied (spans dropped or relabelled)."""
    capitalized = _capitalized_inside(doc)
    sports = is_sports(doc)
    datelines = {(e.start, e.end) for e in dateline_places(doc, extensions.doc_text(doc))} | set(venues(doc)) \
        if sports else set()  # (and the grounds of results lines: places, no teams)
    out = []
    initials = frozenset(initials_of(e) for e in ents if e.label_ == "ORG") - {""}
    for ent in ents + (_missed_towns(doc, ents) if sports else []) + _missed_firms(doc, ents):
        if _common_word(ent, lexicon, capitalized, initials):
            continue
        label = ent.label_ if (ent.start, ent.end) in datelines else _label(ent, sports)
        out.append(ent if label == ent.label_ else Span(doc, ent.start, ent.end, label))
    return sorted(out, key=lambda e: e.start)


@lru_cache(maxsize=1)
def _firm_word_hashes() -> frozenset[int]:
    return frozenset(hash_string(w) for w in FIRM_WORDS)


def _missed_firms(doc: Doc, ents: list[Span]) -> list[Span]:
    """Firms named right after a firm noun ("production company Energean said", "tech company Blockstack PBC"), in
    that mention if the model missed it and in every other the model also missed ("Energean said it expected")."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    names = {tuple(x.text for x in e) for e in ents if e.label_ == "ORG" and described_as_firm(e)}
    hashes = _firm_word_hashes()  # a set lookup per word: np.isin sorts, slower on an article's few hundred words
    for i in [i for i, h in enumerate(doc.to_array("LOWER")[:-1].tolist()) if h in hashes]:
        noun = doc[i]
        t = doc[noun.i + 1]
        if (t.i in taken or t.pos_ != "PROPN" or not t.text[:1].isupper() or not noun.is_lower
                or noun.pos_ != "NOUN"):
            continue
        end = t.i + 1
        while end < len(doc) and end not in taken and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
            end += 1
        name = tuple(x.text for x in doc[t.i:end])
        names.add(name)
        if len(name) > 1 and firms.LEGAL_FORM.search(" " + " ".join(name[-1:])):
            names.add(name[:-1])  # "Blockstack PBC" is also "Blockstack"
    if not names:
        return []
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for name in sorted(names, key=len, reverse=True):
        by_first.setdefault(name[0], []).append(name)
    out = []
    for t in doc:
        for name in by_first.get(t.text, ()):
            end = t.i + len(name)
            if end <= len(doc) and tuple(x.text for x in doc[t.i:end]) == name \
                    and not taken.intersection(range(t.i, end)) and (end == len(doc) or doc[end].pos_ != "PROPN"):
                out.append(Span(doc, t.i, end, "ORG"))
                taken.update(range(t.i, end))
                break
    return out


def _missed_towns(doc: Doc, ents: list[Span]) -> list[Span]:
    """Big towns a sports story names that the model missed ("Leicester were closing in on victory"), as GPE
    (``_label`` then makes a team of those not used as places); not a word the story also writes in lower case
    ("Tyre" and "tyres") or opens a sentence as a modifier ("Tyre damage forced ...")."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    lower = {t.lemma_ for t in doc if t.is_lower} | {t.text for t in doc if t.is_lower}
    return [Span(doc, t.i, t.i + 1, "GPE") for t in doc
            if t.i not in taken and t.pos_ == "PROPN" and t.text[:1].isupper() and len(t.text) > 2
            and (t.i + 1 >= len(doc) or doc[t.i + 1].pos_ != "PROPN") and (not t.i or doc[t.i - 1].pos_ != "PROPN")
            and countries.by_name(t.text) is None and t.lower_ not in lower
            and not (t.is_sent_start and t.dep_ == "compound")
            and countries.city_country(cased(t)) is not None]


def _label(ent: Span, sports: bool) -> str:
    if ent.label_ == "PERSON" and len(ent) == 1 and _acronym(ent[0]):
        return "ORG"
    if ent.label_ in FIRM_MISREAD and (firm_noun_before(ent) or described_as_firm(ent) and not _known_place(ent.text)):
        return "ORG"
    if sports and ent.label_ in ("GPE", "LOC", "NORP") and _team(ent):
        return "ORG"
    if sports and ent.label_ == "PERSON" and _team_taken_for_person(ent):
        return "ORG"
    if sports and ent.label_ in ("ORG", "GPE", "PERSON") and _competition(ent):
        return "EVENT"
    return ent.label_


def _team_taken_for_person(ent: Span) -> bool:
    """In a sports story, a "person" that is a known place or ends in one ("Yorkshire", "Werder Bremen"), or one
    word that wins, loses or draws ("Kelby beat Ashford", "drew with Kelby"), is a team (a player's surname after
    the full name is a person again: ``ner_fixes._surnames``)."""
    text = ent.text
    if countries.by_name(text) is not None or len(ent) == 1 and text in _surnames_of_people(ent.doc):
        return False
    if countries.city_country(text) is not None or len(ent) > 1 and countries.city_country(ent[-1].text, CLUB_CITY):
        return True
    if len(ent) == 2 and ent[1].lower_ in CLUB_WORDS and countries.city_country(ent[0].text, CLUB_CITY):
        return True  # "Manchester United", "Leeds United", "Birmingham City"
    root, head = ent.root, ent.root.head
    if len(ent) != 1 or root.dep_ not in ("nsubj", "dobj", "pobj"):
        return False
    verb = head.head if root.dep_ == "pobj" and head.lower_ in ("with", "to", "against", "over") else head
    return verb.lemma_.lower() in RESULT_VERBS


def _in_headline(ent: Span) -> bool:
    return any(h.start <= ent.start < h.end for h in ent.doc.spans.get(HEADLINES, ()))


def _surnames_of_people(doc: Doc) -> set[str]:
    """Last words of the names of people the article names in full ("Ogier" of "Sebastien Ogier")."""
    return {e[-1].text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1}


def _competition(ent: Span) -> bool:
    """In a sports story a league, cup or tour is an event (MISC in CoNLL): "Bundesliga", "Asian Cup"."""
    last = ent[-1].text.lower()
    if countries.find_actor(ent.text) is not None:
        return False
    return last in COMPETITION_WORDS and (len(ent) > 1 or last in ("bundesliga", "eredivisie"))


def _acronym(token) -> bool:
    text = token.text
    return (len(text) >= 3 and text.isalpha() and text.isupper() and token._.nc_cased is None
            and not all_caps(token.doc))


def _capitalized_inside(doc: Doc) -> set[str]:
    """Lower-case forms of the words the article writes capitalized inside a sentence."""
    recased = bool(doc.user_data.get(CASED_KEY))  # no token has ``nc_cased`` set when False (``layout.cased``)
    if recased:
        return {t.lower_ for t in doc if t.text[:1].isupper() and not t.is_sent_start
                and t._.nc_cased is None and not (t.i and doc[t.i - 1].is_space)}
    strings, out, after_space = doc.vocab.strings, set(), False  # from the word ids: no Token per word
    upper: dict[int, bool] = {}  # word id -> its first character is a capital (its string made once a doc)
    for orth, lower, sent_start, space in doc.to_array([ORTH, LOWER, SENT_START, IS_SPACE]).tolist():
        if not after_space and sent_start != 1:
            capital = upper.get(orth)
            if capital is None:
                capital = upper[orth] = strings[orth][:1].isupper()
            if capital:
                out.add(strings[lower])
        after_space = space == 1
    return out


#: Small words a name's initials leave out ("Bank of America" is "BA"; with ``minor`` they count: "BoA" aside).
_MINOR_WORDS = frozenset({"of", "and", "the", "for", "&", "de", "du", "des", "la", "le"})
#: Abbreviations of common nouns that spell the initials of many names: never a body's short name on their own.
COMMON_ABBREVIATIONS = frozenset({"MP", "MPs", "PM", "AI", "EM", "CEO", "CFO", "COO", "TV", "IT", "HR", "PR", "GDP",
                                  "VAT", "IPO", "MD", "GP", "PC", "DJ", "PhD", "QC", "MEP", "MSP", "AM", "FM", "UK",
                                  "US", "EU", "UN", "OK", "ID", "DNA", "HIV", "CEOs", "NHS"})


def initials(name: str, minor: bool = False) -> str:
    """"GM" of "General Motors Corp", "HP" of "Hewlett-Packard": no firm's suffix, no small words unless ``minor``."""
    words = [w for w in firms.LEGAL_FORM.sub("", name).replace("-", " ").split() if minor or
             w.lower() not in _MINOR_WORDS]
    return "".join(w[0] for w in words if w[:1].isalpha()).upper()


def initials_of(ent: Span) -> str:
    """The initials of a name of two words or more ("" for one word: its initial names nothing)."""
    return initials(ent.text) if len(ent.text.replace("-", " ").split()) > 1 else ""


def _common_word(ent: Span, lexicon, capitalized: set[str], initials: frozenset[str] = frozenset()) -> bool:
    if len(ent) != 1 or ent.label_ not in ("PERSON", "ORG", "PRODUCT", "WORK_OF_ART") or ent.text in initials and \
            ent.text.isupper() and ent.text not in COMMON_ABBREVIATIONS:
        return False  # (the initials of a body the article names in full: "GM shares fell" after "General Motors")
    tok = ent[0]
    at_start = tok.is_sent_start or (tok.i and tok.doc[tok.i - 1].is_space)
    if not at_start or tok.lower_ in capitalized or tok.lower_ not in lexicon:
        return False
    if countries.find_actor(tok.text) or countries.lookup(tok.text) or countries.city_country(tok.text):
        return False
    short = len([t for t in tok.sent if not t.is_punct and not t.is_space]) < _SHORT_LINE
    plural = tok.tag_ in ("NNS", "NNPS") or (tok.text.endswith("s") and tok.lemma_.lower() != tok.lower_)
    # "Turnout", "Fireworks" as people; not in a sports story, where such a word may be a team ("Yorkshire")
    person = ent.label_ == "PERSON" and not is_sports(tok.doc) and tok.text not in _surnames_of_people(tok.doc)
    return short or plural or person


def firm_words_of(ent: Span, before: bool = False) -> set[str]:
    """The firm nouns (lemmas of ``FIRM_WORDS``) that describe a name in the parse ("equipment maker LM Ericsson",
    "Ericsson, the telecoms maker"), and with ``before`` also the one written right before it ("mobile network
    Orange")."""
    root = ent.root
    nouns = [c for c in root.children if c.dep_ in ("compound", "appos") and not (ent.start <= c.i < ent.end)]
    if root.dep_ in ("appos", "compound") and not (ent.start <= root.head.i < ent.end):
        nouns.append(root.head)
    if before and ent.start and ent.doc[ent.start - 1].is_lower:
        nouns.append(ent.doc[ent.start - 1])
    return {t.lemma_.lower() for t in nouns if t.pos_ == "NOUN" and t.lemma_.lower() in FIRM_WORDS}


def described_as_firm(ent: Span) -> bool:
    """"equipment maker LM Ericsson", "Ericsson, the telecoms maker": a name a firm noun describes is a firm's."""
    return bool(firm_words_of(ent))


def firm_noun_before(ent: Span) -> bool:
    """"mobile network Orange", "the law firm Harlan Pryce": a firm noun right before a name says what it is, even
    where the parse does not join them or the name is also a town's (a town before a noun only modifies it: "a Paris
    bank")."""
    prev = ent.doc[ent.start - 1] if ent.start else None
    return prev is not None and prev.is_lower and prev.pos_ == "NOUN" and prev.lemma_ in FIRM_WORDS


def _known_place(text: str) -> bool:
    return countries.by_name(text) is not None or countries.city_country(text) is not None


def _team(ent: Span) -> bool:
    """In a sports story, a place that is not a country and is not used as a place ("in West Virginia",
    "Boston area") stands for its team; so does a nickname the model took for a nationality."""
    text = ent.text
    if ent.label_ == "NORP":
        return (countries.by_demonym(text) is None and text.lower() not in GROUP_WORDS
                and text.endswith("s") and " " not in text)
    if countries.by_name(text) is not None or countries.by_demonym(text) is not None:
        return False
    if _in_headline(ent):  # a headline's parse is no guide: "HARBURY SLUMP AS KELBY PRESS", not "WIN IN DUNMORE"
        return ent.start == 0 or ent.doc[ent.start - 1].lower_ not in HEADLINE_PLACE_PREPS
    root, head = ent.root, ent.root.head
    if root.dep_ == "pobj":
        return head.lower_ in TEAM_PREPS or head.lower_ in ("for", "of")
    if root.dep_ == "compound":
        return head.lower_ in SPORT_WORDS or head.lower_ in ("team", "player", "players", "coach")
    return root.dep_ in TEAM_DEPS or root.dep_ in ("appos", "conj", "ROOT")
