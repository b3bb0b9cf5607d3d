"""Dates and quantities: ``doc._.nc_dates`` and ``doc._.nc_quantities``.

Dates come from spaCy's DATE entities, resolved against the publication date
(``doc._.nc_date``) with fast rules for the forms news uses most
("on Monday", "July 23", "last year", "yesterday", "three days ago"); anything else goes to
``dateparser`` (imported lazily, results cached). News convention: a bare weekday is the most
recent such day on or before the publication date, unless the clause is in the future tense.

Each date is a ``DateMention`` (text, start, end, value, granularity): ``value`` an ISO string
("2019-08-05", "2019-07", "2019", "2019-W31") or None when it cannot be resolved (no
publication date for a relative expression; a quarter "2023-Q3", a half "2024-H1"), ``granularity`` one of
day|week|month|quarter|half|year|decade.

Quantities (``doc._.nc_quantities``, set by this step too) are measured by ``steps.quantities``.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from spacy.language import Language

from .. import extensions, steps  # noqa: F401 (extensions registers doc._.nc_*)
from ..models import DateMention
from .ner_sports import is_sports
from .quantities import GLUED_PERCENT, find_quantities
from .quantities import NUM_WORDS as _NUM_WORDS
from .quantities import age as _age

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)
_MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)} | {"sept": 9}
_MONTH_NUM = {m: i + 1 for i, m in enumerate(MONTHS)} | _MONTH_ABBR

_MON = (r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
        r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")  # (whole words: "decade" is no December)
_RE_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
#: A day, perhaps the first of two ("June 3-4", "3-4 June": where it starts).
_RE_MONTH_DAY = re.compile(rf"^{_MON}\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{{1,2}})?(?:,?\s+(\d{{4}}))?$")
_RE_DAY_MONTH = re.compile(rf"^(\d{{1,2}})(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{{1,2}})?\s+(?:of\s+)?{_MON}"
                           rf"(?:,?\s+(\d{{4}}))?$")
#: Part of a month or year named by its place in it: "the end of March", "early 2025".
_PART_OF = r"(?:(?:the\s+)?(?:end|beginning|start|middle|close|turn)\s+of\s+|early\s+|mid-?\s*|late\s+|end-|start-)?"
_RE_MONTH_YEAR = re.compile(rf"^{_PART_OF}-?{_MON}(?:,?\s+(\d{{4}}))?$")
_RE_YEAR = re.compile(rf"^(?:in\s+|{_PART_OF}|fiscal\s+(?:year\s+)?|calendar\s+(?:year\s+)?|fy\s*)(\d{{4}})$")
#: A quarter or a half of a year: "the third quarter", "Q2 2024", "the first half of the year", "second-half 2023".
_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "final": 0}
_RE_PART_YEAR = re.compile(r"^(?:(first|second|third|fourth|final|1st|2nd|3rd|4th)[\s-]+(quarter|half)|q([1-4])|"
                           r"h([12]))"
                           r"(?:\s+(?:of\s+)?(?:(\d{4})|(this|last|next|the)\s+year))?$")
_RE_DECADE = re.compile(r"^(?:the\s+)?(?:early\s+|late\s+|mid-?)?(\d{3})0s$")
_RE_AGO = re.compile(r"^(\w+)\s+(day|week|month|year)s?\s+ago$")
_RE_RELATIVE = re.compile(r"^(last|this|next|past|previous|coming|current)\s+(day|week|month|quarter|year|weekend)$")
#: A quarter named by its months, as Australian, Japanese and Indian copy does: "the December quarter", "the
#: July-September quarter" (the quarter the last month ends).
_RE_MONTH_QUARTER = re.compile(rf"^(?:{_MON}\s*[-–]\s*)?{_MON}\s+quarter(?:\s+(?:of\s+)?(\d{{4}}))?$")
_RE_WEEKDAY = re.compile(
    r"^(last|this|next|on|past)?\s*(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?$"
)
_STRIP = re.compile(r"^(?:on|in|since|by|from|until|the|during|earlier|later)\s+|['’]s$")
#: A function word the entity recogniser sometimes takes into a date's span ("last month to").
_TRAILING = re.compile(r"\s+(?:to|and|or|of|for|in|at|on|with|from|by)$")
#: Where a span the recogniser took as one date goes on past it ("last month to two years").
_RANGE_CUT = re.compile(r"\s+(?:to|for|until|through|and)\s+")
#: A length of time alone ("11 years", "10 days", "five more months"): no date.
#: A length told as an adjective: "the 10-year Treasury yield", "a 30-day ban", "5-year bonds": no date.
_RE_ADJ_LENGTH = re.compile(r"^(?:the\s+)?\d+-(?:year|month|week|day|hour)$")
#: A decade told relative to now ("the next decade", "the past decade", "decades"): no date to give.
_RE_DECADES = re.compile(r"^(?:the\s+)?(?:(?:next|past|last|coming|previous)\s+)?(?:few\s+)?decades?$")
_RE_DURATION = re.compile(r"^(?:\d[\d,.]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                          r"fifteen|twenty|thirty|forty|fifty|several|a few|few)\s+(?:more\s+)?"
                          r"(?:hour|day|week|month|year|decade)s?$")
#: A span of years: "1992-95", "1914-1918", "1987/88" (the second after the first: "1996-08" is a month).
_RE_YEAR_RANGE = re.compile(r"^(1[6-9]\d\d|20\d\d)\s*[-\u2013/]\s*(\d\d|1[6-9]\d\d|20\d\d)$")
#: A month named with its year relative to the publication ("August last year", "in May this year") or
#: before it ("last March", "next January").
_RE_MONTH_OF_YEAR = re.compile(rf"^{_MON}\s+(?:of\s+)?(last|this|next)\s+year$")
_RE_REL_MONTH = re.compile(rf"^(last|this|next)\s+{_MON}$")

_DATE_WORD = re.compile(r"\d|day|week|month|year|decade|century|(?<![-\w])quarter\b|\bhalf\b|" + _MON)
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "going"})


def _shift_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _month_before(month: int, pub: dt.date, future: bool) -> int:
    """The year of ``month``: the latest one on or before pub (or the next one if future)."""
    if future:
        return pub.year if month >= pub.month else pub.year + 1
    return pub.year if month <= pub.month else pub.year - 1


def _weekday(name: str, word: str | None, pub: dt.date, future: bool) -> dt.date:
    target = WEEKDAYS.index(name)
    if word == "next" or (future and word != "last"):
        delta = (target - pub.weekday()) % 7 or 7
        return pub + dt.timedelta(days=delta)
    delta = (pub.weekday() - target) % 7
    if word == "last" and delta == 0:
        delta = 7
    return pub - dt.timedelta(days=delta)


def _relative(word: str, unit: str, pub: dt.date) -> tuple[str, str]:
    step = {"last": -1, "past": -1, "previous": -1, "this": 0, "current": 0, "next": 1, "coming": 1}[word]
    if unit == "year":
        return str(pub.year + step), "year"
    if unit == "month":
        return _shift_months(pub, step).strftime("%Y-%m"), "month"
    if unit == "quarter":
        index = pub.year * 4 + (pub.month - 1) // 3 + step
        return f"{index // 4}-Q{index % 4 + 1}", "quarter"
    if unit == "day":
        return (pub + dt.timedelta(days=step)).isoformat(), "day"
    year, week, _ = (pub + dt.timedelta(weeks=step)).isocalendar()
    return f"{year}-W{week:02d}", "week"


def _absolute(text: str, pub: dt.date | None, future: bool) -> tuple[str | None, str] | None:
    """Dates that need no publication date, or only its year."""
    m = _RE_ISO.match(text)
    if m:
        return text, "day"
    m = _RE_MONTH_DAY.match(text) or _RE_DAY_MONTH.match(text)
    if m:
        groups = m.groups()
        mon, day = (groups[0], groups[1]) if text[0].isalpha() else (groups[1], groups[0])
        month, day = _MONTH_NUM[mon], int(day)
        year = int(groups[2]) if groups[2] else (_month_before(month, pub, future) if pub else None)
        if year is None:
            return None, "day"
        try:
            return dt.date(year, month, day).isoformat(), "day"
        except ValueError:
            return None, "day"
    m = _RE_MONTH_YEAR.match(text)
    if m:
        month = _MONTH_NUM[m.group(1)]
        year = int(m.group(2)) if m.group(2) else (_month_before(month, pub, future) if pub else None)
        return (f"{year}-{month:02d}" if year else None), "month"
    m = _RE_YEAR.match(text)
    if m:
        return m.group(1), "year"
    m = _RE_DECADE.match(text)
    if m:
        return f"{m.group(1)}0s", "decade"
    m = _RE_PART_YEAR.match(text)
    if m:
        return _part_of_year(m, pub, future)
    m = _RE_MONTH_QUARTER.match(text)
    if m:
        month = _MONTH_NUM[m.group(2)]
        year = int(m.group(3)) if m.group(3) else (_month_before(month, pub, future) if pub else None)
        return (f"{year}-Q{(month - 1) // 3 + 1}" if year else None), "quarter"
    return None


def _part_of_year(m: re.Match, pub: dt.date | None, future: bool) -> tuple[str | None, str]:
    """"2024-Q3" (granularity quarter) or "2024-H1" (half): the year named, the publication's ("this year", "the
    year"), or, unnamed, the last such part begun by the publication date (the next one in the future tense)."""
    word, kind, q, h, year, rel = m.groups()
    kind = kind or ("quarter" if q else "half")
    n = int(q or h or _ORDINALS[word]) or (4 if kind == "quarter" else 2)  # ("the final quarter": the fourth)
    if kind == "half" and n > 2:
        return None, "unknown"
    label = f"Q{n}" if kind == "quarter" else f"H{n}"
    if year:
        return f"{year}-{label}", kind
    if pub is None:
        return None, kind
    if rel:
        return f"{pub.year + {'last': -1, 'next': 1}.get(rel, 0)}-{label}", kind
    first_month = (n - 1) * (3 if kind == "quarter" else 6) + 1
    if future:
        return f"{pub.year + (first_month <= pub.month and not _current(pub, first_month, kind))}-{label}", kind
    return f"{pub.year - (first_month > pub.month)}-{label}", kind


def _current(pub: dt.date, first_month: int, kind: str) -> bool:
    """Whether the publication date falls in the part that begins with this month."""
    return first_month <= pub.month < first_month + (3 if kind == "quarter" else 6)


def _with_pub(text: str, pub: dt.date | None, future: bool) -> tuple[str | None, str] | None:
    """Dates relative to the publication date (value None when there is none)."""
    if text in ("today", "tonight", "this morning", "this afternoon", "this evening", "now"):
        return (pub.isoformat() if pub else None), "day"
    if text in ("yesterday", "tomorrow", "last night"):
        step = 1 if text == "tomorrow" else -1
        return ((pub + dt.timedelta(days=step)).isoformat() if pub else None), "day"
    m = _RE_WEEKDAY.match(text)
    if m:
        return (_weekday(m.group(2), m.group(1), pub, future).isoformat() if pub else None), "day"
    m = _RE_RELATIVE.match(text)
    if m:
        unit = "week" if m.group(2) == "weekend" else m.group(2)
        return (_relative(m.group(1), unit, pub) if pub else (None, unit))
    m = _RE_MONTH_OF_YEAR.match(text)
    if m:
        month = _MONTH_NUM[m.group(1)]
        step = {"last": -1, "this": 0, "next": 1}[m.group(2)]
        return (f"{pub.year + step}-{month:02d}" if pub else None), "month"
    m = _RE_REL_MONTH.match(text)
    if m:
        month = _MONTH_NUM[m.group(2)]
        if not pub:
            return None, "month"
        year = pub.year
        if m.group(1) == "last" and month >= pub.month:
            year -= 1  # "last August" in August or later in the year: the one before
        elif m.group(1) == "next" and month <= pub.month:
            year += 1
        return f"{year}-{month:02d}", "month"
    m = _RE_AGO.match(text)
    if m:
        n = int(m.group(1)) if m.group(1).isdigit() else _NUM_WORDS.get(m.group(1))
        unit = m.group(2)
        if not pub or not n:
            return None, unit
        if unit in ("day", "week"):
            return (pub - dt.timedelta(days=n * (7 if unit == "week" else 1))).isoformat(), "day"
        if unit == "month":
            return _shift_months(pub, -n).strftime("%Y-%m"), "month"
        return str(pub.year - n), "year"
    return None


def _normalize(text: str) -> str:
    text = " ".join(text.lower().replace("’", "'").split())
    for _ in range(2):
        text = _TRAILING.sub("", _STRIP.sub("", text).strip())
    return text


def resolve_date(text: str, pub_date: dt.date | None, future: bool = False) -> tuple[str | None, str]:
    """Resolve a date expression against the publication date: ``(ISO value or None, granularity)``.

    ``future=True`` reads a bare weekday or month as the next one (a clause in the future tense).
    """
    norm = _normalize(text)
    if _RE_DURATION.match(norm) or _RE_ADJ_LENGTH.match(norm) or _RE_DECADES.match(norm):
        return None, "unknown"  # "sentenced to 11 years", "for 10 days": how long, not when (dateparser: years ago)
    years = _RE_YEAR_RANGE.match(norm)
    if years and (int(years.group(2)[-2:]) > int(years.group(1)[-2:]) or len(years.group(2)) == 4
                  and int(years.group(2)) > int(years.group(1))):
        return years.group(1), "year"  # "1992-95", "1914-1918": where it starts, as "from March to May" (dateparser
        # read "1914-18" as a day)
    found = _absolute(norm, pub_date, future) or _with_pub(norm, pub_date, future)
    if found is not None:
        return found
    first = _normalize(_RANGE_CUT.split(norm, 1)[0])  # "last month to two years": the recogniser ran a date into
    if first != norm:  # the term after it; "from March to May": where it starts
        found = _absolute(first, pub_date, future) or _with_pub(first, pub_date, future)
        if found is not None:
            return found
    if pub_date is None or not re.search(r"\d|" + _MON, norm):
        return None, "unknown"
    return _dateparser(norm, pub_date, future)


@lru_cache(maxsize=2048)
def _dateparser(text: str, pub: dt.date, future: bool) -> tuple[str | None, str]:
    try:
        import dateparser  # slow to import: only here

        settings = {
            "RELATIVE_BASE": dt.datetime(pub.year, pub.month, pub.day),
            "PREFER_DATES_FROM": "future" if future else "past",
            "RETURN_TIME_AS_PERIOD": False,
        }
        found = dateparser.parse(text, languages=["en"], settings=settings)
    except Exception:  # dateparser raises assorted errors on odd input
        return None, "unknown"
    return (found.date().isoformat(), "day") if found else (None, "unknown")


def is_future(token) -> bool:
    """True if the clause of ``token`` is in the future tense ("will", "is going to"), or tells a day in the
    present, which news uses for what is scheduled ("the minister meets his counterpart on Thursday", "is
    meeting on Friday"), except in a headline, whose present tells what happened ("Police arrest minister")."""
    head = token
    for _ in range(6):
        if head.pos_ in ("VERB", "AUX") or head.dep_ == "ROOT":
            break
        head = head.head
    auxes = {child.lower_ for child in head.children if child.dep_ == "aux"}
    if auxes & _FUTURE_AUX:
        return True
    if "to" in auxes and head.dep_ == "xcomp" and head.head.lemma_.lower() in _TO_COME:
        return True  # "is set to hold talks on Thursday", "plans to visit on Monday": the coming Thursday
    if head.tag_ == "VBN" and head.lemma_.lower() in _TO_COME and any(
            c.dep_ == "auxpass" and c.lower_ in ("is", "are", "'s", "'re") for c in head.children):
        return True  # "the summit is scheduled for June 3", "the vote is expected on Friday"
    if "would" in auxes and "have" not in auxes and head.dep_ == "ccomp" and head.head.lemma_.lower() in _SAYING \
            and token.i > head.i:  # (not "said on Tuesday he would press": the day of saying)
        return True  # "the ministry said Levy would visit on September 9": the future of reported speech
    present = (head.tag_ in ("VBZ", "VBP") and not auxes and head.lemma_.lower() not in _SAYING) or (
        head.tag_ == "VBG" and auxes & {"is", "are", "'s", "'re"})
    if not present:
        return False
    from .event_syntax import in_headline  # noqa: PLC0415 (the layout's headline, found once per doc)

    return not in_headline(head)


#: Heads whose "to" verb is to come: "is set to meet", "is due to arrive", "plans to visit".
_TO_COME = frozenset({"set", "due", "schedule", "slate", "plan", "expect", "intend", "hope", "aim", "prepare"})
#: Verbs whose present tells words said, not a schedule ("says on Monday" is a past Monday).
_SAYING = frozenset({"say", "tell", "report", "announce", "state", "add", "write", "claim", "be", "have"})


# ---------------------------------------------------------------- component

#: Figures a company or a state reports for a quarter that has ended ("will report first-quarter results").
_REPORTED_FIGURES = frozenset({"result", "results", "earnings", "profit", "profits", "loss", "losses", "revenue",
                               "sale", "sales", "figure", "figures", "report", "number", "numbers", "gdp", "growth"})
#: Words of a game: its halves and quarters are no parts of a year.
_GAME_WORDS = frozenset({"scored", "touchdown", "touchdowns", "half-time", "halftime", "innings", "outscored",
                         "equaliser", "equalizer", "striker", "quarterback", "referee", "goalkeeper", "hat-trick"})
#: What a game's half or quarter is of: "the second half of the match".
_GAMES = frozenset({"match", "game", "final", "tie", "derby", "contest", "bout"})
_SCORE = re.compile(r"(?<![\d.,/$])\d{1,3}-\d{1,3}(?![\d./%-])(?!\s*(?:pct|per|percent|year|month|week|day))")  # "3-1"
# (not "1.0-1.5 pct", "30-40%", "a 10-year bond")


def _of_a_game(sent) -> bool:
    """Is the sentence in a sports story (``ner_sports.is_sports``), or does it tell of a game itself (a score,
    "scored", "touchdown", "half-time")? The sports words of ``ner_sports`` are not read sentence by sentence: "points",
    "goals" and "season" are business copy's words too ("5 basis points in the third quarter")."""
    return is_sports(sent.doc) or bool(_SCORE.search(sent.text)) or any(t.lower_ in _GAME_WORDS for t in sent)


def find_dates(doc, pub: dt.date | None) -> list[DateMention]:
    dates = []
    for ent in doc.ents:
        if ent.label_ != "DATE" or _age(ent) is not None:
            continue  # "45-year-old", "aged 45" are ages (quantities), not dates
        part = _RE_PART_YEAR.match(_normalize(ent.text))
        if part is not None and not (part.group(5) or part.group(6)) and (_of_a_game(ent.sent) or any(
                t.lower_ in _GAMES for t in doc[ent.end:ent.end + 3]) and ent.end < len(doc) and doc[ent.end].lower_
                == "of"):
            continue  # "scored in the second half", "outscored the Heat in the fourth quarter": a game's, no date
        future = is_future(ent.root) and not (part is not None and ent.end < len(doc) and doc[ent.end].lemma_.lower()
                                              in _REPORTED_FIGURES)  # "will report first-quarter results": the one
        value, granularity = resolve_date(ent.text, pub, future=future)  # just ended
        if granularity == "unknown" and (not _DATE_WORD.search(ent.text.lower()) or ent.text.isdigit() or
                                         _RE_ADJ_LENGTH.match(_normalize(ent.text)) or GLUED_PERCENT.match(ent.text)):
            continue  # "the middle third", the "64" of "Commodore 64", "the 10-year yield": not a date
        dates.append(DateMention(text=ent.text, start=ent.start_char, end=ent.end_char, value=value,
                                 granularity=granularity))
    return sorted(dates + _fiscal_years(doc, pub), key=lambda d: d.start)


#: A fiscal year written as a company writes it: "FY25", "FY2024" (the small model tags no date there).
_RE_FY = re.compile(r"^FY(\d{2}|\d{4})$")


def _fiscal_years(doc, pub: dt.date | None) -> list[DateMention]:
    """"FY25", "FY2024": the year, as "fiscal 2025" is (a two-digit year in the century that puts it nearest the
    publication, or this one)."""
    out = []
    if "FY" not in extensions.doc_text(doc):
        return out
    for tok in doc:
        if (m := _RE_FY.match(tok.text)) is None or tok.ent_type_ == "DATE":
            continue
        year = int(m.group(1))
        if year < 100:
            here = (pub.year if pub else dt.date.today().year) // 100 * 100
            year = min((here - 100 + year, here + year, here + 100 + year),
                       key=lambda y: abs(y - (pub.year if pub else dt.date.today().year)))
        out.append(DateMention(text=tok.text, start=tok.idx, end=tok.idx + len(tok.text), value=str(year),
                               granularity="year"))
    return out


class TimexStep:
    """spaCy component: resolve DATE entities and measure quantities."""

    def __init__(self, nlp, name: str):
        self.name = name

    def __call__(self, doc):
        doc._.nc_dates = find_dates(doc, doc._.nc_date)
        doc._.nc_quantities = find_quantities(doc)
        return doc


@Language.factory("newscoder_timex", **steps.BY_NAME["timex"].spacy_meta())
def make_timex(nlp, name):
    return TimexStep(nlp, name)
