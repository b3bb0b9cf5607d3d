"""Is this English? A cheap test first, a real language identifier when the cheap test cannot tell.

``looks_english(text)`` decides in three steps:

1. mostly non-Latin script (Cyrillic, Arabic, CJK...): not English;
2. the text's function words, lower-cased (so wire copy in capitals counts like any other): clearly more
   English ones than those of the frequent Latin-script languages: English (most news stops here, and the
   identifier's model is never loaded);
3. otherwise ``py3langid`` (langid.py's model, shipped in its wheel, offline) on the lower-cased text: not
   English only when it names another language with confidence ``MIN_FOREIGN_PROB``. Short wire items,
   headlines and tables ("Shr 28 cts vs 22 cts") carry too little evidence for that, so they pass.
"""

from __future__ import annotations

import re
import string
from functools import lru_cache

_WORD = re.compile(r"[^\W\d_]+(?:'[a-z]+)?")
# Frequent function words of other languages written in Latin script (none is an English word).
_FOREIGN = frozenset("""
der die das und ist nicht ein eine dem den des mit für auf sich auch wird dass nach bei
el los las que del por para una con como pero sus más fue está según entre
le les des est une du pour dans qui sur pas ont été avec mais cette selon aux
il della che sono delle degli nel alla anche questo dalla
het een van niet voor zijn wordt ook maar naar dat deze
não uma com os das dos pelo pela ao mais foi também são
""".split())
#: The identifier must give another language at least this probability to reject a text.
MIN_FOREIGN_PROB = 0.8
#: Characters of the text the tests read.
SAMPLE = 5000


_ASCII_LETTERS = string.ascii_letters.encode()
_NOT_ASCII = re.compile(r"[^\x00-\x7f]+")


def script_is_latin(sample: str) -> bool:
    """At least half the letters are a-z (or fewer than 40 letters). Counted in C, not a Python step per character
    (3 ms an article): the ASCII letters are the bytes of the UTF-8 form ``translate`` deletes (every byte of another
    character is over 127), the other letters are the non-ASCII characters' ``isalpha``."""
    raw = sample.encode("utf-8", "surrogatepass")
    ascii_letters = len(raw) - len(raw.translate(None, _ASCII_LETTERS))
    letters = ascii_letters
    if len(raw) != len(sample):  # not all ASCII
        letters += sum(map(str.isalpha, "".join(_NOT_ASCII.findall(sample))))
    return letters < 40 or ascii_letters / letters >= 0.5


def function_words(sample: str) -> tuple[int, int]:
    """(English, foreign) function words in the lower-cased sample."""
    from spacy.lang.en.stop_words import STOP_WORDS

    words = _WORD.findall(sample.lower())
    english = sum(w in STOP_WORDS and w not in _FOREIGN for w in words)
    return english, sum(w in _FOREIGN for w in words)


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def identify(text: str) -> tuple[str, float]:
    """(ISO 639-1 code, probability) of the text's language by py3langid, read in lower case."""
    lang, prob = _identifier().classify(text[:SAMPLE].lower())
    return lang, float(prob)


def looks_english(text: str) -> bool:
    """False only for text in another script or that the identifier confidently gives another language."""
    sample = text[:SAMPLE]
    if not script_is_latin(sample):
        return False
    english, foreign = function_words(sample)
    if english >= 3 and english >= 2 * foreign:
        return True
    lang, prob = identify(sample)
    return lang == "en" or prob < MIN_FOREIGN_PROB
