"""The event coder's vocabulary, loaded once per process.

- ``cameo()``: CAMEO code -> ``Cameo(code, name, goldstein, quad_class, plover, mode)``
  (``data/cameo.tsv``, built by scripts/build_cameo.py from the ICEWS CAMEO list and PLOVER's
  CAMEO2PLOVER table).
- ``lexicon()``: verbs, nouns, verb+noun pairs and control verbs -> CAMEO code
  (``data/event_lexicon.tsv``, from ``data_src/``), and verb + object pairs of the PETRARCH2 verb dictionary
  for verbs those rows do not code (``data/petrarch_pairs.tsv``, scripts/build_petrarch_pairs.py).
- ``agents()``: sector words ("police" -> COP), known groups (name -> code, sector, country) and
  words that are never actors (``data/agents.tsv``, from ``data_src/``).

The actor coder that uses them is ``steps/actors.py``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from .tables import rows as _rows


@dataclass(frozen=True)
class Cameo:
    code: str
    name: str
    goldstein: float
    quad_class: int
    plover: str
    mode: str


@dataclass
class Lexicon:
    verbs: dict[str, str] = field(default_factory=dict)
    nouns: dict[str, str] = field(default_factory=dict)
    pairs: dict[tuple[str, str], str] = field(default_factory=dict)
    control: dict[str, tuple[str, str]] = field(default_factory=dict)
    light: frozenset[str] = frozenset()
    #: verb lemma -> code its sense takes with a thing as direct object (None: no event): "met little resistance"
    thing_object: dict[str, str | None] = field(default_factory=dict)
    #: OT verb lemma -> what keeps its political sense all the same: "clause" ("charged that ..."), "with" (a partner)
    thing_object_kept_by: dict[str, str] = field(default_factory=dict)
    #: verb lemma -> code its sense takes with a that-clause and no object (None: no event): "accepted that ..."
    clause_sense: dict[str, str | None] = field(default_factory=dict)
    #: verb lemma -> code its sense takes with people as direct object: "fired his cabinet" (dismissed)
    people_object: dict[str, str] = field(default_factory=dict)
    #: verbs of firms' dealings ("acquire", "sell", "take over"): events only with a party on the other side
    dealings: frozenset[str] = frozenset()
    #: verb lemma -> code its sense takes with working people as subject and no object: "the miners struck"
    worker_subject: dict[str, str] = field(default_factory=dict)
    #: (verb lemma, object noun lemma) pairs that are idioms, no event: "seized the advantage", "struck a balance"
    idioms: frozenset[tuple[str, str]] = frozenset()
    #: event noun -> modifiers that make it figurative, no event ("war": trade, price, ...)
    figurative: dict[str, frozenset[str]] = field(default_factory=dict)
    #: event noun -> modifiers one of which it needs for its sense ("operation": military, security, ...)
    qualified: dict[str, frozenset[str]] = field(default_factory=dict)
    #: (verb lemma, object noun lemma) -> CAMEO code (None: no event) from the PETRARCH2 verb dictionary
    #: (``data/petrarch_pairs.tsv``): used only for a verb the rows above do not code ("suspended publication")
    fallback_pairs: dict[tuple[str, str], str | None] = field(default_factory=dict)


@dataclass
class Agents:
    sectors: dict[str, str] = field(default_factory=dict)
    groups: dict[str, tuple[str, str, str]] = field(default_factory=dict)
    nonactors: frozenset[str] = frozenset()
    things: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def cameo() -> dict[str, Cameo]:
    table = {}
    for cols in _rows("cameo.tsv", header="code"):
        code, name, goldstein, quad, plover, mode = (cols + [""] * 6)[:6]
        table[code] = Cameo(code, name, float(goldstein), int(quad), plover, mode)
    return table


@lru_cache(maxsize=1)
def evaluatives() -> dict[str, float]:
    """Words of judgment and their valence (-4 .. +4; scripts/build_evaluatives.py, from VADER): "inadequate"
    -1.7, "admirable" +2.6."""
    return {word: float(valence) for word, valence in _rows("evaluatives.tsv", header="word")}


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    lex = Lexicon()
    dealings, light, idioms = set(), set(), set()
    for cols in _rows("event_lexicon.tsv"):
        kind, key, code = cols[0], cols[1].lower(), cols[2]
        if kind == "V":
            lex.verbs[key] = code
        elif kind == "N":
            lex.nouns[key] = code
        elif kind == "VN":
            verb, noun = key.rsplit(" ", 1)
            lex.pairs[(verb, noun)] = code
            light.add(verb)
        elif kind == "VC":  # classes: every verb of the first with every noun of the second
            verbs, nouns = (part.split("|") for part in key.split(" + "))
            for verb in verbs:
                for noun in nouns:
                    lex.pairs.setdefault((verb.strip(), noun.strip()), code)
        elif kind == "VX":  # idioms: every verb of the first with every noun of the second is no event
            verbs, nouns = (part.split("|") for part in key.split(" + "))
            idioms.update((verb.strip(), noun.strip()) for verb in verbs for noun in nouns)
        elif kind == "X":
            lex.control[key] = (code, cols[3] if len(cols) > 3 else "intent")
        elif kind == "OT":
            lex.thing_object[key] = None if code == "-" else code
            if len(cols) > 4 and cols[4]:
                lex.thing_object_kept_by[key] = cols[4]
        elif kind == "OC":
            lex.clause_sense[key] = None if code == "-" else code
        elif kind == "OP":
            lex.people_object[key] = None if code == "-" else code
        elif kind == "OW":
            lex.worker_subject[key] = code
        elif kind == "D":
            lex.verbs[key] = code
            dealings.add(key)
        elif kind in ("NF", "NQ"):
            table = lex.figurative if kind == "NF" else lex.qualified
            for noun in key.split("|"):
                table[noun] = frozenset(code.lower().split("|"))
    for verb, noun, code in _rows("petrarch_pairs.tsv"):
        lex.fallback_pairs[(verb, noun)] = None if code == "-" else code
    lex.light = frozenset(light)  # a VN row's verb takes any event noun ("staged rallies"); a VC row's does not
    lex.dealings = frozenset(dealings)
    lex.idioms = frozenset(idioms)
    return lex


def hyphenated_nouns() -> list[str]:
    """The lexicon's event nouns written with a hyphen ("go-slow", "sit-in", "cease-fire"): the tokenizer keeps
    them one token (``pipeline.load``), so they are looked up like any noun."""
    lex = lexicon()
    words = set(lex.nouns) | {noun for _, noun in lex.pairs}
    return sorted(w for w in words if "-" in w and " " not in w)


@lru_cache(maxsize=1)
def agents() -> Agents:
    out = Agents()
    nonactors, things = set(), set()
    for cols in _rows("agents.tsv"):
        kind = cols[0]
        if kind == "S":
            out.sectors[cols[1].lower()] = cols[2]
        elif kind == "G":
            country = cols[4] if len(cols) > 4 else ""
            for name in cols[1].split("|"):
                out.groups[name.lower()] = (cols[2], cols[3], country)
        elif kind == "X":
            nonactors.add(cols[1].lower())
        elif kind == "T":
            things.add(cols[1].lower())
    out.nonactors = frozenset(nonactors)
    out.things = frozenset(things)
    return out
