"""``Options``: every setting of an analysis, checked once (one object instead of many arguments).

Settings of single steps (how many tags, keyphrases, topics; whether negated events are kept) are the
defaults of each step's spaCy config (``steps.STEPS``); ``component_cfg`` turns an Options into the
per-call overrides spaCy passes to the components (``nlp(doc, component_cfg=...)``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields, replace
from typing import Any

from . import steps as step_graph
from .errors import OptionsError
from .models import MODES

#: Analysis steps in pipeline order. Each is a spaCy component registered as ``newscoder_<step>``.
STEPS = step_graph.order(step_graph.NAMES)

#: Options fields that are settings of one step: field -> (step, config key).
STEP_SETTINGS = {
    "n_tags": ("tags", "n_tags"),
    "n_keyphrases": ("keyphrases", "n_keyphrases"),
    "n_topics": ("topics", "n_topics"),
    "event_modes": ("events", "modes"),
    "event_model": ("events", "model"),
    "country_hint": ("places", "country_hint"),
}


def _default(name: str) -> Any:
    step, key = STEP_SETTINGS[name]
    return step_graph.BY_NAME[step].config[key]


def _country_code(value: Any) -> str:
    """The ISO3 code of a country given by code or name ("FR", "FRA", "France")."""
    from .knowledge import countries

    hit = None
    if isinstance(value, str) and value.strip():
        value = value.strip()
        hit = countries.by_iso3(value.upper()) or countries.by_iso2(value.upper()) or countries.by_name(value)
    if hit is None:
        raise OptionsError(f"country_hint must be a country's ISO code or name, not {value!r}")
    return hit.iso3


@dataclass(frozen=True)
class Options:
    """Settings of an analysis. Every field is documented in docs/options.md."""

    #: Steps to run (see ``STEPS``); the steps they depend on are added.
    steps: tuple[str, ...] = STEPS
    #: How many tags to return.
    n_tags: int = _default("n_tags")
    #: How many keyphrases to return.
    n_keyphrases: int = _default("n_keyphrases")
    #: How many IPTC topics to return.
    n_topics: int = _default("n_topics")
    #: The modes of the events returned: asserted and reported by default; add negated, hypothetical, future
    #: and background (history) ones, or pass ``MODES`` for all.
    event_modes: tuple[str, ...] = tuple(_default("event_modes"))
    #: Let the learned event model veto, retype and add events (False: the rules alone).
    event_model: bool = _default("event_model")
    #: Publication date used to resolve relative dates ("on Monday") when the article has none.
    date: dt.date | None = None
    #: Longest text accepted, in characters (a bigger article raises TooLargeError).
    max_chars: int = 2_000_000
    #: Refuse text that does not look like English.
    require_english: bool = True
    #: Texts per batch in ``analyze_many``.
    batch_size: int = 32
    #: The country the source writes from (ISO3, ISO2 or name), evidence for the places step; None: unknown.
    country_hint: str | None = _default("country_hint")

    def __post_init__(self) -> None:
        unknown = [s for s in self.steps if s not in STEPS]
        if unknown:
            raise OptionsError(f"unknown step(s) {unknown}; choose from {list(STEPS)}")
        object.__setattr__(self, "steps", step_graph.order(step_graph.closure(self.steps)))
        for name in ("n_tags", "n_keyphrases", "n_topics", "max_chars", "batch_size"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or value < (1 if name != "n_topics" else 0):
                raise OptionsError(f"{name} must be a positive integer, not {value!r}")
        if not isinstance(self.event_model, bool):
            raise OptionsError(f"event_model must be true or false, not {self.event_model!r}")
        modes = (self.event_modes,) if isinstance(self.event_modes, str) else tuple(self.event_modes)
        unknown = [m for m in modes if m not in MODES]
        if unknown or not modes:
            raise OptionsError(f"event_modes must be some of {list(MODES)}, not {self.event_modes!r}")
        object.__setattr__(self, "event_modes", tuple(m for m in MODES if m in modes))
        if self.country_hint is not None:
            object.__setattr__(self, "country_hint", _country_code(self.country_hint))
        if self.date is not None and not isinstance(self.date, dt.date):
            raise OptionsError(f"date must be a datetime.date, not {self.date!r}")

    def with_(self, **changes) -> Options:
        return replace(self, **changes)

    def component_cfg(self) -> dict[str, dict[str, Any]]:
        """Per-call settings of the chosen steps' components, for ``nlp(doc, component_cfg=...)``."""
        out: dict[str, dict[str, Any]] = {}
        for name, (step, key) in STEP_SETTINGS.items():
            if step in self.steps:
                out.setdefault(step_graph.BY_NAME[step].factory, {})[key] = getattr(self, name)
        return out

    @classmethod
    def field_names(cls) -> list[str]:
        return [f.name for f in fields(cls)]
