"""Layout: wire headlines in capitals and tables, found once so that every step reads clean text.

Two kinds of lines mislead a model trained on mixed-case prose:

* **shouting lines**, in capitals ("TEXACO SEES HIGHER OIL PRICES", a whole terse wire item in capitals):
  the tagger calls every word a proper noun and NER makes entities of verbs ("SEES", "VOTE", "SOLD");
* **table rows**, short lines dense with numbers ("Shr loss 20 cts vs loss 12 cts", "Revs 3,600,000 vs
  5,777,000", "Pay May 29"), and the label lines between them ("Year"): their words ("Shr", "Revs",
  "cts") become entities, tags and event actors.

``find_layout(doc)`` finds both from the token texts alone, so it runs before the parser too:
``newscoder_paragraphs`` makes each such line a sentence of its own. The ``newscoder_layout`` component
(right after spaCy's ``ner``) then

1. **recases** each run of shouting lines (``recase``: a word takes the case the rest of the article
   gives it, else the gazetteer's, else lower case for an English word, capitals for a short acronym,
   Title Case for the rest), runs the model's own components on the recased words and copies their tags,
   lemmas, parse and entities back onto the original tokens (the text itself is not changed);
2. drops a headline entity the body disagrees with (a PERSON or ORG none of whose words the body
   capitalizes, when there is a body);
3. drops named entities in table rows (not in a sports story's results rows: ``ner_sports``) and records
   both kinds of lines as span groups
   ``doc.spans["nc_headlines"]`` and ``doc.spans["nc_tables"]`` (``in_table(doc)`` gives the token set),
   which keyphrases, tags and events use to leave tables out.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.attrs import DEP, HEAD, IS_SPACE, ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span

from .. import extensions, steps  # noqa: F401 (extensions registers doc._.nc_*)
from ..knowledge import countries
from .ner_sports import results_tokens

HEADLINES, TABLES = "nc_headlines", "nc_tables"
#: A line is shouting when this share of its words (two letters or more) is in capitals.
CAPS_SHARE = 0.7
#: A table row: at most this many characters, and at least this share of its words are numbers.
ROW_MAX_CHARS, ROW_NUMBER_SHARE = 90, 0.2
#: Label lines between rows ("Year", "Qtr to March 31"): at most this many words.
ROW_LABEL_WORDS = 5
_SENTENCE_END = (".", "!", "?", ":", ";", ",", '"', "\u201d", "'")
_NUMBER = re.compile(r"^[-+$]?(?:\d[\d,.]*|\.\d+)%?$|^nil$")  # "4,120,000", "31", ".059" (a dividend)
_WORD = re.compile(r"[A-Za-z0-9]")
_TICKER = re.compile(r"^<[A-Z0-9.]+>$")
#: Wire abbreviations of tables and briefs, common words however they are written.
WIRE_WORDS = frozenset("""qtr qtrs shr shrs cts ct mln bln dlr dlrs pct stg revs avg oper mths mth vs yr yrs
    gmt hrs pmt""".split())
_NAMED = frozenset({"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW",
                    "LANGUAGE"})


@dataclass
class Line:
    start: int  # token index of the first token of the line
    end: int  # token index after the last one (newline tokens excluded)
    text: str
    indented: bool
    kind: str = "prose"  # prose | caps | row | blank


@dataclass
class Layout:
    headlines: list[tuple[int, int]] = field(default_factory=list)  # token ranges of shouting runs
    tables: list[tuple[int, int]] = field(default_factory=list)  # token ranges of table rows


def _lines(doc: Doc) -> list[Line]:
    """The text's lines as token ranges (a newline token ends a line)."""
    out, start, indent = [], 0, False
    for i in [i for i, space in enumerate(doc.to_array(IS_SPACE).tolist()) if space]:  # a Token per space alone
        tok = doc[i]
        if "\n" in tok.text:
            out.append(_line(doc, start, i, indent))
            start, indent = i + 1, tok.text.endswith((" ", "\t"))
    out.append(_line(doc, start, len(doc), indent or (doc[0].text[:1] if len(doc) else "") in (" ", "\t")))
    return [ln for ln in out if ln.end > ln.start or ln.kind == "blank"]


def _line(doc: Doc, start: int, end: int, indented: bool) -> Line:
    text = doc[start:end].text.strip() if end > start else ""
    return Line(start, end, text, indented, "prose" if text else "blank")


def _words(texts: list[str], line: Line) -> list[str]:
    """The line's words (``texts``: the doc's token texts)."""
    return [w for w in texts[line.start:line.end] if _WORD.search(w)]


def _shouting(words: list[str]) -> bool:
    alpha = [w for w in words if sum(c.isalpha() for c in w) >= 2 and not _TICKER.match(w)]
    caps = [w for w in alpha if w.isupper()]
    return len(caps) >= 2 and len(caps) >= CAPS_SHARE * len(alpha)


def _row_like(words: list[str], line: Line) -> bool:
    numbers = sum(bool(_NUMBER.match(w)) for w in words)
    return (0 < len(line.text) <= ROW_MAX_CHARS and numbers >= 1 and numbers >= ROW_NUMBER_SHARE * len(words)
            and not line.text.endswith(_SENTENCE_END))


_MENU_SEP = re.compile(r"\s*[/|\u2022\u00b7]\s*")
_RIGHTS = re.compile(r"^(?:\(c\)|\u00a9|copyright\b)|all rights reserved", re.I)
#: A web story's credit or contact line: "Gil Shefler contributed to this report.", "Editors: ... To contact the
#: reporters on this story: ..." (a wire's "(Reporting by ...; Editing by ...)" stays text: news annotation tags its
#: names, and it reports no event).
_CREDIT = re.compile(r"\bcontributed (?:reporting )?to (?:this|the) (?:report|story|article)\W*$|"
                     r"^\W*(?:Editors?: .*)?To contact the (?:reporters?|editors?|writers?) "
                     r"(?:on|of|for|responsible for) this story", re.I)


def _page_furniture(line: Line) -> bool:
    """A web page's menu or notice ("About us / Contact us /", "(C) All rights reserved") or a story's credit line
    ("X contributed to this report", "To contact the reporter on this story: ..."): no prose, kept out of
    entities, tags and events like a table row. A menu has two separators or one at its end, each item a few words,
    and no sentence end."""
    text = line.text
    if _RIGHTS.search(text) and len(text) <= ROW_MAX_CHARS:
        return True
    if _CREDIT.search(text) and len(text.split(". ")) <= 2:  # (a credit closing a paragraph of prose is left)
        return True
    if text.endswith((".", "!", "?", '"', "\u201d")):
        return False
    seps = len(_MENU_SEP.findall(text))
    items = [p for p in _MENU_SEP.split(text) if p.strip()]
    return len(items) >= 2 and (seps >= 2 or _MENU_SEP.search(text[-2:]) is not None) and all(
        len(p.split()) <= 4 for p in items)


def _starts_unit(prev: Line | None, line: Line) -> bool:
    """Does the line start a paragraph (not continue a hard-wrapped sentence)?"""
    return prev is None or prev.kind in ("blank", "row") or line.indented or prev.text.endswith(_SENTENCE_END)


def _ends_unit(line: Line, nxt: Line | None, next_row: bool) -> bool:
    return nxt is None or nxt.kind == "blank" or nxt.indented or next_row


def find_layout(doc: Doc) -> Layout:
    """Shouting lines and table rows of the doc, from its token texts alone (see the module docstring)."""
    lines = _lines(doc)
    strings = doc.vocab.strings
    texts = [strings[orth] for orth in doc.to_array(ORTH).tolist()]  # each token's text, without a Token each
    words = [_words(texts, ln) for ln in lines]
    for ln, ws in zip(lines, words):
        if ln.kind != "blank" and _shouting(ws):
            ln.kind = "caps"
    rowish = [ln.kind == "prose" and _row_like(ws, _body_of(doc, ln)) for ln, ws in zip(lines, words)]
    for i, ln in enumerate(lines):
        prev = lines[i - 1] if i else None
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        after_row = prev is not None and prev.kind == "row"
        if rowish[i] and (after_row or _starts_unit(prev, ln) and _ends_unit(ln, nxt, i + 1 < len(lines)
                                                                              and rowish[i + 1])):
            ln.kind = "row"
    for ln in lines:
        if ln.kind == "prose" and _page_furniture(ln):
            ln.kind = "row"
    last = next((ln for ln in reversed(lines) if ln.kind != "blank"), None)
    if last is not None and last.kind == "prose" and len(words[lines.index(last)]) == 1 and last.text.isalpha():
        last.kind = "row"  # a wire's sign-off ("Reuter")
    for i in range(1, len(lines) - 1):  # "Year" between two rows
        ln = lines[i]
        if (ln.kind == "prose" and lines[i - 1].kind == "row" and lines[i + 1].kind == "row"
                and len(words[i]) <= ROW_LABEL_WORDS and not ln.text.endswith(_SENTENCE_END)):
            ln.kind = "row"
    return Layout(headlines=_runs(lines, "caps"), tables=[_row_span(doc, ln) for ln in lines if ln.kind == "row"])


def _body_of(doc: Doc, line: Line) -> Line:
    """The line without a leading wire dateline ("COSTA MESA, Calif., March 9 - ")."""
    m = countries.DATELINE.match(line.text)
    if not m or m.group(0)[-1:] not in ("-", "\u2014", "\u2013"):
        return line
    offset = doc[line.start].idx + len(doc[line.start:line.end].text) - len(doc[line.start:line.end].text.lstrip())
    span = doc.char_span(offset + m.end(), doc[line.end - 1].idx + len(doc[line.end - 1]), alignment_mode="expand")
    if span is None or not span.text.strip():
        return line
    return Line(span.start, span.end, span.text.strip(), line.indented, line.kind)


def _row_span(doc: Doc, line: Line) -> tuple[int, int]:
    body = _body_of(doc, line)
    return body.start, body.end


def _runs(lines: list[Line], kind: str) -> list[tuple[int, int]]:
    """Token ranges of consecutive lines of one kind (blank lines between them included)."""
    out: list[tuple[int, int]] = []
    for ln in lines:
        if ln.kind != kind:
            continue
        if out and _only_space_between(lines, out[-1][1], ln.start):
            out[-1] = (out[-1][0], ln.end)
        else:
            out.append((ln.start, ln.end))
    return out


def _only_space_between(lines: list[Line], end: int, start: int) -> bool:
    return all(ln.kind == "blank" for ln in lines if end <= ln.start < start and ln.end <= start)


#: Set in ``doc.user_data`` when the layout step recased a word of the doc (most docs have none, and reading
#: ``token._`` for every word of every doc costs a few percent of the analysis).
CASED_KEY = "newscoder.steps.layout.cased"


#: The longest first line read as a headline.
HEADLINE_CHARS = 300


#: A dateline line after a headline: a place in capitals (with a region), then a date, an agency or a separator
#: ("BEIJING 1996-08-22", "AL-RAM, West Bank 1996-08-30", "PARIS (Reuters) -").
_DATELINE_NEXT = re.compile(r"[ \t]*\n(?:[ \t]*\n)*[ \t]*" + countries.DATELINE_PLACE + r"(?:" + countries.DATELINE_WHEN
                            + r"|[ \t]*(?:--?|\u2014|\u2013)[ \t])")


def headline_end(text: str) -> int | None:
    """Where the first line of ``text`` ends when it is a headline: short, ended by a line break and not by a full
    stop, with text after it; else None. A line ended by a full stop is a headline too when a wire dateline comes
    next ("China says Taiwan spoils atmosphere for talks." then "BEIJING 1996-08-22": wire archives end
    headlines so); a first sentence of a story never has a dateline after it."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    if end < 0 or end - start > HEADLINE_CHARS or not text[end:].strip():
        return None
    line = text[start:end].rstrip()
    if line.endswith(".") and not line.endswith("..") and _DATELINE_NEXT.match(text, end):
        return end
    return None if line.endswith((".", "!", "?", ":", ";", ",")) else end


def cased(token) -> str:
    """The token's text, in the mixed case the layout step gave it when it is in a line in capitals."""
    if not token.doc.user_data.get(CASED_KEY):
        return token.text
    return token._.nc_cased or token.text


def cased_text(span) -> str:
    """A span's text with its words in their recased forms (``cased``)."""
    if not span.doc.user_data.get(CASED_KEY):  # no word recased: the span's own text, without a Token per word
        return span.text.strip()
    return "".join(cased(t) + t.whitespace_ for t in span).strip()


UPPER_KEY = "newscoder.steps.layout.upper"


def all_caps(doc) -> bool:
    """Is the whole text in capitals (an old wire story)? Found once per doc: ``Doc.text`` joins every token."""
    upper = doc.user_data.get(UPPER_KEY)
    if upper is None:
        upper = doc.user_data[UPPER_KEY] = extensions.doc_text(doc).isupper()
    return upper


#: A firm's legal form in capitals as a reader writes it ("COVINGTON TECHNOLOGIES INC" -> "... Inc"; "AG", "SA",
#: "NV", "LLC" stay in capitals).
LEGAL_FORM_CASE = {"INC": "Inc", "INC.": "Inc.", "CORP": "Corp", "CORP.": "Corp.", "CO": "Co", "CO.": "Co.",
                   "LTD": "Ltd", "LTD.": "Ltd.", "PLC": "Plc", "COS": "Cos", "BHD": "Bhd"}


def display_name(span) -> str:
    """A name as a reader writes it: recased in a line in capitals, Title Case when it is written in
    capitals in mixed-case text ("COSTA MESA" in a dateline) and is not an acronym or a known name."""
    text = " ".join(cased_text(span).split())
    if not text.isupper() or countries.normalize(text) in _known_forms():
        return text
    words = text.split()
    if len(words) == 1 and len(text) <= 6 and getattr(span, "label_", "") == "ORG":
        return text  # a body's acronym: "APHIS", "CFIUS", "UNICEF", "GAO" (not the town Gao)
    place = (getattr(span, "label_", "") in ("GPE", "LOC", "FAC") or countries.city_country(text, 0) is not None
             or countries.by_name(text) is not None)
    if not place and (all(len(w) <= 4 or "." in w for w in words) or all_caps(span.doc)):
        return text
    return " ".join(LEGAL_FORM_CASE.get(w) or (w if (len(w) <= 3 and not place) or "." in w[:-1] else
                                               w[:1] + w[1:].lower()) for w in words)


def in_table(doc: Doc) -> set[int]:
    """Token indices inside table rows (empty before the layout component ran)."""
    if TABLES not in doc.spans:
        return set()
    return {i for span in doc.spans[TABLES] for i in range(span.start, span.end)}


#: ``doc.user_data`` key of the character offsets where a story starts after a dateline on a line of its own (the
#: paragraphs component finds them).
STORY_STARTS_KEY = "newscoder.steps.layout.story_starts"
#: ``doc.user_data`` key of the layout ``mark_units`` found, kept for the layout step (``layout_of``).
LAYOUT_KEY = "newscoder.steps.layout.layout"


def layout_of(doc: Doc) -> Layout:
    """``find_layout(doc)``, taken (once) from what ``mark_units`` found before the parser: it reads token
    texts alone, which the parser and the model's components leave as they are."""
    kept = doc.user_data.pop(LAYOUT_KEY, None)
    if kept is not None and kept[0] == len(doc):
        return Layout(headlines=list(kept[1]), tables=list(kept[2]))
    return find_layout(doc)


def mark_units(doc: Doc) -> None:
    """Sentence starts at each shouting run and table row, and right after them (before the parser)."""
    layout = find_layout(doc)
    doc.user_data[LAYOUT_KEY] = (len(doc), list(layout.headlines), list(layout.tables))
    for start, end in layout.headlines + layout.tables:
        for i in (start, end):
            if 0 < i < len(doc) and not doc[i].is_space:
                doc[i].is_sent_start = True
            elif 0 < i < len(doc) and i + 1 < len(doc):
                doc[i + 1].is_sent_start = True


# ---------------------------------------------------------------------------- recasing
@lru_cache(maxsize=1)
def _known_forms() -> dict[str, str]:
    """normalized name -> its written form, from the country table and the actor table."""
    out: dict[str, str] = {}
    for c in countries.all_countries():
        for name in (c.name, *c.aliases, *c.demonyms):
            if not name.islower():
                out.setdefault(countries.normalize(name), name)
    for actor in set(countries.actor_table().values()):
        for name in (actor.canonical, *actor.aliases):
            if not name.islower() and not name.startswith("the "):
                out.setdefault(countries.normalize(name), name)
    return out


class Lexicon:
    """English common words (WordNet base forms from the model's lemmatizer tables, and stop words)."""

    def __init__(self, nlp: Language) -> None:
        from spacy.lang.en.stop_words import STOP_WORDS

        words = set(STOP_WORDS)
        try:
            lookups = nlp.get_pipe("lemmatizer").lookups
            for table in ("lemma_index", "lemma_exc"):
                for entries in lookups.get_table(table).values():
                    words.update(filter(str.isalpha, entries))
        except (KeyError, ValueError):
            pass
        self.words = frozenset(words)

    def __contains__(self, word: str) -> bool:
        w = word.lower()
        if w in self.words or w in WIRE_WORDS:
            return True
        for suffix, repl in (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""),
                             ("ing", "e"), ("ers", ""), ("er", "")):
            if w.endswith(suffix) and len(w) - len(suffix) >= 3 and w[: -len(suffix)] + repl in self.words:
                return True
        return False


def body_forms(doc: Doc, skip: set[int]) -> dict[str, str]:
    """lower-case word -> the form the article writes it in most (outside ``skip``, sentence starts and words after
    an abbreviation's full stop: Reuters copy capitalizes the word after "U.S." as if a sentence began, "the
    U.S. Plane")."""
    counts: dict[str, Counter] = {}
    story_starts = set(doc.user_data.get(STORY_STARTS_KEY, ()))  # found by the paragraphs component
    for tok in doc:
        if tok.i in skip or tok.is_space or not tok.text[:1].isalpha() or caps_run(tok) or (
                tok.is_sent_start and not (tok.idx in story_starts and tok.tag_ in ("NNP", "NNPS"))):
            continue  # (the story's first word after a dateline line, "Leicester were closing in on victory", is
            # the tagger's name: a sentence start only because the dateline ends at the line break)
        if tok.i > 0 and tok.nbor(-1).text.endswith(".") and len(tok.nbor(-1)) > 1:
            continue
        counts.setdefault(tok.lower_, Counter())[tok.text] += 1
    return {w: c.most_common(1)[0][0] for w, c in counts.items()}


def caps_run(tok) -> bool:
    """A word in capitals next to another ("NEW YORK" in a dateline): no evidence of how it is written."""
    if not tok.is_upper or len(tok) < 2:
        return False
    doc = tok.doc
    return any(0 <= j < len(doc) and doc[j].is_upper and doc[j].is_alpha and len(doc[j]) > 1
               for j in (tok.i - 1, tok.i + 1))


def recase(words: list[str], forms: dict[str, str], lexicon: Lexicon) -> list[str]:
    """Mixed-case forms of a shouting line's words (see the module docstring); a first word is capitalized."""
    out = list(words)
    done = _known_names(words, forms, out)
    for i, word in enumerate(words):
        if i in done or not any(c.isalpha() for c in word) or _TICKER.match(word):
            continue
        low = word.lower()
        if low in forms:
            out[i] = forms[low]
        elif low in lexicon:
            out[i] = low
        elif word in LEGAL_FORM_CASE:
            out[i] = LEGAL_FORM_CASE[word]
        elif len(word) <= 3 or not re.search(r"[AEIOUY]", word.upper()) or "." in word:
            out[i] = word  # an acronym: "GM", "CTS", "U.S."
        else:
            out[i] = word[:1] + word[1:].lower()
    for i in (i for span in ticker_names(words) for i in range(*span)):
        if len(words[i]) <= 3 and words[i].isalpha() and words[i] not in LEGAL_FORM_CASE:
            out[i] = words[i]  # "GM <GM>": an acronym
        elif out[i].islower() and out[i] not in ("of", "and", "&"):
            out[i] = out[i][:1].upper() + out[i][1:]  # "MOTT'S SUPER MARKETS INC <MSM>": a name
    first = next((i for i, w in enumerate(out) if any(c.isalpha() for c in w)), None)
    if first is not None and out[first][:1].islower():
        out[first] = out[first][:1].upper() + out[first][1:]
    return out


#: Words that end a company name read backwards from its ticker ("UNIT TO UNION CAMP <UCC>").
_NAME_STOP = frozenset({"to", "of", "in", "on", "for", "by", "from", "with", "at", "says", "said", "sees", "sets",
                        "has", "have", "buys", "sells", "unit", "and", "-", ",", ":", "buy", "sell", "see", "set",
                        "acquire", "acquires", "bid", "bids", "merge", "merges", "offer", "offers", "sign", "signs",
                        "agree", "agrees", "take", "takes", "make", "makes", "win", "wins", "seek", "seeks", "get",
                        "gets", "plan", "plans", "complete", "completes", "cut", "cuts", "raise", "raises", "end",
                        "ends", "sue", "sues", "names", "name", "hire", "hires", "joins", "join"})
#: At most this many words of a name before its ticker.
TICKER_NAME_WORDS = 5


def ticker_names(words: list[str]) -> list[tuple[int, int]]:
    """Index ranges of the company names written before a ticker in a wire headline ("GOODY <GOOD>",
    "FIRST PENNSYLVANIA CORP <FPA>"): the words back to a verb, a preposition or a number."""
    out = []
    for i, word in enumerate(words):
        if not (_TICKER.match(word) or (word == "<" and i + 2 < len(words) and words[i + 2] == ">")):
            continue
        start = i
        while (start > 0 and i - start < TICKER_NAME_WORDS and words[start - 1].lower() not in _NAME_STOP
               and not any(c.isdigit() for c in words[start - 1]) and words[start - 1] != ">"):
            start -= 1
        if start < i:
            out.append((start, i))
    return out


def _known_names(words: list[str], forms: dict[str, str], out: list[str]) -> set[int]:
    """Names of the country and actor tables (1-3 words) not cased by the body; returns the indices set."""
    known, done = _known_forms(), set()
    for n in (3, 2, 1):
        for i in range(len(words) - n + 1):
            span = range(i, i + n)
            if done & set(span) or any(words[j].lower() in forms for j in span):
                continue
            form = known.get(countries.normalize(" ".join(words[i:i + n])))
            if form is not None and len(form.split()) == n:
                out[i:i + n] = form.split()
                done.update(span)
    return done


# ---------------------------------------------------------------------------- component
def lexicon_of(nlp) -> Lexicon | None:
    """The layout step's English words (built once, by that step), when it is in the pipeline."""
    if nlp is not None and "newscoder_layout" in nlp.pipe_names:
        return nlp.get_pipe("newscoder_layout").lexicon
    return None


class LayoutStep:
    """spaCy component: recase shouting lines, keep tables out (see the module docstring)."""

    def __init__(self, nlp: Language, name: str = "newscoder_layout") -> None:
        self.name = name
        self.nlp = nlp
        self._lexicon: Lexicon | None = None

    @property
    def lexicon(self) -> Lexicon:
        if self._lexicon is None:
            self._lexicon = Lexicon(self.nlp)
        return self._lexicon

    def __call__(self, doc: Doc) -> Doc:
        layout = layout_of(doc)
        shouting = {i for s, e in layout.headlines for i in range(s, e)}
        if layout.headlines:
            forms = body_forms(doc, shouting)
            for start, end in layout.headlines:
                self._reannotate(doc, start, end, forms)
            if len(shouting) < len(doc) // 2:
                _drop_unsupported(doc, layout.headlines, forms)
        doc.spans[HEADLINES] = [Span(doc, s, e) for s, e in layout.headlines]
        doc.spans[TABLES] = [Span(doc, s, e) for s, e in layout.tables]
        if layout.tables:
            rows = in_table(doc) - results_tokens(doc)  # a sports story's results keep their names (ner_sports)
            doc.ents = [e for e in doc.ents if e.label_ not in _NAMED or not rows.intersection(range(e.start, e.end))]
        return doc

    def _annotate(self, mini: Doc) -> Doc:
        for name in ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"):
            if name in self.nlp.pipe_names:
                mini = self.nlp.get_pipe(name)(mini)
        return mini

    def _reannotate(self, doc: Doc, start: int, end: int, forms: dict[str, str]) -> None:
        tokens = doc[start:end]
        words = recase([t.text for t in tokens], forms, self.lexicon)
        spaces = [bool(t.whitespace_) for t in tokens]
        spaces[-1] = False
        mini = self._annotate(Doc(doc.vocab, words=words, spaces=spaces))
        names = _title_names(mini, words)
        if names != words:  # the model found names among words the lexicon put in lower case: once more
            mini = self._annotate(Doc(doc.vocab, words=names, spaces=spaces))
        for tok, new in zip(tokens, mini):
            tok.tag_, tok.pos_, tok.lemma_ = new.tag_, new.pos_, new.lemma_
            if new.text != tok.text:
                tok._.nc_cased = new.text
                doc.user_data[CASED_KEY] = True
            tok.set_morph(str(new.morph))
        if _whole_sentences(doc, start, end):
            _copy_parse(doc, start, mini)
        ents = [e for e in doc.ents if e.end <= start or e.start >= end]
        ents += [Span(doc, start + e.start, start + e.end, e.label_) for e in mini.ents]
        for a, b in ticker_names(words):  # a wire convention: the name before a ticker is a company
            ents = [e for e in ents if e.end <= start + a or e.start >= start + b]
            ents.append(Span(doc, start + a, start + b, "ORG"))
        doc.ents = sorted(ents, key=lambda e: e.start)


def _title_names(mini: Doc, words: list[str]) -> list[str]:
    """The words with those inside a named entity of ``mini`` in Title Case ("General motors Corp")."""
    out = list(words)
    names: dict[tuple[str, str], tuple[int, int]] = {}
    for ent in mini.ents:
        if ent.label_ in ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT"):
            capital = [t.i for t in ent if t.text[:1].isupper()]
            for tok in ent:  # all of "nairobi", words between capitals ("General motors Corp"); not a common word
                # beside a capitalized name ("Swissair plane": the plane is no part of the airline's name)
                if tok.text.islower() and tok.is_alpha and not tok.is_stop and (
                        not capital or capital[0] < tok.i < capital[-1]):
                    out[tok.i] = tok.text.title()
            if len(ent) >= 2:
                names[(ent[0].lower_, ent[1].lower_)] = (ent.start, ent.start + 1)
    lower = [w.lower() for w in words]
    for i in range(len(words) - 1):  # the same name elsewhere in the lines ("GENERAL MOTORS TO CUT")
        where = names.get((lower[i], lower[i + 1]))
        if where is not None:
            out[i], out[i + 1] = out[where[0]], out[where[1]]
    return out


def _whole_sentences(doc: Doc, start: int, end: int) -> bool:
    if not doc.has_annotation("DEP"):
        return False
    return doc[start].is_sent_start and (end >= len(doc) or doc[end].is_sent_start or doc[end].is_space)


def _copy_parse(doc: Doc, start: int, mini: Doc) -> None:
    """Heads and dependency labels of the recased words, when they form whole sentences of the doc."""
    inside = range(start, start + len(mini))
    if any(t.head.i in inside for t in doc if t.i not in inside and not t.is_space):  # the blank line after
        return  # a headline hangs on it; anything else outside that does means the lines are no sentence
    array = doc.to_array([HEAD, DEP])
    array[inside.start:inside.stop] = mini.to_array([HEAD, DEP])
    doc.from_array([HEAD, DEP], array)


def _drop_unsupported(doc: Doc, runs: list[tuple[int, int]], forms: dict[str, str]) -> None:
    """A headline PERSON or ORG none of whose words the body capitalizes is a misread (when there is a body)."""
    def supported(ent: Span) -> bool:
        after = doc[ent.end].text if ent.end < len(doc) else ""
        if after == "<" or _TICKER.match(after):
            return True  # a company named before its ticker
        words = [t.lower_ for t in ent if t.is_alpha]
        return (not words or any(forms.get(w, "")[:1].isupper() for w in words)
                or countries.normalize(ent.text) in _known_forms())

    inside = {i for s, e in runs for i in range(s, e)}
    doc.ents = [e for e in doc.ents
                if e.start not in inside or e.label_ not in ("PERSON", "ORG") or supported(e)]


@Language.factory("newscoder_layout", **steps.BY_NAME["layout"].spacy_meta())
def make_layout(nlp: Language, name: str) -> LayoutStep:
    return LayoutStep(nlp, name)
