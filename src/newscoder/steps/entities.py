"""Entities step: fix spaCy's NER with a gazetteer, give every mention a canonical name and salience.

``newscoder_entities`` (after spaCy's ``ner``):

1. **fix** ``doc.ents`` (``ner_fixes.py``): gazetteer matches, datelines, defined acronyms, labels of
   known names, comma lists split, a leading "the" dropped.
2. **canonicalize** within the article: "US", "U.S.", "Washington" (as an actor) -> ``United States``;
   "Turkish" -> ``Turkey``; "Kurdish People's Protection Units (YPG)" -> one entity; "Erdogan" -> the
   longest name of that person in the article.
3. **score** each canonical entity (frequency, first position, title, subject role).

Writes ``doc._.nc_entities`` (list[Entity], one per named mention, by start) and ``doc._.nc_actors``
(canonical name -> ``models.Actor``), most salient first.

Helpers: ``canonical_at(doc, start_char, end_char)``, ``find_actor(name)``. The countries an article is
about are weighed from these entities in ``focus.py``.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span

from .. import extensions, steps  # noqa: F401 (extensions registers doc._.nc_*)
from ..knowledge import countries, firms
from ..knowledge.countries import KnownActor, actor_table, find_actor, normalize  # noqa: F401 (re-exported)
from ..models import Actor, Entity
from .layout import Lexicon, display_name, headline_end, lexicon_of
from .names import KNOWN, known_names_ruler
from .ner_conventions import described_as_firm, firm_noun_before, firm_words_of, initials
from .ner_fixes import (
    ACRONYM,
    CORP_SUFFIX,
    DATELINES_KEY,
    DESCRIBERS,
    NAMED,
    PLACE_PREPS,
    acronym_definitions,
    fix_ents,
    in_angle_brackets,
)
from .ner_spans import TITLES

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "agent"})
# Verbs whose direct object is a place someone goes to ("visited Kabul"), not an actor.
_MOTION_VERBS = frozenset({"visit", "reach", "enter", "leave", "arrive", "tour", "flee", "capture", "seize",
                           "bomb", "shell", "attack", "besiege", "evacuate", "liberate", "storm"})
#: Nouns for a government, its parts and its people: a capital naming one stands for its state ("Beijing ministers").
_GOVERNMENT_NOUNS = frozenset("""government administration regime authority official minister ministry leader
    leadership president premier cabinet diplomat envoy ambassador embassy spokesman spokeswoman spokesperson
    negotiator delegation policy talk stance decision position demand army military troop force court
    parliament legislature""".split())


class EntitiesStep:
    """Fix doc.ents, canonicalize mentions, score entities (see the module docstring)."""

    def __init__(self, nlp: Language, name: str = "newscoder_entities") -> None:
        self.name = name
        self.nlp = nlp
        self._ruler = None  # the known-names ruler, built here only when no newscoder_names ran before
        self._lexicon: Lexicon | None = None

    @property
    def lexicon(self) -> Lexicon:
        """English common words: the layout step's when it is in the pipeline (built once), else our own."""
        if self._lexicon is None:
            self._lexicon = lexicon_of(self.nlp) or Lexicon(self.nlp)
        return self._lexicon

    def known(self, doc: Doc) -> list[Span]:
        """The known names ``newscoder_names`` matched (matched here when it is not in the pipeline)."""
        if KNOWN not in doc.spans:
            if self._ruler is None:
                self._ruler = known_names_ruler(self.nlp, "newscoder_names")
            return list(self._ruler.match(doc))
        return list(doc.spans[KNOWN])

    def __call__(self, doc: Doc) -> Doc:
        doc.ents = fix_ents(doc, self.known(doc), self.lexicon)
        mentions = canonicalize(doc)
        relabelled = {(e.start, e.end, e.label_) for e in doc.ents} != {
            (m.span.start, m.span.end, m.span.label_) for m in mentions} | {
            (e.start, e.end, e.label_) for e in doc.ents if e.label_ not in NAMED}
        if harmonize_labels(mentions) or relabelled:
            doc.ents = [m.span for m in mentions] + [e for e in doc.ents if e.label_ not in NAMED]
        actors = score(doc, mentions)
        doc._.nc_entities = [
            Entity(text=m.span.text, label=m.span.label_, start=m.span.start_char,
                   end=m.span.end_char, canonical=m.canonical,
                   salience=actors[m.canonical].salience)
            for m in mentions
        ]
        doc._.nc_actors = actors
        return doc


@Language.factory("newscoder_entities", **steps.BY_NAME["entities"].spacy_meta())
def make_entities(nlp: Language, name: str) -> EntitiesStep:
    return EntitiesStep(nlp, name)


# ---------------------------------------------------------------------------- 2. canonicalize
@dataclass
class Mention:
    span: Span
    canonical: str
    kind: str
    actor: KnownActor | None = None
    country: str | None = None  # ISO3


def _name(span: Span) -> str:
    """The mention's name as a reader writes it, without "the" and a possessive ending."""
    return _clean(display_name(span))


_LEADING_THE = re.compile(r"^(?:the|The|THE)\s+")
_POSSESSIVE_END = re.compile(r"(?:'s|\u2019s|'|\u2019)$")


def _clean(text: str) -> str:
    text = " ".join(text.strip("<>").split())
    text = _LEADING_THE.sub("", text.strip())
    return _POSSESSIVE_END.sub("", text).strip()


#: A state's short name before a body's name: "US Federal Bureau of Investigation" is spelt "FBI".
_STATE_PREFIXES = frozenset({"US", "U.S.", "UK", "EU"})


def _resolve(span: Span) -> Mention:
    """Canonical name of one mention, from the gazetteers alone."""
    text, label = _name(span), span.label_
    actor = find_actor(text)
    words = text.split()
    if actor is None and label == "ORG" and len(words) > 2 and words[0] in _STATE_PREFIXES and (
            known := find_actor(" ".join(words[1:]))) is not None and known.label == "ORG" and (
            (state := countries.by_name(words[0])) is None or known.country in (None, "", state.iso3)):
        actor = known  # "US Federal Bureau of Investigation": the FBI, its state's name before it
    if actor is not None and (actor.label == "PERSON") == (label == "PERSON"):
        return Mention(span, actor.canonical, actor.kind, actor, actor.country or None)
    if label == "GPE" and _before_us_state(span):
        return Mention(span, text, "city", None, "USA")
    if label in ("GPE", "LOC") and _region_after_town(span):
        region = countries.city_country(text, 0)  # named like a country: the canonical says whose region
        return Mention(span, f"{text}, {region.name}", "place", None, region.iso3)
    if label in ("GPE", "LOC", "NORP", "ORG", "FAC"):
        c = countries.by_name(text) if label != "NORP" else None
        c = c or (countries.by_demonym(text) if label in ("NORP", "GPE", "ORG") else None)
        if c is not None:
            return Mention(span, c.name, "country", None, c.iso3)
    if label == "GPE":
        cap = countries.by_capital(text)
        if cap is not None and _as_actor(span):
            return Mention(span, cap.name, "country", None, cap.iso3)
        city = countries.city_country(text, 0)
        if city is not None:
            return Mention(span, text, "city", None, city.iso3)
        return Mention(span, text, "place")
    kind = {"PERSON": "person", "ORG": "org", "NORP": "group", "LOC": "place", "FAC": "place"}
    return Mention(span, text, kind.get(label, "other"))


def _before_us_state(span: Span) -> bool:
    """"BIRMINGHAM, Ala.", "San Mateo, Calif.": a town followed by a US state's abbreviation is in the US."""
    doc = span.doc
    after = doc[span.end: span.end + 2]
    return (len(after) == 2 and after[0].text == "," and countries.normalize(after[1].text) in
            countries.US_STATE_ABBR and after[1].text[:1].isupper() and countries.by_name(span.text) is None)


def _region_after_town(span: Span) -> bool:
    """"Atlanta, Georgia", "Perth, Western Australia": a name after a town of another country and a comma is
    that country's region, not a country of the same name."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].text != ",":
        return False
    town = next((e for e in doc.ents if e.end == span.start - 1), None)
    if town is None or town.label_ != "GPE":
        return False
    town_country = countries.city_country(town.text, 0)
    region = countries.city_country(span.text, 0)
    here = countries.by_name(span.text)
    return (town_country is not None and region is not None and region.iso3 == town_country.iso3
            and here is not None and here.iso3 != town_country.iso3)


def _as_actor(span: Span) -> bool:
    """Is a capital used for its government ("Ankara accused Washington"), not as a place? A capital in a list
    takes the list's role ("exchanges in Oslo, Rome and Bern": all three are places); a capital that names
    the kind of a thing ("the Oslo exchange", "Rome's hotels") is the city, unless the thing is a government
    or its people ("Beijing ministers", "Moscow's envoy")."""
    root = span.root
    if span.start == 0 and span.doc[span.end: span.end + 1].text in (",", "(", "-"):
        return False  # dateline
    while root.dep_ == "conj" and root.head.i < root.i and (root.head.ent_type_ in ("GPE", "LOC")
                                                                    or root.head.pos_ == "PROPN"):
        root = root.head  # the first of the list
    if root.dep_ in ("compound", "poss", "nmod") and root.head.i > root.i \
            and root.head.lemma_.lower() not in _GOVERNMENT_NOUNS:
        return False
    if root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPS:
        return False
    if root.dep_ == "dobj" and root.head.lemma_ in _MOTION_VERBS:
        return False
    return True


def _in_its_time(m: Mention, year: int | None) -> Mention:
    """A state or body that no longer exists keeps the name of its time ("Soviet Union", "EC" in 1987 as
    the European Community); its country code stays its successor's, for the weighing of countries."""
    old = countries.name_in_its_time(_name(m.span), year)
    if old is not None:
        m.canonical = old
    return m


def canonicalize(doc: Doc) -> list[Mention]:
    year = doc._.nc_date.year if doc._.nc_date else None
    mentions = [_in_its_time(_resolve(e), year) for e in doc.ents if e.label_ in NAMED]
    _link_acronyms(doc, mentions)
    _link_initials(mentions)
    _people_taken_for_bodies(mentions)
    _link_people(mentions)
    _link_geo_names(mentions)
    _link_companies(mentions)
    _link_tickers(mentions)
    return mentions


def _link_tickers(mentions: list[Mention]) -> None:
    """A wire ticker is the firm whose name it follows ("SANDUSTRY PLASTICS INC <SPI>", "Dart Group Corp <DART>")."""
    ends = {m.span.end: m for m in mentions if m.span.label_ == "ORG"}
    for m in mentions:
        if in_angle_brackets(m.span):
            firm = ends.get(m.span.start - 1)
            if firm is not None and firm is not m:
                m.canonical = firm.canonical


def _link_companies(mentions: list[Mention]) -> None:
    """"Apple Inc" and "Apple" in one article are one company, named as the text names it most simply."""
    orgs = [m for m in mentions if m.span.label_ == "ORG" and m.actor is None]
    names = {m.canonical for m in mentions if m.span.label_ in ("ORG", "PERSON") and m.actor is None}
    stripped = set()  # names that are a firm's own without its legal form ("Keystone" of "Keystone Bancorp")
    for m in orgs:
        base = CORP_SUFFIX.sub("", m.canonical)
        if base != m.canonical and base in names:
            m.canonical = base
            stripped.add(base)
    joined = {name: parts for name in names if " " not in name and len(parts := _CAMEL_PARTS.findall(name)) > 1
              and name.startswith(parts[0])}
    bodies: dict[str, tuple[str, int]] = {}  # name -> (label, where the text first names it)
    for m in mentions:
        if m.span.label_ in ("ORG", "FAC") and len(m.canonical.split()) > 1 and \
                m.canonical.split()[-1].lower() in _BODY_WORDS and m.canonical not in bodies:
            bodies[m.canonical] = (m.span.label_, m.span.start)
    title_end = _headline_end(mentions[0].span.doc) if mentions else 0
    surnames = {m.canonical.split()[-1] for m in mentions if m.span.label_ == "PERSON" and " " in m.canonical}
    for m in mentions:
        if m.actor is not None or m.span.label_ not in ("ORG", "PERSON") or " " in m.canonical:
            continue
        whole = [name for name, parts in joined.items() if parts[0] == m.canonical]  # "Glaxo" and
        # "GlaxoSmithKline", "Exxon" and "ExxonMobil": the one-word name it starts
        label = "ORG"
        if not whole and m.canonical not in surnames and m.canonical not in stripped:
            # (not a firm's own short name: "Keystone" after "Keystone Bancorp" is the firm, not its "Keystone Bank")
            the = m.span.start > 0 and m.span.doc[m.span.start - 1].lower_ == "the"
            person = m.span.label_ == "PERSON"
            whole = [name for name, (_, at) in bodies.items() if (person and name.split()[0] == m.canonical or the and (
                name.split()[-1] == m.canonical)) and (at < m.span.start or m.span.start_char < title_end)]
            # "Jet" and "Jet Airways", "Baikal" and "Baikal Finance Group" where the model took the word for a
            # person's name (a firm it knows as a firm, "Sony" beside "Sony Pictures", "Tata" beside "Tata Motors",
            # is the parent, not the unit), "the Library" and "the British Library", "the Bank" and "the Reserve
            # Bank"; after the text gives the whole name or in its headline ("Kingfisher has 29% of the beer
            # market" before "Kingfisher Airlines" is the beer); not a surname a person of the article bears
            # ("Podesta" of "Tony Podesta")
            label = bodies[whole[0]][0] if len(whole) == 1 else label
        if len(whole) == 1:  # (the model may take the part for a person)
            m.canonical = whole[0]
            if m.span.label_ != label:
                m.span, m.kind = Span(m.span.doc, m.span.start, m.span.end, label), _KIND[label]


def _headline_end(doc: Doc) -> int:
    """The character where the text's first line ends when that line is a headline (``layout.headline_end``), else
    0."""
    return headline_end(extensions.doc_text(doc)) or 0


#: The last words of a body's or a building's name that its first word may stand for ("Jet" of "Jet Airways").
_BODY_WORDS = frozenset("""airways airlines airline motors group holdings finance bank energy oil telecom media
    records pictures studios software systems foods pharmaceuticals insurance capital partners corporation
    company library museum gallery theatre university college hospital""".split())
_KIND = {"ORG": "org", "FAC": "place"}


#: The capitalised parts of a name written as one word ("Glaxo", "Smith", "Kline").
_CAMEL_PARTS = re.compile(r"[A-Z][a-z]{2,}")


_GEO_SUFFIXES = (" River", " Sea", " Mountains", " Valley", " Province", " Governorate", " Region",
                 " Desert", " Basin", " Strait", " Gulf", " Island", " Islands")


def _link_geo_names(mentions: list[Mention]) -> None:
    """"Euphrates" -> "Euphrates River" when both appear (a place named with and without its kind); of two such
    names ("Leeward Islands", "Leeward Island"), the one the text names first."""
    names = dict.fromkeys(m.canonical for m in mentions if m.span.label_ in ("LOC", "GPE", "FAC"))  # text order:
    longer: dict[str, str] = {}  # a set's order changed with the process's string hashes (PYTHONHASHSEED)
    for name in names:
        for suffix in _GEO_SUFFIXES:
            if name.endswith(suffix) and name[: -len(suffix)] in names:
                longer.setdefault(name[: -len(suffix)], name)
    if longer:
        for m in mentions:
            if m.canonical in longer and m.kind != "country":
                m.canonical = longer[m.canonical]


def _link_acronyms(doc: Doc, mentions: list[Mention]) -> None:
    """Long name and acronym defined in the text become one entity."""
    defined = acronym_definitions(doc, list(doc.ents))
    if not defined:
        return
    by_text: dict[str, list[Mention]] = {}
    for m in mentions:
        by_text.setdefault(_name(m.span), []).append(m)
    for acronym, long_span in defined.items():
        long_ms = by_text.get(_name(long_span), [])
        short_ms = by_text.get(acronym, [])
        group = long_ms + short_ms
        long_name = _name(long_span).lower()
        known = next((m for m in long_ms if m.actor is not None), None) or next((
            m for m in short_ms if m.actor is not None and m.actor.canonical.lower() == long_name), None)
        # (the table's actor for the short form only when it is the name defined: "the Financial Services
        # Authority (FSA)" is no Free Syrian Army)
        if known is not None:
            target = known
        elif any(m.actor is not None for m in short_ms) and long_ms:
            target = long_ms[0]  # the short form's actor in the tables is another body: the text's own name wins
        elif len(short_ms) >= len(long_ms) and short_ms:
            target = short_ms[0]
        else:
            target = long_ms[0] if long_ms else None
        if target is None:
            continue
        for m in group:
            m.canonical, m.kind, m.actor, m.country = target.canonical, target.kind, target.actor, target.country


def _link_initials(mentions: list[Mention]) -> None:
    """An acronym that spells the initials of a longer name in the article is that name, defined or not
    ("GM" and "General Motors Corp", "UAW" and "United Auto Workers", "DOE" and "Department of Energy", "FBI" and
    "US Federal Bureau of Investigation"); the long name is canonical."""
    long = {}
    for m in mentions:
        if m.span.label_ == "ORG" and m.actor is None and len(m.canonical.replace("-", " ").split()) >= 2:
            words = m.canonical.split()
            bare = " ".join(words[1:]) if words[0] in _STATE_PREFIXES and len(words) > 2 else m.canonical
            for name in dict.fromkeys((m.canonical, bare)):
                long.setdefault(initials(name), m)
                long.setdefault(initials(name, minor=True), m)
    for m in mentions:
        name = m.canonical.replace(".", "")
        if m.actor is None and m.span.label_ in ("ORG", "PERSON", "GPE") and ACRONYM.match(name):
            target = long.get(name)
            if target is not None and len(name) >= 2:
                m.canonical, m.kind, m.country = target.canonical, target.kind, target.country
                m.span = Span(m.span.doc, m.span.start, m.span.end, "ORG")


#: Family names of China, Korea and Vietnam, written first in a full name: "Hu" after "Hu Jintao" is Hu Jintao.
FAMILY_FIRST = frozenset("""
    Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng Liang Xie Song Tang Han
    Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lu Ding Ren Shen Yao Cui Zhong Tan
    Wen Xi Bo Qian Dai Fan Fu Jia Kong Lei Meng Mao Qin Qiu Shi Tao Wan Xiong Yan Yin Zou Hua Hou Kang Qiao Jin
    Kim Lee Park Choi Chung Jung Kang Cho Yoon Jang Lim Moon Roh Ban Kwon Shin Hwang Ahn Song Yoo Hong Jeon Ko Oh Seo
    Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly Truong
""".split())


_NAME_WORD = re.compile(r"^[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)*$")


def _people_taken_for_bodies(mentions: list[Mention]) -> None:
    """A full name the small model labelled ORG or FAC is a person's when the article names that person by the surname
    alone as a person ("Cyril Fletcher" ORG, then "Fletcher" PERSON): two or three plain capitalised words, no
    known body, no firm's suffix or description."""
    surnames = {_name(m.span) for m in mentions if m.span.label_ == "PERSON" and len(_name(m.span).split()) == 1}
    surnames -= {_name(m.span).split()[-1] for m in mentions if m.span.label_ == "PERSON" and len(
        _name(m.span).split()) > 1}  # ("Lynch" of "Loretta Lynch" is hers: "Merrill Lynch" stays a bank)
    if not surnames:
        return
    named: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.span.label_ in ("ORG", "FAC") and m.actor is None:  # (a building's label too: "Torao Toshitsune")
            named.setdefault(_name(m.span), []).append(m)
    for name, group in named.items():
        words = name.split()
        if 2 <= len(words) <= 3 and words[-1] in surnames and all(_NAME_WORD.match(w) for w in words) and \
                words[0].lower() not in TITLES | _MORE_TITLES and firms.country_of(name) is None and not any(
                CORP_SUFFIX.search(m.span.text) or _firm_noun(m.span) for m in group):
            for m in group:  # (every mention of the name: "broadcaster Cyril Fletcher" is no firm's name here)
                m.span = Span(m.span.doc, m.span.start, m.span.end, "PERSON")
                m.kind = "person"


#: Words of a title or an office that open a name the model took for a body ("Representative Barton", "Secretary of
#: State Rex Tillerson" cut to "State Rex Tillerson"): the name is not relabelled.
_MORE_TITLES = frozenset("""state defense defence interior foreign representative rep congressman congresswoman
    councilman councilwoman councillor commissioner chairman chairwoman speaker delegate assemblyman assemblywoman
    deputy inspector sheriff detective officer sergeant captain lieutenant major admiral marshal chief
    archbishop bishop cardinal rabbi imam reverend father brother sister professor""".split())
#: Nouns that describe people as often as firms ("broadcaster Cyril Fletcher", "publisher Felix Dennis").
_PEOPLE_TOO = frozenset({"broadcaster", "publisher", "developer", "distributor", "consultant", "producer",
                         "designer", "dealer", "trader", "operator"})


def _firm_noun(span: Span) -> bool:
    """A noun that says the name is a firm's ("carmaker Vauxhall Motors"), not one that can describe a person."""
    return bool(firm_words_of(span, before=True) - _PEOPLE_TOO)


def _link_people(mentions: list[Mention]) -> None:
    """"Erdogan" -> "Tayyip Erdogan" when the longer name of that person appears in the article; "Hu" -> "Hu
    Jintao", a family name written first (``FAMILY_FIRST``), when no one else of the article bears it."""
    people = [m for m in mentions if m.span.label_ == "PERSON"]
    full: dict[str, set[str]] = {}
    before: dict[str, list[str]] = {}  # surname -> the full names given before the body first uses it alone
    alone: set[str] = set()
    body = _headline_end(mentions[0].span.doc) if mentions else 0
    family_first: dict[str, set[str]] = {}
    for m in people:
        words = _name(m.span).split()
        if len(words) > 1:
            full.setdefault(words[-1], set()).add(" ".join(words))
            if words[-1] not in alone and " ".join(words) not in before.setdefault(words[-1], []) and \
                    words[0].lower() not in DESCRIBERS | TITLES:  # ("Lawyer Balber" is no second person)
                before[words[-1]].append(" ".join(words))
            if words[0] in FAMILY_FIRST and len(words) <= 3:  # (one person however spelt: "Kim Jong-un")
                family_first.setdefault(words[0], set()).add(m.actor.canonical if m.actor else " ".join(words))
        elif m.span.start_char >= body:
            alone.add(words[0])
    first_named = {surname: names[0] for surname, names in before.items() if len(names) == 1}
    for m in people:  # "Lord Condon": a peer whose first name the article does not give is named by his title
        words = _name(m.span).split()
        if len(words) == 1 and m.actor is None and words[0] not in full and m.span.start > 0 and (
                title := m.span.doc[m.span.start - 1].text) in _PEERAGE and not (
                m.span.start > 1 and m.span.doc[m.span.start - 2].text == "First"):  # ("First Lady Melania")
            full[words[0]] = {f"{title} {words[0]}"}
            first_named[words[0]] = f"{title} {words[0]}"
    if not full:
        return
    by_actor: dict[str, str] = {}
    for m in people:
        if m.actor is not None:
            name = _name(m.span)
            if len(name) > len(by_actor.get(m.actor.canonical, "")) and name.split()[0].lower() not in TITLES:
                by_actor[m.actor.canonical] = name  # (the name, not "President Trump" beside "Donald Trump")
    for m in people:
        words = _name(m.span).split()
        if m.actor is not None:
            written = by_actor.get(m.actor.canonical, m.canonical)
            forms = {m.actor.canonical, *m.actor.aliases}
            kin = [f for f in full.get(words[-1], ()) if f not in forms and not f.endswith(" " + m.actor.canonical)]
            if len(words) == 1 and len(kin) == 1 and len(written.split()) == 1:
                m.canonical = kin[0]  # "Obama" after "Michelle Obama", where the article does not name Barack Obama
            else:
                m.canonical = written if len(written) > len(m.actor.canonical) else m.actor.canonical  # (an article
                # that writes only "Trump" names Donald Trump, as one with no other full name already did)
            continue
        said = " ".join(words).lower()  # ("Van Gogh" at a sentence's start is Theo van Gogh's surname; whole words:
        # "Ian Smith" is not "Brian Smith")
        longer = [f for f in full.get(words[-1], ()) if f.lower().endswith(" " + said)]
        if not longer and len(words) == 1 and len(family_first.get(words[0], ())) == 1:
            longer = list(family_first[words[0]])  # "Hu" after "Hu Jintao" (and no "Mr Hu" of another name)
        before = m.span.doc[m.span.start - 1].lower_.rstrip(".") if m.span.start else ""
        if not longer and len(words) == 1 and before not in TITLES - {"sir", "dame"} and len(given := [
                f for names in full.values() for f in names if f.split()[0] == words[0]]) == 1:
            longer = given  # "Cyril" after "Cyril Fletcher", the one full name of the article with that first name
        if len(longer) == 1:
            m.canonical = longer[0]
        elif len(longer) > 1:
            m.canonical = max(longer, key=len)
            if not all(m.canonical.endswith(x) for x in longer):
                m.canonical = first_named.get(words[-1], " ".join(words)) if len(words) == 1 else " ".join(words)
                # (a surname several people of the article bear is the one person the text had named in full
                # when it first used the surname alone: "Zinke" is Ryan Zinke, not "his wife, Lolita Zinke", named
                # later; where two were named before, "Sarah Evans" and "Thomas Evans", it stays as written)


#: Titles of peers, who are named by them ("Lord Condon", "Baroness Kennedy"; not "Sir", which goes with a first
#: name).
_PEERAGE = frozenset({"Lord", "Baroness", "Lady", "Viscount", "Earl"})


_TIE_ORDER = ("GPE", "LOC", "FAC", "ORG", "PERSON", "NORP")


def _tie_rank(label: str) -> tuple[int, str]:
    return (_TIE_ORDER.index(label) if label in _TIE_ORDER else len(_TIE_ORDER), label)


def _place_and_body(labels: set[str], name: str) -> bool:
    """A known place named as a place in some mentions and as an organisation in others (its team, its
    government): each mention keeps its own label."""
    return labels <= {"GPE", "LOC", "ORG"} and "ORG" in labels and countries.city_country(name, 0) is not None


def harmonize_labels(mentions: list[Mention]) -> bool:
    """Mentions of one entity get one label (the most frequent; ties: the longest mention's).
    Demonyms keep NORP and countries keep theirs. True if any span changed."""
    groups: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.kind != "country" and m.span.label_ != "NORP":
            groups.setdefault(m.canonical, []).append(m)
    changed = False
    for group in groups.values():
        labels = {m.span.label_ for m in group}
        if len(labels) < 2 or _place_and_body(labels, group[0].canonical):
            continue
        places = {tuple(p) for p in group[0].span.doc.user_data.get(DATELINES_KEY, ())}
        if places and {"GPE", "ORG"} <= labels:  # a dateline's town and its team ("KELBY 1996-10-05" and
            group = [m for m in group if (m.span.start, m.span.end) not in places]  # "Kelby 2 Harbury 2")
            labels = {m.span.label_ for m in group}
        votes = {lab: (sum(m.span.label_ == lab for m in group),
                       max(len(m.span.text) for m in group if m.span.label_ == lab)) for lab in labels}
        # ties go to the label earlier in _TIE_ORDER (a set's order would change with PYTHONHASHSEED)
        best = max(sorted(votes, key=_tie_rank), key=votes.get)
        if "ORG" in labels and any(CORP_SUFFIX.search(m.span.text) or described_as_firm(m.span)
                                   or firm_noun_before(m.span) for m in group):
            best = "ORG"  # "Nordwind Inc", "fashion retailer Nordwind" settle what "Nordwind" is
        for m in group:
            if m.span.label_ != best:
                m.span = Span(m.span.doc, m.span.start, m.span.end, best)
                changed = True
    return changed


# ---------------------------------------------------------------------------- 3. salience
#: Salience weights (they sum to 1): how often the entity is named counts most; an early first
#: mention, a mention in the title and being the subject of clauses say the story is about it.
W_COUNT, W_FIRST, W_TITLE, W_SUBJECT = 0.55, 0.2, 0.15, 0.1
#: Share of subject mentions at which the subject weight is full (half the mentions as subject).
SUBJECT_FULL = 0.5


def score(doc: Doc, mentions: list[Mention]) -> dict[str, Actor]:
    """canonical -> Actor with salience in [0, 1]: frequency, first position, title, subject role."""
    title = normalize(doc._.nc_title or "")
    n_chars = max(extensions.text_length(doc), 1)
    actors: dict[str, Actor] = {}
    subjects: dict[str, int] = {}
    tickers: set[str] = set()
    plain: set[str] = set()
    for m in mentions:
        info = actors.get(m.canonical)
        if info is None:
            info = actors[m.canonical] = _new_actor(m)
        elif m.actor is not None and info.country is None and info.code is None:
            # "Howard" in the title, "Michael Howard" (a known actor) in the text: the table's record for both
            known = _new_actor(m)
            info.code, info.country, info.sector, info.label = known.code, known.country, known.sector, known.label
        info.count += 1
        subjects[m.canonical] = subjects.get(m.canonical, 0) + (m.span.root.dep_ in SUBJECT_DEPS)
        text = _name(m.span)
        if text not in info.aliases:
            info.aliases.append(text)
        (tickers if in_angle_brackets(m.span) else plain).add(text)  # a wire ticker ("<SPI>") names the firm but is
        # no name to show for it, unless the story also writes it as a name ("IBM said")
    max_count = max((a.count for a in actors.values()), default=1)
    for name, info in actors.items():
        in_title = bool(title) and any(_in_title(title, a) for a in (name, *info.aliases))
        raw = (W_COUNT * math.log1p(info.count) / math.log1p(max_count)
               + W_FIRST * (1 - info.first / n_chars)
               + W_TITLE * in_title
               + W_SUBJECT * min(1.0, subjects[name] / max(info.count, 1) / SUBJECT_FULL))
        info.salience = round(raw, 4)
        info.in_title = in_title
        info.short = _short_name(name, [a for a in info.aliases if a not in tickers - plain])
    return dict(sorted(actors.items(), key=lambda kv: (-kv[1].salience, kv[1].first)))


def _new_actor(m: Mention) -> Actor:
    actor = m.actor
    return Actor(
        canonical=m.canonical,
        label=actor.label if actor else ("GPE" if m.kind == "country" else m.span.label_),
        kind=m.kind,
        first=m.span.start_char,
        code=actor.code if actor else (m.country if m.kind == "country" else None),
        country=m.country,
        sector=(actor.sector or None) if actor else None,
    )


def _in_title(title: str, name: str) -> bool:
    key = normalize(name)
    return len(key) > 1 and re.search(rf"(?<!\w){re.escape(key)}(?!\w)", title) is not None


def _short_name(canonical: str, aliases: list[str]) -> str:
    """The familiar short name: an acronym used in the article for a long name, else the canonical."""
    if len(canonical.split()) >= 3:
        acronyms = [a for a in aliases if ACRONYM.match(a) and "." not in a]
        if acronyms:
            return acronyms[0]
    return canonical


def canonical_at(doc: Doc, start_char: int, end_char: int) -> str | None:
    """Canonical name of the entity mention overlapping this character span, or None."""
    for ent in doc._.nc_entities or ():
        if ent.start < end_char and start_char < ent.end:
            return ent.canonical
        if ent.start >= end_char:
            break
    return None
