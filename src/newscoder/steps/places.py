"""Places: find the places an article names and resolve them to GeoNames, offline.

1. **Recognition** (``toponyms``, ``place_filters``). Toponyms are the spaCy GPE/LOC/FAC entities,
   plus entities the small model mislabels (Manbij as PRODUCT, "Afrin, Jarablus" as one ORG, Al-Bab as PERSON) when the
   gazetteer knows them and the article's context supports them. Demonyms are not places, nor the place in a paper's
   name ("the New York Times"); a name the gazetteer does not know is kept only with a place's word ("Neches River")
   or a word that places it ("in Godapitiya").
2. **Metonyms** (``geo_resolve``). A country, a capital or a landmark that speaks or acts ("Ankara accused
   Washington", "Washington's fight", "Downing Street denied") is flagged ``metonym``: it stays that place (the capital,
   never a namesake town or state), and its ``country`` is the government's.
3. **Resolution** (``geo_resolve``). Candidates from ``gazetteer.lookup`` are ranked by prior
   (population, feature, main name), a qualifier ("Springfield, Ill."), and the countries, states
   and points of the article's other names; a local US story prefers towns of its state. A name
   with no candidate is returned unresolved (``geonameid`` None); it never empties the rest. Named as a part
   of a town ("Greenlane, Auckland"), it sits at that town's point, still without a ``geonameid``.
4. **Focus.** Countries (and much-mentioned places) the article is about, ranked.

``doc._.nc_places``: list[``PlaceMention``] (``country`` is ISO3). ``doc._.nc_focus``: list[``Focus``].
CSV rows and GeoJSON are written by ``io/writers.py``.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import replace
from functools import lru_cache

from spacy.language import Language

from .. import extensions, steps  # noqa: F401 (extensions registers doc._.nc_*)
from ..knowledge import countries as country_table
from ..knowledge import gazetteer
from ..knowledge.gazetteer import Place
from ..models import PlaceMention
from .focus import focus
from .geo_resolve import GOVERNMENT_NOUNS, as_actor, candidates, haversine, name_key, resolve, state_of, weight
from .layout import Lexicon, lexicon_of
from .place_filters import (
    PLACE_NOUNS,
    TOWN_AFTER,
    acronym_candidates,
    firm_names,
    forget_memos,
    media_name,
    mixed_case_names,
    not_a_place,
)
from .toponyms import (
    INSTITUTIONS,
    PLACE_LABELS,
    Mention,
    dateline_candidates,
    division_candidates,
    find_toponyms,
    party_home_candidates,
    text_of,
    to_known_part,
    type_word_candidates,
)

__all__ = ["PlacesStep", "find_toponyms", "haversine"]

LOCATIVE = frozenset(
    "in of near from to at into outside inside across around toward towards via entered "
    "entering visited visit and , between".split()
)
#: Words after a name that make it a disease, not a place ("West Nile virus").
NOT_PLACE_NEXT = frozenset("virus viruses fever disease vaccine strain flu outbreak".split())
#: A first-order division's name shortened in a headline ("W. Virginia", "N. Carolina"): no person's name.
DIRECTION_INITIAL = re.compile(r"[NSEW]\. [A-Z]")
NOT_PLACE = frozenset({"ebola", "west nile", "zika", "lyme", "marburg", "h1n1", "h5n1", "sars", "mers"})


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


#: A dateline's town this populous needs no other evidence that it is one (a line that starts in capitals
#: with a dash may be a heading).
DATELINE_TOWN = 1000
#: A town named in a pattern ("R-Hutchinson", "Houston-based") this populous is taken for it.
PATTERN_TOWN = 1000
#: How much the story's own country weighs as evidence: a wire dateline's ("ROME (Reuters) -"), the
#: user's ``country_hint`` (the outlet's country); as a country named this many times.
DATELINE_WEIGHT, HINT_WEIGHT = 2.0, 2.0


#: A state's parties, leaders and institutions that the article names (the actor table: "Tory", "Tony Blair", "the
#: Bundestag") as evidence of the story's country (``geo_resolve.ACTOR_BONUS``); the weights only rank them.
ACTOR_WEIGHT, ACTOR_MAX = 0.5, 1.0
#: Kinds of actors whose country is the story's: not media, international bodies, armed groups or firms, which news
#: of any country names.
STATE_ACTOR_KINDS = frozenset({"party", "agency", "ministry", "person"})


def _actor_countries(doc) -> Counter:
    """The countries of the state actors the article names (``STATE_ACTOR_KINDS``), by ``ACTOR_WEIGHT`` each."""
    seen: dict[str, set[str]] = defaultdict(set)
    for ent in doc.ents:
        if ent.label_ in ("ORG", "PERSON", "NORP"):
            actor = country_table.find_actor(ent.text)
            if actor is not None and actor.kind in STATE_ACTOR_KINDS and actor.country:
                seen[actor.country].add(actor.canonical)
    return Counter({iso3: min(ACTOR_MAX, ACTOR_WEIGHT * len(names)) for iso3, names in seen.items()})


def _story_countries(doc, named: dict[str, Counter], country_hint: str | None, mentions: list[Mention] = ()) -> None:
    """Add the story's own countries to the evidence, under keys no name has ("#..."). The dateline's country is its
    town's where the town's candidates, read with the dateline's region, lie in one ("ATHENS, Georgia (Reuters)":
    the US state's Athens, so the US, not the country Georgia)."""
    dateline = country_table.dateline_country(text_of(doc))
    town = next((m for m in mentions if m.dateline and m.qualifier and m.candidates), None)
    if town is not None and len({p.iso3 for p in town.candidates}) == 1:
        dateline = town.candidates[0].iso3 or dateline
    if dateline:
        named["#dateline"][dateline] += DATELINE_WEIGHT
    actors = _actor_countries(doc)
    if actors:
        named["#actors"].update(actors)
    if country_hint:
        named["#hint"][country_hint] += HINT_WEIGHT


def _context_countries(named: dict[str, Counter]) -> Counter:
    return sum((counts for key, counts in named.items() if key != "#actors"), Counter())


#: A town the model labels an organisation, a person or a facility is a place when one of its namesakes lies this
#: close (km) to a town or county the article names as a place, and the words around it are a town's ("Torrington
#: firefighters", "of Glen Allen", "in Grand Ledge", "the Athens Police Department"): a local story names its towns,
#: not its country.
LOCAL_KM = 100.0
#: Words before a name that make it someone's or something's town ("of Glen Allen", "in Grand Ledge").
HOME_BEFORE = frozenset("in of near from at outside into".split())
#: Nouns after a name that make it a community ("Torrington firefighters", "a Rolling Meadows man").
COMMUNITY = frozenset("""police firefighters firefighter man woman men women resident residents home homes native
    natives couple family teen teens boy girl officials mayor neighborhood neighborhoods schools""".split())
#: Words after a town's name in a civic body's name ("Athens Police Department", "Canaan Board of Finance").
CIVIC = frozenset("Police Fire City Town Village Township Council Board Public Municipal Sheriff Volunteer".split())


def _local_points(mentions: list[Mention]) -> list[tuple[float, float]]:
    """The points of the towns and counties the article's place entities most likely are (three namesakes each)."""
    out = []
    for m in mentions:
        if m.label in ("GPE", "LOC", "UNIT", "DATELINE") or m.dateline:
            out.extend((p.lat, p.lon) for p in m.candidates[:3] if p.main and p.feature in ("city", "county"))
    return out


def _near(m: Mention, points: list[tuple[float, float]]) -> bool:
    return any(p.main and p.feature == "city" and any(haversine(p.lat, p.lon, a, b) <= LOCAL_KM for a, b in points)
               for p in m.candidates[:8])


def _home_clue(doc, m: Mention) -> bool:
    """"of Glen Allen", "in Grand Ledge", "Torrington firefighters", "the Athens Police Department"."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    prev = doc[span.start - 1].lower_ if span.start > 0 else ""
    nxt = doc[span.end].text if span.end < len(doc) else ""
    return prev in HOME_BEFORE or nxt in COMMUNITY or (m.label == "ORG-PLACE" and nxt in CIVIC)


def _town_words_after(doc, m: Mention) -> bool:
    """A community's or a civic body's word after the name ("a Clinton couple", "Mansfield Mayor", "the Lindsay
    area", "Carthage Police Officer")."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    after = doc[span.end] if span is not None and span.end < len(doc) else None
    return after is not None and (after.lower_ in COMMUNITY or after.text in CIVIC or after.lower_ in TOWN_AFTER)


def _civic_after(doc, m: Mention) -> bool:
    """"Athens Police Department", "Canaan Board of Finance": a civic body's word right after the name."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span is not None and span.end < len(doc) and doc[span.end].text in CIVIC


def _local(doc, m: Mention, points: list[tuple[float, float]]) -> bool:
    """A town named as one near the article's other places (``LOCAL_KM``)."""
    return bool(points) and _home_clue(doc, m) and _near(m, points)


def _disease(doc, m: Mention) -> bool:
    if m.text.lower() in NOT_PLACE:
        return True
    following = text_of(doc)[m.end:m.end + 12].split()
    word = following[0].lower().strip(".,;") if following else ""
    return word in NOT_PLACE_NEXT or word.endswith("virus")  # "the Reston ebolavirus"


def _noun_follows(doc, m: Mention) -> bool:
    """"Alexandria woman", "Alexandria police": a place name used as a modifier."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or span.end >= len(doc) or len(span) > 2:
        return False
    nxt = doc[span.end]
    return nxt.pos_ == "NOUN" and nxt.text.islower()


#: Nouns after a leader's name that make it the leader's ("the Clinton administration", "the Blair government").
LEADER_NOUNS = GOVERNMENT_NOUNS | frozenset("administrations era years campaign aides aide camp".split())


def _leaders(doc, m: Mention) -> bool:
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span is not None and span.end < len(doc) and doc[span.end].lower_ in LEADER_NOUNS


def _locative_clue(doc, m: Mention, strict: bool = False) -> bool:
    """A word before the name that places take ("in", "from"), or (unless ``strict``) a parse that does:
    the object of any preposition, an apposition, a conjunct in a list of places (in a list of firms or
    people, "Liggett and Brown and Whitcombe", a name is a firm's or a person's)."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    prev = doc[span.start - 1].lower_ if span.start > 0 else ""
    root = span.root
    if root.dep_ == "conj" and root.head.ent_type_ in ("PERSON", "ORG") and prev in ("and", ","):
        return False  # in a list of people or firms
    return prev in LOCATIVE or (not strict and root.dep_ in ("conj", "pobj", "appos"))


#: Words that make a name the gazetteer does not know a place's: its last ("Neches River", "Osney Island", "Warm
#: Springs Road") or its first ("Lake Opechee", "Fort Detrick").
GEO_HEADS = frozenset("""River Creek Lake Lakes Island Islands Bay Road Street Avenue Drive Boulevard Lane Highway
    Mountain Mountains Valley Canyon Beach Harbor Harbour Peninsula Hill Hills Falls Springs Gulf Strait Canal Delta
    Village Township""".split())
GEO_LEADS = frozenset("Lake Mount Mt. River Fort Port Isle Cape Gulf".split())
#: Words right before a name that place it ("in Godapitiya", "outside Wild Dunes"): "of", "from" and "to" are left
#: out ("husband of Nino Burjanadze", "from District Attorney").
PLACE_BEFORE = frozenset("in at near outside inside into across around toward towards via entered visited".split())
#: "<word> of X" that places it: "the village of Saldowo", "east of Whitlock".
PLACE_OF = frozenset("""village villages town towns city cities province region district county municipality island
    islands state north south east west northeast northwest southeast southwest outskirts""".split())


def _unknown_place(doc, m: Mention) -> bool:
    """Whether a name the model calls a place and the gazetteer does not know is kept (unresolved): by its own words
    ("Neches River", "Lake Opechee") or a word before it that places it ("in Godapitiya", "the village of Saldowo").
    The model's other such names are most often organisations, people, diseases and fragments ("United Way",
    "Nino Burjanadze", "Salmonella enterica", "City of"), which a place's name and a place's words rarely have."""
    words = m.text.split()
    if not m.text[:1].isupper() or not words:
        return False
    if len(words) > 1 and (words[-1] in GEO_HEADS or words[0] in GEO_LEADS):
        return True
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    prev = doc[span.start - 1].lower_
    if prev in PLACE_BEFORE or (words[-1] not in INSTITUTIONS and _town_after(text_of(doc), m.end) is not None):
        return True
    return prev == "of" and span.start > 1 and doc[span.start - 2].lower_ in PLACE_OF


_TOWN_AFTER = re.compile(r",\s*([A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2})(?=[\s,.;:)]|$)")


def _town_after(text: str, end: int) -> Place | None:
    """The town (or county) named right after a comma ("Greenlane, Auckland", "Kibera, Nairobi"): an unknown name
    before it is a part of it."""
    hit = _TOWN_AFTER.match(text, end)
    if hit is None:
        return None
    found = candidates(hit.group(1))
    return found[0] if found and found[0].main and found[0].feature in ("city", "county") else None


def _in_town(text: str, mentions: list[Mention]) -> None:
    """A place the gazetteer lacks, named as part of a town ("Greenlane, Auckland", "Balintawak, Quezon City"), sits
    at that town's point, without an id of its own: a suburb or a village lies within a few km of it. Only a town or
    a county (a state or a country is too large to place it)."""
    after = {m.start: m for m in mentions}
    for m in mentions:
        if m.place is not None or m.candidates:
            continue
        hit = _TOWN_AFTER.match(text, m.end)
        town = after.get(hit.start(1)).place if hit and hit.start(1) in after else None
        if town is not None and town.feature in ("city", "county") and hit.group(1) == after[hit.start(1)].text:
            m.place = replace(town, id=0, name=m.text, population=0, capital=False, main=False, alt_names=0)


def _keep(doc, m: Mention, ctx: Counter, elsewhere: set[str], firms: frozenset | set = frozenset(),
          points: list[tuple[float, float]] | tuple = (), named: dict[str, Counter] | None = None) -> bool:
    """Whether a mention is a place: always for GPE/LOC unless it is no place here (``place_filters``);
    for FAC and mislabeled entities only when the gazetteer knows the name and the article supports it
    (its country named, or a town named as one near the article's other places: ``_local``)."""
    if is_demonym(m.text) or m.text.lower() in ("the", "") or _disease(doc, m):
        return False
    if not_a_place(doc, m, elsewhere, firms, _story_of(m, named or {})):
        return False
    if m.label in ("GPE", "LOC", "UNIT"):
        if m.candidates:
            return True
        return _unknown_place(doc, m)  # unknown to the gazetteer: kept (unresolved) only as a place's name
    best = m.candidates[0] if m.candidates else None
    if m.label == "DATELINE":  # its town by its own name ("TORRINGTON --" is not "West Torrington")
        best = next((p for p in m.candidates[:5] if p.main), None)
    if m.label in ("FAC", "ORG") and any(p.feature == "landmark" and p.main for p in m.candidates):
        return True  # a landmark of the table ("Capitol Hill", not the Saipan village of that name; "Guantanamo Bay",
        # whose first namesake is the naval station's alternate name; "critics at Holyrood said")
    if best is None or not best.main:  # a town whose first namesake is another's alternate name ("West Torrington")
        return m.label in ("ORG", "PERSON", "FAC", "ORG-PLACE") and _local(doc, m, points)
    if m.label == "FAC":
        # a town's bare name the model took for a building ("the laboratory at Weybridge") is a place where a word
        # before it places it and its country is the story's, as for a person's name below
        in_context = any(p.iso3 in ctx and p.main for p in m.candidates[:5])
        return best.feature != "city" or _local(doc, m, points) or (in_context and _locative_clue(doc, m, strict=True))
    if m.label in ("ORG-PLACE", "DATELINE"):
        # a county named with its word inside an organisation's name ("Rapides Parish Fire District") is one
        county = best.feature == "county" and m.text.split()[-1] in ("County", "Parish")
        # a dateline in capitals names the town the story is filed from, wherever it is ("ST. PAUL --")
        town = m.label == "DATELINE" and best.feature == "city" and best.population >= DATELINE_TOWN \
            and m.text.isupper()
        # a town's civic body ("Hopkinton Police Department", "Edwardsville City Council") has the town as its seat
        civic = m.label == "ORG-PLACE" and best.feature == "city" and _civic_after(doc, m)
        return best.feature in ("admin", "country") or county or town or civic \
            or any(p.iso3 in ctx and p.main for p in m.candidates[:5]) or _local(doc, m, points)
    if m.label == "NORP":
        return best.feature in ("country", "admin", "region") and best.main
    if m.label == "PAIR":  # "the India-Pakistan border", "Washington-Moscow talks": countries, states, capitals
        return best.feature in ("country", "admin") or best.capital
    if m.label in ("PARTY-HOME", "BASED"):  # a pattern that names a place (``toponyms._named_by_pattern``)
        return best.feature in ("country", "admin", "county") or best.population >= PATTERN_TOWN
    if not m.text[:1].isupper():
        return False
    if best.feature != "city":
        # "W. Virginia coal mine blast": a headline's direction initial the model took for a person's
        return m.label != "PERSON" or _locative_clue(doc, m) or (
            best.feature == "admin" and bool(DIRECTION_INITIAL.match(m.text)))
    in_context = any(p.iso3 in ctx and p.main for p in m.candidates[:5])
    if m.label == "PERSON":  # "the Laconia police", not "the Clinton administration"
        return (in_context and (_locative_clue(doc, m) or (_noun_follows(doc, m) and not _leaders(doc, m)))) \
            or _local(doc, m, points)
    # an organisation's name that is a town's ("Congress must approve") is a place only where it is
    # used as one: after "in", "from"..., or before a noun ("the Laconia police")
    clue = _locative_clue(doc, m, strict=m.label == "ORG")  # "rated by Moody's" is no place
    return (in_context and (clue or _noun_follows(doc, m))) or (best.population >= 100_000 and clue) \
        or _local(doc, m, points)


def _story_of(m: Mention, named: dict[str, Counter]) -> set[str]:
    """The countries (ISO3) the story names under other names than the mention's own (and its own country)."""
    key = name_key(m.text)
    return {iso3 for name, found in named.items() if name not in (key, "#actors") for iso3 in found}


#: Words that end a body's name or a role inside what the model calls a person ("Cornwall Fire and Rescue", "Logan
#: Elementary", "Erie GM", "Cookville Fire Chief Wesley McCollum"): the words before them are no one's name.
ROLE_WORDS = INSTITUTIONS | CIVIC | frozenset("""Rescue Elementary Middle High Chief GM Coach Superintendent Director
    Commissioner Principal Manager Officer Deputy Sgt Sgt. Detective Trooper""".split())


def _person_words(doc) -> set[str]:
    """The words of people's names of two words or more, after any role or body word in the entity."""
    out: set[str] = set()
    for e in doc.ents:
        if e.label_ == "PERSON" and len(e) > 1:
            roles = [i for i, t in enumerate(e) if t.text in ROLE_WORDS]
            name = list(e)[roles[-1] + 1:] if roles else list(e)
            out.update(t.text for t in name if len(name) > 1 or not roles)
    return out


#: How many times more often than it is part of a person's name a name must be a place to stay one.
PLACE_MAJORITY = 3


def _bearers(doc) -> tuple[Counter, set[str]]:
    """How many of the article's person entities bear each word, and the words that end one of two words or more
    (a hyphened name's last part too: "El-Feki")."""
    bearers: Counter = Counter()
    surnames: set[str] = set()
    for e in doc.ents:
        if e.label_ == "PERSON":
            bearers.update({t.text for t in e})
            if len(e) > 1:
                surnames.add(e[-1].text.split("-")[-1])
    return bearers, surnames


def _big_place(m: Mention) -> bool:
    return any(p.main and p.feature in ("country", "admin", "continent") for p in m.candidates[:3])


def _one_sense(doc, mentions: list[Mention], kept: list[Mention],
               firms: frozenset | set = frozenset()) -> list[Mention]:
    """One sense per article: a name that is a place somewhere in it is a place where the model
    called it a person or an organisation ("Gainesville Police"); a name without any gazetteer
    entry that is part of a person's name ("Saakashvili") is not a place."""
    people = _person_words(doc)
    if people:  # a name the article uses as a place far more often than it opens a person's name stays a place
        # ("Swansea", eight times a place, once in "Swansea Unite", a group the model took for a person); a surname
        # stays a person's however often the model calls it a place ("El-Feki explained", "McKinney said")
        uses = Counter(m.text for m in kept if m.label in ("GPE", "LOC"))
        bearers, surnames = _bearers(doc)
        people = {w for w in people if uses[w] < PLACE_MAJORITY * bearers[w] or w in surnames}
    kept = [m for m in kept if m.text not in people or _big_place(m)]
    sure = {gazetteer.key(m.text) for m in kept if m.candidates and m.label in ("GPE", "LOC")}
    sure -= {gazetteer.key(w) for w in people} | {gazetteer.key(f) for f in firms}  # a company's name is not spread
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
    for hit in pattern.finditer(text_of(doc)):
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
                m = Mention(span.text, span.start_char, span.end_char, "ORG-PLACE", in_name=ent.text)
                m.candidates = list(candidates(span.text))
                return [m]
    return []


# ---------------------------------------------------------------- output


#: What joins the items of a list of places ("Oregon, Utah, Washington and Wyoming"; "Oregon or Washington").
_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)")
LIST_KINDS = frozenset({"admin", "country"})


def _lists(text: str, mentions: list[Mention]) -> list[list[Mention]]:
    """Runs of mentions joined only by commas, "and", "or": the items of one list."""
    runs: list[list[Mention]] = []
    for m in sorted(mentions, key=lambda m: m.start):
        prev = runs[-1][-1] if runs else None
        if prev is not None and prev.end <= m.start and _LIST_JOIN.fullmatch(text, prev.end, m.start):
            runs[-1].append(m)
        else:
            runs.append([m])
    return [r for r in runs if len(r) > 1]


def _list_kind(text: str, mentions: list[Mention]) -> None:
    """The items of a list are places of one kind: a town among states or countries that all lie in one country
    is that country's state (or the country) of its name when there is one ("Virginia, Washington, West Virginia
    and Wyoming": Washington the state, not a town of West Virginia). Two items joined by a comma alone are a
    town and its state ("Washington, Pennsylvania"), no list; in a list of four or more, a state after a town is
    the list's next item, not the town's qualifier."""
    for run in _lists(text, mentions):
        if len(run) == 2 and "," in text[run[0].end:run[1].start]:
            continue
        for m in run:
            if m.place is None or m.place.feature != "city" or m.metonym or (m.qualifier and len(run) < 4):
                continue
            others = [o.place for o in run if o is not m]
            kinds = {(p.feature, p.iso3) if p is not None else None for p in others}
            if len(kinds) != 1 or None in kinds or next(iter(kinds))[0] not in LIST_KINDS:
                continue
            feature, iso3 = next(iter(kinds))
            found = m.candidates if feature == "country" else [*m.candidates, *candidates(f"{m.name} state")]
            same = [p for p in found if p.feature == feature and p.main and (feature == "country" or p.iso3 == iso3)]
            if same:  # the state is "Washington state" to the gazetteer
                m.place = same[0]


#: Words of a sentence that make a division named like its big city the city: markets trade in cities ("shares traded
#: in New York", "New York crude futures").
MARKET_WORDS = frozenset("""share shares stock stocks exchange exchanges list listed listing trade traded trading trader
    traders market markets futures crude bourse index""".split())
#: Words before or after the name that make it the division ("upstate New York", "the New York governor").
DIVISION_BEFORE = frozenset("governor gov gov. upstate statewide across throughout".split())
DIVISION_AFTER = frozenset("state governor gov. legislature assembly senate senator attorney border".split())
#: A division's big city this populous may be what its name means.
STATE_CITY = 1_000_000
#: A town whose name is an English word and that has fewer people than this needs a word placing it (``_word_town``).
WORD_TOWN = 5_000
#: A world city: a capital or a city this populous; a list of them ("London, Frankfurt and Paris") lists world cities.
WORLD_CITY = 1_000_000


def _world_city(p: Place) -> bool:
    return p.feature == "city" and (p.capital or p.population >= WORLD_CITY)
#: A place this close (km) to the big city's point, and smaller, is a part of it ("Harlem", "Brooklyn").
CITY_PART_KM = 25.0


def _city_of_division(doc, mentions: list[Mention]) -> None:
    """A first-order division named like its big city ("New York", "Sao Paulo") is the city, as news means it, unless
    the text says the division: after a town ("Buffalo, New York"), before "state" or "border", after "governor",
    "upstate" or "across", in a list of the country's divisions, or in a story about the division
    (``_division_story``). A market's words in the sentence, a place of another country listed with it ("from New
    York and Toronto"), the city's full name or a part of the city the story names ("Harlem") say the city even
    there."""
    text = text_of(doc)
    runs = {id(m): run for run in _lists(text, mentions) for m in run}
    for i, m in enumerate(mentions):
        p = m.place
        if p is None or p.feature != "admin" or m.metonym or m.in_name or m.dateline:
            continue
        city = next((c for c in m.candidates if c.feature == "city" and c.iso3 == p.iso3 and c.admin1 == p.admin1
                     and c.population >= STATE_CITY and gazetteer.key(m.text) in gazetteer.key(c.name)), None)
        # (the city that bears the division's name, "New York City", not another known by it: "Bahia" is an old
        # name of Salvador)
        if city is None or _division_said(doc, m, mentions[i - 1] if i else None):
            continue
        run = [o.place for o in runs.get(id(m), []) if o is not m and o.place is not None]
        if any(q.feature == "admin" and q.iso3 == p.iso3 for q in run):
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        market = span is not None and any(t.lower_ in MARKET_WORDS for t in span.sent)
        # listed with a place abroad: as resolved, or a world city before the story's evidence ("New York and Toronto",
        # where the story's New York made Toronto a town of Ohio)
        abroad = any(q.iso3 and q.iso3 != p.iso3 and q.feature in ("city", "country") for q in run) or any(
            _world_city(o.candidates[0]) and o.candidates[0].iso3 != p.iso3
            for o in runs.get(id(m), []) if o is not m and o.candidates)
        part = any(o.place is not None and o.place.feature == "city" and o.place.id != city.id
                   and o.place.population < city.population
                   and haversine(o.place.lat, o.place.lon, city.lat, city.lon) <= CITY_PART_KM for o in mentions)
        named = any(o.place is not None and o.place.id == city.id for o in mentions)  # "New York City" too
        if market or abroad or part or named or not _division_story(doc, m, city, mentions):
            m.place = city


#: A town of the division this far (km) from its big city places the story in the division, not the city.
DIVISION_TOWN_KM = 50.0


def _division_story(doc, m: Mention, city: Place, mentions: list[Mention]) -> bool:
    """Whether the story is about the division rather than its big city: another mention of the name is the
    division said outright ("New York state", "Governor of New York"), or the story names a town or county of the
    division away from the city ("Albany", "Buffalo") or two other divisions of its country ("Texas", "Ohio").
    Elsewhere news means the city by "New York"."""
    text = text_of(doc)
    if _DATED_LINE.match(text, m.end) and not text[text.rfind("\n", 0, m.start) + 1:m.start].strip():
        return False  # "New York, March 30 - Texas' cotton crop ...": a dateline written in mixed case, the city
    if _after_its_town(text, m, city) or _state_sentence(doc, m, city):
        return True
    divisions = {o.place.id for o in mentions if o.place is not None and o.place.feature == "admin"
                 and o.place.iso3 == city.iso3 and o.place.id != m.place.id and not o.in_name}
    if len(divisions) >= 2:
        return True
    for i, o in enumerate(mentions):
        if o is m or o.place is None:
            continue
        if o.place.id == m.place.id and name_key(o.name) == name_key(m.name) and not o.in_name \
                and _division_said(doc, o, mentions[i - 1] if i else None):
            return True
        if o.place.feature in ("city", "county") and o.place.iso3 == city.iso3 and o.place.admin1 == city.admin1 \
                and o.place.main and not o.in_name \
                and haversine(o.place.lat, o.place.lon, city.lat, city.lon) > DIVISION_TOWN_KM:
            return True
    return False


_DATED_LINE = re.compile(r", [A-Z][a-z]{2,8}\.? \d{1,2}\b")
#: Words of a sentence about a state's government or its land ("New York lawmakers approved the budget, and the
#: governor is expected to sign it", "every county in New York").
STATE_SENTENCE_WORDS = frozenset("""governor gov. governors legislature legislators lawmakers statewide comptroller
    counties county upstate senate assembly""".split())
_THE_STATE = re.compile(r"\b(?:the|this|our) state(?:'s|’s)?\b|\bstate(?:'s|’s) ")


def _state_sentence(doc, m: Mention, city: Place) -> bool:
    """The mention's sentence speaks of the state: its government's words ("governor", "lawmakers", "the state's
    health department"), its counties, or another state of the country ("unlike neighboring Pennsylvania")."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    sent = span.sent
    if any(t.lower_ in STATE_SENTENCE_WORDS for t in sent) or _THE_STATE.search(sent.text):
        return True
    return any(ent.label_ == "GPE" and ent.start != span.start and any(
        p.feature == "admin" and p.main and p.iso3 == city.iso3 for p in candidates(ent.text)[:1]) for ent in sent.ents)


_TOWN_BEFORE = re.compile(r"([A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2}), $")


def _after_its_town(text: str, m: Mention, city: Place) -> bool:
    """"Buffalo, New York": the name follows a town of the division (a qualifier), whatever the mentions kept."""
    hit = _TOWN_BEFORE.search(text, max(0, m.start - 40), m.start)
    return hit is not None and any(c.feature == "city" and c.iso3 == city.iso3 and c.admin1 == city.admin1
                                   for c in candidates(hit.group(1)))


def _division_said(doc, m: Mention, previous: Mention | None) -> bool:
    text = text_of(doc)
    if previous is not None and text[previous.end:m.start] == ", ":
        return True  # "Buffalo, New York"
    before, after = text[max(0, m.start - 12):m.start].lower().split(), text[m.end:m.end + 14].lower().split()
    after = after[1:] if after[:1] == ["'s"] or text.startswith(("'s", "’s"), m.end) else after
    return bool(before and before[-1] in DIVISION_BEFORE) or bool(
        after and after[0].strip(",.").split("-")[0] in DIVISION_AFTER)  # ("New York attorney-general")


def _in_firm_names(text: str, mentions: list[Mention], firms: frozenset | set) -> None:
    """A place inside a company's short name of two words or more ("Michigan General to concentrate", "Alcan
    Australia's shares", for "Michigan General Corp", "Alcan Australia Ltd") is marked with that name (``in_name``)."""
    names = [f for f in firms if " " in f and f[-1].isalnum()]
    if not names:
        return
    forms = (r"\s+".join(map(re.escape, name.split())) for name in sorted(names, key=len, reverse=True))
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(forms) + r")(?![\w-])", re.IGNORECASE)
    for hit in pattern.finditer(text):
        for m in mentions:
            if m.in_name is None and hit.start() <= m.start and m.end <= hit.end() and (m.start, m.end) != hit.span():
                m.in_name = hit.group()


#: ... and the town a list of world cities resolved to small (under TOWN_AMONG_CITIES people) is its namesake world
#: city of at least this many.
TOWN_AMONG_CITIES, LISTED_CITY = 100_000, 500_000


def _listed_city(o: Mention) -> bool:
    """A list's item that makes it a list of big cities: a world city, a city of ``LISTED_CITY``, or a division
    named like its big city ("Boston, Washington, Atlanta, and New York")."""
    p = o.place
    if p is None:
        return False
    if _world_city(p) or (p.feature == "city" and p.population >= LISTED_CITY):
        return True
    return p.feature == "admin" and any(c.feature == "city" and c.population >= STATE_CITY and c.iso3 == p.iso3
                                        and gazetteer.key(o.text) in gazetteer.key(c.name) for c in o.candidates)


def _world_lists(text: str, mentions: list[Mention], named: dict[str, Counter] | None = None) -> None:
    """A small town in a list whose other items are all big cities (``_listed_city``: "Share prices in London,
    Frankfurt and Paris", Frankfurt read as Frankfort, New York, by the story's New York) is the big city of its
    name; a town of any size listed with world cities only ("productions in New York and London", London read as
    Ontario's by a later "Toronto") is its name's national capital of a million, unless the story names the town's
    country ("Lebanese", "Ontario") or lists it with a place of its country. The name's other mentions that had the
    same place follow (one sense per story)."""
    moved: dict[tuple[str, int], Place] = {}
    for run in _lists(text, mentions):
        for m in run:
            if m.place is None or m.place.feature != "city" or _world_city(m.place) or m.qualifier:
                continue
            others = [o for o in run if o is not m]
            capital = [p for p in m.candidates if p.feature == "city" and p.capital and p.population >= WORLD_CITY]
            if capital and others and all(o.place is not None and _world_city(o.place) for o in others) \
                    and m.place.iso3 not in _story_of(m, named or {}) \
                    and all(o.place.iso3 != m.place.iso3 for o in others):  # (not "Beirut and Tripoli" in a Lebanese
                # story, nor "Toronto and London" where Ontario is named)
                moved[(name_key(m.text), m.place.id)] = capital[0]
                continue
            if m.place.population >= TOWN_AMONG_CITIES or len(others) < 2 or not all(_listed_city(o) for o in others):
                continue
            big = [p for p in m.candidates if p.feature == "city" and p.population >= LISTED_CITY]
            if big:
                moved[(name_key(m.text), m.place.id)] = max(big, key=lambda p: p.population)
    if moved:
        for m in mentions:
            if m.place is not None and not m.qualifier and (name_key(m.text), m.place.id) in moved:
                m.place = moved[(name_key(m.text), m.place.id)]


def _list_mates(doc, mentions: list[Mention]) -> None:
    """A name the model took for a person or an organisation, listed among places ("got back Breisach, Kehl and
    Freiburg", the first two called people), is a place when the gazetteer's first place of that name, a town or a
    division, lies in a country where a place entity of the list, a town or a division, may lie (a country's name
    makes no list of towns: "in the US and Opel" does not make a town of a car's make); a name a person in the article
    bears in full stays a person's."""
    people = None
    for run in _lists(text_of(doc), mentions):
        countries = {m.candidates[0].iso3 for m in run if m.label in ("GPE", "LOC") and m.candidates
                     and m.candidates[0].feature != "country"}
        for m in run:
            if m.label in ("PERSON", "ORG", "NORP") and m.candidates and m.candidates[0].iso3 in countries \
                    and m.candidates[0].feature in ("city", "admin", "county"):
                people = _person_words(doc) if people is None else people
                if not set(m.text.split()) & people:
                    m.label = "GPE"


#: A town under this many people, a county or a small division under ``UNSUPPORTED_AREA``, needs the story to support
#: it (``_unsupported``).
UNSUPPORTED_TOWN, UNSUPPORTED_AREA = 20_000, 100_000
#: A place of another name this populous, or a country or division, says its country is one of the story's.
SUPPORTING_TOWN = 20_000


#: A name that says its own kind ("Cooke County", "Kanawha City", "Jerome Township") is a place's.
_OWN_KIND = re.compile(r"\b(?:County|Parish|Township|Twp\.?|Borough|City|Village)$|^(?:the )?City of ")
#: A place GeoNames knows by this many names is known the world over, however small ("City of London": 65).
FAMOUS_NAMES = 40


#: Words before a name that put something in a town ("in", "flew to", "at Lockerbie"; "the crowds at Sundance", a
#: festival, are the price of "at").
PLACED_IN = frozenset("in near from outside into inside across around toward towards via visited entered to at".split())
#: Nouns whose "of" names a town ("the mayor of East Palestine").
TOWN_OF = PLACE_OF | PLACE_NOUNS | frozenset({"mayors", "council"})


def _placed_in(doc, m: Mention) -> bool:
    """A word before the name puts something there ("in", "to", "at"; "the mayor of"), or a community's word follows
    it ("East Palestine residents")."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    return before in PLACED_IN or (before == "of" and span.start > 1 and doc[span.start - 2].lower_ in TOWN_OF) \
        or _town_words_after(doc, m)


def _unsupported(doc, mentions: list[Mention], named: dict[str, Counter], word=lambda m: False) -> list[Mention]:
    """A small namesake nothing in the story supports is no place here: a film ("in Monster" as a Dutch town), a
    character ("the role of Crockett"), a diet ("the Atkins diet"), a railway ("the Waverley Line" as a Sydney
    council), a word of a credit ("Pool via REUTERS" as a Congolese department) resolve to a small town or area of a
    country the story never names, or a US town of a state it never names. The story supports a place when it names
    the place's country (another place, a demonym, a state actor, the dateline, the user's hint) and, for a US town or
    county, its state, or when another of its places lies within ``LOCAL_KM``. A qualifier ("Grace, Idaho"), a
    dateline, a name inside a body's name, a metonym, a name that says its kind ("Cooke County", "the City of
    London"), a place the world knows by many names (``FAMOUS_NAMES``), a name said twice or more with the same
    place, which the model calls a place or a word places somewhere ("in Laconia" in a local paper that never names New
    Hampshire), and a town's own name, no common word (``word``), after a word that places it ("joined Diaghilev in
    Monte Carlo"; not "her part in Monster") are left alone."""
    resolved = [m for m in mentions if m.place is not None and m.place.lat is not None]
    if not resolved:
        return mentions
    by_key: dict[str, list[Mention]] = defaultdict(list)
    for m in resolved:
        by_key[name_key(m.text)].append(m)
    keys = [name_key(m.text) for m in mentions]
    put = [_placed_in(doc, m) for m in mentions]  # (once per mention: it reads the words around it)
    placed = {k for k, m, here in zip(keys, mentions, put) if m.label in ("GPE", "LOC") or here}
    # how often a name the model calls a place somewhere occurs with the same place ("the Gulf state" as Papua New
    # Guinea's Gulf province is not said twice because "the Gulf" is the Persian Gulf)
    said = Counter((k, m.place.id) for k, m in zip(keys, mentions) if k in placed and m.place is not None)
    verdicts: dict[tuple[str, int], bool] = {}  # (name, place) -> supported: each name's places judged once
    out = []
    for m, key, here in zip(mentions, keys, put):
        p = m.place
        area = p is not None and (p.feature == "county" or (p.feature == "admin" and not p.curated))
        small = p is not None and p.lat is not None and (
            (p.feature == "city" and p.population < UNSUPPORTED_TOWN) or (area and p.population < UNSUPPORTED_AREA))
        if not small or m.dateline or m.qualifier or m.in_name or m.metonym or said[(key, p.id)] >= 2 \
                or m.label in ("DATELINE", "PARTY-HOME", "BASED") or _OWN_KIND.search(m.text) \
                or p.alt_names >= FAMOUS_NAMES or (p.main and here and not word(m)):
            out.append(m)
            continue
        if (key, p.id) not in verdicts:
            others = [ms[0].place for k, ms in by_key.items() if k != key]
            countries = {iso3 for k, found in named.items() if k != key for iso3 in found}
            countries |= {o.iso3 for o in others
                          if o.feature in ("country", "admin") or o.population >= SUPPORTING_TOWN}
            near = any(o.feature in ("city", "county") and haversine(p.lat, p.lon, o.lat, o.lon) <= LOCAL_KM
                       for o in others)
            state = p.iso3 != "USA" or any(state_of(o) == (p.iso3, p.admin1) for o in others)
            verdicts[(key, p.id)] = near or (p.iso3 in countries and state)
        if verdicts[(key, p.id)]:
            out.append(m)
    return out


def _as_record(m: Mention) -> PlaceMention:
    p = m.place
    if p is None:
        return PlaceMention(text=m.text, start=m.start, end=m.end, name=m.text, metonym=m.metonym, in_name=m.in_name)
    division = p.feature in ("city", "county", "admin", "airport")
    return PlaceMention(text=m.text, start=m.start, end=m.end, name=p.name, geonameid=p.geonameid,
                        lat=round(p.lat, 5), lon=round(p.lon, 5), country=p.iso3 or None, feature=p.feature,
                        metonym=m.metonym, feature_class=p.feature_class or None,
                        feature_code=p.feature_code or None,
                        admin1=(p.admin1_name or None) if division else None,
                        admin1_code=(p.admin1 or None) if division else None, admin2=p.admin2 or None,
                        population=p.population or None,
                        confidence=None if m.confidence is None else round(m.confidence, 3), in_name=m.in_name)


class PlacesStep:
    """The ``newscoder_places`` component: writes ``doc._.nc_places`` and ``doc._.nc_focus``."""

    def __init__(self, nlp, name: str = "newscoder_places", *, country_hint: str | None = None):
        self.name = name
        self.nlp = nlp
        self.country_hint = country_hint
        self._lexicon = None

    def _common_word(self, m: Mention) -> bool:
        """An English common word the model took for a place's name and no place bears ("Tsunami cost hits Jakarta
        shares", "the Asian Tsunami fund"): no place, rather than a place without a point."""
        if " " in m.text or m.text.isupper() or m.dateline:
            return False
        if self._lexicon is None:
            self._lexicon = lexicon_of(self.nlp) or Lexicon(self.nlp)
        return m.text in self._lexicon

    def _word_town(self, doc, m: Mention) -> bool:
        """An English common word resolved to a hamlet or to a town that bears it only as an alternate name ("War" of
        U2's album as War, West Virginia; "Island" Records as a town once called Island; "Guy's Hospital"): no
        place unless a word before it places it ("in War") or it is a dateline."""
        p = m.place
        return p.feature == "city" and p.population < WORD_TOWN and not m.qualifier \
            and m.label not in ("GPE", "LOC", "DATELINE", "PARTY-HOME", "BASED") \
            and not _locative_clue(doc, m, strict=True) and not _town_words_after(doc, m)

    def __call__(self, doc, country_hint: str | None = None):
        return self._annotate(doc, country_hint or self.country_hint)

    def _annotate(self, doc, country_hint: str | None = None):
        mentions = find_toponyms(doc)
        for m in mentions:
            found = party_home_candidates(m, acronym_candidates(m, list(candidates(m.name))))
            m.candidates = dateline_candidates(m, type_word_candidates(doc, m, division_candidates(m.text, found)),
                                               text_of(doc))
            if not m.candidates and m.label in PLACE_LABELS:
                to_known_part(m)
        named = _named_countries(doc, mentions)
        _story_countries(doc, named, country_hint, mentions)
        ctx, points = _context_countries(named), _local_points(mentions)
        elsewhere, firms = mixed_case_names(doc, mentions), firm_names(doc)
        _list_mates(doc, mentions)
        kept = [m for m in mentions if _keep(doc, m, ctx, elsewhere, firms, points, named)]
        mentions = [m for m in _distinct(_one_sense(doc, mentions, kept, firms)) if not media_name(doc, m)]
        _in_firm_names(text_of(doc), mentions, firms)
        for i, m in enumerate(mentions):
            if not m.dateline:
                as_actor(doc, m)
            m.weight = weight(doc, m)
            m.division_said = _division_said(doc, m, mentions[i - 1] if i else None)
        resolve(mentions, named)
        _list_kind(text_of(doc), mentions)
        _city_of_division(doc, mentions)
        _world_lists(text_of(doc), mentions, named)
        _in_town(text_of(doc), mentions)
        mentions = [m for m in mentions if not ((m.place is None or self._word_town(doc, m)) and self._common_word(m))]
        mentions = _unsupported(doc, mentions, named, self._common_word)
        places = [_as_record(m) for m in mentions]
        forget_memos(doc)
        doc._.nc_places = places
        doc._.nc_focus = focus(doc, places, [m.weight for m in mentions])
        return doc


@Language.factory("newscoder_places", **steps.BY_NAME["places"].spacy_meta())
def make_places(nlp, name, country_hint: str | None):
    return PlacesStep(nlp, name, country_hint=country_hint)
