"""Build the event model: src/newscoder/data/event_model.npz (weights) and event_model.json
(feature names, labels, settings), read by ``newscoder.steps.event_model``.

Training data (the sentences themselves never enter the project; see NOTICE):

- ``PLV_train.tsv`` (../shared/data/events/plv; Zero-Shot-PLOVER, Hu et al. 2024): 1,044 news
  sentences, each with one PLOVER-coded event whose source and target are marked. The event's
  trigger is the predicate linking them in the parse (``gold_trigger``); the sentence's other
  candidate predicates are taken as NONE with a small weight (``OTHER_WEIGHT``): they are usually
  not the coded event, but some are events the coders did not code.
- ``data_src/event_sentences.tsv``: newscoder's own sentences: sentences that report no event
  (negations, conditions, questions, purpose clauses, idioms, market reports, sports, comment
  boilerplate...; every candidate is NONE) and events of the rarer types with their trigger word.
- ``data_src/judged_events.tsv``: newscoder's events on real news (Reuters 1987 and 1996, BBC 2004-2005),
  judged by hand in issue 9's blind checks (``scripts/judged_events.py``), each seen in its article: an
  output judged no real event is NONE at its trigger, one judged real with the right type is that type
  (weight ``judged_weight``); a real event of a wrong type, and the article's other candidates, are not
  used. The articles are read from ``.cache/judged_articles.jsonl`` (``judged_events.py texts`` makes it).
  **Not used by the shipped model** (``judged_weight`` 0): held out by corpus, a model that learned from
  them was no better than the shipped one with a lower veto threshold (benchmarks/eval_event_model.py,
  docs/event-model.md); the evaluation reports that comparison.
- the PLOVER codebook's definitions (../shared/data/events/plover/PLOVER_structured_codebook_updated.csv,
  NGEC, MIT): embedded with wordllama; the model sees each frame's similarity to each type.

The PLOVER GSR and the CAMEO codebook examples are not used: they are kept for reporting
(benchmarks/eval_event_model.py), and most GSR sentences are edited CAMEO examples.

Run: ``python scripts/train_event_model.py [--shared ../shared/data] [--cache /tmp/ev.pkl]``.
Fixed settings and a deterministic solver: the same data gives the same bytes.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import pickle
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newscoder.steps import event_model as em  # noqa: E402

#: Verbs that report another event in their complement.
REPORTING = frozenset({"say", "announce", "report", "add", "claim", "note", "confirm", "state", "declare"})
OWN = ROOT / "data_src" / "event_sentences.tsv"
OUT = ROOT / "src" / "newscoder" / "data"
#: Settings chosen by 5-fold cross-validation on PLV_train and the own sentences (eval_event_model.py).
SETTINGS = {"C": 0.3, "other_weight": 0.1, "same": 0.5, "own_weight": 1.0, "dense": ["defs"], "min_count": 2,
            "prior": True, "judged_weight": 0.0}
#: Labels of judged outputs not used for training: real events whose type was judged wrong.
REAL_OTHER = "REAL_OTHER"


@dataclass
class Record:
    """One sentence of training or evaluation data."""
    corpus: str
    text: str
    label: str  # a PLOVER type of ``em.TYPES``, or NONE for a sentence that reports no event
    spans: list = field(default_factory=list)  # (start, end) char spans of source and target, or None (PLV)
    trigger: str | None = None  # the trigger word (own sentences)
    code: str | None = None  # CAMEO code (CAMEO examples)
    category: str = ""  # own sentences: the kind of sentence (the file's section); judged: the corpus
    items: list = field(default_factory=list)  # judged: (start, end, trigger word, label) of each output


# --- data ---------------------------------------------------------------------------------------------


def _marked(marked: str) -> tuple[str, list]:
    """The plain sentence and the char spans of its <s>..</s> (source) and <t>..</t> (target) parts, in
    that order (None for a part not marked)."""
    plain, spans, opened = [], {}, {}
    pos = 0
    for piece in re.split(r"(</?[st]>)", marked):
        if piece in ("<s>", "<t>"):
            opened[piece[1]] = pos
        elif piece in ("</s>", "</t>"):
            spans[piece[2]] = (opened.pop(piece[2]), pos)
        else:
            plain.append(piece)
            pos += len(piece)
    return "".join(plain), [spans.get(k) for k in ("s", "t")]


def load_plv(shared: Path) -> list[Record]:
    path = shared / "events" / "plv" / "PLV_train.tsv"
    seen, out = set(), []
    with open(path, encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            text, spans = _marked(row["marked_sentence"])
            if text in seen:
                continue
            seen.add(text)
            out.append(Record("plv", text, em.CURRENT.get(row["gold_root"], row["gold_root"]), spans))
    return out


def load_own(path: Path = OWN) -> list[Record]:
    out, category = [], ""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# ---"):
            category = line.strip("# -").split()[0].strip(":,")
        if not line.strip() or line.startswith("#"):
            continue
        label, trigger, text = line.split("\t")
        out.append(Record("own", text, label, trigger=None if trigger == "-" else trigger, category=category))
    return out


def load_judged(texts: dict[str, str] | None = None) -> list[Record]:
    """The hand-judged outputs (``judged_events.py``), one record per judged article found in ``texts`` (id ->
    text; default: ``.cache/judged_articles.jsonl``): ``items`` holds each output's evidence span, trigger
    word and label; ``category`` is the article's corpus."""
    import judged_events as J

    texts = J.load_texts() if texts is None else texts
    out: dict[str, Record] = {}
    for row in J.read():
        text = texts.get(row["article"])
        if text is None:
            continue
        label = em.NONE if row["real"] == "N" else (
            em.CURRENT.get(row["event"], row["event"]) if row["type_ok"] == "Y" else REAL_OTHER)
        rec = out.setdefault(row["article"], Record("judged", text, em.NONE, category=row["corpus"]))
        rec.items.append((int(row["start"]), int(row["end"]), row["trigger"].split()[0], label))
    return list(out.values())


def parse(records: list[Record], cache: Path | None = None) -> list[dict]:
    """Parse each text with the pipeline the events step runs after, and code it with today's rules:
    ``{"doc": Doc, "priors": {token index: CAMEO code}, "roles": {token index: roles}}`` per record, from the
    rule coder's events before the model decides on them (what ``event_decide.decide`` passes the model).
    The docs keep their ``doc._`` results, so ``events.Coder`` can run on them again; ``cache``: pickle the
    docs there (iterating; the rules run again on every load)."""
    key = hashlib.sha1("\n".join(r.text for r in records).encode()).hexdigest()[:12]
    path = cache.with_suffix(f".{key}.pkl") if cache else None
    if path and path.exists():
        docs = pickle.loads(path.read_bytes())
    else:
        from newscoder.options import Options
        from newscoder.pipeline import load

        steps = tuple(s for s in Options(steps=("events",)).steps if s != "events")
        docs = list(load(steps).pipe([r.text for r in records], batch_size=64))
        if path:
            path.write_bytes(pickle.dumps(docs, protocol=pickle.HIGHEST_PROTOCOL))
    return [dict(zip(("doc", "priors", "roles"), (doc, *rule_priors(doc)))) for doc in docs]


def rule_priors(doc) -> tuple[dict[int, str], dict[int, str]]:
    """The rule coder's CAMEO code, and the kinds of source and target it found (``roles_of``), per trigger
    token, before the model's decision."""
    from newscoder.steps import events

    coder = events.Coder(doc, use_model=False)
    found = [e for sent in doc.sents for e in coder.sentence(sent)]
    return {e.trigger_i: e.cameo for e in found}, {e.trigger_i: em.roles_of(e) for e in found}


def _span_root(doc, start: int, end: int):
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def gold_trigger(doc, spans: list, cands: set):
    """The predicate linking the marked source and target: their lowest common head when it is a
    candidate predicate (not a verb of saying with the event in its complement: "X said it had
    expelled Y"), else the highest candidate on the way from a marked actor up to it ("X is
    willing to withdraw from Y"), else the first candidate above it."""
    spans = [s for s in spans if s is not None]
    roots = [r for r in (_span_root(doc, s, e) for s, e in spans) if r is not None]
    if not roots:
        return None
    inside = {t.i for s, e in spans for t in (doc.char_span(s, e, alignment_mode="expand") or [])}
    ok = {i for i in cands if i not in inside}
    chains = [[r] + list(r.ancestors) for r in roots]
    common = [t for t in chains[0] if all(t.i in {u.i for u in c} for c in chains[1:])]
    lca = common[0] if common else chains[0][-1]
    below = [t for c in chains for t in c[:[u.i for u in c].index(lca.i)] if t.i in ok] if common else []
    if lca.i in ok and not (below and lca.lemma_.lower() in REPORTING):
        return lca
    if below:
        return min(below, key=lambda t: (len(list(t.ancestors)), t.i))
    return next((t for t in lca.ancestors if t.i in ok), None)


def _own_trigger(doc, word: str | None, cands: set):
    if word is None:
        return None
    for tok in doc:
        if tok.text == word and tok.i in cands:
            return tok
    raise ValueError(f"trigger {word!r} is not a candidate in: {doc.text}")


def judged_trigger(doc, start: int, end: int, word: str, priors: dict):
    """A judged output's trigger: the first token ``word`` in the evidence span the rules coded, else the
    first one."""
    hits = [t for t in doc if t.text == word and start <= t.idx < end]
    return next((t for t in hits if t.i in priors), hits[0] if hits else None)


def examples(records: list[Record], parsed: list[dict], settings: dict = SETTINGS) -> list[dict]:
    """Rows ``{rec, tok, label, weight, prior, gold}``: every candidate of every sentence; the gold
    trigger carries the sentence's label (``gold`` True), the rest NONE."""
    rows = []
    for n, (rec, p) in enumerate(zip(records, parsed)):
        doc = p["doc"]
        prior, roles = p["priors"], p["roles"]
        if rec.corpus == "judged":  # only the judged triggers are labelled
            for start, end, word, label in rec.items:
                tok = judged_trigger(doc, start, end, word, prior)
                if tok is not None and label != REAL_OTHER:
                    rows.append({"rec": n, "tok": tok, "label": label, "weight": settings.get("judged_weight", 0.0),
                                 "gold": True, "prior": prior.get(tok.i) if settings["prior"] else None,
                                 "roles": roles.get(tok.i) if settings["prior"] else None})
            continue
        cands = [t for s in doc.sents for t in em.candidates(s)]
        index = {t.i for t in cands}
        if rec.corpus == "plv":
            gold = gold_trigger(doc, rec.spans, index)
        else:
            gold = _own_trigger(doc, rec.trigger, index)
        other = settings["other_weight"] if rec.label != em.NONE else settings["own_weight"]
        for tok in cands:
            is_gold = gold is not None and tok.i == gold.i
            label = rec.label if is_gold else em.NONE
            if is_gold:
                weight = settings["own_weight"] if rec.corpus == "own" else 1.0
            elif rec.label != em.NONE and settings.get("same", 0) and rec.label in (
                    em.plover_of(prior.get(tok.i)), em.plover_of(em.lexicon_code(tok))):
                label, weight = rec.label, settings["same"]  # "summoned X to complain": the same event
            elif rec.label != em.NONE and _maybe_event(tok, prior, settings.get("other", "none")):
                weight = 0.0  # another predicate the rules or the lexicon take for an event: unknown
            else:
                weight = other
            rows.append({"rec": n, "tok": tok, "label": label, "weight": weight, "gold": is_gold,
                         "prior": prior.get(tok.i) if settings["prior"] else None,
                         "roles": roles.get(tok.i) if settings["prior"] else None})
    return rows


def _maybe_event(tok, prior: dict, how: str) -> bool:
    if how == "skip":
        return True
    if how == "skip_coded":
        return tok.i in prior
    if how == "skip_lexicon":
        return tok.i in prior or em.lexicon_code(tok) is not None
    return False


# --- fitting ------------------------------------------------------------------------------------------


def definitions(shared: Path) -> tuple[np.ndarray, np.ndarray]:
    """wordllama embeddings of each PLOVER type's definition and of each of its modes'."""
    from newscoder.steps.keyphrases import embed

    path = shared / "events" / "plover" / "PLOVER_structured_codebook_updated.csv"
    texts, types = [], []
    with open(path, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            event = em.CURRENT.get(row["event"].strip(), row["event"].strip())
            if event not in em.TYPES:
                continue
            for text in (row["event_def"], row["mode_def"]):
                text = (text or "").strip()
                if text and (event, text) not in set(zip(types, texts)):
                    texts.append(text)
                    types.append(event)
    return np.asarray(embed(texts), dtype=np.float32), np.asarray(types)


def sparse_matrix(feats: list[list[str]], min_count: int, vocab: list[str] | None = None):
    """The 0/1 matrix (CSR) of named features, one row per candidate, and its vocabulary (the features seen
    in at least ``min_count`` rows unless ``vocab`` is given)."""
    from collections import Counter

    from scipy.sparse import csr_matrix

    if vocab is None:
        counts = Counter(f for fs in feats for f in set(fs))
        vocab = sorted(f for f, c in counts.items() if c >= min_count)
    index = {f: i for i, f in enumerate(vocab)}
    indptr, indices = [0], []
    for fs in feats:
        indices.extend(sorted({index[f] for f in fs if f in index}))
        indptr.append(len(indices))
    sparse = csr_matrix((np.ones(len(indices), dtype=np.float32), indices, indptr), shape=(len(feats), len(vocab)))
    return sparse, vocab


def matrices(rows: list[dict], settings: dict, defs, vocab: list[str] | None = None):
    """The sparse feature matrix (CSR), the dense block, and the vocabulary (features seen at
    least ``min_count`` times in ``rows`` unless ``vocab`` is given)."""
    feats = [em.features(r["tok"], r["prior"], roles=r["roles"]) for r in rows]
    sparse, vocab = sparse_matrix(feats, settings["min_count"], vocab)
    dense = em.dense_features([em.frame_text(r["tok"]) for r in rows], settings["dense"], *defs)
    return sparse, dense, vocab


def fit(sparse, dense, labels: list[str], weights: list[float], settings: dict) -> dict:
    """Multinomial logistic regression (lbfgs: deterministic) over [sparse | standardized dense]."""
    from scipy.sparse import csr_matrix, hstack
    from sklearn.linear_model import LogisticRegression

    mean = dense.mean(axis=0) if dense.shape[1] else np.zeros(0, np.float32)
    scale = dense.std(axis=0) + 1e-6 if dense.shape[1] else np.ones(0, np.float32)
    if "emb" in settings["dense"]:  # unit vectors: one scale for all their dimensions
        mean[:256], scale[:256] = 0.0, 1.0 / settings.get("emb_scale", 1.0)
    X = hstack([sparse, csr_matrix((dense - mean) / scale)]).tocsr()
    y = np.array([em.LABELS.index(label) for label in labels])
    clf = LogisticRegression(C=settings["C"], max_iter=3000, tol=1e-6)
    clf.fit(X, y, sample_weight=np.asarray(weights))
    coef = np.zeros((len(em.LABELS), X.shape[1]), dtype=np.float64)
    bias = np.zeros(len(em.LABELS))
    coef[clf.classes_] = clf.coef_
    bias[clf.classes_] = clf.intercept_
    missing = [i for i in range(len(em.LABELS)) if i not in set(clf.classes_)]
    bias[missing] = -30.0  # a label with no training row is never predicted
    n = sparse.shape[1]
    return {"sparse": coef[:, :n].T.astype(np.float32), "dense": coef[:, n:].T.astype(np.float32),
            "bias": bias.astype(np.float32), "mean": np.asarray(mean, np.float32),
            "scale": np.asarray(scale, np.float32)}


def train(rows: list[dict], settings: dict, defs) -> em.EventModel:
    rows = [r for r in rows if r["weight"] > 0]
    sparse, dense, vocab = matrices(rows, settings, defs)
    weights = fit(sparse, dense, [r["label"] for r in rows], [r["weight"] for r in rows], settings)
    weights.update(definitions=defs[0], def_types=defs[1])
    meta = {"labels": list(em.LABELS), "features": vocab, "dense": list(settings["dense"])}
    return em.EventModel(weights, meta)


def save(model: em.EventModel, settings: dict, out: Path = OUT) -> None:
    vocab = sorted(model.index, key=model.index.get)
    meta = {"labels": list(model.labels), "dense": list(model.blocks), "settings": settings, "features": vocab}
    (out / "event_model.json").write_text(json.dumps(meta, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    arrays = {"sparse": model.sparse, "dense": model.dense, "bias": model.bias,
              "mean": model.mean, "scale": model.scale, "definitions": model.definitions,
              "def_types": model.def_types.astype("U16")}
    with open(out / "event_model.npz", "wb") as f:
        np.savez_compressed(f, **arrays)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--cache", type=Path, default=None, help="pickle the parses here (iterating)")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    records = load_plv(args.shared) + load_own()
    parsed = parse(records, args.cache)
    if SETTINGS["judged_weight"] > 0:
        try:
            judged = load_judged()
        except FileNotFoundError as exc:
            sys.exit(f"{exc.filename}: the judged outputs' articles are missing; collect them with "
                     "`scripts/judged_events.py texts ARTICLES.json...`")
        records, parsed = records + judged, parsed + parse(judged, args.cache)
    rows = examples(records, parsed)
    model = train(rows, SETTINGS, definitions(args.shared))
    save(model, SETTINGS, args.out)
    print(f"{len(records)} sentences, {len(rows)} candidates, {len(model.index)} features -> {args.out}")


if __name__ == "__main__":
    main()
