from newscoder.io.store import Store
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


def test_like_wildcards_in_an_event_code_match_literally(tmp_path):
    with Store(tmp_path / "n.db") as store:
        store.add([(make("a", None, [], [], [{"event": "PROTEST", "cameo": "141", "actor": [], "recipient": [],
                                               "text": "x"}]), "t")])
        assert [r["id"] for r in store.search(event="14")] == ["a"]
        assert store.search(event="1") and store.search(event="ASSAULT") == []
        from newscoder.io.store import _like_prefix

        assert _like_prefix("1_%\\") == "1\\_\\%\\\\%"
