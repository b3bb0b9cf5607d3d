"""Keyphrases: the noun phrases that say what an article is about, ranked, without near-duplicates.

Candidates come from the spaCy parse: maximal runs of adjectives, nouns, proper nouns and numbers
that end in a noun, with hyphenated words ("cease-fire", "5-14", "eight-year") and possessives inside
names ("People's Protection Units") kept, stop words and time words at the edges trimmed, and counted
amounts ("240,000 barrels") cut. Candidates are grouped by lemma, so plural and singular are one phrase.
Nouns of reporting itself ("company", "officials", "spokesman") are no keyphrase alone, wire table words
("div", "qtly") and stock symbols ("<EMH>") none at all.
A Title Case or ALL CAPS headline (first line or sentence), where the tagger calls every word a proper
noun, only adds occurrences to phrases found in the body.

Each run also gives its shorter parts as candidates of their own, since readers mark those: the bare
name inside a title-stacked one ("Hulusi Akar" in "Turkish Defense Minister Hulusi Akar"), single topical
nouns ("oil" and "prices" in "oil prices"). A part ends in a noun and cuts no hyphened compound, entity or
untagged run of proper nouns (``_parts``). A title or description stacked on a person's or a firm's name
("Canadian pop star Michael Buble", "metals group Boliden AB") is no candidate: the name is the run, and
the words before it give only their own parts ("metals group").

A learned model ranks the candidates (``keyphrase_model``: gradient-boosted trees over frequency,
position, spread, length, part of speech, entity kind, wordllama centrality, word rarity, head-noun and
sub-phrase counts, the title, the article's length), trained by ``scripts/train_keyphrase_model.py`` on
the even-numbered articles of DUC-2001 and kpcrowd-dev; figures on the odd ones in docs/benchmarks.md.
The two corpora want different numbers of single words in the top ten (DUC-2001 readers mark 2-3 word
phrases, crowd readers mostly single words); one model serves both, weighted so DUC-2001 holds, and the
article's length lets it give short items more single words. Lines in capitals are read as the layout
step recased them; table rows are skipped.

The surface form returned is the most frequent one in the text, so "U.S.", "YPG" and "5-14" keep their
case; a common noun that opens a sentence is lower-cased ("Dock workers" -> "dock workers"). Near-duplicates
(same stems in any order, also of the shown text or of a firm's name without "Inc"; with the model's
``nested_share``, one phrase inside another with the same head and a similar score; a variant of a better
phrase, ``_variant``: "flooding" after "floods", "northern Syria" or "Chief Gates" beside the bare name) are
dropped. A name held together by "of" or "&" ("Ministry of Defence", "Procter & Gamble", ``links``) is one
candidate, never cut into "Ministry" and "Defence".
Scores are in [0, 1], best first.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
from spacy.attrs import IS_ALPHA, IS_LOWER, IS_SPACE, IS_STOP, LENGTH, LOWER, ORTH, POS
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.symbols import IDS

from .. import extensions, steps  # noqa: F401 (extensions registers doc._.nc_*)
from ..knowledge import firms
from ..knowledge.countries import US_STATE_ABBR, normalize
from ..models import Keyphrase
from . import keyphrase_model
from .layout import WIRE_WORDS, caps_run, cased, in_table, lexicon_of

_CONTENT = {"NOUN", "PROPN", "ADJ", "NUM"}
_CONTENT_IDS = frozenset(IDS[tag] for tag in _CONTENT)  # their ids in ``token.pos``
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
    next new more most few little least less own former latter i.e. e.g. etc
    div divs qtly qtrly prior 1st 2nd 3rd 4th
    dollars euros pounds cents pence""".split()  # wire table words ("Qtly div 12 cts", "4th qtr"); currency units in
)  # the plural stand for an amount ("dollars 3.1bn", "500m euros"), the singular may be the subject ("the dollar fell")

#: Nouns of news reporting itself ("officials said", "the company said", "a spokesman"): no keyphrase alone
#: or together ("company spokesman"), though they stay inside longer phrases ("oil company", "health officials").
_GENERIC = frozenset("company official spokesman spokeswoman dozen source statement".split())

_EMBEDDER = None


def embedder():
    """The wordllama static embedding model, loaded once per process (offline, ~0.3 s)."""
    global _EMBEDDER
    if _EMBEDDER is None:
        import os
        from pathlib import Path

        # its tokenizer's threads cost more CPU than they save on a batch of short phrases (about a quarter of the
        # embedding's CPU time in the pipeline; the same rows); a choice made in the environment is kept
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

        import wordllama
        from wordllama import WordLlama

        _EMBEDDER = WordLlama.load(cache_dir=Path(wordllama.__file__).parent, disable_download=True)
    return _EMBEDDER


#: Unit embeddings of short texts (candidate phrases, the keyphrases the topics step embeds again, event frames) by
#: text, for the process: a text's row does not depend on the batch it is embedded in (wordllama pools each row
#: alone; padding adds zeros), so a kept row is the same bytes. Cleared when full (about 1 KB a row).
_VECTORS: dict[str, np.ndarray] = {}
_VECTORS_MAX = 20_000
_KEPT_CHARS = 100


def embed(texts: list[str]) -> np.ndarray:
    """Unit-length wordllama embeddings, one row per text."""
    if not texts:
        return np.zeros((0, 256), dtype=np.float32)
    if any(len(t) > _KEPT_CHARS for t in texts):  # an article's text, a long title: not kept
        return embedder().embed(texts, norm=True)
    rows = {t: _VECTORS.get(t) for t in texts}
    missing = [t for t, row in rows.items() if row is None]
    if missing:
        if len(_VECTORS) + len(missing) > _VECTORS_MAX:
            _VECTORS.clear()
        for t, row in zip(missing, embedder().embed(missing, norm=True)):
            rows[t] = _VECTORS[t] = row
    return np.stack([rows[t] for t in texts])


@dataclass
class Candidate:
    key: str  # lower-cased lemmas joined by spaces
    words: tuple[str, ...]
    starts: list[int] = field(default_factory=list)  # token index of each occurrence
    surfaces: Counter = field(default_factory=Counter)
    score: float = 0.0
    maximal: int = 0  # occurrences as a whole candidate run (the others are parts of a longer run)
    pos: tuple[str, ...] = ()  # coarse tags of the words, from the first occurrence
    ents: Counter = field(default_factory=Counter)  # entity label of each occurrence ("" when none)

    @property
    def text(self) -> str:
        return max(self.surfaces.items(), key=_second)[0]  # most_common(1)'s pick (the first of the most frequent)


def _second(pair):
    return pair[1]


# --- candidates ----------------------------------------------------------------------------------


def _joins(token) -> bool:
    """A hyphen glued to both neighbours ("cease-fire", "5-14"), or the 's of a name inside a name
    ("People's Protection Units")."""
    if token.i == 0 or token.i + 1 >= len(token.doc):
        return False
    if token.tag_ == "POS":
        return token.nbor(-1).pos_ == "PROPN" and token.nbor(1).pos_ == "PROPN" and token.text in ("'s", "’s", "'", "’")
    return token.text in ("-", "/", "–") and not token.whitespace_ and not token.nbor(-1).whitespace_


#: The texts a joiner (``_joins``) can have.
_JOINER_TEXTS = ("-", "/", "–", "'s", "’s", "'", "’")
_JOINER_IDS = np.array(sorted(get_string_id(t) for t in _JOINER_TEXTS), dtype=np.uint64)


def joiners(doc) -> frozenset[int]:
    """Indices of the doc's joiners (``_joins``), found once per doc: the steps below ask about each token
    many times, and only a token with one of ``_JOINER_TEXTS`` can be one."""
    if not len(doc):
        return frozenset()
    ids = frozenset(_JOINER_IDS.tolist())  # a set lookup per token: np.isin sorts, slower on one article
    maybe = [i for i, orth in enumerate(doc.to_array(ORTH).tolist()) if orth in ids]
    return frozenset(i for i in maybe if _joins(doc[i]))


#: Small words inside a name ("Ministry of Defence", "Procter & Gamble", "Bill and Melinda Gates Foundation").
_NAME_LINKS = frozenset({"of", "&", "and", "for", "de", "del", "des", "du", "da", "la", "the", "von", "van"})
#: Entities whose inside words make one name; a link inside a person's ("Sacha Baron Cohen") needs no help.
_LINKED_LABELS = frozenset({"ORG", "FAC", "GPE", "LOC", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT", "NORP"})
_LINK_IDS = frozenset(get_string_id(w) for w in _NAME_LINKS)
#: Link words no keyphrase starts with ("& Jordan", "of Defence").
_LINK_WORDS = frozenset({"&", "of", "and"})
_NOT_NAMES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})


def links(doc) -> frozenset[int]:
    """Indices of the small words that hold a name together: "of", "&", "and"... inside one entity
    ("Bank of America", "Procter & Gamble"), or "of" and "&" between two capitalised proper nouns the model
    left untagged ("Ministry of Defence"). A run goes on over them, so no keyphrase is a fragment of the name
    ("Ministry", "Bank", "America")."""
    out = []
    last = len(doc) - 1
    if last < 2:
        return frozenset()
    ids = _LINK_IDS  # only a token with one of these texts can be one: no Token for the others
    for i, lower in enumerate(doc.to_array(LOWER).tolist()):
        if lower not in ids or i == 0 or i == last:
            continue
        token, left, right = doc[i], doc[i - 1], doc[i + 1]
        if (token.ent_iob_ == "I" and right.ent_iob_ == "I" and token.ent_type_ in _LINKED_LABELS
                and left.ent_type_ == token.ent_type_):
            out.append(token.i)
        elif (token.lower_ in ("of", "&") and not token.ent_type_ and left.pos_ == "PROPN" and right.pos_ == "PROPN"
              and left.text[:1].isupper() and right.text[:1].isupper() and not left.ent_type_
              and not right.ent_type_):  # two names the model left untagged ("Bank of Kyoto"), not two of its
            # names side by side ("Israel & Jordan", "Britain & France")
            out.append(token.i)
    return frozenset(out)


def _in_compound(token, joins: frozenset[int]) -> bool:
    return token.i + 1 in joins or token.i - 1 in joins


def _dateline_caps(token) -> bool:
    """A place in capitals of a wire dateline ("DALLAS, March 3 -", "SALT LAKE CITY,"), not recased."""
    if "." in token.text and normalize(token.text) in US_STATE_ABBR:
        return True  # "Calif.", "N.J." of a dateline
    if not token.is_upper or len(token) < 4 or token._.nc_cased is not None:
        return False
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return (nxt is not None and nxt.text == "," and token.is_sent_start) or caps_run(token)


def _ticker(token) -> bool:
    """A stock symbol in angle brackets ("Emhart Corp <EMH>")."""
    if token.whitespace_:  # most words: no look at the neighbours
        return False
    doc = token.doc
    return 0 < token.i < len(doc) - 1 and doc[token.i + 1].text == ">" and doc[token.i - 1].text == "<"


def _is_content(token, joins: frozenset[int]) -> bool:
    if token.pos_ not in _CONTENT or not _WORDISH.search(token.text) or _dateline_caps(token) or _ticker(token):
        return False
    return not token.is_stop or _in_compound(token, joins) or _stop_word_in_name(token)


def _stop_word_in_name(token) -> bool:
    """A stop word that is part of a name: "US" in capitals (not the pronoun: "US Treasury"), or a capitalised
    ordinal before a proper noun ("Third World debt", "First Amendment"). Dropped, it left fragments
    ("World debt problem"); so is a capitalised number word the tagger took for a name's inside a sentence ("the
    Three Gorges Dam", not "Gorges Dam")."""
    if token.is_upper and len(token) > 1:
        return token.pos_ == "PROPN"
    doc = token.doc
    if token.i + 1 >= len(doc) or doc[token.i + 1].pos_ != "PROPN" or not token.text[0].isupper():
        return False
    return token.lower_ in ("first", "third") or (token.pos_ == "PROPN" and token.is_title and not token.is_sent_start)


def _runs(doc, joins: frozenset[int], linked: frozenset[int] = frozenset()):
    """Maximal runs of content tokens (hyphen joiners included), as lists of tokens.

    Line breaks inside a paragraph (hard-wrapped text) do not end a run; blank lines do.
    """
    run: list = []
    table = in_table(doc)
    # the tags and spaces from the doc's arrays: a Token only for a word that may be content, or inside a run
    for i, (pos, space) in enumerate(doc.to_array([POS, IS_SPACE]).tolist()):
        if i in table:
            if run:
                yield run
            run = []
            continue
        if pos in _CONTENT_IDS:  # else never content (``_is_content`` asks first)
            token = doc[i]
            if _is_content(token, joins):
                run.append(token)
                continue
        if run and (i in joins or i in linked):
            run.append(doc[i])
            continue
        if run and space and "\n\n" not in doc[i].text:
            continue
        if run:
            yield run
        run = []
    if run:
        yield run


def _junk(token) -> bool:
    return token.lower_ in _JUNK or token.lemma_.lower() in _JUNK or token.lower_ in WIRE_WORDS


def _trim(run: list, joins: frozenset[int]) -> list:
    """Drop joiners and non-nouns at the end, joiners, link words ("& Jordan") and junk at the start."""
    while run and (run[-1].pos_ not in _HEAD or run[-1].i in joins or _junk(run[-1])):
        run = run[:-1]
    while run and (run[0].i in joins or run[0].lower_ in _LINK_WORDS or _is_amount(run, joins) or (
            _junk(run[0]) and not _hyphened(run, joins))):
        run = run[1:]
    if all(any(map(str.isdigit, t.text)) or t.lower_ in _MAGNITUDES for t in run):
        return []  # an amount left of "dollars 2.5bn" or "300m euros": "2.5bn", "m"
    return run


#: Magnitude suffixes written apart from their number ("300 m", "2.5 bn").
_MAGNITUDES = frozenset("m bn mn k tn million billion trillion".split())


def _hyphened(run: list, joins: frozenset[int]) -> bool:
    """The first word is hyphened to the next ("week-long strike", "two-year deal"): keep it."""
    return len(run) > 2 and run[1].i in joins and run[1].text == "-"


def _is_amount(run: list, joins: frozenset[int]) -> bool:
    """A leading number that counts something ("240,000 barrels"), unlike "1990 census" or "F-16"."""
    first = run[0]
    if first.pos_ != "NUM" or len(run) < 2 or run[1].i in joins:
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


#: Entity types of words that name nothing ("Annual" opening a sentence is a DATE's word).
_NOT_NAMES = frozenset({"", "DATE", "TIME", "ORDINAL", "CARDINAL", "QUANTITY", "PERCENT", "MONEY"})


def _surface(tokens, lower: _Common) -> str:
    joins = lower.joins
    parts: list[str] = []
    for i, token in enumerate(tokens):
        if parts and not (token.i in joins or (tokens[i - 1].i in joins and tokens[i - 1].tag_ != "POS")):
            parts.append(" ")
        parts.append(lower.cased(token))
    text = "".join(parts)
    first = tokens[0]
    if first.is_sent_start and first.ent_type_ in _NOT_NAMES and not any(c.isupper() for c in first.text[1:]) and (
            first.pos_ != "PROPN" or lower.common(tokens) and not first.ent_type_):  # "MPs", "BBC", "iPod" keep their
        # capitals, and so does a feast the model reads as a date ("Christmas shoppers")
        text = text[0].lower() + text[1:]  # "Dock workers" opening a sentence, "dock workers" elsewhere
    return text


class _Common:
    """Words whose capital opening a sentence is no name's: the article writes them in lower case
    somewhere, or (given the layout step's English lexicon) they are common English words and the
    model saw no entity there ("Dock workers at the port ..." -> "dock workers")."""

    def __init__(self, doc, lexicon=None, joins: frozenset[int] = frozenset()):
        strings = doc.vocab.strings  # the lower-case words from the word ids: no Token per word
        self.lower = {strings[orth] for orth in {orth for orth, low, alpha in doc.to_array([ORTH, IS_LOWER, IS_ALPHA])
                                                  .tolist() if low and alpha}}  # each distinct word's string once
        self.lexicon = lexicon
        self.joins = joins  # the doc's joiners (``joiners``)
        self.links: frozenset[int] = frozenset()  # the small words inside names (``links``)
        self._cased: dict[int, str] = {}
        self._lemmas: dict[int, str] = {}

    def cased(self, token) -> str:
        """``layout.cased``, once per token (a part repeats its run's tokens)."""
        text = self._cased.get(token.i)
        if text is None:
            text = self._cased[token.i] = cased(token)
        return text

    def lemma(self, token) -> str:
        """``_lemma``, once per token (a run's parts count its tokens again)."""
        text = self._lemmas.get(token.i)
        if text is None:
            text = self._lemmas[token.i] = _lemma(token)
        return text

    def common(self, tokens) -> bool:
        """The first word, tagged a proper noun, is a common word: written in lower case elsewhere, or an
        English word before a common noun ("Dock workers"; not "Real Madrid")."""
        word = tokens[0].lower_
        if word in self.lower:
            return True
        return self.lexicon is not None and len(tokens) > 1 and tokens[1].pos_ == "NOUN" and word in self.lexicon


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


def _phrases(doc, joins: frozenset[int], linked: frozenset[int] = frozenset()):
    """(tokens, in_headline) for each candidate occurrence."""
    headline, sent_start = {}, [0] * len(doc)  # each token's sentence start: ``token.sent`` scans for it per call
    # ``_headline_case`` of each sentence, from the doc's arrays (no Token per word)
    strings, rows = doc.vocab.strings, doc.to_array([IS_ALPHA, LENGTH, IS_STOP, ORTH]).tolist()
    for s in doc.sents:
        words = [orth for alpha, length, stop, orth in rows[s.start: s.end] if alpha and length > 2 and not stop]
        headline[s.start] = len(words) >= 3 and all(strings[orth][0].isupper() for orth in words)
        sent_start[s.start: s.end] = [s.start] * (s.end - s.start)
    title_end = _first_line_end(doc)
    for raw in _runs(doc, joins, linked):
        for part in _split_sentences(raw):
            tokens = _trim(part, joins)
            if len([t for t in tokens if t.i not in joins]) > _MAX_WORDS:
                tokens = _trim(tokens[-_MAX_WORDS:], joins)
            if tokens:
                yield tokens, tokens[0].i < title_end or headline.get(sent_start[tokens[0].i], False)


def _add_headline(found: dict[str, Candidate], held: list, joins: frozenset[int]) -> None:
    """Count headline phrases (and their parts) as occurrences of the body candidates they match."""
    by_stem = {" ".join(_stem(w) for w in c.words): c for c in found.values()}
    for tokens in held:
        words = [t for t in tokens if t.i not in joins]
        stems = [_stem(t.lower_) for t in words]
        for a in range(len(words)):
            for b in range(a + 1, len(words) + 1):
                cand = by_stem.get(" ".join(stems[a:b]))
                if cand is not None:
                    cand.starts.append(words[a].i)
                    cand.starts.sort()


def _entity(tokens) -> str:
    """The entity label when the tokens are exactly one entity ("Hulusi Akar": PERSON), else ""."""
    first, last = tokens[0], tokens[-1]
    if not first.ent_type_ or first.ent_iob_ != "B" or any(t.ent_type_ != first.ent_type_ for t in tokens):
        return ""
    doc = first.doc
    return first.ent_type_ if last.i + 1 >= len(doc) or doc[last.i + 1].ent_iob_ != "I" else ""


def _count(found: dict[str, Candidate], tokens, lower, maximal: bool = True) -> None:
    joins = lower.joins
    words = tuple(lower.lemma(t) for t in tokens if t.i not in joins)
    key = " ".join(words)
    cand = found.get(key)
    if cand is None:
        cand = found[key] = Candidate(key, words, pos=tuple(t.pos_ for t in tokens if t.i not in joins))
    cand.starts.append(tokens[0].i)
    cand.surfaces[_surface(tokens, lower)] += 1
    cand.maximal += maximal
    cand.ents[_entity(tokens)] += 1


def _may_split(left, right, joins: frozenset[int], linked: frozenset[int] = frozenset()) -> bool:
    """A part may end at ``left`` and another start at ``right``: no hyphened compound, entity, name held
    together by "of" ("Ministry of Defence", ``links``) or run of proper nouns outside entities ("New
    Hampshire" untagged) is cut."""
    if left.i in joins or right.i in joins or right.ent_iob_ == "I" or (left.is_stop and _stop_word_in_name(left)):
        return False
    if left.i in linked or right.i in linked:
        return False
    return not (left.pos_ == "PROPN" and right.pos_ == "PROPN" and not left.ent_type_ and not right.ent_type_)


def _parts(tokens, joins: frozenset[int], linked: frozenset[int] = frozenset()) -> list[list]:
    """The shorter phrases inside a candidate run, each an occurrence of its own: runs of its words
    that end in a noun and cut no hyphened compound ("Hulusi Akar" and "Akar" in "Turkish Defense
    Minister Hulusi Akar"; "oil" and "prices" in "oil prices"). Readers mark such parts."""
    words = [i for i, t in enumerate(tokens) if t.i not in joins]
    if len(words) < 2:
        return []
    # where a part may start, and end
    cuts = [i for i in words if i == 0 or _may_split(tokens[i - 1], tokens[i], joins, linked)]
    ends = [i for i in words if i + 1 == len(tokens) or _may_split(tokens[i], tokens[i + 1], joins, linked)]
    out = []
    for a in cuts:
        for b in ends:
            if b < a or (a == 0 and b == len(tokens) - 1):
                continue
            part = tokens[a: b + 1]
            if b + 1 < len(tokens) and tokens[b + 1].ent_iob_ == "B" and tokens[b + 1].ent_type_ == "PERSON":
                continue  # the title before a name ("President", "Defense Minister"), not a phrase
            if part[-1].ent_type_ == "NORP" and part[-1].tag_ not in ("NNS", "NNPS"):
                continue  # a nationality used as an adjective ("Kurdish" of "Kurdish fighters", "Turkish-US")
            if part[-1].pos_ in _HEAD and not _junk(part[-1]) and not _junk(part[0]) and not _is_amount(part, joins):
                out.append(part)
    return out


#: Names a title or description may stand before ("singer Michael Buble", "metals group Boliden AB").
STACKED_NAMES = frozenset({"PERSON", "ORG"})


def _name_start(tokens) -> int:
    """Where a name that ends the run starts after words that are not part of it ("Canadian pop star
    Michael Buble" -> 3), or 0 when the run is no title stacked on a name."""
    for i in range(len(tokens) - 1, 0, -1):
        token = tokens[i]
        if token.ent_iob_ == "B":
            return i if token.ent_type_ in STACKED_NAMES and all(t.ent_iob_ == "I" for t in tokens[i + 1:]) else 0
        if token.ent_iob_ != "I":
            return 0
    return 0


def _count_all(found: dict[str, Candidate], tokens, lower) -> None:
    start = _name_start(tokens)
    if start:  # a title stacked on a name: the name stands alone, the title's words give their own parts
        for part in _parts(tokens, lower.joins, lower.links):
            if part[-1].i < tokens[start].i:
                _count(found, part, lower, maximal=False)
        tokens = tokens[start:]
    if not (tokens[-1].ent_type_ == "NORP" and tokens[-1].tag_ not in ("NNS", "NNPS")):
        _count(found, tokens, lower)  # not a nationality used as an adjective ("Kurdish" of "Kurdish-led")
    for part in _parts(tokens, lower.joins, lower.links):
        _count(found, part, lower, maximal=False)


def candidates(doc, lexicon=None) -> dict[str, Candidate]:
    """Candidate phrases grouped by lemma key, with their occurrences (``lexicon``: the layout step's
    English words, for the case of a sentence's first word).

    Phrases of a headline-cased line count only when the same words occur in the body, where
    their case and tags can be trusted.
    """
    found: dict[str, Candidate] = {}
    held: list = []
    joins = joiners(doc)
    lower = _Common(doc, lexicon, joins)
    lower.links = linked = links(doc)
    for tokens, in_headline in _phrases(doc, joins, linked):
        if in_headline:
            held.append(tokens)
            continue
        _count_all(found, tokens, lower)
    if held and not found:  # all in capitals: the layout step recased and tagged it, trust that
        for tokens in held:
            _count_all(found, tokens, lower)
    elif held:
        _add_headline(found, held, joins)
    for key in [k for k, c in found.items() if all(w in _GENERIC for w in c.words)]:
        del found[key]  # "company", "officials", "company spokesman"
    return found


# --- scoring -------------------------------------------------------------------------------------


def _title_words(doc) -> set[str]:
    title = doc._.nc_title or ""
    return {w.lower() for w in _TITLE_WORD.findall(title)}


def _sentence_index(doc) -> dict[int, int]:
    """Token index -> index of its sentence, for every token."""
    out = {}
    for k, sent in enumerate(doc.sents):
        for i in range(sent.start, sent.end):
            out[i] = k
    return out


def feature_rows(doc, cands: dict[str, Candidate]) -> tuple[list[Candidate], np.ndarray]:
    """The candidates and their rows of ``keyphrase_model.FEATURES`` (the training script uses these too)."""
    items = list(cands.values())
    if not items:
        return [], np.zeros((0, len(keyphrase_model.FEATURES)), dtype=np.float32)
    vectors = embed([c.text for c in items])
    return items, keyphrase_model.features(doc, items, vectors, _sentence_index(doc), _title_words(doc))


def score(doc, cands: dict[str, Candidate]) -> None:
    """Set ``cand.score`` on every candidate: the learned model's probability that readers mark it."""
    items, rows = feature_rows(doc, cands)
    if items:
        for cand, p in zip(items, keyphrase_model.model().scores(rows)):
            cand.score = float(p)


# --- near-duplicates -----------------------------------------------------------------------------


def _stem(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


#: Drop a single word already inside a better phrase ("talks" after "Turkish-US talks"). Off: readers
#: mark both ("play" and "new play"; kpcrowd-dev F1@10 +.01 at DUC-2001 -.01).
DROP_INNER_WORD = False


def dedupe(ranked: list[Candidate], limit: int, nested_share: float | None = None) -> list[Candidate]:
    """Keep the best of near-duplicate phrases: same stems in any order (also of the shown text, and of a
    firm's name without "Inc", "Corp", "Plc"...), nested with one head and a score at least
    ``nested_share`` of the other's (the model's setting; above 1: never), or a single word already
    inside a better phrase."""
    if nested_share is None:
        nested_share = keyphrase_model.model().settings.get("nested_share", 2.0)
    kept: list[Candidate] = []
    kept_texts: list[str] = []  # their ``text``, a max() over the surfaces, taken once
    seen: set[frozenset] = set()
    for cand in ranked:
        text = cand.text
        stems = frozenset(_stem(w) for w in cand.words)
        shown = frozenset(_stem(w) for w in text.lower().split())
        core = frozenset(_stem(w) for w in _name_core(cand, text))
        if stems in seen or shown in seen or core in seen:
            continue  # also the same words shown twice under two lemmas ("Mad Men": "mad men", "mad man")
        if nested_share <= 1.0 and any(_nested(cand, other, nested_share) for other in kept):
            continue
        if any(_variant(text, other) for other in kept_texts):
            continue  # "flooding" after "floods", "northern Syria" after "Syria", "Chief Gates" after "Gates"
        if DROP_INNER_WORD and len(stems) == 1 and any(stems <= other for other in seen):
            continue  # "talks" after "Turkish-US talks", "Syria" after "northern Syria"
        seen.update((stems, shown, core))
        kept.append(cand)
        kept_texts.append(text)
        if len(kept) == limit:
            break
    return kept


#: Endings that make one word of another kind ("flooding", "floods"; "limitations", "limits"); not the "-er"
#: of who does it ("reporters" are no "reports").
_ENDINGS = ("ations", "ation", "ings", "ing", "ions", "ion", "ies", "es", "ed", "s")
#: Titles and ranks written before a name ("President Assad", "Chief Gates").
_TITLES = frozenset("""president vice minister prime premier chancellor ceo chairman chairwoman chief mr mrs ms dr
    sen senator gov governor judge justice coach rep secretary general gen col capt lt sgt king queen prince princess
    pope sir lord lady mayor director officer inspector""".split())


@lru_cache(maxsize=65536)
def _root(word: str) -> str:
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


def _variant(text: str, kept: str) -> bool:
    """``text`` is a variant of a better-ranked keyphrase ``kept`` a reader would call the same: the same words
    in other case or with another ending ("flooding" / "floods", "term limitations" / "term limits"), or the
    same name with a title, a lower-case modifier or a possessive before it ("President Assad", "northern
    Syria", "Google's Larry Page" / "Larry Page"), either way round."""
    a, b = text.split(), kept.split()
    if len(a) == len(b):
        return text.lower() == kept.lower() or all(_root(x.lower()) == _root(y.lower()) for x, y in zip(a, b))
    short, long = (a, b) if len(a) < len(b) else (b, a)
    if long[len(long) - len(short):] != short or not all(w[:1].isupper() for w in short if w.isalpha()):
        return False  # the shorter is a name the longer ends with
    front = long[: len(long) - len(short)]
    return all(w.lower().strip(".") in _TITLES or w[:1].islower() or w[:1].isdigit() or w.endswith(("'s", "’s"))
               for w in front)


#: A word that ends a firm's name and adds nothing to it ("Lucky Stores Inc" is "Lucky Stores"): the shared
#: legal-form pattern, on one lower-case word.
_FIRM_SUFFIX = re.compile(firms.LEGAL_FORM.pattern, re.I)


def _name_core(cand: Candidate, text: str | None = None) -> tuple[str, ...]:
    """The words of a firm's name without its legal suffixes ("RMJ Holdings Corp" -> "rmj"), at least one;
    a common noun phrase keeps its words ("rebel group"). ``text``: ``cand.text``, when the caller has it."""
    words = cand.words
    text = cand.text if text is None else text
    if not text[-1:].isupper() and not text.split()[-1][:1].isupper():
        return words
    end = len(words)
    while end > 1 and _FIRM_SUFFIX.fullmatch(" " + words[end - 1]):
        end -= 1
    return words[:end]


def _nested(cand: Candidate, other: Candidate, share: float) -> bool:
    """True when one phrase is the other with words added in front, at a similar score."""
    short, long = (cand, other) if len(cand.words) < len(other.words) else (other, cand)
    if short is long or len(short.words) == len(long.words):
        return False
    if long.words[-len(short.words):] != short.words:
        return False
    return min(cand.score, other.score) >= share * max(cand.score, other.score)


def extract(doc, limit: int = 20, lexicon=None) -> list[Keyphrase]:
    """Ranked keyphrases of a parsed doc, best first, scores in [0, 1]."""
    cands = candidates(doc, lexicon)
    score(doc, cands)
    ranked = sorted(cands.values(), key=lambda c: -c.score)
    kept = dedupe(ranked, limit)
    top = kept[0].score if kept else 1.0
    return [Keyphrase(text=c.text, score=round(c.score / top, 4)) for c in kept]


class KeyphrasesStep:
    """spaCy component: writes ``doc._.nc_keyphrases`` (list of Keyphrase, best first)."""

    def __init__(self, nlp, name: str = "newscoder_keyphrases", *, n_keyphrases: int = 20):
        self.name = name
        self.nlp = nlp
        self.n_keyphrases = n_keyphrases

    def __call__(self, doc, n_keyphrases: int | None = None):
        limit = self.n_keyphrases if n_keyphrases is None else n_keyphrases
        doc._.nc_keyphrases = extract(doc, limit, self._lexicon())
        return doc

    def _lexicon(self):
        return lexicon_of(self.nlp)


@Language.factory("newscoder_keyphrases", **steps.BY_NAME["keyphrases"].spacy_meta())
def make_keyphrases(nlp, name, n_keyphrases: int):
    return KeyphrasesStep(nlp, name, n_keyphrases=n_keyphrases)
