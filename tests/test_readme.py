"""README.md's examples are the tool's real output (scripts/readme_examples.py writes them), and the searches
the issue names find what they should in an index of examples/."""

import importlib.util
import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def readme():
    spec = importlib.util.spec_from_file_location("readme_examples", ROOT / "scripts" / "readme_examples.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_readme_examples_are_up_to_date(readme, monkeypatch):
    monkeypatch.chdir(ROOT)
    found = list(readme.examples(readme.README.read_text(encoding="utf-8")))
    assert len(found) >= 4
    stale = [old for _, _, old, new in found if old != new]
    assert not stale, "README.md is out of date: run `python scripts/readme_examples.py`\n" + "\n".join(stale)


def test_searches_in_an_index_of_the_examples(readme, tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    db = str(tmp_path / "examples.db")
    readme.run_command(readme.INDEX.replace("examples.db", db))

    def ids(*args):
        out = readme.run_command(" ".join(["newscoder", "search", *args, "--db", db, "--format", "jsonl"]))
        return [json.loads(line)["id"] for line in out.splitlines()]

    assert set(ids("'talk*'")) == {"border-talks", "port-strike"}
    assert set(ids("'Erdogan OR Rotterdam'")) == {"border-talks", "port-strike"}
    assert ids("'Erdogan NOT Rotterdam'") == ["border-talks"]
    for name in ("US", "Washington", "'United States'"):
        assert ids("--entity", name) == ["border-talks"], name
    assert ids("--entity", "Rotterdam") == ["port-strike"]
    assert os.path.getsize(db) > 0
