import json
import os
import pickle

import pytest

pytest.importorskip("dask")
from newscoder.batch import MANIFEST, read_manifest, run_batch  # noqa: E402
from newscoder.errors import ErrorLog, OutputError, RecordError, raise_error  # noqa: E402

STORY = "Dock workers in Rotterdam ended their strike on Wednesday after the union accepted a pay offer."


def write_inputs(tmp_path, bad=False, n=5):
    src = tmp_path / "in"
    src.mkdir(exist_ok=True)
    lines = [json.dumps({"id": f"j{i}", "text": STORY}) for i in range(n)]
    if bad:
        lines.insert(2, json.dumps({"id": "nope"}))
    (src / "a.jsonl").write_text("\n".join(lines) + "\n")
    (src / "b.txt").write_text(STORY)
    return src


def ids_of(report):
    ids = []
    for path in report.outputs:
        ids += [json.loads(line)["id"] for line in open(path)]
    return ids


def test_batch_writes_one_file_per_partition(tmp_path):
    src = write_inputs(tmp_path)
    report = run_batch([str(src)], tmp_path / "out", scheduler="sync", per_part=2)
    assert report.articles == 6 and not report.errors
    assert sorted(ids_of(report)) == ["b", "j0", "j1", "j2", "j3", "j4"]
    assert len(report.outputs) > 2  # the JSONL file was split into several partitions
    assert not (tmp_path / "out" / "errors.jsonl").exists()


def test_batch_parquet_and_a_recording_handler(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    src = write_inputs(tmp_path, bad=True)
    report = run_batch([str(src)], tmp_path / "out", fmt="parquet", on_error=ErrorLog(), scheduler="sync",
                       per_part=2)
    assert report.articles == 6 and len(report.errors) == 1
    error = report.errors[0]
    assert "text" in error["message"] and error["type"] == "RecordError"
    assert (error["id"], error["line"], error["source"]) == ("nope", 3, str(src / "a.jsonl"))
    on_disk = [json.loads(line) for line in (tmp_path / "out" / "errors.jsonl").read_text().splitlines()]
    assert on_disk == report.errors
    assert sum(pq.read_table(p).num_rows for p in report.outputs) == 6


def test_batch_raise_handler_stops_and_leaves_no_temporary_file(tmp_path):
    src = write_inputs(tmp_path, bad=True)
    with pytest.raises(RecordError) as caught:
        run_batch([str(src)], tmp_path / "out", on_error=raise_error, scheduler="sync")
    assert caught.value.line == 3 and caught.value.id == "nope"
    assert not [p for p in os.listdir(tmp_path / "out") if p.endswith(".tmp")]


def test_handlers_and_errors_pickle_with_their_fields():
    log = ErrorLog()
    log(None, RecordError("bad", source="a.jsonl", line=4, id="x"))
    again = pickle.loads(pickle.dumps(log))
    assert [e.to_dict() for e in again.errors] == [{"type": "RecordError", "message": "bad", "id": "x",
                                                     "source": "a.jsonl", "line": 4}]
    assert pickle.loads(pickle.dumps(raise_error)) is raise_error


def test_rerun_resumes_from_the_manifest_without_duplicates(tmp_path):
    src = write_inputs(tmp_path, n=8)
    out = tmp_path / "out"
    first = run_batch([str(src)], out, scheduler="sync", per_part=2)
    # as if killed: one part written but not in the manifest, one entry cut short, one part file gone,
    # and the temporary file of a part that was being written
    lines = (out / MANIFEST).read_text().splitlines()  # the header, then one entry per part as it finished
    (out / MANIFEST).write_text("\n".join(lines[:-2]) + "\n" + lines[-1][:20])
    (out / json.loads(lines[1])["part"]).unlink()
    (out / ".part-00001.jsonl.abc.tmp").write_text('{"id": "half')
    again = run_batch([str(src)], out, scheduler="sync", per_part=2)
    assert again.resumed == len(first.outputs) - 3
    assert sorted(ids_of(again)) == sorted(ids_of(first)) and len(ids_of(again)) == 9
    assert not list(out.glob(".*.tmp"))
    _, entries = read_manifest(out)
    assert sorted(entries) == sorted(p.split("/")[-1] for p in again.outputs)


def test_other_inputs_are_refused_then_overwrite_starts_clean(tmp_path):
    src = write_inputs(tmp_path)
    out = tmp_path / "out"
    first = run_batch([str(src)], out, scheduler="sync", per_part=2)
    (src / "c.txt").write_text(STORY.replace("Rotterdam", "Antwerp"))
    with pytest.raises(OutputError, match="another batch"):
        run_batch([str(src)], out, scheduler="sync", per_part=2)
    again = run_batch([str(src)], out, scheduler="sync", per_part=100, overwrite=True)
    assert sorted(ids_of(again)) == ["b", "c", "j0", "j1", "j2", "j3", "j4"]
    assert len(again.outputs) < len(first.outputs)
    assert sorted(p.name for p in out.glob("part-*")) == sorted(p.split("/")[-1] for p in again.outputs)


def test_part_files_without_a_manifest_are_refused(tmp_path):
    src = write_inputs(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    (out / "part-00000.jsonl").write_text("{}\n")
    with pytest.raises(OutputError, match="no manifest"):
        run_batch([str(src)], out, scheduler="sync")


def test_unicode_line_separators_inside_a_record_and_umask_modes(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    text = STORY + "\u2028The port reopened.\u0085Ships\u2029sailed."
    (src / "u.jsonl").write_text(json.dumps({"id": "u", "text": text}, ensure_ascii=False) + "\n", encoding="utf-8")
    old = os.umask(0o027)
    try:
        report = run_batch([str(src)], tmp_path / "out", scheduler="sync")
    finally:
        os.umask(old)
    assert report.articles == 1 and not report.errors
    assert oct(os.stat(report.outputs[0]).st_mode & 0o777) == "0o640"


# ---------------------------------------------------------------- partitions by articles, clusters, outputs
from newscoder.batch import plan  # noqa: E402

STORIES = [
    ("Dock workers in Rotterdam ended their strike on Wednesday after the union accepted a pay offer.", "2023-10-11"),
    ("Turkish and American officials met in Ankara on Monday to discuss a buffer zone in northern Syria.",
     "2019-08-05"),
    ("Farmers in Peru blocked roads near Cusco for a third day, demanding water rights.", "2021-06-01"),
    ("Chile's copper miners went on strike at the Escondida mine, the union said.", None),
]


def many(tmp_path, n=12):
    src = tmp_path / "in"
    src.mkdir(exist_ok=True)
    records = []
    for i in range(n):
        text, date = STORIES[i % len(STORIES)]
        records.append({"id": f"r{i}", "text": text, **({"date": date} if date else {})})
    (src / "news.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records) + "\n")
    return src, records


def analyze_cli(src):
    """What `newscoder analyze` writes for the same input, by id."""
    from typer.testing import CliRunner

    from newscoder.cli import app

    done = CliRunner().invoke(app, ["analyze", str(src)])
    assert done.exit_code == 0, done.output
    return {d["id"]: d for d in map(json.loads, done.stdout.splitlines())}


def test_partitions_are_cut_by_article_count_with_line_numbers(tmp_path):
    src, _ = many(tmp_path, n=10)
    text = (src / "news.jsonl").read_text()
    (src / "news.jsonl").write_text("\n" + text.replace("\n", "\n\n", 3))  # blank lines do not count
    units, errors = plan([str(src)], per_part=3)
    assert not errors and [u.first_line for u in units][0] == 1 and len(units) == 4
    from newscoder.batch import _unit_items

    got = [[a.id for a in _unit_items(u)] for u in units]
    assert got == [["r0", "r1", "r2"], ["r3", "r4", "r5"], ["r6", "r7", "r8"], ["r9"]]
    lines = [a.line for u in units for a in _unit_items(u)]
    assert lines == [t + 1 for t, line in enumerate((src / "news.jsonl").read_text().split("\n")) if line.strip()]
    default, _ = plan([str(src)])  # by default about 1/64 of the run each: here one article a partition
    assert len(default) == 10


def test_a_local_cluster_of_two_workers_writes_what_analyze_writes(tmp_path):
    distributed = pytest.importorskip("distributed")
    src, records = many(tmp_path, n=8)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  silence_logs=50) as cluster, distributed.Client(cluster) as client:
        report = run_batch([str(src)], tmp_path / "out", scheduler=client, per_part=2)
        workers = set(client.run(os.getpid).values())
    assert report.articles == 8 and len(report.outputs) == 4 and len(workers) == 2
    got = {}
    for path in report.outputs:
        for line in open(path):
            d = json.loads(line)
            assert d["id"] not in got
            got[d["id"]] = d
    assert got == analyze_cli(src)
    _, entries = read_manifest(tmp_path / "out")
    assert sorted(entries) == [f"part-{i:05d}.jsonl" for i in range(4)]


def test_a_scheduler_that_cannot_be_reached_is_a_clear_error(tmp_path, monkeypatch):
    pytest.importorskip("distributed")
    monkeypatch.setattr("newscoder.batch.CONNECT_TIMEOUT", "1s")
    src, _ = many(tmp_path, n=2)
    from newscoder.errors import OptionsError

    with pytest.raises(OptionsError, match="cannot reach the Dask scheduler"):
        run_batch([str(src)], tmp_path / "out", scheduler="tcp://127.0.0.1:9")
    with pytest.raises(OptionsError, match="--scheduler must be"):
        run_batch([str(src)], tmp_path / "out2", scheduler="bogus")


def test_parquet_is_partitioned_by_date_and_reads_back_in_duckdb(tmp_path):
    duckdb = pytest.importorskip("duckdb")
    src, records = many(tmp_path, n=8)
    out = tmp_path / "out"
    report = run_batch([str(src)], out, fmt="parquet", scheduler="sync", per_part=3, include_text=True)
    assert report.articles == 8
    folders = sorted(p.name for p in out.iterdir() if p.is_dir())
    assert folders == ["date=2019-08-05", "date=2021-06-01", "date=2023-10-11", "date=__HIVE_DEFAULT_PARTITION__"]
    rows = duckdb.sql(f"SELECT id, date, text, events, analysis FROM read_parquet('{out}/*/*.parquet', "
                      "hive_partitioning = true) ORDER BY id").fetchall()
    expected = analyze_cli(src)
    assert [r[0] for r in rows] == sorted(expected)
    by_id = {r["id"]: r for r in records}
    for id_, date, text, events, analysis in rows:
        assert (str(date) if date is not None else None) == by_id[id_].get("date")
        assert text == by_id[id_]["text"] and json.loads(analysis) == {**expected[id_], "text": text}
        assert events == len(expected[id_]["events"])
    on_2019 = duckdb.sql(f"SELECT count(*) FROM read_parquet('{out}/*/*.parquet', hive_partitioning = true) "
                         "WHERE date = DATE '2019-08-05'").fetchall()[0][0]
    assert on_2019 == 2


@pytest.mark.parametrize("scheme", ["file://", "memory://"])
def test_outputs_go_to_an_fsspec_url(tmp_path, scheme):
    fsspec = pytest.importorskip("fsspec")
    src, _ = many(tmp_path, n=4)
    url = f"{scheme}{tmp_path / 'remote'}" if scheme == "file://" else f"memory://run-{os.getpid()}"
    report = run_batch([str(src)], url, scheduler="sync", per_part=2)
    assert report.articles == 4 and all(p.startswith(scheme) for p in report.outputs)
    fs, _ = fsspec.core.url_to_fs(url)
    ids = [json.loads(line)["id"] for p in report.outputs for line in fs.cat_file(p).decode().splitlines()]
    assert sorted(ids) == ["r0", "r1", "r2", "r3"]
    again = run_batch([str(src)], url, scheduler="sync", per_part=2)  # the manifest is read back there too
    assert again.resumed == 2 and again.articles == 4


@pytest.mark.parametrize("fmt", ["jsonl", "parquet"])
def test_index_analyzed_stores_batch_output_without_analysing_again(tmp_path, fmt, monkeypatch):
    from typer.testing import CliRunner

    from newscoder.cli import app
    from newscoder.io.store import Store

    src, records = many(tmp_path, n=6)
    out = tmp_path / "out"
    run_batch([str(src)], out, fmt=fmt, scheduler="sync", per_part=2, include_text=True)
    expected = analyze_cli(src)
    monkeypatch.setattr("newscoder.pipeline.analyze_many", lambda *a, **k: pytest.fail("analysed again"))
    done = CliRunner().invoke(app, ["index", "--analyzed", str(out), "--db", str(tmp_path / "n.db"), "-j", "2"])
    assert done.exit_code == 0, done.output
    assert "6 analysis(es) added, 6 in the store" in done.stderr
    with Store(tmp_path / "n.db") as store:
        for r in records:
            assert store.get(r["id"]) == expected[r["id"]]
            assert store.get(r["id"], with_text=True)["text"] == r["text"]
        assert {x["id"] for x in store.search("strike")} == {"r0", "r3", "r4"}


def test_index_analyzed_refuses_analyses_without_text(tmp_path):
    from typer.testing import CliRunner

    from newscoder.cli import app

    src, _ = many(tmp_path, n=2)
    report = run_batch([str(src)], tmp_path / "out", scheduler="sync")  # no --include-text
    db = tmp_path / "n.db"
    done = CliRunner().invoke(app, ["index", "--analyzed", report.outputs[0], "--db", str(db)])
    assert done.exit_code == 2 and "has no text" in done.stderr and "--include-text" in done.stderr
    (tmp_path / "bad.jsonl").write_text('{"id": "x", "tags": [], "text": "t"}\nnot json\n')
    skipped = CliRunner().invoke(app, ["index", "--analyzed", str(tmp_path / "bad.jsonl"), "--db", str(db),
                                       "--skip-errors"])
    assert skipped.exit_code == 1 and "1 analysis(es) added" in skipped.stderr
    assert "bad.jsonl" in skipped.stderr and "line 2" in skipped.stderr
    other = CliRunner().invoke(app, ["index", "--analyzed", str(src / "news.jsonl.txt"), "--db", str(db)])
    assert other.exit_code == 2


def test_batch_cli_takes_a_scheduler_and_articles_per_partition(tmp_path):
    from typer.testing import CliRunner

    from newscoder.cli import app

    src, _ = many(tmp_path, n=4)
    bad = CliRunner().invoke(app, ["batch", str(src), "--out", str(tmp_path / "o"), "--scheduler", "nowhere"])
    assert bad.exit_code == 2 and "--scheduler must be" in bad.stderr and "Traceback" not in bad.output
    done = CliRunner().invoke(app, ["batch", str(src), "--out", str(tmp_path / "o2"), "--scheduler", "sync",
                                    "--per-part", "3", "--format", "parquet"])
    assert done.exit_code == 0, done.output
    assert "4 article(s) in" in done.stderr
    _, entries = read_manifest(tmp_path / "o2")
    assert sorted(e["articles"] for e in entries.values()) == [1, 3]
