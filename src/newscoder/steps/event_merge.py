"""One story, one event: the same event reported in several sentences of an article (the headline and
the lead, a recap further down) is output once, with how many sentences report it and each of them.

Two coded events are the same when they have the same PLOVER type, the same sources and targets (by
actor code, or by name for actors without a code), the same date and the same polarity.
The first report in the text is kept as the event (its sentence is ``text``/``start``/``end``); the
others add to ``mentions`` and ``evidence``.
"""

from __future__ import annotations

from ..models import Event, EventActor, Evidence


def _side(actors: list[EventActor]) -> frozenset:
    """Who is on one side: actor codes ("Turkey", "Ankara" and "the Turkish government" are all TUR),
    or names for actors without a code."""
    return frozenset(a.code or (a.canonical or a.text).lower() for a in actors)


def key(event: Event) -> tuple:
    """What makes two reports one event."""
    return (event.event, _side(event.actor), _side(event.recipient), event.date, event.negated)


def merge(events: list[Event]) -> list[Event]:
    """``events`` (in text order) with repeats folded into their first report."""
    first: dict[tuple, Event] = {}
    out: list[Event] = []
    for event in events:
        if not event.evidence:
            event.evidence = [Evidence(text=event.text, start=event.start, end=event.end)]
        kept = first.get(key(event))
        if kept is None:
            first[key(event)] = event
            out.append(event)
            continue
        if all(e.start != event.start for e in kept.evidence):  # a second clause of one sentence adds no report
            kept.evidence.append(event.evidence[0])
            kept.mentions += 1
        kept.depth = min(kept.depth, event.depth)
    return out
