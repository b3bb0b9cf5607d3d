"""An embedded store of analyses with full-text and facet search (SQLite with FTS5, stdlib only).

One ``Store`` owns the connection and sends every write through ``Store.add``, which commits in batches
(every ``every`` articles or ``seconds`` seconds), so a crash loses at most one batch. The database runs
in WAL mode, so searches read while an index run writes, and a second writer waits for the first (busy
timeout) instead of failing at once.

    store = Store("news.db")
    store.add(pairs)                                 # (analysis, text) pairs; upsert by article id
    store.query("talk* OR negotiat*", entity="US", since="2019-01-01")   # total, results, facets
    store.get("article-id")                          # one stored analysis
"""

from __future__ import annotations

import json
import re
import sqlite3
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..errors import OptionsError, StoreError
from ..models import Analysis
from .search import (
    FACET_SAMPLE,
    FACET_SIZE,
    FACETS,
    HIT_END,
    HIT_START,
    SNIPPET_WORDS,
    WEIGHTS,
    Filters,
    facet_sql,
    snippet,
    syntax_error,
    without_title,
)

__all__ = ["Store", "StoreError"]

#: The schema's version (``PRAGMA user_version``); a store of an older version is migrated when opened.
#: Version 3 keys every table by the article's integer ``n`` (the full-text row has the same rowid), so an
#: upsert deletes by key, never by a scan, and every facet and the date have an index.
VERSION = 3
SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    n INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, title TEXT, date TEXT, source TEXT, text TEXT NOT NULL,
    tags TEXT NOT NULL, analysis TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS articles_date ON articles (date);
CREATE TABLE IF NOT EXISTS entities (
    article INTEGER NOT NULL, canonical TEXT NOT NULL, label TEXT, salience REAL,
    PRIMARY KEY (article, canonical)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS entities_canonical ON entities (canonical COLLATE NOCASE, article);
CREATE TABLE IF NOT EXISTS events (
    article INTEGER NOT NULL, event TEXT, cameo TEXT, date TEXT, actor TEXT, recipient TEXT, text TEXT);
CREATE INDEX IF NOT EXISTS events_article ON events (article);
CREATE INDEX IF NOT EXISTS events_event ON events (event, article);
CREATE INDEX IF NOT EXISTS events_cameo ON events (cameo, article);
CREATE TABLE IF NOT EXISTS aliases (
    alias TEXT NOT NULL COLLATE NOCASE, canonical TEXT NOT NULL, articles INTEGER NOT NULL,
    PRIMARY KEY (alias, canonical)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS places (
    article INTEGER NOT NULL, name TEXT NOT NULL, country TEXT, geonameid INTEGER, lat REAL, lon REAL,
    feature TEXT, PRIMARY KEY (article, name)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS places_country ON places (country, article);
CREATE INDEX IF NOT EXISTS places_name ON places (name COLLATE NOCASE, article);
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
    title, text, tags, tokenize = 'porter unicode61 remove_diacritics 2');
"""
#: The tables that hang off an article (column ``article`` = ``articles.n``). ``aliases`` holds each
#: (name, entity) pair once with the number of articles that use it: a table of distinct names, not one row
#: per article and name in a big index that every commit rewrites pages of.
_CHILDREN = ("entities", "events", "places")
#: Pages of cache per connection (negative: KiB): the indexes of a 50,000-article store stay in memory,
#: so an insert into a big index costs no reads.
CACHE_KIB = 200_000
#: WAL pages before a checkpoint copies them into the database (SQLite's default is 1,000): fewer, larger
#: checkpoints write each index page once for many commits (about 8% faster inserts at 50,000 articles).
CHECKPOINT_PAGES = 10_000
#: Seconds a writer waits for another writer's transaction before giving up.
BUSY_TIMEOUT = 60.0
_THE = re.compile(r"^the\s+", re.I)


class Store:
    def __init__(self, path: str | Path, *, busy_timeout: float = BUSY_TIMEOUT):
        self.path = str(path)
        try:
            self.db = sqlite3.connect(self.path, timeout=busy_timeout, isolation_level=None)
            self.db.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
            self._wal()
            version = self.db.execute("PRAGMA user_version").fetchone()[0]
            if version > VERSION:
                raise StoreError(f"the store was written by a newer newscoder (schema {version}, this one reads "
                                 f"{VERSION})", source=self.path)
            if version < VERSION:
                self._write(lambda: self._migrate(version))
        except sqlite3.DatabaseError as error:
            raise StoreError(f"cannot open the store: {error}", source=self.path) from None

    def _migrate(self, version: int) -> None:
        """Create the schema, or bring an older store to ``VERSION``, rebuilt from the stored analyses (the
        one source of truth): version 0/1 had no stemming, aliases or places; version 2 keyed every table by
        the article's text id and deleted from the full-text table by a scan."""
        old = self.db.execute("SELECT 1 FROM sqlite_master WHERE name = 'articles'").fetchone() is not None
        if old:
            self.db.execute("ALTER TABLE articles RENAME TO articles_old")
            for table in ("articles_fts", "aliases", *_CHILDREN):
                self.db.execute(f"DROP TABLE IF EXISTS {table}")
        for statement in SCHEMA.split(";"):
            if statement.strip():
                self.db.execute(statement)
        if old:
            for analysis, text in self.db.execute("SELECT analysis, text FROM articles_old").fetchall():
                self._put(json.loads(analysis), text)
            self.db.execute("DROP TABLE articles_old")
        self.db.execute(f"PRAGMA user_version = {VERSION}")

    def _wal(self) -> None:
        try:
            self.db.execute("PRAGMA journal_mode = WAL")
            self.db.execute("PRAGMA synchronous = NORMAL")  # WAL: a crash of the program loses no commit
            self.db.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
            self.db.execute(f"PRAGMA wal_autocheckpoint = {CHECKPOINT_PAGES}")
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

    def add(self, items: Iterable[tuple[Analysis | dict[str, Any], str]], *, every: int = 100,
            seconds: float = 5.0) -> int:
        """Insert or replace (analysis, text) pairs, committing every ``every`` pairs or ``seconds``
        seconds, and what is pending when the stream ends or fails. Returns how many were added. An
        analysis is an ``Analysis`` or its ``to_dict()`` (as ``batch`` wrote it)."""
        pending: list[tuple[dict[str, Any], str]] = []
        n, last = 0, time.monotonic()
        try:
            for analysis, text in items:
                pending.append((analysis if isinstance(analysis, dict) else analysis.to_dict(), text))
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
        """Insert or replace one article: the old one's rows go by its key (``n``), never by a scan."""
        self._delete(d["id"])
        n = self.db.execute("INSERT INTO articles VALUES (NULL,?,?,?,?,?,?,?)",
                            (d["id"], d.get("title"), d.get("date"), d.get("source"), text, json.dumps(d["tags"]),
                             json.dumps(d, ensure_ascii=False, default=str))).lastrowid
        self.db.execute("INSERT INTO articles_fts (rowid, title, text, tags) VALUES (?,?,?,?)",
                        (n, d.get("title") or "", text, "; ".join(d["tags"])))
        seen: dict[str, dict[str, Any]] = {}
        for e in d.get("entities") or []:
            seen.setdefault(e["canonical"], e)
        self.db.executemany("INSERT INTO entities VALUES (?,?,?,?)",
                            [(n, c, e.get("label"), e.get("salience")) for c, e in seen.items()])
        self.db.executemany("INSERT INTO events VALUES (?,?,?,?,?,?,?)", [
            (n, ev.get("event"), ev.get("cameo"), ev.get("date"), _names(ev.get("actor")),
             _names(ev.get("recipient")), ev.get("text")) for ev in d.get("events") or []])
        self._put_names(n, d)

    def _put_names(self, n: int, d: dict[str, Any]) -> None:
        """The names an article used for each entity (for entity search) and its resolved places (facets)."""
        self.db.executemany("INSERT INTO aliases VALUES (?,?,1) ON CONFLICT (alias, canonical) DO UPDATE "
                            "SET articles = articles + 1", _aliases(d))
        self.db.executemany("INSERT OR IGNORE INTO places VALUES (?,?,?,?,?,?,?)", [
            (n, p["name"], p.get("country"), p.get("geonameid"), p.get("lat"), p.get("lon"), p.get("feature"))
            for p in d.get("places") or [] if p.get("geonameid") is not None and p.get("name")])

    def _delete(self, article_id: str) -> None:
        row = self.db.execute("SELECT n, analysis FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            return
        for table, column in (("articles", "n"), ("articles_fts", "rowid"), *((t, "article") for t in _CHILDREN)):
            self.db.execute(f"DELETE FROM {table} WHERE {column} = ?", (row[0],))
        names = _aliases(json.loads(row[1]))
        self.db.executemany("UPDATE aliases SET articles = articles - 1 WHERE alias = ? AND canonical = ?", names)
        self.db.executemany("DELETE FROM aliases WHERE alias = ? AND canonical = ? AND articles <= 0", names)

    def has(self, article_id: str, text: str, title: str | None = None) -> bool:
        """Whether the store holds this article (same id, text and title): a rerun can skip it."""
        row = self.db.execute("SELECT text, title FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row is not None and row[0] == text and (row[1] or None) == (title or None)

    def count(self) -> int:
        return self.db.execute("SELECT count(*) FROM articles").fetchone()[0]

    def search(self, query: str | None = None, *, limit: int = 20, **filters: Any) -> list[dict[str, Any]]:
        """The matching articles, best first (``query()``'s results)."""
        return self.query(query, limit=limit, facets=False, **filters)["results"]

    def query(self, query: str | None = None, *, entity: str | None = None, event: str | None = None,
              country: str | None = None, place: str | None = None, since: str | None = None,
              until: str | None = None, limit: int = 20, offset: int = 0, facets: bool = True) -> dict[str, Any]:
        """One page of a search: ``{"total", "results", "facets"}``.

        Results are best full-text match first (BM25, title hits weigh most), newest first without a query;
        each has ``id``, ``title``, ``date``, ``source``, ``tags``, ``score`` and a ``snippet`` of its text
        with the ``hits`` ([start, end] in the snippet) highlighted. ``total`` counts every match; facets
        count matching articles per entity, place, country, event type and month, over the latest
        ``FACET_SAMPLE`` matches (the most recently stored; ``facets_over`` says how many were counted), so a
        search costs the same however many articles match. The query language and
        the filters: ``io.search``. Bad arguments raise OptionsError.
        """
        if not isinstance(limit, int) or not 1 <= limit <= 10_000:
            raise OptionsError(f"--limit must be between 1 and 10000, not {limit!r}")
        if not isinstance(offset, int) or offset < 0:
            raise OptionsError(f"--offset must be 0 or more, not {offset!r}")
        f = Filters(query, entity, event, country, place, since, until)
        if f.entity:
            f.entity_names = self.entity_names(f.entity)
        body, params = f.where()
        try:
            total = self.db.execute(f"SELECT count(*) {body}", params).fetchone()[0]
            results = self._page(f, body, params, limit, offset)
            counts = self._facets(f, body, params) if facets else {}
        except sqlite3.OperationalError as error:
            if "fts5" in str(error) or "syntax" in str(error):
                raise syntax_error(str(error), query or "") from None
            raise StoreError(f"bad search: {error}", source=self.path) from None
        return {"total": total, "results": results, "facets": counts,
                "facets_over": min(total, FACET_SAMPLE) if facets else 0}

    def _page(self, f: Filters, body: str, params: list[Any], limit: int, offset: int) -> list[dict[str, Any]]:
        if f.query:
            weights = ", ".join(str(w) for w in WEIGHTS)
            cols = (f"-bm25(articles_fts, {weights}), snippet(articles_fts, 1, '{HIT_START}', '{HIT_END}', "
                    f"' … ', {SNIPPET_WORDS})")
            order = f"bm25(articles_fts, {weights})"
        else:
            cols, order = "NULL, substr(a.text, 1, 240)", "a.date DESC, a.id"
        sql = f"SELECT {cols}, a.id, a.title, a.date, a.source, a.tags {body} ORDER BY {order} LIMIT ? OFFSET ?"
        out = []
        for score, marked, *row in self.db.execute(sql, [*params, limit, offset]):
            text, hits = without_title(*snippet(marked), row[1])
            out.append({"id": row[0], "title": row[1], "date": row[2], "source": row[3], "tags": json.loads(row[4]),
                        "score": None if score is None else float(f"{score:.4g}"), "snippet": text, "hits": hits})
        return out

    def _facets(self, f: Filters, body: str, params: list[Any]) -> dict[str, list[dict[str, Any]]]:
        """Facet counts over the latest ``FACET_SAMPLE`` matches (all of them when fewer match): read newest
        key first, so the work stops there however many match, and found once for all the facets."""
        order = "f.rowid DESC" if f.query else "a.n DESC"
        keys = [n for (n,) in self.db.execute(f"SELECT a.n {body} ORDER BY {order} LIMIT {FACET_SAMPLE}", params)]
        out = {}
        for name in FACETS:
            sql = f"WITH matched(n) AS (SELECT value FROM json_each(?)) {facet_sql(name, FACET_SIZE)}"
            out[name] = [{"value": v, "count": n} for v, n in self.db.execute(sql, [json.dumps(keys)])]
        return out

    def entity_names(self, name: str) -> list[str]:
        """The canonical names ``name`` stands for: itself, the entities any article called so ("US",
        "Washington"), and the country of that name ("U.S.", "USA")."""
        from ..knowledge.countries import by_name

        found = [r[0] for r in self.db.execute("SELECT DISTINCT canonical FROM aliases WHERE alias = ?", (name,))]
        country = by_name(name)
        return list(dict.fromkeys([name, *found, *([country.name] if country else [])]))

    def get(self, article_id: str, *, with_text: bool = False) -> dict[str, Any] | None:
        """One stored analysis (its ``to_dict()``), with the text it was made from as ``text`` if asked."""
        row = self.db.execute("SELECT analysis, text FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            return None
        d = json.loads(row[0])
        return {**d, "text": row[1]} if with_text else d


def _aliases(d: dict[str, Any]) -> list[tuple[str, str]]:
    """(name, canonical entity) for every name an analysis used for an entity, each once."""
    found = set()
    for e in d.get("entities") or []:
        for name in (e["canonical"], e["text"], _THE.sub("", e["text"])):
            found.add((name.strip(), e["canonical"]))
    for ev in d.get("events") or []:
        for a in (ev.get("actor") or []) + (ev.get("recipient") or []):
            if a.get("canonical") and a.get("text"):
                found.add((_THE.sub("", a["text"]).strip(), a["canonical"]))
    return sorted((alias, canonical) for alias, canonical in found if alias)


def _names(actors: list[dict[str, Any]] | None) -> str:
    return "; ".join(x.get("canonical") or x.get("text") or "" for x in actors or [])
