"""Keyphrases: the noun phrases that say what an article is about, ranked, without near-duplicates.

Candidates come from the spaCy parse: maximal runs of adjectives, nouns, proper nouns and numbers
that end in a noun, with hyphenated words ("cease-fire", "5-14", "eight-year") and possessives inside
names ("People's Protection Units") kept, stop words and time words at the edges trimmed, and counted
amounts ("240,000 barrels") cut. Candidates are grouped by lemma, so plural and singular are one phrase.
A Title Case or ALL CAPS headline (first line or sentence), where the tagger calls every word a proper
noun, only adds occurrences to phrases found in the body.

Each candidate is scored by (see ``features`` and ``combine``; weights tuned on DUC-2001, F1@10 0.37)

* centrality: cosine between its wordllama embedding and the document's (the frequency-weighted mean
  of all candidates, EmbedRank-like),
* frequency and first position (earlier is better, PositionRank-like), and its words' own
  position-weighted frequency,
* a boost when all its words are in the title (``doc._.nc_title``), and a penalty
  for single words (reader keyphrases on DUC-2001 are mostly 2-3 words), small for a word the article
  names four times or more (crowd readers mark such topical nouns: "police", "scandal").

Weights were chosen on the even-numbered articles of DUC-2001 and kpcrowd-dev and checked on the odd ones
(F1@10 there: DUC-2001 .355, kpcrowd-dev .128; the single-word penalty trades one corpus for the other,
see docs/benchmarks.md). Lines in capitals are read as the layout step recased them; table rows are
skipped.

The surface form returned is the most frequent one in the text, so "U.S.", "YPG" and "5-14" keep their
case. Near-duplicates (same stems in any order; one phrase inside another with the same head and a
similar score; a single word inside a better phrase) are dropped. Scores are in [0, 1], best first.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

import numpy as np
from spacy.language import Language

from .. import extensions, steps  # noqa: F401 (extensions registers doc._.nc_*)
from ..knowledge.countries import US_STATE_ABBR, normalize
from ..models import Keyphrase
from .layout import WIRE_WORDS, caps_run, cased, in_table

_CONTENT = {"NOUN", "PROPN", "ADJ", "NUM"}
_HEAD = {"NOUN", "PROPN"}
_MAX_WORDS = 5
_WORDISH = re.compile(r"[A-Za-z0-9]")
_TITLE_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9.'-]*")
# Tokens the small model tags as nouns or adjectives that never make a keyphrase on their own.
_JUNK = frozenset(
    """mr mrs ms dr hour hours minute minutes year years month months week weeks day days time times today yesterday
    tomorrow monday tuesday wednesday thursday friday saturday sunday percent % lot lots number
    january february march april may june july august september october november december jan feb mar apr
    jun jul aug sep sept oct nov dec net end note
    way thing things people part one other others many much such own same several last first
    next new more most few little least less own former latter i.e. e.g. etc""".split()
)

_EMBEDDER = None


def embedder():
    """The wordllama static embedding model, loaded once per process (offline, ~0.3 s)."""
    global _EMBEDDER
    if _EMBEDDER is None:
        from pathlib import Path

        import wordllama
        from wordllama import WordLlama

        _EMBEDDER = WordLlama.load(cache_dir=Path(wordllama.__file__).parent, disable_download=True)
    return _EMBEDDER


def embed(texts: list[str]) -> np.ndarray:
    """Unit-length wordllama embeddings, one row per text."""
    if not texts:
        return np.zeros((0, 256), dtype=np.float32)
    return embedder().embed(texts, norm=True)


@dataclass
class Candidate:
    key: str  # lower-cased lemmas joined by spaces
    words: tuple[str, ...]
    starts: list[int] = field(default_factory=list)  # token index of each occurrence
    surfaces: Counter = field(default_factory=Counter)
    score: float = 0.0

    @property
    def text(self) -> str:
        return self.surfaces.most_common(1)[0][0]


# --- candidates ----------------------------------------------------------------------------------


def _joins(token) -> bool:
    """A hyphen glued to both neighbours ("cease-fire", "5-14"), or the 's of a name inside a name
    ("People's Protection Units")."""
    if token.i == 0 or token.i + 1 >= len(token.doc):
        return False
    if token.tag_ == "POS":
        return token.nbor(-1).pos_ == "PROPN" and token.nbor(1).pos_ == "PROPN" and token.text in ("'s", "’s", "'", "’")
    return token.text in ("-", "/", "–") and not token.whitespace_ and not token.nbor(-1).whitespace_


def _in_compound(token) -> bool:
    doc = token.doc
    return (token.i + 1 < len(doc) and _joins(doc[token.i + 1])) or (token.i > 0 and _joins(doc[token.i - 1]))


def _dateline_caps(token) -> bool:
    """A place in capitals of a wire dateline ("DALLAS, March 3 -", "SALT LAKE CITY,"), not recased."""
    if "." in token.text and normalize(token.text) in US_STATE_ABBR:
        return True  # "Calif.", "N.J." of a dateline
    if token._.nc_cased is not None or not token.is_upper or len(token) < 4:
        return False
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return (nxt is not None and nxt.text == "," and token.is_sent_start) or caps_run(token)


def _is_content(token) -> bool:
    if token.pos_ not in _CONTENT or not _WORDISH.search(token.text) or _dateline_caps(token):
        return False
    return not token.is_stop or _in_compound(token)


def _runs(doc):
    """Maximal runs of content tokens (hyphen joiners included), as lists of tokens.

    Line breaks inside a paragraph (hard-wrapped text) do not end a run; blank lines do.
    """
    run: list = []
    table = in_table(doc)
    for token in doc:
        if token.i in table:
            if run:
                yield run
            run = []
            continue
        if _is_content(token) or (run and _joins(token)):
            run.append(token)
            continue
        if run and token.is_space and "\n\n" not in token.text:
            continue
        if run:
            yield run
        run = []
    if run:
        yield run


def _junk(token) -> bool:
    return token.lower_ in _JUNK or token.lemma_.lower() in _JUNK or token.lower_ in WIRE_WORDS


def _trim(run: list) -> list:
    """Drop joiners and non-nouns at the end, joiners and junk at the start."""
    while run and (run[-1].pos_ not in _HEAD or _joins(run[-1]) or _junk(run[-1])):
        run = run[:-1]
    while run and (_joins(run[0]) or _is_amount(run) or (_junk(run[0]) and not _hyphened(run))):
        run = run[1:]
    return run


def _hyphened(run: list) -> bool:
    """The first word is hyphened to the next ("week-long strike", "two-year deal"): keep it."""
    return len(run) > 2 and _joins(run[1]) and run[1].text == "-"


def _is_amount(run: list) -> bool:
    """A leading number that counts something ("240,000 barrels"), unlike "1990 census" or "F-16"."""
    first = run[0]
    if first.pos_ != "NUM" or len(run) < 2 or _joins(run[1]):
        return False
    return not (first.text.isdigit() and len(first.text) == 4)


def _split_sentences(run: list) -> list[list]:
    parts, part = [], []
    for token in run:
        if part and token.is_sent_start:
            parts.append(part)
            part = []
        part.append(token)
    parts.append(part)
    return parts


def _surface(tokens) -> str:
    parts: list[str] = []
    for i, token in enumerate(tokens):
        if parts and not (_joins(token) or (_joins(tokens[i - 1]) and tokens[i - 1].tag_ != "POS")):
            parts.append(" ")
        parts.append(cased(token))
    text = "".join(parts)
    first = tokens[0]
    if first.is_sent_start and first.pos_ != "PROPN" and not first.ent_type_ and not first.text.isupper():
        text = text[0].lower() + text[1:]
    return text


def _lemma(token) -> str:
    if token.pos_ == "PROPN" or cased(token).isupper():
        return token.lower_
    return token.lemma_.lower()


def _headline_case(sent) -> bool:
    """A Title Case or ALL CAPS line (a headline), where the tagger calls every word a proper noun:
    every word of three letters or more, stop words aside, is capitalized."""
    words = [t for t in sent if t.is_alpha and len(t) > 2 and not t.is_stop]
    return len(words) >= 3 and all(t.text[0].isupper() for t in words)


def _first_line_end(doc) -> int:
    """Token index where the first line ends (a title line above the body), or 0."""
    for token in doc[:60]:
        if "\n" in token.text:
            return token.i if _headline_case(doc[: token.i]) else 0
    return 0


def _phrases(doc):
    """(tokens, in_headline) for each candidate occurrence."""
    headline = {s.start: _headline_case(s) for s in doc.sents}
    title_end = _first_line_end(doc)
    for raw in _runs(doc):
        for part in _split_sentences(raw):
            tokens = _trim(part)
            if len([t for t in tokens if not _joins(t)]) > _MAX_WORDS:
                tokens = _trim(tokens[-_MAX_WORDS:])
            if tokens:
                yield tokens, tokens[0].i < title_end or headline.get(tokens[0].sent.start, False)


def _add_headline(found: dict[str, Candidate], held: list) -> None:
    """Count headline phrases (and their parts) as occurrences of the body candidates they match."""
    by_stem = {" ".join(_stem(w) for w in c.words): c for c in found.values()}
    for tokens in held:
        words = [t for t in tokens if not _joins(t)]
        stems = [_stem(t.lower_) for t in words]
        for a in range(len(words)):
            for b in range(a + 1, len(words) + 1):
                cand = by_stem.get(" ".join(stems[a:b]))
                if cand is not None:
                    cand.starts.append(words[a].i)
                    cand.starts.sort()


def _count(found: dict[str, Candidate], tokens) -> None:
    words = tuple(_lemma(t) for t in tokens if not _joins(t))
    key = " ".join(words)
    cand = found.get(key)
    if cand is None:
        cand = found[key] = Candidate(key, words)
    cand.starts.append(tokens[0].i)
    cand.surfaces[_surface(tokens)] += 1


def candidates(doc) -> dict[str, Candidate]:
    """Candidate phrases grouped by lemma key, with their occurrences.

    Phrases of a headline-cased line count only when the same words occur in the body, where
    their case and tags can be trusted.
    """
    found: dict[str, Candidate] = {}
    held: list = []
    for tokens, in_headline in _phrases(doc):
        if in_headline:
            held.append(tokens)
            continue
        _count(found, tokens)
    if held and not found:  # all in capitals: the layout step recased and tagged it, trust that
        for tokens in held:
            _count(found, tokens)
    elif held:
        _add_headline(found, held)
    return found


# --- scoring -------------------------------------------------------------------------------------
#: PositionRank prior: an occurrence at token t weighs 1 / (1 + t / POSITION_DECAY), so the lead counts most.
POSITION_DECAY = 50.0
#: Boosts of the candidate's mean word score and of a phrase all of whose words are in the title.
WORD_BOOST, TITLE_BOOST = 0.75, 0.75
#: One-word candidates are mostly too general to be keyphrases readers mark: their score is scaled down,
#: less for a word the article names TOPICAL_COUNT times or more, a topical noun ("police", "election")
#: that crowd readers mark.
SINGLE_WORD = 0.3
TOPICAL_WORD, TOPICAL_COUNT = 0.8, 4
#: How fast a late first occurrence lowers the score (first = offset of the first occurrence / length).
LATE_PENALTY = 4.0
#: A phrase nested in another (same words plus more in front) goes when their scores are this close.
NESTED_SCORE_SHARE = 0.9


def _word_scores(cands: dict[str, Candidate], n_tokens: int) -> dict[str, float]:
    """Position-weighted frequency of each word over all candidate occurrences (PositionRank prior)."""
    scores: dict[str, float] = defaultdict(float)
    for cand in cands.values():
        for start in cand.starts:
            weight = 1.0 / (1.0 + start / POSITION_DECAY)
            for w in cand.words:
                scores[w] += weight
    return scores


def _title_words(doc) -> set[str]:
    title = doc._.nc_title or ""
    return {w.lower() for w in _TITLE_WORD.findall(title)}


def features(doc, cands: dict[str, Candidate]) -> list[tuple[Candidate, dict[str, float]]]:
    """The evidence for each candidate: centrality, position, frequency, word scores, title."""
    items = list(cands.values())
    if not items:
        return []
    n = max(len(doc), 1)
    vectors = embed([c.text for c in items])
    weights = np.array([len(c.starts) for c in items], dtype=np.float32)
    centre = (vectors * weights[:, None]).sum(0)
    centre /= np.linalg.norm(centre) or 1.0
    sims = vectors @ centre
    word_scores = _word_scores(cands, n)
    top_word = max(word_scores.values()) or 1.0
    title = _title_words(doc)
    out = []
    for cand, sim in zip(items, sims):
        out.append((cand, {
            "sim": max(float(sim), 0.0),
            "count": float(len(cand.starts)),
            "first": cand.starts[0] / n,
            "words": sum(word_scores[w] for w in cand.words) / len(cand.words) / top_word,
            "title": 1.0 if title and all(w in title for w in cand.words) else 0.0,
            "n": float(len(cand.words)),
        }))
    return out


def combine(f: dict[str, float]) -> float:
    """One score from a candidate's features (weights tuned on DUC-2001 news keyphrases)."""
    return (
        f["sim"]
        * (1.0 + math.log1p(f["count"]))
        * (1.0 + WORD_BOOST * f["words"])
        * (1.0 + TITLE_BOOST * f["title"])
        * (1.0 if f["n"] > 1 else (TOPICAL_WORD if f["count"] >= TOPICAL_COUNT else SINGLE_WORD))
        / (1.0 + LATE_PENALTY * f["first"])
    )


def score(doc, cands: dict[str, Candidate]) -> None:
    """Set ``cand.score`` on every candidate (higher is better, not yet normalized)."""
    for cand, feats in features(doc, cands):
        cand.score = combine(feats)


# --- near-duplicates -----------------------------------------------------------------------------


def _stem(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


#: Drop a single word already inside a better phrase ("talks" after "Turkish-US talks"). Off: readers
#: mark both ("play" and "new play"; kpcrowd-dev F1@10 +.01 at DUC-2001 -.01).
DROP_INNER_WORD = False


def dedupe(ranked: list[Candidate], limit: int) -> list[Candidate]:
    """Keep the best of near-duplicate phrases: same stems in any order, nested with one head and a
    similar score, or a single word already inside a better phrase."""
    kept: list[Candidate] = []
    seen: set[frozenset] = set()
    for cand in ranked:
        stems = frozenset(_stem(w) for w in cand.words)
        if stems in seen:
            continue
        if any(_nested(cand, other) for other in kept):
            continue
        if DROP_INNER_WORD and len(stems) == 1 and any(stems <= other for other in seen):
            continue  # "talks" after "Turkish-US talks", "Syria" after "northern Syria"
        seen.add(stems)
        kept.append(cand)
        if len(kept) == limit:
            break
    return kept


def _nested(cand: Candidate, other: Candidate) -> bool:
    """True when one phrase is the other with words added in front, at a similar score."""
    short, long = (cand, other) if len(cand.words) < len(other.words) else (other, cand)
    if short is long or len(short.words) == len(long.words):
        return False
    if long.words[-len(short.words):] != short.words:
        return False
    return min(cand.score, other.score) >= NESTED_SCORE_SHARE * max(cand.score, other.score)


def extract(doc, limit: int = 20) -> list[Keyphrase]:
    """Ranked keyphrases of a parsed doc, best first, scores in [0, 1]."""
    cands = candidates(doc)
    score(doc, cands)
    ranked = sorted(cands.values(), key=lambda c: -c.score)
    kept = dedupe(ranked, limit)
    top = kept[0].score if kept else 1.0
    return [Keyphrase(text=c.text, score=round(c.score / top, 4)) for c in kept]


class KeyphrasesStep:
    """spaCy component: writes ``doc._.nc_keyphrases`` (list of Keyphrase, best first)."""

    def __init__(self, nlp, name: str = "newscoder_keyphrases", *, n_keyphrases: int = 20):
        self.name = name
        self.n_keyphrases = n_keyphrases

    def __call__(self, doc, n_keyphrases: int | None = None):
        doc._.nc_keyphrases = extract(doc, self.n_keyphrases if n_keyphrases is None else n_keyphrases)
        return doc


@Language.factory("newscoder_keyphrases", **steps.BY_NAME["keyphrases"].spacy_meta())
def make_keyphrases(nlp, name, n_keyphrases: int):
    return KeyphrasesStep(nlp, name, n_keyphrases=n_keyphrases)
