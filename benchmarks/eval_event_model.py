"""Event model benchmark: the events step as it ships (the rule coder's ``events.Coder(doc, modes,
use_model).run()``, whose events ``event_decide.decide`` vetoes, retypes and fills with the event model),
beside the rules alone, on sentences the model was not trained on.

Systems (``VARIANTS``): ``rules`` (``use_model=False``); ``issue-9 wiring`` (the decision's first settings:
veto at P(NONE) >= .5, fill at P(NONE) < .2, retype at 2x, every type); ``shipped`` (``event_decide``'s
settings now); and variants of the veto threshold, the fill threshold (or no fill), the retype ratio and the
types that may be retyped. Every system is the real events step: the decision's settings are set on
``event_decide`` and each fold's model replaces the shipped one (``patched``); the model's probabilities of
a candidate are remembered across variants (``Memo``: they do not depend on the settings).

Data sets:
- PLV_train (1,044 sentences), 5-fold cross-validated (folds by sentence; each fold's model never saw the
  sentences it is scored on), with newscoder's own sentences (data_src/event_sentences.tsv) in the same
  folds: the no-event ones give events output per no-event sentence, by kind;
- the PLOVER GSR (322) and the CAMEO codebook examples (277): REPORTING ONLY, scored with the model
  trained on all of PLV_train and the own sentences; never used for training, features or settings.
  The rule coder and its lexicon were fitted while looking at these two sets, so every system is
  flattered there.

Types: current PLOVER names (15 types: the GSR's CONCEDE and RETREAT are YIELD, DEMAND is REQUEST,
DISAPPROVE and INVESTIGATE are ACCUSE, FIGHT is ASSAULT; the rules' CONCEDE/RETREAT count as YIELD).

Metrics, per sentence, on the sentence's main event (``events.main_event``, as in eval_events.py): type
accuracy (main event right / sentences; no event = wrong), precision (main event right / sentences with an
event), missed (sentences with no event), false events per sentence (events whose type the gold record does
not have), actor-pair recall (PLV: some event of the sentence has a source whose text matches the marked
source and a target matching the marked target: the same words, one inside the other), CAMEO root accuracy
(CAMEO examples), events per no-event sentence (own sentences).

Usage: ``python benchmarks/eval_event_model.py [--cache /tmp/ev] [--grid] [--ablation]``.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import json
import re
import sys
import time
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

import train_event_model as T  # noqa: E402

from newscoder.models import DEFAULT_MODES  # noqa: E402
from newscoder.steps import event_decide, events  # noqa: E402
from newscoder.steps import event_model as em  # noqa: E402

FOLDS = 5
SEED = 0
#: Feature groups (name prefixes of ``event_model.features``) for the ablation.
GROUPS = {
    "lexical": ("l=", "x=", "xl=", "dl=", "dl2=", "lp=", "pl=", "nl=", "hx=", "hd=", "dw=", "pw=", "pobj_of="),
    "syntax": ("d=", "dk=", "p=", "pk=", "nm=", "dep=", "hpos=", "pos=", "tag=", "is_root", "under="),
    "lexicon": ("lex=", "lexroot=", "ctl=", "xlex=", "ctlx=", "hctl=", "hlex=", "clex="),
    "rules": ("prior=", "priorroot=", "roles=", "src=", "tgt="),
    "modality": ("mode=", "aux=", "neg_own", "mark=", "question", "sent_if", "sent_amount", "comment_", "habit"),
}


# --- systems: the events step with chosen decision settings ------------------------------------------


@dataclass(frozen=True)
class Variant:
    """Settings of the decision (``event_decide``); ``model`` False: the rules alone."""

    model: bool = True
    veto: float = field(default_factory=lambda: event_decide.VETO_THRESHOLD)
    fill: float | None = field(default_factory=lambda: event_decide.FILL_THRESHOLD)
    ratio: float = field(default_factory=lambda: event_decide.RETYPE_RATIO)
    retype: frozenset | None = field(default_factory=lambda: event_decide.RETYPE_FROM)

    def label(self) -> str:
        if not self.model:
            return "rules"
        kinds = "all" if self.retype is None else ",".join(sorted(t[:4] for t in self.retype)) or "none"
        fill = "no fill" if self.fill is None else f"fill<{self.fill:g}"
        return f"veto>={self.veto:g} {fill} retype {self.ratio:g}x {kinds}"


def variants() -> dict[str, Variant]:
    """The systems every table shows (the shipped settings are read when this is called)."""
    return {"rules": Variant(model=False),
            "issue-9 wiring": Variant(veto=0.5, fill=0.2, ratio=2.0, retype=None),
            "shipped": Variant()}


def grid() -> dict[str, Variant]:
    """The settings searched when choosing (``--grid``)."""
    out = {}
    kinds = (None, event_decide.RETYPE_FROM)
    for veto, fill, ratio, retype in itertools.product((0.3, 0.4, 0.5, 0.6), (None, 0.1, 0.2),
                                                       (1.0, 2.0, float("inf")), kinds):
        v = Variant(veto=veto, fill=fill, ratio=ratio, retype=retype)
        out.setdefault(v.label(), v)
    return out


class Memo:
    """A model whose probabilities are remembered per candidate (doc, token, prior, mode): the
    variants of one fold ask about the same candidates."""

    def __init__(self, model: em.EventModel):
        self.model = model
        self.rows: dict[tuple, np.ndarray] = {}

    def probabilities(self, tokens: list, priors: list | None = None, modes: list | None = None,
                      roles: list | None = None) -> np.ndarray:
        priors = priors or [None] * len(tokens)
        modes = modes or [None] * len(tokens)
        roles = roles or [None] * len(tokens)
        keys = [(id(t.doc), t.i, p, m, r) for t, p, m, r in zip(tokens, priors, modes, roles)]
        todo = [n for n, k in enumerate(keys) if k not in self.rows]
        if todo:
            found = self.model.probabilities(*([x[n] for n in todo] for x in (tokens, priors, modes, roles)))
            for n, row in zip(todo, found):
                self.rows[keys[n]] = row
        if not keys:
            return np.zeros((0, len(em.LABELS)), np.float32)
        return np.stack([self.rows[k] for k in keys])


SETTINGS_OF = {"veto": "VETO_THRESHOLD", "fill": "FILL_THRESHOLD", "ratio": "RETYPE_RATIO", "retype": "RETYPE_FROM"}


@contextmanager
def patched(variant: Variant, model=None):
    """The events step with ``variant``'s decision settings and ``model`` in place of the shipped one."""
    saved = {name: getattr(event_decide, name) for name in SETTINGS_OF.values()}
    shipped = em.model
    try:
        for key, name in SETTINGS_OF.items():
            setattr(event_decide, name, getattr(variant, key))
        if model is not None:
            em.model = lambda: model
        yield
    finally:
        for name, value in saved.items():
            setattr(event_decide, name, value)
        em.model = shipped


def code(doc, variant: Variant) -> list:
    """The events step's output for ``doc`` (default modes) under the patched settings."""
    return events.Coder(doc, DEFAULT_MODES, variant.model).run()


# --- gold data kept for reporting ----------------------------------------------------------------


def load_gsr(shared: Path) -> list[T.Record]:
    path = shared / "events" / "plover" / "PLOVER_GSR_CAMEO.txt"
    records = json.loads(path.read_text(encoding="utf-8"))
    return [T.Record("gsr", r["text"].strip("{} "), em.CURRENT.get(r["event"], r["event"]), code=r["event"])
            for r in records if r.get("event") != "DOCUMENT" and r.get("text")]


def load_cameo(shared: Path) -> list[T.Record]:
    path = shared / "events" / "cameo" / "cameo-codes.andybega-icews.csv"
    with open(path, encoding="latin-1") as f:
        rows = [(r["code"].strip(), r["example"].strip()) for r in csv.DictReader(f)
                if r["example"] and r["example"] != "NA"]
    return [T.Record("cameo", text, em.plover_of(code) or em.NONE, code=code) for code, text in rows]


# --- scoring ---------------------------------------------------------------------------------------

STOP = frozenset({"the", "a", "an", "s", "its", "their"})


def _words(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in STOP]


def same_actor(pred: str, gold: str) -> bool:
    """The same actor text: one's words (less articles) a run of the other's."""
    a, b = _words(pred), _words(gold)
    if not a or not b:
        return False
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return any(long_[i:i + len(short)] == short for i in range(len(long_) - len(short) + 1))


def pair_found(rec: T.Record, evs: list) -> bool:
    """Some event has the marked source among its sources and the marked target among its targets."""
    src, tar = (rec.text[s[0]:s[1]] for s in rec.spans)
    return any(any(same_actor(a.text, src) for a in e.actor) and any(same_actor(r.text, tar) for r in e.recipient)
               for e in evs)


def kind(event) -> str:
    return em.CURRENT.get(event.event, event.event)


class Score:
    """Sentence-level counts for one system on one data set."""

    def __init__(self):
        self.n = self.hits = self.output = self.false = self.root_hits = self.pairs = self.pair_n = 0
        self.none_n = self.none_events = 0

    def add(self, rec: T.Record, evs: list) -> None:
        if rec.label == em.NONE and rec.corpus == "own":
            self.none_n += 1
            self.none_events += len(evs)
            return
        self.n += 1
        main = events.main_event(evs)
        self.output += main is not None
        self.hits += bool(main and kind(main) == rec.label)
        self.false += sum(1 for e in evs if kind(e) != rec.label)
        if rec.corpus == "plv" and None not in rec.spans:
            self.pair_n += 1
            self.pairs += pair_found(rec, evs)
        self.root_hits += bool(rec.corpus == "cameo" and main and main.cameo[:2] == rec.code[:2])

    def row(self) -> dict:
        n = max(self.n, 1)
        out = {"type acc": self.hits / n, "precision": self.hits / max(self.output, 1),
               "missed": 1 - self.output / n, "false/sent": self.false / n} if self.n else {}
        if self.pair_n:
            out["pair recall"] = self.pairs / self.pair_n
        if self.root_hits:
            out["CAMEO root"] = self.root_hits / n
        if self.none_n:
            out["ev/no-event sent"] = self.none_events / self.none_n
        return out


def score_records(scores, records, parsed, idx, systems: dict[str, Variant], model=None) -> None:
    """Add the events of records ``idx`` under every system to ``scores[corpus][system]`` (and, for own
    no-event sentences, ``scores["own:" + kind]``)."""
    memo = Memo(model) if model is not None else None
    for name, variant in systems.items():
        with patched(variant, memo):
            for n in idx:
                rec, evs = records[n], code(parsed[n]["doc"], variant)
                scores[rec.corpus][name].add(rec, evs)
                if rec.corpus == "own" and rec.label == em.NONE:
                    scores["own:" + rec.category][name].add(rec, evs)


# --- cross-validation and the final model ---------------------------------------------------------


def folds(records: list[T.Record]) -> list[int]:
    """A fold per record: shuffled with a fixed seed, PLV and own sentences each spread evenly; the judged
    outputs are in no fold (-1: every fold's model learns from them; ``judged_table`` holds them out)."""
    rng = np.random.default_rng(SEED)
    fold = [-1] * len(records)
    for corpus in ("plv", "own"):
        idx = [i for i, r in enumerate(records) if r.corpus == corpus]
        for k, i in enumerate(rng.permutation(idx)):
            fold[int(i)] = k % FOLDS
    return fold


class Featurized:
    """Feature lists and dense blocks of every candidate row, computed once."""

    def __init__(self, rows: list[dict], defs):
        self.rows = rows
        self.defs = defs
        self.feats = [em.features(r["tok"], r["prior"], roles=r["roles"]) for r in rows]
        self.dense_all = em.dense_features([em.frame_text(r["tok"]) for r in rows], ("emb", "defs"), *defs)

    def dense(self, settings: dict) -> np.ndarray:
        cols = {"emb": slice(0, 256), "defs": slice(256, 256 + len(em.TYPES))}
        parts = [self.dense_all[:, cols[b]] for b in ("emb", "defs") if b in settings["dense"]]
        return np.concatenate(parts, axis=1) if parts else np.zeros((len(self.rows), 0), np.float32)


def fit_model(data: Featurized, train: list[int], settings: dict) -> em.EventModel:
    """A model from the rows ``train`` (indices into ``data.rows``), as the training script builds it."""
    train = [i for i in train if data.rows[i]["weight"] > 0]
    drop = tuple(p for g in settings.get("drop", ()) for p in GROUPS[g])
    feats = [[f for f in data.feats[i] if not f.startswith(drop)] if drop else data.feats[i] for i in train]
    sparse, vocab = T.sparse_matrix(feats, settings["min_count"])
    rows = [data.rows[i] for i in train]
    weights = T.fit(sparse, data.dense(settings)[train], [r["label"] for r in rows], [r["weight"] for r in rows],
                    settings)
    weights.update(definitions=data.defs[0], def_types=data.defs[1])
    return em.EventModel(weights, {"labels": list(em.LABELS), "features": vocab, "dense": list(settings["dense"])})


def shipped_state(fresh: em.EventModel) -> str:
    """Whether the shipped model is the one the training script builds from today's rules and data (the rules'
    codes and roles are features: after a rule change the shipped weights go stale until rebuilt)."""
    shipped = em.model()
    if shipped.index != fresh.index:
        extra, missing = len(set(fresh.index) - set(shipped.index)), len(set(shipped.index) - set(fresh.index))
        return (f"STALE: a fresh build has {extra} features the shipped model lacks and lacks {missing} of its own; "
                "rebuild with scripts/train_event_model.py")
    same = all(np.allclose(getattr(shipped, k), getattr(fresh, k), atol=1e-5)
               for k in ("sparse", "dense", "bias", "mean", "scale", "definitions"))
    return "the same as a fresh build" if same else "STALE: weights differ from a fresh build; rebuild with " \
        "scripts/train_event_model.py"


def cross_validate(records, parsed, data: Featurized, settings: dict, systems: dict[str, Variant]):
    """Every system's scores, each fold scored with the model trained on the other four."""
    fold = folds(records)
    scores = defaultdict(lambda: defaultdict(Score))
    for k in range(FOLDS):
        train = [i for i, r in enumerate(data.rows) if fold[r["rec"]] != k]
        model = fit_model(data, train, settings) if any(v.model for v in systems.values()) else None
        score_records(scores, records, parsed, [n for n in range(len(records)) if fold[n] == k], systems, model)
    return scores


def _types(records, parsed, idx, variant: Variant, memo: Memo) -> dict[int, dict[int, str]]:
    with patched(variant, memo):
        return {n: {e.trigger_i: kind(e) for e in code(parsed[n]["doc"], variant)} for n in idx}


def retype_table(records, parsed, data: Featurized) -> None:
    """For each type of the rules: how many of its events the model's retyping (at 1x, fill off) makes right,
    makes wrong, or changes from one wrong type to another (PLV_train, cross-validated)."""
    fold = folds(records)
    tally = defaultdict(lambda: defaultdict(int))
    keep, retype = Variant(fill=None, ratio=float("inf"), retype=None), Variant(fill=None, ratio=1.0, retype=None)
    for k in range(FOLDS):
        memo = Memo(fit_model(data, [i for i, r in enumerate(data.rows) if fold[r["rec"]] != k], T.SETTINGS))
        idx = [n for n in range(len(records)) if fold[n] == k and records[n].corpus == "plv"]
        before, after = (_types(records, parsed, idx, v, memo) for v in (keep, retype))
        for n in idx:
            for i, old in before[n].items():
                new = after[n].get(i, old)
                if new != old:
                    gold = records[n].label
                    tally[old]["right" if new == gold else "wrong" if old == gold else "other"] += 1
    print("\nretyped events by the rules' type (PLV_train CV): made right / made wrong / wrong to wrong")
    for old, row in sorted(tally.items()):
        print(f"  {old:<10}{row['right']:>6}{row['wrong']:>6}{row['other']:>6}")


# --- output -----------------------------------------------------------------------------------------


def print_table(title: str, scores: dict[str, Score]) -> None:
    rows = {name: s.row() for name, s in scores.items()}
    if not rows:
        return
    cols = list(dict.fromkeys(c for r in rows.values() for c in r))
    width = max(8, *(len(name) for name in rows)) + 2
    print(f"\n{title}")
    print(f"  {'system':<{width}}" + "".join(f"{c:>18}" for c in cols))
    for name, r in rows.items():
        print(f"  {name:<{width}}" + "".join(f"{r[c]:>18.3f}" if c in r else f"{'':>18}" for c in cols))


def print_categories(scores: dict) -> None:
    """Events output per own no-event sentence, by kind of sentence."""
    cats = sorted(k for k in scores if k.startswith("own:"))
    if not cats:
        return
    systems = list(scores[cats[0]])
    print("\nown no-event sentences by kind: events output per sentence (cross-validated)")
    print(f"  {'kind':<16}{'n':>5}" + "".join(f"{name[:22]:>24}" for name in systems))
    for cat in cats:
        row = scores[cat]
        n = row[systems[0]].none_n
        print(f"  {cat[4:]:<16}{n:>5}" + "".join(f"{row[name].none_events / n:>24.3f}" for name in systems))


def print_grid(scores: dict) -> None:
    """The grid's systems, one line each: PLV CV figures and events per own no-event sentence."""
    print("\ngrid (PLV_train CV; own no-event sentences CV)")
    print(f"  {'settings':<44}{'type acc':>9}{'prec':>7}{'missed':>8}{'false':>7}{'pairs':>7}{'ev/none':>9}")
    for name, s in scores["plv"].items():
        r, own = s.row(), scores["own"][name].row()
        print(f"  {name:<44}{r['type acc']:>9.3f}{r['precision']:>7.3f}{r['missed']:>8.3f}{r['false/sent']:>7.3f}"
              f"{r.get('pair recall', 0):>7.3f}{own['ev/no-event sent']:>9.3f}")


def load_all(shared: Path, cache: Path | None):
    """Records and parses of the training sets (PLV, own) and the reporting sets (GSR, CAMEO), each
    parsed (and cached) on its own."""
    try:
        judged = T.load_judged()
    except FileNotFoundError:
        print("no .cache/judged_articles.jsonl: the judged outputs are left out (scripts/judged_events.py)",
              file=sys.stderr)
        judged = []
    sets = [T.load_plv(shared), T.load_own(), judged, load_gsr(shared), load_cameo(shared)]
    parsed = [T.parse(recs, cache) if recs else [] for recs in sets]
    return sum(sets[:3], []), sum(parsed[:3], []), sets[3] + sets[4], parsed[3] + parsed[4]


#: The weight the judged outputs get in ``judged_table``'s trial (the shipped model does not use them:
#: ``T.SETTINGS["judged_weight"]``), and the veto thresholds each model is shown at.
JUDGED_TRIAL = 1.0
JUDGED_VETOES = {"without judged": (0.4, 0.3, 0.2), "with the others'": (0.6, 0.5, 0.4)}


def judged_table(train, parsed, data: Featurized) -> None:
    """The veto on hand-judged outputs of real news (``scripts/judged_events.py``), each corpus held out: the
    model without judged outputs (as shipped) against one that learned from the other corpora's judged outputs
    (weight ``JUDGED_TRIAL``), each at several veto thresholds. Over the held-out corpus's judged outputs, each
    seen in its article: how many the veto keeps, the share of those that are real events (precision), the
    share of real events kept, and the share of non-events removed. A learned gain is one the threshold alone
    does not give: a higher precision at the same share of real events kept."""
    items = [(n, tok, label) for n, r in enumerate(train) if r.corpus == "judged" for start, end, word, label in r.items
             if (tok := T.judged_trigger(parsed[n]["doc"], start, end, word, parsed[n]["priors"])) is not None]
    if not items:
        return
    print("\nJudged outputs on real news, each corpus held out")
    print(f"{'held out':10} {'model':18} {'veto':>5} {'outputs':>7} {'kept':>5} {'precision':>9} {'real kept':>9} "
          f"{'false removed':>13}")
    plain = [i for i, r in enumerate(data.rows) if train[r["rec"]].corpus != "judged"]
    judged = [i for i, r in enumerate(data.rows) if train[r["rec"]].corpus == "judged" and r["label"] != T.REAL_OTHER]
    for corpus in sorted({train[n].category for n, _, _ in items}):
        test = [(n, tok) for n, tok, _ in items if train[n].category == corpus]
        real = np.array([label != em.NONE for n, _, label in items if train[n].category == corpus])
        other = [i for i in judged if train[data.rows[i]["rec"]].category != corpus]
        saved = {i: data.rows[i]["weight"] for i in other}
        for i in other:
            data.rows[i]["weight"] = JUDGED_TRIAL
        try:
            models = {"without judged": fit_model(data, plain, T.SETTINGS),
                      "with the others'": fit_model(data, plain + other, T.SETTINGS)}
        finally:
            for i, w in saved.items():
                data.rows[i]["weight"] = w
        tokens = [tok for _, tok in test]
        pri = [parsed[n]["priors"].get(t.i) for n, t in test]
        rol = [parsed[n]["roles"].get(t.i) for n, t in test]
        for name, model in models.items():
            none = model.probabilities(tokens, pri, None, rol)[:, 0]
            for veto in JUDGED_VETOES[name]:
                keep = none < veto
                print(f"{corpus:10} {name:18} {veto:5.2f} {len(test):7} {keep.sum():5} {real[keep].mean():9.3f} "
                      f"{keep[real].mean():9.3f} {(~keep[~real]).mean():13.3f}")


ABLATIONS = (("-rules", {"drop": ("rules",)}), ("-lexicon", {"drop": ("lexicon",)}),
             ("-lexical", {"drop": ("lexical",)}), ("-syntax", {"drop": ("syntax",)}),
             ("-modality", {"drop": ("modality",)}), ("-definitions", {"dense": []}))


def report(train, parsed, held, held_parsed, data: Featurized, systems: dict[str, Variant]) -> None:
    cv = cross_validate(train, parsed, data, T.SETTINGS, systems)
    print_table(f"PLV_train, {FOLDS}-fold cross-validated", cv["plv"])
    print_table(f"own sentences, {FOLDS}-fold cross-validated", cv["own"])
    print_categories(cv)
    model = fit_model(data, list(range(len(data.rows))), T.SETTINGS)
    print(f"\nshipped weights (src/newscoder/data/event_model.*): {shipped_state(model)}")
    scores = defaultdict(lambda: defaultdict(Score))
    score_records(scores, held, held_parsed, range(len(held)), systems, model)
    print_table(f"PLOVER GSR ({scores['gsr']['rules'].n}, reporting only)", scores["gsr"])
    print_table(f"CAMEO examples ({scores['cameo']['rules'].n}, reporting only)", scores["cameo"])
    judged_table(train, parsed, data)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--cache", type=Path, default=None, help="pickle the parses here (iterating)")
    parser.add_argument("--grid", action="store_true", help="cross-validate the grid of settings (choosing)")
    parser.add_argument("--ablation", action="store_true", help="also refit without each feature group")
    parser.add_argument("--retypes", action="store_true", help="what retyping does to each of the rules' types")
    args = parser.parse_args()
    if (args.shared / "data" / "events").is_dir():
        args.shared = args.shared / "data"
    if not (args.shared / "events").is_dir():
        print(f"skip: {args.shared / 'events'} not found", file=sys.stderr)
        return
    start = time.perf_counter()
    train, parsed, held, held_parsed = load_all(args.shared, args.cache)
    data = Featurized(T.examples(train, parsed, T.SETTINGS), T.definitions(args.shared))
    if args.retypes:
        retype_table(train, parsed, data)
    elif args.grid:
        print_grid(cross_validate(train, parsed, data, T.SETTINGS, grid()))
    else:
        report(train, parsed, held, held_parsed, data, variants())
    for name, change in ABLATIONS if args.ablation else ():
        cv = cross_validate(train, parsed, data, dict(T.SETTINGS, **change), {"shipped": Variant()})
        print_table(f"ablation {name}: PLV_train CV", cv["plv"])
        print_table(f"ablation {name}: own sentences CV", cv["own"])
    print(f"({time.perf_counter() - start:.1f} s)", file=sys.stderr)


if __name__ == "__main__":
    main()
