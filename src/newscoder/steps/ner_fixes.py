"""Corrections to spaCy's named entities, before the entities step canonicalizes them.

The small model misses or mislabels names a news reader knows: ``fix_ents(doc, known)`` adds the
known names the ``newscoder_names`` span ruler matched (countries, demonyms, known actors), a wire
dateline ("NEW YORK, March 3 -") and acronyms defined in the text; relabels known names (a country is
GPE, a demonym NORP, a known group ORG, a name after a title word a PERSON); splits comma lists ("Afrin,
Jarablus"); joins "Washington, D.C."; drops a leading "the" and trailing punctuation; gives a name one
label throughout. Span errors by category are ``ner_spans``; label conventions of news, ``ner_conventions``.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from spacy.attrs import ORTH
from spacy.strings import hash_string
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .. import extensions
from ..knowledge import countries, firms, gazetteer
from ..knowledge.countries import find_actor, normalize
from ..knowledge.gazetteer import read_extra
from .layout import WIRE_WORDS, all_caps, caps_run
from .names import FIRM, member_word
from .ner_conventions import COMMON_ABBREVIATIONS, apply_conventions, dateline_places, described_as_firm, initials_of
from .ner_spans import BEFORE_MONTH, ORG_HEADS, credited_people, first_word, fix_spans
from .ner_sports import county_teams, is_sports, label_rows

#: OntoNotes labels of named entities (the rest are numbers and dates, timex's job).
NAMED = frozenset({"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT",
                   "WORK_OF_ART", "LAW", "LANGUAGE"})
#: Prepositions after which a capital is a place ("talks in Ankara"), not an actor.
PLACE_PREPS = frozenset({"in", "at", "to", "from", "near", "into", "outside", "around", "across",
                         "via", "toward", "towards", "through", "inside", "throughout", "within"})

ACRONYM = re.compile(r"^[A-Z][A-Z0-9&.\-]{1,7}$")
#: One-word "organizations" that are really part of a title ("Defense Minister", "Secretary of State").
_OFFICE_WORDS = frozenset({"state", "defense", "defence", "interior", "foreign", "finance", "treasury",
                           "justice", "health", "commerce", "energy", "labor", "labour", "education",
                           "trade", "economy", "agriculture", "transport", "environment", "home"})
_TITLE_WORDS = frozenset({"minister", "secretary", "ministers", "secretaries", "undersecretary"})
# Words that stand right before a person's name ("President Bush", "Chancellor Kohl").
_HONORIFICS = frozenset({"president", "chancellor", "minister", "premier", "king", "queen", "prince", "princess",
                         "sheikh", "emir", "pope", "senator", "sen.", "governor", "gov.", "mayor", "general",
                         "gen.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "secretary", "ambassador",
                         "envoy", "judge", "justice", "rep.", "representative", "colonel", "col.", "ayatollah"})
_TRAILING = frozenset({"'s", "\u2019s", "'", "\u2019", "/", "-", "\u2014", ",", ":", ">"})
#: One-word "names" that are pronouns or articles ("He", "A" opening a line of a list: "Tom Perez - A former ...").
_PRONOUNS = frozenset("he she it they we i you a an the this that these those his her its their our".split())
#: Holidays: dates, not names, in OntoNotes (DATE) and CoNLL (not annotated); the model calls some of them EVENT.
HOLIDAYS = frozenset({"christmas", "christmas eve", "christmas day", "new year", "new year's", "new year\u2019s",
                      "new year's eve", "new year's day", "eve", "thanksgiving", "easter", "halloween"})
#: Compass initials of a place's name in sports copy ("W. Virginia", "N. Carolina", "S. Korea").
_INITIAL_PLACE = re.compile(r"^([NSEW])\. ?([A-Z][a-z]+(?: [A-Z][a-z]+)?)$")
_COMPASS = {"N": "North", "S": "South", "E": "East", "W": "West"}
#: A capital inside a sentence: the text capitalizes names (words in lower case there are no names).
_CAPITAL_INSIDE = re.compile(r"[a-z,] [A-Z]")


CORP_SUFFIX = firms.LEGAL_FORM
#: ``doc.user_data`` key of the token ranges of the datelines' places (they keep their label: ``_consistent``,
#: ``entities.harmonize_labels``).
DATELINES_KEY = "newscoder.steps.ner_fixes.datelines"



def fix_ents(doc: Doc, known: list[Span], lexicon=None) -> list[Span]:
    ents = fix_spans(doc, [e for part in doc.ents for e in _split_list(doc, part)])
    ents = _join_suffix(doc, _join_dc(doc, _join_split_name(doc, ents)))
    ents = [_relabel(_strip(e)) for e in ents if not _office_word(e)]
    cased_doc = _CAPITAL_INSIDE.search(extensions.doc_text(doc)) is not None
    ents = [e for e in ents if e is not None and e.text.strip() and not _not_a_name(e, cased_doc)]
    if terms := common_abbreviations(doc):
        ents = [e for e in ents if e.text not in terms]
    datelines = _dateline(doc)
    doc.user_data[DATELINES_KEY] = [[e.start, e.end] for e in datelines]  # lists: user_data is serialized
    extra = (credited_people(doc) + _gazetteer_spans(doc, known, ents) + datelines
             + _acronym_spans(doc, ents))
    # gazetteer spans replace the model's spans they overlap unless the model's span is longer
    ents = filter_spans([first_word(doc, e) for e in (filter_spans(extra + ents) if extra else filter_spans(ents))])
    ents = _surnames(doc, _consistent(county_teams(doc, label_rows(doc, ents)), {(e.start, e.end) for e in datelines}))
    return apply_conventions(doc, ents, lexicon) if lexicon is not None else ents


#: A Reuters instrument code: a ticker and its exchange ("CMCSA.O", "VOD.L"; not "U.S" written without its last
#: point).
_RIC = re.compile(r"^[A-Z]{2,6}\.[A-Z]{1,2}$")


def _not_a_name(ent: Span, cased_doc: bool = True) -> bool:
    """Wire abbreviations ("cts", "Shr"), bare company suffixes ("Co Inc", "NA") and ticker symbols are not
    names; nor are words in lower case in a text that capitalizes names ("health ministry", "socialists",
    "mosques"), nor pronouns and articles ("He", "A")."""
    if ent.label_ not in NAMED:
        return False
    if cased_doc and not any(c.isupper() for c in ent.text):
        return True
    if len(ent) == 1 and ent[0].lower_ in _PRONOUNS:
        return True
    doc = ent.doc
    if ent.start and ent.end < len(doc) and doc[ent.start - 1].text == "<" and doc[ent.end].text == ">" \
            and len(ent.text) <= 6 and ent.text.replace(".", "").isupper():
        return True  # a ticker symbol: "<AVY>", "<GWF.N>"
    if _RIC.match(ent.text) or len(ent) == 1 and len(ent.text) == 1 and ent.start and doc[ent.start - 1].text == "/":
        return True  # a Reuters instrument code, "(CMCSA.O)"; a letter after a slash, "Blue Gene/L"
    words = [t.lower_.strip(".") for t in ent if not t.is_punct]
    if len(words) == 1 and any(c.isdigit() for c in words[0]):
        return True  # "397p", "4TH"
    junk = sum(w in WIRE_WORDS or w in _SUFFIX_WORDS for w in words)
    wire = sum(w in WIRE_WORDS for w in words)  # "Nine Mths Shr": half wire words
    return bool(words) and (junk == len(words) or 2 * wire >= len(words) and ent.label_ != "PERSON")



_SUFFIX_WORDS = frozenset("inc corp co ltd plc llc na nv sa ag ag group holdings st".split())


def _surnames(doc: Doc, ents: list[Span]) -> list[Span]:
    """A one-word name that is the surname of a person named in full in the article is that person
    ("Lloyd Austin ... Austin said"), also where the model missed it or gave it another label."""
    names = {e[-1].text for e in ents if e.label_ == "PERSON" and len(e) > 1 and e[-1].is_title
             and not described_as_firm(e)}  # "equipment maker LM Ericsson" names no person Ericsson
    alone = Counter(e.text for e in ents if e.label_ == "PERSON" and len(e) == 1 and e[0].is_title)
    alone = {n for n, count in alone.items() if count >= 2 and n not in names}  # "Trump" the model tags twice or
    # more, never named in full: the same person only where the tagger took it for a subject noun ("Trump held a
    # meeting with ...")
    names |= alone
    demonyms = {n for n in names - alone if countries.by_demonym(n) and not (countries.by_name(n) or
                                                                            countries.by_capital(n))}
    names = {n for n in names if not (countries.by_name(n) or countries.by_demonym(n) or countries.by_capital(n))
             and n.lower() not in WIRE_WORDS}  # ("Dlrs" of "80 Dlrs" taken for a surname)
    if not names and not demonyms:
        return ents
    out, covered = [], set()
    for e in ents:
        if len(e) == 1 and e.text in names and e.text not in alone and e.label_ in (
                "ORG", "GPE", "LOC", "NORP", "PRODUCT", "FAC"):
            e = Span(doc, e.start, e.end, "PERSON")
        elif len(e) == 1 and e.text in demonyms and e.label_ in ("NORP", "GPE", "LANGUAGE") and e.root.dep_ in (
                "nsubj", "nsubjpass", "poss", "dobj", "pobj", "appos") and not (
                e.start and doc[e.start - 1].lower_ == "the"):
            e = Span(doc, e.start, e.end, "PERSON")  # "Leandra English ... English has insisted", "English's
            # argument": the person, not England (a demonym before a noun, "English law", stays one)
        elif len(e) == 1 and e.text in names and e.label_ == "DATE" and e[0].dep_ in (
                "nsubj", "nsubjpass", "poss", "dobj", "dative") and not (
                e.start and doc[e.start - 1].lower_ in BEFORE_MONTH) and not any(
                c.dep_ == "attr" and c.lemma_.lower() in ("month", "time", "season") for c in e[0].head.children) \
                and not (e[0].dep_ == "nsubj" and e[0].head.lemma_.lower() in ("see", "bring", "mark", "witness")):
            # ("May saw protesters storm parliament": the month's news)
            e = Span(doc, e.start, e.end, "PERSON")  # "Theresa May ... This month, May publicly criticized Trump",
            # "May's government": the person, not the month (a month after "in", "since", "last" stays one)
        out.append(e)
        covered.update(range(e.start, e.end))
    first = {e[-1].text: e[0].text for e in ents if e.label_ == "PERSON" and len(e) == 2 and e[-1].text in names}
    wanted = {hash_string(n) for n in names} | {hash_string(n.upper()) for n in names}  # the surnames' ids (and
    # their capitals, for a headline in capitals): a Token only for the words that are one
    for tok in (doc[i] for i, orth in enumerate(doc.to_array(ORTH).tolist()) if orth in wanted):
        if tok.i in covered or tok.text in alone and tok.pos_ != "NOUN":
            continue
        if tok.text.isupper() and len(tok.text) > 2:  # "SOCCER - SHEARER NAMED AS ENGLAND CAPTAIN": the headline's
            # capitals name the body's "Alan Shearer" (with his first name when it stands before: "ALAN SHEARER")
            prev = doc[tok.i - 1] if tok.i else None
            start = prev.i if prev is not None and prev.i not in covered and first.get(tok.text.title(), "").upper() \
                == prev.text else tok.i
            out.append(Span(doc, start, tok.i + 1, "PERSON"))
            covered.update(range(start, tok.i + 1))
        elif (tok.pos_ == "PROPN" or tok.pos_ == "NOUN" and tok.is_title and tok.dep_ in ("nsubj", "nsubjpass")) \
                and not (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN") and not (
                tok.i and doc[tok.i - 1].pos_ == "PROPN"):
            out.append(Span(doc, tok.i, tok.i + 1, "PERSON"))  # (also a surname the tagger took for a noun as a
            # sentence's subject: "Trump met with Xi", its "Trump" the noun "trump")
    return sorted(out, key=lambda e: e.start)


def _office_word(ent: Span) -> bool:
    """"Defense" in "Turkish Defense Minister", "State" in "Secretary of State": not an ORG."""
    if len(ent) != 1 or ent.label_ != "ORG" or ent[0].lower_ not in _OFFICE_WORDS:
        return False
    doc = ent.doc
    nxt = doc[ent.end].lower_ if ent.end < len(doc) else ""
    prev2 = doc[ent.start - 2].lower_ if ent.start > 1 else ""
    return nxt in _TITLE_WORDS or (prev2 in _TITLE_WORDS and doc[ent.start - 1].lower_ == "of")


def _consistent(ents: list[Span], places: set[tuple[int, int]] = frozenset()) -> list[Span]:
    """The same name gets the same label throughout the article (its most frequent one); ``places`` (those
    of datelines) keep theirs."""
    votes: dict[str, dict[str, int]] = {}
    for e in ents:
        if e.label_ in NAMED and (e.start, e.end) not in places:
            labels = votes.setdefault(e.text, {})
            labels[e.label_] = labels.get(e.label_, 0) + 1
    out = []
    for e in ents:
        labels = votes.get(e.text) if e.label_ in NAMED and (e.start, e.end) not in places else None
        if labels and len(labels) > 1:
            best = max(labels.items(), key=lambda kv: kv[1])
            if best[1] > labels[e.label_]:
                e = Span(e.doc, e.start, e.end, best[0])
        out.append(e)
    return out


#: Nouns that describe a person or a firm and open a sentence before the name ("Bookmaker William Hill", "Singer
#: Sheila Ferguson"): capitalised there, no part of the name.
DESCRIBERS = frozenset("""bookmaker bookmakers comic comedian comedienne singer singers actor actress actors director
    writer author novelist poet artist rapper presenter broadcaster chef designer producer composer musician guitarist
    drummer footballer striker midfielder defender goalkeeper boxer golfer cyclist sprinter model dancer
    photographer journalist reporter columnist economist analyst lawyer solicitor barrister businessman
    businesswoman tycoon billionaire entrepreneur investor retailer carmaker automaker insurer lender drugmaker
    chipmaker miner brewer veteran spokesman spokeswoman spokesperson newcomer newcomers founder teenager
    californian californians texan texans floridian floridians""".split())  # (and the people of the big states:
# "Californian Thomas Slattery")
# (not "network", "airline", "website": "Network Rail" is a name)


def _strip(ent: Span) -> Span:
    """Drop a leading "the" (and a line break after it) and a trailing possessive or punctuation ("Hong
    Kong's", "REUTERS /")."""
    if ent.label_ not in NAMED:
        return ent
    start, end = ent.start, ent.end
    if end - start > 1 and (ent.doc[start].lower_ in ("the", "<") or ent.doc[start].text in ("a", "an")):
        start += 1
    while end - start > 1 and ent.doc[start].is_space:  # "the\nBank of Japan" in hard-wrapped wire copy
        start += 1
    doc = ent.doc
    if end - start > 1 and doc[start].is_sent_start and doc[start].lower_ in DESCRIBERS and doc[start + 1].is_title \
            and (ent.label_ == "PERSON" and end - start > 2 or firms.country_of(doc[start + 1:end].text) is not None):
        # (a person's full name or a firm the table knows after it, not "Comic Relief", "Singer Sewing Company")
        start += 1  # "Bookmaker William Hill has stopped taking bets", "Comic Joe Pasquale remains favourite": the
        # capital of a sentence's first word, a description before the name
    opened = [t.i for t in ent if t.text == "("]
    if opened and not any(t.text == ")" for t in ent[opened[-1] - ent.start:]) and opened[-1] > start:
        end = opened[-1]  # "Department of Agriculture (DA" -> "Department of Agriculture"
    while end - start > 1 and (ent.doc[end - 1].text in _TRAILING or ent.doc[end - 1].is_space):
        end -= 1
    return ent if (start, end) == (ent.start, ent.end) else Span(ent.doc, start, end, ent.label_)


def _acronym_of_body(ent: Span) -> bool:
    """"The" and one word in capitals in a text that is not all capitals ("the GAO"): the model's body, not a town
    so named ("in LAGOS" stays the town)."""
    return len(ent) == 1 and ent.text.isupper() and len(ent.text) > 1 and ent.start > 0 and \
        ent.doc[ent.start - 1].lower_ == "the" and not all_caps(ent.doc)


def _relabel(ent: Span) -> Span:
    """Give known names their gazetteer label (Manbij as PRODUCT, Al-Bab as PERSON ...)."""
    label = ent.label_
    if label not in NAMED:
        return ent
    text = ent.text
    actor = find_actor(text)
    if text.lower() in HOLIDAYS and label in ("EVENT", "ORG", "PERSON", "PRODUCT", "WORK_OF_ART", "FAC"):
        new = "DATE"
    elif member_word(text) and label in ("ORG", "GPE", "LOC", "PERSON", "NORP"):
        new = "NORP"  # "Republicans" are the party's members (CoNLL's MISC); the actor table knows the party
    elif actor is not None and (actor.label != "PERSON" or label in ("PERSON", "ORG", "GPE", "NORP", "PRODUCT")):
        new = actor.label
    elif label in ("GPE", "LOC", "ORG", "NORP") and _after_honorific(ent) and not countries.by_name(text):
        new = "PERSON"
    elif label == "ORG" and _acronym_of_body(ent) and not countries.by_name(text):
        new = label  # "the GAO", a body's acronym, is no town Gao
    elif countries.by_name(text) and label != "PERSON" or (label != "PERSON" and countries.city_country(text)):
        new = "GPE"
    elif (place := _known_region(ent)) is not None:
        new = place
    elif label in ("PERSON", "ORG", "GPE") and _initial_place(text):
        new = "GPE"  # "W. Virginia" is no person (and in a sports story, the conventions make it its team)
    elif label not in ("ORG", "LAW", "EVENT") and len(ent) > 1 and ent[-1].lower_ in ORG_HEADS \
            and _region(text) is None:
        new = "ORG"  # "Farmers Union Party", "Caspian Rivers Association"
    elif countries.by_demonym(text) and label in ("GPE", "ORG", "PERSON", "LOC"):
        new = "NORP"
    elif label in ("PERSON", "PRODUCT", "WORK_OF_ART", "ORG") and _looks_like_place(ent):
        new = "GPE"
    elif label in ("PERSON", "PRODUCT", "WORK_OF_ART") and (place := _placed_by_context(ent)) is not None:
        new = place
    elif label in ("PERSON", "PRODUCT", "WORK_OF_ART", "GPE") and CORP_SUFFIX.search(text):
        new = "ORG"
    elif label in ("PRODUCT", "WORK_OF_ART", "GPE", "LOC", "PERSON") and firms.country_of(text) is not None:
        new = "ORG"  # "Ericsson" as GPE, "Twitter" or "Goldman Sachs" as PERSON: a firm (a surname stays: _surnames)
    else:
        new = label
    return ent if new == label else Span(ent.doc, ent.start, ent.end, new)


@lru_cache(maxsize=1)
def _regions() -> dict[str, str]:
    """normalized name -> label of the named regions, admin areas, islands, seas, rivers and mountains of the
    gazetteer's hand-written table (an admin area is GPE, the rest LOC)."""
    out: dict[str, str] = {}
    for row in read_extra():
        if row["feature"] in ("country", "city"):
            continue
        label = "GPE" if row["feature"] == "admin" else "LOC"
        for name in (row["name"], *row["aliases"].split("|")):
            if name and name[:1].isupper():
                out.setdefault(normalize(name), label)
    return out


def _region(text: str) -> str | None:
    return _regions().get(normalize(text))


def _known_region(ent: Span) -> str | None:
    """The place label of a region, admin area or island the model took for an organisation or a nationality:
    "Hokkaido", "Punjab". A name a firm noun describes stays the firm's, a region in a sports story may be its team
    ("Queensland", "Punjab" in cricket), and a "person" stays a person (people bear such names: "Victoria",
    "Georgia", "Guerrero")."""
    label = _region(ent.text)
    if label is None or ent.label_ not in ("ORG", "NORP") or countries.by_demonym(ent.text) or is_sports(ent.doc):
        return None
    if ent.label_ == "ORG" and described_as_firm(ent):
        return None
    return label


def _initial_place(text: str) -> bool:
    """"W. Virginia", "N. Carolina", "S. Korea": a compass initial before the rest of a known place's name."""
    m = _INITIAL_PLACE.match(text)
    if m is None:
        return False
    whole = f"{_COMPASS[m.group(1)]} {m.group(2)}"
    return bool(countries.by_name(whole) or countries.city_country(whole, 0) or _region(whole))


def _after_honorific(ent: Span) -> bool:
    """A name right after a title word is a person ("President Bush", not the town of Bush)."""
    if ent.start == 0 or len(ent) > 3:
        return False
    prev = ent.doc[ent.start - 1]
    return prev.lower_ in _HONORIFICS and prev.text[:1].isupper()


#: Words before a name that put something there ("in Melton Mowbray"); "to", "from" also take people.
_WHERE_BEFORE = frozenset({"in", "at", "near", "outside", "inside", "across", "around", "throughout", "within"})
_AREAS = frozenset({"admin", "county", "region", "country"})


def _placed_by_context(ent: Span) -> str | None:
    """The place label of a name the model took for a person or a product that the gazetteer knows and the
    sentence uses as a place: after "in" or "at" ("in Melton Mowbray"), as the region after a town
    ("Badminton, Gloucestershire"), in a list with a place ("the Yangtze, Mekong and Nu"); a product or a work
    also as a county or region's name ("that part of Leicestershire"). A person named in full keeps the name
    ("Kate Kent ... Kent said"), and a sports story its teams."""
    doc = ent.doc
    if len(ent) > 3 or not ent.text[:1].isupper():
        return None
    prev = doc[ent.start - 1] if ent.start else None
    root = ent.root
    after_town = (prev is not None and prev.text == "," and ent.start > 1
                  and doc[ent.start - 2].ent_type_ in ("GPE", "LOC"))
    surely = prev is not None and prev.lower_ in _WHERE_BEFORE or root.dep_ == "conj" and root.head.ent_type_ in (
        "GPE", "LOC")
    if not (surely or after_town or ent.label_ != "PERSON"):
        return None  # (the cheap tests first: most names are in no such place)
    if _after_honorific(ent) or is_sports(doc):
        return None
    if ent.label_ == "PERSON" and any(e.label_ == "PERSON" and len(e) > len(ent) and e[-1].text == ent[-1].text
                                      for e in doc.ents):
        return None
    found = [p for p in gazetteer.lookup(ent.text, limit=5) if p.main]
    if not found:
        return None
    area = any(p.feature in _AREAS for p in found)
    if not (surely or after_town and area or ent.label_ != "PERSON" and area):
        return None
    return "GPE" if found[0].feature in _AREAS | {"city"} else "LOC"


def _looks_like_place(ent: Span) -> bool:
    """A one-word name right after a place preposition ("in Manbij", "town of Manbij", "Al-Bab")."""
    if " " in ent.text or _after_honorific(ent):
        return False
    if countries.city_country(ent.text):
        return True
    if re.match(r"^(?:Al|al|El|el|Ad|As|Ar|Ash|Ras|Tal|Deir)-[A-Z]", ent.text):
        return ent.label_ != "PERSON" or ent.start == 0 or ent.doc[ent.start - 1].lower_ in PLACE_PREPS | {"and", ","}
    prev = ent.doc[ent.start - 1] if ent.start else None
    if prev is not None and prev.lower_ in PLACE_PREPS and ent.label_ in ("PRODUCT", "WORK_OF_ART"):
        return True
    return bool(prev is not None and prev.lower_ == "of" and ent.start > 1
                and ent.doc[ent.start - 2].lower_ in ("town", "city", "village", "province", "region"))


def _split_list(doc: Doc, ent: Span) -> list[Span]:
    """"Afrin, Jarablus" tagged as one ORG -> two GPE spans (a list of one-word names)."""
    if ent.label_ not in ("ORG", "PERSON", "GPE", "LOC", "PRODUCT") or "," not in ent.text:
        return [ent]
    parts, start = [], ent.start
    for i in range(ent.start, ent.end + 1):
        if i == ent.end or doc[i].text == ",":
            parts.append((start, i))
            start = i + 1
    words = [doc[s:e] for s, e in parts if e > s]
    if len(words) < 2 or any(len(w.text.split()) > 1 or not w.text[:1].isupper() for w in words):
        return [ent]
    return [Span(doc, w.start, w.end, "GPE") for w in words]


def _join_split_name(doc: Doc, ents: list[Span]) -> list[Span]:
    """An organisation's name the model cut in two at a word it knows as a people or a party ("Movement of
    Socialist" + "Democrats"): one name when the second part follows the "of"-name straight on, or when the two
    are spelt out by the acronym after them ("... (MDS)")."""
    out: list[Span] = []
    for e in ents:
        prev = out[-1] if out else None
        if (prev is not None and prev.label_ == "ORG" and e.label_ in ("NORP", "ORG") and prev.end == e.start
                and e.text[:1].isupper() and doc[prev.end - 1].whitespace_ and (
                    (any(t.lower_ == "of" for t in prev[1:]) and len(e) == 1) or _spelt_out(doc, prev.start, e.end))):
            out[-1] = Span(doc, prev.start, e.end, "ORG")
        else:
            out.append(e)
    return out


#: A firm's legal or holding word that the model sometimes tags alone ("Norstar Bancorp said": "Bancorp").
_FIRM_TAIL = (_SUFFIX_WORDS - {"na", "nv", "sa", "ag", "st", "llc"}) | frozenset(
    "bancorp bancorporation bancshares corporation cos industries".split())
#: At most this many capitalised words before such a word make the firm's name.
FIRM_TAIL_WORDS = 3


def _join_suffix(doc: Doc, ents: list[Span]) -> list[Span]:
    """A firm's legal or holding word the model tagged alone is the end of the name written before it ("Norstar
    Bancorp said": "Norstar" + "Bancorp", or "Bancorp" after an untagged "Norstar"): one organisation. (A name cut at
    "and", "the Babcock and Wilcox Co.", is left as the model cut it: joining it fused two firms, "Walmart and Target
    Corp", as often as it mended one.)"""
    out: list[Span] = []
    for e in ents:
        if e.label_ == "ORG" and len(e) == 1 and e[0].lower_.rstrip(".") in _FIRM_TAIL and e.start > 0:
            prev = out[-1] if out else None
            if prev is not None and prev.end == e.start and prev.label_ in ("ORG", "PERSON", "GPE", "NORP") \
                    and doc[prev.end - 1].whitespace_:
                out[-1] = Span(doc, prev.start, e.end, "ORG")
                continue
            start = e.start
            while start > 0 and e.start - start < FIRM_TAIL_WORDS and doc[start - 1].pos_ == "PROPN" \
                    and doc[start - 1].is_title and not doc[start - 1].ent_type_ \
                    and (prev is None or prev.end < start):
                start -= 1
            if start < e.start:
                out.append(Span(doc, start, e.end, "ORG"))
                continue
        out.append(e)
    return out


def _spelt_out(doc: Doc, start: int, end: int) -> bool:
    """Is the name doc[start:end] followed by "(ACR)", ACR the initials of its capitalized words?"""
    if end + 2 >= len(doc) or doc[end].text != "(" or doc[end + 2].text != ")":
        return False
    initials = "".join(t.text[0] for t in doc[start:end] if t.text[:1].isupper())
    acr = doc[end + 1].text.replace(".", "")
    return len(acr) >= 2 and sorted(acr) == sorted(initials)


def _join_dc(doc: Doc, ents: list[Span]) -> list[Span]:
    """"Washington, D.C." is one place, not "Washington" and "D.C."."""
    out: list[Span] = []
    for e in ents:
        if (e.text in ("D.C.", "DC") and out and out[-1].text == "Washington"
                and out[-1].end == e.start - 1 and doc[e.start - 1].text == ","):
            out[-1] = Span(doc, out[-1].start, e.end, "GPE")
        else:
            out.append(e)
    return out


def _gazetteer_spans(doc: Doc, known: list[Span], ents: list[Span]) -> list[Span]:
    """Known names (the ``newscoder_names`` span ruler's matches); each is kept only where it improves on
    the model's entities."""
    by_token = {}
    for e in ents:
        for i in range(e.start, e.end):
            by_token[i] = e
    out = []
    for match in known:
        start, end, label = match.start, match.end, match.label_
        span = Span(doc, start, end, label)
        if label == "PERSON" and " " not in span.text:
            continue  # a bare surname is only linked when the model tags it (canonicalize)
        if label in ("GPE", "LOC") and _after_honorific(span) and not countries.by_name(span.text):
            continue  # "President Bush" is not the town of Bush
        overlapped = {by_token[i] for i in range(start, end) if i in by_token}
        if match.id_ == FIRM and (overlapped or _sentence_case_word(span)):
            continue  # a firm's name only where the model saw no name, and not a word opening a sentence
        if match.id_ == FIRM and span.text.lower() in WIRE_WORDS and start and doc[start - 1].like_num:
            continue  # "SHR 55 CTS VS 36 CTS": a wire table's word after its number, not the firm CTS
        if any(o.start < start or o.end > end for o in overlapped):
            if all(o.label_ == label for o in overlapped):
                continue  # the model has a longer entity of the same kind
            if any(len(o) > len(span) and o.label_ in ("ORG", "FAC", "WORK_OF_ART", "LAW", "EVENT")
                   and label in ("GPE", "NORP") for o in overlapped):
                continue  # "Turkish Airlines", "Bank of Japan": the country is inside a name
        if not overlapped and label in ("GPE", "NORP") and _sentence_case_word(span):
            continue
        out.append(span)
    return out


def _sentence_case_word(span: Span) -> bool:
    """A one-word match that may be a common word capitalized at a sentence start ("Chad", "Turkey")."""
    return len(span) == 1 and span[0].is_sent_start and span[0].pos_ not in ("PROPN",)


def _dateline(doc: Doc) -> list[Span]:
    """The city of a wire dateline at the start of the text ("NEW YORK, March 3 -", "PARIS (Reuters)"), and the
    places of datelines ``DATELINE_FORM`` finds in the whole text."""
    text = extensions.doc_text(doc)
    out = dateline_places(doc, text)
    for m in countries.DATELINE.finditer(text[:3000]):
        region = (m.group(2) or "").strip()
        in_region = region and (normalize(region) in countries.US_STATE_ABBR or countries.city_country(region, 0)
                                or countries.by_name(region))
        for name, start in countries.dateline_parts(m):  # each bureau of "WASHINGTON/NEW YORK (Reuters)"
            if not (in_region or countries.city_country(name, 0) or countries.by_name(name)):
                continue
            for text, at in ((name, start), (region, m.start(2))):
                span = doc.char_span(at, at + len(text), label="GPE") if text else None
                if span is not None:
                    out.append(span)
    return out


def in_angle_brackets(span) -> bool:
    """A wire ticker ("SANDUSTRY PLASTICS INC <SPI>", "<GWF.N>"): a mention of the firm, not a name to show for it
    (a whole name in brackets, "<CPC International Inc>", is the wire's mark of an unlisted firm, no ticker)."""
    doc = span.doc
    return 0 < span.start and span.end < len(doc) and doc[span.start - 1].text == "<" and doc[span.end].text == ">" \
        and len(span) == 1 and len(span.text) <= 8 and span.text.replace(".", "").isupper()


def _acronym_spans(doc: Doc, ents: list[Span]) -> list[Span]:
    """Mentions of an acronym defined in the text ("... Units (YPG)") that the model missed, and of the initials of
    a firm or body the article names in full ("GM shares" after "General Motors", "HP" after "Hewlett-Packard")."""
    defined = acronym_definitions(doc, ents)
    initials = {initials_of(e): e for e in ents if e.label_ == "ORG" and len(e.text.replace("-", " ").split()) > 1
                and find_actor(e.text) is None}  # (as entities._link_initials links: a body the tables do not know)
    initials.pop("", None)
    text = extensions.doc_text(doc)
    initials = {k: v for k, v in initials.items() if k in text}  # (most articles name none: no scan of the words)
    if not defined and not initials:
        return []
    out = []
    for tok in doc:
        if tok.ent_iob_ == "I" or tok.ent_type_:
            continue
        long = defined.get(tok.text)
        if long is None and 2 <= len(tok.text) <= 5 and tok.text.isalpha() and tok.text.isupper() and \
                tok.pos_ == "PROPN" and not tok.is_stop and tok.text not in COMMON_ABBREVIATIONS and \
                not countries.by_name(tok.text) and not caps_run(tok):
            long = initials.get(tok.text)  # (not "MP", "AI", nor a word of a headline in capitals, "SAYS IT")
        if long is not None:
            out.append(Span(doc, tok.i, tok.i + 1, long.label_))
    return out


def common_abbreviations(doc: Doc) -> set[str]:
    """Acronyms the text defines as common words, not a name: "megawatts (MW)", "gross domestic product (GDP)" (its
    letters are the words' initials, or all in the one word before it, in order); no mention of them is a name."""
    out: set[str] = set()
    if "(" not in extensions.doc_text(doc):
        return out
    for i in [t.i + 1 for t in doc if t.text == "(" and 2 <= t.i + 1 < len(doc) - 1]:
        tok = doc[i]
        if doc[i + 1].text != ")" or not ACRONYM.match(tok.text):
            continue
        words = []
        for w in reversed(doc[max(0, tok.i - 1 - len(tok.text)):tok.i - 1]):
            if not (w.is_lower and w.is_alpha):
                break
            words.insert(0, w.text)
        acr = tok.text.lower()
        if words and ("".join(w[0] for w in words[-len(acr):]) == acr or _letters_in(acr, words[-1])):
            out.add(tok.text)
    return out


def _letters_in(acr: str, word: str) -> bool:
    """"mw" in "megawatts": the word starts with the first letter and holds the rest in order."""
    if not word.startswith(acr[0]):
        return False
    rest = iter(word[1:])
    return all(c in rest for c in acr[1:])


def acronym_definitions(doc: Doc, ents: list[Span]) -> dict[str, Span]:
    """acronym -> the long-name entity it abbreviates, for "Long Name (ACR)" and "ACR (Long Name)"."""
    out: dict[str, Span] = {}
    for ent in ents:
        if ent.label_ not in ("ORG", "NORP", "GPE", "LOC", "FAC", "EVENT", "LAW"):
            continue
        after = doc[ent.end: ent.end + 3]
        if len(after) == 3 and after[0].text == "(" and after[2].text == ")" and ACRONYM.match(after[1].text) and \
                not _RIC.match(after[1].text):  # (a ticker after a firm, "Comcast Corp (CMCSA.O)", is no acronym)
            if len(ent) > 1:
                out.setdefault(after[1].text, ent)
        before = doc[max(ent.start - 2, 0): ent.start]
        if (len(before) == 2 and before[1].text == "(" and len(ent) > 1 and ent.end < len(doc)
                and doc[ent.end].text == ")" and ACRONYM.match(before[0].text)):
            out.setdefault(before[0].text, ent)
    return out
