"""An embedded store of analyses with full-text and facet search (SQLite with FTS5, stdlib only).

One ``Store`` owns the connection and sends every write through ``Store.add``, which commits in batches
(every ``every`` articles or ``seconds`` seconds), so a crash loses at most one batch. The database runs
in WAL mode, so searches read while an index run writes, and a second writer waits for the first (busy
timeout) instead of failing at once.

    store = Store("news.db")
    store.add(pairs)                                 # (analysis, text) pairs; upsert by article id
    store.search("safe zone", entity="Turkey", since="2019-01-01")
"""

from __future__ import annotations

import json
import re
import sqlite3
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..errors import InputError, OptionsError, StoreError
from ..models import Analysis
from .readers import parse_date

__all__ = ["Store", "StoreError"]

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
#: Seconds a writer waits for another writer's transaction before giving up.
BUSY_TIMEOUT = 60.0
#: A search takes at most this many words (FTS5 cost grows with each term).
MAX_TERMS = 16
#: An event filter is a PLOVER type (PROTEST, ASSAULT) or a CAMEO code prefix (14, 141).
_EVENT = re.compile(r"[A-Za-z_]{2,30}|\d{1,4}")


class Store:
    def __init__(self, path: str | Path, *, busy_timeout: float = BUSY_TIMEOUT):
        self.path = str(path)
        try:
            self.db = sqlite3.connect(self.path, timeout=busy_timeout, isolation_level=None)
            self.db.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
            self._wal()
            self.db.executescript(f"BEGIN IMMEDIATE; {SCHEMA} COMMIT;")
        except sqlite3.DatabaseError as error:
            raise StoreError(f"cannot open the store: {error}", source=self.path) from None

    def _wal(self) -> None:
        try:
            self.db.execute("PRAGMA journal_mode = WAL")
            self.db.execute("PRAGMA synchronous = NORMAL")  # WAL: a crash of the program loses no commit
        except sqlite3.OperationalError:  # a read-only file or folder: searches still work
            pass

    def _write(self, work) -> None:
        """Run ``work`` in one write transaction (taken at once, waiting for other writers)."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            work()
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def add(self, items: Iterable[tuple[Analysis, str]], *, every: int = 100, seconds: float = 5.0) -> int:
        """Insert or replace (analysis, text) pairs, committing every ``every`` pairs or ``seconds``
        seconds, and what is pending when the stream ends or fails. Returns how many were added."""
        pending: list[tuple[dict[str, Any], str]] = []
        n, last = 0, time.monotonic()
        try:
            for analysis, text in items:
                pending.append((analysis.to_dict(), text))
                if len(pending) >= every or time.monotonic() - last >= seconds:
                    n += self._commit(pending)
                    last = time.monotonic()
        finally:
            n += self._commit(pending)
        return n

    def _commit(self, pending: list[tuple[dict[str, Any], str]]) -> int:
        if not pending:
            return 0
        try:
            self._write(lambda: [self._put(d, text) for d, text in pending])
        except sqlite3.DatabaseError as error:
            raise StoreError(f"cannot write to the store: {error}", source=self.path) from None
        n = len(pending)
        pending.clear()
        return n

    def _put(self, d: dict[str, Any], text: str) -> None:
        aid = d["id"]
        self._delete(aid)
        self.db.execute("INSERT INTO articles VALUES (?,?,?,?,?,?,?)",
                        (aid, d.get("title"), d.get("date"), d.get("source"), text, json.dumps(d["tags"]),
                         json.dumps(d, ensure_ascii=False, default=str)))
        self.db.execute("INSERT INTO articles_fts VALUES (?,?,?,?)",
                        (aid, d.get("title") or "", text, "; ".join(d["tags"])))
        seen: dict[str, dict[str, Any]] = {}
        for e in d.get("entities") or []:
            seen.setdefault(e["canonical"], e)
        self.db.executemany("INSERT INTO entities VALUES (?,?,?,?)",
                            [(aid, c, e.get("label"), e.get("salience")) for c, e in seen.items()])
        self.db.executemany("INSERT INTO events VALUES (?,?,?,?,?,?,?)", [
            (aid, ev.get("event"), ev.get("cameo"), ev.get("date"), _names(ev.get("actor")),
             _names(ev.get("recipient")), ev.get("text")) for ev in d.get("events") or []])

    def _delete(self, article_id: str) -> None:
        for table, column in (("articles", "id"), ("articles_fts", "id"), ("entities", "article_id"),
                              ("events", "article_id")):
            self.db.execute(f"DELETE FROM {table} WHERE {column} = ?", (article_id,))

    def has(self, article_id: str, text: str, title: str | None = None) -> bool:
        """Whether the store holds this article (same id, text and title): a rerun can skip it."""
        row = self.db.execute("SELECT text, title FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row is not None and row[0] == text and (row[1] or None) == (title or None)

    def count(self) -> int:
        return self.db.execute("SELECT count(*) FROM articles").fetchone()[0]

    def search(self, query: str | None = None, *, entity: str | None = None, event: str | None = None,
               since: str | None = None, until: str | None = None, limit: int = 20) -> list[dict[str, Any]]:
        """Articles matching all given filters, best full-text match first, newest first otherwise.

        Arguments are checked first (OptionsError): text must be valid UTF-8, dates YYYY-MM-DD, ``event`` a
        PLOVER type or CAMEO code, at most ``MAX_TERMS`` words.
        """
        where, params = [], []
        sql = "SELECT a.id, a.title, a.date, a.source, a.tags FROM articles a"
        order = "a.date DESC, a.id"
        if query:
            sql += " JOIN articles_fts f ON f.id = a.id"
            where.append("articles_fts MATCH ?")
            params.append(_fts_query(_text("query", query)))
            order = "bm25(articles_fts)"
        if entity:
            where.append("a.id IN (SELECT article_id FROM entities WHERE canonical = ? COLLATE NOCASE)")
            params.append(_text("--entity", entity))
        if event:
            where.append("a.id IN (SELECT article_id FROM events WHERE event = ? OR cameo LIKE ? ESCAPE '\\')")
            params += [_event(event).upper(), _like_prefix(event)]
        for name, value, op in (("--since", since, ">="), ("--until", until, "<=")):
            if value:
                where.append(f"a.date {op} ?")
                params.append(_date(name, value))
        if since and until and _date("--since", since) > _date("--until", until):
            raise OptionsError(f"--since {since} is after --until {until}: nothing can match")
        if not isinstance(limit, int) or not 1 <= limit <= 10_000:
            raise OptionsError(f"--limit must be between 1 and 10000, not {limit!r}")
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


def _names(actors: list[dict[str, Any]] | None) -> str:
    return "; ".join(x.get("canonical") or x.get("text") or "" for x in actors or [])


def _text(name: str, value: str) -> str:
    """The value, refused when it holds bytes that are not UTF-8 (Python keeps them as lone surrogates)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as error:
        bad = value[error.start:error.end].encode("utf-8", "surrogateescape")
        raise OptionsError(f"{name} holds bytes that are not UTF-8 ({bad!r} at character {error.start})") from None
    if "\x00" in value:
        raise OptionsError(f"{name} holds a NUL character")
    return value


def _event(value: str) -> str:
    if not _EVENT.fullmatch(_text("--event", value)):
        raise OptionsError(f"--event must be a PLOVER type (PROTEST) or a CAMEO code (14, 141), not {value!r}")
    return value


def _like_prefix(value: str) -> str:
    """``value%`` for LIKE, with LIKE's own wildcards in the value escaped (ESCAPE '\\')."""
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _date(name: str, value: str) -> str:
    try:
        return parse_date(_text(name, value), what=name).isoformat()
    except InputError as error:
        raise OptionsError(error.message) from None


def _fts_query(query: str) -> str:
    """Words of a user's query as FTS5 terms (quoted, so punctuation cannot break the syntax)."""
    terms = [t.replace('"', '""') for t in query.split() if t.strip()]
    if len(terms) > MAX_TERMS:
        raise OptionsError(f"the query has {len(terms)} words; a search takes at most {MAX_TERMS}")
    return " ".join(f'"{t}"' for t in terms)
