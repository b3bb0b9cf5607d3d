"""benchmarks/eval_entities.py: the CoNLL-2003 reader for the held-out kind's public splits (files written here)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("eval_entities", ROOT / "benchmarks" / "eval_entities.py")
E = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(E)

STORIES = """SOCCER O 0
- O 0
KELBY B-ORG 0
WIN O 0
. O 0

KELSTON B-LOC 0
1996-09-02 O 0

Kelby B-ORG 0
beat O 0
Harbury B-ORG 0
2-1 O 0
. O 0

TALKS O 0
IN O 0
NAIROBI B-LOC 0

NAIROBI B-LOC 0
1996-09-02 O 0

Tomas B-PER 0
Oduya I-PER 0
met O 0
Kenyan B-MISC 0
officials O 0
. O 0
"""


def test_stories_are_cut_at_their_datelines_and_spans_index_the_text(tmp_path):
    path = tmp_path / "valid.txt"
    path.write_text(STORIES, encoding="utf-8")
    docs = E.conll2003_docs(path)
    assert len(docs) == 2
    text, gold = docs[1]
    assert text.splitlines()[:2] == ["TALKS IN NAIROBI", "NAIROBI 1996-09-02"]
    assert {(text[s:e], label) for s, e, label in gold} == {
        ("NAIROBI", "LOC"), ("Tomas Oduya", "PER"), ("Kenyan", "MISC")}
    assert len([g for g in gold if g[2] == "LOC"]) == 2


def test_docstart_lines_cut_stories_when_the_file_has_them(tmp_path):
    path = tmp_path / "train.txt"
    path.write_text("-DOCSTART- -X- -X- O\n\nKelby NNP B-NP B-ORG\nwon VBD B-VP O\n\n-DOCSTART- -X- -X- O\n\n"
                    "Harbury NNP B-NP B-ORG\nlost VBD B-VP O\n", encoding="utf-8")
    docs = E.conll2003_docs(path)
    assert [d[0] for d in docs] == ["Kelby won", "Harbury lost"]
    assert docs[0][1] == {(0, 5, "ORG")}


def test_make_eval_takes_conll2003_files_from_the_environment(tmp_path, monkeypatch):
    dev = tmp_path / "valid.txt"
    dev.write_text(STORIES, encoding="utf-8")
    monkeypatch.setenv(E.CONLL2003_ENV, f"{dev}{__import__('os').pathsep}{tmp_path / 'missing.txt'}")
    assert E.conll2003_files() == [dev]
    monkeypatch.delenv(E.CONLL2003_ENV)
    assert E.conll2003_files() == []
