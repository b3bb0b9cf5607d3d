"""Many analyses as pandas DataFrames, for notebooks: ``newscoder.frames(analyses)``.

    frames = newscoder.frames(newscoder.analyze_many(texts))
    frames["events"].groupby("plover_type").size()

One call gives four tables, each with the article id first: ``articles`` (one row per analysis: title, date,
tags, counts), ``events`` (the event table of ``newscoder events``: ``io.writers.EVENT_COLUMNS``), ``places``
(one row per place mention, as ``newscoder places``) and ``entities`` (one row per entity mention with its
canonical name and salience). pandas is the ``notebook`` extra (``pip install 'newscoder[notebook]'``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..models import Analysis, Entity, public_fields
from .writers import EVENT_COLUMNS, PLACE_FIELDS, event_rows, place_rows

ENTITY_COLUMNS = ("id", *public_fields(Entity))
ARTICLE_COLUMNS = ("id", "title", "date", "source", "tags", "entities", "places", "events")


def frames(analyses: Iterable[Analysis | dict[str, Any]]) -> dict[str, Any]:
    """``{"articles", "events", "places", "entities"}`` DataFrames of these analyses (Analysis or dicts)."""
    try:
        import pandas as pd
    except ImportError:  # pragma: no cover
        raise ImportError("newscoder.frames needs pandas: pip install 'newscoder[notebook]'") from None
    rows: dict[str, list[dict[str, Any]]] = {"articles": [], "events": [], "places": [], "entities": []}
    for a in analyses:
        d = a.to_dict() if isinstance(a, Analysis) else a
        rows["articles"].append({"id": d["id"], "title": d.get("title"), "date": d.get("date"),
                                 "source": d.get("source"), "tags": "; ".join(d.get("tags") or []),
                                 "entities": len(d.get("entities") or []), "places": len(d.get("places") or []),
                                 "events": len(d.get("events") or [])})
        rows["events"] += event_rows(d)
        rows["places"] += place_rows(d)
        rows["entities"] += [{"id": d["id"], **e} for e in d.get("entities") or []]
    columns = {"articles": ARTICLE_COLUMNS, "events": EVENT_COLUMNS, "places": ("id", *PLACE_FIELDS),
               "entities": ENTITY_COLUMNS}
    out = {name: pd.DataFrame(rows[name], columns=list(columns[name])) for name in rows}
    for name, column in (("articles", "date"), ("events", "date")):
        out[name][column] = pd.to_datetime(out[name][column], errors="coerce")
    return out
