"""Build the spaCy pipeline and run it: ``analyze`` one text, ``analyze_many`` a stream of them.

The pipeline is spaCy's small English model followed by newscoder's components, one per step
(``newscoder_entities``, ``newscoder_places``, ...). Each component writes its results on ``doc._``
(see ``extensions.py``); ``to_analysis`` turns a processed Doc into the output contract.
"""

from __future__ import annotations

import datetime as dt
import importlib
import logging
import os
from collections import deque
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import islice
from typing import Union

from . import extensions  # noqa: F401 (registers the doc._ attributes make_doc sets)
from . import steps as step_graph
from .errors import EmptyTextError, ErrorHandler, InputError, NewscoderError, raise_error
from .io.charrefs import decode, decode_shown, remap
from .language import looks_english
from .limits import check_size
from .models import Analysis, Article
from .options import Options
from .spacy_load import load_model

log = logging.getLogger(__name__)

ArticleLike = Union[str, Article, dict]

# Components the small model ships that no step of ours reads.
_MODEL_EXCLUDE: tuple[str, ...] = ("senter",)  # disabled in the model (the parser sets sentences)
#: Longest stretch of text parsed at once. A longer article is parsed in pieces that end at paragraph
#: breaks and joined into one Doc before newscoder's steps run on it (``parse``), so the parser's time
#: and memory per character stay flat and no piece nears spaCy's own limit (``nlp.max_length``, 1,000,000).
PIECE_CHARS = 50_000


@lru_cache(maxsize=4)
def load(steps: tuple[str, ...]):
    """The spaCy pipeline for these steps (in ``steps.order``), built once per process."""
    nlp = load_model(_MODEL_EXCLUDE)
    keep_hyphenated(nlp)
    keep_wire_quotes(nlp)
    # the entry points register the factories; importing them here also serves a source checkout
    importlib.import_module(".steps.paragraphs", __package__)
    nlp.add_pipe("newscoder_paragraphs", before="parser")
    for name in step_graph.order(steps):
        step = step_graph.BY_NAME[name]
        importlib.import_module(step.module)
        nlp.add_pipe(step.factory)
    return nlp


def keep_hyphenated(nlp) -> None:
    """Keep the event lexicon's hyphenated nouns one token ("a go-slow", "sit-ins", "the cease-fire"), in lower,
    sentence, title and upper case and plural, so the events step finds them (spaCy splits at every hyphen)."""
    from spacy.symbols import NORM, ORTH

    from .knowledge.event_lexicon import hyphenated_nouns

    for word in hyphenated_nouns():
        for form in (word, word + "s"):
            for cased in {form, form.capitalize(), form.title(), form.upper()}:
                nlp.tokenizer.add_special_case(cased, [{ORTH: cased, NORM: form}])


def keep_wire_quotes(nlp) -> None:
    """Keep the wire's two-character quotes (``like this'', as AP and Penn Treebank text write them) one token, as
    the model learnt them: split into single backquotes, "called the move ``a violation''" lost its parse."""
    from spacy.symbols import NORM, ORTH

    for quote in ("``", "''"):
        nlp.tokenizer.add_special_case(quote, [{ORTH: quote, NORM: '"'}])


def check(article: Article, options: Options, setting: str = "Options.max_chars") -> None:
    """Raise an InputError naming the article's source if it cannot be analyzed (``setting``: what sets
    ``options.max_chars``, for the message)."""
    where = {"source": article.source, "line": article.line}
    if not isinstance(article.text, str):
        raise InputError(f"text must be a string, not {type(article.text).__name__}", **where)
    if not article.text.strip():
        raise EmptyTextError("the article has no text (empty or whitespace only)", **where)
    check_size(article, options, setting)
    if "\x00" in article.text:
        raise InputError("text contains NUL characters: is this a binary file?", **where)
    if options.require_english and not looks_english(article.text):
        raise InputError("text does not look like English; newscoder analyzes English news", **where)


def as_article(item: ArticleLike, index: int = 0) -> Article:
    if isinstance(item, Article):
        return item
    if isinstance(item, str):
        return Article(text=item, id=str(index))
    if isinstance(item, dict):
        from .io.readers import article_from_record

        return article_from_record(item, source="<dict>", line=index + 1)
    raise InputError(f"cannot analyze a {type(item).__name__}; pass str, dict or Article")


def make_doc(nlp, article: Article, options: Options):
    """The article's Doc with its inputs set (``doc._.nc_title``, ``doc._.nc_date``), ready for ``nlp``."""
    doc = nlp.make_doc(analysed_text(article))
    doc._.nc_title = decode_shown(article.title)
    doc._.nc_date = article.date or options.date
    return doc


def analysed_text(article: Article) -> str:
    """The text the pipeline parses: the article's, with HTML character references decoded ("AT&amp;T" is
    read "AT&T"; ``io.charrefs``); ``to_analysis`` maps the offsets back into ``article.text``."""
    return decode(article.text)[0]


def to_analysis(doc, article: Article) -> Analysis:
    """The output record of a processed Doc; its ``date`` is the publication date used (``doc._.nc_date``).
    Offsets index ``article.text``, also where the doc read its character references decoded."""
    decoded, offsets = decode(article.text)
    analysis = _analysis(doc, article)
    if offsets is not None:
        for records in (analysis.entities, analysis.places, analysis.events, analysis.dates, analysis.quantities):
            remap(records, offsets, decoded)
    return analysis


def _analysis(doc, article: Article) -> Analysis:
    get = doc._.get
    return Analysis(
        id=article.id,
        text=article.text,
        title=decode_shown(article.title),
        date=doc._.nc_date,
        source=article.source,
        url=article.url,
        tags=list(get("nc_tags") or []),
        keyphrases=list(get("nc_keyphrases") or []),
        topics=list(get("nc_topics") or []),
        entities=list(get("nc_entities") or []),
        places=list(get("nc_places") or []),
        focus=list(get("nc_focus") or []),
        events=list(get("nc_events") or []),
        dates=list(get("nc_dates") or []),
        quantities=list(get("nc_quantities") or []),
    )


def analyze(
    text: str,
    *,
    title: str | None = None,
    date: dt.date | str | None = None,
    id: str = "0",
    options: Options | None = None,
    input_format: str = "auto",
) -> Analysis:
    """Analyze one article, read as the CLI reads a file (``io.readers.read_article``): an HTML page or a
    one-entry feed is detected and extracted; plain text has its title and its ``Tags:`` line split off.
    ``title`` and ``date`` (the publication date, which resolves "Monday", "last year") win over what the
    text carries; the result's ``date`` is the date used (else ``options.date``)."""
    options = options or Options()
    if isinstance(text, str):
        from .io.readers import read_article

        article = read_article(text, id=id, title=title, date=date, input_format=input_format)
    else:
        article = Article(text=text, id=id, title=title, date=_as_date(date))
    check(article, options)
    return to_analysis(parse(load(options.steps), article, options), article)


def analyze_many(
    items: Iterable[ArticleLike],
    *,
    options: Options | None = None,
    n_process: int = 1,
    batch_size: int | None = None,
    on_error: ErrorHandler = raise_error,
) -> Iterator[Analysis]:
    """Analyze a stream of articles (str, dict records or Article), yielding results in input order.

    It streams: memory stays flat however many articles come. ``n_process`` > 1 (or -1 for one per
    core) analyzes batches in worker processes. Bad articles go to ``on_error(article, error)``: the
    default raises; pass a function that records the error to skip them (the CLI's ``--skip-errors``).
    """
    options = options or Options()
    batch_size = batch_size or options.batch_size
    articles = _checked(items, options, on_error)
    if n_process == -1:
        n_process = os.cpu_count() or 1
    if n_process <= 1:
        yield from _analyze_stream(articles, options, batch_size)
    else:
        yield from _analyze_parallel(articles, options, batch_size, n_process)


def _checked(items: Iterable[ArticleLike], options: Options, on_error: ErrorHandler) -> Iterator[Article]:
    for i, item in enumerate(items):
        try:
            article = as_article(item, i)
            check(article, options)
        except NewscoderError as error:
            on_error(item if isinstance(item, Article) else Article(text="", id=str(i)), error)
            continue
        yield article


def _analyze_stream(articles: Iterable[Article], options: Options, batch_size: int) -> Iterator[Analysis]:
    """Short articles go through ``nlp.pipe`` in batches, a long one alone in pieces; input order is kept."""
    nlp = load(options.steps)
    batch: list[Article] = []
    for article in articles:
        long = len(article.text) > PIECE_CHARS
        if not long:
            batch.append(article)
        if long or len(batch) >= batch_size:
            yield from _pipe(nlp, batch, options, batch_size)
            batch = []
        if long:
            yield to_analysis(parse(nlp, article, options), article)
    yield from _pipe(nlp, batch, options, batch_size)


def _pipe(nlp, batch: list[Article], options: Options, batch_size: int) -> Iterator[Analysis]:
    docs = (make_doc(nlp, article, options) for article in batch)
    for doc, article in zip(nlp.pipe(docs, batch_size=batch_size, component_cfg=options.component_cfg()), batch):
        yield to_analysis(doc, article)


def parse(nlp, article: Article, options: Options):
    """The article's Doc through the whole pipeline; a text over ``PIECE_CHARS`` is parsed in pieces."""
    text = analysed_text(article)
    if len(text) <= PIECE_CHARS:
        return nlp(make_doc(nlp, article, options), component_cfg=options.component_cfg())
    from spacy.tokens import Doc

    steps = {step.factory for step in step_graph.STEPS}
    model = [proc for name, proc in nlp.pipeline if name not in steps]
    docs = []
    for start, end in pieces(text):
        doc = nlp.make_doc(text[start:end])
        for proc in model:
            doc = proc(doc)
        for key in [k for k in doc.user_data if isinstance(k, str)]:  # a piece's own caches (its layout, its
            del doc.user_data[key]  # text) are not the whole doc's; spaCy would warn it cannot merge them
        docs.append(doc)
    doc = Doc.from_docs(docs, ensure_whitespace=False)
    doc._.nc_title, doc._.nc_date = decode_shown(article.title), article.date or options.date
    settings = options.component_cfg()
    for name, proc in nlp.pipeline:
        if name in steps:
            doc = proc(doc, **settings.get(name, {}))
    return doc


_BREAKS = ("\n\n", "\n", ". ", " ")


def pieces(text: str, size: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of consecutive pieces of ``text``, each at most ``size`` characters, that together
    are the whole text; each ends after a paragraph break if there is one in its second half, else after
    a line end, a sentence end or a space."""
    size = size or PIECE_CHARS
    out, start = [], 0
    while len(text) - start > size:
        end = start + size
        for brk in _BREAKS:
            at = text.rfind(brk, start + size // 2, end)
            if at >= 0:
                end = at + len(brk)
                break
        out.append((start, end))
        start = end
    out.append((start, len(text)))
    return out


def _analyze_chunk(chunk: list[Article], options: Options, batch_size: int) -> list[Analysis]:
    return list(_analyze_stream(chunk, options, batch_size))


def _analyze_parallel(articles: Iterator[Article], options: Options, batch_size: int,
                      n_process: int) -> Iterator[Analysis]:
    """Chunks of one spaCy batch analyzed in worker processes; at most 2 chunks per worker in flight. Small
    chunks keep the workers evenly busy to the end (400 articles in chunks of 64 left one of 2 workers idle
    for the last chunk: 1.75x at best)."""
    from concurrent.futures import ProcessPoolExecutor

    chunk_size = batch_size
    with ProcessPoolExecutor(max_workers=n_process) as pool:
        window: deque = deque()
        while True:
            while len(window) < 2 * n_process:
                chunk = list(islice(articles, chunk_size))
                if not chunk:
                    break
                window.append(pool.submit(_analyze_chunk, chunk, options, batch_size))
            if not window:
                return
            yield from window.popleft().result()


def _as_date(value: dt.date | str | None) -> dt.date | None:
    from .io.readers import parse_date  # the one date parser (raises InputError)

    return parse_date(value)
