"""The analysis steps and the graph they form, declared once.

Each step is a spaCy component ``newscoder_<name>`` (a factory in ``steps/<name>.py``, also advertised
under the ``spacy_factories`` entry point so the name resolves without importing newscoder). Its
``Step`` below is the only statement of what it reads and writes: the factory passes ``requires``,
``assigns`` and ``config`` to ``Language.factory``, ``pipeline.load`` orders the components from them
and ``Options`` adds the steps a chosen step depends on. This module imports nothing heavy, so the
light commands can check options without loading spaCy.

========== =============================================== ===============================================
step       requires (besides the parse)                    assigns
========== =============================================== ===============================================
layout     doc.ents                                        doc.ents, the parse of headlines, doc.spans
names                                                      doc.spans["nc_known"] (a SpanRuler of the tables)
entities   doc.ents                                        doc.ents, token.ent_type, nc_entities, nc_actors
timex      doc.ents                                        nc_dates, nc_quantities
places     doc.ents, nc_entities, nc_actors                nc_places, nc_focus
keyphrases token.ent_type                                  nc_keyphrases
topics     nc_keyphrases                                   nc_topics
events     nc_entities, nc_actors, nc_dates, nc_places,    nc_events
           nc_focus
tags       nc_actors, nc_keyphrases                        nc_tags
========== =============================================== ===============================================
"""

from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

#: What spaCy's small English pipeline gives every step (its components' own ``assigns``).
PARSE = ("token.tag", "token.dep", "token.head", "token.lemma", "doc.sents")


@dataclass(frozen=True)
class Step:
    """One analysis step: its spaCy factory name, what it needs before it and what it writes."""

    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    config: MappingProxyType = field(default_factory=lambda: MappingProxyType({}))

    @property
    def factory(self) -> str:
        return f"newscoder_{self.name}"

    @property
    def module(self) -> str:
        return f"{__name__}.{self.name}"

    def spacy_meta(self) -> dict[str, Any]:
        """Keyword arguments for ``Language.factory``."""
        return {"requires": list(self.requires), "assigns": list(self.assigns),
                "default_config": dict(self.config)}


def _config(**values: Any) -> MappingProxyType:
    return MappingProxyType(values)


#: The steps in a valid pipeline order (``order`` derives it; this order breaks ties).
STEPS: tuple[Step, ...] = (
    Step("layout", (*PARSE, "doc.ents"),
         ("doc.ents", "token.tag", "token.pos", "token.lemma", "token.dep", "token.head", "token.ent_iob",
          "token.ent_type", "doc.spans")),
    Step("names", (), ("doc.spans",)),
    Step("entities", (*PARSE, "doc.ents", "doc.spans"),
         ("doc.ents", "token.ent_iob", "token.ent_type", "doc._.nc_entities", "doc._.nc_actors")),
    Step("timex", (*PARSE, "doc.ents"), ("doc._.nc_dates", "doc._.nc_quantities")),
    Step("places", (*PARSE, "doc.ents", "doc._.nc_entities", "doc._.nc_actors"), ("doc._.nc_places", "doc._.nc_focus")),
    Step("keyphrases", (*PARSE, "token.ent_type"), ("doc._.nc_keyphrases",), _config(n_keyphrases=20)),
    Step("topics", ("token.lemma", "doc._.nc_keyphrases"), ("doc._.nc_topics",), _config(n_topics=3)),
    Step("events", (*PARSE, "doc.ents", "doc.spans", "doc._.nc_entities", "doc._.nc_actors", "doc._.nc_dates",
                    "doc._.nc_places", "doc._.nc_focus"), ("doc._.nc_events",),
         _config(modes=["asserted", "reported"], model=True)),
    Step("tags", ("doc._.nc_actors", "doc._.nc_keyphrases"), ("doc._.nc_tags",), _config(n_tags=4)),
)
BY_NAME: dict[str, Step] = {s.name: s for s in STEPS}
NAMES: tuple[str, ...] = tuple(s.name for s in STEPS)


def depends_on(step: Step) -> tuple[str, ...]:
    """The steps declared before ``step`` that assign something it requires (entities rewrites
    ``doc.ents``, so every step that reads entities runs after it and with it; layout rewrites the
    parse and entities of headlines and tables, so every step runs after it)."""
    before = STEPS[: STEPS.index(step)]
    return tuple(s.name for s in before if set(step.requires) & set(s.assigns))


def closure(names: tuple[str, ...] | list[str]) -> set[str]:
    """The named steps and every step they depend on, recursively."""
    wanted: set[str] = set()
    todo = list(names)
    while todo:
        name = todo.pop()
        if name not in wanted:
            wanted.add(name)
            todo.extend(depends_on(BY_NAME[name]))
    return wanted


def order(names: set[str] | tuple[str, ...]) -> tuple[str, ...]:
    """``names`` in pipeline order: a step runs after every chosen step it depends on."""
    chosen = [s for s in STEPS if s.name in names]
    done: list[str] = []
    while len(done) < len(chosen):
        ready = next((s for s in chosen if s.name not in done and all(
            t in done or t not in names for t in depends_on(s))), None)
        if ready is None:
            raise ValueError(f"the steps {sorted(names)} require each other in a cycle")
        done.append(ready.name)
    return tuple(done)
