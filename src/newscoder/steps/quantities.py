"""Quantities: numbers with their units, ranges and kinds (``doc._.nc_quantities``, set by the timex step).

Each quantity is a ``Quantity`` (text, start, end, value, unit, low, high, kind): "15 kilometers deep" gives
value 15, unit "km", kind "measure"; "5-14 kilometer" gives low 5, high 14 (value = the midpoint); "3.4 mln
dlrs", "$400m" and "Rs 5,000 crore" are money (unit the ISO code, value in its units), "12.5 pct", "5.4 per
cent" and "two thirds" percents (unit "%"), "0.3 percentage point" and "5 basis points" changes of a rate
(unit "pp" or "bp", kind percent), "40 soldiers" and "between 30 and 40 soldiers" counts (unit "soldier"),
"45-year-old" and "Smith, 38," ages (unit "year"; never dates).

The spans come from spaCy's entities (QUANTITY, MONEY, PERCENT, CARDINAL; a DATE that is a count range), widened
to the currency sign the small model leaves out ("$12.30", "C$45 billion"), to a scale glued to the number ("£2.3bn",
"3m copies") and to a unit of several words ("percentage point", "km/h"). Two amounts joined by "to" are a range
("1,500 to 2,000 protesters", "$2,000 to $20,000 each") unless a verb of change governs them or their units differ:
"revenue rose 3.5 percent to $4 billion" and "oil fell $1.20 to $54.30" are a change and a level, two quantities.

quantulum3 was measured for this and not taken: it reads "3.4 mln" as cubic centimetre newtons and ages as
durations, keeps only the midpoint of a range, and its first call takes seconds.
"""

from __future__ import annotations

import re

from .. import extensions
from ..models import Quantity

NUM_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "several": None, "few": None,
}
#: Scale words, spelt out or glued to the number ("2.3bn", "400m", "$1.9tn"); "crore" and "lakh" are Indian.
SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "mln": 1e6, "bn": 1e9, "bln": 1e9,
         "mn": 1e6, "tn": 1e12, "trn": 1e12, "crore": 1e7, "crores": 1e7, "lakh": 1e5, "lakhs": 1e5}
#: Suffixes glued to a number that scale it: "m" only where it is no metre ("3m copies", "$400m", not "a 10m wall").
_GLUED = re.compile(r"^(\d[\d,]*(?:\.\d+)?)(k|m|mn|mln|bn|bln|b|tn|trn)\.?$", re.I)
_GLUED_SCALE = {"k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "bln": 1e9, "b": 1e9, "tn": 1e12,
                "trn": 1e12}

_UNITS = {
    "kilometer": "km", "kilometre": "km", "km": "km", "kms": "km", "mile": "mi", "meter": "m",
    "metre": "m", "m": "m", "centimeter": "cm", "centimetre": "cm", "cm": "cm", "millimeter": "mm",
    "millimetre": "mm", "mm": "mm", "inch": "in", "foot": "ft", "feet": "ft", "yard": "yd",
    "kilogram": "kg", "kg": "kg", "gram": "g", "ton": "t", "tonne": "t", "pound": "lb", "lb": "lb", "lbs": "lb",
    "hectare": "ha", "acre": "acre", "liter": "l", "litre": "l", "gallon": "gal", "barrel": "bbl", "bushel": "bu",
    "ounce": "oz", "degree": "deg", "hour": "h", "minute": "min", "second": "s", "megawatt": "MW", "mw": "MW",
    "gigawatt": "GW", "gw": "GW", "kilowatt": "kW", "kw": "kW", "kwh": "kWh", "mwh": "MWh", "gwh": "GWh",
    "twh": "TWh", "knot": "kn", "mph": "mph", "kph": "km/h", "ft": "ft", "oz": "oz", "ha": "ha", "bbl": "bbl",
    "bpd": "bbl/d", "mi": "mi", "yd": "yd", "tcf": "tcf", "mmbtu": "MMBtu",
}
#: Units of several words, longest first; each -> (unit, kind).
_PHRASE_UNITS = {
    ("per", "cent"): ("%", "percent"), ("percentage", "point"): ("pp", "percent"),
    ("percentage", "points"): ("pp", "percent"), ("basis", "point"): ("bp", "percent"),
    ("basis", "points"): ("bp", "percent"), ("km", "/", "h"): ("km/h", "measure"), ("km/h",): ("km/h", "measure"),
    ("miles", "per", "hour"): ("mph", "measure"), ("miles", "an", "hour"): ("mph", "measure"),
    ("kilometres", "per", "hour"): ("km/h", "measure"), ("kilometers", "per", "hour"): ("km/h", "measure"),
    ("kilometres", "an", "hour"): ("km/h", "measure"), ("kilometers", "an", "hour"): ("km/h", "measure"),
    ("square", "kilometers"): ("km2", "measure"), ("square", "kilometres"): ("km2", "measure"),
    ("square", "miles"): ("mi2", "measure"), ("square", "feet"): ("ft2", "measure"),
    ("square", "metres"): ("m2", "measure"), ("square", "meters"): ("m2", "measure"),
    ("cubic", "metres"): ("m3", "measure"), ("cubic", "meters"): ("m3", "measure"),
    ("cubic", "feet"): ("ft3", "measure"), ("degrees", "celsius"): ("degC", "measure"),
    ("degrees", "fahrenheit"): ("degF", "measure"), ("degrees", "c"): ("degC", "measure"),
    ("degrees", "f"): ("degF", "measure"), ("bps",): ("bp", "percent"), ("bp",): ("bp", "percent"),
    ("sq", "km"): ("km2", "measure"), ("sq", "miles"): ("mi2", "measure"), ("sq", "ft"): ("ft2", "measure"),
    ("nautical", "miles"): ("nmi", "measure"), ("barrels", "per", "day"): ("bbl/d", "measure"),
    ("barrels", "a", "day"): ("bbl/d", "measure"),
}
_PHRASE_LENGTHS = sorted({len(k) for k in _PHRASE_UNITS}, reverse=True)
_PERCENT = frozenset({"percent", "%", "pct", "percentage"})
#: Currency words -> (ISO code, factor): "cts" are hundredths of a dollar. "pound" is sterling in a MONEY entity
#: and a weight elsewhere.
_CURRENCIES = {
    "dollar": ("USD", 1), "dlr": ("USD", 1), "dlrs": ("USD", 1), "$": ("USD", 1), "us$": ("USD", 1),
    "usd": ("USD", 1), "cent": ("USD", 0.01), "cents": ("USD", 0.01), "ct": ("USD", 0.01), "cts": ("USD", 0.01),
    "euro": ("EUR", 1), "eur": ("EUR", 1), "€": ("EUR", 1), "stg": ("GBP", 1), "sterling": ("GBP", 1),
    "£": ("GBP", 1), "gbp": ("GBP", 1), "pence": ("GBP", 0.01), "p": ("GBP", 0.01),
    "yen": ("JPY", 1), "¥": ("JPY", 1), "yuan": ("CNY", 1), "renminbi": ("CNY", 1), "rupee": ("INR", 1),
    "rs": ("INR", 1), "rs.": ("INR", 1), "₹": ("INR", 1), "franc": ("CHF", 1), "chf": ("CHF", 1),
    "mark": ("DEM", 1), "marks": ("DEM", 1), "peso": ("MXN", 1), "rouble": ("RUB", 1), "ruble": ("RUB", 1),
    "₽": ("RUB", 1), "won": ("KRW", 1), "₩": ("KRW", 1), "naira": ("NGN", 1), "rand": ("ZAR", 1),
    "shekel": ("ILS", 1), "lira": ("TRY", 1), "riyal": ("SAR", 1), "dirham": ("AED", 1), "baht": ("THB", 1),
    "ringgit": ("MYR", 1), "rupiah": ("IDR", 1), "zloty": ("PLN", 1), "hryvnia": ("UAH", 1),
    "c$": ("CAD", 1), "ca$": ("CAD", 1), "a$": ("AUD", 1), "au$": ("AUD", 1), "nz$": ("NZD", 1),
    "hk$": ("HKD", 1), "s$": ("SGD", 1), "r$": ("BRL", 1), "nt$": ("TWD", 1), "$a": ("AUD", 1),
    **{code.lower(): (code, 1) for code in ("AUD", "CAD", "NZD", "HKD", "SGD", "JPY", "CNY", "INR", "ZAR", "BRL",
                                            "MXN", "RUB", "SEK", "NOK", "DKK", "KRW", "TWD", "SAR", "AED", "NGN")},
}
#: A state's word before "dollar(s)": "Canadian dollars", "Hong Kong dollars".
_DOLLARS_OF = {"canadian": "CAD", "australian": "AUD", "zealand": "NZD", "kong": "HKD", "singapore": "SGD",
               "taiwan": "TWD", "taiwanese": "TWD", "zimbabwe": "ZWL", "zimbabwean": "ZWL"}
#: Signs written before the number (the small model leaves them out of the entity: "$12.30" is "12.30").
_SIGNS = frozenset(k for k in _CURRENCIES if not k.isalpha() or k in ("rs", "usd", "eur", "gbp", "chf") or (
    len(k) == 3 and _CURRENCIES[k][0] == k.upper()))  # (and ISO codes: "AUD 500 million")
#: Currency words some copy writes where the sign goes ("pounds 5.7bn", "dollars 10.7bn", "euros 3m").
_WORDS_BEFORE = frozenset({"pounds", "dollars", "euros"})
_DIMENSIONS = frozenset({"deep", "long", "wide", "high", "tall", "away", "thick"})
#: Events in sport read like glued metres: "the 100m hurdles".
_TIME_NOUNS = frozenset({"days", "weeks", "months", "years", "hours", "minutes", "seconds", "decades", "centuries",
                         "week", "month", "year", "day"})
_SPORT_DISTANCES = frozenset({"hurdles", "relay", "freestyle", "butterfly", "backstroke", "breaststroke", "medley",
                              "sprint", "dash", "final", "race", "heat", "heats", "run"})
_WEEKDAYS = frozenset({"mon", "tue", "wed", "thu", "fri", "sat", "sun"})
_MONTHS = frozenset({"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"})
#: A per cent glued to its number, as British papers write it: "8.5pc".
GLUED_PERCENT = re.compile(r"^(\d[\d,]*(?:\.\d+)?)pc$")
_QUANT_LABELS = frozenset({"QUANTITY", "MONEY", "PERCENT", "CARDINAL"})
_NUM = r"\d[\d,]*(?:\.\d+)?"
_RE_NUMBER = re.compile(_NUM)
#: Two numbers of one range, each perhaps with a sign, a glued scale or a percent sign between them.
_SUFFIX = r"(bn|bln|mn|mln|tn|trn|m|k|b)?\b\.?"
_RE_RANGE = re.compile(rf"({_NUM}){_SUFFIX}\s*(?:%|per\s*cent|percent|pct)?\s*(?:-|–|to|and)\s*"
                       rf"(?:[a-z]{{0,2}}[$€£¥₹]|dollars|pounds|euros)?\s*({_NUM}){_SUFFIX}(?![\d/])", re.I)
#: Wire fractions: "7-1/2 pct" is 7.5, "1/2 pct" is 0.5.
_RE_MIXED = re.compile(r"(?:(\d+)[- ])?(\d+)/(\d+)")
#: Not a quantity: a time of day ("8 a.m."), a fiscal year ("1987/88"), a name like "3M".
_RE_NOT_QUANTITY = re.compile(r"^\d+[A-Z]+$|^\d{4}/\d{2}\b|\b[ap]\.m\b", re.I)
_FRACTIONS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5,
              "fifths": 5, "tenth": 10, "tenths": 10}
#: An age: "45-year-old", "45 years old", "aged 45".
_RE_AGE = re.compile(r"^(\d{1,3}|\w+)[- ]years?[- ]old$|^aged? (\d{1,3})$", re.I)
_ORDINAL = re.compile(r"\d(?:st|nd|rd|th)\b", re.I)
#: A DATE entity that is a count range ("Between 30 and 40 soldiers"): numbers and no year among them.
_RE_COUNT_RANGE = re.compile(rf"^(?:between\s+|some\s+|about\s+)?({_NUM})\s*(?:-|–|to|and)\s*({_NUM})$", re.I)
#: Verbs of change: "rose 3.5 percent to $4 billion" is a change and a level, not a range.
CHANGE_VERBS = frozenset({
    "rise", "fall", "increase", "decrease", "climb", "drop", "gain", "lose", "jump", "slip", "surge", "plunge",
    "grow", "shrink", "cut", "raise", "lower", "slide", "tumble", "soar", "decline", "edge", "add", "shed",
    "boost", "reduce", "widen", "narrow", "advance", "ease", "rally", "sink", "dip", "slump", "rebound", "recover",
    "firm", "weaken", "strengthen", "fell", "go", "come", "swell", "balloon", "double", "triple", "halve", "expand",
    "contract", "lift", "hike", "trim", "slash", "revise", "up", "down",
})
#: Words after which a currency is a rate's denominator ("151.9 per dollar", "$54.30 a barrel").
_PER = frozenset({"per", "a", "an", "each", "against"})


def _number(text: str) -> float | None:
    mixed = _RE_MIXED.search(text)
    if mixed and 64 >= int(mixed.group(3)) > int(mixed.group(2)) > 0:  # (not "424/426 pence": a bid and an offer)
        return int(mixed.group(1) or 0) + int(mixed.group(2)) / int(mixed.group(3))
    m = _RE_NUMBER.search(text)
    if m:
        return float(m.group().replace(",", ""))
    for word in text.lower().split():
        value = NUM_WORDS.get(word)
        if value:
            return float(value)
    return None


def _glued_scale(tok) -> float | None:
    """The scale of a number written with its scale glued on ("2.3bn", "$1.9tn") or of the glued scale token
    after a number ("400" "m." in "$400m.", "3" "m" in "3m copies")."""
    m = _GLUED.match(tok.text)
    if m:
        return _GLUED_SCALE[m.group(2).lower()]
    if tok.i == 0 or tok.lower_.rstrip(".") not in _GLUED_SCALE:
        return None
    prev = tok.doc[tok.i - 1]
    if not prev.like_num or prev.idx + len(prev.text) != tok.idx:
        return None  # "300 m": metres
    if tok.lower_.rstrip(".") == "m":
        doc = tok.doc
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        money = prev.ent_type_ == "MONEY" or any(t.lower_ in _SIGNS | _WORDS_BEFORE for t in doc[max(0, prev.i - 3):
                                                                                               prev.i])
        ends = (nxt is None or nxt.is_punct or tok.text.endswith(".")) and "." in prev.text  # "fell to 294.3m."
        if not money and not ends and (nxt is None or nxt.tag_ != "NNS" or nxt.lower_ in _SPORT_DISTANCES or
                                       nxt.text == "-" or nxt.lower_ in _DIMENSIONS):
            return None  # "a 10m wall", "the 100m hurdles": metres
    return _GLUED_SCALE[tok.lower_.rstrip(".")]


def _scale(tokens) -> float:
    tokens = list(tokens)
    for k, tok in enumerate(tokens):
        if tok.lower_ in SCALE:
            scale = SCALE[tok.lower_]
            for nxt in tokens[k + 1:]:  # "2 lakh crore" is 2e12 (a lakh of crores), as "a thousand million" is 1e9
                if nxt.lower_ not in SCALE:
                    break
                scale *= SCALE[nxt.lower_]
            return scale
        glued = _glued_scale(tok)
        if glued:
            return glued
    return 1.0


#: A currency's sign glued to its number in one token ("NZ$500", "HK$3.2"), or the letter of an older style after
#: a dollar sign ("$A1.2 billion": "$" "A1.2").
_RE_SIGNED = re.compile(r"^([A-Za-z]{1,3}\$)(\d[\d,]*(?:\.\d+)?)$")
_HAS_SIGNED = re.compile(r"\b[A-Za-z]{1,3}\$\d")
_LETTER_AFTER_SIGN = re.compile(r"^([A-Z])\d")


def _glued_currency(span) -> tuple[str, float] | None:
    """(ISO code, factor) of a currency written into the number's token, or None."""
    first = span[0]
    if (m := _RE_SIGNED.match(first.text)) and m.group(1).lower() in _CURRENCIES:
        return _CURRENCIES[m.group(1).lower()]
    if first.text == "$" and len(span) > 1 and (m := _LETTER_AFTER_SIGN.match(span[1].text)) and (
            "$" + m.group(1).lower()) in _CURRENCIES:
        return _CURRENCIES["$" + m.group(1).lower()]
    return None


def is_unit_phrase(text: str) -> bool:
    """Is ``text`` a unit of several words ("basis points", "per cent", "square miles")?"""
    return tuple(text.lower().split()) in _PHRASE_UNITS


def _phrase_unit(doc, i: int) -> tuple[tuple[str, str], int] | None:
    """A unit of several words starting at token i: ((unit, kind), its length)."""
    for n in _PHRASE_LENGTHS:
        words = tuple(t.lower_ for t in doc[i:i + n])
        if len(words) == n and words in _PHRASE_UNITS:
            return _PHRASE_UNITS[words], n
    return None


def _unit_of(tokens, label: str = "") -> tuple[str | None, str | None, float]:
    """(unit, kind, factor) from the words of a quantity: a currency, a percent sign or a physical unit; a
    currency after "per" or "a" is a rate's denominator ("151.9 per dollar"), no unit of the amount."""
    tokens = list(tokens)
    for k, tok in enumerate(tokens):
        phrase = _phrase_unit(tok.doc, tok.i)
        if phrase is not None and tok.i + phrase[1] <= tokens[-1].i + 1:
            return phrase[0][0], phrase[0][1], 1.0
        if tok.lower_ in _PER and k and not (k + 1 < len(tokens) and (
                tokens[k + 1].like_num or tokens[k + 1].lower_ in SCALE)):
            break  # (not "a billion dollars")
        if tok.like_num or tok.lower_ in SCALE or _glued_scale(tok) or (
                tok.is_punct and tok.text not in ("%", "$", "€", "£", "¥")):
            continue
        for key in (tok.lower_, tok.lemma_.lower()):
            if key in _PERCENT:
                return "%", "percent", 1.0
            if key in ("pound", "pounds") and (label == "MONEY" or k == 0 and len(tokens) > 1):
                return "GBP", "money", 1.0
            if key in _CURRENCIES and _CURRENCIES[key][0] == "USD" and k and tokens[k - 1].lower_ in _DOLLARS_OF:
                return _DOLLARS_OF[tokens[k - 1].lower_], "money", _CURRENCIES[key][1]  # "30 mln Canadian dlrs"
            if key in _CURRENCIES and (key not in ("p", "won") or label == "MONEY"):
                code, factor = _CURRENCIES[key]
                return code, "money", factor
            if key in _UNITS:
                return _UNITS[key], "measure", 1.0
    return None, None, 1.0


def _extend(ent) -> int:
    """End of a quantity: a scale, a unit or currency word, a counted noun or a dimension after the number."""
    doc, end = ent.doc, ent.end
    while end < len(doc) and (doc[end].lower_ in SCALE or _glued_scale(doc[end]) or (
            end + 1 < len(doc) and doc[end].is_space and "\n\n" not in doc[end].text and (
                doc[end + 1].lower_ in SCALE or _unit_of([doc[end + 1]], "MONEY")[1] == "money"))):
        end += 1  # (a space token: "1.45 billion\ndlrs", a wire line wrapped inside the amount)
    inside = next((i + n for i in range(ent.start + 1, end) if (p := _phrase_unit(doc, i)) and (n := p[1]) > 1 and
                   i + n > end), None)
    phrase = _phrase_unit(doc, end) if end < len(doc) else None
    if inside is not None:
        end = inside  # "120 km" of "120 km/h", "150 kilometres" of "150 kilometres an hour"
    elif phrase is not None:
        end += phrase[1]
    elif end < len(doc) and _unit_of([doc[end]], ent.label_)[0]:
        end += 1
    elif end + 1 < len(doc) and doc[end].lower_ in _DOLLARS_OF.keys() | {"swiss", "us", "u.s."} and doc[
            end + 1].lemma_.lower() in _CURRENCIES:
        end += 2  # "30 mln Canadian dlrs", "3.2 billion Swiss francs"
    elif end < len(doc) and ent.label_ == "CARDINAL" and ent[0].lower_ not in _SIGNS | _WORDS_BEFORE:
        if doc[end].pos_ == "NOUN":
            end += 1
        elif doc[end].pos_ == "ADJ" and end + 1 < len(doc) and doc[end + 1].tag_ == "NNS" and doc[
                end + 1].lower_ not in _TIME_NOUNS:
            end += 2  # "20 million new jobs", "two Turkish businessmen"; not "pounds 1.3bn offer" (money, no count)
        while ent.label_ == "CARDINAL" and end < len(doc) and doc[end].pos_ == "NOUN" and doc[
                end - 1].dep_ == "compound" and not _unit_of(
                [doc[end - 1]])[0]:
            end += 1  # "40 service agencies": the counted noun is the head of the compound
    if end < len(doc) and doc[end].lower_ in _DIMENSIONS and ent.label_ in ("QUANTITY", "CARDINAL"):
        end += 1  # "15 kilometers deep"
    return end


def _fraction(span) -> Quantity | None:
    """"two thirds", "a quarter": a share, as a percent; "a quarter of a percentage point": a share of that unit."""
    words = [t.lower_ for t in span]
    if len(words) < 2 or words[-1] not in _FRACTIONS:
        return None
    count = _number(" ".join(words[:-1])) or 1.0
    doc, end = span.doc, span.end
    if end + 2 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].lower_ in ("a", "one") and (
            phrase := _phrase_unit(doc, end + 2)) is not None:
        (unit, kind), length = phrase
        stop = doc[end + 2 + length - 1]
        text = extensions.doc_text(doc)
        return Quantity(text=text[span.start_char:stop.idx + len(stop.text)], start=span.start_char,
                        end=stop.idx + len(stop.text), value=round(count / _FRACTIONS[words[-1]], 4), unit=unit,
                        kind=kind)
    value = round(100.0 * count / _FRACTIONS[words[-1]], 2)
    return Quantity(text=span.text, start=span.start_char, end=span.end_char, value=value, unit="%",
                    kind="percent")


def _quantity(ent) -> Quantity | None:
    doc = ent.doc
    span = doc[ent.start:_extend(ent)]
    if _RE_NOT_QUANTITY.search(span.text) or (span.end < len(doc) and doc[span.end].lower_.startswith(("a.m", "p.m"))):
        return None
    fraction = _fraction(span)
    if fraction is not None:
        return fraction
    unit, kind, factor = _unit_of(span, ent.label_)
    if (glued := _glued_currency(span)) is not None:
        (unit, factor), kind = glued, "money"  # "NZ$500 million", "$A1.2 billion" (not the US dollar)
    if ent.label_ == "PERCENT" and unit is None:
        unit, kind = "%", "percent"
    if unit is None:
        last = span[-1]
        if ent.label_ != "CARDINAL" or _ORDINAL.search(span.text):
            return None
        if last.lower_ in SCALE or _glued_scale(last):
            unit, kind = None, "count"  # "Revs 31.3 mln", "turnout was 1.2 million": a number, its unit unsaid
        elif last.like_num:
            return None
        elif last.pos_ == "NOUN":
            unit, kind = last.lemma_.lower(), "count"
        else:
            return None
    kind = kind or ("money" if ent.label_ == "MONEY" else "measure")
    scale = _scale(span) * factor
    rng = _RE_RANGE.search(span.text)
    low = high = None
    halves = _halves(span)
    if halves is not None:
        low, high = (v * factor for v in halves)
        value = (low + high) / 2
    elif rng:
        one, one_scale, two, two_scale = rng.groups()
        glued = [_GLUED_SCALE[g.lower()] * factor if g else None for g in (one_scale, two_scale)]
        low = float(one.replace(",", "")) * (glued[0] or glued[1] or scale)  # "$2bn-$3bn", "2-3bn"
        high = float(two.replace(",", "")) * (glued[1] or scale)
        value = (low + high) / 2
    else:
        number = _number(span.text)
        if number is None:
            return None
        value = number * scale
        if _minus(span):
            value = -value  # "minus 12 degrees"
        elif re.match(r"^[-\u2212]\s?\d", span.text) or span.start > 1 and doc[span.start - 1].text in (
                "-", "\u2212") and not doc[span.start - 1].whitespace_ and doc[span.start - 2].whitespace_ and \
                span[0].like_num:
            value = -value  # "-15 percent", inside the entity or left out of it (not "5-15 percent", a range)
    end_char = span.end_char - (1 if span[-1].text.endswith(".") and _glued_scale(span[-1]) else 0)  # "$400m."
    text = extensions.doc_text(doc)
    return Quantity(text=text[span.start_char:end_char], start=span.start_char, end=end_char, value=value,
                    unit=unit, low=low, high=high, kind=kind)


def _minus(span) -> bool:
    """Does "minus" make the number negative ("minus 12 degrees"; not "plus or minus 3 points", a margin, nor "3
    minus 2")?"""
    doc = span.doc
    for t in span:
        if t.lower_ == "minus" and t.i + 1 < len(doc) and doc[t.i + 1].like_num:
            before = doc[t.i - 1] if t.i else None
            return before is None or not (before.lower_ in ("or", "+/-", "\u00b1") or before.like_num)
    return False


def _with_sign(span):
    """The span widened to the currency sign before it ("$" "12.30": the small model leaves the sign out) and
    cut before a sign it ends with ("$9,000 to $" of "$9,000 to $9,250": the sign is the next amount's)."""
    doc, start, end = span.doc, span.start, span.end
    while end - start > 1 and doc[end - 1].lower_ in _SIGNS | {"to", "-", "–"}:
        end -= 1
    if start and doc[start - 1].lower_ in _SIGNS | _WORDS_BEFORE and doc[start].lower_ not in _SIGNS and (
            doc[start - 1].lower_ in _SIGNS or doc[start].like_num):
        start -= 1  # "$12.30"; "pounds 5.7bn", "dollars 10.7bn" (a sign written out, as some copy does)
    return doc[start:end]


def _changed(tok) -> bool:
    """Whether a verb of change governs the amount ("rose 3.5 percent", "fell $1.20", "up 12 pct")."""
    head = tok
    for _ in range(3):
        if head.lemma_.lower() in CHANGE_VERBS or head.lower_ in CHANGE_VERBS:
            return True
        if head.head is head or head.dep_ in ("nsubj", "nsubjpass", "csubj"):
            return False  # "3 to 7 kilometers of road were lost": what was lost, no change of a figure
        head = head.head
    return False


def _has_unit(ent) -> bool:
    """Whether a scale, a currency or a unit follows the number or is in it."""
    doc, end = ent.doc, ent.end
    nxt = doc[end] if end < len(doc) else None
    return any(t.lower_ in SCALE or _glued_scale(t) for t in ent) or nxt is not None and (
        nxt.lower_ in SCALE or _glued_scale(nxt) is not None or _unit_of([nxt], "MONEY")[0] is not None or
        _phrase_unit(doc, end) is not None)


_JOINTS = frozenset({"to", "and", "-", "\u2013"})


def _amount(tokens) -> float | None:
    """The number of some tokens with its own scale ("1.2 billion", "$2bn", "800,000"), or None."""
    tokens = [t for t in tokens if not t.is_space]
    number = _number(" ".join(t.text for t in tokens if t.like_num or _GLUED.match(t.text)))
    if number is None:
        return None
    own = [t for t in tokens if t.lower_ in SCALE or _glued_scale(t)]
    return number * _scale(own) if own else number


def _scaled(tokens) -> bool:
    return any(t.lower_ in SCALE or _glued_scale(t) for t in tokens)


def _halves(span) -> tuple[float, float] | None:
    """(low, high) of a range written as two amounts ("$1.2 billion to $1.5 billion", "between 3 million and 4
    million", "800,000 to 1.2 million", "2 to 3 million": the low end takes the high end's scale when it has none and
    is the smaller number), or None when the span holds no such pair or its ends are no range."""
    doc = span.doc
    if any(_RE_MIXED.fullmatch(t.text) for t in span):
        return None  # wire fractions ("rose 2-3/4 to 33-1/4"): read by ``_number``
    cut = next((t.i for t in span if t.lower_ in _JOINTS and span.start < t.i < span.end - 1 and any(
        x.like_num for x in doc[span.start:t.i]) and any(x.like_num for x in doc[t.i + 1:span.end])), None)
    if cut is None:
        return None
    one, two = doc[span.start:cut], doc[cut + 1:span.end]
    low, high = _amount(one), _amount(two)
    if low is None or high is None:
        return None
    if not _scaled(one) and _scaled(two) and _number(one.text) < _number(two.text):
        low *= _scale(two)  # "2 to 3 million", "between 30 and 40 billion dollars"
    return (low, high) if _a_range(low, high) else None


def _a_range(low: float, high: float) -> bool:
    """Ranges go up, between ends of one order of size ("rose 17,000 to 4.483 million" is a change and a level)."""
    return 0 < low < high <= 20 * low


def _is_range(first, second) -> bool:
    """Whether two amounts joined by "to", "-" or "and" are one range: the same unit or none on the first, no
    verb of change over them, and not "from X to Y"."""
    doc = first.doc
    joint = doc[first.end].lower_ if first.end < len(doc) else ""
    if joint == "and":
        return first.start > 0 and doc[first.start - 1].lower_ == "between" or first[0].lower_ == "between"
    unit_one = _unit_of(first, first.label_)[0] or ("%" if first.label_ == "PERCENT" else None)
    if joint == "to" and (first.start > 0 and doc[first.start - 1].lower_ == "from" or _changed(first.root) and (
            unit_one is not None or _scaled(first) or any(_RE_MIXED.fullmatch(t.text) for t in first))):
        return False  # "rose 3.5 percent to $4 billion", "from $9,000 to $9,250" (not "rise 2 to 3 per cent")
    one, two = _amount(first), _amount(doc[second.start:_extend(second)])
    if one is not None and two is not None:
        if not _scaled(first) and _scaled(doc[second.start:_extend(second)]) and _number(first.text) < _number(
                second.text):
            one *= _scale(doc[second.start:_extend(second)])
        if not _a_range(one, two):
            return False  # "rose 17,000 to 4.483 million", "leads by 39% to 34%": no range
    unit_two = _unit_of(doc[second.start:_extend(second)], second.label_)[0]
    return unit_one is None or unit_one == unit_two


def _split(span, label: str) -> list:
    """The amounts of one entity: cut at brackets and semicolons ("120m (dollars 230" of "pounds 120m (dollars
    230m)"), and at "to" where it joins a change and a level ("$5 to $1,250" after "rose") or falls ("leads by 41%
    to 33%")."""
    doc, parts, start = span.doc, [], span.start
    for t in span:
        if t.text in ("(", ")", ";", "[", "]"):
            if t.i > start:
                parts.append(doc[start:t.i])
            start = t.i + 1
    if start < span.end:
        parts.append(doc[start:span.end])
    out = []
    for part in parts:
        cut = next((t.i for t in part if t.lower_ == "to"), None)
        if cut is not None and part.start < cut < part.end - 1 and (
                _changed(part.root) and (_unit_of(doc[part.start:cut], label)[0] or _scaled(doc[part.start:cut]))
                or _halves(part) is None and _amount(doc[part.start:cut]) is not None):
            out += [_as_ent(doc[part.start:cut], label), _as_ent(doc[cut + 1:part.end], label)]
        else:
            out.append(_as_ent(part, label))
    return out


def _count_range(ent) -> bool:
    """A DATE entity that is a count range: "Between 30 and 40 soldiers" (no year, a plural noun after it)."""
    m = _RE_COUNT_RANGE.match(ent.text)
    if m is None or any(1900 <= float(g.replace(",", "")) <= 2100 for g in m.groups()):
        return False
    doc = ent.doc
    return ent.end < len(doc) and doc[ent.end].tag_ == "NNS" and doc[ent.end].lower_ not in _TIME_NOUNS


def find_quantities(doc) -> list[Quantity]:
    out: list[Quantity] = []
    ents = []
    for e in doc.ents:
        if e.label_ == "CARDINAL" and e.start and (prev := doc[e.start - 1]).tag_ == "NNP" and prev.lower_ not in \
                _SIGNS | _WORDS_BEFORE and prev.lower_[:3] not in _MONTHS | _WEEKDAYS and not _has_unit(e) and \
                prev.ent_type_ not in ("DATE", "TIME", "GPE", "LOC", "NORP", "FAC") and not (
                    prev.i and doc[prev.i - 1].pos_ == "ADP"):  # (not "Since Tuesday 300 people", "In Gaza 300")
            continue  # a model's or a team's number, no amount: "Commodore 64 enthusiasts", "Chelsea 2 Arsenal 1"
            # (not "Shr 81 cts", "Revs 152.5 mln": a unit or a scale follows)
        if e.label_ in _QUANT_LABELS:
            ents += [_as_ent(_with_sign(part), e.label_) for part in _split(e, e.label_)]
        elif e.label_ == "DATE" and _count_range(e):
            ents.append(_as_ent(e, "CARDINAL"))
    skip = set()
    for k, ent in enumerate(ents):
        if k in skip:
            continue
        span = ent
        nxt = ents[k + 1] if k + 1 < len(ents) else None
        if nxt is not None and nxt.start - ent.end == 1 and doc[ent.end].lower_ in ("-", "–", "to", "and") and \
                _is_range(ent, nxt):
            span = doc[ent.start:nxt.end]
            skip.add(k + 1)
        elif ent.end < len(doc) - 1 and doc[ent.end].text in ("-", "–") and doc[ent.end + 1].like_num:
            span = doc[ent.start:ent.end + 2]
        q = _quantity(_as_ent(span, ent.label_))
        if q:
            out.append(q)
    out += [q for q in (age(e) for e in doc.ents if e.label_ == "DATE") if q is not None]
    taken = {i for q in out for i in range(q.start, q.end)}
    out += [Quantity(text=t.text, start=t.idx, end=t.idx + len(t.text), value=float(m.group(1).replace(",", "")),
                     unit="%", kind="percent")
            for t in doc if (m := GLUED_PERCENT.match(t.text)) and t.idx not in taken]
    # ("rose 8.5pc", "down 34pc": British copy's per cent, which the small model labels anything or nothing)
    text = extensions.doc_text(doc)
    if _HAS_PENCE.search(text):  # (each scan only where the text has such a number: a Token per word costs)
        out += [q for q in map(_glued_pence, doc) if q is not None and q.start not in taken]
    if _HAS_NEGATIVE.search(text):
        out += [q for q in map(_negative_percent, doc) if q is not None and q.start not in taken]
    if _HAS_SIGNED.search(text):
        out += [q for q in map(_glued_sign_amount, doc) if q is not None and q.start not in taken]
    return sorted(out, key=lambda q: q.start)


#: Pence glued to the number, as London copy writes share prices ("fell 12p to 450p").
_RE_PENCE = re.compile(r"^(\d+(?:\.\d+)?)p$")
#: Words of a sentence about a price, which tell "450p" from a video's "1080p".
_PRICE_WORDS = frozenset({"share", "pence", "penny", "dividend", "stock", "payout", "earnings"})
#: A screen's or a video's lines, written like pence: "1080p", "720p".
_RESOLUTIONS = frozenset({"144", "240", "360", "480", "576", "720", "1080", "1440", "2160", "4320"})
_NEGATIVE = re.compile(r"^[-\u2212](\d+(?:\.\d+)?)$")
_HAS_PENCE = re.compile(r"\d+(?:\.\d+)?p\b")
_HAS_NEGATIVE = re.compile(r"(?<![\w.])[-\u2212]\d")


def _glued_pence(tok) -> Quantity | None:
    if (m := _RE_PENCE.match(tok.text)) is None or m.group(1) in _RESOLUTIONS or not any(
            t.lemma_.lower() in _PRICE_WORDS for t in tok.sent):
        return None
    return Quantity(text=tok.text, start=tok.idx, end=tok.idx + len(tok.text),
                    value=round(float(m.group(1)) * 0.01, 6), unit="GBP", kind="money")


def _glued_sign_amount(tok) -> Quantity | None:
    """"R$2 billion", "HK$3.2 billion": an amount whose sign the tokenizer glues into the number and the model tags
    nothing for (or takes into a name: "Petrobras raised R$2 billion")."""
    if (m := _RE_SIGNED.match(tok.text)) is None or m.group(1).lower() not in _CURRENCIES:
        return None
    code, factor = _CURRENCIES[m.group(1).lower()]
    doc, end = tok.doc, tok
    scale = 1.0
    if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in SCALE:
        end, scale = doc[tok.i + 1], SCALE[doc[tok.i + 1].lower_]
    text = extensions.doc_text(doc)
    return Quantity(text=text[tok.idx:end.idx + len(end.text)], start=tok.idx, end=end.idx + len(end.text),
                    value=float(m.group(2).replace(",", "")) * scale * factor, unit=code, kind="money")


def _negative_percent(tok) -> Quantity | None:
    """"-0.5%", "-1.2 per cent": a negative share the small model tags no entity for."""
    if (m := _NEGATIVE.match(tok.text)) is None or tok.i + 1 >= len(tok.doc):
        return None
    nxt = tok.doc[tok.i + 1]
    phrase = _phrase_unit(tok.doc, tok.i + 1)
    if nxt.lower_ in _PERCENT:
        end = nxt
    elif phrase is not None and phrase[0][1] == "percent":
        end = tok.doc[tok.i + phrase[1]]
    else:
        return None
    unit = phrase[0][0] if phrase is not None and nxt.lower_ not in _PERCENT else "%"
    text = extensions.doc_text(tok.doc)
    return Quantity(text=text[tok.idx:end.idx + len(end.text)], start=tok.idx, end=end.idx + len(end.text),
                    value=-float(m.group(1)), unit=unit, kind="percent")


def _as_ent(span, label):
    from spacy.tokens import Span

    return Span(span.doc, span.start, span.end, label=label)


def age(ent) -> Quantity | None:
    """A DATE entity that is someone's age ("45-year-old", "aged 45", "his mother, 38,")."""
    text = ent.text
    m = _RE_AGE.match(text)
    if m:
        raw = m.group(1) or m.group(2)
        years = float(raw) if raw.isdigit() else NUM_WORDS.get(raw.lower())
    elif _bare_age(ent):
        years = float(text)
    else:
        return None
    if not years:
        return None
    return Quantity(text=text, start=ent.start_char, end=ent.end_char, value=years, unit="year", kind="age")


def _bare_age(ent) -> bool:
    """A bare number after "aged"/"age", or between commas after a person ("Smith, 38, said")."""
    if len(ent) != 1 or not ent.text.isdigit() or not 0 < int(ent.text) < 120:
        return False
    doc = ent.doc
    prev = doc[ent.start - 1] if ent.start else None
    if prev is not None and prev.lower_ in ("aged", "age", "ages"):
        return True
    nxt = doc[ent.end] if ent.end < len(doc) else None
    return (prev is not None and prev.text == "," and ent.start > 1 and doc[ent.start - 2].pos_ in ("PROPN", "NOUN")
            and (nxt is None or nxt.text in (",", ".", ";", ")")))
