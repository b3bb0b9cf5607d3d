"""Entities step: fix spaCy's NER with a gazetteer, give every mention a canonical name and salience.

``newscoder_entities`` (after spaCy's ``ner``):

1. **fix** ``doc.ents``: add gazetteer matches (countries, demonyms, known actors), a wire dateline
   ("NEW YORK, March 3 -"), acronyms defined in the text; relabel known names (a country is GPE, a
   demonym NORP, a known group ORG); split comma lists ("Afrin, Jarablus"); drop a leading "the".
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
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .. import extensions, steps  # noqa: F401 (extensions registers doc._.nc_*)
from ..knowledge import countries
from ..knowledge.countries import KnownActor, actor_table, find_actor, normalize  # noqa: F401 (re-exported)
from ..models import Actor, Entity

#: OntoNotes labels of named entities (the rest are numbers and dates, timex's job).
NAMED = frozenset({"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT",
                   "WORK_OF_ART", "LAW", "LANGUAGE"})
#: Prepositions after which a capital is a place ("talks in Ankara"), not an actor.
PLACE_PREPS = frozenset({"in", "at", "to", "from", "near", "into", "outside", "around", "across",
                         "via", "toward", "towards", "through", "inside", "throughout", "within"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "agent"})

_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&.\-]{1,7}$")
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
# Verbs whose direct object is a place someone goes to ("visited Kabul"), not an actor.
_MOTION_VERBS = frozenset({"visit", "reach", "enter", "leave", "arrive", "tour", "flee", "capture", "seize",
                           "bomb", "shell", "attack", "besiege", "evacuate", "liberate", "storm"})
_TRAILING = frozenset({"'s", "\u2019s", "'", "\u2019", "/", "-", "\u2014", ",", ":"})


def _patterns() -> dict[str, list[str]]:
    """Surface strings the PhraseMatcher looks for, per label."""
    gpe, norp = set(), set()
    for c in countries.all_countries():
        if c.population >= 1000 or c.iso3 in ("VAT",):
            gpe.update(a for a in (c.name, *c.aliases) if len(a) > 2 and not a.islower())
            norp.update(d for d in c.demonyms if d[0].isupper() and "." not in d)
    out: dict[str, set[str]] = {"GPE": gpe, "NORP": norp}
    for actor in set(actor_table().values()):
        names = {actor.canonical, *actor.aliases}
        out.setdefault(actor.label, set()).update(n for n in names if len(n) > 2 and not n.startswith("the "))
    return {label: sorted(names) for label, names in out.items()}


class EntitiesStep:
    """Fix doc.ents, canonicalize mentions, score entities (see the module docstring)."""

    def __init__(self, nlp: Language, name: str = "newscoder_entities") -> None:
        self.name = name
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        for label, phrases in _patterns().items():
            self.matcher.add(label, list(nlp.tokenizer.pipe(phrases)))

    def __call__(self, doc: Doc) -> Doc:
        doc.ents = fix_ents(doc, self.matcher)
        mentions = canonicalize(doc)
        if harmonize_labels(mentions):
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


# ---------------------------------------------------------------------------- 1. fix doc.ents
def fix_ents(doc: Doc, matcher: PhraseMatcher) -> list[Span]:
    ents = [e for part in doc.ents for e in _split_list(doc, part)]
    ents = [e for part in ents for e in _split_credit(doc, part)]
    ents = _join_dc(doc, ents)
    ents = [_relabel(_strip(e)) for e in ents if not _office_word(e)]
    ents = [e for e in ents if e is not None and len(e)]
    extra = _gazetteer_spans(doc, matcher, ents) + _dateline(doc) + _acronym_spans(doc, ents)
    # gazetteer spans replace the model's spans they overlap unless the model's span is longer
    return _surnames(doc, _consistent(filter_spans(extra + ents) if extra else filter_spans(ents)))


def _surnames(doc: Doc, ents: list[Span]) -> list[Span]:
    """A one-word name that is the surname of a person named in full in the article is that person
    ("Lloyd Austin ... Austin said"), also where the model missed it or gave it another label."""
    names = {e[-1].text for e in ents if e.label_ == "PERSON" and len(e) > 1 and e[-1].is_title}
    names = {n for n in names if not (countries.by_name(n) or countries.by_demonym(n) or countries.by_capital(n))}
    if not names:
        return ents
    out, covered = [], set()
    for e in ents:
        if len(e) == 1 and e.text in names and e.label_ in ("ORG", "GPE", "LOC", "NORP", "PRODUCT", "FAC"):
            e = Span(doc, e.start, e.end, "PERSON")
        out.append(e)
        covered.update(range(e.start, e.end))
    for tok in doc:
        if tok.text in names and tok.i not in covered and tok.pos_ == "PROPN" and not (
                tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN") and not (
                tok.i and doc[tok.i - 1].pos_ == "PROPN"):
            out.append(Span(doc, tok.i, tok.i + 1, "PERSON"))
    return sorted(out, key=lambda e: e.start)


def _office_word(ent: Span) -> bool:
    """"Defense" in "Turkish Defense Minister", "State" in "Secretary of State": not an ORG."""
    if len(ent) != 1 or ent.label_ != "ORG" or ent[0].lower_ not in _OFFICE_WORDS:
        return False
    doc = ent.doc
    nxt = doc[ent.end].lower_ if ent.end < len(doc) else ""
    prev2 = doc[ent.start - 2].lower_ if ent.start > 1 else ""
    return nxt in _TITLE_WORDS or (prev2 in _TITLE_WORDS and doc[ent.start - 1].lower_ == "of")


def _consistent(ents: list[Span]) -> list[Span]:
    """The same name gets the same label throughout the article (its most frequent one)."""
    votes: dict[str, dict[str, int]] = {}
    for e in ents:
        if e.label_ in NAMED:
            labels = votes.setdefault(e.text, {})
            labels[e.label_] = labels.get(e.label_, 0) + 1
    out = []
    for e in ents:
        labels = votes.get(e.text) if e.label_ in NAMED else None
        if labels and len(labels) > 1:
            best = max(labels.items(), key=lambda kv: kv[1])
            if best[1] > labels[e.label_]:
                e = Span(e.doc, e.start, e.end, best[0])
        out.append(e)
    return out


def _strip(ent: Span) -> Span:
    """Drop a leading "the" and a trailing possessive or punctuation ("Hong Kong's", "REUTERS /")."""
    if ent.label_ not in NAMED:
        return ent
    start, end = ent.start, ent.end
    if end - start > 1 and ent.doc[start].lower_ == "the":
        start += 1
    opened = [t.i for t in ent if t.text == "("]
    if opened and not any(t.text == ")" for t in ent[opened[-1] - ent.start:]) and opened[-1] > start:
        end = opened[-1]  # "Department of Agriculture (DA" -> "Department of Agriculture"
    while end - start > 1 and ent.doc[end - 1].text in _TRAILING:
        end -= 1
    return ent if (start, end) == (ent.start, ent.end) else Span(ent.doc, start, end, ent.label_)


def _relabel(ent: Span) -> Span:
    """Give known names their gazetteer label (Manbij as PRODUCT, Al-Bab as PERSON ...)."""
    label = ent.label_
    if label not in NAMED:
        return ent
    text = ent.text
    actor = find_actor(text)
    if actor is not None and (actor.label != "PERSON" or label in ("PERSON", "ORG", "GPE", "NORP", "PRODUCT")):
        new = actor.label
    elif label in ("GPE", "LOC", "ORG", "NORP") and _after_honorific(ent) and not countries.by_name(text):
        new = "PERSON"
    elif countries.by_name(text) and label != "PERSON" or (label != "PERSON" and countries.city_country(text)):
        new = "GPE"
    elif countries.by_demonym(text) and label in ("GPE", "ORG", "PERSON", "LOC"):
        new = "NORP"
    elif label in ("PERSON", "PRODUCT", "WORK_OF_ART", "ORG") and _looks_like_place(ent):
        new = "GPE"
    elif label in ("PERSON", "PRODUCT", "WORK_OF_ART", "GPE") and _CORP_SUFFIX.search(text):
        new = "ORG"
    else:
        new = label
    return ent if new == label else Span(ent.doc, ent.start, ent.end, new)


def _after_honorific(ent: Span) -> bool:
    """A name right after a title word is a person ("President Bush", not the town of Bush)."""
    if ent.start == 0 or len(ent) > 3:
        return False
    prev = ent.doc[ent.start - 1]
    return prev.lower_ in _HONORIFICS and prev.text[:1].isupper()


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


def _split_credit(doc: Doc, ent: Span) -> list[Span]:
    """A photo credit tagged as one entity ("REUTERS / Leonhard Foeger") -> agency + photographer."""
    if "/" not in ent.text or ent.label_ not in NAMED:
        return [ent]
    parts, start = [], ent.start
    for i in range(ent.start, ent.end + 1):
        if i == ent.end or doc[i].text == "/":
            if i > start:
                parts.append(doc[start:i])
            start = i + 1
    actors = [find_actor(p.text) for p in parts]
    if len(parts) < 2 or not any(a is not None and a.kind == "media" for a in actors):
        return [ent]
    out = []
    for part, actor in zip(parts, actors):
        if actor is not None:
            out.append(Span(doc, part.start, part.end, actor.label))
        elif 2 <= len(part) <= 3 and all(t.is_title for t in part):
            out.append(Span(doc, part.start, part.end, "PERSON"))
    return out


def _gazetteer_spans(doc: Doc, matcher: PhraseMatcher, ents: list[Span]) -> list[Span]:
    """Matches of known names; each is kept only where it improves on the model's entities."""
    by_token = {}
    for e in ents:
        for i in range(e.start, e.end):
            by_token[i] = e
    out = []
    for match_id, start, end in matcher(doc):
        label = doc.vocab.strings[match_id]
        span = Span(doc, start, end, label)
        if label == "PERSON" and " " not in span.text:
            continue  # a bare surname is only linked when the model tags it (canonicalize)
        if label in ("GPE", "LOC") and _after_honorific(span) and not countries.by_name(span.text):
            continue  # "President Bush" is not the town of Bush
        overlapped = {by_token[i] for i in range(start, end) if i in by_token}
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
    """The city of a wire dateline at the start of the text ("NEW YORK, March 3 -", "PARIS (Reuters)")."""
    out = []
    for m in countries.DATELINE.finditer(doc.text[:3000]):
        name, region = m.group(1).strip(), (m.group(2) or "").strip()
        in_region = region and (normalize(region) in countries.US_STATE_ABBR or countries.city_country(region, 0)
                                or countries.by_name(region))
        if not (in_region or countries.city_country(name, 0) or countries.by_name(name)):
            continue
        for text, at in ((name, m.start(1)), (region, m.start(2))):
            span = doc.char_span(at, at + len(text), label="GPE") if text else None
            if span is not None:
                out.append(span)
    return out


def _acronym_spans(doc: Doc, ents: list[Span]) -> list[Span]:
    """Mentions of an acronym defined in the text ("... Units (YPG)") that the model missed."""
    defined = _acronym_definitions(doc, ents)
    if not defined:
        return []
    out = []
    for tok in doc:
        long = defined.get(tok.text)
        if long is not None and tok.ent_iob_ != "I" and not tok.ent_type_:
            out.append(Span(doc, tok.i, tok.i + 1, long.label_))
    return out


def _acronym_definitions(doc: Doc, ents: list[Span]) -> dict[str, Span]:
    """acronym -> the long-name entity it abbreviates, for "Long Name (ACR)" and "ACR (Long Name)"."""
    out: dict[str, Span] = {}
    for ent in ents:
        if ent.label_ not in ("ORG", "NORP", "GPE", "LOC", "FAC", "EVENT", "LAW"):
            continue
        after = doc[ent.end: ent.end + 3]
        if len(after) == 3 and after[0].text == "(" and after[2].text == ")" and _ACRONYM.match(after[1].text):
            if len(ent) > 1:
                out.setdefault(after[1].text, ent)
        before = doc[max(ent.start - 2, 0): ent.start]
        if (len(before) == 2 and before[1].text == "(" and len(ent) > 1 and ent.end < len(doc)
                and doc[ent.end].text == ")" and _ACRONYM.match(before[0].text)):
            out.setdefault(before[0].text, ent)
    return out


# ---------------------------------------------------------------------------- 2. canonicalize
@dataclass
class Mention:
    span: Span
    canonical: str
    kind: str
    actor: KnownActor | None = None
    country: str | None = None  # ISO3


def _clean(text: str) -> str:
    text = re.sub(r"^(?:the|The|THE)\s+", "", text.strip())
    return re.sub(r"(?:'s|\u2019s|'|\u2019)$", "", text).strip()


def _resolve(span: Span) -> Mention:
    """Canonical name of one mention, from the gazetteers alone."""
    text, label = _clean(span.text), span.label_
    actor = find_actor(text)
    if actor is not None and (actor.label == "PERSON") == (label == "PERSON"):
        return Mention(span, actor.canonical, actor.kind, actor, actor.country or None)
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


def _as_actor(span: Span) -> bool:
    """Is a capital used for its government ("Ankara accused Washington"), not as a place?"""
    root = span.root
    if span.start == 0 and span.doc[span.end: span.end + 1].text in (",", "(", "-"):
        return False  # dateline
    if root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPS:
        return False
    if root.dep_ == "dobj" and root.head.lemma_ in _MOTION_VERBS:
        return False
    if root.dep_ == "compound" and root.head.lower_ in ("city", "province", "area", "region", "airport"):
        return False
    return True


def canonicalize(doc: Doc) -> list[Mention]:
    mentions = [_resolve(e) for e in doc.ents if e.label_ in NAMED]
    _link_acronyms(doc, mentions)
    _link_people(mentions)
    _link_geo_names(mentions)
    _link_companies(mentions)
    return mentions


_CORP_SUFFIX = re.compile(
    r",?\s+(?:Inc|Incorporated|Corp|Corporation|Co|Company|Ltd|Limited|plc|PLC|LLC|AG|SA|NV|SE|"
    r"Group|Holdings?)\.?$")


def _link_companies(mentions: list[Mention]) -> None:
    """"Apple Inc" and "Apple" in one article are one company, named as the text names it most simply."""
    orgs = [m for m in mentions if m.span.label_ == "ORG" and m.actor is None]
    names = {m.canonical for m in mentions if m.span.label_ in ("ORG", "PERSON") and m.actor is None}
    for m in orgs:
        base = _CORP_SUFFIX.sub("", m.canonical)
        if base != m.canonical and base in names:
            m.canonical = base


_GEO_SUFFIXES = (" River", " Sea", " Mountains", " Valley", " Province", " Governorate", " Region",
                 " Desert", " Basin", " Strait", " Gulf", " Island", " Islands")


def _link_geo_names(mentions: list[Mention]) -> None:
    """"Euphrates" -> "Euphrates River" when both appear (a place named with and without its kind)."""
    names = {m.canonical for m in mentions if m.span.label_ in ("LOC", "GPE", "FAC")}
    longer = {}
    for name in names:
        for suffix in _GEO_SUFFIXES:
            if name.endswith(suffix) and name[: -len(suffix)] in names:
                longer[name[: -len(suffix)]] = name
    if longer:
        for m in mentions:
            if m.canonical in longer and m.kind != "country":
                m.canonical = longer[m.canonical]


def _link_acronyms(doc: Doc, mentions: list[Mention]) -> None:
    """Long name and acronym defined in the text become one entity."""
    defined = _acronym_definitions(doc, list(doc.ents))
    if not defined:
        return
    by_text: dict[str, list[Mention]] = {}
    for m in mentions:
        by_text.setdefault(_clean(m.span.text), []).append(m)
    for acronym, long_span in defined.items():
        long_ms = by_text.get(_clean(long_span.text), [])
        short_ms = by_text.get(acronym, [])
        group = long_ms + short_ms
        known = next((m for m in group if m.actor is not None), None)
        if known is not None:
            target = known
        elif len(short_ms) >= len(long_ms) and short_ms:
            target = short_ms[0]
        else:
            target = long_ms[0] if long_ms else None
        if target is None:
            continue
        for m in group:
            m.canonical, m.kind, m.actor, m.country = target.canonical, target.kind, target.actor, target.country


def _link_people(mentions: list[Mention]) -> None:
    """"Erdogan" -> "Tayyip Erdogan" when the longer name of that person appears in the article."""
    people = [m for m in mentions if m.span.label_ == "PERSON"]
    full: dict[str, set[str]] = {}
    for m in people:
        words = _clean(m.span.text).split()
        if len(words) > 1:
            full.setdefault(words[-1], set()).add(" ".join(words))
    if not full:
        return
    by_actor: dict[str, str] = {}
    for m in people:
        if m.actor is not None:
            name = _clean(m.span.text)
            if len(name) > len(by_actor.get(m.actor.canonical, "")):
                by_actor[m.actor.canonical] = name
    for m in people:
        words = _clean(m.span.text).split()
        if m.actor is not None:
            m.canonical = by_actor.get(m.actor.canonical, m.canonical)
            continue
        longer = [f for f in full.get(words[-1], ()) if f.endswith(" ".join(words)) and len(f) > len(" ".join(words))]
        if len(longer) == 1:
            m.canonical = longer[0]
        elif len(longer) > 1:
            m.canonical = max(longer, key=len)
            if not all(m.canonical.endswith(x) for x in longer):
                m.canonical = " ".join(words)


_TIE_ORDER = ("GPE", "LOC", "FAC", "ORG", "PERSON", "NORP")


def _tie_rank(label: str) -> tuple[int, str]:
    return (_TIE_ORDER.index(label) if label in _TIE_ORDER else len(_TIE_ORDER), label)


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
        if len(labels) < 2:
            continue
        votes = {lab: (sum(m.span.label_ == lab for m in group),
                       max(len(m.span.text) for m in group if m.span.label_ == lab)) for lab in labels}
        # ties go to the label earlier in _TIE_ORDER (a set's order would change with PYTHONHASHSEED)
        best = max(sorted(votes, key=_tie_rank), key=votes.get)
        if "ORG" in labels and any(_CORP_SUFFIX.search(m.span.text) for m in group):
            best = "ORG"  # "Nordwind Inc" settles what "Nordwind" is
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
    n_chars = max(len(doc.text), 1)
    actors: dict[str, Actor] = {}
    subjects: dict[str, int] = {}
    for m in mentions:
        info = actors.get(m.canonical)
        if info is None:
            info = actors[m.canonical] = _new_actor(m)
        info.count += 1
        subjects[m.canonical] = subjects.get(m.canonical, 0) + (m.span.root.dep_ in SUBJECT_DEPS)
        text = _clean(m.span.text)
        if text not in info.aliases:
            info.aliases.append(text)
    max_count = max((a.count for a in actors.values()), default=1)
    for name, info in actors.items():
        in_title = bool(title) and any(_in_title(title, a) for a in (name, *info.aliases))
        raw = (W_COUNT * math.log1p(info.count) / math.log1p(max_count)
               + W_FIRST * (1 - info.first / n_chars)
               + W_TITLE * in_title
               + W_SUBJECT * min(1.0, subjects[name] / max(info.count, 1) / SUBJECT_FULL))
        info.salience = round(raw, 4)
        info.in_title = in_title
        info.short = _short_name(name, info.aliases)
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
        acronyms = [a for a in aliases if _ACRONYM.match(a) and "." not in a]
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
