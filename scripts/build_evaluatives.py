"""Build ``src/newscoder/data/evaluatives.tsv``: words of judgment, for verdicts a speaker gives on someone.

"X said Labour's plans were inadequate", "Y branded the minister irresponsible", "Z said the decision was a
disgrace", "W said Callaghan was a decent man": a speaker criticises (CAMEO 111) or praises (051) whoever the
verdict is on. The events step finds the construction; this table says which words judge, and which way.

Source: the VADER sentiment lexicon (C.J. Hutto and E.E. Gilbert, "VADER: A Parsimonious Rule-based Model for
Sentiment Analysis of Social Media Text", ICWSM 2014; vaderSentiment 3.3.2 on PyPI, ``vader_lexicon.txt``, MIT
licence): 7,500 words and emoticons with a mean valence (-4 .. +4) from ten raters. Kept: single lower-case
words of strong valence (``THRESHOLD``), minus words that tell a feeling or a state of the subject rather than a
verdict on it (``NOT_VERDICTS``: "he was worried", "they were dead", "it was a crisis"); plus ``OWN``, verdicts
VADER lacks or scores as humour ("a joke", "a shambles", "decent", "sensible"). Both lists are newscoder's own.
The events step reads a word only where the parse makes it a verdict (the adjective or noun after "was" in what
a speaker says, or after "described X as"), so the table carries no part of speech. Columns: word, valence.

Usage: ``python scripts/build_evaluatives.py [--vader PATH/vader_lexicon.txt]``; without ``--vader`` the
lexicon is read from an installed ``vaderSentiment`` (``pip download --no-deps vaderSentiment==3.3.2`` and
unzip it, or install it, to rebuild). The same lexicon gives the same bytes.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "newscoder" / "data" / "evaluatives.tsv"
#: The least absolute valence kept (VADER's scale: "inadequate" -1.7, "sensible" +1.4, "disgrace" -2.2).
THRESHOLD = 1.2
#: Feelings, states and plain descriptions: "X said he was worried / the economy was weak / it was a tragedy"
#: judge no one.
NOT_VERDICTS = frozenset("""
afraid alarmed alone angry anguished annoyed anxious apprehensive ashamed astonished bereaved bitter bored broke
broken calm certain cheerful comfortable concerned confident confused content curious dead delighted depressed
desperate devastated disappointed disillusioned distressed disturbed doomed eager ecstatic embarrassed emotional
enthusiastic excited exhausted fearful fine free frightened frustrated furious glad grateful grief grieving guilty
happy heartbroken helpless hopeful hopeless hurt ill injured jealous joyful keen killed lonely lucky mad miserable
nervous optimistic pained panicked pessimistic pleased proud relieved relaxed sad satisfied scared shocked sick
sorry stressed stunned surprised suspicious tense terrified thankful thrilled tired troubled unhappy uncertain
unemployed upset weary wounded worried
alive awake asleep poor rich wealthy weak strong young old sure ready able unable free safe unsafe secure
missing homeless trapped stranded lost displaced hungry jobless
crisis tragedy disaster catastrophe death war violence pain problem risk threat danger emergency accident victim
loss failure damage war crime terror terrorism trouble conflict fight battle attack
difficult hard easy tough serious severe grave critical urgent important huge big great large significant massive
good bad fine ok okay best worst better worse nice
funny interesting cool hot warm cold
""".split())
#: Verdicts VADER lacks, or scores as something else ("joke" as humour), with newscoder's own valence.
OWN = {"decent": 1.5, "sensible": 1.5, "principled": 1.5, "honourable": 2.0, "statesmanlike": 2.0,
       "shambles": -2.0, "joke": -1.5, "deplorable": -2.5, "unworkable": -1.5, "unfunded": -1.5,
       "divisive": -1.5, "cavalier": -1.5, "scaremongering": -2.0,
       # names given in abuse ("called the killer an animal", "branded him a traitor", "described them as insects"),
       # which VADER lacks: a person or a deed so named is criticised
       "traitor": -2.5, "dictator": -2.0, "tyrant": -2.5, "thug": -2.5, "hypocrite": -2.0, "vermin": -2.5,
       "parasite": -2.0, "pedophile": -3.0, "paedophile": -3.0, "bigot": -2.5, "demagogue": -2.0, "nazi": -3.0,
       "butcher": -2.0, "stooge": -2.0, "crook": -2.5, "charlatan": -2.0, "buffoon": -2.0, "clown": -1.5,
       "obstructionist": -1.5, "barbarian": -2.5, "scum": -3.0, "gangster": -2.5, "mobster": -2.5, "sexist": -2.0,
       "predator": -2.0, "madman": -2.0, "extremist": -2.0, "fanatic": -2.0, "animal": -1.5, "insect": -1.5,
       "monster": -2.0, "puppet": -1.5, "chump": -1.5, "sham": -2.0, "debacle": -2.0, "blunder": -1.5,
       "folly": -1.5, "whitewash": -2.0, "provocation": -2.0,
       # adjectives of political blame VADER lacks ("said the government was intensely authoritarian", "called the
       # move counterproductive", "Blair's style was corrosive"); words that also describe a state of things
       # ("weak", "radical", "aggressive", "false", "lax") are left out
       "corrosive": -2.0, "authoritarian": -2.0, "partisan": -1.5, "disgraceful": -2.5, "despicable": -2.5,
       "reprehensible": -2.5, "unlawful": -2.0, "undemocratic": -2.0, "dictatorial": -2.0, "draconian": -2.0,
       "heavy-handed": -1.5, "ill-conceived": -2.0, "misguided": -1.5, "wrongheaded": -1.5, "shortsighted": -1.5,
       "short-sighted": -1.5, "counterproductive": -1.5, "discriminatory": -2.0, "bigoted": -2.5,
       "xenophobic": -2.5, "corrupt": -2.5, "crooked": -2.0, "bogus": -2.0, "baseless": -2.0, "unfounded": -1.5,
       "groundless": -1.5, "spurious": -1.5, "absurd": -1.5, "laughable": -1.5, "preposterous": -2.0,
       "nonsensical": -1.5, "farcical": -2.0, "dysfunctional": -1.5, "inept": -2.0, "feckless": -2.0,
       "spineless": -2.0, "treacherous": -2.5, "disloyal": -2.0, "traitorous": -2.5, "unpatriotic": -2.0,
       "elitist": -1.5, "out-of-touch": -1.5, "capricious": -1.5, "vindictive": -2.0, "mean-spirited": -2.0,
       "callous": -2.0, "inhumane": -2.5, "barbaric": -2.5, "negligent": -2.0, "sloppy": -1.5,
       "complacent": -1.5, "secretive": -1.5, "unaccountable": -1.5, "indecent": -2.0, "inappropriate": -1.5,
       "demeaning": -2.0, "derogatory": -2.0, "inflammatory": -2.0, "incendiary": -2.0, "belligerent": -2.0,
       "thuggish": -2.5, "despotic": -2.5, "tyrannical": -2.5, "hypocritical": -2.0, "irresponsible": -2.0,
       "mystifying": -1.5}
#: Words the events step already reads as blame (its BLAME_WORDS) may appear here too: the table only adds.
WORD = re.compile(r"^[a-z][a-z-]{2,}$")


def vader_path(given: Path | None) -> Path:
    if given is not None:
        return given
    spec = importlib.util.find_spec("vaderSentiment")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("vaderSentiment is not installed: pass --vader PATH/vader_lexicon.txt")
    return Path(list(spec.submodule_search_locations)[0]) / "vader_lexicon.txt"


def candidates(path: Path) -> list[tuple[str, float]]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 2 or not WORD.match(parts[0]):
            continue
        valence = float(parts[1])
        if abs(valence) >= THRESHOLD and parts[0] not in NOT_VERDICTS:
            out.append((parts[0], valence))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--vader", type=Path, default=None, help="vader_lexicon.txt (default: the installed one)")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    words = dict(candidates(vader_path(args.vader)))
    words.update(OWN)
    rows = sorted(words.items())
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        f.write("# Words of judgment: the VADER sentiment lexicon (Hutto & Gilbert 2014; vaderSentiment 3.3.2, MIT), "
                "strong valence, feelings and states left out, newscoder's own verdicts added. "
                "Generated by scripts/build_evaluatives.py.\n")
        f.write("word\tvalence\n")
        for word, valence in rows:
            f.write(f"{word}\t{valence:+.1f}\n")
    print(f"{len(rows)} words ({sum(v < 0 for _, v in rows)} negative) -> {args.out}")


if __name__ == "__main__":
    main()
