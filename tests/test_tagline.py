from newscoder.io.tagline import fill, write_tags


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
