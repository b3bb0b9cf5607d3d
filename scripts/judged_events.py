"""Hand-judged events on real news, for the event model (scripts/train_event_model.py).

The blind checks of issue 9 (docs/event-model.md, "Judged by hand") had newscoder's events on fresh news
judged one by one: is each output a real event reported as happened (``real``), and is its PLOVER type
right (``type_ok``)? Those judgments are newscoder's own labels; the news they judge is not ours, so the
project keeps the labels and pointers into the articles, never their text:

``data_src/judged_events.tsv``: one row per judged output: ``batch`` (the check that judged it),
``corpus``, ``article`` (the article's id in its corpus), ``start``/``end`` (the evidence's character span
in the article text as analysed), ``sha1`` (of that evidence text, first 12 hex digits), ``trigger`` (the
output's trigger words; the first is the predicate the model decides on), ``real`` and ``type_ok`` (Y/N),
``event`` (the output's PLOVER type).

Corpora (all public research copies; only those not among our evaluation sets are kept):
- ``reut``: Reuters-21578 (../shared/data/tags/reuters21578; "Fresh text to read outputs on"), article text
  = TITLE, a blank line, BODY;
- ``rcv1tr``: Reuters RCV1 stories of August-December 1996, rebuilt from the CoNLL-2003 *training* token
  files (public GitHub copies; headline, blank line, dateline, blank line, body); the CoNLL test stories,
  which our NER evaluation set re-annotates, are left out;
- ``bbc``: BBC News 2004-2005 raw files (the BBC dataset of Greene & Cunningham, 2006, public GitHub copies;
  ``bbc-<kind>-<NNN>`` is ``<kind>/<NNN>.txt``, the file as it is);
- ``isot``: Reuters political and world stories of October-December 2017, the "true" half of the ISOT Fake News
  data set (Ahmed, Traore & Saad, 2017; University of Victoria), as its public copy ``True.csv`` in
  github.com/Vatshayan/Fake-News-Prediction (989 rows): ``isot-<N>`` is the CSV's row N (0 = the first row after
  the header), article text = title, a blank line, the text stripped, a line break; published = its date.
Outputs judged on our evaluation sets' articles (GeoVirus, DUC, KPCrowd) are left out.

Commands:
- ``collect JUDGE_DIR...``: write the judgments of blind-check folders (``articles.json``,
  ``blind_events.json`` or ``events.json``, ``judgments.txt``: ``eid|real|type|src|tgt|cats|ev|note``) into
  data_src/judged_events.tsv, in place of the rows of the same batches (a folder's name is its batch); the
  other batches' rows are kept;
- ``texts SOURCES... [--out PATH]``: the judged articles, taken from article files (JSON lists of
  ``{"id", "text"}``, the ISOT ``True.csv``, the Reuters-21578 folder of ../shared/data/tags, or a BBC folder of
  ``<kind>/<NNN>.txt`` files) when every judged evidence span in them matches its sha1, written as JSON lines
  ``{"id", "text"}`` to ``.cache/judged_articles.jsonl``, where the training script reads them (the model
  sees each judged output in its article, as the events step does).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TSV = ROOT / "data_src" / "judged_events.tsv"
TEXTS = ROOT / ".cache" / "judged_articles.jsonl"
COLUMNS = ("batch", "corpus", "article", "start", "end", "sha1", "trigger", "real", "type_ok", "event")
#: Corpora whose judged outputs are kept (the others are evaluation sets of ours).
KEPT = ("reut", "rcv1tr", "bbc", "isot")
HEADER = """\
# Hand-judged outputs of newscoder's event coder on real news (issue 9's blind checks), newscoder's own
# labels; the texts are not in the project: scripts/judged_events.py says where they come from and cuts
# them (`texts`). real: the output is an event reported as happened; type_ok: its PLOVER type is right.
"""


def sha(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def corpus_of(article: str) -> str:
    return article.split("-")[0]


def _events(folder: Path) -> dict:
    for name in ("blind_events.json", "events.json"):
        if (folder / name).exists():
            return {e["eid"]: e for e in json.loads((folder / name).read_text(encoding="utf-8"))}
    raise SystemExit(f"{folder}: no blind_events.json or events.json")


def collect(folders: list[Path], kept: list[dict] | None = None) -> list[dict]:
    """The rows of ``kept`` whose batch is none of ``folders``, then the folders' judgments."""
    rows = [row for row in kept or [] if row["batch"] not in {folder.name for folder in folders}]
    for folder in folders:
        articles = {a["id"]: a["text"] for a in json.loads((folder / "articles.json").read_text(encoding="utf-8"))}
        events = _events(folder)
        for line in (folder / "judgments.txt").read_text(encoding="utf-8").splitlines():
            if not line.startswith("E"):
                continue
            eid, real, type_ok = (p.strip() for p in line.split("|")[:3])
            event = events.get(eid)
            if event is None or real not in ("Y", "N") or corpus_of(event["art"]) not in KEPT:
                continue
            text, article = event["text"], articles[event["art"]]
            if article.count(text) != 1:
                raise SystemExit(f"{folder}/{eid}: the evidence is not found once in {event['art']}")
            start = article.index(text)
            rows.append({"batch": folder.name, "corpus": corpus_of(event["art"]), "article": event["art"],
                         "start": start, "end": start + len(text), "sha1": sha(text), "trigger": event["trig"],
                         "real": real, "type_ok": type_ok if type_ok in ("Y", "N") else "N",
                         "event": event["event"]})
    return rows


def write(rows: list[dict], path: Path = TSV) -> None:
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(HEADER)
        writer = csv.DictWriter(f, COLUMNS, delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def read(path: Path = TSV) -> list[dict]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def isot_articles(path: Path) -> list[dict]:
    """The ISOT ``True.csv`` rows as articles: ``isot-<row>``, title, a blank line, the text, a line break."""
    with open(path, encoding="utf-8", newline="") as f:
        return [{"id": f"isot-{n}", "text": f"{r['title'].strip()}\n\n{r['text'].strip()}\n"}
                for n, r in enumerate(csv.DictReader(f))]


def reuters_articles(folder: Path) -> list[dict]:
    """Reuters-21578's stories with a body (``reut2-*.sgm`` in ``folder``): ``reut-<NEWID>``, the title, a blank
    line, the body (character references decoded, the closing "Reuter" mark cut)."""
    import html
    import re

    out = []
    for sgm in sorted(folder.glob("reut2-*.sgm")):
        raw = sgm.read_text(encoding="latin-1")
        for m in re.finditer(r"<REUTERS([^>]*)>(.*?)</REUTERS>", raw, flags=re.S):
            newid = re.search(r'NEWID="(\d+)"', m.group(1))
            title, body = (re.search(rf"<{tag}>(.*?)</{tag}>", m.group(2), re.S) for tag in ("TITLE", "BODY"))
            if newid and body:
                text = html.unescape(body.group(1)).replace(" Reuter\n\x03", "")
                out.append({"id": f"reut-{newid.group(1)}",
                            "text": f"{html.unescape(title.group(1)) if title else ''}\n\n{text}"})
    return out


def bbc_articles(folder: Path) -> list[dict]:
    """The BBC News raw files under ``folder`` (``<kind>/<NNN>.txt``, Latin-1): ``bbc-<kind>-<NNN>``, the file as
    it is."""
    return [{"id": f"bbc-{f.parent.name}-{f.stem}", "text": f.read_bytes().decode("latin-1")}
            for f in sorted(folder.glob("*/[0-9][0-9][0-9].txt"))]


def read_articles(source: Path) -> list[dict]:
    """Articles from a JSON list of ``{"id", "text"}``, the ISOT ``True.csv``, a Reuters-21578 folder (its
    ``reut2-*.sgm``) or a BBC folder (``<kind>/<NNN>.txt``)."""
    if source.is_dir():
        return reuters_articles(source) if any(source.glob("reut2-*.sgm")) else bbc_articles(source)
    if source.suffix == ".csv":
        return isot_articles(source)
    return json.loads(source.read_text(encoding="utf-8"))


def texts(article_files: list[Path], out: Path = TEXTS, path: Path = TSV) -> tuple[int, int]:
    """Write the judged articles found in ``article_files`` whose evidence spans all match; returns (found,
    wanted)."""
    articles = {}
    for file in article_files:
        for a in read_articles(file):
            articles.setdefault(a["id"], a["text"])
    rows = read(path)
    wanted = {row["article"] for row in rows}
    bad = {row["article"] for row in rows
           if sha(articles.get(row["article"], "")[int(row["start"]):int(row["end"])]) != row["sha1"]}
    found = sorted(wanted - bad)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        for key in found:
            f.write(json.dumps({"id": key, "text": articles[key]}, ensure_ascii=False) + "\n")
    tmp.replace(out)
    return len(found), len(wanted)


def load_texts(path: Path = TEXTS) -> dict[str, str]:
    """The judged articles' texts by id (``texts`` wrote them)."""
    with open(path, encoding="utf-8") as f:
        return {r["id"]: r["text"] for r in map(json.loads, f)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    c = sub.add_parser("collect", help="write data_src/judged_events.tsv from blind-check folders")
    c.add_argument("folders", type=Path, nargs="+")
    t = sub.add_parser("texts", help="collect the judged articles from article files")
    t.add_argument("articles", type=Path, nargs="+")
    t.add_argument("--out", type=Path, default=TEXTS)
    args = parser.parse_args()
    if args.command == "collect":
        rows = collect(args.folders, read() if TSV.exists() else [])
        write(rows)
        print(f"{len(rows)} judged outputs -> {TSV}")
    else:
        found, wanted = texts(args.articles, args.out)
        print(f"{found} of {wanted} judged articles -> {args.out}")
        if found < wanted:
            sys.exit(f"{wanted - found} judged articles not found: the model built without them differs")


if __name__ == "__main__":
    main()
