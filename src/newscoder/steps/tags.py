"""Tags step: a short ranked list naming what the article is about.

``newscoder_tags`` mixes the most salient canonical entities (``doc._.nc_actors``, from the entities
step) with the article's key concepts (``doc._.nc_keyphrases``, from the keyphrases step) into
``doc._.nc_tags``: ``Options.n_tags`` strings (default 4), best first, with

- entities under their short familiar name ("YPG", "United States");
- no entity twice under two names (one canonical entity is one tag);
- no keyphrase that repeats an entity tag ("Kurdish People's Protection Units", "US officials").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.attrs import IS_ALPHA, LEMMA
from spacy.language import Language
from spacy.tokens import Doc

from .. import extensions, steps
from ..knowledge.countries import US_STATE_ABBR, normalize
from ..models import Actor
from .ner_fixes import CORP_SUFFIX
from .quantities import is_unit_phrase

#: Entity labels that make tags (adjectives like "Kurdish" do not, unless they name a country).
TAG_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW", "NORP"})
#: Weight of the best keyphrase against entity salience (in [0, 1]).
KEYPHRASE_WEIGHT = 0.6
#: Entities below this salience are not tags unless nothing else is left.
MIN_SALIENCE = 0.25
#: Each rank down the keyphrase list costs this share of its weight (so flat scores still rank).
RANK_DECAY = 0.02


@dataclass
class Candidate:
    text: str
    score: float
    keys: frozenset[str]  # normalized names it covers (for deduplication)
    entity: bool


def entity_candidates(actors: dict[str, Actor]) -> list[Candidate]:
    out = []
    for canonical, info in actors.items():
        if info.label not in TAG_LABELS:
            continue
        if info.label == "NORP" and info.kind != "country":
            continue
        if normalize(canonical) in US_STATE_ABBR:
            continue  # the state of a dateline ("Fla", "N.J."): its town is the tag
        if canonical.count(", ") >= 2:
            continue  # a list the model took for one name (a wire's "Quote, Profile, Research, Stock Buzz" links)
        if info.kind == "media" and not info.in_title:
            continue  # the wire or paper that reports the story ("Reuters") is not what it is about
        names = {canonical, info.short or canonical, *info.aliases}
        keys = frozenset(k for k in (normalize(n) for n in names) if k)
        text = _whole_name(info, actors) or info.short or canonical
        out.append(Candidate(text, float(info.salience), keys | {normalize(text)}, True))
    return sorted(out, key=lambda c: -c.score)


def _whole_name(info: Actor, actors: dict[str, Actor]) -> str | None:
    """The longer name of the article an organisation's name is a fragment of ("Angels" of "Business
    Angels", "Caisse" of "Caisse des Depots"), or None."""
    if info.label != "ORG" or info.code:
        return None
    words = _words(normalize(info.canonical))
    longer = [a.canonical for a in actors.values() if a.label == "ORG" and a.canonical != info.canonical
              and len(a.canonical) > len(info.canonical) and words in _words(normalize(a.canonical))
              and _ALPHA.search(_words(normalize(a.canonical)).replace(words, " "))]
    if not longer:
        return None  # (not a wire headline's "1-Bank of America": "UPDATE 1-")
    own = [a for a in info.aliases if a.startswith(info.canonical + " ") and CORP_SUFFIX.search(a)]
    return min(own, key=len) if own else max(longer, key=len)  # its own full name first ("Norstar Bancorp", not the
    # longer name of its unit, "Norstar Bank")


_ALPHA = re.compile(r"[a-z]")


#: A one-word common noun is a tag only when the article uses it this many times ("inflation", not "share").
TOPICAL_TAG_COUNT = 4
#: Nouns every kind of news story repeats; alone they say nothing about what this one is about.
GENERIC_NOUNS = frozenset("""company companies firm firms group groups council official officials issue issues
    statement statements report reports plan plans loss losses profit profits gain gains spokesman spokeswoman
    source sources people person man woman
    city state country government area areas year years time times percent share shares unit units
    side sides part parts member members thing things way ways number matter technology demand supply right rights
    market markets industry business review award awards deal deals sale sales price prices service services
    system systems problem problems move change changes""".split())
#: Heads of phrases that name who speaks, an office or a mood, not what the story is about ("bank official", "fund
#: managers", "market rumors", "home secretary"): no tag, whatever modifies them.
UNTOPICAL_HEADS = frozenset("""official officials source sources spokesman spokeswoman spokesperson analyst analysts
    manager managers executive executives economist economists dealer dealers trader traders banker bankers
    expert experts observer observers local locals rumor rumors rumour rumours speculation talk
    minister ministers secretary president chancellor premier governor mayor senator ambassador judge chairman
    chairwoman chief director boss leader presenter commissioner cardinal bishop archbishop role""".split())
#: Heads of lower-case phrases that describe one organisation instead of naming it ("security firm", "consumer
#: watchdog", "district court", "oil giant", "central bank"): the name, when the story gives one, is the tag.
#: (Plurals name a sector: "tobacco companies" stays.)
DESCRIBING_HEADS = frozenset("""firm company group agency watchdog court maker producer operator giant
    regulator""".split())
#: Phrases that are no subject: where or how something was said ("press conference", "phone calls") and a bank
#: described, not named ("central bank"; "food bank" is a subject). Units of several words ("basis points") are the
#: quantities step's (``quantities.is_unit_phrase``).
NO_SUBJECT_PHRASES = frozenset({"press conference", "news conference", "phone call", "phone calls", "telephone call",
                                "conference call", "press release", "news release", "press briefing", "news briefing",
                                "central bank", "investment bank", "commercial bank"})
#: First words that grade, not name ("higher rates", "lower prices", "further cuts").
GRADING_WORDS = frozenset("""higher lower greater bigger smaller larger more less fewer further better worse
    stronger weaker largest biggest greatest highest lowest best worst latest newest oldest fastest strongest
    weakest strict brutal huge massive tough detailed modest slight sharp steady gradual""".split())
# (and superlatives and judgments: "largest power producer", "brutal sanctions", "modest recovery"; not "big", "key",
# "major", "fresh", "new", which open fixed terms: "big data", "key workers")
_ORDINALS = frozenset("""first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth
    consecutive""".split())


def _everyday(word: str) -> bool:
    """A lower-case word of everyday English, one piece of wordllama's tokenizer vocabulary ("economy", "peace",
    "access", "program"): too broad for a tag line (the story's subject is its topics' job). Words the vocabulary
    splits are specific enough ("inflation", "recession", "phishing")."""
    if not word.islower():
        return False
    from .keyphrase_model import _word_rarity

    return _word_rarity(word)[0] == 0


@lru_cache(maxsize=8)
def _unhyphened(text: str) -> str:
    return text.lower().replace("-", " ")  # "sex-trafficking bill" is "sex trafficking" again (the article's text
    # once per article, not once per phrase)


def usable_keyphrase(text: str, counts: dict[str, int] | None, body: str | None = None) -> bool:
    """Can a keyphrase be a tag? Not with numbers or ordinals ("1986 pretax profit", "tenth consecutive
    quarter"), not one about who speaks or grading a thing ("bank official", "market rumors", "higher rates"),
    not an abbreviation ("Calif.", "mg"), a single common noun only when it is topical and no everyday word
    (``_everyday``), and a phrase only when the article uses it twice (a headline's "breakneck growth" the story
    never repeats, or "corresponding period" once, is no subject)."""
    words = text.split()
    if body is not None and len(words) > 1 and _unhyphened(body).count(_unhyphened(text)) < 2:
        return False  # a headline's phrase the story never uses again ("breakneck growth", "euro help")
    if re.search(r"\d", text) or any(w.lower() in _ORDINALS for w in words):
        return False
    if words and (words[-1].lower() in UNTOPICAL_HEADS or words[0] in GRADING_WORDS):  # (as written: "Best Buy")
        return False  # "bank official", "market rumors", "higher rates"
    if len(words) > 1 and text.islower() and (words[-1] in DESCRIBING_HEADS or text in NO_SUBJECT_PHRASES or
                                               is_unit_phrase(text)):
        return False  # "security firm", "consumer agency", "press conference", "basis points"
    if len(words) == 1 and (text.endswith(".") or text.lower() in GENERIC_NOUNS or len(text) <= 3 and text.islower()
                            or counts is not None and counts.get(text.lower(), 0) < TOPICAL_TAG_COUNT
                            or _everyday(text)):
        return False
    return True


def keyphrase_candidates(keyphrases, counts: dict[str, int] | None = None,
                         body: str | None = None) -> list[Candidate]:
    phrases = [k for k in keyphrases or () if getattr(k, "text", "").strip()
               and usable_keyphrase(k.text, counts, body)]
    if not phrases:
        return []
    top = max((k.score for k in phrases), default=0.0) or 1.0
    out = []
    for rank, k in enumerate(phrases):
        # rank-based decay as well, in case scores are flat
        score = KEYPHRASE_WEIGHT * max(k.score / top, 0.0) * (1.0 - RANK_DECAY * rank)
        out.append(Candidate(k.text.strip(), score, frozenset({normalize(k.text)}), False))
    return out


_NOT_WORD = re.compile(r"[^a-z0-9]+")


def _words(key: str) -> str:
    return f" {_NOT_WORD.sub(' ', key).strip()} "


def _similar(x: str, y: str) -> bool:
    """difflib's ratio of the two names is at least ``MISSPELT_RATIO``; its two cheap upper bounds first (as
    ``difflib.get_close_matches`` does), so most pairs are ruled out without matching them."""
    from difflib import SequenceMatcher

    s = SequenceMatcher(None, x, y)
    return (s.real_quick_ratio() >= MISSPELT_RATIO and s.quick_ratio() >= MISSPELT_RATIO
            and s.ratio() >= MISSPELT_RATIO)


def _misspelt(a: frozenset[str], b: frozenset[str]) -> bool:
    """One name spelt two ways by the wire ("Soutwestern Bell" / "Southwestern Bell"): long and nearly equal."""
    bare = lambda names: {_SUFFIX.sub("", n) for n in names}  # noqa: E731
    return any(len(x) >= 8 and len(y) >= 8 and _similar(x, y) for x in bare(a) for y in bare(b))


_SUFFIX = re.compile(CORP_SUFFIX.pattern, re.I)
#: Two long names this similar (difflib ratio) are one name misspelt.
MISSPELT_RATIO = 0.93


def _singulars(keys: frozenset[str]) -> set[str]:
    """The names with a plural last word made singular ("widgets", "batteries"): one thing under two names."""
    out = set()
    for k in keys:
        if len(k) > 4 and k.endswith("ies"):
            out.add(k[:-3] + "y")
        elif len(k) > 4 and k.endswith("s") and not k.endswith("ss"):
            out.add(k[:-1])
        else:
            out.add(k)
    return out


def _repeats(cand: Candidate, chosen: list[Candidate]) -> bool:
    """Does this candidate name something already chosen (same key, or a name inside the other)?"""
    for other in chosen:
        if cand.keys & other.keys or _misspelt(cand.keys, other.keys) or _singulars(cand.keys) & _singulars(other.keys):
            return True
        for a in cand.keys:
            for b in other.keys:
                wa, wb = _words(a), _words(b)
                if len(wa) > 3 and len(wb) > 3 and (wa in wb or wb in wa):
                    if cand.entity and other.entity and min(len(wa), len(wb)) < 6:
                        continue  # short entity names inside others ("US" in "US Senate") stay apart
                    return True
    return False


def rank_tags(actors: dict[str, Actor] | None, keyphrases, n: int = 4, counts: dict[str, int] | None = None,
              body: str | None = None) -> list[str]:
    """The ``n`` best tags from entity salience and keyphrases (see the module docstring); ``counts``
    (lemma -> occurrences in the article), the article's text lets a keyphrase in only when it is
    topical (``usable_keyphrase``)."""
    entities = entity_candidates(actors or {})
    named = _all_names(actors or {})  # also the names that make no tag ("Reuters"): no keyphrase repeats them
    phrases = [_whole(c, entities) for c in keyphrase_candidates(keyphrases, counts, body)]
    pool = sorted(entities + phrases, key=lambda c: (-c.score, not c.entity))
    chosen: list[Candidate] = []
    for cand in pool:
        if len(chosen) >= n:
            break
        if cand.entity and cand.score < MIN_SALIENCE:
            continue
        if not _repeats(cand, chosen) and not _covered_by_entity(cand, named):
            chosen.append(cand)
    for cand in entities:  # too few: weak entities fill the rest
        if len(chosen) >= n:
            break
        if cand not in chosen and not _repeats(cand, chosen):
            chosen.append(cand)
    return [c.text for c in chosen]


def _whole(cand: Candidate, entities: list[Candidate]) -> Candidate:
    """A keyphrase that is a piece of a longer name of the article ("Defence" or "Ministry" of "Ministry of
    Defence", "Bank" of "Bank of England") stands for that name, at the better of the two scores: as a tag
    the piece would also keep the whole name out (``_repeats``). A lower-case concept ("oil" of "Oil
    Ministry") is no piece of a name."""
    if cand.entity or not cand.text[:1].isupper():
        return cand
    words = _words(normalize(cand.text))
    if any(_words(k) == words for e in entities for k in e.keys):
        return cand  # a name of its own ("Syria" beside "Syria Democratic Forces")
    whole = [e for e in entities if any(words in _words(k) for k in e.keys)]
    if not whole:
        return cand
    best = max(whole, key=lambda e: e.score)
    return Candidate(best.text, max(cand.score, best.score), best.keys | cand.keys, True)


def _all_names(actors: dict[str, Actor]) -> list[Candidate]:
    out = []
    for canonical, info in actors.items():
        keys = frozenset(k for k in (normalize(n) for n in {canonical, info.short or canonical, *info.aliases}) if k)
        out.append(Candidate(canonical, 0.0, keys, True))
    return out


def _initials_of(acronym: str, name: str) -> bool:
    """"ZEF" and "Zionsville Education Foundation"."""
    words = [w for w in re.split(r"[\s-]+", name) if w[:1].isupper()]
    return acronym.isupper() and len(acronym) >= 2 and "".join(w[0] for w in words) == acronym


def _covered_by_entity(cand: Candidate, entities: list[Candidate]) -> bool:
    """A keyphrase that is just an entity's name, or that name plus one word ("Russia officials",
    "US delegation"), is not a concept of its own."""
    if cand.entity:
        return False
    for e in entities:
        if cand.keys & e.keys or _initials_of(cand.text, e.text):
            return True
        for phrase in cand.keys:
            words = _words(phrase)
            for key in e.keys:
                name = _words(key)
                if len(name) > 3 and name in words and len(words.replace(name, " ").split()) <= 1:
                    return True
    return False


class TagsStep:
    """spaCy component: writes ``doc._.nc_tags`` (the ``n_tags`` best tags)."""

    def __init__(self, nlp: Language, name: str = "newscoder_tags", *, n_tags: int = 4) -> None:
        self.name = name
        self.n_tags = n_tags

    def __call__(self, doc: Doc, n_tags: int | None = None) -> Doc:
        extensions.require(doc, "tags", "nc_actors", "nc_keyphrases")
        by_id: dict[int, int] = {}  # each lemma's id, counted first (its string made once, not once a word)
        for alpha, lemma in doc.to_array([IS_ALPHA, LEMMA]).tolist():
            if alpha:
                by_id[lemma] = by_id.get(lemma, 0) + 1
        counts: dict[str, int] = {}  # lower-cased lemma -> count, in the order the text first gives each
        strings = doc.vocab.strings  # from the word ids: no Token per word
        for lemma, n in by_id.items():
            word = strings[lemma].lower()
            counts[word] = counts.get(word, 0) + n
        doc._.nc_tags = rank_tags(doc._.nc_actors, doc._.nc_keyphrases, self.n_tags if n_tags is None else n_tags,
                                  counts, extensions.doc_text(doc))
        return doc


@Language.factory("newscoder_tags", **steps.BY_NAME["tags"].spacy_meta())
def make_tags(nlp: Language, name: str, n_tags: int) -> TagsStep:
    return TagsStep(nlp, name, n_tags=n_tags)
