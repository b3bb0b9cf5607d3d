"""The learned keyphrase ranker: features of a candidate phrase that carry across news corpora, and
small gradient-boosted trees over them that say how likely readers are to mark it.

``features(doc, cands)`` gives one row per candidate (``FEATURES`` names the columns):

* how often and where: occurrences (log), occurrences as a whole phrase rather than inside a longer
  one, share of the article's most frequent candidate, first position, sentence of first mention,
  spread (first to last mention);
* what it is: number of words, share of proper nouns, adjectives and numbers, whether it is exactly a
  named entity and of which kind;
* how it relates to the rest: wordllama centrality (cosine to the article's frequency-weighted mean
  vector), its words' position-weighted frequency, how often its head noun heads other candidates,
  how many longer candidates contain it, whether its words are in the title;
* how rare its words are in general: the number of word pieces the wordllama tokenizer (trained on a
  large general corpus) cuts a word into, and its pieces' ranks in the tokenizer's vocabulary (a
  byte-pair vocabulary lists frequent strings first), an inverse document frequency without a
  table of our own;
* the article's length (log of its words), the same on every row of an article: readers of short
  news mark single words more, and one model can rank differently for short and long articles.

The weights (``data/keyphrase_model.json``) are built by ``scripts/train_keyphrase_model.py`` from
public keyphrase corpora (see NOTICE); they load once, on first use, and scoring is plain numpy, so
the same article gives the same ranking on every run.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from functools import lru_cache
from importlib import resources

import numpy as np
from spacy.attrs import IS_ALPHA

#: Entity labels that get a feature of their own; other labels share one.
ENT_LABELS = ("PERSON", "ORG", "GPE", "NORP", "LOC")
_SPACE, _VOCAB = 29871, 32000  # the tokenizer's lone word-start piece and its vocabulary size
FEATURES = (
    "log_count", "log_whole", "share_of_top", "first", "first_sent", "spread", "part_only",
    "n1", "n2", "n3", "n4", "propn", "adj", "num", "head_propn",
    *(f"ent_{e}" for e in ENT_LABELS), "ent_other",
    "sim", "sim_rank", "words", "log_head", "log_longer", "title", "title_some",
    "pieces", "piece_rank",
    "n1_log_count", "n1_pieces", "n1_sim", "n1_propn", "n1_first", "n2_log_count",
    "log_words",
)


@lru_cache(maxsize=65536)
def _word_rarity(word: str) -> tuple[float, float]:
    """(word pieces - 1, log rank of its rarest piece / log vocabulary size) from wordllama's tokenizer."""
    from .keyphrases import embedder

    ids = embedder().tokenizer.encode(word.lower(), add_special_tokens=False).ids
    ids = [i for i in ids if i != _SPACE] or [0]
    return float(len(ids) - 1), math.log(1 + max(ids)) / math.log(_VOCAB)


def _second(pair):
    return pair[1]


def _rarity(words: tuple[str, ...]) -> tuple[float, float]:
    pairs = [_word_rarity(w) for w in words]
    return sum(p for p, _ in pairs) / len(pairs), max(r for _, r in pairs)


def features(doc, cands: list, vectors: np.ndarray, sent_of: dict[int, int], title: set[str]) -> np.ndarray:
    """One row of ``FEATURES`` per candidate (``vectors``: their unit wordllama embeddings)."""
    n = max(len(doc), 1)
    log_words = math.log(max(int(doc.to_array(IS_ALPHA).sum()), 1))  # the alphabetic words, without a Token each
    counts = np.array([len(c.starts) for c in cands], dtype=np.float32)
    centre = (vectors * counts[:, None]).sum(0)
    centre /= np.linalg.norm(centre) or 1.0
    sims = vectors @ centre
    order = np.argsort(-sims, kind="stable")
    sim_rank = np.empty(len(cands), dtype=np.float32)
    sim_rank[order] = np.arange(len(cands)) / max(len(cands), 1)
    word_scores: Counter = Counter()
    heads: Counter = Counter()
    longer: Counter = Counter()
    for c in cands:
        for start in c.starts:
            for w in c.words:
                word_scores[w] += 1.0 / (1.0 + start / 50.0)
        heads[c.words[-1]] += len(c.starts)
        for size in range(1, len(c.words)):
            for a in range(len(c.words) - size + 1):
                longer[c.words[a: a + size]] += 1
    top_word = max(word_scores.values(), default=1.0) or 1.0
    top_count = float(counts.max()) if len(counts) else 1.0
    # the rows as Python floats, made float32 in one call (the same casts as a row at a time)
    sims_, ranks = sims.tolist(), sim_rank.tolist()
    rows = np.array([_row(c, n, top_count, sims_[i], ranks[i], word_scores, top_word, heads, longer, sent_of, title)
                     for i, c in enumerate(cands)], dtype=np.float32).reshape(len(cands), len(FEATURES))
    rows[:, -1] = log_words
    return rows


def _row(c, n, top_count, sim, sim_rank, word_scores, top_word, heads, longer, sent_of, title) -> list[float]:
    k = len(c.words)
    count = len(c.starts)
    ent = max(c.ents.items(), key=_second)[0] if c.ents else ""  # most_common(1)'s pick, without its heap
    ent = ent if (ent and c.ents[ent] * 2 >= sum(c.ents.values())) else ""
    pieces, piece_rank = _rarity(c.words)
    in_title = [w in title for w in c.words]
    log_count = math.log1p(count)
    pos = c.pos
    return [
        log_count, math.log1p(c.maximal), count / top_count, c.starts[0] / n,
        math.log1p(sent_of.get(c.starts[0], 0)), (c.starts[-1] - c.starts[0]) / n, float(c.maximal == 0),
        float(k == 1), float(k == 2), float(k == 3), float(k >= 4),
        pos.count("PROPN") / k, pos.count("ADJ") / k, pos.count("NUM") / k, float(pos[-1:] == ("PROPN",)),
        *[float(ent == e) for e in ENT_LABELS], float(bool(ent) and ent not in ENT_LABELS),
        max(float(sim), 0.0), float(sim_rank),
        sum(map(word_scores.__getitem__, c.words)) / k / top_word,
        math.log1p(heads[c.words[-1]]), math.log1p(longer[c.words]),
        float(bool(title) and all(in_title)), sum(in_title) / k,
        pieces, piece_rank,
        float(k == 1) * log_count, float(k == 1) * pieces, float(k == 1) * max(float(sim), 0.0),
        float(k == 1 and c.pos == ("PROPN",)), float(k == 1) * c.starts[0] / n, float(k == 2) * log_count,
        0.0,  # log_words, set by ``features`` for the whole article
    ]


class Model:
    """Gradient-boosted trees (sklearn's HistGradientBoostingClassifier, exported): the log-odds are
    ``baseline`` plus one leaf value per tree; a sample goes left where its feature is <= the threshold."""

    def __init__(self, names: list[str], baseline: float, trees: list[dict], settings: dict):
        if tuple(names) != FEATURES:
            raise ValueError("keyphrase_model.json was built for other features; run scripts/train_keyphrase_model.py")
        self.baseline = float(baseline)
        self.trees = [{k: np.asarray(v, dtype=np.float64 if k in ("threshold", "value") else np.int64)
                       for k, v in tree.items()} for tree in trees]
        self.settings = settings
        self._walk: tuple | None = None

    def scores(self, rows: np.ndarray) -> np.ndarray:
        """Probability that readers mark each candidate (all trees walked together, one level a step)."""
        rows = np.asarray(rows, dtype=np.float64)
        if self._walk is None:
            self._walk = _stack(self.trees)
        feature, threshold, left, right, value, depth = self._walk  # flat: tree * size + node
        size = len(feature) // len(self.trees)
        base = (np.arange(len(self.trees)) * size)[None, :]
        cells = (np.arange(len(rows)) * rows.shape[1])[:, None]
        flat_rows = rows.ravel()
        at = np.broadcast_to(base, (len(rows), len(self.trees))).copy()
        for _ in range(depth):
            go_left = flat_rows.take(cells + feature.take(at)) <= threshold.take(at)
            at = np.where(go_left, left.take(at), right.take(at))
        z = self.baseline + value.take(at).sum(1)
        return 1.0 / (1.0 + np.exp(-z))

    def to_json(self) -> dict:
        trees = [{"feature": t["feature"].tolist(), "threshold": [float(v) for v in t["threshold"]],
                  "left": t["left"].tolist(), "right": t["right"].tolist(),
                  "value": [round(float(v), 6) for v in t["value"]]} for t in self.trees]
        return {"features": list(FEATURES), "baseline": round(self.baseline, 6), "trees": trees,
                "settings": self.settings}


def _stack(trees: list[dict]) -> tuple:
    """The trees as padded (tree, node) arrays, flattened, children as flat indices; a leaf (or padding)
    points to itself, so walking ``depth`` steps from the root ends on every sample's leaf in every tree."""
    size = max(len(t["left"]) for t in trees)
    shape = (len(trees), size)
    feature, left, right = np.zeros(shape, np.int64), np.zeros(shape, np.int64), np.zeros(shape, np.int64)
    threshold, value = np.zeros(shape), np.zeros(shape)
    depth = 0
    for k, t in enumerate(trees):
        n = len(t["left"])
        own = np.arange(n)
        leaf = t["left"] < 0
        feature[k, :n] = np.where(leaf, 0, t["feature"])
        threshold[k, :n] = t["threshold"]
        left[k, :n] = k * size + np.where(leaf, own, t["left"])
        right[k, :n] = k * size + np.where(leaf, own, t["right"])
        value[k, :n] = np.where(leaf, t["value"], 0.0)
        depth = max(depth, _depth(t))
    return feature.ravel(), threshold.ravel(), left.ravel(), right.ravel(), value.ravel(), depth


def _depth(tree: dict, node: int = 0) -> int:
    if tree["left"][node] < 0:
        return 0
    return 1 + max(_depth(tree, int(tree["left"][node])), _depth(tree, int(tree["right"][node])))


def from_json(data: dict) -> Model:
    return Model(data["features"], data["baseline"], data["trees"], data.get("settings", {}))


@lru_cache(maxsize=1)
def model() -> Model:
    """The packaged model (``data/keyphrase_model.json``), read once per process."""
    text = resources.files("newscoder").joinpath("data/keyphrase_model.json").read_text(encoding="utf-8")
    return from_json(json.loads(text))
