"""newscoder: an offline analyzer for English news.

>>> import newscoder
>>> a = newscoder.analyze(text, date="2019-08-05")
>>> a.tags
['Turkey', 'United States', 'Syria', 'YPG']
"""

from __future__ import annotations

import logging

from .errors import NewscoderError
from .io.frames import frames
from .models import Analysis, Article, Entity, Keyphrase, Topic
from .options import STEPS, Options
from .pipeline import analyze, analyze_many, load

__version__ = "0.1.0"
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

logging.getLogger(__name__).addHandler(logging.NullHandler())
