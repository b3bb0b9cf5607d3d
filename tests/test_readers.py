import datetime as dt
import json
import re

import pytest

from newscoder.errors import BinaryInputError, InputError, RecordError, TooLargeError
from newscoder.io.readers import decode, parse_date, read_bytes, read_file, read_paths, split_tags_line
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
    (missing,) = read_paths([str(tmp_path / "nope.txt")])
    assert isinstance(missing, InputError) and "no such file" in str(missing)


@pytest.mark.parametrize("sep", ["\u2028", "\u2029", "\u0085", "\x0b", "\x0c", "\x1c", "\r"])
def test_jsonl_records_split_on_newline_only(sep):
    text = f"Rain fell on Lima.{sep}The council met."
    data = (json.dumps({"id": "a", "text": text}, ensure_ascii=False) + "\n" +
            json.dumps({"id": "b", "text": "Second."}) + "\r\n").encode("utf-8")
    out = list(read_bytes(data, "in.jsonl"))
    assert [type(x) for x in out] == [Article, Article]
    assert out[0].text == text and out[1].line == 2


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32", "utf-32-be", "utf-8-sig"])
def test_text_with_a_byte_order_mark_is_decoded(encoding):
    text = "Floods in Dhaka \u2014 officials said on Sunday.\n"
    data = text.encode(encoding)
    if encoding.endswith("-be"):
        data = ("\ufeff" + text).encode(encoding)
    d = decode(data, "f.txt")
    assert d.text == text
    assert d.encode(d.text) == data  # written back byte for byte
    (a,) = read_bytes(data, "f.txt")
    assert a.text.startswith("Floods in Dhaka")


def test_utf16_without_bom_is_still_binary_and_a_bad_bom_file_is_a_decode_error():
    with pytest.raises(BinaryInputError):
        decode("Floods".encode("utf-16-le"), "f.txt")
    with pytest.raises(InputError, match="UTF-16-LE"):
        decode(b"\xff\xfeA\x00\x00\xd8", "f.txt")  # a lone high surrogate


def test_one_date_parser():
    assert parse_date("2021-03-04") == dt.date(2021, 3, 4)
    assert parse_date("2021-03-04T10:00:00Z") == dt.date(2021, 3, 4)
    assert parse_date(dt.datetime(2021, 3, 4, 5)) == dt.date(2021, 3, 4)
    assert parse_date(None) is None and parse_date("") is None
    for bad in ("garbage", "2021-13-01", "2021-03-04garbage", "04/03/2021", "20210304"):
        with pytest.raises(InputError, match="since must be YYYY-MM-DD"):
            parse_date(bad, what="since")


def test_bad_record_date_names_the_line_and_the_id():
    (error,) = read_bytes(json.dumps({"id": 7, "text": "x", "date": "Monday"}).encode(), "in.jsonl")
    assert isinstance(error, RecordError) and error.line == 1 and error.id == "7"
    assert "YYYY-MM-DD" in error.message


def test_symlink_loops_and_broken_links_are_reported(tmp_path):
    (tmp_path / "a.txt").write_text("Story A.")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "up").symlink_to(tmp_path)  # a folder loop
    (tmp_path / "x.txt").symlink_to(tmp_path / "y.txt")
    (tmp_path / "y.txt").unlink(missing_ok=True)
    (tmp_path / "y.txt").symlink_to(tmp_path / "x.txt")  # a file loop
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    out = list(read_paths([str(tmp_path)]))
    articles = [x for x in out if isinstance(x, Article)]
    errors = {str(x) for x in out if isinstance(x, InputError)}
    assert [a.id for a in articles] == ["a"]
    assert any("sub/up" in e and "loop" in e for e in errors)
    assert any("x.txt" in e and "loop" in e for e in errors) and any("y.txt" in e and "loop" in e for e in errors)
    assert any("gone.txt" in e and "broken symbolic link" in e for e in errors)
    (direct,) = read_paths([str(tmp_path / "x.txt")])
    assert isinstance(direct, InputError) and "loop" in str(direct)


def test_linked_folder_is_read_once(tmp_path):
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "s.txt").write_text("Story S.")
    (tmp_path / "alias").symlink_to(tmp_path / "real")
    assert [a.id for a in read_paths([str(tmp_path)])] == ["s"]


def test_file_size_is_checked_before_reading(tmp_path, monkeypatch):
    big = tmp_path / "big.txt"
    with open(big, "wb") as f:
        f.truncate(50_000_000)  # sparse: nothing to read, and reading it whole would be slow
    reads = []
    real_open = open

    class Spy:
        def __init__(self, f):
            self.f = f

        def read(self, n=-1):
            reads.append(n)
            return self.f.read(n)

        def __getattr__(self, name):
            return getattr(self.f, name)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.f.close()

    monkeypatch.setattr("builtins.open", lambda *a, **kw: Spy(real_open(*a, **kw)))
    with pytest.raises(TooLargeError, match="50.0 MB, over the limit of 10.0 MB"):
        read_file(str(big))
    assert reads == []  # refused on its size, before any byte was read
    small = tmp_path / "small.txt"
    small.write_bytes(b"x" * 100)
    assert read_file(str(small)) == b"x" * 100 and reads == [10_000_001]


def test_a_jsonl_file_over_the_file_limit_streams_and_the_limit_applies_per_record(tmp_path):
    from newscoder.io.readers import count_articles, read_paths

    big = tmp_path / "big.jsonl"
    story = "Dock workers in Rotterdam ended their strike on Wednesday. " * 10
    with open(big, "w") as f:
        for i in range(3000):
            f.write(json.dumps({"id": f"r{i}", "text": story}) + "\n")
        f.write(json.dumps({"id": "huge", "text": "word " * 5000}) + "\n")
        f.write("\n" + json.dumps({"id": "last", "text": story}) + "\n")
    assert big.stat().st_size > 1_000_000
    items = list(read_paths([str(big)], max_bytes=20_000))  # far less than the file, more than a record
    good = [a for a in items if not isinstance(a, Exception)]
    assert [a.id for a in good] == [f"r{i}" for i in range(3000)] + ["last"]
    assert good[-1].line == 3003 and good[0].line == 1
    (error,) = [e for e in items if isinstance(e, Exception)]
    assert isinstance(error, TooLargeError) and (error.id, error.line, error.source) == ("huge", 3001, str(big))
    assert "over the limit of 20,000 (--max-bytes)" in str(error) and "record is 25,0" in str(error)
    assert count_articles([str(big)], max_bytes=20_000) == 3002
    binary = tmp_path / "bin.jsonl"
    binary.write_bytes(b"\x00\x01\x02 not text\n" * 3)
    (only,) = list(read_paths([str(binary)]))
    assert "binary" in str(only) and only.line == 1


# --- HTML character references in plain text ---------------------------------------------------------------

REFS = ("Shares of AT&amp;T rose on Monday after the firm&#39;s chief called the merger &quot;a good deal&quot;."
        "&nbsp;Procter &amp; Gamble said its sales fell. Analysts said AT&amp;T would gain from the merger.")


def test_character_references_are_decoded_with_offsets_into_the_input():
    from newscoder.io.charrefs import decode

    decoded, offsets = decode(REFS)
    assert "AT&T" in decoded and '"a good deal"' in decoded and "firm's" in decoded and "&nbsp;" not in decoded
    for word, raw in (("AT&T", "AT&amp;T"), ('"a good deal"', "&quot;a good deal&quot;"), ("Gamble", "Gamble")):
        at = decoded.index(word)
        start, end = offsets.span(at, at + len(word))
        assert REFS[start:end] == raw
    assert decode("R&D and Q&A, no references here")[1] is None  # no semicolon: words, not references


def test_a_plural_possessive_is_read_with_a_plain_apostrophe_and_the_mentions_keep_the_input():
    import newscoder
    from newscoder.io.charrefs import decode

    text = "The Kenyan Democrats\u2019 plan failed. \u2018Fine\u2019 said Ruto\u2019s aide. Jones\u2019 firm grew."
    decoded, offsets = decode(text)
    assert decoded == text.replace("s\u2019 ", "s' ") and len(decoded) == len(text)
    assert "\u2018Fine\u2019" in decoded and "Ruto\u2019s" in decoded  # quotes and "'s" stay as written
    result = newscoder.analyze(text + " Kenya's president met Uganda's president in Kampala on Monday.",
                               title="The Democrats\u2019 plan")
    for m in [*result.entities, *result.places, *(e for ev in result.events for e in (ev, *ev.evidence))]:
        assert result.text[m.start: m.end] == m.text, m
    assert result.title == "The Democrats\u2019 plan"  # shown as written


def test_analysis_of_text_with_character_references_keeps_the_input_offsets():
    import newscoder

    result = newscoder.analyze(REFS)
    shown = [k.text for k in result.keyphrases] + result.tags + [e.canonical for e in result.entities]
    assert not [s for s in shown if re.search(r"&\w+;|&#\d+;|\bamp\b|\bquot\b", s)], shown
    assert any("AT&T" in s for s in shown)
    for e in result.entities:
        assert result.text[e.start: e.end] == e.text
    assert any(e.text == "AT&amp;T" for e in result.entities)
    later = newscoder.analyze("Police arrested 40 people in Dhaka on Monday after the &quot;riot&quot; at "
                              "AT&amp;T&#39;s office.&nbsp;Troops attacked rebels in Bangladesh. " * 2)
    mentions = [*later.entities, *later.places, *later.dates, *later.quantities]
    mentions += [e for ev in later.events for e in (ev, *ev.evidence)]
    assert later.places and later.dates and later.quantities and later.events
    for m in mentions:
        assert later.text[m.start: m.end] == m.text, m
