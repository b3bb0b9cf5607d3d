"""An experiment, not a step of the product: can a learned model find criticism told in reported speech?

"'They want to raise your taxes,' Smith said of the Democrats", "Jones said the minister's handling of the
crisis had been a shambles": the blind checks of issue 9 list such criticism as the largest class of missed
events (docs/event-model.md). This script finds the candidates (a reporting verb, its coded speaker, an actor
its words name), reads named features of each (words of judgment from the evaluatives table and how near the
target they are, the target's role in the words, the kinds of speaker and target, the words' lemmas), and
prints 5-fold cross-validated figures of a logistic regression, folds by article, on newscoder's own labels of
such candidates (``data_src/criticism_labels.tsv``: does the speaker criticise the target? C / P / N), with and
without the words' wordllama embedding. The labelled articles are the judged events' (``scripts/judged_events.py
texts`` writes them to ``.cache/judged_articles.jsonl``; sources and licences there); the project keeps the
labels and character offsets, never the texts. Measured (twenty-fifth session): no setting reaches a precision
that would help the coder (docs/event-model.md), so the events step does not use it.

    python scripts/criticism_experiment.py [--cache /tmp/crit]
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import math
import pickle
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

from newscoder.knowledge.event_lexicon import evaluatives  # noqa: E402
from newscoder.steps import event_syntax as syn  # noqa: E402

LABELS = ROOT / "data_src" / "criticism_labels.tsv"

#: Verbs that report someone's words.
REPORTING = frozenset({"say", "tell", "add", "write", "tweet", "post", "argue", "insist", "claim", "complain",
                       "declare", "state", "note", "contend", "suggest", "quip", "joke", "lament", "retort", "reply",
                       "respond", "remark", "charge", "allege", "explain", "stress", "continue", "conclude"})
ENTITY_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
#: Prepositions of where something is or happens: a state named after them is a place, no target.
PLACE_PREPS = frozenset({"in", "at", "across", "throughout", "near", "inside", "from", "into", "around", "within",
                         "outside", "to"})
ROLE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "poss", "conj", "appos", "compound", "attr", "dative"})
SIDE_DEPS = ("nsubj", "nsubjpass", "poss", "dobj", "pobj", "compound")
#: The least strength of a word of the evaluatives table counted as judgment.
JUDGING = 1.0


@dataclass(slots=True)
class Candidate:
    verb: object  # the reporting verb
    speaker: object  # its subject
    target: object  # the head of an actor its words name
    words: list  # the reported words (tokens)


def _words(verb, sent) -> list:
    """The words ``verb`` reports: its clausal complements; or, where the reporting verb stands inside the
    quote ("The plan, Smith said, is a disaster"), the sentence but the verb's own phrase."""
    own = [c for c in syn.children(verb) if c.dep_ in ("ccomp", "parataxis") or (
        c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX"))]
    if own:
        return sorted({t for c in own for t in c.subtree}, key=lambda t: t.i)
    if verb.dep_ in ("parataxis", "ccomp", "advcl") and verb.head.lemma_.lower() not in REPORTING:
        mine = {t.i for t in verb.subtree}
        return [t for t in sent if t.i not in mine]
    return []


def identity(actors) -> set:
    """What tells actors apart: their codes with sectors, and their canonical names."""
    return {(a.code, a.sector) for a in actors if a.code or a.sector} | {a.canonical for a in actors if a.canonical}


def candidates(coder, sent) -> list[Candidate]:
    """The reported-speech candidates of a sentence: for each reporting verb with a coded speaker, each actor
    its words name (a named person, body, state or people, or a common noun the actor table codes), once."""
    out, seen = [], set()
    roots = {e.root.i for e in sent.ents}
    for verb in sent:
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in REPORTING or syn.is_negated(verb):
            continue
        speaker = next((c for c in syn.children(verb) if c.dep_ == "nsubj"), None)
        if speaker is None:
            continue
        said_by = coder.actors.code(speaker)
        if not said_by or not (any(a.code or a.sector for a in said_by) or speaker.ent_type_ in ("PERSON", "ORG")
                               or any(a.kind == "person" for a in said_by)):
            continue
        words = _words(verb, sent)
        if not words:
            continue
        own = identity(said_by)
        inside = {t.i for t in speaker.subtree}
        for tok in words:
            if tok.i in inside or tok.pos_ == "PRON" or tok.dep_ not in ROLE_DEPS:
                continue
            if tok.ent_type_:
                if tok.ent_type_ not in ENTITY_TYPES or tok.i not in roots:
                    continue  # (a name is asked about once, at its head)
            elif tok.pos_ not in ("NOUN", "PROPN"):
                continue
            if tok.dep_ == "pobj" and tok.head.lower_ in PLACE_PREPS and tok.ent_type_ in ("GPE", "LOC", ""):
                continue  # "in Syria", "at the ministry": where, not whom
            if tok.dep_ == "compound" and not tok.ent_type_:
                continue
            actors = coder.actors.code(tok)
            if not any(a.code or a.sector for a in actors) and tok.ent_type_ not in ("PERSON", "ORG"):
                continue
            if not tok.ent_type_ and coder.actors.is_thing(tok):
                continue
            ident = identity(actors)
            if not ident or ident & own:
                continue
            key = (verb.i, frozenset(ident))
            if key in seen:
                continue
            seen.add(key)
            out.append(Candidate(verb, speaker, tok, words))
    return out


def _valence(tok, table) -> float:
    value = table.get(tok.lower_, table.get(tok.lemma_.lower(), 0.0))
    if value and (syn.is_negated(tok) or any(c.dep_ == "neg" for c in tok.head.children) and tok.dep_ in (
            "acomp", "attr", "dobj")):
        value = -value * 0.6  # "is not good", "did not help"
    return value


def _distance(a, b) -> int:
    """Edges on the parse path between two tokens of one sentence."""
    up = {}
    t, n = a, 0
    while True:
        up[t.i] = n
        if t.head.i == t.i:
            break
        t, n = t.head, n + 1
    t, n = b, 0
    while t.i not in up:
        if t.head.i == t.i:
            return 20
        t, n = t.head, n + 1
    return n + up[t.i]


#: Verbs of accusing: a speaker telling of someone else's accusation ("said Y had accused X") only reports it.
ACCUSING = frozenset({"accuse", "allege", "charge", "blame", "criticize", "criticise", "condemn", "attack"})


def _clause(target):
    """The verb of the clause the target is an argument of (its own, or its possessor's head's)."""
    tok = target
    for _ in range(4):
        if tok.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "dative"):
            return tok.head
        if tok.dep_ in ("poss", "compound", "pobj", "prep", "conj", "appos", "amod"):
            tok = tok.head
            continue
        return None
    return None


def features(coder, cand: Candidate) -> dict[str, float]:
    """Named features of a candidate (see the module's docstring)."""
    table = evaluatives()
    words, target = cand.words, cand.target
    f: dict[str, float] = {"bias": 1.0}
    judged = [(t, v) for t in words if abs(v := _valence(t, table)) >= JUDGING and t.i != target.i]
    neg = [(t, v) for t, v in judged if v < 0]
    pos = [(t, v) for t, v in judged if v > 0]
    f["neg_n"] = math.log1p(len(neg))
    f["pos_n"] = math.log1p(len(pos))
    f["neg_sum"] = -sum(v for _, v in neg) / 4
    f["pos_sum"] = sum(v for _, v in pos) / 4
    f["neg_strong"] = float(any(v <= -2.5 for _, v in neg))
    f["pos_strong"] = float(any(v >= 2.5 for _, v in pos))
    for name, group in (("neg", neg), ("pos", pos)):
        near = min((_distance(target, t) for t, _ in group), default=20)
        f[f"{name}_near"] = float(near <= 2)
        f[f"{name}_mid"] = float(2 < near <= 4)
        f[f"{name}_far"] = float(4 < near < 20)
    dep = target.dep_
    f[f"dep={dep}"] = 1.0
    if dep == "pobj":
        f[f"prep={target.head.lower_}"] = 1.0
    f[f"head={target.head.lemma_.lower()}"] = 1.0
    f[f"ent={target.ent_type_ or 'none'}"] = 1.0
    clause = target.head if dep in ("nsubj", "nsubjpass") else None
    if clause is not None:
        f["subj_neg_clause"] = float(any(t.i in {x.i for x in clause.subtree} for t, _ in neg))
        f["subj_negated"] = float(syn.is_negated(clause))
    clause_head = _clause(target)
    if clause_head is not None:
        mine = {x.i for x in clause_head.subtree}
        f["neg_in_clause"] = math.log1p(sum(1 for t, _ in neg if t.i in mine))
        f["pos_in_clause"] = math.log1p(sum(1 for t, _ in pos if t.i in mine))
        f["clause_negated"] = float(syn.is_negated(clause_head))
        f["pred_val"] = _valence(clause_head, table) / 4
        f[f"clause_head={clause_head.lemma_.lower()}"] = 1.0
    f["reported_again"] = float(any(t.lemma_.lower() in REPORTING | ACCUSING and t.pos_ == "VERB" and t.i != cand.verb.i
                                    and t.i < target.i for t in words))
    actors = coder.actors.code(target)
    said_by = coder.actors.code(cand.speaker)
    if actors and said_by:
        f[f"pair={said_by[0].sector or said_by[0].kind}>{actors[0].sector or actors[0].kind}"] = 1.0
        if said_by[0].canonical and said_by[0].canonical == actors[0].canonical:
            f["same_actor"] = 1.0
    for a in actors[:1]:
        f[f"t_kind={a.kind}"] = 1.0
        f[f"t_sector={a.sector or 'none'}"] = 1.0
    for a in said_by[:1]:
        f[f"s_kind={a.kind}"] = 1.0
        f[f"s_sector={a.sector or 'none'}"] = 1.0
    if {(a.code or "")[:3] for a in actors} & {(a.code or "")[:3] for a in said_by} - {""}:
        f["same_country"] = 1.0
    f[f"verb={cand.verb.lemma_.lower()}"] = 1.0
    text = cand.verb.sent.text
    f["quoted"] = float(any(q in text for q in ('"', "\u201c", "\u201d", "''", "``")))
    f["exclaim"] = float("!" in text)
    f["question"] = float("?" in text)
    f["len"] = math.log1p(len(words)) / 4
    f["t_first"] = float(target.i == min(t.i for t in words if t.ent_type_ or t.pos_ in ("NOUN", "PROPN"))
                         if any(t.ent_type_ or t.pos_ in ("NOUN", "PROPN") for t in words) else 0.0)
    for t in words:
        if t.is_alpha and not t.is_stop and t.pos_ in ("VERB", "NOUN", "ADJ", "ADV"):
            f[f"w={t.lemma_.lower()}"] = 1.0
    for t, _ in neg:
        f[f"negw={t.lemma_.lower()}"] = 1.0
    return f


def read_labels(path: Path = LABELS) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t"))


def sentence_sha1(text: str) -> str:
    return hashlib.sha1(" ".join(text.split()).encode()).hexdigest()[:12]


def parse(texts: list[str], cache: Path | None):
    """The articles parsed by the pipeline the events step runs after (pickled to ``cache`` if given)."""
    key = hashlib.sha1("\n".join(texts).encode()).hexdigest()[:12]
    path = cache.with_suffix(f".{key}.pkl") if cache else None
    if path and path.exists():
        return pickle.loads(path.read_bytes())
    from newscoder.options import Options
    from newscoder.pipeline import load

    steps = tuple(s for s in Options(steps=("events",)).steps if s != "events")
    docs = list(load(steps).pipe(texts, batch_size=64))
    if path:
        path.write_bytes(pickle.dumps(docs, protocol=pickle.HIGHEST_PROTOCOL))
    return docs


def examples(labels: list[dict], texts: dict[str, str], cache: Path | None) -> list[dict]:
    """Each labelled candidate found again in its article: its article, features, words and label."""
    from newscoder.steps.events import Coder

    by_article: dict[str, dict] = {}
    for row in labels:
        by_article.setdefault(row["article"], {})[(int(row["verb"]), int(row["target"]))] = row
    ids = sorted(a for a in by_article if a in texts)
    out = []
    for article, doc in zip(ids, parse([texts[a] for a in ids], cache)):
        coder, seen = Coder(doc), set()
        for sent in doc.sents:
            for cand in candidates(coder, sent):
                key = (cand.verb.idx, cand.target.idx)
                row = by_article[article].get(key)
                if row is None or key in seen or sentence_sha1(cand.verb.sent.text) != row["sha1"]:
                    continue
                seen.add(key)
                out.append({"article": article, "feats": features(coder, cand), "y": int(row["label"] == "C"),
                            "words": " ".join(t.text for t in cand.words)})
    print(f"{len(out)} of {len(labels)} labelled candidates found again", file=sys.stderr)
    return out


def sparse(rows: list[dict], min_count: int = 3, bag: bool = True) -> np.ndarray:
    counts: dict[str, int] = {}
    for r in rows:
        for key in r["feats"]:
            if bag or not key.startswith(("w=", "negw=")):
                counts[key] = counts.get(key, 0) + 1
    index = {k: i for i, k in enumerate(sorted(k for k, n in counts.items() if n >= min_count))}
    x = np.zeros((len(rows), len(index)))
    for i, r in enumerate(rows):
        for key, value in r["feats"].items():
            if key in index:
                x[i, index[key]] = value
    return x


def report(rows: list[dict], x: np.ndarray, name: str, c: float) -> None:
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score

    y = np.array([r["y"] for r in rows])
    fold = np.array([int(hashlib.sha1(r["article"].encode()).hexdigest(), 16) % 5 for r in rows])
    p = np.zeros(len(rows))
    for k in range(5):
        model = LogisticRegression(C=c, max_iter=3000).fit(x[fold != k], y[fold != k])
        p[fold == k] = model.predict_proba(x[fold == k])[:, 1]
    cells = []
    for t in (0.4, 0.5, 0.6, 0.7):
        kept = p >= t
        precision = y[kept].mean() if kept.any() else 0.0
        cells.append(f"{t}: kept {kept.sum()}, P {precision:.2f}, R {y[kept].sum() / y.sum():.2f}")
    print(f"{name:28s} C={c:<4} AUC {roc_auc_score(y, p):.3f} | " + " | ".join(cells))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, help="pickle the parsed articles here")
    args = parser.parse_args()
    import judged_events as J

    rows = examples(read_labels(), J.load_texts(), args.cache)
    print(f"{len(rows)} candidates, {sum(r['y'] for r in rows)} criticism")
    from newscoder.steps.keyphrases import embedder

    emb = np.array(embedder().embed([r["words"] for r in rows]))
    for c in (0.3, 1.0):
        report(rows, sparse(rows, bag=False), "features", c)
        report(rows, sparse(rows), "features + lemmas", c)
        report(rows, np.hstack([sparse(rows, bag=False), emb]), "features + embedding", c)


if __name__ == "__main__":
    main()
