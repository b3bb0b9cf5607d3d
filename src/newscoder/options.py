"""``Options``: every setting of an analysis, checked once (one object instead of many arguments)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields, replace

from .errors import OptionsError

#: Analysis steps in pipeline order. Each is a spaCy component registered as ``newscoder_<step>``.
STEPS = ("entities", "timex", "places", "keyphrases", "topics", "events", "tags")

#: What each step needs to have run before it.
REQUIRES = {
    "entities": (),
    "timex": (),
    "places": ("entities",),
    "keyphrases": (),
    "topics": ("keyphrases",),
    "events": ("entities", "timex", "places"),
    "tags": ("entities", "keyphrases"),
}


@dataclass(frozen=True)
class Options:
    """Settings of an analysis. Every field is documented in docs/options.md."""

    #: Steps to run (see ``STEPS``); the steps they require are added.
    steps: tuple[str, ...] = STEPS
    #: How many tags to return.
    n_tags: int = 4
    #: How many keyphrases to return.
    n_keyphrases: int = 20
    #: How many IPTC topics to return.
    n_topics: int = 3
    #: Publication date used to resolve relative dates ("on Monday") when the article has none.
    date: dt.date | None = None
    #: Longest text accepted, in characters (a bigger article raises TooLargeError).
    max_chars: int = 2_000_000
    #: Refuse text that does not look like English.
    require_english: bool = True
    #: Texts per batch in ``analyze_many``.
    batch_size: int = 32
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    def __post_init__(self) -> None:
        unknown = [s for s in self.steps if s not in STEPS]
        if unknown:
            raise OptionsError(f"unknown step(s) {unknown}; choose from {list(STEPS)}")
        wanted = set(self.steps)
        for step in list(wanted):
            wanted.update(REQUIRES[step])
        object.__setattr__(self, "steps", tuple(s for s in STEPS if s in wanted))
        for name in ("n_tags", "n_keyphrases", "n_topics", "max_chars", "batch_size"):
            value = getattr(self, name)
            if not isinstance(value, int) or value < (1 if name != "n_topics" else 0):
                raise OptionsError(f"{name} must be a positive integer, not {value!r}")
        if self.date is not None and not isinstance(self.date, dt.date):
            raise OptionsError(f"date must be a datetime.date, not {self.date!r}")

    def with_(self, **changes) -> Options:
        return replace(self, **changes)

    @classmethod
    def field_names(cls) -> list[str]:
        return [f.name for f in fields(cls) if f.name != "extra"]
