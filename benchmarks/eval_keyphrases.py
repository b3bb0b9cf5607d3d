"""Keyphrase extraction on DUC-2001 and kpcrowd-dev: F1@5 and F1@10 for newscoder, YAKE and noun chunks.

Protocol (JCDL-2020, as in ../shared/data/README.md): lower-case, Porter-stem each word, exact
match of the whole phrase; precision/recall/F1 per document against all gold phrases, averaged over
documents.

- DUC-2001 (307 news articles, about 8 reader keyphrases each, mostly 2-3 words): read as latin-1,
  SGML tags stripped, title + body as the text. The text of LA073089-0118 is missing from the copy.
- kpcrowd-dev (half of 500N-KPCrowd, news with about 45 crowd-selected phrases each, mostly 1-2 words):
  the first line is the title, the rest the body; articles under 30 words are skipped, as published
  results do (229 of 251 remain). With so many gold phrases F1@10 cannot exceed about .40; published
  F1@10: MultipartiteRank .182, YAKE .173.

Also, as a sanity check of the ``topics`` step (there is no IPTC gold): on Reuters-21578 stories whose
TOPICS tag is one of the big economic ones (earn, acq, money-fx, interest, trade, crude, grain, ship),
all of which belong under IPTC "economy, business and finance" (medtop:04000000), the share whose top
topic (or its level-1 parent) is medtop:04000000, and the share with it among the top 3.

The keyphrase model is trained on the even-numbered articles of both corpora (scripts/train_keyphrase_model.py);
``--only-newscoder --half odd`` scores the held-out half alone.

Run alone: ``python benchmarks/eval_keyphrases.py [--shared ../shared] [--quick] [--only-newscoder [--half odd]]
[--by-half]`` (``--by-half``: newscoder's rows on each half too, from the same run).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

TASK = "keyphrases"
DATASET = "DUC-2001"
#: F1@10 targets of newscoder per dataset (held-out sets of the same kinds are checked by others).
TARGET_F1_10 = {"DUC-2001": ">= 0.35", "kpcrowd-dev": ">= 0.20"}
MIN_WORDS = 30
_TAG = re.compile(r"<[^>]+>")
_WORDS = re.compile(r"[A-Za-z]{2,}")
_TITLE_TAGS = ("HEADLINE", "HEAD", "HL")


def _field(raw: str, tag: str) -> list[str]:
    return re.findall(rf"<{tag}>(.*?)</{tag}>", raw, flags=re.S)


def _clean(text: str) -> str:
    text = _TAG.sub(" ", text)
    return re.sub(r"[ \t]+", " ", text).strip()


def read_doc(path: Path) -> tuple[str, str]:
    """(title, body) of one DUC document file."""
    raw = path.read_text(encoding="latin-1")
    title = ""
    for tag in _TITLE_TAGS:
        heads = [" ".join(_clean(h).split()) for h in _field(raw, tag)]
        # Skip wire-service notes ("Eds: ...", "LaserPhoto", "$adv06"): a title has two words or more.
        heads = [h for h in heads if not h.startswith(("Eds:", "LaserPhoto")) and len(_WORDS.findall(h)) >= 2]
        if heads:
            title = heads[0]
            break
    body = "\n".join(_clean(t) for t in _field(raw, "TEXT"))
    # Paragraphs are separated by newlines + indentation in the sources; keep single newlines.
    body = re.sub(r"\n\s*\n+", "\n", body)
    return title, body


def read_gold(folder: Path) -> dict[str, list[str]]:
    gold = {}
    for line in (folder / "annotations.txt").read_text(encoding="latin-1").splitlines():
        if "@" in line:
            doc_id, phrases = line.split("@", 1)
            gold[doc_id.strip()] = [p.strip() for p in phrases.split(";") if p.strip()]
    return gold


_STEMMER = None


def normalize(phrase: str) -> str:
    """Lower-case and Porter-stem each word (JCDL-2020); hyphens split words like the gold tokens."""
    global _STEMMER
    if _STEMMER is None:
        from nltk.stem.porter import PorterStemmer

        _STEMMER = PorterStemmer()
    words = re.findall(r"[a-z0-9]+(?:[.'][a-z0-9]+)*", phrase.lower())
    return " ".join(_STEMMER.stem(w) for w in words)


def prf(predicted: list[str], gold: list[str], k: int) -> tuple[float, float, float]:
    gold_set = {normalize(g) for g in gold}
    seen, top = set(), []
    for p in predicted:
        n = normalize(p)
        if n and n not in seen:
            seen.add(n)
            top.append(n)
        if len(top) == k:
            break
    hits = sum(1 for p in top if p in gold_set)
    p = hits / k  # JCDL-2020 divides by k even when fewer are returned
    r = hits / len(gold_set) if gold_set else 0.0
    return p, r, (2 * p * r / (p + r) if hits else 0.0)


def load_docs(folder: Path, quick: bool) -> list[tuple[str, str, str, list[str]]]:
    gold = read_gold(folder)
    docs = []
    for path in sorted((folder / "docs").iterdir()):
        if path.name in gold:
            title, body = read_doc(path)
            docs.append((path.name, title, body, gold[path.name]))
    return docs[::5] if quick else docs


def load_kpcrowd(folder: Path, quick: bool) -> list[tuple[str, str, str, list[str]]]:
    """(id, title, body, gold) of the kpcrowd-dev articles of at least MIN_WORDS words."""
    root = folder / "500N-KPCrowd-v1.1"
    docs = []
    for path in sorted((root / "docsutf8").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        if len(text.split()) < MIN_WORDS:
            continue
        title, _, body = text.strip().partition("\n")
        keys = root / "keys" / (path.stem + ".key")
        gold = [g.strip() for g in keys.read_text(encoding="utf-8").splitlines() if g.strip()]
        docs.append((path.stem, title.strip(), body.strip(), gold))
    return docs[::4] if quick else docs


def newscoder_system(docs) -> tuple[list[list[str]], float]:
    import newscoder
    from newscoder.models import Article
    from newscoder.options import Options

    options = Options(steps=("keyphrases",), n_keyphrases=10, require_english=False)
    articles = [Article(text=f"{t}\n\n{b}" if t else b, id=i, title=t or None) for i, t, b, _ in docs]
    newscoder.load(options.steps)  # model loading is not timed
    start = time.perf_counter()
    results = [[k.text for k in a.keyphrases] for a in newscoder.analyze_many(articles, options=options)]
    return results, time.perf_counter() - start


def yake_system(docs) -> tuple[list[list[str]], float]:
    import yake

    extractor = yake.KeywordExtractor(lan="en", n=3, top=10)
    start = time.perf_counter()
    results = [[kw for kw, _ in extractor.extract_keywords(f"{t}\n\n{b}")] for _, t, b, _ in docs]
    return results, time.perf_counter() - start


def noun_chunk_system(docs) -> tuple[list[list[str]], float]:
    """Baseline: spaCy noun chunks (determiners dropped) ranked by frequency, then first position."""
    import newscoder

    nlp = newscoder.load(())
    start = time.perf_counter()
    results = []
    for doc in nlp.pipe(f"{t}\n\n{b}" for _, t, b, _ in docs):
        count, first = {}, {}
        for chunk in doc.noun_chunks:
            words = [w for w in chunk if not w.is_stop and not w.is_punct and w.pos_ != "PRON"]
            if not words:
                continue
            key = " ".join(w.lower_ for w in words)
            count[key] = count.get(key, 0) + 1
            first.setdefault(key, chunk.start)
        results.append(sorted(count, key=lambda k: (-count[k], first[k]))[:10])
    return results, time.perf_counter() - start


def _tags_folder(shared: Path, name: str) -> Path:
    """../shared/data/tags/<name>; `shared` may be ../shared or its data folder (eval.py passes the latter)."""
    folder = Path(shared) / "data" / "tags" / name
    return folder if folder.is_dir() else Path(shared) / "tags" / name


SYSTEMS = {"newscoder": newscoder_system, "yake": yake_system, "spacy-noun-chunks": noun_chunk_system}


def corpora(shared: Path, quick: bool) -> dict[str, list]:
    """dataset name -> its documents, for the corpora found under ``shared``."""
    out = {}
    duc, crowd = _tags_folder(shared, "duc2001"), _tags_folder(shared, "kpcrowd-dev")
    if (duc / "annotations.txt").is_file():
        out["DUC-2001"] = load_docs(duc, quick)
    if (crowd / "500N-KPCrowd-v1.1").is_dir():
        out["kpcrowd-dev"] = load_kpcrowd(crowd, quick)
    return out


def score_corpus(name: str, docs: list, systems: dict = SYSTEMS, quick: bool = False,
                 by_half: bool = False) -> list[dict]:
    """P/R/F1 at 5 and 10 and seconds a document of each system; with ``by_half`` also newscoder's rows on
    the even- and odd-numbered articles alone (the keyphrase model's training and held-out halves)."""
    dataset = f"{name} ({len(docs)} docs{', quick' if quick else ''})"
    rows = []
    for system_name, system in systems.items():
        predicted, seconds = system(docs)
        rows += _prf_rows(name, system_name, predicted, docs, dataset)
        rows.append(_row("seconds/doc", system_name, seconds / len(docs), None, dataset))
        if by_half and system_name == "newscoder":
            for half, start in (("even", 0), ("odd", 1)):
                part = docs[start::2]
                rows += _prf_rows(name, system_name, predicted[start::2], part, f"{name} {half} ({len(part)} docs)")
    return rows


def _prf_rows(name: str, system_name: str, predicted: list, docs: list, dataset: str) -> list[dict]:
    rows = []
    for k in (5, 10):
        scores = [prf(p, d[3], k) for p, d in zip(predicted, docs)]
        for i, metric in enumerate(("P", "R", "F1")):
            value = sum(s[i] for s in scores) / len(scores)
            target = TARGET_F1_10[name] if (system_name == "newscoder" and metric == "F1" and k == 10) else None
            rows.append(_row(f"{metric}@{k}", system_name, value, target, dataset))
    return rows


def evaluate(shared: Path, quick: bool = False, by_half: bool = False) -> list[dict]:
    found = corpora(shared, quick)
    if not found:
        print(f"eval_keyphrases: skipped, no keyphrase corpus under {shared}", file=sys.stderr)
        return []
    rows = []
    for name, docs in found.items():
        rows += score_corpus(name, docs, quick=quick, by_half=by_half)
    duc = found.get("DUC-2001")
    return rows + (component_speed(duc) if duc else []) + evaluate_topics(shared, quick)


def component_speed(docs, n: int = 50) -> list[dict]:
    """Milliseconds per document: spaCy's parse, then our keyphrases and topics steps on the parsed docs."""
    import newscoder
    from newscoder.steps import keyphrases, topics

    nlp = newscoder.load(())
    texts = [f"{t}\n\n{b}" if t else b for _, t, b, _ in docs[:n]]
    keyphrases.extract(nlp("A warm-up text about the oil spill."), 5)  # load the embeddings untimed
    _ = topics.tables().vectors
    start = time.perf_counter()
    parsed = list(nlp.pipe(texts))
    parse = time.perf_counter() - start
    for doc, (_, title, _, _) in zip(parsed, docs):
        doc._.nc_title = title
    start = time.perf_counter()
    for doc in parsed:
        doc._.nc_keyphrases = keyphrases.extract(doc, 20)
    kp = time.perf_counter() - start
    start = time.perf_counter()
    for doc in parsed:
        topics.extract(doc, 3)
    tp = time.perf_counter() - start
    dataset = f"DUC-2001 ({len(parsed)} docs)"
    return [_row(f"ms/doc {what}", "newscoder", 1000 * sec / len(parsed), None, dataset)
            for what, sec in (("spacy parse", parse), ("keyphrases", kp), ("topics", tp))]


REUTERS_ECONOMY = {"earn", "acq", "money-fx", "interest", "trade", "crude", "grain", "ship"}
ECONOMY = "medtop:04000000"


def load_reuters(folder: Path, limit: int) -> list[tuple[str, str]]:
    """(title, body) of the first ``limit`` stories tagged with one of REUTERS_ECONOMY."""
    import html

    stories = []
    for path in sorted(folder.glob("reut2-0*.sgm")):
        raw = path.read_text(encoding="latin-1")
        for record in re.findall(r"<REUTERS(.*?)</REUTERS>", raw, flags=re.S):
            tags = set(re.findall(r"<D>(.*?)</D>", "".join(_field(record, "TOPICS"))))
            body = _field(record, "BODY")
            if tags & REUTERS_ECONOMY and body:
                title = html.unescape(" ".join(_field(record, "TITLE")))
                stories.append((title.title(), html.unescape(body[0]).replace(" Reuter\n\x03", "")))
                if len(stories) == limit:
                    return stories
    return stories


def evaluate_topics(shared: Path, quick: bool) -> list[dict]:
    folder = _tags_folder(shared, "reuters21578")
    if not folder.is_dir():
        print(f"eval_keyphrases: topics check skipped, {folder} not found", file=sys.stderr)
        return []
    import newscoder
    from newscoder.models import Article
    from newscoder.options import Options
    from newscoder.steps.topics import tables

    stories = load_reuters(folder, 100 if quick else 500)
    parent = {t.code: (t.parent or t.code) for t in tables().topics}
    options = Options(steps=("topics",), n_topics=3, require_english=False)
    articles = [Article(text=f"{t}\n\n{b}", id=str(i), title=t) for i, (t, b) in enumerate(stories)]
    top1 = top3 = 0
    for analysis in newscoder.analyze_many(articles, options=options):
        codes = [parent[t.code] for t in analysis.topics]
        top1 += bool(codes) and codes[0] == ECONOMY
        top3 += ECONOMY in codes
    dataset = f"Reuters-21578 econ ({len(stories)})"
    return [
        {"task": "topics", "dataset": dataset, "metric": "top1 = economy", "system": "newscoder",
         "value": round(top1 / len(stories), 4), "target": None},
        {"task": "topics", "dataset": dataset, "metric": "top3 has economy", "system": "newscoder",
         "value": round(top3 / len(stories), 4), "target": None},
    ]


def _row(metric, system, value, target, dataset):
    return {"task": TASK, "dataset": dataset, "metric": metric, "system": system,
            "value": round(float(value), 4), "target": target}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[1].parent / "shared")
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--only-newscoder", action="store_true", help="score newscoder alone, no speed or topics")
    parser.add_argument("--half", choices=("even", "odd"), help="with --only-newscoder: only the even-numbered "
                        "articles (the keyphrase model's training half) or the odd ones (held out)")
    parser.add_argument("--by-half", action="store_true", help="also newscoder's figures on the even and the odd "
                        "articles of each corpus (from the same run)")
    args = parser.parse_args()
    if args.only_newscoder:
        start = {"even": 0, "odd": 1}.get(args.half or "", 0)
        step = 2 if args.half else 1
        rows = [r for name, docs in corpora(args.shared, args.quick).items()
                for r in score_corpus(name, docs[start::step], {"newscoder": newscoder_system}, args.quick,
                                      by_half=args.by_half and not args.half)]
    else:
        rows = evaluate(args.shared, quick=args.quick, by_half=args.by_half)
    for row in rows:
        print(f"{row['dataset']:<28} {row['metric']:<16} {row['system']:<18} {row['value']:>8.4f}"
              f"  {row['target'] or ''}")


if __name__ == "__main__":
    main()
