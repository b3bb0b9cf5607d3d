"""The data that flows through newscoder: one ``Article`` in, one ``Analysis`` out.

Field names of ``Analysis.to_dict()`` are the output contract (see docs/output.md); keep them stable.
Offsets (``start``/``end``) are Python ``str`` indices into ``Article.text``, end exclusive.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Article:
    """One news article as read from a file, a feed entry, a JSONL record or a string."""

    text: str
    id: str = ""
    title: str | None = None
    date: dt.date | None = None
    tags: list[str] = field(default_factory=list)  # tags already on the article (its Tags line)
    source: str | None = None  # file path, URL or "<stdin>"
    line: int | None = None  # 1-based line for JSONL records


@dataclass
class Entity:
    """One mention of a named entity, with the canonical name of the entity it refers to."""

    text: str
    label: str  # spaCy OntoNotes label: PERSON, ORG, GPE, NORP, LOC, FAC, ...
    start: int
    end: int
    canonical: str
    salience: float = 0.0


@dataclass
class Keyphrase:
    text: str
    score: float


@dataclass
class Topic:
    code: str  # IPTC Media Topic qcode, e.g. "medtop:16000000"
    label: str
    score: float


@dataclass
class Analysis:
    """Everything newscoder found in one article."""

    id: str
    tags: list[str] = field(default_factory=list)
    keyphrases: list[Keyphrase] = field(default_factory=list)
    topics: list[Topic] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    places: list[dict[str, Any]] = field(default_factory=list)
    focus: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    dates: list[dict[str, Any]] = field(default_factory=list)
    quantities: list[dict[str, Any]] = field(default_factory=list)
    title: str | None = None
    date: dt.date | None = None
    source: str | None = None

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["date"] = self.date.isoformat() if self.date else None
        return d
