"""Write results as JSONL, JSON, CSV, Parquet, GeoJSON or text, to stdout or atomically to a file.

Everything here works on ``Analysis.to_dict()`` dicts (the output contract, docs/output.md): the event
table (``event_rows``, ``EVENT_COLUMNS``), the place table and GeoJSON (``place_rows``, ``places_geojson``,
``PLACE_FIELDS``), flat rows and the text report.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import io
import json
import os
import sys
import tempfile
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from ..errors import OptionsError
from ..models import PlaceMention, public_fields


def to_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)


def umask() -> int:
    """The process's umask, read without changing it where Linux tells it (/proc), else set and reset."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def atomic_open(path: str | Path | None, mode: str = "w", *, file_mode: int | None = None) -> Iterator[IO]:
    """stdout, or a temp file beside ``path`` renamed over it only when writing succeeded.

    The file gets ``file_mode``, else the mode of the file it replaces, else what the user's umask allows
    for a new file (0666 less the umask), as ``open`` would give; never the 0600 of a bare temp file.
    """
    if path is None or str(path) == "-":
        yield sys.stdout.buffer if "b" in mode else sys.stdout
        return
    path = Path(path)
    if file_mode is None:
        try:
            file_mode = path.stat().st_mode & 0o7777
        except OSError:
            file_mode = 0o666 & ~umask()
    fd, tmp = tempfile.mkstemp(dir=path.parent or ".", prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.fchmod(fd, file_mode)
        with os.fdopen(fd, mode, **({} if "b" in mode else {"encoding": "utf-8", "newline": ""})) as f:
            yield f
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def flat_row(d: dict[str, Any]) -> dict[str, Any]:
    """One analysis as a flat CSV row (lists joined with '; ')."""
    return {
        "id": d["id"],
        "title": d.get("title") or "",
        "date": d.get("date") or "",
        "tags": "; ".join(d["tags"]),
        "keyphrases": "; ".join(k["text"] for k in d["keyphrases"]),
        "topics": "; ".join(t["label"] for t in d["topics"]),
        "entities": "; ".join(dict.fromkeys(e["canonical"] for e in d["entities"])),
        "places": "; ".join(dict.fromkeys(p["name"] or p["text"] for p in d["places"])),
        "events": len(d["events"]),
        "source": d.get("source") or "",
    }


def write_rows(rows: Iterable[dict[str, Any]], fmt: str, out: str | None,
               columns: list[str] | None = None) -> int:
    """Write flat rows (dicts) as csv, jsonl, json or parquet. Returns the number of rows."""
    if fmt == "parquet":
        if out in (None, "-"):
            raise OptionsError("--format parquet needs --output FILE")
        import pyarrow as pa
        import pyarrow.parquet as pq

        rows = list(rows)
        table = pa.Table.from_pylist(rows) if rows else pa.table({c: [] for c in columns or []})
        with atomic_open(out, "wb") as f:
            pq.write_table(table, f)
        return len(rows)
    n = 0
    with atomic_open(out) as f:
        if fmt == "csv":
            writer = None
            for row in rows:
                if writer is None:
                    writer = csv.DictWriter(f, fieldnames=columns or list(row), extrasaction="ignore")
                    writer.writeheader()
                writer.writerow(row)
                n += 1
            if writer is None and columns:
                csv.DictWriter(f, fieldnames=columns).writeheader()
        elif fmt == "json":
            rows = list(rows)
            f.write(json.dumps(rows, ensure_ascii=False, indent=2, default=str) + "\n")
            n = len(rows)
        elif fmt == "jsonl":
            for row in rows:
                f.write(to_json(row) + "\n")
                f.flush() if f is sys.stdout else None
                n += 1
        else:
            raise OptionsError(f"unknown format {fmt!r}")
    return n


#: Columns of the event table: one row per source-target dyad of an event, GDELT 2.0 event-table names in
#: snake case where one fits (the mapping is in docs/output.md).
EVENT_COLUMNS = (
    "event_id", "article_id", "url", "published", "date",
    "actor1_name", "actor1_code", "actor1_country_code", "actor1_type_code", "actor1_guessed",
    "actor2_name", "actor2_code", "actor2_country_code", "actor2_type_code", "actor2_guessed",
    "event_code", "base_code", "root_code", "quad_class", "goldstein", "plover_type", "plover_mode",
    "mode", "confidence", "mentions",
    "action_geo_name", "action_geo_country_code", "action_geo_adm1_code", "action_geo_feature_id",
    "action_geo_lat", "action_geo_long", "reported_by", "trigger", "sentence", "sentence_start", "sentence_end",
)
#: Fields of a place mention in the place table and the GeoJSON properties (after the article id).
PLACE_FIELDS = public_fields(PlaceMention)


def _actor_columns(n: int, actor: dict[str, Any] | None) -> dict[str, Any]:
    a = actor or {}
    return {f"actor{n}_name": a.get("canonical") or a.get("text"), f"actor{n}_code": a.get("code"),
            f"actor{n}_country_code": a.get("country"), f"actor{n}_type_code": a.get("sector"),
            f"actor{n}_guessed": a.get("guessed") if actor else None}


def event_id(article_id: str, e: dict[str, Any], source: dict | None, target: dict | None) -> str:
    """A stable id of one dyad of an event: the same article text and options give the same ids."""
    key = "|".join(str(x) for x in (article_id, e.get("start"), e.get("end"), e.get("cameo"), e.get("trigger"),
                                     (source or {}).get("code"), (source or {}).get("text"),
                                     (target or {}).get("code"), (target or {}).get("text")))
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def event_rows(d: dict[str, Any]) -> list[dict[str, Any]]:
    """The event table's rows of one analysis (``EVENT_COLUMNS``): one per source-target pair (``dyads``),
    never two actors in one cell."""
    out = []
    for e in d.get("events") or []:
        loc = e.get("location") or {}
        common = {
            "article_id": d["id"], "url": d.get("url"), "published": d.get("date"), "date": e.get("date"),
            "event_code": e["cameo"], "base_code": e["cameo"][:3], "root_code": e["cameo"][:2],
            "quad_class": e.get("quad_class"), "goldstein": e.get("goldstein"), "plover_type": e["event"],
            "plover_mode": e.get("plover_mode") or None, "mode": e.get("mode"), "confidence": e.get("confidence"),
            "mentions": e.get("mentions", 1), "action_geo_name": loc.get("name"),
            "action_geo_country_code": loc.get("country"), "action_geo_adm1_code": loc.get("admin1_code"),
            "action_geo_feature_id": loc.get("geonameid"), "action_geo_lat": loc.get("lat"),
            "action_geo_long": loc.get("lon"), "reported_by": e.get("reported_by"), "trigger": e.get("trigger"),
            "sentence": e.get("text"), "sentence_start": e.get("start"), "sentence_end": e.get("end"),
        }
        for source, target in dyads(e.get("actor") or [], e.get("recipient") or [], e["event"] in MUTUAL_TYPES):
            row = {"event_id": event_id(d["id"], e, source, target), **common,
                   **_actor_columns(1, source), **_actor_columns(2, target)}
            out.append({c: row.get(c) for c in EVENT_COLUMNS})
    return out


#: Types whose act both sides do to each other: "Chile met Peru" is also Peru meeting Chile (CAMEO's coders write
#: such an event twice, with the actors reversed).
MUTUAL_TYPES = frozenset({"CONSULT"})


def dyads(sources: list[dict], targets: list[dict], mutual: bool = False) -> list[tuple[dict | None, dict | None]]:
    """Source-target pairs: each source with each target; sides named together with no target ("talks
    between Chile and Peru") are each other's targets, both ways, and so are the two sides of a ``mutual`` act
    ("Chile held talks with Peru"); a side with nobody is None."""
    if not targets and len(sources) > 1:
        return [(a, b) for a in sources for b in sources if a is not b]
    pairs = [(a, b) for a in sources or [None] for b in targets or [None]]
    if mutual and sources and targets:
        pairs += [(b, a) for a, b in pairs if (b, a) not in pairs]
    return pairs


def place_rows(d: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per place mention of an analysis: the article id, then ``PLACE_FIELDS``."""
    return [{"id": d["id"], **{k: p.get(k) for k in PLACE_FIELDS}} for p in d.get("places") or []]


def places_geojson(dicts: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """A GeoJSON FeatureCollection with one Point per resolved place mention of these analyses."""
    features = []
    for d in dicts:
        for p in d.get("places") or []:
            if p.get("lat") is None or p.get("lon") is None:
                continue
            props = {"id": d["id"], **{k: p.get(k) for k in PLACE_FIELDS if k not in ("lat", "lon")}}
            features.append({"type": "Feature", "properties": props,
                             "geometry": {"type": "Point", "coordinates": [p["lon"], p["lat"]]}})
    return {"type": "FeatureCollection", "features": features}


def export_file(d: dict[str, Any], name: str) -> str:
    """One analysis as the file the CLI writes: ``events.csv`` (``newscoder events``), ``places.csv`` or
    ``places.geojson`` (``newscoder places``)."""
    if name == "places.geojson":
        return to_json(places_geojson([d])) + "\n"
    rows, columns = (event_rows(d), list(EVENT_COLUMNS)) if name == "events.csv" else (
        place_rows(d), ["id", *PLACE_FIELDS])
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def _main_label(labels: Counter) -> str:
    """An entity's label: a country named once as "Turkish" and twice as "Turkey" is a GPE."""
    if "GPE" in labels and "NORP" in labels:
        del labels["NORP"]
    return labels.most_common(1)[0][0]


def text_report(d: dict[str, Any]) -> str:
    """A human-readable summary of one analysis."""
    out = io.StringIO()
    head = d.get("title") or d["id"]
    out.write(f"== {head}\n")
    out.write(f"Tags: {'; '.join(d['tags'])}\n")
    if d["keyphrases"]:
        out.write("Keyphrases: " + "; ".join(k["text"] for k in d["keyphrases"][:10]) + "\n")
    if d["topics"]:
        out.write("Topics: " + "; ".join(f"{t['label']} ({t['score']:.2f})" for t in d["topics"]) + "\n")
    labels: dict[str, Counter] = {}
    salience: dict[str, float] = {}
    for e in d["entities"]:
        labels.setdefault(e["canonical"], Counter())[e["label"]] += 1
        salience[e["canonical"]] = e["salience"]
    if labels:
        ranked = sorted(labels, key=lambda name: -salience[name])[:12]
        out.write("Entities: " + "; ".join(f"{name} [{_main_label(labels[name])}]" for name in ranked) + "\n")
    if d["places"]:
        names = dict.fromkeys(f"{p['name'] or p['text']} ({p['country'] or p['feature'] or 'unresolved'})"
                              for p in d["places"] if not p.get("metonym"))
        out.write("Places: " + "; ".join(names) + "\n")
    if d.get("focus"):
        out.write("Focus: " + "; ".join(f"{f['name']} ({f['score']:.2f})" for f in d["focus"][:5]) + "\n")
    for ev in d["events"][:12]:
        actor = ", ".join(a["canonical"] or a["text"] for a in ev.get("actor") or []) or "?"
        target = ", ".join(a["canonical"] or a["text"] for a in ev.get("recipient") or []) or "-"
        where = f" in {ev['location']['name']}" if ev.get("location") else ""
        out.write(f"Event: {ev.get('date') or '?'} {actor} -> {ev['event']} -> {target}{where} "
                  f"(CAMEO {ev.get('cameo')})\n")
    for q in d["dates"][:8]:
        out.write(f"Date: {q['text']} = {q.get('value') or '?'}\n")
    for q in d.get("quantities", [])[:8]:
        out.write(f"Quantity: {q['text']} = {q['value']:g} {q.get('unit') or ''}".rstrip() + "\n")
    return out.getvalue()
