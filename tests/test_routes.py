"""One reading of an article for every route: the CLI, `tag`, Python `analyze()` and `POST /analyze` see the
same title, tags and events, and the output's `date` is the publication date used."""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newscoder import analyze
from newscoder.cli import app

DATA = Path(__file__).parent / "data"
ARTICLE = DATA / "drilling-row.txt"  # written for these tests: a title, a threat, an accusation, a Tags line
TITLE = "Greece warns Turkey over drilling ship near Crete"
DATE = "2020-08-13"
runner = CliRunner()


def events(d):
    return [(e["event"], e["cameo"], [a["canonical"] for a in e["actor"]], [a["canonical"] for a in e["recipient"]],
             e["date"]) for e in d["events"]]


@pytest.fixture(scope="module")
def client():
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from newscoder.api import create_app

    with TestClient(create_app()) as c:
        yield c


def page_of(text: str) -> str:
    """The article as a news site would publish it."""
    title, _, rest = text.partition("\n\n")
    body = rest.rsplit("\nTags:", 1)[0]
    paras = "".join(f"<p>{p}</p>\n" for p in body.split("\n\n") if p.strip())
    return (f"<!doctype html>\n<html><head><meta charset='utf-8'><title>{title} | Example Wire</title></head>\n"
            f"<body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>\n<article><h1>{title}</h1>\n{paras}"
            "</article><footer>Copyright Example Wire</footer></body></html>\n")


def test_cli_tag_python_and_http_agree(tmp_path, client):
    path = tmp_path / ARTICLE.name
    path.write_bytes(ARTICLE.read_bytes())
    text = path.read_text(encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(path), "--date", DATE])
    assert result.exit_code == 0, result.stderr
    cli = json.loads(result.stdout)
    py = analyze(open(path, encoding="utf-8").read(), date=DATE).to_dict()
    http = client.post("/analyze", json={"text": text, "date": DATE}).json()
    tagged = runner.invoke(app, ["tag", str(path), "--date", DATE])
    assert tagged.exit_code == 0, tagged.stderr
    for d in (cli, py, http):
        assert d["title"] == TITLE and d["date"] == DATE
        assert d["tags"] == cli["tags"] and events(d) == events(cli)
    assert tagged.stdout.strip() == "Tags: " + "; ".join(cli["tags"])
    assert {"THREATEN", "ACCUSE"} <= {e[0] for e in events(cli)}
    assert not any("Tags" in e["text"] for e in cli["entities"])  # the Tags line is not analyzed
    assert all(e["end"] <= len(text.rsplit("\nTags:", 1)[0]) for e in cli["entities"])


def test_an_html_page_reads_the_same_on_every_route(tmp_path, client):
    page = page_of(ARTICLE.read_text(encoding="utf-8"))
    path = tmp_path / "drilling-row.html"
    path.write_text(page, encoding="utf-8")
    plain = analyze(ARTICLE.read_text(encoding="utf-8"), date=DATE).to_dict()
    cli = json.loads(runner.invoke(app, ["analyze", str(path), "--date", DATE]).stdout)
    py = analyze(page, date=DATE).to_dict()
    http = client.post("/analyze", json={"text": page, "date": DATE}).json()
    tagged = runner.invoke(app, ["tag", str(path), "--date", DATE]).stdout.strip()
    for d in (cli, py, http):
        assert d["title"].startswith(TITLE) and d["date"] == DATE
        assert d["tags"] == plain["tags"] and events(d) == events(plain)
        assert not any("<" in k["text"] or "Example Wire" in k["text"] for k in d["keyphrases"])
    assert tagged == "Tags: " + "; ".join(plain["tags"])


def test_the_output_date_is_the_date_used():
    text = ARTICLE.read_text(encoding="utf-8")
    assert analyze(text).to_dict()["date"] is None
    from newscoder import Options

    d = analyze(text, options=Options(date=__import__("datetime").date(2021, 1, 5))).to_dict()
    assert d["date"] == "2021-01-05"
    d = analyze(text, date="2019-03-01", options=Options(date=__import__("datetime").date(2021, 1, 5))).to_dict()
    assert d["date"] == "2019-03-01"  # the article's own date wins over the default


def test_a_pasted_feed_with_one_entry_is_read_as_a_feed():
    body = ARTICLE.read_text(encoding="utf-8").split("\n\n", 1)[1].rsplit("\nTags:", 1)[0]
    feed = ("<?xml version='1.0'?><rss version='2.0'><channel><title>World Wire</title><item>"
            f"<title>{TITLE}</title><link>https://example.org/a</link><pubDate>Thu, 13 Aug 2020 09:00:00 GMT"
            f"</pubDate><description><![CDATA[{body}]]></description></item></channel></rss>")
    d = analyze(feed).to_dict()
    assert d["title"] == TITLE and d["date"] == DATE
    assert not any("<" in k["text"] or "World Wire" in k["text"] for k in d["keyphrases"])
