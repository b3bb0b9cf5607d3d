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

import heapq
import json
import os
import re
import sqlite3
import sys
import time
from array import array
from collections import Counter
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
    RANK_SAMPLE,
    SNIPPET_WORDS,
    WEIGHTS,
    Filters,
    snippet,
    syntax_error,
    without_title,
)

__all__ = ["Store", "StoreError"]

#: The schema's version (``PRAGMA user_version``); a store of an older version is migrated when opened.
#: Version 3 keys every table by the article's integer ``n`` (the full-text row has the same rowid), so an
#: upsert deletes by key, never by a scan, and every facet and the date have an index.
#: Version 4 adds the facet tables: every facet value once with its code and the number of articles holding it
#: (``facet_values``), each article's facet values as one row of codes (``article_facets``), so facets are
#: counted from a narrow row per article, and read as they stand for the whole store; and the filters look
#: (code, article) up in one index (``article_codes``: entities, places, countries, event types, CAMEO codes).
#: Version 5 keeps an article's facet codes apart from its CAMEO codes, which no facet shows (the facets count
#: 6% fewer codes), beside its id and date, so a date filter, the pages without a query and the facets' latest
#: matches read the narrow row, never the wide one (``article_facets_date`` replaces ``articles_date``).
#: Version 6 has FTS5 merge its segments 16 at a time (``FTS_AUTOMERGE``), not 4.
VERSION = 6
#: Segments of a level FTS5 lets build up before it merges them (its ``automerge``; SQLite's default is 4, its
#: highest 16). A merge rewrites what it merges, so with 4 the cost of a commit grew with the store: at 50,000
#: articles the last commits of 2,000 cost 1.22-1.27x the CPU of the first (1.07-1.10x with 16), and the searches
#: took the same time (benchmarks/scale.py, docs/benchmarks.md).
FTS_AUTOMERGE = 16
SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    n INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, title TEXT, date TEXT, source TEXT, text TEXT NOT NULL,
    tags TEXT NOT NULL, analysis TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS entities (
    article INTEGER NOT NULL, canonical TEXT NOT NULL, label TEXT, salience REAL,
    PRIMARY KEY (article, canonical)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS events (
    article INTEGER NOT NULL, event TEXT, cameo TEXT, date TEXT, actor TEXT, recipient TEXT, text TEXT);
CREATE INDEX IF NOT EXISTS events_article ON events (article);
CREATE TABLE IF NOT EXISTS aliases (
    alias TEXT NOT NULL COLLATE NOCASE, canonical TEXT NOT NULL, articles INTEGER NOT NULL,
    PRIMARY KEY (alias, canonical)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS places (
    article INTEGER NOT NULL, name TEXT NOT NULL, country TEXT, geonameid INTEGER, lat REAL, lon REAL,
    feature TEXT, PRIMARY KEY (article, name)) WITHOUT ROWID;
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
    title, text, tags, tokenize = 'porter unicode61 remove_diacritics 2');
CREATE TABLE IF NOT EXISTS facet_values (
    code INTEGER PRIMARY KEY, kind INTEGER NOT NULL, value TEXT NOT NULL, articles INTEGER NOT NULL DEFAULT 0,
    UNIQUE (kind, value));
CREATE INDEX IF NOT EXISTS facet_values_top ON facet_values (kind, articles DESC, value);
CREATE INDEX IF NOT EXISTS facet_values_nocase ON facet_values (kind, value COLLATE NOCASE);
CREATE TABLE IF NOT EXISTS article_facets (
    n INTEGER PRIMARY KEY, id TEXT NOT NULL, date TEXT, codes BLOB NOT NULL, cameo BLOB NOT NULL);
CREATE INDEX IF NOT EXISTS article_facets_date ON article_facets (date, id);
CREATE TABLE IF NOT EXISTS article_codes (
    code INTEGER NOT NULL, article INTEGER NOT NULL, PRIMARY KEY (code, article)) WITHOUT ROWID;
"""
#: Version 3's indexes for the filters, which ``article_codes`` replaces (one index of small numbers instead of
#: five, two of them of names in random order, whose pages every commit rewrote: the cost of a commit grew
#: with the store).
_OLD_INDEXES = ("entities_canonical", "events_event", "events_cameo", "places_country", "places_name",
                "articles_date")
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
#: A facet value's code: a number of its own times 8, plus the facet's kind (its place in ``FACETS``).
_KIND_BITS = 3
_MASK = (1 << _KIND_BITS) - 1
_MONTHS = FACETS.index("months")
#: What reading one entry of an index and sorting it costs, in narrow rows walked in key order (for a plan).
_SORT_COST = 4
#: What an article of a filter's index costs (a probe of its narrow row, a share of the sort), in articles
#: walked by date and checked against the filter's index.
_SET_COST = 2
#: A kind of code that is no facet: an event's CAMEO code (for the event filter's prefix).
_CAMEO = len(FACETS)


class Store:
    def __init__(self, path: str | Path, *, busy_timeout: float = BUSY_TIMEOUT, threads: bool = False,
                 cache_kib: int = CACHE_KIB):
        """``threads``: the store may be used by one thread after another (never by two at once), as a pool
        of them in a server hands it out (SQLite's connection is otherwise bound to the thread that made it).
        ``cache_kib``: the most KiB of pages this connection keeps (a writer's indexes want them all)."""
        self.path = str(path)
        self._codes: dict[tuple[int, str], int] = {}  # (kind, value) -> code, for writing
        self._values: dict[int, str] = {}  # code -> value, for reading (a code never changes its value)
        self._delta: Counter[int] = Counter()  # code -> change in its number of articles, this transaction
        try:
            self.db = sqlite3.connect(self.path, timeout=busy_timeout, isolation_level=None,
                                      check_same_thread=not threads)
            self._file = _identity(self.path)
            self.db.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
            self._wal(cache_kib)
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
        the article's text id and deleted from the full-text table by a scan; version 3 had no facet tables
        (they are filled in place); version 4 kept an article's codes in one column, with no id or date beside
        them (its table is split in place); version 5 merged the full-text segments 4 at a time (a setting, changed
        in place)."""
        old = self.db.execute("SELECT 1 FROM sqlite_master WHERE name = 'articles'").fetchone() is not None
        if old and version == 4:
            self.db.execute("ALTER TABLE article_facets RENAME TO article_facets_old")
        if old and version < 3:
            self.db.execute("ALTER TABLE articles RENAME TO articles_old")
            for table in ("articles_fts", "aliases", "facet_values", "article_facets", *_CHILDREN):
                self.db.execute(f"DROP TABLE IF EXISTS {table}")
        for statement in SCHEMA.split(";"):
            if statement.strip():
                self.db.execute(statement)
        self.db.execute("INSERT INTO articles_fts (articles_fts, rank) VALUES ('automerge', ?)", (FTS_AUTOMERGE,))
        if old and version < 3:
            for analysis, text in self.db.execute("SELECT analysis, text FROM articles_old").fetchall():
                self._put(json.loads(analysis), text)
            self.db.execute("DROP TABLE articles_old")
        elif old:
            for index in _OLD_INDEXES:
                self.db.execute(f"DROP INDEX IF EXISTS {index}")
        if old and version == 3:
            for n, analysis in self.db.execute("SELECT n, analysis FROM articles").fetchall():
                self._put_facets(n, json.loads(analysis))
        elif old and version == 4:  # the codes as they were, the CAMEO codes apart (no analysis parsed again)
            for n, article_id, date, blob in self.db.execute(
                    "SELECT x.n, a.id, a.date, x.codes FROM article_facets_old x JOIN articles a ON a.n = x.n"):
                self._insert_facets(n, article_id, date, _codes(blob))
            self.db.execute("DROP TABLE article_facets_old")
        self._flush_counts()
        self.db.execute(f"PRAGMA user_version = {VERSION}")

    def _wal(self, cache_kib: int) -> None:
        try:
            self.db.execute("PRAGMA journal_mode = WAL")
            self.db.execute("PRAGMA synchronous = NORMAL")  # WAL: a crash of the program loses no commit
            self.db.execute(f"PRAGMA cache_size = -{int(cache_kib)}")
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
            self._codes.clear()  # codes given in this transaction are gone with it
            self._delta.clear()
            raise
        self.db.execute("COMMIT")

    def close(self) -> None:
        self.db.close()

    def current(self) -> bool:
        """Whether the file at ``path`` is still the one this store opened (not deleted or replaced by a new
        store since), so that a server may keep it open between requests."""
        return _identity(self.path) == self._file

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

        def work() -> None:
            for d, text in pending:
                self._put(d, text)
            self._flush_counts()

        try:
            self._write(work)
        except sqlite3.DatabaseError as error:
            raise StoreError(f"cannot write to the store: {error}", source=self.path) from None
        n = len(pending)
        pending.clear()
        return n

    def _put(self, d: dict[str, Any], text: str) -> None:
        """Insert or replace one article: the old one's rows go by its key (``n``), never by a scan. The
        counts of its facet values change in ``_flush_counts``, once per value and transaction."""
        self._delete(d["id"])
        n = self.db.execute("INSERT INTO articles VALUES (NULL,?,?,?,?,?,?,?)",
                            (d["id"], d.get("title"), d.get("date"), d.get("source"), text, json.dumps(d["tags"]),
                             json.dumps(d, ensure_ascii=False, default=str))).lastrowid
        self.db.execute("INSERT INTO articles_fts (rowid, title, text, tags) VALUES (?,?,?,?)",
                        (n, d.get("title") or "", text, "; ".join(d["tags"])))
        self.db.executemany("INSERT INTO entities VALUES (?,?,?,?)",
                            [(n, c, e.get("label"), e.get("salience")) for c, e in _entities(d).items()])
        self.db.executemany("INSERT INTO events VALUES (?,?,?,?,?,?,?)", [
            (n, ev.get("event"), ev.get("cameo"), ev.get("date"), _names(ev.get("actor")),
             _names(ev.get("recipient")), ev.get("text")) for ev in d.get("events") or []])
        self._put_names(n, d)
        self._put_facets(n, d)

    def _put_names(self, n: int, d: dict[str, Any]) -> None:
        """The names an article used for each entity (for entity search) and its resolved places (facets)."""
        self.db.executemany("INSERT INTO aliases VALUES (?,?,1) ON CONFLICT (alias, canonical) DO UPDATE "
                            "SET articles = articles + 1", _aliases(d))
        self.db.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?)", [
            (n, p["name"], p.get("country"), p.get("geonameid"), p.get("lat"), p.get("lon"), p.get("feature"))
            for p in _places(d)])

    def _put_facets(self, n: int, d: dict[str, Any]) -> None:
        """The article's facet values as one row of codes; their counts change by one each."""
        codes = sorted({self._code(kind, value) for kind, value in _facet_values(d)})
        self._delta.update(codes)
        self.db.executemany("INSERT INTO article_codes VALUES (?,?)", [(c, n) for c in codes if c & _MASK != _MONTHS])
        self._insert_facets(n, d["id"], d.get("date"), codes)

    def _insert_facets(self, n: int, article_id: str, date: Any, codes: Iterable[int]) -> None:
        """The article's row of codes (little-endian int32, in order): its facets', and its CAMEO codes."""
        facets, cameo = array("i"), array("i")
        for code in sorted(codes):
            (cameo if code & _MASK == _CAMEO else facets).append(code)
        self.db.execute("INSERT INTO article_facets VALUES (?,?,?,?,?)",
                        (n, article_id, date, _blob(facets), _blob(cameo)))

    def _code(self, kind: int, value: str) -> int:
        """The code of a facet value, given it the first time it is seen (inside the write transaction)."""
        code = self._codes.get((kind, value))
        if code is None:
            row = self.db.execute("SELECT code FROM facet_values WHERE kind = ? AND value = ?",
                                  (kind, value)).fetchone()
            if row is None:
                top = self.db.execute("SELECT max(code) FROM facet_values").fetchone()[0] or 0
                code = ((top >> _KIND_BITS) + 1) << _KIND_BITS | kind
                self.db.execute("INSERT INTO facet_values (code, kind, value) VALUES (?,?,?)", (code, kind, value))
            else:
                code = row[0]
            self._codes[kind, value] = code
        return code

    def _flush_counts(self) -> None:
        """Apply the transaction's changes to the facet values' article counts (one update per value). A
        value no article holds keeps its row, and its code, with a count of 0."""
        self.db.executemany("UPDATE facet_values SET articles = articles + ? WHERE code = ?",
                            [(delta, code) for code, delta in self._delta.items() if delta])
        self._delta.clear()

    def _delete(self, article_id: str) -> None:
        row = self.db.execute("SELECT n, analysis FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            return
        for table, column in (("articles", "n"), ("articles_fts", "rowid"), *((t, "article") for t in _CHILDREN)):
            self.db.execute(f"DELETE FROM {table} WHERE {column} = ?", (row[0],))
        names = _aliases(json.loads(row[1]))
        self.db.executemany("UPDATE aliases SET articles = articles - 1 WHERE alias = ? AND canonical = ?", names)
        self.db.executemany("DELETE FROM aliases WHERE alias = ? AND canonical = ? AND articles <= 0", names)
        old = self.db.execute("DELETE FROM article_facets WHERE n = ? RETURNING codes, cameo", (row[0],)).fetchone()
        if old:
            codes = _codes(old[0]) + _codes(old[1])
            self._delta.subtract(codes)
            self.db.executemany("DELETE FROM article_codes WHERE code = ? AND article = ?",
                                [(c, row[0]) for c in codes if c & _MASK != _MONTHS])

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
        """One page of a search: ``{"total", "results", "facets", "facets_over"}``.

        Results are best full-text match first (BM25, title hits weigh most; a query matching more than
        ``RANK_SAMPLE`` articles ranks its latest ``RANK_SAMPLE`` and lists the older after them, newest
        first), newest first without a query;
        each has ``id``, ``title``, ``date``, ``source``, ``tags``, ``score`` and a ``snippet`` of its text
        with the ``hits`` ([start, end] in the snippet) highlighted. ``total`` counts every match. Facets
        count matching articles per entity, place, country, event type and month: over the whole store
        when nothing narrows the search (kept up to date as articles are stored), else over the latest
        ``FACET_SAMPLE`` matches (the most recently stored), so a search costs about the same however many
        articles match; ``facets_over`` says how many articles were counted. The query language and the
        filters: ``io.search``. Bad arguments raise OptionsError.
        """
        if not isinstance(limit, int) or not 1 <= limit <= 10_000:
            raise OptionsError(f"--limit must be between 1 and 10000, not {limit!r}")
        if not isinstance(offset, int) or offset < 0:
            raise OptionsError(f"--offset must be 0 or more, not {offset!r}")
        f = Filters(query, entity, event, country, place, since, until)
        try:
            f.codes = self._filter_codes(f)
            total = self._total(f) if all(f.codes) else 0
            results = self._page(f, total, limit, offset)
            counts, over = self._facets(f, total) if facets else ({}, 0)
        except sqlite3.OperationalError as error:
            if "fts5" in str(error) or "syntax" in str(error):
                raise syntax_error(str(error), query or "") from None
            raise StoreError(f"bad search: {error}", source=self.path) from None
        return {"total": total, "results": results, "facets": counts, "facets_over": over}

    def _matches(self, f: Filters, total: int, wanted: int, walk: str, what: str,
                 join: bool = False) -> tuple[str, list[Any], str]:
        """``SELECT {what} FROM ... WHERE ...`` over the matching articles, to read the first ``wanted`` in
        some order. With a query the full-text index gives the matches (``f.rowid``). Without one, either
        the narrow rows of ``article_facets`` (``x``) are walked in the order wanted (``walk``: ``date``, or
        ``key``, newest stored first) and each is checked until ``wanted`` are found, or the first filter's
        index gives its articles (``d.article``), which are checked and sorted: the walk when it visits fewer
        articles (``wanted`` x all / ``total``) than ``_SET_COST`` times the first filter holds (``total``;
        one of them costs a probe of the narrow row and its share of a sort: 1.5 ms for the 875 articles of
        an event type against 0.8 ms walking 1,140 by date, 50,000 articles). A walk by key with
        only dates to check reads the rows, not the date's index, unless the dates hold few enough articles
        to read and sort from it (an entry read and sorted costs about ``_SORT_COST`` rows walked: 4.8 ms
        against 3.1 for the 4,252 of two months at 50,000). ``join``: ``what`` or the order needs ``x`` (its
        date, id or codes), joined when it does not give the keys. Returns the SQL, its parameters and the
        column of the keys."""
        sets, dates = f.sets(), f.dates("x.date")
        if f.query:
            key, sql, params = "f.rowid", "FROM articles_fts f", [f.query]
            where = [("articles_fts MATCH ?", [])] + f.exists("f.rowid")
        elif sets and (not walk or total * total * _SET_COST <= wanted * self._size()):
            (first, params), where = sets[0], f.exists("d.article")[1:]
            key, sql = "d.article", f"FROM ({first}) d"
        else:
            key, where, params, sql = "x.n", f.exists("x.n"), [], "FROM article_facets x"
            if walk == "key" and dates and total * total * _SORT_COST > wanted * self._size():
                sql += " NOT INDEXED"  # else SQLite reads the dates' index and sorts every match by key
        where += dates
        if key != "x.n" and (join or dates):
            sql += f" JOIN article_facets x ON x.n = {key}"
        params = list(params)
        for _, p in where:
            params += p
        if where:
            sql += " WHERE " + " AND ".join(w for w, _ in where)
        return f"SELECT {what} {sql}", params, key

    def _filter_codes(self, f: Filters) -> list[list[int]]:
        """The codes each filter admits, looked up among the facet values (one small index): an entity by
        any name an article used for it (case aside), an event type or the CAMEO codes it begins, a country,
        a place (case aside)."""
        nocase = "SELECT code FROM facet_values WHERE kind = ? AND value = ? COLLATE NOCASE"
        out = []
        if f.entity:
            names = self.entity_names(f.entity)
            out.append(sorted({c for name in names for (c,) in self.db.execute(nocase, (0, name))}))
        if f.event:
            out.append([c for (c,) in self.db.execute(
                "SELECT code FROM facet_values WHERE kind = ? AND value = ? UNION "
                "SELECT code FROM facet_values WHERE kind = ? AND value GLOB ?",
                (FACETS.index("event_types"), f.event.upper(), _CAMEO, f.event + "*"))])
        if f.country:
            out.append([c for (c,) in self.db.execute("SELECT code FROM facet_values WHERE kind = ? AND value = ?",
                                                      (FACETS.index("countries"), f.country.upper()))])
        if f.place:
            out.append([c for (c,) in self.db.execute(nocase, (FACETS.index("places"), f.place))])
        return out

    def _size(self) -> int:
        """About how many articles the store holds, for choosing a plan: the largest key (at least the count,
        found in one step where count(*) reads every page of an index)."""
        return self.db.execute("SELECT max(n) FROM article_facets").fetchone()[0] or 0

    def _total(self, f: Filters) -> int:
        if not f.any:
            return self.count()
        if len(f.codes) == 1 and len(f.codes[0]) == 1 and not (f.query or f.since or f.until):  # kept per commit
            return self.db.execute("SELECT articles FROM facet_values WHERE code = ?", f.codes[0]).fetchone()[0]
        sql, params, _ = self._matches(f, 0, 0, "", "count(*)")
        return self.db.execute(sql, params).fetchone()[0]

    def _page(self, f: Filters, total: int, limit: int, offset: int) -> list[dict[str, Any]]:
        """The page's articles: their keys first (ranked or by date), then the snippets and fields of those
        alone (a snippet costs as much as a ranking, and an article's row is large)."""
        if total <= offset:
            return []
        if f.query:
            keys = self._ranked(f, total, limit, offset)
            # one walk over the matches between the page's least and greatest keys, a snippet for the page's
            # rows only: "rowid IN (...)" made FTS5 find the query's terms again for every row (1.3 ms each for
            # a prefix); the unary + keeps the IN a test on each row
            marked = dict(self.db.execute(
                f"SELECT rowid, snippet(articles_fts, 1, '{HIT_START}', '{HIT_END}', ' … ', {SNIPPET_WORDS}) "
                f"FROM articles_fts WHERE articles_fts MATCH ? AND rowid BETWEEN ? AND ? "
                f"AND +rowid IN ({', '.join('?' * len(keys))})",
                [f.query, min(n for n, _ in keys), max(n for n, _ in keys), *(n for n, _ in keys)])) if keys else {}
            body = "NULL"
        else:
            sql, params, _ = self._matches(f, total, limit + offset, "date", "x.n, NULL", join=True)
            keys = self.db.execute(f"{sql} ORDER BY x.date DESC, x.id LIMIT ? OFFSET ?",
                                   [*params, limit, offset]).fetchall()
            marked, body = {}, "substr(text, 1, 240)"
        rows = {r[0]: r[1:] for r in self.db.execute(
            f"SELECT n, id, title, date, source, tags, {body} FROM articles WHERE n IN ({', '.join('?' * len(keys))})",
            [n for n, _ in keys])}
        out = []
        for n, score in keys:
            article_id, title, date, source, tags, start = rows[n]
            text, hits = without_title(*snippet(marked.get(n, start)), title)
            out.append({"id": article_id, "title": title, "date": date, "source": source, "tags": json.loads(tags),
                        "score": None if score is None else float(f"{score:.4g}"), "snippet": text, "hits": hits})
        return out

    def _ranked(self, f: Filters, total: int, limit: int, offset: int) -> list[tuple[int, float]]:
        """(key, BM25 score) of a query's page. Its latest ``RANK_SAMPLE`` matches (keys from ``cut`` up) come
        first, best first; the older ones after them, newest first: FTS5 computes BM25 for every row it
        ranks, so a common word ranked whole cost tens of milliseconds. Fewer matches: all ranked."""
        rank = f"bm25(articles_fts, {', '.join(str(w) for w in WEIGHTS)})"
        sql, params, _ = self._matches(f, total, limit + offset, "", f"f.rowid, -{rank}")
        if total <= RANK_SAMPLE:
            return self.db.execute(f"{sql} ORDER BY {rank} LIMIT ? OFFSET ?", [*params, limit, offset]).fetchall()
        cut = self._cut(f, total, RANK_SAMPLE)
        keys = []
        if offset < RANK_SAMPLE:
            keys += self.db.execute(f"{sql} AND f.rowid >= ? ORDER BY {rank} LIMIT ? OFFSET ?",
                                    [*params, cut, min(limit, RANK_SAMPLE - offset), offset]).fetchall()
        if offset + limit > RANK_SAMPLE:
            older = max(0, offset - RANK_SAMPLE)
            keys += self.db.execute(f"{sql} AND f.rowid < ? ORDER BY f.rowid DESC LIMIT ? OFFSET ?",
                                    [*params, cut, limit - len(keys), older]).fetchall()
        return keys

    def _cut(self, f: Filters, total: int, n: int) -> int:
        """The key of the ``n``-th latest match of a query that has more (``total``): its latest ``n`` matches
        are those from this key up (FTS5 reads its matches in key order, newest first, and stops)."""
        sql, params, _ = self._matches(f, total, n, "", "f.rowid")
        return self.db.execute(f"{sql} ORDER BY f.rowid DESC LIMIT 1 OFFSET ?", [*params, n - 1]).fetchone()[0]

    def _facets(self, f: Filters, total: int) -> tuple[dict[str, list[dict[str, Any]]], int]:
        """(facets, how many articles they count): the store's own counts when nothing narrows the search,
        else the codes of the latest ``FACET_SAMPLE`` matches (newest key first, so the work stops there
        however many match) counted here."""
        if total == 0:
            return {name: [] for name in FACETS}, 0
        if not f.any:
            out = {}
            for kind, name in enumerate(FACETS):
                order = "value DESC" if kind == _MONTHS else "articles DESC, value"
                out[name] = [{"value": v, "count": c} for v, c in self.db.execute(
                    f"SELECT value, articles FROM facet_values WHERE kind = ? AND articles > 0 ORDER BY {order} "
                    f"LIMIT {FACET_SIZE}", (kind,))]
            return out, total
        sets = f.sets()
        if sets and not f.query and len(sets) == 1 and not (f.since or f.until):
            (sql, params), key = sets[0], "1"  # read from the filter's index newest key first, no sort of them all
        else:  # the matches newest first: FTS5's, a filter's index's, or a walk over the narrow rows (their dates)
            sql, params, key = self._matches(f, total, FACET_SAMPLE, "key", "key")
            if key == "x.n":  # the walk reads the codes as it goes
                rows = self.db.execute(f"{sql.replace('SELECT key ', 'SELECT x.codes ', 1)} ORDER BY x.n DESC "
                                       f"LIMIT {FACET_SAMPLE}", params).fetchall()
                return self._top(b"".join(row[0] for row in rows)), len(rows)
            sql = sql.replace("SELECT key ", f"SELECT {key} AS article ", 1)
        # the rows of codes as they are, joined here: 1.0 ms for 1,000 articles at 50,000, against 1.9 ms for one
        # hex string of them all from SQLite (whole searches with filters 2-9% less CPU)
        rows = self.db.execute(f"SELECT x.codes FROM ({sql} ORDER BY {key} DESC LIMIT {FACET_SAMPLE}) k "
                               "JOIN article_facets x ON x.n = k.article", params).fetchall()
        return self._top(b"".join(row[0] for row in rows)), len(rows)

    def _top(self, codes: bytes) -> dict[str, list[dict[str, Any]]]:
        """The ``FACET_SIZE`` values of each facet held by most of these articles (their codes, end to end), ties by
        value, months newest first. Counted with numpy when the process has it already (a server, which
        loaded spaCy), else with Python's Counter (importing numpy would cost a command more than it saves)."""
        counted = _count(codes, FACET_SIZE)
        out = {}
        for kind, name in enumerate(FACETS):
            found = counted[kind]
            values = self._value_of(found)
            if kind == _MONTHS:
                ranked = sorted(found.items(), key=lambda kv: values[kv[0]], reverse=True)
            else:
                ranked = sorted(found.items(), key=lambda kv: (-kv[1], values[kv[0]]))
            out[name] = [{"value": values[code], "count": n} for code, n in ranked[:FACET_SIZE]]
        return out

    def _value_of(self, codes: Iterable[int]) -> dict[int, str]:
        missing = [code for code in codes if code not in self._values]
        for i in range(0, len(missing), 500):
            part = missing[i:i + 500]
            self._values.update(self.db.execute(
                f"SELECT code, value FROM facet_values WHERE code IN ({', '.join('?' * len(part))})", part))
        return self._values

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


def _identity(path: str) -> tuple[int, int] | None:
    try:
        found = os.stat(path)
    except OSError:
        return None
    return found.st_dev, found.st_ino


def _entities(d: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The article's entities by canonical name, each once (the first mention's)."""
    seen: dict[str, dict[str, Any]] = {}
    for e in d.get("entities") or []:
        seen.setdefault(e["canonical"], e)
    return seen


def _places(d: dict[str, Any]) -> list[dict[str, Any]]:
    """The article's resolved places, each name once (the first)."""
    seen: dict[str, dict[str, Any]] = {}
    for p in d.get("places") or []:
        if p.get("geonameid") is not None and p.get("name"):
            seen.setdefault(p["name"], p)
    return list(seen.values())


def _facet_values(d: dict[str, Any]) -> Iterable[tuple[int, str]]:
    """(kind, value) of every facet value the article holds (what the tables it is stored in hold)."""
    for canonical in _entities(d):
        yield 0, canonical
    for p in _places(d):
        yield 1, p["name"]
        if p.get("country") is not None:
            yield 2, p["country"]
    for ev in d.get("events") or []:
        if ev.get("event") is not None:
            yield 3, ev["event"]
    if d.get("date") is not None:
        yield _MONTHS, str(d["date"])[:7]
    for ev in d.get("events") or []:
        if ev.get("cameo") is not None:
            yield _CAMEO, ev["cameo"]


def _codes(blob: bytes) -> array:
    codes = array("i")
    codes.frombytes(blob)
    if sys.byteorder == "big":
        codes.byteswap()
    return codes


def _numpy():
    """numpy, when this process has imported it already."""
    return sys.modules.get("numpy")


def _blob(codes: array) -> bytes:
    if sys.byteorder == "big":
        codes.byteswap()
    return codes.tobytes()


def _count(blob: bytes, size: int) -> list[dict[int, int]]:
    """For each facet kind, code -> how many times it occurs in these codes (little-endian int32), for the
    codes that can be among the ``size`` most frequent (ties included), and every month.

    One function for the CLI and the server: only the tally of each distinct code differs, numpy's ``unique``
    when the process has numpy loaded (a server: 0.3 ms for 36,000 codes), else Python's Counter (2.8 ms;
    importing numpy would cost a command 0.2 s of CPU, and SQLite's GROUP BY over the same codes as rows took
    20 ms); the choice of each facet's values is the same code. numpy hands it only the codes that can be
    chosen (a loop in Python over the 4,900 distinct codes of 1,000 diverse articles took 1.6 ms)."""
    np = _numpy()
    if np is not None:
        codes, counts = np.unique(np.frombuffer(blob, dtype="<i4"), return_counts=True)
        kinds, keep = codes & _MASK, np.zeros(len(codes), dtype=bool)
        for kind in range(len(FACETS)):
            chosen = kinds == kind
            n = counts[chosen]
            if kind != _MONTHS and len(n) > size:
                chosen &= counts >= np.partition(n, len(n) - size)[len(n) - size]
            keep |= chosen
        tally = zip(codes[keep].tolist(), counts[keep].tolist())
    else:
        tally = Counter(_codes(blob)).items()
    out: list[dict[int, int]] = [{} for _ in FACETS]
    for code, n in tally:
        if code & _MASK < len(FACETS):
            out[code & _MASK][code] = n
    for kind, found in enumerate(out):
        if kind != _MONTHS and len(found) > size:
            least = heapq.nlargest(size, found.values())[-1]
            out[kind] = {code: n for code, n in found.items() if n >= least}
    return out


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
