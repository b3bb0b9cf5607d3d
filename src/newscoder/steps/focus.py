"""What an article is about, geographically: the one weighing of its countries, and its focus.

``country_weights(doc)`` is the only place that decides how much an article is about each country: every
mention of the country, of its cities, people and bodies (from the entities step) and of the other places
the places step resolved (when it ran), with the first sentence, the title and a wire dateline counting
extra. The places step's ``focus`` ranks those countries
and adds the places named again and again; ``country_tags`` names the countries above a threshold.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter, defaultdict

from spacy.tokens import Doc

from .. import extensions
from ..knowledge import countries
from ..models import Focus, PlaceMention
from .geo_resolve import country_place, iso3_name

#: Kinds of actors whose country does not make the article about that country.
NOT_ABOUT = frozenset({"media", "event", "igo"})
#: A city mention says half as much about its country as a mention of the country or its people.
CITY_SHARE = 0.5
#: Named in the first sentence: the story is likely about it.
LEAD_BONUS = 1.0
#: Named in the title, or the dateline's country: the story is about it.
TITLE_BONUS = DATELINE_BONUS = 2.0
#: A country is in focus when it weighs this share of the top one.
FOCUS_SHARE = 0.6
#: At most this many countries and this many places in the focus.
MAX_COUNTRIES, MAX_SPOTS = 5, 3
#: A place is in focus when named at least twice and weighing this share of the top country; a mention in
#: the title adds one mention's weight.
SPOT_MIN_COUNT, SPOT_SHARE, SPOT_TITLE_BONUS = 2, 0.5, 1.0
#: Features of places that can be in focus besides countries.
SPOT_FEATURES = frozenset({"city", "admin", "county", "region"})


#: Seats of international bodies, with the names of the bodies that make a mention of the city stand for them: a
#: BRUSSELS story on Brexit talks is about the EU and Britain, not Belgium; a GENEVA one on a WHO meeting is not
#: about Switzerland.
SEATS = {
    "brussels": re.compile(r"\b(?:EU|E\.U\.|European (?:Union|Commission|Council|Parliament)|NATO|Brexit|"
                           r"the bloc)\b"),
    "geneva": re.compile(r"\b(?:United Nations|U\.?N\.?|WHO|World Health Organi[sz]ation|WTO|World Trade "
                         r"Organi[sz]ation|Human Rights Council|UNHCR|Red Cross|ILO)\b"),
    "strasbourg": re.compile(r"\b(?:European Parliament|Council of Europe|European Court of Human Rights)\b"),
    "hague": re.compile(r"\b(?:International Criminal Court|International Court of Justice|ICJ|OPCW)\b"),
    "luxembourg": re.compile(r"\b(?:European Court of Justice|Court of Justice|European Investment Bank)\b"),
    "vienna": re.compile(r"\b(?:IAEA|International Atomic Energy Agency|OPEC|OSCE)\b"),
}


def _seats(text: str) -> frozenset[str]:
    """The seats (``SEATS``, lower case) whose bodies the article names at least twice: there the city stands for the
    body (not a Strasbourg shooting "near the European Parliament", a Geneva protest "near the United Nations
    offices")."""
    return frozenset(city for city, bodies in SEATS.items() if len(bodies.findall(text)) >= 2)


def _seat(name: str, seats: frozenset[str]) -> bool:
    """Is ``name`` ("Brussels", "The Hague", "Hague") one of the seats?"""
    low = name.lower()
    return low in seats or low.removeprefix("the ") in seats


def country_weights(doc: Doc) -> dict[str, float]:
    """ISO3 -> how much the article is about that country (see the module docstring), biggest first. The seat of
    an international body the article names (``SEATS``) says nothing of its country ("BRUSSELS (Reuters) - Johnson
    and von der Leyen ..." is no story about Belgium)."""
    weights: dict[str, float] = {}
    first_sentence_end = next((s.end_char for s in doc.sents), 0) if doc.has_annotation("SENT_START") else 0
    actors = doc._.nc_actors or {}
    placed: set[int] = set()  # starts of mentions counted here
    text = extensions.doc_text(doc)
    towns = Towns(doc._.nc_places or ())
    seats = _seats(text)
    for ent in doc._.nc_entities or ():
        info = actors.get(ent.canonical)
        if not info or not info.country or info.kind in NOT_ABOUT:
            continue
        if seats and info.kind == "city" and _seat(ent.text, seats):
            placed.add(ent.start)
            continue  # "talks in Brussels" in a story on the EU: the body's seat
        if info.kind == "city" and doc._.nc_places is not None and not towns.placed(ent.start, ent.end):
            continue  # a town's name the places step read as no place there (a company's: "Delta cuts fares")
        if countries.is_currency_at(text, ent.end):
            continue
        iso3, city = info.country, info.kind == "city"
        if info.kind in ("city", "country") and (town := towns.elsewhere(ent.start, iso3, ent.text)):
            iso3, city = town, True  # "a Paris man" in a story the places step reads as Tennessee's, "Palestine" in
            # Texas: the town the text means, not the world's namesake
        weights[iso3] = weights.get(iso3, 0.0) + (CITY_SHARE if city else 1.0)
        placed.add(ent.start)
    for p in doc._.nc_places or ():  # towns the entities step could not place ("Manbij")
        if p.country and not p.metonym and p.start not in placed and not _seat(p.text, seats):
            weights[p.country] = weights.get(p.country, 0.0) + (1.0 if p.feature == "country" else CITY_SHARE)
    for info in actors.values():
        iso3 = info.country
        if iso3 in weights and info.kind not in NOT_ABOUT:
            weights[iso3] += LEAD_BONUS * (info.first < first_sentence_end) + TITLE_BONUS * info.in_title
    for iso3 in countries.title_countries(doc._.nc_title or ""):
        if iso3 not in weights:
            weights[iso3] = TITLE_BONUS
    dateline = countries.dateline_country(text)
    if dateline and not _seat(countries.dateline_place(text) or "", seats):
        weights[dateline] = weights.get(dateline, 0.0) + DATELINE_BONUS
    return dict(sorted(weights.items(), key=lambda kv: -kv[1]))


class Towns:
    """The places step's readings of an article's names, indexed once: which town it resolved at a mention's start,
    and in which countries it resolved each name."""

    def __init__(self, places) -> None:
        self.at: dict[int, str] = {}
        self.countries_of: dict[str, set[str]] = {}
        self.spans = sorted((p.start, p.end) for p in places)
        for p in places:
            if p.country and p.feature != "country":
                self.at.setdefault(p.start, p.country)
            if p.country:
                self.countries_of.setdefault(p.text.lower(), set()).add(p.country)

    def placed(self, start: int, end: int) -> bool:
        """Whether the places step output a place over any of characters ``start``-``end``."""
        i = bisect_left(self.spans, (start, 0))
        return any(s < end and start < e for s, e in self.spans[max(0, i - 1):i + 2])

    def elsewhere(self, start: int, country: str | None, text: str | None = None) -> str | None:
        """ISO3 of the town the places step resolved at character ``start`` when it lies in another country than
        ``country``, the one the name alone suggests ("Paris" in a story the places step reads as Tennessee's);
        None when another mention of ``text`` is resolved in ``country`` (one odd reading, a headline's "CHINA"
        taken for a town, is no evidence)."""
        town = self.at.get(start)
        if town is None or town == country:
            return None
        if text is not None and country in self.countries_of.get(text.lower(), ()):
            return None
        return town


def country_tags(doc: Doc, min_weight: float = TITLE_BONUS) -> list[str]:
    """Names of the countries the article is about (``country_weights`` at least ``min_weight``, as much
    as a title mention), most first."""
    return [countries.by_iso3(c).name for c, w in country_weights(doc).items()
            if w >= min_weight and countries.by_iso3(c)]


def focus(doc: Doc, places: list[PlaceMention], weights: list[float]) -> list[Focus]:
    """The countries the article is about (``country_weights``), then the places it names again and
    again (each place mention weighs ``weights[i]``, more in the title), best first; scores are relative
    to the top country."""
    ranked = country_weights(doc)
    if not ranked:
        return []
    top = next(iter(ranked.values()))
    out = []
    for iso3, score in list(ranked.items())[:MAX_COUNTRIES]:
        if score >= FOCUS_SHARE * top:
            p = country_place(iso3)
            out.append(Focus(name=p.name if p else iso3_name(iso3), geonameid=p.geonameid if p else None,
                             country=iso3, feature="country", score=round(score / top, 3)))
    spots: dict[tuple, float] = defaultdict(float)
    counts: Counter = Counter()
    title = (doc._.nc_title or "").lower()
    for d, w in zip(places, weights):
        if d.country and d.feature in SPOT_FEATURES and not d.metonym:
            key = (d.name, d.geonameid, d.country, d.feature)
            spots[key] += w + (SPOT_TITLE_BONUS if title and d.text.lower() in title else 0.0)
            counts[key] += 1
    for (name, gid, iso3, feature), score in sorted(spots.items(), key=lambda kv: -kv[1])[:MAX_SPOTS]:
        if counts[(name, gid, iso3, feature)] >= SPOT_MIN_COUNT and score >= SPOT_SHARE * top:
            out.append(Focus(name=name, geonameid=gid, country=iso3, feature=feature, score=round(score / top, 3)))
    return out
