from newscoder.io import store as store_module
from newscoder.io.store import VERSION, Store
from newscoder.models import Analysis, Entity


def make(id, date, tags, ents, events=()):
    return Analysis(id=id, date=None if date is None else __import__("datetime").date.fromisoformat(date),
                    tags=tags, entities=[Entity(e, "GPE", 0, len(e), e, 0.5) for e in ents], events=list(events))


def test_add_search_and_replace(tmp_path):
    path = tmp_path / "news.db"
    with Store(path) as store:
        store.add([
            (make("a", "2020-01-02", ["Chile"], ["Chile"]), "Copper miners in Chile went on strike."),
            (make("b", "2021-06-01", ["Peru"], ["Peru"],
                  [{"event": "PROTEST", "cameo": "141", "actor": [], "recipient": [], "text": "x"}]),
             "Farmers in Peru blocked roads over water rights; miners joined."),
        ])
        assert store.count() == 2
        assert [r["id"] for r in store.search("miners")] and {r["id"] for r in store.search("miners")} == {"a", "b"}
        assert [r["id"] for r in store.search("miners", entity="peru")] == ["b"]
        assert [r["id"] for r in store.search(since="2021-01-01")] == ["b"]
        assert [r["id"] for r in store.search(event="PROTEST")] == ["b"]
        assert store.search('miners" OR (') == []  # user punctuation cannot break the query
        store.add([(make("a", "2020-01-02", ["Bolivia"], ["Bolivia"]), "Tin miners in Bolivia.")])
        assert store.count() == 2
        assert store.search(entity="Chile") == []
        assert store.get("a")["tags"] == ["Bolivia"]
    with Store(path) as again:
        assert again.count() == 2


import sqlite3  # noqa: E402
import threading  # noqa: E402
import time  # noqa: E402

import pytest  # noqa: E402

from newscoder.errors import NewscoderError, OptionsError, StoreError  # noqa: E402


def test_store_error_is_in_the_tree(tmp_path):
    bad = tmp_path / "not.db"
    bad.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError) as caught:
        Store(bad)
    assert isinstance(caught.value, NewscoderError) and "cannot open the store" in str(caught.value)


def test_wal_and_a_second_writer_waits(tmp_path):
    path = tmp_path / "n.db"
    with Store(path) as store:
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        other.execute("BEGIN IMMEDIATE")  # another writer holds the lock for a while
        threading.Timer(0.5, lambda: other.execute("COMMIT")).start()
        started = time.monotonic()
        assert store.add([(make("a", "2020-01-02", ["X"], ["X"]), "text a")]) == 1
        assert time.monotonic() - started >= 0.4
        assert store.count() == 1


def test_commits_come_in_batches_and_a_failure_keeps_what_was_analyzed(tmp_path):
    path = tmp_path / "n.db"

    def items():
        for i in range(7):
            if i == 5:
                with sqlite3.connect(path) as reader:  # a reader sees whole batches only
                    assert reader.execute("SELECT count(*) FROM articles").fetchone()[0] == 4
            yield make(f"a{i}", None, [], []), f"text {i}"
        raise RuntimeError("the analysis failed")

    with Store(path) as store, pytest.raises(RuntimeError):
        store.add(items(), every=2)
    with Store(path) as store:
        assert store.count() == 7  # the last batch was committed when the stream failed
        assert store.db.execute("SELECT count(*) FROM articles_fts").fetchone()[0] == 7


def test_has_tells_a_rerun_what_to_skip(tmp_path):
    with Store(tmp_path / "n.db") as store:
        a = make("a", None, [], [])
        a.title = "T"
        store.add([(a, "text a")])
        assert store.has("a", "text a", "T")
        assert not store.has("a", "text a changed", "T") and not store.has("b", "text a", "T")


@pytest.mark.parametrize("kw,message", [
    ({"since": "garbage"}, "--since must be YYYY-MM-DD"),
    ({"until": "2020-02-30"}, "--until must be YYYY-MM-DD"),
    ({"since": "2021-01-01", "until": "2020-01-01"}, "after --until"),
    ({"event": "%"}, "PLOVER type"),
    ({"event": "14%"}, "PLOVER type"),
    ({"entity": "Peru\udcff"}, "not UTF-8"),
    ({"query": "caf\udce9"}, "not UTF-8"),
    ({"query": " ".join(["w"] * 40)}, "at most 16"),
    ({"limit": 0}, "--limit"),
])
def test_odd_search_arguments_are_clear_errors(tmp_path, kw, message):
    with Store(tmp_path / "n.db") as store, pytest.raises(OptionsError, match=message):
        store.search(**kw)


def test_an_event_code_matches_by_prefix_through_its_index(tmp_path):
    with Store(tmp_path / "n.db") as store:
        store.add([(make("a", None, [], [], [{"event": "PROTEST", "cameo": "141", "actor": [], "recipient": [],
                                               "text": "x"}]), "t")])
        assert [r["id"] for r in store.search(event="14")] == ["a"]
        assert store.search(event="1") and store.search(event="ASSAULT") == [] and store.search(event="2") == []
        plan = " ".join(r[-1] for r in store.db.execute(
            "EXPLAIN QUERY PLAN SELECT code FROM facet_values WHERE kind = 5 AND value GLOB '14*'"))
        assert "USING" in plan and "INDEX" in plan and "value>" in plan, plan


# ---------------------------------------------------------------- search that finds
from newscoder.io.search import fts_query  # noqa: E402
from newscoder.models import Event, EventActor, PlaceMention  # noqa: E402


def story(id, date, text, ents, places=(), events=()):
    """An analysis of ``text`` with entity mentions given as (mention, canonical) pairs."""
    a = make(id, date, [], [])
    a.title = text.split(".")[0]
    a.entities = [Entity(m, "GPE", text.index(m), text.index(m) + len(m), c, 0.5) for m, c in ents]
    a.places = [PlaceMention(n, 0, len(n), n, gid, 1.0, 2.0, iso, "city") for n, gid, iso in places]
    a.events = list(events)
    return a, text


def accuse(actor, target):
    side = lambda c: [EventActor(c, c, None)]  # noqa: E731
    return Event("ACCUSE", "", "112", 2, -2.0, side(actor), side(target), None, None, "x", 0, 1)


@pytest.fixture()
def news(tmp_path):
    with Store(tmp_path / "s.db") as store:
        store.add([
            story("talks", "2019-08-06", "Negotiators resumed talks in Ankara. The US delegation met officials; "
                  "Washington wants a smaller buffer zone.", [("US", "United States"), ("Washington", "United States"),
                                                              ("Ankara", "Turkey")],
                  [("Ankara", 323786, "TUR")], [accuse("Turkey", "United States")]),
            story("strike", "2023-10-11", "Dock workers at Rotterdam went on strike over pay. The union talked "
                  "with operators.", [("Rotterdam", "Rotterdam")], [("Rotterdam", 2747891, "NLD")]),
            story("quake", "2023-02-06", "An earthquake struck southern Turkey near the Syrian border, killing "
                  "thousands.", [("Turkey", "Turkey")], [("Gaziantep", 314830, "TUR")]),
        ])
        yield store


def ids(page):
    return [r["id"] for r in page["results"]]


def test_query_syntax_passes_through(news):
    assert set(ids(news.query("talk*"))) == {"talks", "strike"}
    assert set(ids(news.query("talking"))) == {"talks", "strike"}  # the Porter stemmer: talks, talked
    assert set(ids(news.query("Ankara OR Rotterdam"))) == {"talks", "strike"}
    assert ids(news.query("talk* NOT Rotterdam")) == ["talks"]
    assert ids(news.query('"buffer zone"')) == ["talks"]
    assert ids(news.query('"zone buffer"')) == []
    assert ids(news.query("NEAR(earthquake border, 8)")) == ["quake"]
    assert ids(news.query("NEAR(earthquake thousands, 2)")) == []
    assert ids(news.query("title:union")) == [] and ids(news.query("text:union")) == ["strike"]
    assert ids(news.query("(Ankara OR Gaziantep) AND delegation")) == ["talks"]
    assert news.query("Ankara or Rotterdam")["total"] == 0  # lowercase "or" is a word


@pytest.mark.parametrize("query", ["NOT strike", "strike OR", "AND", "(OR)"])
def test_a_query_fts5_refuses_is_a_clear_options_error(news, query):
    with pytest.raises(OptionsError, match="OR, AND and NOT go between terms"):
        news.query(query)


def test_fts_query_quotes_words_and_keeps_operators():
    assert fts_query('talk* OR "buffer zone" NOT x') == '"talk"* OR "buffer zone" NOT "x"'
    assert fts_query("NEAR(a b, 5) (c") == 'NEAR( "a" "b" , 5 ) ( "c" )'
    assert fts_query("U.S.-led 'deal'") == '"U S led" "deal"'
    assert fts_query("tags:Turkey text:x*") == 'tags : "Turkey" text : "x"*'
    assert fts_query('"unclosed phrase') == '"unclosed phrase"'


def test_results_have_score_snippet_hits_and_a_total(news):
    page = news.query("talk* OR Rotterdam", limit=1)
    assert page["total"] == 2 and len(page["results"]) == 1
    best = page["results"][0]
    assert best["id"] == "strike" and best["score"] > 0
    assert [best["snippet"][a:b] for a, b in best["hits"]] == ["Rotterdam", "talked"]
    assert ids(news.query("talk* OR Rotterdam", limit=1, offset=1)) == ["talks"]


def test_facets_count_matching_articles(news):
    facets = news.query("talk* OR earthquake")["facets"]
    assert {"value": "TUR", "count": 2} in facets["countries"]
    assert {"value": "ACCUSE", "count": 1} in facets["event_types"]
    assert facets["months"] == [{"value": "2023-10", "count": 1}, {"value": "2023-02", "count": 1},
                                {"value": "2019-08", "count": 1}]
    assert {f["value"] for f in facets["places"]} == {"Ankara", "Rotterdam", "Gaziantep"}
    assert facets["entities"][0] == {"value": "Turkey", "count": 2}


def test_facets_count_the_latest_matches_only_when_many_match(news, monkeypatch):
    """Facets stop at FACET_SAMPLE matches, the most recently stored, so their cost does not grow with the
    number of matches; the total stays exact and facets_over says how many were counted."""
    page = news.query()
    assert (page["total"], page["facets_over"]) == (3, 3)
    monkeypatch.setattr("newscoder.io.store.FACET_SAMPLE", 2)
    assert (news.query()["total"], news.query()["facets_over"]) == (3, 3)  # the store's own counts: all
    for query, kw in (("talk* OR earthquake OR strike", {}), (None, {"since": "2000-01-01"})):
        page = news.query(query, **kw)
        assert (page["total"], page["facets_over"]) == (3, 2)
        # "talks" was stored first: only "strike" and "quake" are counted
        assert {f["value"] for f in page["facets"]["places"]} == {"Rotterdam", "Gaziantep"}
        assert page["facets"]["months"] == [{"value": "2023-10", "count": 1}, {"value": "2023-02", "count": 1}]
    assert news.query("talk*")["facets_over"] == 2 and news.query("Ankara")["facets_over"] == 1


def test_entity_search_by_any_name_the_article_used(news):
    for name in ("US", "Washington", "United States", "united states", "U.S.", "USA"):
        assert ids(news.query(entity=name)) == ["talks"], name
    assert ids(news.query(country="tur")) == ["quake", "talks"]
    assert ids(news.query(place="rotterdam")) == ["strike"]


def test_an_old_store_is_migrated_to_the_stemming_index(tmp_path):
    path = tmp_path / "old.db"
    with sqlite3.connect(path) as db:  # the version-0 layout: no stemming, no aliases or places tables
        db.executescript("""
            CREATE TABLE articles (id TEXT PRIMARY KEY, title TEXT, date TEXT, source TEXT, text TEXT NOT NULL,
                tags TEXT NOT NULL, analysis TEXT NOT NULL);
            CREATE TABLE entities (article_id TEXT NOT NULL, canonical TEXT NOT NULL, label TEXT, salience REAL,
                PRIMARY KEY (article_id, canonical));
            CREATE TABLE events (article_id TEXT NOT NULL, event TEXT, cameo TEXT, date TEXT, actor TEXT,
                recipient TEXT, text TEXT);
            CREATE VIRTUAL TABLE articles_fts USING fts5(id UNINDEXED, title, text, tags);""")
        a, text = story("old", "2020-01-01", "Miners were striking in Chile. The US embassy said so.",
                        [("US", "United States")], [("Chile", 3895114, "CHL")])
        d = a.to_dict()
        db.execute("INSERT INTO articles VALUES (?,?,?,?,?,?,?)", ("old", d["title"], d["date"], None, text, "[]",
                                                                    __import__("json").dumps(d)))
        db.execute("INSERT INTO entities VALUES ('old', 'United States', 'GPE', 0.5)")
        db.execute("INSERT INTO articles_fts VALUES ('old', ?, ?, '')", (d["title"], text))
    with Store(path) as store:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == VERSION
        assert ids(store.query("strike")) == ["old"]  # "striking" is found through the stemmer
        assert ids(store.query(entity="US")) == ["old"] and ids(store.query(country="CHL")) == ["old"]


V2_SCHEMA = """
CREATE TABLE articles (id TEXT PRIMARY KEY, title TEXT, date TEXT, source TEXT, text TEXT NOT NULL,
    tags TEXT NOT NULL, analysis TEXT NOT NULL);
CREATE TABLE entities (article_id TEXT NOT NULL, canonical TEXT NOT NULL, label TEXT, salience REAL,
    PRIMARY KEY (article_id, canonical));
CREATE TABLE events (article_id TEXT NOT NULL, event TEXT, cameo TEXT, date TEXT, actor TEXT, recipient TEXT,
    text TEXT);
CREATE TABLE aliases (article_id TEXT NOT NULL, alias TEXT NOT NULL COLLATE NOCASE, canonical TEXT NOT NULL,
    PRIMARY KEY (article_id, alias, canonical));
CREATE TABLE places (article_id TEXT NOT NULL, name TEXT NOT NULL, country TEXT, geonameid INTEGER, lat REAL,
    lon REAL, feature TEXT, PRIMARY KEY (article_id, name));
CREATE VIRTUAL TABLE articles_fts USING fts5(id UNINDEXED, title, text, tags,
    tokenize = 'porter unicode61 remove_diacritics 2');
PRAGMA user_version = 2;
"""


def test_a_version_2_store_is_migrated_to_keyed_tables(tmp_path):
    path = tmp_path / "v2.db"
    a, text = story("old", "2020-01-01", "Miners were striking in Chile. The US embassy said so.",
                    [("US", "United States")], [("Chile", 3895114, "CHL")])
    d = a.to_dict()
    with sqlite3.connect(path) as db:
        db.executescript(V2_SCHEMA)
        db.execute("INSERT INTO articles VALUES (?,?,?,?,?,?,?)", ("old", d["title"], d["date"], None, text, "[]",
                                                                    __import__("json").dumps(d)))
        db.execute("INSERT INTO articles_fts VALUES ('old', ?, ?, '')", (d["title"], text))
    with Store(path) as store:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == VERSION
        assert "articles_old" not in {r[0] for r in store.db.execute("SELECT name FROM sqlite_master")}
        assert ids(store.query("strike")) == ["old"]
        assert ids(store.query(entity="US")) == ["old"] and ids(store.query(country="CHL")) == ["old"]
        store.add([(d, "Tin miners in Bolivia.")])  # a dict, as batch wrote it, replaces the article
        assert store.count() == 1 and ids(store.query("tin")) == ["old"] and store.query("embassy")["total"] == 0


def scans(db, sql, params=()):
    """The steps of a statement's plan that read a whole table or index, less those that stop early: a walk in
    index order with a LIMIT, the rows of a subquery, FTS5 driven by MATCH (``M``) or rowid (``=``), and
    count(*) of a table (SQLite counts the cells of its smallest index's pages)."""
    plan = [r[-1] for r in db.execute("EXPLAIN QUERY PLAN " + sql, params)]
    walk = " LIMIT " in sql and not any("TEMP B-TREE FOR ORDER BY" in step for step in plan)
    whole = sql.startswith("SELECT count(*) FROM article") and " WHERE " not in sql
    return [step for step in plan if step.startswith("SCAN") and not (
        walk or whole or step.split()[1] in ("d", "k") or step.startswith("SCAN (subquery")
        or ("VIRTUAL TABLE" in step and ("M" in step.split(":")[-1] or step.endswith(":="))))]


def test_upserts_and_filters_use_indexes_never_a_scan(news, monkeypatch):
    """An upsert deletes by key, and every search statement looks its values up in an index or walks one in
    order and stops: the cost of each stays flat as the store grows (version 2 scanned the full-text table
    on every upsert)."""
    db = news.db
    n = db.execute("SELECT n FROM articles WHERE id = 'talks'").fetchone()[0]
    statements = ["SELECT n FROM articles WHERE id = 'talks'", f"DELETE FROM articles_fts WHERE rowid = {n}",
                  *(f"DELETE FROM {t} WHERE article = {n}" for t in ("entities", "events", "places")),
                  f"DELETE FROM article_facets WHERE n = {n}",
                  f"DELETE FROM article_codes WHERE code = 8 AND article = {n}",
                  "UPDATE aliases SET articles = articles - 1 WHERE alias = 'US' AND canonical = 'United States'",
                  "UPDATE facet_values SET articles = articles + 1 WHERE code = 8"]
    for sql in statements:
        assert not scans(db, sql), sql
    seen = []
    db.set_trace_callback(seen.append)
    for size in (3, 10**6):  # a small and a large store: each way of finding the matches
        monkeypatch.setattr(news, "_size", lambda size=size: size)
        for kw in ({"entity": "US"}, {"event": "14"}, {"country": "TUR"}, {"place": "Ankara"},
                   {"since": "2020-01-01"}, {"entity": "US", "country": "TUR", "until": "2030-01-01"},
                   {"query": "talk*", "entity": "Turkey", "since": "2019-01-01"}, {}):
            news.query(kw.pop("query", None), **kw)
    db.set_trace_callback(None)
    searched = {sql for sql in seen if sql.startswith("SELECT")}
    assert len(searched) > 20
    for sql in searched:  # run again without parameters: the trace shows them inline
        assert not scans(db, sql), sql
    assert ids(news.query(entity="US")) == ["talks"] and "United States" in news.entity_names("Washington")
    turkey = db.execute("SELECT articles FROM aliases WHERE alias = 'Turkey' AND canonical = 'Turkey'").fetchone()
    news.add([story("talks", "2019-08-07", "Talks ended in Ankara.", [("Ankara", "Turkey")])])
    assert news.count() == 3 and ids(news.query(entity="US")) == [] and ids(news.query("ended")) == ["talks"]
    for table in ("entities", "events", "places"):  # the old version's rows went with it
        assert not db.execute(f"SELECT 1 FROM {table} WHERE article = ?", (n,)).fetchone(), table
    assert news.entity_names("Washington") == ["Washington"]  # no stored article calls anything so now
    assert db.execute("SELECT articles FROM aliases WHERE alias = 'Turkey' AND canonical = 'Turkey'").fetchone() \
        == turkey  # "quake" still names Turkey; the new "talks" names it as Ankara, the old one did too
    assert db.execute("SELECT min(articles) FROM aliases").fetchone()[0] >= 1


import random  # noqa: E402

WORDS = ["alpha", "bravo", "delta", "kilo", "oscar"]
ENTITIES = ["Avalon", "Brightwater", "Cobalt Union", "Dunmore", "Estrel", "Fenwick Group", "avalon"]
PLACES = [("Avalon", 1, "AVL"), ("Brightwater", 2, "BRW"), ("Dunmore", 3, "AVL"), ("Avalon", 4, "BRW"),
          ("Kestrel Bay", 5, None), ("Lowmarsh", None, "AVL")]
EVENTS = [("PROTEST", "141"), ("PROTEST", "145"), ("ACCUSE", "112"), ("AID", "073"), (None, "010")]


def random_story(rng, id):
    """An analysis dict (as batch writes it) and its text, made up from small pools so values repeat."""
    words = rng.sample(WORDS, rng.randrange(1, 4))
    month, day = rng.randrange(1, 13), rng.randrange(1, 29)
    date = None if rng.random() < 0.1 else f"20{rng.randrange(19, 21)}-{month:02d}-{day:02d}"
    entities = [{"text": e, "canonical": e, "label": "ORG", "salience": 0.5}
                for e in rng.sample(ENTITIES, rng.randrange(0, 4))]
    places = [{"text": n, "name": n, "geonameid": g, "country": c, "start": 0, "end": 1}
              for n, g, c in rng.sample(PLACES, rng.randrange(0, 4))]
    events = [{"event": e, "cameo": c, "actor": [], "recipient": [], "text": "x"}
              for e, c in rng.sample(EVENTS, rng.randrange(0, 3))]
    text = f"Story {id}. " + " ".join(words) + " went on."
    return {"id": id, "title": f"Story {id}", "date": date, "tags": words, "entities": entities, "places": places,
            "events": events}, text


@pytest.fixture()
def crowd(tmp_path):
    """A store of 90 made-up articles added in several commits, a third of them replaced later (so facet
    counts went down as well as up); and what it holds, in the order stored."""
    rng = random.Random(11)
    held: dict[str, tuple[dict, str]] = {}
    with Store(tmp_path / "crowd.db") as store:
        for round in range(4):
            items = [random_story(rng, f"s{rng.randrange(90) if round else i}") for i in range(40 if round else 90)]
            store.add(items, every=17)
            for d, text in items:
                held.pop(d["id"], None)
                held[d["id"]] = (d, text)  # a replaced article is stored anew, newest
        yield store, list(held.values())


def brute_facets(stored, size):
    """Facets counted the slow way, from the analyses themselves (what the SQL of version 3 counted)."""
    counts = [{} for _ in range(5)]
    for d, _ in stored:
        kept = {}
        for p in d["places"]:
            if p["geonameid"] is not None and p["name"]:
                kept.setdefault(p["name"], p)
        values = [{e["canonical"] for e in d["entities"]}, set(kept),
                  {p["country"] for p in kept.values() if p["country"] is not None},
                  {e["event"] for e in d["events"] if e["event"] is not None},
                  {d["date"][:7]} if d["date"] else set()]
        for kind, found in enumerate(values):
            for v in found:
                counts[kind][v] = counts[kind].get(v, 0) + 1
    out = {}
    for kind, name in enumerate(("entities", "places", "countries", "event_types", "months")):
        ranked = sorted(counts[kind].items(), key=lambda kv: (-kv[1], kv[0]))
        if name == "months":
            ranked = sorted(counts[kind].items(), reverse=True)
        out[name] = [{"value": v, "count": n} for v, n in ranked[:size]]
    return out


def admits(d, text, kw, store):
    """Whether a made-up article matches a search, decided in Python."""
    kept = {}
    for p in d["places"]:
        if p["geonameid"] is not None:
            kept.setdefault(p["name"], p)  # a name once per article: the first
    places = list(kept.values())
    if "query" in kw and kw["query"] not in text.split():
        return False
    if "entity" in kw and not {e["canonical"].lower() for e in d["entities"]} & \
            {n.lower() for n in store.entity_names(kw["entity"])}:
        return False
    if "event" in kw and not any(e["event"] == kw["event"] or e["cameo"].startswith(kw["event"]) for e in d["events"]):
        return False
    if "country" in kw and not any(p["country"] == kw["country"] for p in places):
        return False
    if "place" in kw and not any(p["name"].lower() == kw["place"].lower() for p in places):
        return False
    if "since" in kw and not (d["date"] and d["date"] >= kw["since"]):
        return False
    return "until" not in kw or bool(d["date"] and d["date"] <= kw["until"])


SEARCHES = [{}, {"query": "alpha"}, {"query": "kilo", "since": "2020-01-01"}, {"entity": "avalon"},
            {"entity": "Cobalt Union", "country": "AVL"}, {"event": "PROTEST"}, {"event": "14"}, {"event": "0"},
            {"country": "BRW"}, {"place": "avalon"}, {"since": "2019-05-01", "until": "2019-12-31"},
            {"query": "bravo", "entity": "Dunmore", "until": "2019-12-31"}, {"entity": "Nobody"}]


@pytest.mark.parametrize("numpy", [False, True])
@pytest.mark.parametrize("sample", [1000, 7])
def test_facets_and_totals_agree_with_a_count_by_hand(crowd, monkeypatch, numpy, sample):
    """Totals, facets (over every match when nothing narrows the search, else over the latest ``sample``)
    and the date-ordered pages, against the same counted in Python from the analyses; with numpy's count
    and Python's, and with the matches found by walking the articles or from a filter's index."""
    import numpy as np

    store, stored = crowd
    monkeypatch.setattr("newscoder.io.store.FACET_SAMPLE", sample)
    monkeypatch.setattr("newscoder.io.store.FACET_SIZE", 3)  # ties at the third place are common
    monkeypatch.setattr("newscoder.io.store._numpy", lambda: np if numpy else None)
    for size in (10, 10**6):  # the matches from a filter's index, or a walk over the articles
        monkeypatch.setattr(store, "_size", lambda size=size: size)
        for kw in SEARCHES:
            matched = [(d, text) for d, text in stored if admits(d, text, kw, store)]
            page = store.query(kw.get("query"), **{k: v for k, v in kw.items() if k != "query"}, limit=6, offset=2)
            assert page["total"] == len(matched), kw
            over = len(matched) if not kw else min(len(matched), sample)
            assert page["facets_over"] == over, kw
            assert page["facets"] == brute_facets(matched[len(matched) - over:], 3), kw
            if "query" not in kw:
                by_date = sorted(matched, key=lambda dt: dt[0]["id"])
                by_date.sort(key=lambda dt: dt[0]["date"] or "", reverse=True)
                assert ids(page) == [d["id"] for d, _ in by_date][2:8], kw
            else:
                scores = [r["score"] for r in page["results"]]
                assert scores == sorted(scores, reverse=True) and len(scores) == min(6, max(0, len(matched) - 2))


def test_a_failed_batch_leaves_the_facet_counts_as_they_were(crowd):
    """A batch that fails to store rolls back whole, the codes it gave new facet values with it."""
    store, stored = crowd
    before = store.query()["facets"]
    zed = ({"id": "new", "title": "x", "date": "2031-01-01", "tags": [], "entities": [
        {"text": "Zed", "canonical": "Zed Works"}]}, "text")
    with pytest.raises(KeyError):
        store.add([random_story(random.Random(5), "s1"), zed, ({"id": "bad"}, "no tags")], every=100)
    assert store.query()["facets"] == before and store.count() == len(stored)
    assert store.query(entity="Zed Works")["total"] == 0
    store.add([zed])  # the value gets a code again, and keeps it
    page = store.query(entity="Zed Works")
    assert page["facets"]["entities"] == [{"value": "Zed Works", "count": 1}]
    assert page["facets"]["months"] == [{"value": "2031-01", "count": 1}]
    assert store.query()["facets"]["months"][0] == {"value": "2031-01", "count": 1}


def test_a_version_3_store_gets_its_facet_tables_in_place(crowd, tmp_path):
    store, stored = crowd
    db = store.db
    fts = db.execute("SELECT count(*) FROM articles_fts").fetchone()[0]
    db.executescript("""DROP TABLE facet_values; DROP TABLE article_facets; DROP TABLE article_codes;
        CREATE INDEX entities_canonical ON entities (canonical COLLATE NOCASE, article);
        CREATE INDEX events_event ON events (event, article); CREATE INDEX events_cameo ON events (cameo, article);
        CREATE INDEX places_country ON places (country, article);
        CREATE INDEX places_name ON places (name COLLATE NOCASE, article); PRAGMA user_version = 3;""")
    path = store.path
    store.close()
    with Store(path) as again:
        assert again.db.execute("PRAGMA user_version").fetchone()[0] == VERSION
        assert again.db.execute("SELECT count(*) FROM articles_fts").fetchone()[0] == fts  # not rebuilt
        names = {r[0] for r in again.db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert "entities_canonical" not in names and "places_name" not in names and "facet_values_nocase" in names
        assert again.query(event="14")["total"] == sum(any(e["cameo"].startswith("14") for e in d["events"])
                                                       for d, _ in stored) > 0
        assert again.query()["facets"] == brute_facets(stored, 10)
        page = again.query(entity="Avalon")
        matched = [(d, t) for d, t in stored if admits(d, t, {"entity": "Avalon"}, again)]
        assert page["facets"] == brute_facets(matched, 10)


def snippet_by_characters(marked):
    """The snippet parser as it was, a character at a time: the reference for the faster one."""
    from newscoder.io.search import HIT_END, HIT_START

    if not marked:
        return "", []
    text, hits, start, n = [], [], None, 0
    for ch in marked.strip():
        if ch == HIT_START:
            start = n
        elif ch == HIT_END:
            if start is not None:
                hits.append([start, n])
            start = None
        elif not (ch.isspace() and text and text[-1] == " "):
            text.append(" " if ch.isspace() else ch)
            n += 1
    return "".join(text), hits


def test_snippet_parser_matches_the_one_character_at_a_time():
    from newscoder.io.search import snippet

    rng = random.Random(2)
    alphabet = ["a", "b", " ", "\n", "\t", "\u00a0", "\u2003", "\x02", "\x03", "é", "…", "\r\n"]
    cases = ["", None, " \x02talks\x03 resumed\n\n in \x02Ankara\x03 ", "\x02 a\x03", "a \x02 \x03 b", "\x03\x03a\x02"]
    cases += ["".join(rng.choice(alphabet) for _ in range(rng.randrange(30))) for _ in range(3000)]
    for marked in cases:
        assert snippet(marked) == snippet_by_characters(marked), repr(marked)


@pytest.fixture()
def harbour(tmp_path):
    """Twelve articles that all say "harbour", stored oldest first; the best BM25 matches are the oldest (the
    word in the title and said most often), so ranking every match and ranking only the latest disagree."""
    with Store(tmp_path / "h.db") as store:
        items = []
        for i in range(12):
            says = 12 - i
            title = "Harbour news" if i < 3 else f"Report {i}"
            text = f"{title}. " + " ".join(["harbour"] * says) + f" boats {i} fishermen" + " quay" * (i % 4)
            items.append(({"id": f"h{i:02d}", "title": title, "date": f"2020-01-{i + 1:02d}", "tags": []}, text))
        store.add(items, every=5)
        yield store


def bm25_order(store, query):
    """Every match ranked by BM25 as FTS5 ranks it (what a search gave before the latest-matches bound)."""
    from newscoder.io.search import WEIGHTS, fts_query

    rank = f"bm25(articles_fts, {', '.join(map(str, WEIGHTS))})"
    return [store.db.execute("SELECT id FROM articles WHERE n = ?", (n,)).fetchone()[0] for (n,) in store.db.execute(
        f"SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY {rank}", (fts_query(query),))]


def test_a_broad_query_ranks_its_latest_matches_then_lists_the_older_newest_first(harbour, monkeypatch):
    """A query matching more than RANK_SAMPLE articles ranks its latest RANK_SAMPLE matches by BM25 (the cost
    of BM25 over every match grew with the store) and lists the older ones after them, newest first; pages
    at any offset fit together, and the total counts every match."""
    monkeypatch.setattr("newscoder.io.store.RANK_SAMPLE", 5, raising=False)
    latest = [f"h{i:02d}" for i in range(7, 12)]
    ranked = [i for i in bm25_order(harbour, "harbour") if i in latest]
    expected = ranked + [f"h{i:02d}" for i in range(6, -1, -1)]
    page = harbour.query("harbour", limit=20)
    assert page["total"] == 12 and ids(page) == expected
    scores = [r["score"] for r in page["results"]]
    assert scores[:5] == sorted(scores[:5], reverse=True) and all(s > 0 for s in scores)
    for size in (1, 3, 4, 5, 7):
        paged = [i for offset in range(0, 12, size) for i in ids(harbour.query("harbour", limit=size, offset=offset))]
        assert paged == expected, size
    assert ids(harbour.query("harbour", limit=5, offset=12)) == []
    # fewer matches than the bound: every match ranked, as before
    assert ids(harbour.query("news OR h11", limit=20)) == bm25_order(harbour, "news OR h11")
    monkeypatch.setattr("newscoder.io.store.RANK_SAMPLE", 12)
    assert ids(harbour.query("harbour", limit=20)) == bm25_order(harbour, "harbour")


def test_the_page_snippets_are_those_of_each_row(harbour, monkeypatch):
    """Snippets come from one walk over the matches between the page's keys: each is the one FTS5 makes for
    that row alone, for words, prefixes and with the bound on ranking."""
    from newscoder.io.search import HIT_END, HIT_START, SNIPPET_WORDS, fts_query, snippet, without_title

    for sample in (5, 1000):
        monkeypatch.setattr("newscoder.io.store.RANK_SAMPLE", sample, raising=False)
        for query in ("harbour", "fish*", "boats OR quay", "quay"):
            for offset in (0, 4):
                page = harbour.query(query, limit=4, offset=offset)
                assert page["results"], query
                for r in page["results"]:
                    n = harbour.db.execute("SELECT n FROM articles WHERE id = ?", (r["id"],)).fetchone()[0]
                    (marked,) = harbour.db.execute(
                        f"SELECT snippet(articles_fts, 1, '{HIT_START}', '{HIT_END}', ' … ', {SNIPPET_WORDS}) "
                        "FROM articles_fts WHERE articles_fts MATCH ? AND rowid = ?", (fts_query(query), n)).fetchone()
                    text, hits = without_title(*snippet(marked), r["title"])
                    assert (r["snippet"], r["hits"]) == (text, hits) and hits, (query, r["id"])


def test_a_version_4_store_is_split_in_place_and_searches_the_same(crowd, monkeypatch):
    """A version-4 store (every code of an article in one column, no id or date beside them, an index on the
    wide table's dates) gets version 5's table when opened, from its own codes; every search gives what it gave
    before, with numpy's count and Python's, and a replaced article leaves no trace of its old codes."""
    from array import array

    import numpy as np

    store, stored = crowd
    searches = [(kw.get("query"), {k: v for k, v in kw.items() if k != "query"}) for kw in SEARCHES]
    before = [store.query(query, **rest, limit=6, offset=1) for query, rest in searches]
    db = store.db
    rows = db.execute("SELECT n, codes, cameo FROM article_facets").fetchall()
    db.executescript("""DROP TABLE article_facets; CREATE TABLE article_facets (n INTEGER PRIMARY KEY,
        codes BLOB NOT NULL); CREATE INDEX articles_date ON articles (date); PRAGMA user_version = 4;""")
    for n, codes, cameo in rows:  # version 4's blob: all the codes in order (this machine is little-endian)
        merged = array("i", sorted(array("i", codes + cameo)))
        db.execute("INSERT INTO article_facets VALUES (?,?)", (n, merged.tobytes()))
    path = store.path
    store.close()
    with Store(path) as again:
        assert again.db.execute("PRAGMA user_version").fetchone()[0] == VERSION
        names = {r[0] for r in again.db.execute("SELECT name FROM sqlite_master")}
        assert "articles_date" not in names and "article_facets_old" not in names and "article_facets_date" in names
        assert again.db.execute("SELECT count(*) FROM article_facets x JOIN articles a ON a.n = x.n WHERE a.id = x.id "
                                "AND a.date IS x.date").fetchone()[0] == len(stored)
        for numpy in (None, np):
            monkeypatch.setattr("newscoder.io.store._numpy", lambda numpy=numpy: numpy)
            assert [again.query(query, **rest, limit=6, offset=1) for query, rest in searches] == before
        d, text = next((d, text) for d, text in stored if d["entities"] and d["events"])
        again.add([({**d, "entities": [], "places": [], "events": []}, text)])
        kept = [(e, t) for e, t in stored if e["id"] != d["id"]]
        for kw in ({"entity": d["entities"][0]["canonical"]}, {"event": d["events"][0]["cameo"]}):
            assert again.query(**kw)["total"] == sum(admits(e, t, kw, again) for e, t in kept), kw


def _automerge(store) -> int:
    return store.db.execute("SELECT v FROM articles_fts_config WHERE k = 'automerge'").fetchone()[0]


def test_a_version_5_store_merges_its_full_text_segments_16_at_a_time_and_searches_the_same(crowd):
    """FTS5 merges 16 segments of a level at a time (4 in version 5, whose commits grew costlier with the store's
    size): a new store is made so, and a version-5 store is changed in place when opened, its searches the same."""
    store, _stored = crowd
    assert _automerge(store) == store_module.FTS_AUTOMERGE == 16
    searches = [(kw.get("query"), {k: v for k, v in kw.items() if k != "query"}) for kw in SEARCHES]
    before = [store.query(query, **rest, limit=6, offset=1) for query, rest in searches]
    store.db.execute("INSERT INTO articles_fts (articles_fts, rank) VALUES ('automerge', 4)")
    store.db.execute("PRAGMA user_version = 5")
    assert _automerge(store) == 4
    path = store.path
    store.close()
    with Store(path) as again:
        assert again.db.execute("PRAGMA user_version").fetchone()[0] == VERSION == 6
        assert _automerge(again) == 16
        assert [again.query(query, **rest, limit=6, offset=1) for query, rest in searches] == before


def test_a_query_with_filters_walks_its_matches_and_checks_each(news):
    """With a query, the filters check each match by key: FTS5 walks its matches once (``M``). Asked for the
    keys of a filter (``rowid IN (...)``), FTS5 looked the query up again for each of them (``=M``): 15 s for
    ``fire*`` in Gainesville's 2,000 articles and 43 s for ``police`` in the USA's 38,750 (50,000 articles)."""
    seen = []
    news.db.set_trace_callback(seen.append)
    for kw in ({"entity": "US"}, {"country": "TUR", "since": "2019-01-01"}, {"event": "14", "entity": "Turkey"}):
        news.query("talk* OR quake", **kw)
    news.db.set_trace_callback(None)
    plans = [r[-1] for sql in seen if sql.startswith("SELECT") and "MATCH" in sql
             for r in news.db.execute("EXPLAIN QUERY PLAN " + sql)]
    assert any(":M" in step for step in plans) and not any(":=M" in step for step in plans), plans
