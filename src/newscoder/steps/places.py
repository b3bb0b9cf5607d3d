"""Places: find the places an article names and resolve them to GeoNames, offline.

1. **Recognition.** Toponyms are the spaCy GPE/LOC/FAC entities, plus entities the small model
   mislabels (Manbij as PRODUCT, "Afrin, Jarablus" as one ORG, Al-Bab as PERSON) when the
   gazetteer knows them and the article's context supports them. Demonyms are not places.
2. **Metonyms** (``geo_resolve``). A country or capital that speaks or acts ("Ankara accused Washington",
   "Washington's fight") is flagged ``metonym`` and located at its country, never at a town.
3. **Resolution** (``geo_resolve``). Candidates from ``gazetteer.lookup`` are ranked by prior
   (population, feature, main name), a qualifier ("Springfield, Ill."), and the countries, states
   and points of the article's other names; a local US story prefers towns of its state. A name
   with no candidate is returned unresolved (``geonameid`` None); it never empties the rest.
4. **Focus.** Countries (and much-mentioned places) the article is about, ranked.

``doc._.nc_places``: list[``PlaceMention``] (``country`` is ISO3). ``doc._.nc_focus``: list[``Focus``].
CSV rows and GeoJSON are written by ``io/writers.py``.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.language import Language

from .. import extensions, steps  # noqa: F401 (extensions registers doc._.nc_*)
from ..knowledge import countries as country_table
from ..knowledge import gazetteer
from ..knowledge.gazetteer import Place
from ..models import PlaceMention
from .focus import focus
from .geo_resolve import as_actor, candidates, country_place, haversine, name_key, resolve, state_of, weight

__all__ = ["PlacesStep", "find_toponyms", "haversine"]

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
MISLABELS = frozenset({"ORG", "PERSON", "PRODUCT", "WORK_OF_ART", "EVENT", "NORP"})
LOCATIVE = frozenset(
    "in of near from to at into outside inside across around toward towards via entered "
    "entering visited visit and , between".split()
)
#: Words after a name that make it a disease, not a place ("West Nile virus").
NOT_PLACE_NEXT = frozenset("virus viruses fever disease vaccine strain flu outbreak".split())
NOT_PLACE = frozenset({"ebola", "west nile", "zika", "lyme", "marburg", "h1n1", "h5n1", "sars", "mers"})
INSTITUTIONS = frozenset(
    """Police Department County Sheriff Sheriff's Fire House Senate State University College School
    Schools Hospital City Council Board Chamber Airport Public Area Regional Community Historical
    Museum Library Court District Legislature Assembly Housing Transit Health Parks Zoo Township
    Municipal Medical Metro Metropolitan Police""".split()
)
_SPLIT = re.compile(r"\s*(?:,|;|\band\b|&)\s*")
_DIRECTION = re.compile(r"^(?:north|south|east|west|central|northern|southern|eastern|western|"
                        r"north-?eastern|north-?western|south-?eastern|south-?western|"
                        r"northeast|northwest|southeast|southwest)$", re.I)


@dataclass
class Mention:
    """One toponym in the text, with its candidates and the chosen place."""

    text: str
    start: int
    end: int
    label: str
    qualifier: str = ""  # "Ill." in "Springfield, Ill."
    metonym: bool = False
    weight: float = 1.0  # how much the mention says the article is about this place
    candidates: list[Place] = field(default_factory=list)
    place: Place | None = None
    unit: str = ""  # "County" for "Cooke" in "Cooke and Grayson counties"

    @property
    def name(self) -> str:
        """The name looked up: the text, with its unit when a list gave it one."""
        return f"{self.text} {self.unit}" if self.unit else self.text


# ---------------------------------------------------------------- helpers


@lru_cache(maxsize=20_000)
def is_demonym(text: str) -> bool:
    """"Turkish", "Americans": a people or adjective, not a place."""
    t = text.strip()
    return country_table.by_demonym(t) is not None and country_table.by_name(t) is None


@lru_cache(maxsize=20_000)
def demonym_country(text: str) -> str | None:
    hit = country_table.by_demonym(text.strip())
    return hit.iso3 if hit else None


# ---------------------------------------------------------------- recognition


_TEXT_KEY = "newscoder.steps.places.text"


def _text(doc) -> str:
    """The doc's text, built once per call (``Doc.text`` joins all tokens at every access)."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def _trim(doc, start: int, end: int) -> tuple[int, int]:
    """Char offsets without a leading "the" and a trailing "'s"."""
    text = _text(doc)[start:end]
    m = re.match(r"(?i)the\s+", text)
    if m and end - start > m.end():
        start += m.end()
    m = re.search(r"(?:'s|’s|'|’)$", _text(doc)[start:end])
    if m:
        end -= len(m.group())
    return start, end


def _parts(doc, span) -> list[tuple[int, int]]:
    """Split "Afrin, Jarablus" / "Springfield, Ill." into parts, as char offsets."""
    start, end = _trim(doc, span.start_char, span.end_char)
    out, pos = [], start
    for m in _SPLIT.finditer(_text(doc), start, end):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < end:
        out.append((pos, end))
    return out


def _with_direction(doc, span, start: int) -> int:
    """Start of "northern Syria" when the gazetteer has the longer name, else ``start``."""
    if span.start == 0:
        return start
    prev = doc[span.start - 1]
    if not _DIRECTION.match(prev.text):
        return start
    base = candidates(span.text)
    longer = candidates(f"{prev.text} {span.text}")
    if base and base[0].feature == "country" and longer and longer[0].feature in ("admin", "region"):
        return prev.idx
    return start


def find_toponyms(doc) -> list[Mention]:
    """The place mentions of a doc (before resolution; mislabeled ones are checked later)."""
    mentions: list[Mention] = []
    for ent in doc.ents:
        if ent.label_ not in PLACE_LABELS and ent.label_ not in MISLABELS:
            continue
        parts = _parts(doc, ent)
        if not parts:
            continue
        if ent.label_ in PLACE_LABELS and len(parts) == 2 and _is_qualifier(_text(doc)[slice(*parts[1])]):
            s, e = parts[0]
            mentions.append(Mention(_text(doc)[s:e], s, e, ent.label_, qualifier=_text(doc)[slice(*parts[1])]))
            continue
        for s, e in parts:
            text = _text(doc)[s:e]
            if len(parts) == 1 and ent.label_ in PLACE_LABELS:
                s = _with_direction(doc, ent, s)
                e = _with_unit(doc, ent, e)
                text = _text(doc)[s:e]
            mentions.append(Mention(text, s, e, ent.label_))
        if ent.label_ == "ORG" and len(parts) == 1 and not candidates(ent.text):
            mentions.extend(_in_institution(ent))
    mentions.extend(_datelines(doc, mentions))
    mentions = _unit_lists(doc, mentions)
    for m in mentions:
        _qualify(doc, m)
    return mentions


_LIST_NAME = r"[A-Z][A-Za-z'.-]+(?: [A-Z][A-Za-z'.-]+)?"
_UNIT_WORD = re.compile(rf" (counties|parishes)\b(?: (?:in|of) ({_LIST_NAME}))?")
_ITEM_END = re.compile(rf"(?<![\w'.-])({_LIST_NAME})$")
_JOIN_END = re.compile(r"(?:,? (and|or|&) |, )$")


def _unit_lists(doc, mentions: list[Mention]) -> list[Mention]:
    """"Cooke, Grayson and Love counties": each name is a county (a parish), qualified by the state
    that may follow ("... counties in Georgia"); it replaces any town mention of that name there."""
    text = _text(doc)
    for hit in _UNIT_WORD.finditer(text):
        unit = "County" if hit.group(1) == "counties" else "Parish"
        qualifier = hit.group(2) if hit.group(2) and _is_qualifier(hit.group(2)) else ""
        for s, e in _list_before(text, hit.start()):
            if candidates(f"{text[s:e]} {unit}"):
                mentions = [m for m in mentions if not (m.start < e and s < m.end)]
                mentions.append(Mention(text[s:e], s, e, "UNIT", qualifier=qualifier, unit=unit))
    return sorted(mentions, key=lambda m: m.start)


def _list_before(text: str, end: int) -> list[tuple[int, int]]:
    """Spans of the names of "A, B and C" ending at ``end``, read backwards (no backtracking)."""
    items: list[tuple[int, int]] = []
    while True:
        item = _ITEM_END.search(text, max(0, end - 60), end)
        if not item:
            break
        items.append(item.span(1))
        join = _JOIN_END.search(text, max(0, item.start() - 8), item.start())
        if not join or (len(items) == 1 and not join.group(1)):
            break
        end = join.start()
    return items if len(items) >= 2 else []


_NEXT_QUALIFIER = re.compile(r",\s*([A-Z][A-Za-z]*\.?(?: [A-Z][A-Za-z]*\.?)?(?: [A-Z][a-z]+)?)")


def _qualify(doc, m: Mention) -> None:
    """"Dublin, Ohio" / "PALESTINE, Texas --" as two entities: the state or country right after
    a town is its qualifier, when the town has a namesake there."""
    if m.qualifier or m.unit:
        return
    after = _NEXT_QUALIFIER.match(_text(doc), m.end)
    if not after:
        return
    words = after.group(1).split()
    found = candidates(m.text)
    if not found or found[0].feature in ("country", "admin", "continent"):
        return
    for n in range(len(words), 0, -1):  # "Texas Department" -> "Texas"
        q = " ".join(words[:n])
        if _is_qualifier(q) and gazetteer.key(q) != gazetteer.key(m.text):
            if any(p.feature in ("city", "county") and _in_qualifier(p, q) for p in found):
                m.qualifier = q
            return


def _in_qualifier(p: Place, qualifier: str) -> bool:
    return any(q.feature in ("admin", "country") and q.iso3 == p.iso3 and q.main
               and (q.feature == "country" or state_of(q) == state_of(p)) for q in candidates(qualifier))


_OF_PLACE = re.compile(r"^(?:(?:City|Town|Village|County|Province|State|Commonwealth|Republic|Borough|"
                       r"Township) of )(?=[A-Z])")
_WORD = re.compile(r"\S+")
_CUT = re.compile(r"[\s-]+")
#: First words that are no place by themselves ("Lake Lanier" is not the town of Lake).
_NO_HEAD = frozenset("lake river mount mt north south east west saint st new old upper lower fort port little "
                     "big grand main park san santa los las el la de del".split())


def _to_known_part(m: Mention) -> None:
    """An unknown multiword place name narrowed to the town, county or state it starts with
    ("North Las Vegas Police Department", "Titus County Sheriff's Office"), names after "of"
    ("Province of Ontario") or, failing those, ends with ("Historic Dublin"), when the gazetteer
    knows that part by its main name."""
    lead = _OF_PLACE.match(m.text)
    if lead:
        _narrow(m, m.start + lead.end(), m.end)
        return
    words = list(_WORD.finditer(m.text))
    for n in range(len(words) - 1, 0, -1):
        last = words[n - 1].group()
        if last[:1].isupper() and not last.endswith((",", "'s", "’s")):
            if _narrow(m, m.start, m.start + words[n - 1].end()):
                return
    for cut in _CUT.finditer(m.text):  # "Historic Dublin", "D-Iowa City", "North West England"
        if m.text[cut.end():cut.end() + 1].isupper() and _narrow(m, m.start + cut.end(), m.end):
            return


def _narrow(m: Mention, start: int, end: int) -> bool:
    text = m.text[start - m.start:end - m.start]
    if text.lower().strip(".") in _NO_HEAD or _DIRECTION.match(text):
        return False
    found = candidates(text)
    if not found or not found[0].main or found[0].feature not in ("city", "county", "admin", "country"):
        return False
    m.text, m.start, m.end, m.candidates = text, start, end, list(found)
    return True


def _with_unit(doc, span, end: int) -> int:
    """End of "Laurel County" when spaCy stopped at "Laurel" and the gazetteer has the county."""
    if span.end < len(doc) and doc[span.end].text in ("County", "Parish", "Township", "Province"):
        longer = f"{span.text} {doc[span.end].text}"
        if candidates(longer):
            return doc[span.end].idx + len(doc[span.end].text)
    return end


def _in_institution(ent) -> list[Mention]:
    """The place in "Mansfield Police Department", "University of Georgia"."""
    tokens = list(ent)
    if tokens and tokens[0].lower_ == "the":
        tokens = tokens[1:]
    for n in (3, 2, 1):
        if len(tokens) > n and all(t.text[:1].isupper() for t in tokens[:n]):
            span = ent.doc[tokens[0].i:tokens[n - 1].i + 1]
            found = candidates(span.text)
            state = found and found[0].main and found[0].feature in ("country", "admin", "county")
            if found and (state or tokens[n].text in INSTITUTIONS):
                return [Mention(span.text, span.start_char, span.end_char, "ORG-PLACE")]
    for i, t in enumerate(tokens[:-1]):
        if t.lower_ == "of" and i > 0 and tokens[i - 1].text in ("University", "College", "State", "Bank"):
            span = ent.doc[tokens[i + 1].i:tokens[-1].i + 1]
            if candidates(span.text):
                return [Mention(span.text, span.start_char, span.end_char, "ORG-PLACE")]
    return []


def _datelines(doc, mentions: list[Mention]) -> list[Mention]:
    """"MANSFIELD --" / "GAINESVILLE, Ga. -" at the start of the text or of a line."""
    out = []
    taken = {(m.start, m.end) for m in mentions}
    for m in country_table.DATELINE.finditer(_text(doc)[:2000]):
        s, e = m.span(1)
        if (s, e) not in taken and candidates(m.group(1)):
            out.append(Mention(_text(doc)[s:e], s, e, "DATELINE"))
    return out


@lru_cache(maxsize=5000)
def _is_qualifier(text: str) -> bool:
    """A state, province or country name that can follow a town ("Springfield, Ill.")."""
    return any(p.feature in ("admin", "country") and p.main for p in candidates(text))


def _named_countries(doc, mentions: list[Mention]) -> dict[str, Counter]:
    """Countries the article names outright, by name key (place entities; demonyms under "")."""
    named: dict[str, Counter] = defaultdict(Counter)
    for m in mentions:
        if m.label in PLACE_LABELS:
            big = {p.iso3 for p in m.candidates if p.main and p.feature in ("country", "admin") and p.iso3}
            if len(big) == 1:
                named[name_key(m.text)][big.pop()] += 1
    for ent in doc.ents:
        if ent.label_ == "NORP":
            iso3 = demonym_country(ent.text)
            if iso3:
                named[""][iso3] += 0.5
    return named


def _context_countries(named: dict[str, Counter]) -> Counter:
    return sum(named.values(), Counter())


def _disease(doc, m: Mention) -> bool:
    if m.text.lower() in NOT_PLACE:
        return True
    following = _text(doc)[m.end:m.end + 12].split()
    return bool(following) and following[0].lower().strip(".,;") in NOT_PLACE_NEXT


def _noun_follows(doc, m: Mention) -> bool:
    """"Alexandria woman", "Alexandria police": a place name used as a modifier."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or span.end >= len(doc) or len(span) > 2:
        return False
    nxt = doc[span.end]
    return nxt.pos_ == "NOUN" and nxt.text.islower()


def _locative_clue(doc, m: Mention) -> bool:
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    prev = doc[span.start - 1].lower_ if span.start > 0 else ""
    return prev in LOCATIVE or span.root.dep_ in ("conj", "pobj", "appos")


def _keep(doc, m: Mention, ctx: Counter) -> bool:
    """Whether a mention is a place: always for GPE/LOC; for FAC and mislabeled entities only
    when the gazetteer knows the name and the article supports it."""
    if is_demonym(m.text) or m.text.lower() in ("the", "") or _disease(doc, m):
        return False
    if m.label in ("GPE", "LOC", "UNIT"):
        if m.candidates:
            return True
        # unknown to the gazetteer: kept (unresolved) when it looks like a place name
        return m.text[:1].isupper() and (" " in m.text or _locative_clue(doc, m))
    best = m.candidates[0] if m.candidates else None
    if best is None or not best.main:
        return False
    if m.label == "FAC":
        return best.feature != "city"
    if m.label in ("ORG-PLACE", "DATELINE"):
        return best.feature in ("admin", "country") or any(p.iso3 in ctx and p.main for p in m.candidates[:5])
    if m.label == "NORP":
        return best.feature in ("country", "admin", "region") and best.main
    if not m.text[:1].isupper():
        return False
    if best.feature != "city":
        return m.label != "PERSON" or _locative_clue(doc, m)
    in_context = any(p.iso3 in ctx and p.main for p in m.candidates[:5])
    if m.label == "PERSON":
        return in_context and (_locative_clue(doc, m) or _noun_follows(doc, m))
    return in_context or (best.population >= 100_000 and _locative_clue(doc, m))


def _person_words(doc) -> set[str]:
    return {t.text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 for t in e}


def _big_place(m: Mention) -> bool:
    return any(p.main and p.feature in ("country", "admin", "continent") for p in m.candidates[:3])


def _one_sense(doc, mentions: list[Mention], kept: list[Mention]) -> list[Mention]:
    """One sense per article: a name that is a place somewhere in it is a place where the model
    called it a person or an organisation ("Gainesville Police"); a name without any gazetteer
    entry that is part of a person's name ("Saakashvili") is not a place."""
    people = _person_words(doc)
    kept = [m for m in kept if m.text not in people or _big_place(m)]
    sure = {gazetteer.key(m.text) for m in kept if m.candidates and m.label in ("GPE", "LOC")}
    sure -= {gazetteer.key(w) for w in people}
    if not sure:
        return kept
    have = {(m.start, m.end) for m in kept}
    extra = [m for m in mentions if (m.start, m.end) not in have and gazetteer.key(m.text) in sure
             and not is_demonym(m.text)]
    for ent in doc.ents:
        if ent.label_ in ("ORG", "PERSON", "FAC", "PRODUCT", "WORK_OF_ART") and len(ent) > 1:
            extra.extend(_leading_place(ent, sure, have))
    extra.extend(_unlabelled(doc, kept, sure, extra))
    if not extra:
        return kept
    return sorted(kept + extra, key=lambda m: m.start)


def _distinct(mentions: list[Mention]) -> list[Mention]:
    """One mention per stretch of text: of overlapping ones ("Laurel" and "Laurel County" from two
    sources, "Ohio Department" and "Ohio"), the one the gazetteer knows by its full text, then the
    longer."""
    def rank(x: Mention) -> tuple:
        return bool(gazetteer.lookup(x.text, 1)), len(x.text)
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: m.start):
        if out and m.start < out[-1].end:
            if rank(m) > rank(out[-1]):
                out[-1] = m
            continue
        out.append(m)
    return out


def _unlabelled(doc, kept: list[Mention], sure: set[str], extra: list[Mention]) -> list[Mention]:
    """Other occurrences, outside any entity, of a place name the model found elsewhere in the
    article (it tags "Bicester" in one sentence and misses it in the next)."""
    forms = {m.text for m in kept if gazetteer.key(m.text) in sure and m.text[:1].isupper() and len(m.text) > 3}
    if not forms:
        return []
    taken = [(e.start_char, e.end_char) for e in doc.ents] + [(m.start, m.end) for m in kept + extra]
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(forms, key=len, reverse=True)))
                         + r")(?![\w-])")
    out = []
    for hit in pattern.finditer(_text(doc)):
        s, e = hit.span()
        if not any(s < b and a < e for a, b in taken):
            m = Mention(hit.group(), s, e, "ONE-SENSE")
            m.candidates = list(candidates(m.text))
            out.append(m)
    return out


def _leading_place(ent, sure: set[str], have: set[tuple[int, int]]) -> list[Mention]:
    tokens = [t for t in ent if not (t.i == ent.start and t.lower_ == "the")]
    for n in (3, 2, 1):
        if len(tokens) > n:
            span = ent.doc[tokens[0].i:tokens[n - 1].i + 1]
            if gazetteer.key(span.text) in sure and (span.start_char, span.end_char) not in have:
                m = Mention(span.text, span.start_char, span.end_char, "ORG-PLACE")
                m.candidates = list(candidates(span.text))
                return [m]
    return []


# ---------------------------------------------------------------- output


def _as_record(m: Mention) -> PlaceMention:
    p = m.place
    if p is not None and m.metonym and p.feature != "country":
        p = country_place(p.iso3) or p
    if p is None:
        return PlaceMention(text=m.text, start=m.start, end=m.end, name=m.text, metonym=m.metonym)
    return PlaceMention(text=m.text, start=m.start, end=m.end, name=p.name, geonameid=p.geonameid,
                        lat=round(p.lat, 5), lon=round(p.lon, 5), country=p.iso3 or None, feature=p.feature,
                        metonym=m.metonym)


class PlacesStep:
    """The ``newscoder_places`` component: writes ``doc._.nc_places`` and ``doc._.nc_focus``."""

    def __init__(self, nlp, name: str = "newscoder_places"):
        self.name = name

    def __call__(self, doc):
        try:
            return self._annotate(doc)
        finally:
            doc.user_data.pop(_TEXT_KEY, None)

    def _annotate(self, doc):
        mentions = find_toponyms(doc)
        for m in mentions:
            m.candidates = list(candidates(m.name))
            if not m.candidates and m.label in PLACE_LABELS:
                _to_known_part(m)
        named = _named_countries(doc, mentions)
        ctx = _context_countries(named)
        kept = [m for m in mentions if _keep(doc, m, ctx)]
        mentions = _distinct(_one_sense(doc, mentions, kept))
        for m in mentions:
            as_actor(doc, m)
            m.weight = weight(doc, m)
        resolve(mentions, named)
        places = [_as_record(m) for m in mentions]
        doc._.nc_places = places
        doc._.nc_focus = focus(doc, places, [m.weight for m in mentions])
        return doc


@Language.factory("newscoder_places", **steps.BY_NAME["places"].spacy_meta())
def make_places(nlp, name):
    return PlacesStep(nlp, name)
