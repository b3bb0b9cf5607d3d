"""Event coding benchmark: PLOVER gold-standard records and CAMEO codebook example sentences.

Rows (``evaluate(shared, quick)``):
- PLOVER event-type accuracy on the 322 hand-coded sentences of ../shared/data/events/plover
  (old GSR names mapped: DEMAND->REQUEST, DISAPPROVE/INVESTIGATE->ACCUSE, FIGHT->ASSAULT);
- actor and recipient code accuracy (ISO3 + sector). Matching rules, fixed before looking at
  the coder's errors and applied the same way to every record:
  - organisation codes compare on their kind: the GSR codes international NGOs like IGOs
    ("Amnesty International", "Red Cross": IGO), so IGO*/NGO* are one class "IGO", IMG* is "IMG";
  - sectors compare on their first three letters, with the CAMEO spellings of the same PLOVER
    sector made equal (CIV = CVL, INS = REB, HLH = MED);
  - a gold actor coded without a sector ("Israel", "Israeli troops": ISR) is matched on its
    code alone: the gold coder did not record a sector, so none is wrong. The strict row
    ("strict sectors": a bare gold state needs a bare prediction) is printed beside it;
- CAMEO root-code accuracy on the codebook's example sentences (../shared/data/events/cameo);
- false events per sentence: events whose PLOVER type the gold record does not have.

The event compared with the gold one is ``events.main_event``: the predicate highest in the
dependency tree (reported clauses count from the reporting verb), then the first in the sentence.
A sentence with no event counts as wrong.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

OLD_NAMES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}


def _coder():
    from newscoder.options import Options
    from newscoder.pipeline import load
    from newscoder.steps import events

    steps = tuple(s for s in Options(steps=("events",)).steps if s != "events")
    return load(steps), events


def _code_sentences(texts: list[str]) -> list[list]:
    nlp, events = _coder()
    return [events.Coder(doc).run() for doc in nlp.pipe(texts, batch_size=64)]


SECTOR_SAME = {"CIV": "CVL", "INS": "REB", "HLH": "MED"}


def _actor_key(code, sector) -> tuple:
    code = str(code or "")
    if code.startswith(("IGO", "NGO")):
        code = "IGO"
    elif code.startswith("IMG"):
        code = "IMG"
    sector = str(sector or "")[:3].upper()
    sector = SECTOR_SAME.get(sector, sector)
    return code, (sector if sector not in ("", "***") else None)


def _matches(pred: tuple, gold: set[tuple], strict: bool = False) -> bool:
    """``pred`` (code, sector) against the gold set: a gold actor without a sector matches on
    its code unless ``strict``."""
    return pred in gold or (not strict and (pred[0], None) in gold)


def _gold_actors(value) -> set[tuple]:
    if not isinstance(value, list):
        return set()
    return {_actor_key(a.get("code"), a.get("sector")) for a in value if isinstance(a, dict) and a.get("code")}


def _load_gsr(shared: Path) -> list[dict]:
    path = shared / "events" / "plover" / "PLOVER_GSR_CAMEO.txt"
    records = json.loads(path.read_text(encoding="utf-8"))
    return [r for r in records if r.get("event") != "DOCUMENT" and r.get("text")]


def eval_plover(shared: Path, quick: bool) -> list[dict]:
    records = _load_gsr(shared)
    if quick:
        records = records[::2]
    from newscoder.steps.events import main_event

    coded = _code_sentences([r["text"].strip("{} ") for r in records])
    hits = actor_hits = actor_strict = actor_code_hits = actor_n = rec_hits = rec_n = false = 0
    for rec, evs in zip(records, coded):
        gold = OLD_NAMES.get(rec["event"], rec["event"])
        main = main_event(evs)
        hits += bool(main and main.event == gold)
        false += sum(1 for e in evs if e.event != gold)
        src, tar = _gold_actors(rec.get("source")), _gold_actors(rec.get("target"))
        if src:
            actor_n += 1
            pred = [_actor_key(a.country or a.code, a.sector) for a in (main.actor if main else [])]
            actor_hits += bool(pred and _matches(pred[0], src))
            actor_strict += bool(pred and _matches(pred[0], src, strict=True))
            actor_code_hits += bool(pred and pred[0][0] in {c for c, _ in src})
        if tar:
            rec_n += 1
            pred = [_actor_key(a.country or a.code, a.sector) for a in (main.recipient if main else [])]
            rec_hits += bool(pred and _matches(pred[0], tar))
    n = len(records)
    base = {"task": "events", "dataset": f"PLOVER GSR ({n} sentences)", "system": "newscoder"}
    return [
        dict(base, metric="event type accuracy", value=hits / n, target=">= 0.75"),
        dict(base, metric="actor code accuracy (ISO3+sector)", value=actor_hits / max(actor_n, 1), target=">= 0.70"),
        dict(base, metric="actor code accuracy (strict sectors)", value=actor_strict / max(actor_n, 1), target=None),
        dict(base, metric="actor ISO3 accuracy", value=actor_code_hits / max(actor_n, 1), target=None),
        dict(base, metric="recipient code accuracy (ISO3+sector)", value=rec_hits / max(rec_n, 1), target=None),
        dict(base, metric="false events per sentence", value=false / n, target="<= 0.2"),
    ]


def eval_cameo(shared: Path, quick: bool) -> list[dict]:
    path = shared / "events" / "cameo" / "cameo-codes.andybega-icews.csv"
    with open(path, encoding="latin-1") as f:
        examples = [(r["code"].strip(), r["example"].strip()) for r in csv.DictReader(f)
                    if r["example"] and r["example"] != "NA"]
    if quick:
        examples = examples[::2]
    from newscoder.steps.events import main_event

    coded = _code_sentences([text for _, text in examples])
    hits = coded_n = 0
    for (code, _), evs in zip(examples, coded):
        main = main_event(evs)
        coded_n += main is not None
        hits += bool(main and main.cameo[:2] == code[:2])
    n = len(examples)
    base = {"task": "events", "dataset": f"CAMEO codebook examples ({n} sentences)", "system": "newscoder"}
    return [dict(base, metric="CAMEO root code accuracy", value=hits / n, target=">= 0.70"),
            dict(base, metric="sentences with an event", value=coded_n / n, target=None)]


def evaluate(shared: Path, quick: bool = False) -> list[dict]:
    """``shared`` is ../shared/data, as eval.py passes it (../shared itself is accepted too)."""
    shared = Path(shared)
    if (shared / "data" / "events").is_dir():
        shared = shared / "data"
    if not (shared / "events").is_dir():
        print(f"skip events: {shared / 'events'} not found", file=sys.stderr)
        return []
    return eval_plover(shared, quick) + eval_cameo(shared, quick)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    start = time.perf_counter()
    for row in evaluate(args.shared, args.quick):
        print(f"{row['dataset']:<40} {row['metric']:<40} {row['value']:.3f}  target {row['target']}")
    print(f"({time.perf_counter() - start:.1f} s)", file=sys.stderr)


if __name__ == "__main__":
    main()
