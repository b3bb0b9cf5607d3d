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
    report = run_batch([str(src)], tmp_path / "out", scheduler="sync", blocksize="200B")
    assert report.articles == 6 and not report.errors
    assert sorted(ids_of(report)) == ["b", "j0", "j1", "j2", "j3", "j4"]
    assert len(report.outputs) > 2  # the JSONL file was split into several partitions
    assert not (tmp_path / "out" / "errors.jsonl").exists()


def test_batch_parquet_and_a_recording_handler(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    src = write_inputs(tmp_path, bad=True)
    report = run_batch([str(src)], tmp_path / "out", fmt="parquet", on_error=ErrorLog(), scheduler="sync",
                       blocksize="150B")
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
    first = run_batch([str(src)], out, scheduler="sync", blocksize="200B")
    # as if killed: one part written but not in the manifest, one entry cut short, one part file gone,
    # and the temporary file of a part that was being written
    lines = (out / MANIFEST).read_text().splitlines()  # the header, then one entry per part as it finished
    (out / MANIFEST).write_text("\n".join(lines[:-2]) + "\n" + lines[-1][:20])
    (out / json.loads(lines[1])["part"]).unlink()
    (out / ".part-00001.jsonl.abc.tmp").write_text('{"id": "half')
    again = run_batch([str(src)], out, scheduler="sync", blocksize="200B")
    assert again.resumed == len(first.outputs) - 3
    assert sorted(ids_of(again)) == sorted(ids_of(first)) and len(ids_of(again)) == 9
    assert not list(out.glob(".*.tmp"))
    _, entries = read_manifest(out)
    assert sorted(entries) == sorted(p.split("/")[-1] for p in again.outputs)


def test_other_inputs_are_refused_then_overwrite_starts_clean(tmp_path):
    src = write_inputs(tmp_path)
    out = tmp_path / "out"
    first = run_batch([str(src)], out, scheduler="sync", blocksize="200B")
    (src / "c.txt").write_text(STORY.replace("Rotterdam", "Antwerp"))
    with pytest.raises(OutputError, match="another batch"):
        run_batch([str(src)], out, scheduler="sync", blocksize="200B")
    again = run_batch([str(src)], out, scheduler="sync", blocksize="10MB", overwrite=True)
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
