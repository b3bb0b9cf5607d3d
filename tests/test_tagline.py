import pytest

from newscoder.errors import OutputError
from newscoder.io.tagline import fill, fill_html, target, write_tags


def test_fill_replaces_only_the_tags_line():
    text = "Line one.\r\n\r\nLine two.\r\n\r\nTags: ; ; ;\r\n"
    out = fill(text, ["A", "B"])
    assert out == "Line one.\r\n\r\nLine two.\r\n\r\nTags: A; B\r\n"


def test_fill_appends_a_line_when_missing():
    assert fill("Body.", ["X"]) == "Body.\n\nTags: X\n"
    assert fill("Body.\n", ["X"]) == "Body.\n\nTags: X\n"


def test_write_tags_is_atomic_idempotent_and_keeps_encoding(tmp_path):
    path = tmp_path / "a.txt"
    original = "Caf\u00e9 story \u2014 still here.\n\nTags: old\n".encode("cp1252")
    path.write_bytes(original)
    path.chmod(0o640)
    assert write_tags(path, ["New", "Tags"]) is True
    data = path.read_bytes()
    assert data == "Caf\u00e9 story \u2014 still here.\n\nTags: New; Tags\n".encode("cp1252")
    assert write_tags(path, ["New", "Tags"]) is False
    assert path.read_bytes() == data
    assert oct(path.stat().st_mode & 0o777) == "0o640"
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


PAGE = """<!doctype html>
<html><head>
<title>Port strike ends</title>
<!-- <meta name="news_keywords" content="in a comment"> -->
</head><body><p>Dock workers in Rotterdam ended a strike.</p></body></html>
"""


def test_fill_html_adds_then_replaces_the_keywords_meta_only():
    once = fill_html(PAGE, ["Rotterdam", "Strike <b>&"])
    assert '<meta name="news_keywords" content="Rotterdam, Strike &lt;b&gt;&amp;">' in once
    assert "in a comment" in once  # the commented-out tag is left alone
    assert once.replace('\n<meta name="news_keywords" content="Rotterdam, Strike &lt;b&gt;&amp;">', "") == PAGE
    twice = fill_html(once, ["Port"])
    assert twice == once.replace('content="Rotterdam, Strike &lt;b&gt;&amp;"', 'content="Port"')
    assert fill_html(twice, ["Port"]) == twice


def test_fill_html_needs_a_head():
    with pytest.raises(OutputError, match="no <head>"):
        fill_html("<p>just a fragment</p>", ["X"])


def test_write_tags_refuses_jsonl_read_only_and_folders(tmp_path):
    jsonl = tmp_path / "a.jsonl"
    jsonl.write_text('{"id": "a", "text": "Story."}\n')
    with pytest.raises(OutputError, match="JSONL"):
        write_tags(jsonl, ["X"])
    assert jsonl.read_text() == '{"id": "a", "text": "Story."}\n'
    ro = tmp_path / "ro.txt"
    ro.write_text("Story.\n")
    ro.chmod(0o444)
    with pytest.raises(OutputError, match="read-only"):
        write_tags(ro, ["X"])
    assert ro.read_text() == "Story.\n"
    with pytest.raises(OutputError, match="regular file"):
        target(tmp_path)


def test_write_tags_writes_through_a_symlink_to_its_target(tmp_path):
    real = tmp_path / "real.txt"
    real.write_text("Story.\n")
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    assert write_tags(link, ["X"]) is True
    assert link.is_symlink() and real.read_text() == "Story.\n\nTags: X\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.txt", "real.txt"]


def test_write_tags_keeps_utf16_with_its_bom(tmp_path):
    path = tmp_path / "u.txt"
    path.write_bytes("Story \u2014 here.\n".encode("utf-16"))
    assert write_tags(path, ["X"]) is True
    assert path.read_bytes() == "Story \u2014 here.\n\nTags: X\n".encode("utf-16")


def test_fill_html_leaves_a_plain_keywords_meta_and_every_other_byte_alone():
    page = ('<!DOCTYPE html>\r\n<html><HEAD>\r\n  <meta name="keywords" content="site, words">\r\n'
            "  <META NAME='news_keywords' CONTENT='old'  />\r\n</HEAD><body><p>Text.</p></body></html>")
    out = fill_html(page, ["Rotterdam", "strike"])
    assert out == page.replace("CONTENT='old'", 'CONTENT="Rotterdam, strike"')


def test_write_tags_on_html_changes_only_the_news_keywords_meta(tmp_path):
    path = tmp_path / "p.html"
    path.write_text(PAGE, encoding="utf-8")
    assert write_tags(path, ["Rotterdam"]) is True
    assert path.read_text(encoding="utf-8") == PAGE.replace(
        "<head>\n", '<head>\n<meta name="news_keywords" content="Rotterdam">\n', 1)
