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
