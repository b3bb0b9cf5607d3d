"""newscoder: an offline analyzer for English news.

>>> import newscoder
>>> a = newscoder.analyze(text, date="2019-08-05")
>>> a.tags
['Turkey', 'United States', 'Syria', 'YPG']

The names below are imported when first used (PEP 562), so ``import newscoder`` and the light commands
(``newscoder search``, ``show``, ``--help``) never pay for importing spaCy.
"""

from __future__ import annotations

import importlib
import logging
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

#: Public name -> the module that defines it.
_WHERE = {
    "NewscoderError": ".errors",
    "frames": ".io.frames",
    "Analysis": ".models",
    "Article": ".models",
    "Entity": ".models",
    "Keyphrase": ".models",
    "Topic": ".models",
    "STEPS": ".options",
    "Options": ".options",
    "analyze": ".pipeline",
    "analyze_many": ".pipeline",
    "load": ".pipeline",
}
__all__ = [
    "Analysis",
    "Article",
    "Entity",
    "Keyphrase",
    "NewscoderError",
    "Options",
    "STEPS",
    "Topic",
    "analyze",
    "analyze_many",
    "frames",
    "load",
    "__version__",
]

if TYPE_CHECKING:  # for type checkers and editors; at run time __getattr__ imports on first use
    from .errors import NewscoderError
    from .io.frames import frames
    from .models import Analysis, Article, Entity, Keyphrase, Topic
    from .options import STEPS, Options
    from .pipeline import analyze, analyze_many, load


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module 'newscoder' has no attribute {name!r}")
    value = getattr(importlib.import_module(_WHERE[name], __name__), name)
    globals()[name] = value  # the next access is a plain lookup
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


logging.getLogger(__name__).addHandler(logging.NullHandler())
