"""Generate newscoder's IPTC Media Topics tables (levels 1 and 2, active topics only).

Reads  ../shared/data/tags/iptc/mediatopic_2023-10-24_flat.tsv  (IPTC Media Topics, CC BY 4.0, (c) IPTC)
and    data_src/topic_keywords.tsv                                (our own cue words per topic)
Writes src/newscoder/data/iptc_topics.tsv      qcode, label, level, parent, wikidata
       src/newscoder/data/topic_keywords.tsv   qcode, cues   (checked against the IPTC codes)

Only codes, English labels, levels, parents and Wikidata ids are taken from IPTC (see NOTICE).
Usage: python scripts/build_topics.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

from newscoder.knowledge.tables import numbered_rows

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "newscoder" / "data"
SOURCE = Path("data") / "tags" / "iptc" / "mediatopic_2023-10-24_flat.tsv"
HEADER = "# IPTC Media Topics (levels 1-2), CC BY 4.0, (c) IPTC, International Press Telecommunications Council"


def read_iptc(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    topics = []
    for row in rows:
        if row["retired_date"].strip() or row["level"] not in ("1", "2"):
            continue
        wikidata = row["wikidata"].rstrip("/").rsplit("/", 1)[-1] if row["wikidata"] else ""
        topics.append({"qcode": row["qcode"], "label": row["label_en_GB"].strip(), "level": row["level"],
                       "parent": row["parent_qcode"] or "", "wikidata": wikidata})
    return topics


def read_cues(path: Path, codes: set[str]) -> list[tuple[str, str]]:
    cues = []
    for n, (qcode, _label, words) in numbered_rows(path.name, path):
        if qcode not in codes:
            sys.exit(f"{path}:{n}: {qcode} is not an active level-1/2 IPTC topic")
        words = "; ".join(w.strip().lower() for w in words.split(";") if w.strip())
        cues.append((qcode, words))
    return cues


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    source = args.shared / SOURCE
    if not source.is_file():
        sys.exit(f"build_topics: {source} not found (pass --shared)")
    topics = read_iptc(source)
    OUT.mkdir(parents=True, exist_ok=True)
    lines = [HEADER, "qcode\tlabel\tlevel\tparent\twikidata"]
    lines += ["\t".join(t[k] for k in ("qcode", "label", "level", "parent", "wikidata")) for t in topics]
    (OUT / "iptc_topics.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    cues = read_cues(ROOT / "data_src" / "topic_keywords.tsv", {t["qcode"] for t in topics})
    lines = ["# Cue words per IPTC topic, written for newscoder (generated from data_src/topic_keywords.tsv)",
             "qcode\tcues"] + [f"{q}\t{w}" for q, w in cues]
    (OUT / "topic_keywords.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(topics)} topics and {len(cues)} cue lists to {OUT}")


if __name__ == "__main__":
    main()
