"""Hypothesis fuzzing of the readers, the Tags writers and the HTTP API: hostile input gives an
InputError or a JSON error, never another exception, a traceback or a bare 500."""

from __future__ import annotations

import json
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newscoder.errors import InputError, OutputError
from newscoder.io.readers import FORMATS, decode, read_bytes, read_jsonl, split_tags_line
from newscoder.io.tagline import fill, fill_html
from newscoder.models import Article

#: Examples per property: 60 in `make test`; FUZZ_EXAMPLES=2000 for a longer hunt.
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "60"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
NAMES = st.sampled_from(["a.txt", "a.html", "a.jsonl", "a.rss", "a.xml", "noext", "a.md"])
PIECES = ["<html>", "<head>", "</head>", "<body>", "<p>", "</p>", "<!--", "-->", '<meta name="keywords" content="x">',
          '<meta name="news_keywords" content="y">',
          "<rss>", "<item>", "{", "}", '"text":', "\n", "\r\n", "\u2028", "\x00", "Tags: a; b", "\ufeff", "&amp;",
          "<script>"]
MARKUP = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)


@FUZZ
@given(data=st.one_of(st.binary(max_size=3000), MARKUP.map(lambda s: s.encode("utf-8", "surrogatepass"))),
       name=NAMES, fmt=st.sampled_from(FORMATS))
def test_any_bytes_give_articles_or_input_errors(data, name, fmt):
    try:
        items = list(read_bytes(data, name, fmt))
    except InputError:
        return
    for item in items:
        assert isinstance(item, (Article, InputError))
        if isinstance(item, Article):
            assert isinstance(item.text, str) and isinstance(item.id, str)


RECORD_TEXT = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), min_size=1, max_size=200)


@FUZZ
@given(texts=st.lists(RECORD_TEXT, min_size=1, max_size=8), crlf=st.booleans())
def test_jsonl_records_come_back_exactly_with_their_line(texts, crlf):
    end = "\r\n" if crlf else "\n"
    data = end.join(json.dumps({"id": str(i), "text": t}, ensure_ascii=False) for i, t in enumerate(texts)) + end
    out = list(read_jsonl(data, "f.jsonl"))
    assert [a.text for a in out] == texts
    assert [a.line for a in out] == list(range(1, len(texts) + 1))


@FUZZ
@given(text=st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=300),
       encoding=st.sampled_from(["utf-16", "utf-32", "utf-8-sig"]))
def test_text_with_a_bom_decodes_and_encodes_back(text, encoding):
    if encoding == "utf-16" and text.startswith("\x00"):
        text = "x" + text  # FF FE 00 00 is the UTF-32 mark: a UTF-16 text starting with NUL is ambiguous
    data = text.encode(encoding)
    d = decode(data, "f.txt")
    assert d.text == text and d.encode(d.text) == data


TAG = st.text(alphabet=st.characters(exclude_categories=["Cs", "Cc", "Zl", "Zp"], exclude_characters=";\x85"),
              min_size=1, max_size=20).map(str.strip).filter(bool)


@FUZZ
@given(body=st.text(max_size=300), tags=st.lists(TAG, min_size=1, max_size=5))
def test_fill_sets_the_tags_line_once_and_keeps_the_body(body, tags):
    once = fill(body, tags)
    assert fill(once, tags) == once
    assert split_tags_line(once)[1] == tags
    kept, _, span = split_tags_line(body)
    assert once.startswith(body[: span[0]] if span else body)


@FUZZ
@given(page=MARKUP, tags=st.lists(TAG, min_size=1, max_size=5))
def test_fill_html_is_idempotent_or_refuses(page, tags):
    try:
        once = fill_html(page, tags)
    except OutputError:
        return
    assert fill_html(once, tags) == once
    assert once.count('name="news_keywords" content=') >= 1


pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from newscoder.api import create_app  # noqa: E402

STATUSES = {200, 400, 404, 405, 408, 413, 422, 503}  # 422: a parameter missing or out of range
SCALARS = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=50)
JSON_VALUES = st.recursive(
    SCALARS, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12)
BODIES = st.one_of(
    st.binary(max_size=500),
    JSON_VALUES.map(lambda v: json.dumps(v).encode()),
    st.fixed_dictionaries({"text": st.one_of(st.text(max_size=300), JSON_VALUES)},
                          optional={"date": st.one_of(st.text(max_size=12), st.integers()),
                                    "tags": st.one_of(st.integers(-5, 80), st.text(max_size=3)),
                                    "title": JSON_VALUES, "id": JSON_VALUES}).map(lambda d: json.dumps(d).encode()),
)


@pytest.fixture(scope="module")
def client():
    with TestClient(create_app(max_body=4_000, max_chars=1_000), raise_server_exceptions=False) as c:
        yield c


def assert_json_answer(r):
    assert r.status_code in STATUSES, (r.status_code, r.text)
    body = r.json()  # every answer is JSON
    if r.status_code != 200:
        assert set(body) == {"error"} and body["error"]["type"] and isinstance(body["error"]["message"], str)


@FUZZ
@given(body=BODIES, content_type=st.sampled_from(["application/json", "text/plain", "", "application/x-www-form"]))
def test_api_post_answers_json_for_any_body(client, body, content_type):
    headers = {"content-type": content_type} if content_type else {}
    assert_json_answer(client.post("/analyze", content=body, headers=headers))


@FUZZ
@given(params=st.dictionaries(st.sampled_from(["text", "date", "tags", "title", "x"]), st.text(max_size=60),
                              max_size=4),
       path=st.sampled_from(["/analyze", "/health", "/analyze/", "/static/app.js", "/static/..%2fapi.py", "/%00"]))
def test_api_get_answers_json_or_a_file_for_any_query(client, params, path):
    r = client.get(path, params=params)
    if path == "/static/app.js":
        assert r.status_code == 200
    else:
        assert_json_answer(r)
