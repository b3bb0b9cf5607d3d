import json
import shutil
import subprocess

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from newscoder.api import SETTINGS, create_app  # noqa: E402
from newscoder.errors import OptionsError  # noqa: E402

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
    (("POST", "/analyze", {"json": {"title": "no text"}}), 400),
    (("POST", "/analyze", {"json": {"text": 12}}), 400),
    (("POST", "/analyze", {"json": {"text": STORY, "tags": 0}}), 400),
    (("GET", "/analyze", {"params": {"text": STORY, "tags": "many"}}), 400),
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
    assert client.get("/health").json()["status"] == "ok"


HOSTILE = '<img src=x onerror="alert(1)"><script>alert(2)</script>\'"&'


def hostile_analysis():
    ent = {"text": HOSTILE, "label": "PERSON", "start": 0, "end": 1, "canonical": HOSTILE, "salience": 0.5}
    side = [{"canonical": HOSTILE, "text": HOSTILE}]
    return {"id": HOSTILE, "tags": [HOSTILE], "keyphrases": [{"text": HOSTILE, "score": 1}],
            "topics": [{"code": HOSTILE, "label": HOSTILE, "score": 0.5}], "entities": [ent],
            "places": [{"text": HOSTILE, "name": HOSTILE, "country": HOSTILE, "feature": HOSTILE, "lat": HOSTILE,
                        "lon": 1, "metonym": False}],
            "events": [{"date": HOSTILE, "actor": side, "recipient": side, "event": HOSTILE, "cameo": HOSTILE,
                        "text": HOSTILE}],
            "dates": [{"text": HOSTILE, "value": HOSTILE}]}


@pytest.mark.skipif(shutil.which("node") is None, reason="needs node to run the page's script")
def test_the_page_renders_hostile_names_as_text(client):
    script = client.get("/static/app.js").text
    program = script + f"\nprocess.stdout.write(render({json.dumps(hostile_analysis())}));"
    html = subprocess.run(["node", "-e", program], capture_output=True, text=True, check=True, timeout=30).stdout
    assert "<img" not in html and "<script" not in html and "onerror=\"" not in html
    assert html.count("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&lt;script&gt;") >= 15


def test_the_page_writes_html_only_from_render_and_escaped_messages(client):
    import re

    script = client.get("/static/app.js").text
    assert sorted(re.findall(r"innerHTML = ([^;]*);", script)) == ['`<p class="err">${esc(message)}</p>`',
                                                                    "render(a)"]
    assert "document.write" not in script and "eval(" not in script
    assert 'textContent = "Analyzing..."' in script
    assert "return show(await failure(r))" in script  # a non-JSON error leaves "Analyzing..." for a message


@pytest.mark.skipif(shutil.which("node") is None, reason="needs node to run the page's script")
def test_the_page_explains_a_non_json_error(client):
    script = client.get("/static/app.js").text
    program = script + """
const plain = {status: 502, statusText: "Bad Gateway", text: async () => "<h1>proxy down</h1>"};
const json = {status: 413, statusText: "", text: async () => '{"error": {"message": "too big"}}'};
Promise.all([failure(plain), failure(json)]).then(m => process.stdout.write(JSON.stringify(m)));
"""
    out = subprocess.run(["node", "-e", program], capture_output=True, text=True, check=True, timeout=30).stdout
    assert json.loads(out) == ["The server answered 502 Bad Gateway: <h1>proxy down</h1>", "too big"]
