import json

import pytest

pytest.importorskip("dask")
from newscoder.batch import run_batch  # noqa: E402
from newscoder.errors import RecordError  # noqa: E402

STORY = "Dock workers in Rotterdam ended their strike on Wednesday after the union accepted a pay offer."


def write_inputs(tmp_path, bad=False):
    src = tmp_path / "in"
    src.mkdir()
    lines = [json.dumps({"id": f"j{i}", "text": STORY}) for i in range(5)]
    if bad:
        lines.insert(2, json.dumps({"id": "nope"}))
    (src / "a.jsonl").write_text("\n".join(lines) + "\n")
    (src / "b.txt").write_text(STORY)
    return src


def test_batch_writes_one_file_per_partition(tmp_path):
    src = write_inputs(tmp_path)
    report = run_batch([str(src)], tmp_path / "out", scheduler="sync", blocksize="200B")
    assert report.articles == 6 and not report.errors
    ids = []
    for path in report.outputs:
        ids += [json.loads(line)["id"] for line in open(path)]
    assert sorted(ids) == ["b", "j0", "j1", "j2", "j3", "j4"]
    assert len(report.outputs) > 2  # the JSONL file was split into several partitions


def test_batch_parquet_and_skip_policy(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    src = write_inputs(tmp_path, bad=True)
    report = run_batch([str(src)], tmp_path / "out", fmt="parquet", on_error="skip", scheduler="sync")
    assert report.articles == 6 and len(report.errors) == 1
    assert "text" in report.errors[0]["message"]
    assert (tmp_path / "out" / "errors.jsonl").exists()
    rows = sum(pq.read_table(p).num_rows for p in report.outputs)
    assert rows == 6


def test_batch_raise_policy_stops(tmp_path):
    src = write_inputs(tmp_path, bad=True)
    with pytest.raises(RecordError):
        run_batch([str(src)], tmp_path / "out", on_error="raise", scheduler="sync")
