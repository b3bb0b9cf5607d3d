import datetime as dt
import json

import pytest

from newscoder.errors import BinaryInputError, InputError, RecordError, TooLargeError
from newscoder.io.readers import decode, read_bytes, read_paths, split_tags_line
from newscoder.models import Article


def test_tags_line_is_split_from_body():
    body, tags, span = split_tags_line("Para one.\n\nPara two.\n\nTags: Turkey; YPG ;\n")
    assert body == "Para one.\n\nPara two."
    assert tags == ["Turkey", "YPG"]
    assert span is not None


def test_empty_tags_line_gives_no_tags():
    body, tags, _ = split_tags_line("Body text here.\n\nTags: ; ; ;")
    assert body == "Body text here." and tags == []


def test_tags_word_inside_body_is_not_a_tags_line():
    text = "Tags: are discussed here\nbut the article goes on after it."
    assert split_tags_line(text)[0] == text


def test_text_title_detected_from_headline_line():
    (a,) = read_bytes(b"Rain floods Dhaka\n\nHeavy rain flooded the capital on Friday.\n", "x.txt")
    assert a.title == "Rain floods Dhaka"
    assert a.text.startswith("Rain floods Dhaka")


def test_cp1252_is_read_with_a_warning(caplog):
    data = "Caf\u00e9 owners in Qu\u00e9bec said \u201cno\u201d.".encode("cp1252")
    d = decode(data, "f.txt")
    assert d.encoding == "cp1252" and "\u201cno\u201d" in d.text
    assert "f.txt" in caplog.text and "not valid UTF-8" in caplog.text


def test_binary_file_is_refused_with_its_name():
    with pytest.raises(BinaryInputError, match="pic.png"):
        list(read_bytes(b"\x89PNG\r\n\x1a\n\x00\x00", "pic.png"))


def test_too_large_file_is_refused():
    with pytest.raises(TooLargeError, match="big.txt.*over the limit"):
        list(read_bytes(b"word " * 3000, "big.txt", max_bytes=10_000))


def test_jsonl_errors_name_the_line_and_keep_order():
    lines = [
        json.dumps({"id": "a", "text": "First story.", "date": "2020-01-02", "title": "T"}),
        "{not json",
        json.dumps({"id": "c"}),
        json.dumps({"id": "d", "text": "Last story."}),
    ]
    out = list(read_bytes("\n".join(lines).encode(), "in.jsonl"))
    assert [type(x) for x in out] == [Article, RecordError, RecordError, Article]
    assert out[0].date == dt.date(2020, 1, 2) and out[0].title == "T"
    assert out[1].line == 2 and "in.jsonl:2" in str(out[1])
    assert "no \"text\"" in str(out[2])


def test_html_page_gives_title_date_and_main_text():
    html = b"""<!doctype html><html><head><title>Port strike ends</title>
    <meta property="article:published_time" content="2021-03-04T10:00:00Z"></head>
    <body><nav>Home | World | Sport</nav><article><h1>Port strike ends</h1>
    <p>Dock workers in Rotterdam ended a week-long strike on Wednesday after the union accepted a pay offer.</p>
    <p>The port authority said ships would be unloaded around the clock until the backlog was cleared.</p>
    </article><footer>Copyright</footer></body></html>"""
    (a,) = read_bytes(html, "page.html")
    assert "Dock workers in Rotterdam" in a.text and "Copyright" not in a.text
    assert a.title == "Port strike ends"
    assert a.date == dt.date(2021, 3, 4)


def test_rss_feed_gives_one_article_per_entry():
    rss = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
    <item><title>One</title><link>http://x/1</link><pubDate>Mon, 05 Aug 2019 10:00:00 GMT</pubDate>
      <description>&lt;p&gt;Talks opened in Ankara on Monday.&lt;/p&gt;</description></item>
    <item><title>Two</title><link>http://x/2</link><description>Rain fell in Lagos.</description></item>
    </channel></rss>"""
    out = list(read_bytes(rss, "wire.rss"))
    assert [a.title for a in out] == ["One", "Two"]
    assert out[0].text == "Talks opened in Ankara on Monday." and out[0].date == dt.date(2019, 8, 5)
    assert out[1].id == "http://x/2"


def test_directory_is_read_recursively_and_missing_path_is_an_error(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("Story A.")
    (tmp_path / "sub" / "b.txt").write_text("Story B.")
    (tmp_path / "skip.bin").write_bytes(b"\x00")
    ids = [a.id for a in read_paths([str(tmp_path)])]
    assert ids == ["a", "b"]
    with pytest.raises(InputError, match="no such file"):
        list(read_paths([str(tmp_path / "nope.txt")]))
