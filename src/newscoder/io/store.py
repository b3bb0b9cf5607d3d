"""An embedded store of analyses with full-text and facet search (SQLite with FTS5, stdlib only).

One ``Store`` owns the connection; every write goes through ``Store.add`` in one transaction per batch.

    store = Store("news.db")
    store.add(analyses, texts)                       # upsert by article id
    store.search("safe zone", entity="Turkey", since="2019-01-01")
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..errors import NewscoderError
from ..models import Analysis


class StoreError(NewscoderError):
    status = 500


SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY, title TEXT, date TEXT, source TEXT, text TEXT NOT NULL,
    tags TEXT NOT NULL, analysis TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS entities (
    article_id TEXT NOT NULL, canonical TEXT NOT NULL, label TEXT, salience REAL,
    PRIMARY KEY (article_id, canonical));
CREATE INDEX IF NOT EXISTS entities_canonical ON entities (canonical);
CREATE TABLE IF NOT EXISTS events (
    article_id TEXT NOT NULL, event TEXT, cameo TEXT, date TEXT, actor TEXT, recipient TEXT, text TEXT);
CREATE INDEX IF NOT EXISTS events_article ON events (article_id);
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(id UNINDEXED, title, text, tags);
"""


class Store:
    def __init__(self, path: str | Path):
        self.path = str(path)
        try:
            self.db = sqlite3.connect(self.path)
            self.db.executescript(SCHEMA)
        except sqlite3.DatabaseError as error:
            raise StoreError(f"cannot open the store: {error}", source=self.path) from None

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def add(self, items: Iterable[tuple[Analysis, str]]) -> int:
        """Insert or replace (analysis, text) pairs in one transaction. Returns how many."""
        n = 0
        with self.db:
            for analysis, text in items:
                self._put(analysis, text)
                n += 1
        return n

    def _put(self, a: Analysis, text: str) -> None:
        d = a.to_dict()
        self._delete(a.id)
        self.db.execute("INSERT INTO articles VALUES (?,?,?,?,?,?,?)",
                        (a.id, a.title, d["date"], a.source, text, json.dumps(a.tags),
                         json.dumps(d, ensure_ascii=False, default=str)))
        self.db.execute("INSERT INTO articles_fts VALUES (?,?,?,?)", (a.id, a.title or "", text, "; ".join(a.tags)))
        seen: dict[str, Any] = {}
        for e in a.entities:
            seen.setdefault(e.canonical, e)
        self.db.executemany("INSERT INTO entities VALUES (?,?,?,?)",
                            [(a.id, c, e.label, e.salience) for c, e in seen.items()])
        self.db.executemany("INSERT INTO events VALUES (?,?,?,?,?,?,?)", [
            (a.id, ev.get("event"), ev.get("cameo"), ev.get("date"),
             "; ".join(x.get("canonical") or x.get("text") or "" for x in ev.get("actor") or []),
             "; ".join(x.get("canonical") or x.get("text") or "" for x in ev.get("recipient") or []),
             ev.get("text")) for ev in d["events"]])

    def _delete(self, article_id: str) -> None:
        for table, column in (("articles", "id"), ("articles_fts", "id"), ("entities", "article_id"),
                              ("events", "article_id")):
            self.db.execute(f"DELETE FROM {table} WHERE {column} = ?", (article_id,))

    def count(self) -> int:
        return self.db.execute("SELECT count(*) FROM articles").fetchone()[0]

    def search(self, query: str | None = None, *, entity: str | None = None, event: str | None = None,
               since: str | None = None, until: str | None = None, limit: int = 20) -> list[dict[str, Any]]:
        """Articles matching all given filters, best full-text match first, newest first otherwise."""
        where, params = [], []
        sql = "SELECT a.id, a.title, a.date, a.source, a.tags FROM articles a"
        order = "a.date DESC, a.id"
        if query:
            sql += " JOIN articles_fts f ON f.id = a.id"
            where.append("articles_fts MATCH ?")
            params.append(_fts_query(query))
            order = "bm25(articles_fts)"
        if entity:
            where.append("a.id IN (SELECT article_id FROM entities WHERE canonical = ? COLLATE NOCASE)")
            params.append(entity)
        if event:
            where.append("a.id IN (SELECT article_id FROM events WHERE event = ? OR cameo LIKE ?)")
            params += [event.upper(), f"{event}%"]
        if since:
            where.append("a.date >= ?")
            params.append(since)
        if until:
            where.append("a.date <= ?")
            params.append(until)
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += f" ORDER BY {order} LIMIT ?"
        params.append(limit)
        try:
            rows = self.db.execute(sql, params).fetchall()
        except sqlite3.OperationalError as error:
            raise StoreError(f"bad search: {error}", source=self.path) from None
        return [{"id": r[0], "title": r[1], "date": r[2], "source": r[3], "tags": json.loads(r[4])} for r in rows]

    def get(self, article_id: str) -> dict[str, Any] | None:
        row = self.db.execute("SELECT analysis FROM articles WHERE id = ?", (article_id,)).fetchone()
        return json.loads(row[0]) if row else None


def _fts_query(query: str) -> str:
    """Words of a user's query as FTS5 terms (quoted, so punctuation cannot break the syntax)."""
    terms = [t.replace('"', '""') for t in query.split() if t.strip()]
    return " ".join(f'"{t}"' for t in terms)
