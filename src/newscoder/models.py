"""The typed records that flow through newscoder: one ``Article`` in, one ``Analysis`` out, and what
the steps hand each other on the way (``doc._.nc_*``, see ``extensions.py``).

Every record is a dataclass with slots. ``to_dict()`` gives the output contract (docs/output.md) with its
field names exactly; a field whose metadata says ``internal`` is for the steps only and never reaches the
output. Offsets (``start``/``end``) are Python ``str`` indices into ``Article.text``, end exclusive.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields
from typing import Any

#: Marks a field the steps use among themselves; ``to_dict`` leaves it out.
INTERNAL = {"internal": True}


def to_plain(value: Any) -> Any:
    """JSON-ready form of a record, a list or dict of records, or a plain value."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, (list, tuple)):
        return [to_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: to_plain(v) for k, v in value.items()}
    return value


def public_fields(cls) -> tuple[str, ...]:
    """The names of a record class's output fields, in order (its ``to_dict`` keys)."""
    return tuple(f.name for f in fields(cls) if not f.metadata.get("internal"))


class Record:
    """Mixin: ``to_dict`` over the public fields, recursively."""

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        return {f.name: to_plain(getattr(self, f.name)) for f in fields(self) if not f.metadata.get("internal")}


@dataclass(slots=True)
class Article:
    """One news article as read from a file, a feed entry, a JSONL record or a string."""

    text: str
    id: str = ""
    title: str | None = None
    date: dt.date | None = None
    tags: list[str] = field(default_factory=list)  # tags already on the article (its Tags line)
    source: str | None = None  # file path, URL or "<stdin>"
    line: int | None = None  # 1-based line for JSONL records
    url: str | None = None  # where the article was published (a JSONL "url", an HTML page's, a feed entry's link)


@dataclass(slots=True)
class Entity(Record):
    """One mention of a named entity, with the canonical name of the entity it refers to."""

    text: str
    label: str  # spaCy OntoNotes label: PERSON, ORG, GPE, NORP, LOC, FAC, ...
    start: int
    end: int
    canonical: str
    salience: float = 0.0


@dataclass(slots=True)
class Actor(Record):
    """One canonical entity of an article (all its mentions together), as the entities step scores it.

    kind: country | city | place | person | org | group | igo | agency | ministry | party | media | event |
    other. code: ISO3 for countries, the actor table's code for known actors. country: ISO3 or None.
    short: the name to show in tags ("YPG").
    """

    canonical: str
    label: str
    kind: str
    first: int  # offset of the first mention
    code: str | None = None
    country: str | None = None
    sector: str | None = None
    salience: float = 0.0
    count: int = 0
    aliases: list[str] = field(default_factory=list)
    short: str = ""
    in_title: bool = False


@dataclass(slots=True)
class Keyphrase(Record):
    text: str
    score: float


@dataclass(slots=True)
class Topic(Record):
    code: str  # IPTC Media Topic qcode, e.g. "medtop:16000000"
    label: str
    score: float


@dataclass(slots=True)
class PlaceMention(Record):
    """A toponym in the text and the GeoNames place it resolves to (``geonameid`` None: unresolved)."""

    text: str
    start: int
    end: int
    name: str
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None  # ISO3
    feature: str | None = None  # city, country, admin, region, river, sea, ...
    metonym: bool = False  # the name stands for its government ("Ankara accused ...")
    feature_class: str | None = None  # GeoNames feature class: P, A, H, T, L, S
    feature_code: str | None = None  # GeoNames feature code: PPL, PPLC, PCLI, ADM1, ADM2, STM, AIRP, ...
    admin1: str | None = None  # name of the first-order division it lies in ("Texas", "Idlib")
    admin1_code: str | None = None  # GeoNames' code of that division within the country ("TX", "12")
    admin2: str | None = None  # name of its second-order division, where known
    population: int | None = None  # GeoNames' population (summed over its towns for a division we generated)
    confidence: float | None = None  # 0-1: how far the chosen place leads the other candidates of its name
    in_name: str | None = None  # the organisation's name when the place is part of one ("University of Alberta")


@dataclass(slots=True)
class Focus(Record):
    """A country or place the article is about; ``score`` relative to the top one (1.0)."""

    name: str
    geonameid: int | None
    country: str | None
    feature: str
    score: float


@dataclass(slots=True)
class DateMention(Record):
    """A time expression resolved against the publication date (``value`` ISO, or None)."""

    text: str
    start: int
    end: int
    value: str | None
    granularity: str  # day | week | month | quarter | half | year | decade | unknown


@dataclass(slots=True)
class Quantity(Record):
    """A number with its unit; a range keeps ``low`` and ``high`` (``value`` is their midpoint).

    kind: count (people or things: unit is the counted noun) | measure (a physical unit) | money (unit an
    ISO currency code, value in its units) | percent (unit "%") | age (unit "year").
    """

    text: str
    start: int
    end: int
    value: float
    unit: str | None = None
    low: float | None = None
    high: float | None = None
    kind: str = "count"


#: How a text reports an event: as a fact, as someone's statement, denied, as a condition or question, as
#: a plan. By default only asserted and reported events are returned (``Options.event_modes``).
MODES = ("asserted", "reported", "negated", "hypothetical", "future", "background")
DEFAULT_MODES = ("asserted", "reported")

#: Actor kinds whose code is their country in the output's ``country`` field.
_COUNTRY_KINDS = frozenset({"state", "person"})


@dataclass(slots=True)
class EventActor(Record):
    """A source or target of an event: ``code`` is ISO3 for states and their organs (with ``sector``),
    a stable code for armed groups and IGOs (with their ``country`` where one applies)."""

    text: str
    canonical: str | None
    code: str | None
    sector: str | None = None
    kind: str = field(default="other", metadata=INTERNAL)  # state | person | group | other
    own_country: str | None = field(default=None, metadata=INTERNAL)
    guessed: bool = field(default=False, metadata=INTERNAL)  # code from where the sentence happens or the story's
    # one country, not from what the text says of the actor (output as ``guessed``)

    @property
    def country(self) -> str | None:
        return self.own_country or (self.code if self.kind in _COUNTRY_KINDS else None)

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "canonical": self.canonical, "code": self.code, "sector": self.sector,
                "country": self.country, "guessed": self.guessed}


@dataclass(slots=True)
class Location(Record):
    """Where an event happens: the place its own sentence names it at."""

    name: str
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None  # ISO3


@dataclass(slots=True)
class Evidence(Record):
    """A sentence that reports an event."""

    text: str
    start: int
    end: int


@dataclass(slots=True)
class Event(Record):
    """One coded event (PLOVER type, CAMEO code) with its evidence sentence."""

    event: str  # PLOVER type
    mode: str  # how the text reports it: asserted | reported | negated | hypothetical | future | background (``MODES``)
    cameo: str
    quad_class: int
    goldstein: float
    actor: list[EventActor]
    recipient: list[EventActor]
    date: str | None
    location: Location | None
    text: str  # the evidence sentence
    start: int
    end: int
    negated: bool = False
    reported_by: str | None = None
    trigger: str = ""
    plover_mode: str = ""  # PLOVER's mode of the CAMEO code ("allege", "visit", ...; "" for none)
    confidence: float | None = None  # the event model's probability that this is an event (None: rules only)
    mentions: int = 1  # how many sentences of the article report this event
    evidence: list[Evidence] = field(default_factory=list)  # every one of them, in text order
    depth: int = field(default=0, metadata=INTERNAL)  # the trigger's depth in the parse
    #: the type comes from how the act is framed: negated ("failed to agree": REJECT), put off ("will attack
    #: unless": THREATEN), or a control verb ("refused to send troops"); the model does not retype it
    recoded: bool = field(default=False, metadata=INTERNAL)
    trigger_i: int = field(default=-1, metadata=INTERNAL)  # the trigger's token index
    speaker_codes: tuple = field(default=(), metadata=INTERNAL)  # ISO3 of whoever reports it ("Straw said the UK ...")


@dataclass(slots=True)
class Analysis(Record):
    """Everything newscoder found in one article."""

    id: str
    tags: list[str] = field(default_factory=list)
    keyphrases: list[Keyphrase] = field(default_factory=list)
    topics: list[Topic] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    focus: list[Focus] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    title: str | None = None
    date: dt.date | None = None
    source: str | None = None
    url: str | None = None
    #: The text analyzed (offsets point into it); not in ``to_dict``, the HTTP API adds it on request.
    text: str | None = field(default=None, repr=False, metadata=INTERNAL)

    def to_dict(self) -> dict[str, Any]:
        d = Record.to_dict(self)
        d["date"] = self.date.isoformat() if self.date else None
        return d

    def _repr_html_(self) -> str:
        """The web page's view of this analysis, for Jupyter (``io.html``)."""
        from .io.html import render

        return render(self.to_dict(), self.text)
