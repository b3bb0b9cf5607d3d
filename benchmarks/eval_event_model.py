"""Event model benchmark: the learned event decision (``newscoder.steps.event_model``) beside
today's rule coder, on sentences it was not trained on.

Systems, each scored on the sentence's one gold event (the event compared is the sentence's main
one, as in eval_events.py; a sentence with no event counts as wrong):
- ``rules``: ``events.Coder(doc).run()`` as it is today (``main_event``);
- ``model``: the model alone on its own candidates (``event_model.candidates``); the sentence's
  event is the candidate with the highest probability of being an event, its type the model's;
- ``rules+veto``: the rules' events, dropping those the model calls NONE (the rules' type kept);
- ``rules+model``: the rules' events, dropping those the model calls NONE, typed by the model
  (a throw-away adapter on the rules' output, by the trigger index ``_i``, until the events step
  calls ``event_model.classify`` itself);
- ``rules+model+mode``: the same, less events whose ``event_model.mode`` is negated or
  hypothetical (REJECT and THREATEN kept: their type already says so);
- ``rules+model+fill``: ``rules+model``, and in a sentence where it has no event, the model's own
  best candidate (recall).

Data sets:
- PLV_train (1,044 sentences), 5-fold cross-validated (folds by sentence; the model of each fold
  never saw the sentences it is scored on), together with newscoder's own sentences
  (data_src/event_sentences.tsv: no-event sentences give "false events per no-event sentence");
- the PLOVER GSR (322) and the CAMEO codebook examples (277): REPORTING ONLY, scored with the model
  trained on all of PLV_train and the own sentences; never used for training, features or
  thresholds. Caveat: the rule coder and its lexicon were fitted while looking at these two sets,
  so every system that uses them (rules, and the model through its lexicon and rules features)
  is flattered there; ``model -rules -lexicon`` in the ablation is the one figure free of that.

Types: current PLOVER names (15 types); the GSR's CONCEDE and RETREAT are both YIELD, DEMAND is
REQUEST, DISAPPROVE and INVESTIGATE are ACCUSE, FIGHT is ASSAULT. The rules' CONCEDE/RETREAT are
counted as YIELD too (``type accuracy (16 types)`` is eval_events.py's own figure, for the record).

Metrics: type accuracy (main event right / sentences), precision (main event right / sentences with
an event), missed (sentences with a gold event and no event output), false events per sentence
(events whose type the gold record does not have: eval_events.py's measure), CAMEO root accuracy
(CAMEO examples).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

import train_event_model as T  # noqa: E402

from newscoder.steps import event_model as em  # noqa: E402

FOLDS = 5
SEED = 0
#: Feature groups (name prefixes of ``event_model.features``) for the ablation.
GROUPS = {
    "lexical": ("l=", "x=", "xl=", "dl=", "dl2=", "lp=", "pl=", "nl=", "hx=", "hd=", "dw=", "pw=", "pobj_of="),
    "syntax": ("d=", "dk=", "p=", "pk=", "nm=", "dep=", "hpos=", "pos=", "tag=", "is_root", "under="),
    "lexicon": ("lex=", "lexroot=", "ctl=", "xlex=", "ctlx=", "hctl=", "hlex=", "clex="),
    "rules": ("prior=", "priorroot="),
    "modality": ("mode=", "aux=", "neg_own", "mark=", "question", "sent_if", "sent_amount", "comment_"),
}


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


# --- systems: the events of one sentence ----------------------------------------------------------


def _rule_type(event: str) -> str:
    return em.CURRENT.get(event, event)


def rules_events(parsed: dict) -> list[dict]:
    return [{"type": _rule_type(e["event"]), "root": e["cameo"][:2], "depth": e["depth"], "start": e["start"],
             "raw": e["event"], "i": e["_i"]} for e in parsed["rules"]]


def model_events(cands: list, probs: np.ndarray, priors: list, threshold: float = 0.5) -> list[dict]:
    """The candidates the model calls events (probability of NONE below ``threshold``)."""
    out = []
    for tok, row, prior in zip(cands, probs, priors):
        d = em.decide(row, tok, prior, threshold)
        if d.plover is not None:
            out.append({"type": d.plover, "root": d.cameo_root, "score": 1.0 - float(row[0]),
                        "raw": _old_name(d.cameo), "i": tok.i})
    return out


def combined_events(parsed: dict, decisions: dict, retype: bool, threshold: float = 0.5) -> list[dict]:
    """The rules' events, less those the model calls NONE; typed by the model when ``retype``."""
    out = []
    for e in rules_events(parsed):
        row = decisions.get(e["i"])
        if row is None:
            out.append(e)
            continue
        prior = next(r["cameo"] for r in parsed["rules"] if r["_i"] == e["i"])
        d = em.decide(row, parsed["doc"][e["i"]], prior, threshold)
        if d.plover is None:
            continue
        if retype and d.plover != e["type"]:
            e = dict(e, type=d.plover, root=d.cameo_root, raw=_old_name(d.cameo))
        out.append(e)
    return out


def _old_name(code: str) -> str:
    """The type of a CAMEO code under the names the rules and the GSR use (CONCEDE, RETREAT)."""
    from newscoder.knowledge.event_lexicon import cameo

    return cameo()[code].plover


def main_of(events: list[dict]) -> dict | None:
    """The sentence's main event: the rules' ``main_event`` order (highest predicate, then first);
    the model's events by their event probability."""
    if not events:
        return None
    if "score" in events[0]:
        return max(events, key=lambda e: e["score"])
    return min(events, key=lambda e: (e["depth"], e["start"]))


# --- scoring ---------------------------------------------------------------------------------------


class Score:
    """Sentence-level counts for one system on one data set."""

    def __init__(self):
        self.n = self.hits = self.hits16 = self.output = self.false = self.root_hits = 0
        self.none_n = self.none_false = self.false16 = 0

    def add(self, rec: T.Record, events: list[dict]) -> None:
        if rec.label == em.NONE and rec.corpus == "own":
            self.none_n += 1
            self.none_false += len(events)
            return
        self.n += 1
        main = main_of(events)
        self.output += main is not None
        self.hits += bool(main and main["type"] == rec.label)
        if rec.corpus == "gsr":
            gold16 = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
            gold16 = gold16.get(rec.code, rec.code)
            self.hits16 += bool(main and main["raw"] == gold16)
            self.false16 += sum(1 for e in events if e["raw"] != gold16)
        if rec.corpus == "cameo":
            self.root_hits += bool(main and main["root"] == rec.code[:2])
        self.false += sum(1 for e in events if e["type"] != rec.label)

    def row(self) -> dict:
        n = max(self.n, 1)
        out = {"type acc": self.hits / n, "precision": self.hits / max(self.output, 1),
               "missed": 1 - self.output / n, "false/sent": self.false / n}
        if self.hits16:
            out["type acc (16 types)"] = self.hits16 / n
            out["false/sent (16 types)"] = self.false16 / n
        if self.root_hits:
            out["CAMEO root acc"] = self.root_hits / n
        if self.none_n:
            out["false/no-event sent"] = self.none_false / self.none_n
        return out


THRESHOLDS = {"model": 0.5, "veto": 0.5}


def score_all(records, parsed, probs_of, thresholds: dict = THRESHOLDS) -> dict[str, dict[str, Score]]:
    """Scores of every system per corpus; ``probs_of(n)`` gives (candidates, probabilities, priors)
    of record n."""
    scores = defaultdict(lambda: defaultdict(Score))
    for n, (rec, p) in enumerate(zip(records, parsed)):
        cands, probs, priors = probs_of(n)
        decisions = {t.i: row for t, row in zip(cands, probs)}
        by = scores[rec.corpus]
        by["rules"].add(rec, rules_events(p))
        by["model"].add(rec, model_events(cands, probs, priors, thresholds["model"]))
        by["rules+veto"].add(rec, combined_events(p, decisions, False, thresholds["veto"]))
        combined = combined_events(p, decisions, True, thresholds["veto"])
        by["rules+model"].add(rec, combined)
        by["rules+model+mode"].add(rec, [e for e in combined if shown(e, p["doc"])])
        alone = model_events(cands, probs, priors, thresholds["model"])
        by["rules+model+fill"].add(rec, combined or alone[:1] and [main_of(alone)])
        if rec.corpus == "own" and rec.label == em.NONE:
            cats = scores["own:" + rec.category]
            cats["rules"].add(rec, rules_events(p))
            cats["model"].add(rec, model_events(cands, probs, priors, thresholds["model"]))
            cats["rules+model"].add(rec, combined)
            cats["rules+model+mode"].add(rec, [e for e in combined if shown(e, p["doc"])])
    return scores


#: Types that already say how an act was negated or conditioned ("failed to reach an agreement" is
#: a REJECT, "will strike unless" a THREATEN): their mode does not hide them.
MODE_CODED = frozenset({"REJECT", "THREATEN"})


def shown(event: dict, doc) -> bool:
    """Whether an event is returned by default (issue 9: asserted, reported; here also future,
    which PLOVER codes), by the mode of its trigger."""
    return event["type"] in MODE_CODED or em.mode(doc[event["i"]]) in ("asserted", "reported", "future")


# --- cross-validation and the final model ---------------------------------------------------------


def folds(records: list[T.Record]) -> list[int]:
    """A fold per record: shuffled with a fixed seed, PLV and own sentences each spread evenly."""
    rng = np.random.default_rng(SEED)
    fold = [0] * len(records)
    for corpus in ("plv", "own"):
        idx = [i for i, r in enumerate(records) if r.corpus == corpus]
        for k, i in enumerate(rng.permutation(idx)):
            fold[int(i)] = k % FOLDS
    return fold


class Featurized:
    """Feature lists and dense blocks of every candidate row, computed once."""

    def __init__(self, rows: list[dict], defs, settings: dict):
        self.rows = rows
        self.defs = defs
        self.feats = [em.features(r["tok"], r["prior"]) for r in rows]
        blocks = ("emb", "defs")
        self.dense_all = em.dense_features([em.frame_text(r["tok"]) for r in rows], blocks, *defs)
        self.settings = settings

    def dense(self, settings: dict) -> np.ndarray:
        cols = {"emb": slice(0, 256), "defs": slice(256, 256 + len(em.TYPES))}
        parts = [self.dense_all[:, cols[b]] for b in ("emb", "defs") if b in settings["dense"]]
        return np.concatenate(parts, axis=1) if parts else np.zeros((len(self.rows), 0), np.float32)


def _kept(feats: list[str], drop: tuple) -> list[str]:
    return [f for f in feats if not f.startswith(drop)] if drop else feats


def fit_rows(data: Featurized, train: list[int], settings: dict):
    """Weights and vocabulary from the rows ``train`` (indices into ``data.rows``)."""
    from collections import Counter

    train = [i for i in train if data.rows[i]["weight"] > 0]
    drop = tuple(p for g in settings.get("drop", ()) for p in GROUPS[g])
    counts = Counter(f for i in train for f in set(_kept(data.feats[i], drop)))
    vocab = sorted(f for f, c in counts.items() if c >= settings["min_count"])
    sparse = _csr([data.feats[i] for i in train], vocab)
    dense = data.dense(settings)[train]
    rows = [data.rows[i] for i in train]
    weights = T.fit(sparse, dense, [r["label"] for r in rows], [r["weight"] for r in rows], settings)
    return weights, vocab


def _csr(feats: list[list[str]], vocab: list[str]):
    from scipy.sparse import csr_matrix

    index = {f: i for i, f in enumerate(vocab)}
    indptr, indices = [0], []
    for fs in feats:
        indices.extend(sorted({index[f] for f in fs if f in index}))
        indptr.append(len(indices))
    return csr_matrix((np.ones(len(indices), np.float32), indices, indptr), shape=(len(feats), len(vocab)))


def predict_rows(data: Featurized, idx: list[int], weights: dict, vocab: list[str], settings: dict) -> np.ndarray:
    sparse = _csr([data.feats[i] for i in idx], vocab)
    dense = (data.dense(settings)[idx] - weights["mean"]) / weights["scale"]
    scores = sparse @ weights["sparse"] + dense @ weights["dense"] + weights["bias"]
    return em.softmax(np.asarray(scores))


def cross_validate(records, parsed, data: Featurized, settings: dict, thresholds: dict = THRESHOLDS):
    fold = folds(records)
    by_rec = defaultdict(list)
    for i, r in enumerate(data.rows):
        by_rec[r["rec"]].append(i)
    probs = np.zeros((len(data.rows), len(em.LABELS)), np.float32)
    for k in range(FOLDS):
        train = [i for i, r in enumerate(data.rows) if fold[r["rec"]] != k]
        test = [i for i, r in enumerate(data.rows) if fold[r["rec"]] == k]
        weights, vocab = fit_rows(data, train, settings)
        probs[test] = predict_rows(data, test, weights, vocab, settings)

    def probs_of(n):
        idx = by_rec[n]
        return [data.rows[i]["tok"] for i in idx], probs[idx], [data.rows[i]["prior"] for i in idx]

    return score_all(records, parsed, probs_of, thresholds)


def report_sets(records, parsed, model: em.EventModel, settings: dict) -> dict[str, Score]:
    """Score the GSR / CAMEO records with a trained model on its own candidates."""
    def probs_of(n):
        doc, rules = parsed[n]["doc"], parsed[n]["rules"]
        prior = {e["_i"]: e["cameo"] for e in rules} if settings["prior"] else {}
        cands = [t for s in doc.sents for t in em.candidates(s)]
        priors = [prior.get(t.i) for t in cands]
        return cands, model.probabilities(cands, priors), priors

    return score_all(records, parsed, probs_of)


def final_model(data: Featurized, settings: dict) -> em.EventModel:
    weights, vocab = fit_rows(data, list(range(len(data.rows))), settings)
    weights.update(definitions=data.defs[0], def_types=data.defs[1])
    return em.EventModel(weights, {"labels": list(em.LABELS), "features": vocab, "dense": list(settings["dense"])})


# --- output -----------------------------------------------------------------------------------------


def print_table(title: str, scores: dict[str, Score]) -> None:
    rows = {name: s.row() for name, s in scores.items()}
    if not rows:
        return
    cols = list(dict.fromkeys(c for r in rows.values() for c in r))
    print(f"\n{title}")
    print(f"  {'system':<26}" + "".join(f"{c:>22}" for c in cols))
    for name, r in rows.items():
        print(f"  {name:<26}" + "".join(f"{r[c]:>22.3f}" if c in r else f"{'':>22}" for c in cols))


def print_categories(scores: dict) -> None:
    """False events per no-event sentence, by kind of own sentence."""
    cats = sorted(k for k in scores if k.startswith("own:"))
    if not cats:
        return
    systems = list(scores[cats[0]])
    print("\nown no-event sentences by kind: events output per sentence (cross-validated)")
    print(f"  {'kind':<16}{'n':>5}" + "".join(f"{name:>18}" for name in systems))
    for cat in cats:
        row = scores[cat]
        n = row[systems[0]].none_n
        print(f"  {cat[4:]:<16}{n:>5}" + "".join(f"{row[name].none_false / n:>18.3f}" for name in systems))


def mode_table(records, parsed) -> None:
    """``event_model.mode`` of event words (candidates the lexicon knows) in the own no-event
    sentences, by kind, and of the gold triggers of PLV_train and of the own event sentences."""
    counts = defaultdict(lambda: defaultdict(int))
    for rec, p in zip(records, parsed):
        cands = [t for sent in p["doc"].sents for t in em.candidates(sent)]
        if rec.corpus == "own" and rec.label == em.NONE:
            for tok in cands:
                if em.lexicon_code(tok):
                    counts[rec.category][em.mode(tok)] += 1
        else:
            gold = T.gold_trigger(p["doc"], rec.spans, {t.i for t in cands}) if rec.corpus == "plv" else \
                next((t for t in cands if t.text == rec.trigger), None)
            if gold is not None:
                counts[f"{rec.corpus} gold triggers"][em.mode(gold)] += 1
    print("\nmode of event words: share of each mode")
    print(f"  {'sentences':<20}{'n':>6}" + "".join(f"{m:>14}" for m in em.MODES))
    for kind, row in sorted(counts.items()):
        n = sum(row.values())
        print(f"  {kind:<20}{n:>6}" + "".join(f"{row[m] / n:>14.2f}" for m in em.MODES))


def load_all(shared: Path, cache: Path | None):
    train = T.load_plv(shared) + T.load_own()
    held = load_gsr(shared) + load_cameo(shared)
    return train, T.parse(train, cache), held, T.parse(held, cache)


ABLATIONS = (("all features", {}), ("-rules", {"drop": ("rules",)}),
             ("-rules -lexicon", {"drop": ("rules", "lexicon")}), ("-lexical", {"drop": ("lexical",)}),
             ("-syntax", {"drop": ("syntax",)}), ("-modality", {"drop": ("modality",)}),
             ("-definitions", {"dense": []}), ("+embedding", {"dense": ["emb", "defs"]}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--cache", type=Path, default=None, help="pickle the parses here (iterating)")
    parser.add_argument("--ablation", action="store_true", help="also refit without each feature group")
    args = parser.parse_args()
    if (args.shared / "data" / "events").is_dir():
        args.shared = args.shared / "data"
    if not (args.shared / "events").is_dir():
        print(f"skip: {args.shared / 'events'} not found", file=sys.stderr)
        return
    start = time.perf_counter()
    train, parsed, held, held_parsed = load_all(args.shared, args.cache)
    defs = T.definitions(args.shared)
    rows = T.examples(train, parsed, T.SETTINGS)
    data = Featurized(rows, defs, T.SETTINGS)
    mode_table(train, parsed)
    gsr = [i for i, r in enumerate(held) if r.corpus == "gsr"]
    cam = [i for i, r in enumerate(held) if r.corpus == "cameo"]
    for name, change in ABLATIONS if args.ablation else ABLATIONS[:1]:
        settings = dict(T.SETTINGS, **change)
        print(f"\n=== {name}: {settings}")
        cv = cross_validate(train, parsed, data, settings)
        print_table(f"PLV_train, {FOLDS}-fold cross-validated", cv["plv"])
        print_table(f"own sentences, {FOLDS}-fold cross-validated", cv["own"])
        print_categories(cv)
        model = final_model(data, settings)
        for title, idx in ((f"PLOVER GSR ({len(gsr)}, reporting only)", gsr),
                           (f"CAMEO examples ({len(cam)}, reporting only)", cam)):
            scores = report_sets([held[i] for i in idx], [held_parsed[i] for i in idx], model, settings)
            print_table(title, next(iter(scores.values())))
    print(f"({time.perf_counter() - start:.1f} s)", file=sys.stderr)


if __name__ == "__main__":
    main()
