"""One story, one event: the same event reported in several sentences of an article (the headline and
the lead, a recap further down) is output once, with how many sentences report it and each of them.

Two coded events are the same when they have the same PLOVER type and CAMEO root, the same sources and targets (by
actor code, or by name for actors without a code; for talks, the same parties whichever side each is on), the
same date and the same polarity, unless they name different people as the source or as the target (by surname: two
ministers of one state are two sources, two men charged by one court two targets).
The first report in the text is kept as the event (its sentence is ``text``/``start``/``end``); the
others add to ``mentions`` and ``evidence``.

A headline's event and the lead sentence's event of the same type and source are one event, as the lead tells
it (the headline names the sides in headlinese: "Sudan arrests smugglers", "Sudanese police have arrested three
people").

A report that leaves a side out ("Ericsson is suing", no target) is the same event as a report of that
CAMEO code, date and polarity that names the side and agrees on the other ("Ericsson sues Chinese rival ZTE"),
when exactly one such report exists: it is folded into the fuller one.
"""

from __future__ import annotations

import re

from ..knowledge import countries
from ..models import Event, EventActor, Evidence
from .actors import STATE_SECTORS, story_guess

#: Sectors of a state and its organs: "Turkey", "Ankara", "the Turkish government" and "Turkish troops" are one
#: side; its police and its protesters or its rebels are not. (A firm's sector is often unknown in a headline,
#: "BAKER": firms go with the rest.)
STATE_SIDE = STATE_SECTORS | {None, "BUS"}


def _side(actors: list[EventActor]) -> frozenset:
    """Who is on one side: actor codes ("Turkey", "Ankara" and "the Turkish government" are all TUR) with the
    sector of a body that is not the state's ("Korean protesters" are not "Korean police"), or names for
    actors without a code and for people and bodies of no state's sector whose country is a guess (the story's:
    "Marcos Silva" and "the IBC" are two sides, though both are guessed Brazilian)."""
    return frozenset((_state_code(a.code), None if a.sector in STATE_SIDE else a.sector) if a.code and not
                     story_guess(a) else _name(a) for a in actors)


def _name(actor: EventActor) -> str:
    """An actor told apart by name: a person by their surname ("Bob Dole" and "Dole" are one), else the name."""
    name = (actor.canonical or actor.text).lower()
    return name.split()[-1] if actor.kind == "person" and name.split() else name


def _state_code(code: str) -> str:
    """A state organ's or official's code as its state's ("USAGOV", "DEUGOVBUB": the United States, Germany;
    an armed group's "SYRREBYPG" stays itself)."""
    return code[:3] if len(code) > 3 and code[3:6] in STATE_SIDE else code


#: Modes of a report of something done: a headline's and its lead's may differ in who is quoted.
REPORTING = frozenset({"asserted", "reported"})
#: Types whose two sides do the same thing to each other: "A met B", "B held talks with A" and "A and B met" are
#: one meeting.
SYMMETRIC = frozenset({"CONSULT"})


def _people(actors: list[EventActor]) -> frozenset:
    """The people among the sides, by surname, and the bodies named by a name of their own ("the MQM accuses the
    government" and "Sharif accused Bhutto" are two accusations, though both code Pakistan on both sides)."""
    return frozenset(_name(a) for a in actors if a.kind == "person" or _own_name(a))


def _own_name(actor: EventActor) -> bool:
    """Is the actor a body with a proper name of its own (a party, a movement, a firm: "MQM", "Hamas"), not a state,
    a state's organ ("police (Pakistan)") or a group known by its state's name?"""
    name = actor.canonical or ""
    return actor.kind == "group" and name[:1].isupper() and "(" not in name and countries.by_name(name) is None \
        and not (actor.code or "").startswith("IGO") and actor.sector not in STATE_SECTORS


def _other_people(kept: Event, event: Event) -> bool:
    """Do two reports name different people as their source, or as their target: two ministers of one government
    are two sources ("Charles Clarke criticised the ruling", "Jack Straw also criticised it" are two events, though
    both code GBR); a report naming no one, or the state for its minister ("Turkey", "Hulusi Akar"), is no other
    source."""
    if event.event in SYMMETRIC:  # talks: whichever side each is on
        mine, theirs = _people(kept.actor + kept.recipient), _people(event.actor + event.recipient)
        only_mine = {_name(a): a for a in kept.actor + kept.recipient if a.kind != "state"}
        only_theirs = {_name(a): a for a in event.actor + event.recipient if a.kind != "state"}
        left = [a for n, a in only_mine.items() if n not in only_theirs]
        right = [a for n, a in only_theirs.items() if n not in only_mine]
        if left and right and any(a.kind == "person" for a in left + right):
            return True  # "He met with the committee", "Prince said he had met Trump just once": one man, two
            # meetings, though the committee and Trump both code the United States
    else:
        mine, theirs = _people(kept.actor), _people(event.actor)
        done_to, also_done_to = _people(kept.recipient), _people(event.recipient)
        if done_to and also_done_to and not done_to & also_done_to:
            return True  # "Evans is charged with ...", "Harminson is charged with ...": two people charged, two
            # events, though the court is one and both code the United States
    if _member_and_body(kept.actor, event.actor) or _member_and_body(event.actor, kept.actor):
        return True
    if event.event not in SYMMETRIC and _ages(kept.recipient) and _ages(event.recipient) and \
            not _ages(kept.recipient) & _ages(event.recipient):
        return True  # "a 24-year-old man was detained", "police arrested a 45-year-old man": two people by their
        # ages, though both code one state (counts are not told apart: "40 protesters", later "42 protesters" is
        # one arrest, its toll updated)
    return bool(mine and theirs and not mine & theirs)


#: An age given to a person described, not named: "a 24-year-old man".
AGE = re.compile(r"\b(\d{1,3})[- ]year[- ]old\b")


def _ages(actors: list[EventActor]) -> frozenset:
    """The ages in the descriptions of people among ``actors`` ("24-year-old man": 24), none for a named person, a
    body or a state."""
    return frozenset(m.group(1) for a in actors if a.kind not in ("person", "state", "group")
                     for m in AGE.finditer(a.text.lower()))


#: Sectors of bodies of many members: what one member does is not the body's act.
MANY_MEMBERS = frozenset({"LEG", "JUD"})


def _member_and_body(persons: list[EventActor], bodies: list[EventActor]) -> bool:
    """Is one report's source people only and the other's a body of many members ("the provision was sponsored by
    Senator Murkowski", "Congress reached a deal": two acts, though both code the United States; not "Putin" and
    "the Kremlin", one man's office)?"""
    return bool(persons) and all(a.kind == "person" for a in persons) and any(
        b.kind != "person" and b.sector in MANY_MEMBERS for b in bodies)


def key(event: Event) -> tuple:
    """What makes two reports one event (unless they name different people as the source: ``_other_people``): the
    type and its CAMEO root ("investigating" Conyers and "allegations against" him are two acts of ACCUSE), the
    sides, the date, the polarity."""
    if event.event in SYMMETRIC:
        return (event.event, _side(event.actor + event.recipient), frozenset(), event.date, event.negated)
    code = event.cameo or ""
    return (event.event, code[:3] if code[:2] == "08" else code[:2], _side(event.actor), _side(event.recipient),
            event.date, event.negated)  # (within YIELD, CAMEO's three digits tell a resignation, a release and an
    # easing of restrictions apart: "he would not seek re-election" and "I allowed a culture to take root" are two)


def _loose(event_key: tuple) -> tuple:
    """A ``key`` without the CAMEO root."""
    return event_key if len(event_key) == 5 else event_key[:1] + event_key[2:]


def merge(events: list[Event], lead: tuple[int, int, str | None] | None = None) -> list[Event]:
    """``events`` (in text order) with repeats folded into their first report; ``lead`` (where the headline ends,
    where the lead sentence ends, the publication date) folds the headline's event into the lead's."""
    first: dict[tuple, list[Event]] = {}
    out: list[Event] = []
    for event in events:
        if not event.evidence:
            event.evidence = [Evidence(text=event.text, start=event.start, end=event.end)]
        kept = next((k for k in first.get(key(event), ()) if not _other_people(k, event)), None)
        if kept is None:  # two clauses of one sentence, one act told twice ("should go back and restore the
            # deduction": an appeal and a demand of one side), whatever their CAMEO roots
            kept = next((k for k in out if k.start == event.start and _loose(key(k)) == _loose(key(event)) and
                         not _other_people(k, event)), None)
        if kept is None:
            first.setdefault(key(event), []).append(event)
            out.append(event)
            continue
        _fold(kept, event)
    out = _fold_partial(out)
    return _fold_headline(out, *lead) if lead else out


def _fold_headline(events: list[Event], head_end: int, lead_end: int, pub: str | None) -> list[Event]:
    """A headline's event told again in the lead ("Dole blasts Clinton ..." and "Bob Dole accused the Clinton
    administration of ..."; "Sudan arrests smugglers" and "Sudanese police have arrested three people"): one
    event, kept as the lead tells it unless the headline names more sides (a body sentence names them more
    fully as a rule), when exactly one event of the
    lead has the headline's type and polarity, its source or none, and the headline's date (or the headline
    has only the publication's)."""
    gone: set[int] = set()
    for i, head in enumerate(events):
        if head.start >= head_end:
            break
        same = [j for j, e in enumerate(events) if j not in gone and head_end <= e.start < lead_end and
                e.event == head.event and
                e.negated == head.negated and (e.mode == head.mode or {e.mode, head.mode} <= REPORTING) and (
                    e.date == head.date or head.date == pub) and (
                    not head.actor or not e.actor or _side(head.actor) == _side(e.actor))]
        if len(same) == 1:
            lead = events[same[0]]
            if _named(head) > _named(lead) or (head.actor and not lead.actor):  # "Two Thai border police
                # wounded by Burma gunmen", "Russia air raid kills 20" with "Twenty people were killed": the
                # headline names more sides, or the doer; it stays, with the lead's report
                _fold(head, lead)
                gone.add(same[0])
            else:
                _fold(lead, head)
                if not lead.recipient and head.recipient and _side(head.recipient) != _side(lead.actor):
                    lead.recipient = head.recipient  # "Trump criticized in Britain for sharing videos" and "...,
                    # drawing condemnation from Britain": the headline names the target the lead leaves out
                gone.add(i)
    return [e for i, e in enumerate(events) if i not in gone]


def _named(event: Event) -> int:
    """How many sides of an event have a code."""
    return any(a.code for a in event.actor) + any(r.code for r in event.recipient)


def _fold(kept: Event, event: Event) -> None:
    if all(e.start != event.start for e in kept.evidence):  # a second clause of one sentence adds no report
        kept.evidence.extend(e for e in event.evidence if all(k.start != e.start for k in kept.evidence))
        kept.evidence.sort(key=lambda e: e.start)
        kept.mentions = len(kept.evidence)
    kept.depth = min(kept.depth, event.depth)


def _fold_partial(events: list[Event]) -> list[Event]:
    """Reports missing a side folded into the one fuller report they agree with (see the module docstring)."""
    gone: set[int] = set()
    for i, event in enumerate(events):
        if event.actor and event.recipient:
            continue
        fuller = [j for j, other in enumerate(events) if j != i and j not in gone and _covers(other, event)]
        if len(fuller) == 1:
            _fold(events[fuller[0]], event)
            gone.add(i)
    return [e for i, e in enumerate(events) if i not in gone]


def _covers(other: Event, event: Event) -> bool:
    """Does ``other`` report ``event`` with more of its sides named?"""
    if (other.event, other.cameo, other.date, other.negated) != (event.event, event.cameo, event.date,
                                                                  event.negated) or _other_people(other, event):
        return False  # ("Sharif accused Bhutto", Bhutto uncoded, is no report of "the MQM accuses the government";
        # a report with a side left out is of the same act, "Ericsson is suing" of "Ericsson sues ZTE", not of
        # another of its type: in a story about one country every side codes alike, and "the leaders stayed away in
        # protest" is no report of "Lewis called Trump's attendance an insult")
    if not (len(other.actor) >= len(event.actor) and len(other.recipient) >= len(event.recipient)) or (
            bool(other.actor) + bool(other.recipient) <= bool(event.actor) + bool(event.recipient)):
        return False
    return ((not event.actor or _side(event.actor) == _side(other.actor))
            and (not event.recipient or _side(event.recipient) == _side(other.recipient)))
