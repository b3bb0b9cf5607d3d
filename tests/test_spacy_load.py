"""spaCy imported without its command-line app and the model loaded with one tokenizer build: the same spaCy."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newscoder import spacy_load


def _fresh(code: str) -> dict:
    """What ``code`` (a script printing one JSON line) prints in a fresh Python process."""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_spacy_is_imported_without_its_command_line_app_which_still_imports_later():
    out = _fresh(
        "import json, sys\n"
        "from newscoder.spacy_load import import_spacy\n"
        "spacy = import_spacy()\n"
        "before = sorted(m for m in sys.modules if m.startswith(('spacy.cli', 'weasel')))\n"
        "from spacy.tokens import Doc\n"
        "info = spacy.info()\n"
        "import spacy.cli\n"
        "print(json.dumps({'before': before, 'info': sorted(info), 'download': callable(spacy.cli.download),\n"
        "                  'same': spacy.cli is sys.modules['spacy.cli'], 'version': spacy.__version__}))\n"
    )
    assert out["before"] == []
    assert "spacy_version" in out["info"]  # spacy.info() imported the real app on its call
    assert out["download"] and out["same"]
    assert out["version"].startswith("3.")


def test_a_spacy_imported_before_is_returned_as_it_is():
    out = _fresh(
        "import json, sys\n"
        "import spacy\n"
        "from newscoder.spacy_load import import_spacy\n"
        "print(json.dumps({'same': import_spacy() is spacy, 'cli': 'spacy.cli' in sys.modules}))\n"
    )
    assert out == {"same": True, "cli": True}


@pytest.fixture(scope="module")
def pair():
    import importlib

    spacy_load.import_spacy()
    model = importlib.import_module(spacy_load.MODEL)
    return spacy_load.load_model(("senter",)), model.load(exclude=["senter"])


def test_the_model_loads_with_the_tokenizer_spacy_load_gives(pair):
    ours, theirs = pair
    assert ours.tokenizer.to_bytes() == theirs.tokenizer.to_bytes()
    assert ours.pipe_names == theirs.pipe_names
    text = "U.S. officials didn't say (on Mon.) whether the cease-fire e-mail from ex-PM O'Neil cost $4.5bn."
    assert [t.text for t in ours(text)] == [t.text for t in theirs(text)]
    assert [(t.tag_, t.dep_, t.lemma_) for t in ours(text)] == [(t.tag_, t.dep_, t.lemma_) for t in theirs(text)]


def test_the_loaded_config_names_the_models_own_tokenizer(pair, tmp_path: Path):
    ours, theirs = pair
    assert ours.config.to_str() == theirs.config.to_str()
    assert dict(ours.config["nlp"]["tokenizer"]) == spacy_load.MODEL_TOKENIZER
    ours.to_disk(tmp_path / "saved")  # a saved pipeline loads where newscoder's registry entry is unknown
    config = (tmp_path / "saved" / "config.cfg").read_text(encoding="utf-8")
    assert "newscoder" not in config
