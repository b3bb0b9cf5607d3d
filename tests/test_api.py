import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from newscoder.api import create_app  # noqa: E402

STORY = "Chilean miners went on strike in Antofagasta on Monday, the union said, demanding higher wages."


@pytest.fixture(scope="module")
def client():
    with TestClient(create_app()) as c:
        yield c


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
    r = client.post("/analyze", json={"text": "   "})
    assert r.status_code == 400 and r.json()["error"]["type"] == "EmptyTextError"
    r = client.post("/analyze", json={"text": STORY, "date": "Monday"})
    assert r.status_code == 400 and "YYYY-MM-DD" in r.json()["error"]["message"]


def test_page_and_health(client):
    assert "POST /analyze" in client.get("/").text
    assert client.get("/health").json()["status"] == "ok"
