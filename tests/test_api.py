import json
import shutil
import subprocess

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from newscoder.api import SETTINGS, create_app  # noqa: E402
from newscoder.errors import OptionsError  # noqa: E402
from newscoder.io.writers import event_rows  # noqa: E402

STORY = "Chilean miners went on strike in Antofagasta on Monday, the union said, demanding higher wages."


@pytest.fixture(scope="module")
def client():
    with TestClient(create_app(max_body=20_000, max_chars=5_000), raise_server_exceptions=False) as c:
        yield c


def error_of(r, status):
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/json")
    return r.json()["error"]


def test_post_analyze_returns_the_contract(client):
    r = client.post("/analyze", json={"text": STORY, "date": "2021-05-05", "id": "m1", "tags": 3})
    assert r.status_code == 200
    d = r.json()
    assert d["id"] == "m1" and d["date"] == "2021-05-05"
    assert len(d["tags"]) <= 3
    for e in d["entities"]:
        assert STORY[e["start"]:e["end"]] == e["text"]


def test_get_analyze_is_the_same_handler(client):
    a = client.get("/analyze", params={"text": STORY}).json()
    b = client.post("/analyze", json={"text": STORY}).json()
    assert a == b


def test_errors_carry_their_status(client):
    assert error_of(client.post("/analyze", json={"text": "   "}), 400)["type"] == "EmptyTextError"
    assert "YYYY-MM-DD" in error_of(client.post("/analyze", json={"text": STORY, "date": "Monday"}), 400)["message"]


@pytest.mark.parametrize("request_args,status", [
    (("POST", "/analyze", {"content": b"{not json", "headers": {"content-type": "application/json"}}), 400),
    (("POST", "/analyze", {"json": {"title": "no text"}}), 422),
    (("POST", "/analyze", {"json": {"text": 12}}), 422),
    (("POST", "/analyze", {"json": {"text": STORY, "tags": 0}}), 422),
    (("GET", "/analyze", {"params": {"text": STORY, "tags": "many"}}), 422),
    (("GET", "/analyze", {"params": {"text": STORY, "tags": 99}}), 422),
    (("GET", "/analyze", {"params": {"tags": 3}}), 422),
    (("POST", "/analyze", {"json": {"text": STORY, "format": "pdf"}}), 422),
    (("POST", "/export/events.csv", {"json": {"events": "nope"}}), 400),
    (("POST", "/export/x.csv", {"json": {}}), 422),
    (("GET", "/search.json", {}), 404),
    (("GET", "/articles/a.json", {}), 404),
    (("GET", "/nowhere", {}), 404),
    (("DELETE", "/analyze", {}), 405),
    (("GET", "/static/../api.py", {}), 404),
    (("POST", "/analyze", {"json": {"text": "word " * 2_000}}), 413),
    (("POST", "/analyze", {"content": b"x" * 30_000, "headers": {"content-type": "application/json"}}), 413),
])
def test_every_failure_is_a_json_error(client, request_args, status):
    method, url, kw = request_args
    error = error_of(client.request(method, url, **kw), status)
    assert error["type"] and error["message"]


def test_a_text_over_the_limit_is_413_and_the_next_request_works(client):
    error = error_of(client.post("/analyze", json={"text": "Rain fell. " * 1_000}), 413)
    assert "over the limit of 5,000 (the server's max_chars setting)" in error["message"]
    assert client.post("/analyze", json={"text": STORY}).status_code == 200


def test_an_unexpected_failure_is_a_json_500(monkeypatch):
    app = create_app()
    monkeypatch.setattr("newscoder.api.analyze", lambda *a, **kw: 1 / 0)
    with TestClient(app, raise_server_exceptions=False) as c:
        error = error_of(c.post("/analyze", json={"text": STORY}), 500)
    assert error["type"] == "InternalError" and "ZeroDivision" not in error["message"]


def test_over_the_time_budget_is_503(monkeypatch):
    import time

    monkeypatch.setattr("newscoder.api.analyze", lambda *a, **kw: time.sleep(2))
    with TestClient(create_app(timeout=0.3), raise_server_exceptions=False) as c:
        r = c.post("/analyze", json={"text": STORY})
    assert error_of(r, 503)["type"] == "BusyError" and r.headers["retry-after"]


def test_security_headers_and_no_cors_by_default(client):
    page = client.get("/")
    csp = page.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "frame-ancestors 'none'" in csp
    for r in (page, client.get("/health"), client.post("/analyze", json={"text": ""})):
        assert r.headers["x-content-type-options"] == "nosniff" and r.headers["x-frame-options"] == "DENY"
    cross = client.post("/analyze", json={"text": STORY}, headers={"origin": "https://elsewhere.example"})
    assert "access-control-allow-origin" not in cross.headers
    with TestClient(create_app(cors_origins=["https://ours.example"])) as c:
        r = c.options("/analyze", headers={"origin": "https://ours.example", "access-control-request-method": "POST"})
        assert r.headers["access-control-allow-origin"] == "https://ours.example"


def test_settings_are_checked():
    with pytest.raises(OptionsError, match="unknown server setting"):
        create_app(max_size=1)
    with pytest.raises(OptionsError, match="max_chars"):
        create_app(max_chars=2_000_001)
    assert {s.name for s in SETTINGS} >= {"max_body", "timeout", "header_timeout", "body_timeout", "cors_origins"}


def test_page_and_health(client):
    page = client.get("/").text
    assert "POST /analyze" in page and "<script>" not in page  # the script is a file: the CSP allows no inline
    assert client.get("/static/app.js").status_code == 200
    assert client.get("/health").json() == {"status": "ok", "version": __import__("newscoder").__version__,
                                            "steps": list(__import__("newscoder").STEPS), "search": False}


HOSTILE = '<img src=x onerror="alert(1)"><script>alert(2)</script>\'"&'
ESCAPED = "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&lt;script&gt;"


def hostile_analysis():
    text = f"{HOSTILE} said {HOSTILE}."
    n = len(HOSTILE)
    ent = {"text": HOSTILE, "label": "PERSON", "start": 0, "end": n, "canonical": HOSTILE, "salience": 0.5}
    side = [{"canonical": HOSTILE, "text": HOSTILE}]
    return {"id": HOSTILE, "title": HOSTILE, "text": text, "tags": [HOSTILE],
            "keyphrases": [{"text": HOSTILE, "score": 1}],
            "topics": [{"code": HOSTILE, "label": HOSTILE, "score": 0.5}], "entities": [ent],
            "places": [{"text": HOSTILE, "name": HOSTILE, "country": HOSTILE, "feature": HOSTILE, "lat": 1.0,
                        "lon": 1.0, "metonym": False, "start": n + 6, "end": 2 * n + 6, "geonameid": 1}],
            "events": [{"date": HOSTILE, "actor": side, "recipient": side, "event": HOSTILE, "cameo": HOSTILE,
                        "text": text, "start": 0, "end": len(text), "trigger": "said", "location": {"name": HOSTILE}}],
            "dates": [{"text": HOSTILE, "value": HOSTILE, "start": 0, "end": 1}]}


def page_scripts(client, *names):
    return "\n".join(client.get(f"/static/{name}").text for name in names)


def node(program: str) -> str:
    return subprocess.run(["node", "-e", program], capture_output=True, text=True, check=True, timeout=30).stdout


@pytest.mark.skipif(shutil.which("node") is None, reason="needs node to run the page's script")
def test_the_page_renders_hostile_names_as_text(client):
    script = page_scripts(client, "common.js", "map.js", "app.js")
    world = {"width": 1000, "height": 417, "countries": [{"iso3": "X", "name": HOSTILE, "d": "M0,0L1,1Z"}]}
    a = hostile_analysis()
    html = node(script + f"\nconst a = {json.dumps(a)};\nprocess.stdout.write(render(a) + "
                f"mapSVG({json.dumps(world)}, a.places, []));")
    assert "<img" not in html and "<script" not in html and 'onerror="' not in html
    assert html.count(ESCAPED) >= 15
    assert '<mark class="trigger"' in html and "ent ent-PERSON" in html and '<g class="marker"' in html


@pytest.mark.skipif(shutil.which("node") is None, reason="needs node to run the page's script")
def test_the_search_page_renders_hostile_results_as_text(client):
    script = page_scripts(client, "common.js", "search.js")
    page = {"query": {"offset": 0, "limit": 20}, "total": 1, "facets": {"entities": [{"value": HOSTILE, "count": 1}]},
            "results": [{"id": HOSTILE, "title": HOSTILE, "date": HOSTILE, "tags": [HOSTILE], "score": 1.5,
                         "snippet": HOSTILE + " strike", "hits": [[len(HOSTILE) + 1, len(HOSTILE) + 7]]}]}
    html = node(script + f"\nprocess.stdout.write(renderSearch({json.dumps(page)}, new URLSearchParams('q=x')));")
    assert "<img" not in html and "<script" not in html and "<mark>strike</mark>" in html
    assert html.count(ESCAPED) >= 5


def test_the_pages_write_html_only_through_set_html_and_escape(client):
    import re

    for name in ("common.js", "map.js", "app.js", "search.js", "docs.js"):
        script = client.get(f"/static/{name}").text
        assert "document.write" not in script and "eval(" not in script and "insertAdjacentHTML" not in script
        assert re.findall(r"innerHTML\s*=\s*([^;]*);", script) == (["html"] if name == "common.js" else []), name


@pytest.mark.skipif(shutil.which("node") is None, reason="needs node to run the page's script")
def test_the_page_explains_a_non_json_error(client):
    script = client.get("/static/common.js").text
    program = script + """
const plain = {status: 502, statusText: "Bad Gateway", text: async () => "<h1>proxy down</h1>"};
const json = {status: 413, statusText: "", text: async () => '{"error": {"message": "too big"}}'};
Promise.all([failure(plain), failure(json)]).then(m => process.stdout.write(JSON.stringify(m)));
"""
    assert json.loads(node(program)) == ["The server answered 502 Bad Gateway: <h1>proxy down</h1>", "too big"]


def test_docs_work_offline_with_a_csp(client):
    page = client.get("/docs")
    assert page.status_code == 200 and "cdn" not in page.text.lower() and "https://" not in page.text
    csp = page.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "connect-src 'self'" in csp and "unsafe-eval" not in csp
    for asset in ("/docs/assets/swagger-ui-bundle.js", "/docs/assets/swagger-ui.css", "/static/docs.js"):
        assert client.get(asset).status_code == 200, asset
    assert "validatorUrl: null" in client.get("/static/docs.js").text
    assert client.get("/redoc").status_code == 404


def test_every_endpoint_documents_its_errors(client):
    spec = client.get("/openapi.json").json()
    for path, ops in spec["paths"].items():
        for method, op in ops.items():
            codes = set(op["responses"])
            assert "500" in codes and ("422" in codes or not op.get("parameters") and "requestBody" not in op), path
            for code in codes - {"200"}:
                schema = op["responses"][code]["content"]["application/json"]["schema"]
                assert schema["$ref"].endswith("/ErrorBody"), (method, path, code)


def test_include_text_and_a_file_name_pick_the_reader(client):
    page = "<html><head><title>Strike</title></head><body><article><p>" + STORY + "</p></article></body></html>"
    d = client.post("/analyze", json={"text": page, "filename": "story.html", "include_text": True}).json()
    assert d["text"].strip() == STORY and "<" not in d["text"]
    assert all(d["text"][e["start"]:e["end"]] == e["text"] for e in d["entities"])
    plain = client.post("/analyze", json={"text": page, "format": "text"}).json()
    assert "text" not in plain


def test_export_gives_the_cli_files(client):
    d = client.post("/analyze", json={"text": STORY, "date": "2021-05-05", "id": "m/1"}).json()
    places = client.post("/export/places.csv", json=d)
    assert places.headers["content-type"].startswith("text/csv")
    assert places.headers["content-disposition"] == 'attachment; filename="m1-places.csv"'
    assert places.text.splitlines()[0].startswith("id,text,start,end,name,geonameid") and "Antofagasta" in places.text
    geo = client.post("/export/places.geojson", json=d).json()
    assert geo["type"] == "FeatureCollection" and geo["features"][0]["geometry"]["type"] == "Point"
    events = client.post("/export/events.csv", json=d).text.splitlines()
    assert events[0].startswith("event_id,article_id,url") and len(events) == 1 + len(event_rows(d))


@pytest.fixture(scope="module")
def searchable(tmp_path_factory):
    from newscoder import analyze
    from newscoder.io.store import Store

    db = tmp_path_factory.mktemp("store") / "news.db"
    texts = {"chile": STORY, "kenya": "Kenyan police arrested protesters in Nairobi on Tuesday, officials said."}
    with Store(db) as store:
        store.add((analyze(t, id=k, date="2021-05-05"), t) for k, t in texts.items())
    with TestClient(create_app(db=str(db)), raise_server_exceptions=False) as c:
        yield c


def test_search_json_and_its_page_are_twins(searchable):
    page = searchable.get("/search.json", params={"q": "strike OR arrest*"}).json()
    assert page["total"] == 2 and {r["id"] for r in page["results"]} == {"chile", "kenya"}
    assert {f["value"] for f in page["facets"]["countries"]} == {"CHL", "KEN"}
    assert searchable.get("/search.json", params={"entity": "Chile", "limit": 1}).json()["results"][0]["id"] == "chile"
    html = searchable.get("/search", params={"q": "strike"})
    assert html.status_code == 200 and "/static/search.js" in html.text
    assert "script-src 'self'" in html.headers["content-security-policy"]
    assert searchable.get("/health").json()["search"] is True


@pytest.mark.parametrize("params,status", [
    ({"limit": 0}, 422), ({"limit": 101}, 422), ({"offset": -1}, 422), ({"country": "TURK"}, 422),
    ({"since": "yesterday"}, 400), ({"q": "NOT strike"}, 400), ({"event": "%"}, 400),
])
def test_search_parameters_out_of_range_are_4xx_never_500(searchable, params, status):
    assert error_of(searchable.get("/search.json", params=params), status)["message"]


def test_a_stored_article_with_its_text(searchable):
    d = searchable.get("/articles/chile.json").json()
    assert d["id"] == "chile" and d["text"] == STORY and d["date"] == "2021-05-05"
    assert error_of(searchable.get("/articles/nope.json"), 404)["type"] == "NotFound"
    page = searchable.get("/articles/chile")
    assert page.status_code == 200 and "/static/app.js" in page.text
    assert "script-src 'self'" in page.headers["content-security-policy"]


def test_a_missing_store_is_refused_at_start(tmp_path):
    with pytest.raises(OptionsError, match="no such store"):
        create_app(db=str(tmp_path / "none.db"))


def test_the_server_keeps_its_store_open_between_requests(tmp_path, monkeypatch):
    """Each request opened the store anew, its page cache empty (5-18 ms more a search at 50,000 articles); now
    a request takes a store an earlier one left open, after a bad request too, and a store file replaced
    since is opened anew."""
    import os

    from newscoder.io import store as store_module

    def story(id, text):
        return {"id": id, "title": text.split(".")[0], "date": "2021-01-01", "tags": []}, text

    db, other = tmp_path / "news.db", tmp_path / "other.db"
    with store_module.Store(db) as s:
        s.add([story("a", "Copper miners went on strike.")])
    opened = []
    real = store_module.Store.__init__

    def counting(self, path, *args, **kwargs):
        opened.append(str(path))
        real(self, path, *args, **kwargs)

    monkeypatch.setattr(store_module.Store, "__init__", counting)
    client = TestClient(create_app(db=str(db)), raise_server_exceptions=False)
    for _ in range(4):
        assert client.get("/search.json", params={"q": "miners"}).json()["total"] == 1
    assert client.get("/articles/nope.json").status_code == 404
    assert client.get("/search.json", params={"q": "NOT miners"}).status_code == 400
    assert client.get("/articles/a.json").json()["text"] == "Copper miners went on strike."
    assert opened.count(str(db)) == 1
    with store_module.Store(other) as s:
        s.add([story("b", "Dock workers struck in Rotterdam.")])
    os.replace(other, db)
    assert client.get("/search.json", params={"q": "struck"}).json()["total"] == 1
    assert client.get("/articles/a.json").status_code == 404
    assert opened.count(str(db)) == 2
