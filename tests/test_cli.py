import json

import pytest
from typer.testing import CliRunner

from newscoder.cli import app

runner = CliRunner()

STORY = ("Kenyan police arrested twelve protesters in Nairobi on Tuesday after a march against new "
         "taxes turned violent, officials said. President William Ruto defended the budget.")


def test_jsonl_stdin_gives_one_line_per_record_in_order():
    lines = [json.dumps({"id": f"r{i}", "text": STORY}) for i in range(3)]
    lines.insert(1, "{oops")
    result = runner.invoke(app, ["analyze", "-i", "jsonl", "--skip-errors", "-"], input="\n".join(lines))
    assert result.exit_code == 1
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in out] == ["r0", None, "r1", "r2"]
    assert out[1]["error"]["line"] == 2 and out[1]["error"]["type"] == "RecordError"
    assert {"tags", "keyphrases", "topics", "entities", "places", "events", "dates"} <= set(out[0])
    assert "<stdin>:2" in result.stderr


def test_bad_record_without_skip_errors_exits_2_and_writes_nothing(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": STORY}) + "\n" + json.dumps({"id": "b"}) + "\n")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["analyze", str(src), "-o", str(out)])
    assert result.exit_code == 2
    assert f"{src}:2" in result.stderr and "text" in result.stderr
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl"]


def test_empty_and_non_english_files_are_reported(tmp_path):
    (tmp_path / "empty.txt").write_text("   \n\n")
    (tmp_path / "de.txt").write_text("Die Regierung hat am Montag in Berlin beschlossen, dass die neuen "
                                     "Regeln ab dem kommenden Jahr für alle Unternehmen gelten sollen.")
    result = runner.invoke(app, ["analyze", "--skip-errors", str(tmp_path)])
    assert result.exit_code == 1
    assert "empty.txt" in result.stderr and "no text" in result.stderr
    assert "de.txt" in result.stderr and "English" in result.stderr


def test_tag_write_fills_the_tags_line_idempotently(tmp_path, example_text):
    path = tmp_path / "story.txt"
    path.write_text(example_text, encoding="utf-8")
    result = runner.invoke(app, ["tag", "--write", str(path)])
    assert result.exit_code == 0, result.stderr
    once = path.read_text(encoding="utf-8")
    body, line = once.rsplit("\nTags: ", 1)
    assert body == example_text.rsplit("\nTags: ", 1)[0]
    assert len([t for t in line.strip().split("; ") if t]) == 4
    runner.invoke(app, ["tag", "--write", str(path)])
    assert path.read_text(encoding="utf-8") == once


def test_tag_prints_the_line(tmp_path):
    path = tmp_path / "s.txt"
    path.write_text(STORY)
    result = runner.invoke(app, ["tag", "--tags", "3", str(path)])
    assert result.exit_code == 0
    assert result.stdout.startswith("Tags: ") and result.stdout.count(";") <= 2


def test_bad_date_is_a_usage_error(tmp_path):
    path = tmp_path / "s.txt"
    path.write_text(STORY)
    result = runner.invoke(app, ["analyze", "--date", "05/08/2019", str(path)])
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.stderr


def test_index_then_search(tmp_path):
    (tmp_path / "a.txt").write_text(STORY)
    (tmp_path / "b.txt").write_text("Floods in Dhaka forced thousands from their homes on Sunday, officials said.")
    db = tmp_path / "n.db"
    result = runner.invoke(app, ["index", str(tmp_path), "--db", str(db)])
    assert result.exit_code == 0, result.stderr
    assert "2 article(s) added" in result.stderr
    found = runner.invoke(app, ["search", "protesters", "--db", str(db), "-f", "jsonl"])
    assert [json.loads(line)["id"] for line in found.stdout.splitlines()] == ["a"]
    table = runner.invoke(app, ["search", "protest* OR flood*", "--db", str(db)])
    assert table.exit_code == 0 and "2 article(s) match" in table.stdout
    assert "Countries: BGD (1), KEN (1)" in table.stdout
    page = json.loads(runner.invoke(app, ["search", "protester", "--db", str(db), "-f", "json"]).stdout)
    assert page["total"] == 1 and page["facets"]["countries"] == [{"value": "KEN", "count": 1}]
    hit = page["results"][0]
    assert [hit["snippet"][a:b] for a, b in hit["hits"]] == ["protesters"]
    rows = runner.invoke(app, ["search", "--entity", "Kenya", "--db", str(db), "-f", "csv"]).stdout.splitlines()
    assert rows[0] == "id,title,date,source,tags,score,snippet,hits" and rows[1].startswith("a,")
    shown = runner.invoke(app, ["show", "b", "--db", str(db)])
    assert shown.exit_code == 0 and shown.stdout.startswith("== b\nTags: ") and "Dhaka" in shown.stdout
    assert json.loads(runner.invoke(app, ["show", "a", "--db", str(db), "-f", "json"]).stdout)["id"] == "a"
    unknown = runner.invoke(app, ["show", "zz", "--db", str(db)])
    assert unknown.exit_code == 2 and "no article with id 'zz'" in unknown.stderr
    missing = runner.invoke(app, ["search", "x", "--db", str(tmp_path / "none.db")])
    assert missing.exit_code == 2 and "no such store" in missing.stderr


WAR_STORY = ("Russian forces shelled Kharkiv on Monday, Ukrainian officials said. Ukraine accused Moscow "
             "of targeting civilians and demanded new sanctions.")


def test_places_command_writes_csv_and_geojson(tmp_path):
    path = tmp_path / "w.txt"
    path.write_text(WAR_STORY)
    csv_out = runner.invoke(app, ["places", str(path)])
    assert csv_out.exit_code == 0, csv_out.stderr
    header, *rows = csv_out.stdout.splitlines()
    assert header.startswith("id,text,start,end,name,geonameid,lat,lon,country")
    assert any(",Kharkiv," in r and "UKR" in r for r in rows)
    geo = runner.invoke(app, ["places", "-f", "geojson", str(path)])
    collection = json.loads(geo.stdout)
    assert collection["type"] == "FeatureCollection"
    assert all(f["geometry"]["type"] == "Point" for f in collection["features"])


def test_events_command_writes_one_row_per_event(tmp_path):
    pq = __import__("pytest").importorskip("pyarrow.parquet")
    path = tmp_path / "w.txt"
    path.write_text(WAR_STORY)
    out = tmp_path / "ev.parquet"
    result = runner.invoke(app, ["events", str(path), "--date", "2022-03-01", "-f", "parquet", "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    table = pq.read_table(out).to_pylist()
    assert {"date", "actor1_name", "actor2_name", "event_code", "plover_type", "goldstein", "mode"} <= set(table[0])
    assert any(r["plover_type"] == "ACCUSE" and r["actor1_code"] == "UKR" for r in table)
    assert all(r["actor1_guessed"] in (True, False, None) for r in table)
    assert any(r["actor1_code"] == "UKR" and r["actor1_guessed"] is False for r in table)  # named, not guessed
    assert runner.invoke(app, ["events", str(path), "-f", "parquet"]).exit_code == 2  # parquet needs --output


def test_text_report_names_places_events_and_quantities(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Greek and Albanian ministers held talks in Vienna on Tuesday about a 12-mile fishing zone "
                    "in the Adriatic Sea. Albania accused Greece of seizing two trawlers.\n", encoding="utf-8")
    result = runner.invoke(app, ["analyze", "--format", "text", "--date", "2022-03-04", str(path)])
    assert result.exit_code == 0, result.output
    out = result.output
    assert "Vienna (AUT)" in out
    assert "Adriatic (sea)" in out and "unresolved" not in out.split("Places:")[1].split("\n")[0]
    assert "Greece -> CONSULT -> Albania in Vienna" in out  # the first side named, with the other; not Austria
    assert "Event: 2022-03-04 Albania -> ACCUSE -> Greece" in out
    assert "Date: Tuesday = 2022-03-01" in out
    assert "Quantity: " in out and "mi" in out.split("Quantity: ")[1]


def test_error_lines_carry_the_input_id_and_line():
    lines = [json.dumps({"id": "good", "text": STORY}), json.dumps({"id": "blank", "text": "  "}),
             json.dumps({"id": "notext"})]
    result = runner.invoke(app, ["analyze", "-i", "jsonl", "--skip-errors", "-"], input="\n".join(lines))
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in out] == ["good", "blank", "notext"]
    assert [(o["error"]["id"], o["error"]["line"]) for o in out[1:]] == [("blank", 2), ("notext", 3)]
    assert out[1]["error"]["type"] == "EmptyTextError"


def test_a_text_over_the_ceiling_is_refused_and_the_good_file_kept(tmp_path):
    (tmp_path / "a_long.txt").write_text(("The council met again on Monday. " * 70_000)[:2_100_000])
    (tmp_path / "b_good.txt").write_text(STORY)
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["analyze", "--skip-errors", str(tmp_path), "-o", str(out)])
    assert result.exit_code == 1, result.output
    assert "a_long.txt: text is 2,100,000 characters, over the limit of 2,000,000 (Options.max_chars)" in result.stderr
    assert "Traceback" not in result.output
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["id"] for r in records] == ["a_long", "b_good"]
    assert records[0]["error"]["type"] == "TooLargeError" and records[1]["tags"]
    stopped = runner.invoke(app, ["analyze", str(tmp_path)])
    assert stopped.exit_code == 2 and "over the limit" in stopped.stderr and "Traceback" not in stopped.output


def test_pieces_stay_under_the_parsers_own_limit():
    from newscoder.options import Options
    from newscoder.pipeline import PIECE_CHARS, load

    assert PIECE_CHARS < load(Options(steps=("tags",)).steps).max_length < Options().max_chars


def tag_folder(tmp_path):
    d = tmp_path / "news"
    d.mkdir()
    (d / "a.txt").write_text(STORY + "\n")
    (d / "b.html").write_text("<html><head><title>Kenya</title></head><body><article><p>" + STORY +
                              "</p><p>" + STORY + "</p></article></body></html>\n")
    (d / "c.jsonl").write_text(json.dumps({"id": "c", "text": STORY}) + "\n")
    (d / "d_ro.txt").write_text(STORY + "\n")
    (d / "d_ro.txt").chmod(0o444)
    (tmp_path / "target.txt").write_text(STORY + "\n")
    (d / "e_link.txt").symlink_to(tmp_path / "target.txt")
    return d


def test_tag_write_refuses_before_writing_anything(tmp_path):
    d = tag_folder(tmp_path)
    before = {p.name: p.read_bytes() for p in d.iterdir()}
    result = runner.invoke(app, ["tag", "--write", str(d)])
    assert result.exit_code == 2 and "c.jsonl" in result.stderr and "JSONL" in result.stderr
    assert {p.name: p.read_bytes() for p in d.iterdir()} == before


def test_tag_write_with_skip_errors_writes_only_what_it_safely_can(tmp_path):
    d = tag_folder(tmp_path)
    jsonl_before = (d / "c.jsonl").read_bytes()
    result = runner.invoke(app, ["tag", "--write", "--skip-errors", str(d)])
    assert result.exit_code == 1, result.output
    assert "c.jsonl" in result.stderr and "d_ro.txt" in result.stderr and "read-only" in result.stderr
    assert (d / "a.txt").read_text().count("\nTags: ") == 1
    assert '<meta name="news_keywords" content="' in (d / "b.html").read_text()
    assert "Tags:" not in (d / "b.html").read_text()
    assert (d / "c.jsonl").read_bytes() == jsonl_before
    assert "Tags:" not in (d / "d_ro.txt").read_text()
    assert (d / "e_link.txt").is_symlink() and "\nTags: " in (tmp_path / "target.txt").read_text()
    again = runner.invoke(app, ["tag", "--write", "--skip-errors", str(d)])
    assert again.stderr.count("(unchanged)") == 3


def test_output_files_follow_the_umask(tmp_path):
    import os

    path = tmp_path / "s.txt"
    path.write_text(STORY)
    out = tmp_path / "o.jsonl"
    old = os.umask(0o022)
    try:
        assert runner.invoke(app, ["analyze", str(path), "-o", str(out)]).exit_code == 0
    finally:
        os.umask(old)
    assert oct(out.stat().st_mode & 0o777) == "0o644"


def test_index_rerun_skips_what_the_store_holds(tmp_path):
    (tmp_path / "a.txt").write_text(STORY)
    db = tmp_path / "n.db"
    assert runner.invoke(app, ["index", str(tmp_path / "a.txt"), "--db", str(db)]).exit_code == 0
    (tmp_path / "b.txt").write_text("Floods in Dhaka forced thousands from their homes on Sunday, officials said.")
    again = runner.invoke(app, ["index", str(tmp_path), "--db", str(db)])
    assert "1 article(s) added, 1 already there, 2 in the store" in again.stderr


@pytest.mark.parametrize("args,message", [
    (["--since", "garbage"], "--since must be YYYY-MM-DD"),
    (["--event", "%"], "PLOVER type"),
    (["caf\udce9"], "not UTF-8"),
])
def test_odd_search_arguments_exit_2_with_a_message(tmp_path, args, message):
    db = tmp_path / "n.db"
    from newscoder.io.store import Store

    Store(db).close()
    result = runner.invoke(app, ["search", *args, "--db", str(db)])
    assert result.exit_code == 2 and message in result.stderr and "Traceback" not in result.output


def test_an_internal_error_is_one_line_and_exit_3(tmp_path, monkeypatch):
    path = tmp_path / "s.txt"
    path.write_text(STORY)
    monkeypatch.setattr("newscoder.pipeline.analyze_many", lambda *a, **kw: (_ for _ in ()).throw(ValueError("boom")))
    result = runner.invoke(app, ["analyze", str(path)])
    assert result.exit_code == 3 and "internal error" in result.stderr and "ValueError: boom" in result.stderr


def test_version_and_verbose_is_a_count():
    from newscoder import __version__

    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.strip() == f"newscoder {__version__}"
    assert "a count: -v" in runner.invoke(app, ["analyze", "--help"]).stdout


def test_progress_shows_done_of_total_and_the_time_left(tmp_path):
    import io

    from rich.console import Console

    from newscoder.io.readers import count_articles
    from newscoder.runner import progress

    (tmp_path / "a.txt").write_text(STORY)
    (tmp_path / "b.jsonl").write_text('{"text": "x"}\n\n{"text": "y"}\n{oops\n')
    assert count_articles([str(tmp_path)]) == 4 and count_articles(["-"]) is None
    buf = io.StringIO()
    with progress(lambda: 4, console=Console(file=buf, force_terminal=True, width=100)) as advance:
        advance()
        advance()
    screen = buf.getvalue()
    assert "2/4" in screen and "left" in screen and "articles" in screen


def test_a_skipped_file_or_record_keeps_its_id_and_line(tmp_path):
    (tmp_path / "pic.txt").write_bytes(b"\x89PNG\x00\x00")
    (tmp_path / "r.jsonl").write_text('{"id": "r1", "text": "cut\n{"id": 7, "title": "no text"}\n')
    result = runner.invoke(app, ["analyze", "--skip-errors", str(tmp_path)])
    errors = [json.loads(line)["error"] for line in result.stdout.splitlines()]
    assert [(e["id"], e["line"], e["type"]) for e in errors] == [
        ("pic", None, "BinaryInputError"), ("r1", 1, "RecordError"), ("7", 2, "RecordError")]


#: The heavy packages a light command must not import: spaCy and its Thinc, Dask, and pydantic and NumPy (which
#: spaCy brings, and Typer's own value checks would: about 0.1-0.3 s of a light command's start).
HEAVY = ("spacy", "thinc", "dask", "pydantic", "numpy")
LIGHT = (f"import atexit, sys; atexit.register(lambda: print('IMPORTED', sorted(m for m in {HEAVY!r} "
         "if m in sys.modules), file=sys.stderr)); sys.argv = ['newscoder', *sys.argv[1:]]; "
         "from newscoder.cli import main; main()")


def _imported(*args: str) -> tuple[list[str], float]:
    """The heavy packages a fresh ``newscoder ARGS`` process imported, and how long it took."""
    import subprocess
    import sys
    import time

    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", LIGHT, *args], capture_output=True, text=True, timeout=120)
    took = time.perf_counter() - started
    line = [x for x in done.stderr.splitlines() if x.startswith("IMPORTED")][-1]
    return eval(line.removeprefix("IMPORTED ")), took  # noqa: S307 (our own list's repr)


def test_light_commands_never_import_spacy(tmp_path):
    """search, show and --help start fast: spaCy (about 0.4 s to import) is loaded only to analyse, and no light
    command imports pydantic or NumPy either (tests/test_cli_params.py: how Typer's checks do without it)."""
    from newscoder.io.store import Store
    from newscoder.models import Analysis

    db = str(tmp_path / "n.db")
    with Store(db) as store:
        store.add([(Analysis(id="a", tags=["Chile"]), "Copper miners in Chile went on strike.")])
    for args in (["--help"], ["search", "--help"], ["search", "miners", "--db", db], ["show", "a", "--db", db],
                 ["search", "miners", "--db", db, "--limit", "5", "-f", "json", "--since", "2019-01-01"],
                 ["show", "a", "--db", db, "--format", "json"], ["index", "--help"], ["batch", "--help"]):
        heavy, took = _imported(*args)
        assert heavy == [], (args, heavy)
        assert took < 5, (args, took)  # a loose bound for a loaded machine; benchmarks/scale.py measures it
    assert "spacy" in _imported("analyze", str(tmp_path / "none.txt"))[0]  # and analysing does load it


def test_help_imports_neither_rich_nor_a_second_click():
    """--help prints Click's plain help (Rich's help and its Markdown cost 0.1-0.2 s to import), and the CLI
    imports no Click besides the one Typer runs on."""
    import subprocess
    import sys

    script = ("import sys; import typer; own = 'click' in sys.modules; sys.argv = ['newscoder', *sys.argv[1:]]\n"
              "from newscoder.cli import main\ntry:\n    main()\nexcept SystemExit:\n    pass\n"
              "print('LOADED', 'rich' in sys.modules, 'click' in sys.modules and not own, file=sys.stderr)")
    for args in (["--help"], ["search", "--help"]):
        done = subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True, timeout=120)
        assert "Usage: newscoder" in done.stdout and "--help" in done.stdout, done.stdout
        assert done.stderr.strip().splitlines()[-1] == "LOADED False False", (args, done.stderr)
    listing = subprocess.run([sys.executable, "-c", script, "--help"], capture_output=True, text=True).stdout
    assert "own output file." in listing  # a command's first paragraph, whole (batch's)
