"""Resolution: choose a gazetteer place for each toponym an article names (used by ``places``).

Each candidate is scored by its prior (population, feature type, main name vs alternate name),
a qualifier ("Springfield, Ill."), and the article's evidence:

- the **countries** it names outright (place names, demonyms) and those of the places resolved;
- the **states** (first-level divisions) it names or that its counties, towns and qualifiers lie
  in ("Cooke County" is only in Texas: the article is about Texas);
- the **points** of the other places resolved in it (a town near them is likelier);
- the **counties** it names: a town in one of them and a county holding one of its towns are a pair
  ("Huntsville" with "Walker County" is Huntsville, Texas).

The evidence a name gives never counts for that name itself: twelve mentions of "Dublin" first
resolved to Ireland must not vote for Ireland at the thirteenth. A **local-news prior**: when the
text itself shows it is about one US state (its states, counties and towns), a town of that state
wins over a foreign city or a country of the same name that nothing else in the article supports
("Palestine" in an East Texas paper). A county sits at the median of its towns (the gazetteer's build);
one the article places among its own towns of that state, far from that point, is put at their centre.

**Metonyms**: a country or capital that acts in its sentence ("Ankara accused Washington") is
resolved to its country (``as_actor``) and weighs less for the article's focus (``weight``).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache

import numpy as np

from ..knowledge import countries as country_table
from ..knowledge import gazetteer
from ..knowledge.gazetteer import Place

#: Prior of each feature, in log10-population units: a name that is a country or a region is that, not a
#: town of the same name (a city's prior is its population alone).
FEATURE_PRIOR = {
    "continent": 7.0, "country": 7.5, "admin": 6.0, "county": 3.0, "region": 6.0, "river": 5.5,
    "sea": 6.0, "lake": 5.0, "mountain": 5.0, "desert": 6.0, "island": 5.0, "landmark": 4.0,
    "city": 0.0, "airport": 4.0,
}
ADMIN_POPULATION = 1_000_000  # a province without a population in the data counts as this large
US_STATE_BONUS = 0.5  # a US state over a same-named province elsewhere (the data's news is mostly US)
CAPITAL_PRIOR = 1.0  # a national capital over a same-sized town
MAIN_NAME_PRIOR, ALT_NAME_PRIOR = 1.5, -2.0  # the place's own name vs one of its alternate names
#: ... ALT_NAME_PRIOR scaled towards MAIN_NAME_PRIOR for places known by more than FEW_NAMES names: a small
#: town's alternate names are obscure spellings, a known city's are exonyms (Makkah has 54; "Mecca" is one).
SURE, UNSURE = 1.0, 0.5  # evidence from a name with one likely reading vs several
CITY_COUNTRY_SHARE = 0.5  # a town says half as much about its country as a region or the country itself
TOWN_STATE_SHARE = 0.5  # a town says half as much about its US state as a county or the state itself
LOCAL_STATE_SHARE = 0.5  # a local story's state holds at least this share of the state evidence
LOCAL_US_SHARE = 0.75  # and the US at least this share of the country evidence
#: Features of divisions generated from GeoNames (every country's provinces and districts) and airports.
GENERATED_PRIOR = {"admin": 1.0, "county": 0.0, "airport": 4.0}
#: A town known by more than FEW_NAMES names (a proxy of how often the world's news names it) gains
#: NAMES_WEIGHT per decade of its names beyond them; below that, counts are noise (Paris, Kentucky has 11
#: names, Paris, Tennessee 10).
NAMES_WEIGHT, FEW_NAMES = 1.0, 20
#: A candidate in a country the article names: base + share x the country's share of the evidence, for
#: other features and (True) for towns. A town gets little: that the story is about the US does not make
#: Rome a town in New York; a state named, nearby places or a local story do. A state gets more: Georgia
#: the state over Georgia the country in "Augusta, Georgia, U.S.".
COUNTRY_BONUS = {False: (2.0, 3.0), True: (0.5, 1.0)}
#: ... unless all the rest of the article is in that one country and places in its states vouch for it
#: (a local story: "Lebanon" and "Boone County" in an Indiana paper), when its towns gain this much more.
ONE_COUNTRY, ONE_COUNTRY_BONUS = 0.9, 2.0
#: A town in the outlet's country (``country_hint``): Perth, Scotland in a British paper.
STORY_BONUS = 1.5
#: A candidate in the country of a state actor the story names ("Tory", "Tony Blair"): a tie-breaker between
#: namesakes of like size (Sedgefield, England over Sedgefield, South Africa), not enough to move a big city to a small
#: namesake ("Biden's envoy visited Birmingham" stays in England). Apart from the countries the places name: a leader
#: named says nothing of how much of the story is in his country.
ACTOR_BONUS = 0.5
ADMIN_BONUS = 2.5  # a town in a state the article names
LOCAL_BONUS = 12.0  # a town in the one state a local US story is about, over an unsupported namesake
CAPITAL_BONUS = 3.0  # a capital whose country the article names outright, over its namesakes
LOCAL_MIN = 1.5  # state evidence a local story needs (a state named twice, or named and implied)
STATE_SHARE = 2.0  # more as the state takes more of the state evidence
CLUSTER_BONUS, CLUSTER_CAP = 1.5, 5.0  # per nearby name with a candidate close by
SAME_STATE_BONUS, SAME_STATE_CAP = 1.0, 3.0  # per other name with a candidate in the same state
#: A town that lies in a county the article names, and a county that holds a town it names ("Huntsville" and
#: "Walker County" are the Texas pair, not Huntsville, Alabama): once, however many names vouch.
COUNTY_BONUS = 3.0
NEAR_BONUS, NEAR_KM = 2.5, 300.0  # a candidate near the article's other places
#: Features too large to say where a nearby town is (a county, at the centre of its towns, can).
NOT_ANCHORS = frozenset({"country", "continent", "sea", "admin", "region", "desert"})
#: Verbs whose subject or object, when it is a country or capital, is an actor (a metonym).
ACTOR_VERBS = frozenset(
    """say tell accuse demand consider insist warn urge reject announce claim deny threaten agree
    want see sign condemn call ask propose support oppose sanction criticize criticise blame plan
    hope believe decide refuse stress state welcome recognize recognise expel vow pledge back seek
    offer push respond retaliate impose negotiate stall cut sever allege charge insist suggest
    argue praise order launch invade attack strike bomb send deploy arrest release veto approve
    block fear hit slam reiterate press pressure join leave withdraw host invite meet talk
    announce summon protest dismiss acknowledge admit confirm threaten infuriate anger""".split()
)
#: ... of which these take a place, not an actor, as their object: what is hit, bombed, invaded or left is the
#: territory or the town ("Storms hit Texas, Georgia and Florida", "missiles struck Kyiv", "he left Moscow").
PLACE_OBJECT_VERBS = frozenset("hit strike bomb attack invade leave shell raid".split())
#: Nouns a leader's name modifies that name the leader's government ("the Bush administration", "the Blair
#: government"): the name is the leader's, not a town's (``places``), and codes the leader's state (``actors``).
GOVERNMENT_NOUNS = frozenset({"administration", "government", "cabinet", "regime", "presidency"})
#: Nouns that make a possessive country or capital an actor ("Washington's fight").
ACTOR_NOUNS = frozenset(
    """fight ally allies support position policy decision government demand demands stance
    relations ties envoy strategy plan proposal response role war campaign interests refusal
    officials opposition administration efforts effort call offensive operation operations
    leadership military army forces troops decision intervention backing approach diplomats
    leader leaders president minister foreign-policy sanctions involvement""".split()
)
_GENERIC = re.compile(r"(?i)\s+(?:province|region|state|district|governorate|prefecture|department|"
                      r"oblast|municipality|area|city|town|village)$")
_LEADING_DIRECTION = re.compile(r"(?i)^(?:north|south|east|west|central|northern|southern|eastern|"
                                r"western|upper|lower|north-?east|north-?west|south-?east|"
                                r"south-?west|north-?eastern|north-?western|south-?eastern|"
                                r"south-?western|greater|downtown|metro|rural)[- ]+(?=[A-Z])")


#: A town known by the name only as an alternate, this small, is no answer where nothing else in the story is in its
#: country and the story names others.
ALT_ABROAD_MAX = 50_000
#: A name of compass words alone ("North East", "the South West", "Northwest"): news means a part of a country by
#: it; a town of that name is the reading only where the article names the town's country.
COMPASS_ONLY = re.compile(r"(?i)^(?:the\s+)?(?:north|south|east|west)(?:[- ]?(?:north|south|east|west))?(?:ern)?$")
#: A coast named by its direction ("the West Coast", "the East Coast"), which many countries have.
COMPASS_COAST = re.compile(
    r"(?i)^(?:the\s+)?(?:north|south|east|west)(?:[- ]?(?:north|south|east|west))?(?:ern)?\s+coast$")

#: Twice the Earth's mean radius, in km.
EARTH_DIAMETER_KM = 12742.0


def haversine(lat1, lon1, lat2, lon2):
    """Great-circle distance in km, between two points (floats) or elementwise between numpy arrays
    of degrees that broadcast (a row of points against a column gives the matrix of distances)."""
    p1, p2 = np.radians(lat1), np.radians(lat2)
    a = np.sin((p2 - p1) / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(np.radians(np.subtract(lon2, lon1)) / 2) ** 2
    d = EARTH_DIAMETER_KM * np.arcsin(np.sqrt(np.minimum(np.maximum(a, 0.0), 1.0)))  # np.clip's values, without
    # its Python wrappers (about a third of this function's time, called for each candidate near the anchors)
    return float(d) if np.ndim(d) == 0 else d


def prior(p: Place) -> float:
    """How likely a candidate is before the article is read: its population, its feature and, for a
    town, how many names the world knows it by (Paris, France has hundreds, Paris, Texas a few); a
    division generated from GeoNames weighs as a town of its people, not as a state news names."""
    # the provinces, regions, seas and rivers of our lists lack a population: count them as big
    population = p.population or (ADMIN_POPULATION if p.curated and p.feature not in ("city", "county") else 0)
    base = FEATURE_PRIOR.get(p.feature, 0.0) if p.curated else GENERATED_PRIOR.get(p.feature, 0.0)
    score = math.log10(population + 10) + base
    if p.feature == "admin" and p.iso3 == "USA":
        score += US_STATE_BONUS
    if p.feature == "city":
        score += NAMES_WEIGHT * math.log10(1 + max(0, p.alt_names - FEW_NAMES) / FEW_NAMES)
    score += CAPITAL_PRIOR if p.capital else 0.0
    if p.main:
        return score + MAIN_NAME_PRIOR
    return score + MAIN_NAME_PRIOR - (MAIN_NAME_PRIOR - ALT_NAME_PRIOR) * FEW_NAMES / max(FEW_NAMES, p.alt_names)


@lru_cache(maxsize=100_000)
def candidates(name: str) -> tuple[Place, ...]:
    """Gazetteer candidates for a name (cached for the process); without a generic word
    ("Nyanza Province"), then also without a direction ("West Java"), when the whole name is unknown."""
    found = gazetteer.lookup(name)
    if not found:  # "East Java province" is East Java before it is Java
        without_word = _GENERIC.sub("", name)
        for shorter in (without_word, _LEADING_DIRECTION.sub("", without_word)):
            if shorter != name and shorter.strip():
                found = gazetteer.lookup(shorter)
                if found:
                    break
    return tuple(_without_wholes(found))


PART_KM = 25.0  # a town known by a name only as an alternate, this near a place of that main name, contains it


def _without_wholes(found: list[Place]) -> list[Place]:
    """Drop a city that bears the name only as an alternate where a town of that main name lies within it: the
    name is its borough's or quarter's ("Manhattan" is an alternate name of New York City; the borough is meant)."""
    parts = [p for p in found if p.main and p.feature == "city"]
    if not parts:
        return found
    return [p for p in found if p.main or p.feature != "city"
            or not any(haversine(p.lat, p.lon, q.lat, q.lon) <= PART_KM for q in parts)]


@lru_cache(maxsize=20_000)
def name_key(name: str) -> str:
    """The key a name's evidence is grouped by: its gazetteer key without a generic word or a
    leading direction, so "North Georgia" and "Dublin City" never vote for "Georgia", "Dublin"."""
    shorter = _LEADING_DIRECTION.sub("", _GENERIC.sub("", name))
    return gazetteer.key(shorter if shorter.strip() else name)


@lru_cache(maxsize=200)
def state_code(pid: int) -> str:
    p = gazetteer.place(pid)
    return p.admin1 if p else ""


def state_of(p: Place) -> tuple[str, str] | None:
    """(ISO3, admin1) of a first-order division (a US state, a Canadian province...), county or town; None
    for larger or unplaced features."""
    if p.feature == "admin" and p.iso3:
        code = p.admin1 or state_code(p.id)
        return (p.iso3, code) if code else None
    if p.feature in ("city", "county") and p.admin1 and p.iso3:
        return (p.iso3, p.admin1)
    return None


@dataclass
class Evidence:
    """What one name (all its mentions) says about the article: countries, states, a point."""

    countries: Counter = field(default_factory=Counter)
    states: Counter = field(default_factory=Counter)
    points: list[tuple[Place, float]] = field(default_factory=list)  # with how sure


def _unambiguous(m) -> bool:
    """The name's place is the only country or state of that name ("Texas", not the Mexican
    villages), or all its main candidates lie in one state (or one country)."""
    p = m.place
    if p.feature in ("country", "admin") and p.main:
        return sum(c.feature in ("country", "admin") and c.main for c in m.candidates) == 1
    where = {(c.iso3, c.admin1) for c in m.candidates if c.main}
    return len(where) <= 1


def _plausible(m, p: Place) -> float:
    """How much a choice can vouch for others: 1 for the name's likeliest place before context, less
    the further its prior falls below that one's. Small namesakes chosen because they lie near each
    other (Geneva, Venice and Rome in Illinois) must not confirm each other against the world's cities;
    a qualifier ("Paris, Texas") makes any choice sure."""
    if m.qualifier:
        return 1.0
    best = max((prior(c) for c in m.candidates if c.main), default=prior(p))
    plausible = math.exp(min(0.0, prior(p) - best))
    if p.feature in ("admin", "country") and m.confidence is not None:
        # a state chosen over a country of its name (Georgia) by the story's country: as sure as that choice
        plausible = max(plausible, m.confidence)
    return plausible


#: A division whose name a city this populous bears ("New York") says its state as that city would: news means the city.
NAMED_CITY = 1_000_000


def _city_named(m, p: Place) -> bool:
    """A division resolved from a name that its big city bears ("New York"), not said as the division ("upstate New
    York", ``Mention.division_said``)."""
    if p.feature != "admin" or m.division_said:
        return False
    return any(c.feature == "city" and c.population >= NAMED_CITY and c.iso3 == p.iso3 and c.admin1 == p.admin1
               for c in m.candidates)


def gather(mentions) -> dict[str, Evidence]:
    """The evidence of each name (by gazetteer key) from the places chosen so far. A name that
    all its candidates put in one state or country is sure evidence, an ambiguous one half, and less
    when the place chosen is far less likely than its namesakes (``_plausible``); a name mentioned
    often weighs more ("Indiana" seven times, "Illinois" once)."""
    out: dict[str, Evidence] = {}
    counts = Counter(name_key(m.name) for m in mentions if m.place is not None)
    for m in mentions:
        p = m.place
        if p is None:
            continue
        k = name_key(m.name)
        ev = out.setdefault(k, Evidence())
        sure = (SURE if _unambiguous(m) else UNSURE) * _plausible(m, p)
        often = math.sqrt(counts[k])
        ev.countries[p.iso3] = max(ev.countries[p.iso3], sure if p.feature != "city" else CITY_COUNTRY_SHARE * sure)
        st = state_of(p)
        if st is not None:
            w = 1.0 if p.feature in ("admin", "county") and not _city_named(m, p) else TOWN_STATE_SHARE
            ev.states[st] = max(ev.states[st], w * sure * often, 1.0 if m.qualifier else 0.0)
        if p.feature not in NOT_ANCHORS and not m.metonym and all(q.id != p.id for q, _ in ev.points):
            ev.points.append((p, sure))
    return out


@dataclass
class Context:
    """The article's evidence as seen from one name (that name's own evidence left out)."""

    countries: Counter
    states: Counter
    anchors: list[tuple[Place, float]]
    support: dict[int, float] = field(default_factory=dict)  # candidate id -> cluster support
    same_state: dict[int, float] = field(default_factory=dict)  # candidate id -> state support
    in_county: dict[int, float] = field(default_factory=dict)  # candidate id -> town-in-county support
    anchor_array: np.ndarray | None = None  # rows: lat, lon, weight, id of each anchor
    story: frozenset = frozenset()  # the outlet's country (the user's hint)
    actors: Counter = field(default_factory=Counter)  # the countries of the story's state actors (not in ``countries``)
    near_of: dict[tuple, float] = field(default_factory=dict)  # (id, lat, lon) -> near(), once per view

    def near(self, p: Place) -> float:
        """The best weighted closeness of ``p`` to the article's other points (itself left out); each
        mention of a name asks again about the same candidates, so the answer is kept."""
        key = (p.id, p.lat, p.lon)
        hit = self.near_of.get(key)
        if hit is not None:
            return hit
        if self.anchor_array is None:
            self.anchor_array = np.array([(a.lat, a.lon, w, a.id) for a, w in self.anchors], dtype=float).T
        lat, lon, w, ids = self.anchor_array
        close = w * np.exp(-haversine(p.lat, p.lon, lat, lon) / NEAR_KM)
        close = close[ids != p.id]
        hit = self.near_of[key] = float(close.max()) if close.size else 0.0
        return hit

    @classmethod
    def without(cls, named: dict[str, Counter], evidence: dict[str, Evidence], own: str) -> Context:
        countries, states, anchors = Counter(), Counter(), []
        for k, counts in named.items():
            if (k != own or not k) and k != "#actors":  # the story's actors weigh apart (``ACTOR_BONUS``)
                countries.update(counts)
        for k, ev in evidence.items():
            if k != own:
                countries.update(ev.countries)
                states.update(ev.states)
                anchors.extend(ev.points)
        countries.pop("", None)
        story = frozenset(named.get("#hint", ()))
        return cls(countries, states, anchors, story=story, actors=Counter(named.get("#actors", {})))

    def in_states(self, iso3: str) -> float:
        """The state evidence that lies in a country (towns, counties, states named or resolved)."""
        return sum(w for (country, _), w in self.states.items() if country == iso3)

    def local_state(self) -> tuple[str, str] | None:
        """The one US state a local story is about: named or implied at least twice, with at
        least half the state evidence, in an article whose countries are the US's."""
        if not self.states:
            return None
        st, w = self.states.most_common(1)[0]
        total_c = sum(self.countries.values()) or 1.0
        if st[0] != "USA" or w < LOCAL_MIN or w < LOCAL_STATE_SHARE * sum(self.states.values()):
            return None
        return st if self.countries["USA"] >= LOCAL_US_SHARE * total_c else None


def _qualifier_bonus(p: Place, qualifier: str) -> float:
    if not qualifier:
        return 0.0
    for q in candidates(qualifier):
        if q.feature == "admin" and q.iso3 == p.iso3 and q.id != p.id and state_of(p) == state_of(q):
            return 8.0
        if q.feature == "country" and q.iso3 == p.iso3:
            return 6.0
    return -2.0


def _score(m, p: Place, ctx: Context, local: tuple[str, str] | None) -> float:
    score = prior(p) + _qualifier_bonus(p, m.qualifier)
    total = sum(ctx.countries.values()) or 1.0
    if p.feature == "city" and p.iso3 in ctx.story:
        score += STORY_BONUS
    if ctx.actors.get(p.iso3) and not any(c.capital and c.main and c.iso3 != p.iso3 for c in m.candidates[:5]):
        score += ACTOR_BONUS  # (never against a capital: "Dublin" in a U2 story with an American named is Ireland's)
    if p.iso3 and ctx.countries[p.iso3] > 0:
        share = ctx.countries[p.iso3] / total
        base, weight = COUNTRY_BONUS[p.feature == "city"]
        score += base + weight * share
        if share >= ONE_COUNTRY and p.feature == "city" and ctx.in_states(p.iso3) >= 0.5:
            score += ONE_COUNTRY_BONUS
        if p.capital and p.feature == "city" and ctx.countries[p.iso3] >= 1.0:
            score += CAPITAL_BONUS  # the capital of a country the article names
    st = state_of(p) if p.feature in ("city", "county") else None
    if st is not None and ctx.states[st] > 0:
        sure = min(1.0, ctx.states[st])  # a state named outright, not one guessed from an ambiguous town
        score += sure * (ADMIN_BONUS + STATE_SHARE * ctx.states[st] / sum(ctx.states.values()))
    if local is not None and st == local and p.feature == "city" and p.main:
        score += LOCAL_BONUS
    score += CLUSTER_BONUS * min(ctx.support.get(p.id, 0.0), CLUSTER_CAP)
    score += SAME_STATE_BONUS * min(ctx.same_state.get(p.id, 0.0), SAME_STATE_CAP)
    score += COUNTY_BONUS * min(ctx.in_county.get(p.id, 0.0), 1.0)
    if ctx.anchors and p.feature not in ("country", "continent"):
        score += NEAR_BONUS * ctx.near(p)
    return score


def _state_story(p: Place, ctx: Context) -> bool:
    """The story names the place's state outright and the state holds most of the story's state evidence."""
    own = ctx.states.get(state_of(p), 0.0)
    return own >= 1.0 and own > 0.5 * sum(ctx.states.values())


#: A town known by a name only as an alternate gives way to one this many times bigger whose own name it is.
ALT_GIVES_WAY = 10
#: A town under HAMLET people a state favours gives way to a namesake of BIG_NAMESAKE in its country (``_pick``).
HAMLET, BIG_NAMESAKE = 10_000, 500_000


def _supported(p: Place, ctx: Context) -> bool:
    """Whether anything else in the article is in this candidate's country."""
    return bool(p.iso3) and ctx.countries[p.iso3] > 0


def _pick(m, ctx: Context) -> Place | None:
    if not m.candidates:
        return None
    # a qualifier ("Nashville, Tennessee") says more than the state the rest of the story is about
    local = None if m.qualifier else ctx.local_state()
    if local is not None and not m.metonym:
        # the local prior only beats namesakes (foreign towns, countries) nothing else supports
        # nor a US state of that name ("Kansas" in an Illinois story is the state, not Kansas, Ill.)
        rivals = [p for p in m.candidates if state_of(p) != local and p.iso3 != "USA" and _supported(p, ctx)]
        if rivals or any(p.feature == "admin" and p.iso3 == "USA" and p.main for p in m.candidates):
            local = None
    if m.qualifier and not _in_its_qualifier(m):
        return None  # "Ashfield, Nottinghamshire": a town the gazetteer lacks there, not a namesake elsewhere
    scored = sorted((-_score(m, p, ctx, local), i) for i, p in enumerate(m.candidates))  # ties: the first
    m.confidence = confidence([-s for s, _ in scored])
    best = m.candidates[scored[0][1]]
    if best.feature == "city" and not best.main and not m.qualifier and m.label != "PARTY-HOME":
        # a town known by the name only as an alternate gives way to a town of its country whose own name it is and
        # that is ten times bigger ("Durban" near a Cape Town dateline is Durban, not Durbanville)
        own = [p for p in m.candidates if p.feature == "city" and p.main and p.iso3 == best.iso3
               and p.population >= ALT_GIVES_WAY * max(best.population, 1)]
        if own:
            best = own[0]
    if best.feature == "city" and best.population < HAMLET and not m.qualifier and local is None and not m.metonym \
            and not _state_story(best, ctx):
        # a hamlet that a state named in the story favours gives way to its country's big city of the name unless it
        # lies nearer the story's other places ("joins in Boston" beside "New York": Boston, Massachusetts, not the
        # village near Buffalo) or the story is about its state ("the Missouri Highway Patrol said ... in Houston")
        big = [p for p in m.candidates if p.feature == "city" and p.main and p.iso3 == best.iso3
               and p.population >= BIG_NAMESAKE]
        near = ctx.near if ctx.anchors else (lambda p: 0.0)
        if big and near(big[0]) >= near(best):
            best = big[0]
    if (best.feature == "city" and COMPASS_ONLY.match(m.name) or best.feature in ("city", "admin") and
            COMPASS_COAST.match(m.name)) and not _supported(best, ctx):
        return None  # "the North East", "the South West": a part of the story's country, not a town abroad; "the
        # West Coast" of a story about the United States is not New Zealand's region of that name
    if best.feature == "city" and not best.main and not m.qualifier and best.population < ALT_ABROAD_MAX \
            and not _supported(best, ctx) and sum(ctx.countries.values()) >= 1.0:
        # a small town abroad known by that name only as an alternate ("Gorgona" of Nueva Gorgona, Panama) in a
        # story about other countries: a place the gazetteer lacks ("the island of Gorgona off Colombia")
        return None
    return best


#: A division's point this near (km) a town of its country places the town in it where the codes cannot tell
#: (the English counties of our table carry no division code).
QUALIFIER_KM = 150.0


def _in_its_qualifier(m) -> bool:
    """Whether any candidate lies in the division or country of the mention's qualifier ("Hatfield, Hertfordshire"),
    by the division's code or, for a division without one, by distance."""
    if any(_qualifier_bonus(p, m.qualifier) > 0 for p in m.candidates):
        return True
    areas = [q for q in candidates(m.qualifier) if q.feature == "admin" and q.iso3 != "USA"]
    return any(p.iso3 == q.iso3 and haversine(p.lat, p.lon, q.lat, q.lon) <= QUALIFIER_KM
               for p in m.candidates for q in areas)


def confidence(scores: list[float]) -> float:
    """The chosen (first, best) candidate's share of exp(score) over all candidates: 1.0 when it has no
    rival, about 0.5 when the next one is as good."""
    top = scores[0]
    return 1.0 / sum(math.exp(s - top) for s in scores)


def resolve(mentions, named: dict[str, Counter]) -> None:
    """Choose a place for each mention, in rounds: first by prior, qualifier and the countries
    the other names name outright (``named``: by name key, demonyms under ""), then with the
    evidence of the other names' places."""
    empty: dict[str, Evidence] = {}
    support, same_state, in_county = cluster_support(mentions), state_support(mentions), county_support(mentions)
    for m in mentions:
        ctx = Context.without(named, empty, name_key(m.name))
        ctx.support = support.get(name_key(m.name), {})
        ctx.same_state = same_state.get(name_key(m.name), {})
        ctx.in_county = in_county.get(name_key(m.name), {})
        m.place = _pick(m, ctx)
    for _ in range(2):
        evidence = gather(mentions)
        views: dict[str, Context] = {}
        for m in mentions:
            k = name_key(m.name)
            if k not in views:
                views[k] = Context.without(named, evidence, k)
                views[k].support = support.get(k, {})
                views[k].same_state = same_state.get(k, {})
                views[k].in_county = in_county.get(k, {})
            m.place = _pick(m, views[k])
    _same_sense(mentions)
    _bare_counties(mentions)
    _place_counties(mentions)


def cluster_support(mentions, top: int = 12) -> dict[str, dict[int, float]]:
    """For each name's candidates, how much the other names' candidates cluster near it: the sum
    over other names of their best prior-weighted closeness. Same-named towns are told apart by
    the places around them before any of them is chosen ("Paris" near "Lamar County"). A name with many
    equally likely namesakes ("Madison County" is in 20 states) has its weights divided by the square root
    of their sum: it vouches a little for each of its places, not fully for all of them."""
    names: dict[str, list[Place]] = {}
    for m in mentions:
        k = name_key(m.name)
        if k not in names and not m.metonym:
            names[k] = sorted(m.candidates, key=prior, reverse=True)[:top]
    rows = [(k, p) for k, ps in names.items() for p in ps if p.feature not in NOT_ANCHORS]
    if len({k for k, _ in rows}) < 2:
        return {}
    keys = [k for k, _ in rows]
    best = {k: max(prior(p) for p in ps) for k, ps in names.items() if ps}
    weight = np.array([math.exp(min(0.0, prior(p) - best[k])) for k, p in rows])
    spread = Counter()
    for (k, _), w in zip(rows, weight):
        spread[k] += w
    weight = weight / np.sqrt(np.maximum(1.0, np.array([spread[k] for k, _ in rows])))
    lat = np.array([p.lat for _, p in rows])
    lon = np.array([p.lon for _, p in rows])
    close = np.exp(-haversine(lat[:, None], lon[:, None], lat[None, :], lon[None, :]) / NEAR_KM) * weight[None, :]
    groups: dict[str, list[int]] = {}
    for i, k in enumerate(keys):
        groups.setdefault(k, []).append(i)
    out: dict[str, dict[int, float]] = {}
    for k, idx in groups.items():
        total = sum(close[idx][:, cols].max(axis=1) for other, cols in groups.items() if other != k)
        out[k] = {rows[i][1].id: float(v) for i, v in zip(idx, total)}
    return out


def state_support(mentions, top: int = 12) -> dict[str, dict[int, float]]:
    """For each name's towns and counties, how many other names have a likely candidate in the same
    state (each counted by its best candidate there, relative to its best anywhere, spread as in
    ``cluster_support``): "Paris" and "Henry County" both have namesakes in many states, but only some states
    have both."""
    weights: dict[str, dict[tuple[str, str], float]] = {}
    cands: dict[str, list[Place]] = {}
    for m in mentions:
        k = name_key(m.name)
        if k in cands or m.metonym:
            continue
        ps = [p for p in sorted(m.candidates, key=prior, reverse=True)[:top] if p.main]
        cands[k] = ps
        if not ps:
            continue
        best = prior(ps[0])
        w: dict[tuple[str, str], float] = {}
        for p in ps:
            st = state_of(p) if p.feature in ("city", "county") else None
            if st is not None:
                w[st] = max(w.get(st, 0.0), math.exp(min(0.0, prior(p) - best)))
        spread = sum(w.values())
        weights[k] = {st: v / math.sqrt(spread) for st, v in w.items()} if spread > 1.0 else w
    if len(weights) < 2:
        return {}
    out: dict[str, dict[int, float]] = {}
    for k, ps in cands.items():
        row = {}
        for p in ps:
            st = state_of(p) if p.feature in ("city", "county") else None
            if st is not None:
                row[p.id] = sum(w.get(st, 0.0) for other, w in weights.items() if other != k)
        out[k] = row
    return out


def county_support(mentions, top: int = 12) -> dict[str, dict[int, float]]:
    """For each name's towns, whether another name has a county candidate that holds it, and for each name's
    counties, whether another name has a town candidate inside it (1.0 or absent): a town and its county named
    in one story are a pair, whatever their namesakes ("Dublin" and "Franklin County" are in Ohio). Every
    namesake county counts alike (a county's name says nothing of its state); a town counts among its name's
    ``top`` likeliest candidates."""
    towns: dict[str, set[tuple[str, str, str]]] = {}  # name -> (iso3, admin1, county key) of its towns
    counties: dict[str, set[tuple[str, str, str]]] = {}  # name -> (iso3, admin1, key) of its counties
    for m in mentions:  # all mentions of a name: "Dublin City" and "Dublin" share one key
        if m.metonym:
            continue
        k = name_key(m.name)
        ps = [p for p in sorted(m.candidates, key=prior, reverse=True)[:top] if p.main and p.iso3 and p.admin1]
        towns.setdefault(k, set()).update(
            (p.iso3, p.admin1, gazetteer.key(p.admin2)) for p in ps if p.feature == "city" and p.admin2
            and not _county_stem(p))
        counties.setdefault(k, set()).update((p.iso3, p.admin1, gazetteer.key(p.name)) for p in m.candidates
                                             if p.feature == "county" and p.main and p.iso3 and p.admin1)
    if sum(bool(c) for c in counties.values()) == 0 or len(towns) < 2:
        return {}
    out: dict[str, dict[int, float]] = {}
    others: dict[str, tuple[set, set]] = {}
    for m in mentions:
        k = name_key(m.name)
        if k not in towns:
            continue
        if k not in others:
            others[k] = (set().union(*(c for o, c in counties.items() if o != k)),
                         set().union(*(t for o, t in towns.items() if o != k)))
        other_counties, other_towns = others[k]
        row = out.setdefault(k, {})
        for p in m.candidates:
            if not (p.main and p.iso3 and p.admin1):
                continue
            if p.feature == "city" and p.admin2 and not _county_stem(p) \
                    and (p.iso3, p.admin1, gazetteer.key(p.admin2)) in other_counties:
                row[p.id] = 1.0
            elif p.feature == "county" and (p.iso3, p.admin1, gazetteer.key(p.name)) in other_towns:
                row[p.id] = 1.0
    return out


_COUNTY_WORD = re.compile(r"\s+(?:County|Parish)$")


def _county_stem(p: Place) -> bool:
    """A town named as its county ("DeKalb" in DeKalb County): the bare name may be the county's, so the town
    does not vouch for the county nor the county for it."""
    return bool(p.admin2) and gazetteer.key(_COUNTY_WORD.sub("", p.admin2)) == gazetteer.key(p.name)


def _bare_counties(mentions) -> None:
    """A county named again by its bare name ("DeKalb County" ... "DeKalb police") is that county where the bare
    name's place lies in another state (DeKalb, Illinois in a story about DeKalb County, Georgia)."""
    counties = {gazetteer.key(_COUNTY_WORD.sub("", m.place.name)): m.place for m in mentions
                if m.place is not None and m.place.feature == "county" and _COUNTY_WORD.search(m.place.name)}
    if not counties:
        return
    for m in mentions:
        c = counties.get(name_key(m.name))
        if c is None or m.qualifier or m.metonym or m.place is None or m.place.feature != "city":
            continue
        if state_of(m.place) != state_of(c):
            m.place = c


def _same_sense(mentions) -> None:
    """A name qualified once ("Paris, Texas") means the same place at its other mentions; a dateline's town settled
    by itself (a bureau's city: "WASHINGTON (Reuters) -") at its other mentions taken for towns."""
    fixed = {name_key(m.name): m.place for m in mentions if m.place is not None and m.qualifier}
    bureaus = {name_key(m.name): m.place for m in mentions if m.place is not None and m.dateline
               and len(m.candidates) == 1 and not m.qualifier}
    for m in mentions:
        if not m.qualifier and not m.metonym and not m.dateline:  # a dateline's town is its own evidence
            p = fixed.get(name_key(m.name))
            if p is None and m.place is not None and m.place.feature == "city":  # not "the New York governor"
                p = bureaus.get(name_key(m.name))
            if p is not None and any(c.id == p.id for c in m.candidates):
                m.place = p


def _place_counties(mentions, max_km: float = 80.0) -> None:
    """A county without a point of its own (no town of it in the gazetteer: a same-named town's or the
    state's centre stands in) among the article's towns of its state goes to their centre when that
    point is far from them. A county placed at its own towns stays: the article's towns may be wrong."""
    towns: dict[tuple[str, str], dict[int, Place]] = {}
    for m in mentions:
        p = m.place
        if p is not None and p.feature == "city" and not m.metonym and state_of(p):
            towns.setdefault(state_of(p), {})[p.id] = p
    moved: dict[int, Place] = {}
    for m in mentions:
        p = m.place
        if p is None or p.feature != "county" or p.geonameid is not None or not towns.get(state_of(p)):
            continue
        if p.id not in moved:
            here = list(towns[state_of(p)].values())
            lat = sum(t.lat for t in here) / len(here)
            lon = sum(t.lon for t in here) / len(here)
            far = haversine(p.lat, p.lon, lat, lon) > max_km
            moved[p.id] = replace(p, lat=lat, lon=lon) if far else p
        m.place = moved[p.id]


# ---------------------------------------------------------------- metonyms


def _acts(doc, m) -> bool:
    """Whether the mention is an actor in its sentence: subject/object of an actor verb, or the
    possessor of an actor noun ("Washington's fight")."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    head = root.head
    if root.dep_ == "poss" and head.lemma_.lower() in ACTOR_NOUNS:
        return True
    if root.dep_ == "conj" and head.dep_ in ("nsubj", "dobj"):  # "Ankara and Washington said"
        root, head = head, head.head
    verb = head.lemma_.lower()
    if root.dep_ == "dobj" and verb in PLACE_OBJECT_VERBS:
        return False
    return root.dep_ in ("nsubj", "nsubjpass", "dobj", "agent") and verb in ACTOR_VERBS


def as_actor(doc, m) -> None:
    """A country, a capital or a landmark that acts is a metonym ("Ankara accused", "Downing Street denied"): that
    place is its only candidate (the capital, not a namesake town or a state: "Washington said" is the US capital),
    and it stands for its country's government (``metonym``, the place's ``country``)."""
    if not m.candidates or not _acts(doc, m):
        return
    for p in m.candidates[:10]:
        if p.main and (p.feature in ("country", "landmark") or p.capital):
            m.metonym = True
            m.candidates = [p]
            return


def weight(doc, m) -> float:
    """How much a mention tells what the article is about: a modifier ("US envoy") little."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return 1.0
    if span.root.dep_ in ("compound", "amod", "nmod"):
        return 0.2
    return 0.5 if m.metonym else 1.0


def country_place(iso3: str) -> Place | None:
    for p in candidates(iso3_name(iso3)):
        if p.feature == "country" and p.iso3 == iso3:
            return p
    return None


@lru_cache(maxsize=400)
def iso3_name(iso3: str) -> str:
    hit = country_table.by_iso3(iso3)
    return hit.name if hit else iso3
