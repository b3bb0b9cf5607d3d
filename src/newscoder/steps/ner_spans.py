"""Where a name starts and ends: the span errors of the small model on unseen news, by category.

``fix_spans(doc, ents)`` runs first in ``ner_fixes.fix_ents``; each rule is one kind of error:

- **a name running on into the next line or past a spaced dash** ("Ghany\nDUBAI", "Tom Donilon - The"), or
  past a blank line (a headline's last word and the story's first);
- **photo credits** ("John Thys / Pool", "ANI / Reuters TV", "Scalzo / File Photo"): split at the slash; a
  known actor keeps its label, two to four capitalized words are a person, "Pool" is an organisation,
  "File Photo" and "Handout" are no names;
- **possessives inside a name** ("Bernard Arnault 's LVMH", "California 's Air Resources Board"): two names,
  unless the whole is one organisation's ("People 's Renewal Party", "Women 's Tennis Association": ``ORG_HEADS``);
- **a title, a verb, a common word or a nationality in front** ("Sheikh Sabah ...", "Anticipating U.S. Food and Drug
  Administration", "rookie Jed Marsh", "Russian Nikita Mazepin"): dropped, the nationality made its own NORP;
- **a date or a byline word behind** ("Anushka Trivedi Dec 7", "Estelle Shirbon Editing"), or a score ("Leeds 2-0"
  as a PRODUCT): cut;
- **two names joined by "and"** ("Perdue and Loeffler", "Macquarie Capital and Citigroup"), unless the
  whole is a known name or ends like one company ("Mabon, Nugent and Co");
- **"Mr", "Mrs", "Dr" inside or in front of another kind of name** ("Mr Baume" as an ORG, "Policy Centre Mr
  Straw"): a person from there on;
- **an organisation's name ended on "of" or "the"** ("Office of the"): on over the capitalized words after it;
- **an office taken for an organisation** ("Harbour Party Co-Chairman", "Fenton MP", "MSP", "Fisheries Minister"):
  the title cut, a title or a portfolio alone dropped;
- **hyphenated compounds** ("Berlin-based", "EU-UK", "post-Covid-19"): one NORP (CoNLL's MISC), as CoNLL
  annotates them.

``credited_people`` (added like the gazetteer's matches): **the names of a byline or a photo credit are people**
("( Reporting by Wendell Roelf ; Editing by Toby Chopra )", "( By Robyn Mak )", "REUTERS / Dado Ruvic / File
Photo"), which the small model misses or takes for organisations.

``first_word`` (applied after the gazetteer's matches): a place missing the first word of its name
("New" Jersey, a gazetteer match of the island of Jersey) is the whole known name.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from .. import extensions
from ..knowledge import countries
from .names import MEMBER_WORDS

_NAMED = frozenset({"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"})
#: Words of a photo credit that are no name.
NOT_NAMES = frozenset({"file photo", "file", "handout", "photo", "illustration", "via"})
#: Titles before a person's name (the name is the rest).
TITLES = frozenset("""sheikh sultan prince princess king queen emir pope president chancellor minister premier
    senator sen. governor gov. mayor general gen. mr mr. mrs mrs. ms ms. dr dr. secretary ambassador judge
    justice rep. colonel col. ayatollah lord lady sir dame""".split())
#: Words after a name that end it: dates of a dateline and byline words.
_MONTHS = frozenset("""jan jan. january feb feb. february mar mar. march apr apr. april may jun june jul july
    aug aug. august sep sep. sept sept. september oct oct. october nov nov. november dec dec. december""".split())
_BYLINE = frozenset({"editing", "reporting", "writing", "additional", "compiled", "graphic", "photo"})
#: Last words of one company's name with "and" inside ("Mabon, Nugent and Co", "Procter and Gamble Co").
_FIRM_TAIL = frozenset("""co co. company sons partners associates exchange commission corp corp. inc inc.
    ltd ltd. plc group bank trust fund development industries""".split())
_HYPHENS = ("-", "\u2013")
#: Head words that end an organisation's name ("People's Renewal Party", "Kurdistan Workers' Party", "Women's
#: Tennis Association"): a possessive inside such a name does not split it, and a name ending in one is an ORG.
ORG_HEADS = frozenset("""party union army front ministry bank council committee association university agency
    commission authority federation institute department league movement alliance brigade brigades corps
    foundation society""".split())
#: Titles of office that follow a body's or a portfolio's name ("Labour Party chairman", "Finance Minister").
OFFICE_TITLES = frozenset("""minister ministers secretary commissioner chairman chairwoman co-chairman chair
    spokesman spokeswoman""".split())
#: Members' titles written after their seat ("Fenton MP", "the Edinburgh MSP").
_SEAT_TITLES = frozenset({"MP", "MPs", "MSP", "MSPs", "MEP", "MEPs", "AM", "TD", "MLA"})
#: Words of a government portfolio ("Economics Minister", "Monetary Affairs Commissioner").
_PORTFOLIO_WORDS = frozenset("""economics economic economy monetary financial finance fiscal affairs foreign home
    interior defence defense trade industry energy environment health education culture sport transport
    agriculture fisheries rural urban social security justice labour labor employment development
    international regional local public works housing communities enterprise competition taxation""".split())


def fix_spans(doc: Doc, ents: list[Span]) -> list[Span]:
    """The entities with the span errors of the module docstring fixed."""
    out: list[Span] = []
    for ent in ents:
        parts = [ent]
        for rule in (_split_lines, _split_credit, _split_possessive, _split_and, _mister, _front, _back, _office,
                     _open_end, _month_surname):
            parts = [p for part in parts for p in rule(doc, part)]
        out.extend(p for p in (_trim_hyphens(doc, part) for part in parts) if len(p))
    return _hyphen_compounds(doc, out)


#: Words before a month's name that keep it a month ("in May", "since May", "last May").
BEFORE_MONTH = frozenset({"in", "on", "since", "until", "till", "by", "from", "through", "of", "last", "next", "this",
                          "early", "late", "mid", "mid-", "before", "after", "during", "throughout", "-"})


def _month_surname(doc: Doc, ent: Span) -> list[Span]:
    """A surname that is a month's name, which the model reads as a date ("Guitarist Brian May has said": the
    person is "Brian May", not "Brian" on a day of May): a name-like "May" right after a person's name, with no
    day or year after it."""
    if ent.label_ != "PERSON":
        return [ent]
    if ent.start > 0 and (first := doc[ent.start - 1]).text in ("June", "April", "May") and first.tag_ == "NNP" and \
            first.whitespace_ and (ent.start < 2 or doc[ent.start - 2].lower_ not in BEFORE_MONTH) and len(ent) >= 2:
        return [Span(doc, ent.start - 1, ent.end, "PERSON")]  # "June Carter Cash": a first name that is a month's
    if ent.end + 1 >= len(doc):
        return [ent]
    month, after = doc[ent.end], doc[ent.end + 1]
    if month.text != "May" or month.tag_ != "NNP" or not ent[-1].is_title or month.whitespace_ == "" or \
            after.like_num or after.lower_ in ("of", "this", "last", "next") or ent[-1].lower_ in _MONTHS or \
            after.is_title:  # ("Macron May Call Snap Election": a headline's modal)
        return [ent]
    return [Span(doc, ent.start, ent.end + 1, "PERSON")]


def _trim_hyphens(doc: Doc, ent: Span) -> Span:
    """A part split from "Tory-Labour" starts with the hyphen ("-Labour"): the name is without it."""
    start, end = ent.start, ent.end
    while start < end and doc[start].text in _HYPHENS:
        start += 1
    while end > start and doc[end - 1].text in _HYPHENS:
        end -= 1
    return ent if (start, end) == (ent.start, ent.end) else Span(doc, start, end, ent.label_)


def first_word(doc: Doc, ent: Span) -> Span:
    """A place missing the first word or two of its name ("New" Jersey, "South" Korea, "New South" Wales,
    "North Rhine"-Westphalia): the name is the whole, where the whole is a country, a city or a first-order
    division the gazetteer knows by that main name."""
    if ent.label_ not in ("GPE", "LOC") or ent.start == 0:
        return ent
    for n in (2, 1):
        if ent.start < n:
            continue
        words = doc[ent.start - n:ent.start]
        if not all(w.is_title and w.is_alpha for w in words) or words[0].is_sent_start and words[0].lower_ in (
                "in", "the"):
            continue
        whole = " ".join([w.text for w in words] + [ent.text])
        if countries.by_name(whole) or countries.city_country(whole, 0) or _division(whole):
            return Span(doc, ent.start - n, ent.end, ent.label_)
    return ent


def _division(name: str) -> bool:
    """Is ``name`` the main name of a first-order division ("New South Wales", "Western Australia")?"""
    from ..knowledge import gazetteer

    return any(p.main and p.feature_code == "ADM1" for p in gazetteer.lookup(name))


def _sub(doc: Doc, start: int, end: int, label: str) -> list[Span]:
    return [Span(doc, start, end, label)] if end > start else []


def _split_lines(doc: Doc, ent: Span) -> list[Span]:
    """A name does not run on into the next line when that line starts in capitals or with a bullet
    ("Mohamed Abd El Ghany\nDUBAI"), nor past a spaced dash ("Tom Donilon - The"); a hard-wrapped name
    ("Merrill\nLynch") stays one."""
    if ent.label_ not in _NAMED:  # dates and numbers: no look at their words
        return [ent]
    cuts = [t.i for t in ent if (t.is_space and "\n" in t.text and t.i + 1 < ent.end
                                 and (doc[t.i + 1].is_upper or doc[t.i + 1].is_punct or t.text.count("\n") > 1))
            or (t.text in _HYPHENS + ("\u2014",) and t.i > ent.start and doc[t.i - 1].whitespace_)]
    if not cuts:
        return [ent]
    out, start = [], ent.start
    for cut in cuts + [ent.end]:
        part = doc[start:cut]
        while len(part) and (part[-1].is_space or part[-1].is_punct):
            part = part[:-1]
        while len(part) and (part[0].is_space or part[0].is_punct):
            part = part[1:]
        if len(part) and part[0].text[:1].isupper():
            out.append(Span(doc, part.start, part.end, ent.label_ if start == ent.start else _guess(part, ent)))
        start = cut + 1
    return out


def _guess(part: Span, ent: Span) -> str:
    """The label of a piece cut off a longer name: the gazetteer's, else the whole name's."""
    if countries.by_name(part.text) or countries.city_country(part.text):
        return "GPE"
    actor = countries.find_actor(part.text)
    return actor.label if actor is not None else ent.label_


def _split_credit(doc: Doc, ent: Span) -> list[Span]:
    if ent.label_ not in _NAMED or not any(t.text == "/" for t in ent):
        return [ent]
    out, start = [], ent.start
    for i in range(ent.start, ent.end + 1):
        if i == ent.end or doc[i].text == "/":
            part = doc[start:i]
            label = _credit_label(part) if len(part) else None
            if label:
                out.append(Span(doc, part.start, part.end, label))
            start = i + 1
    return out


def _credit_label(part: Span) -> str | None:
    text = part.text.strip()
    if text.lower() in NOT_NAMES:
        return None
    actor = countries.find_actor(text)
    if actor is not None:
        return actor.label
    if 2 <= len(part) <= 4 and all(t.text[:1].isupper() for t in part):
        return "PERSON"
    return "ORG" if text[:1].isupper() else None


def _split_possessive(doc: Doc, ent: Span) -> list[Span]:
    if ent.label_ not in _NAMED or len(ent) < 3:  # no inner word: no slice of the span to look at
        return [ent]
    inner = [t.i for t in ent[1:-1] if t.tag_ == "POS" or t.text in ("'s", "\u2019s")]
    if not inner:
        return [ent]
    cut = inner[0]
    left = doc[ent.start:cut]
    place = countries.by_name(left.text) or countries.city_country(left.text)
    if not place and (cut - ent.start < 2 and ent.end - cut - 1 < 2 or ent[-1].lower_ in _FIRM_TAIL
                      or ent.label_ == "ORG" and ent[-1].lower_ in ORG_HEADS):
        return [ent]  # "Pilgrim's Pride", "Mott's Super Markets Inc", "People's Renewal Party": one name
    if not place and ent.label_ == "ORG" and cut + 1 < ent.end and doc[cut + 1].lower_ == "of":
        return [ent]  # "Lloyd's of London", "Macy's of Chicago": no possessive of a name, one name
    label = "GPE" if place else ent.label_
    return _sub(doc, ent.start, cut, label) + _sub(doc, cut + 1, ent.end, ent.label_)


def _split_and(doc: Doc, ent: Span) -> list[Span]:
    if ent.label_ not in ("PERSON", "GPE", "LOC", "ORG") or len(ent) < 3:  # no inner word: no slice to look at
        return [ent]
    ands = [t.i for t in ent[1:-1] if t.lower_ == "and"]
    if len(ands) != 1:
        return [ent]
    if countries.find_actor(ent.text) or countries.lookup(ent.text) or ent[-1].lower_ in _FIRM_TAIL:
        return [ent]
    cut = ands[0]
    left, right = doc[ent.start:cut], doc[cut + 1:ent.end]
    if not (left[0].text[:1].isupper() and right[0].text[:1].isupper()) or doc[cut - 1].text == ",":
        return [ent]
    if ent.label_ == "ORG" and (len(right) > 1 or any(t.is_lower for t in ent if t.i != cut)):
        return [ent]  # "Food and Drug Administration", "Centers for Disease Control and Prevention"
    return _sub(doc, left.start, left.end, ent.label_) + _sub(doc, right.start, right.end, ent.label_)


def _front(doc: Doc, ent: Span) -> list[Span]:
    """A title, a sentence-initial verb or a nationality in front of a name."""
    if len(ent) < 2 or ent.label_ not in _NAMED:
        return [ent]
    first = ent[0]
    if (ent.label_ == "PERSON" and first.lower_ in TITLES) or (first.tag_ == "VBG" and first.is_sent_start) or (
            ent.label_ == "PERSON" and first.is_lower and first.is_alpha and not re.fullmatch(_PARTICLE, first.text)):
        return _sub(doc, ent.start + 1, ent.end, ent.label_)  # "Sheikh Sabah", "rookie Jed Marsh"
    if ent.label_ == "PERSON" and len(ent) >= 3 and first.text[:1].isupper() and (
            countries.by_demonym(first.text) or first.lower_ in MEMBER_WORDS):  # "Tory Liam Fox"
        return [Span(doc, ent.start, ent.start + 1, "NORP"), Span(doc, ent.start + 1, ent.end, "PERSON")]
    if ent.label_ == "ORG" and len(ent) >= 3 and first.lower_ in ("republican", "democratic", "democrat") \
            and ent[1].text in LEGISLATURES and not any(t.text in PARTY_BODY_WORDS for t in ent):
        # "Republican Senate Finance Committee member": the member's party (not the party's own "Democratic Senate
        # Campaign Committee")
        return [Span(doc, ent.start, ent.start + 1, "NORP"), Span(doc, ent.start + 1, ent.end, "ORG")]
    return [ent]


#: The chambers a party's adjective may stand before without naming a body of the party ("Republican Senate
#: Finance Committee member Bill Cassidy"; not "Republican National Committee").
LEGISLATURES = frozenset({"Senate", "House", "Congress", "Assembly", "Legislature"})
#: Words of a party's own bodies in a chamber ("Democratic Senate Campaign Committee", "House Republican Conference").
PARTY_BODY_WORDS = frozenset({"Campaign", "Caucus", "Conference", "National", "Majority", "Minority"})


_MISTER = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr."})


def _mister(doc: Doc, ent: Span) -> list[Span]:
    """"Mr", "Mrs", "Dr" start a person's name, whatever the model called it ("Mr Baume" as an ORG), also inside
    what it ran together ("Policy Centre Mr Straw": the centre, then the person)."""
    if ent.label_ not in _NAMED or ent.label_ == "PERSON":
        return [ent]
    at = next((t.i for t in ent if t.lower_ in _MISTER and t.text[:1].isupper()
               and t.i + 1 < ent.end and doc[t.i + 1].text[:1].isupper()), None)
    if at is None:
        return [ent]
    return _sub(doc, ent.start, at, ent.label_) + _sub(doc, at, ent.end, "PERSON")


_OPEN_WORDS = frozenset({"of", "the", "for", "and", "&"})


def _open_end(doc: Doc, ent: Span) -> list[Span]:
    """An organisation's name the model ended on "of" or "the" ("Office of the", then "Deputy Prime Minister")
    goes on over the capitalized words after it; with none, the name ends before those words."""
    if ent.label_ != "ORG" or len(ent) < 2 or ent[-1].lower_ not in _OPEN_WORDS:
        return [ent]
    end = ent.end
    while end < len(doc) and doc[end].is_title and not doc[end].is_sent_start and doc[end].lower_ not in _MISTER:
        end += 1
    if end > ent.end:
        return [Span(doc, ent.start, end, "ORG")]
    while end > ent.start and doc[end - 1].lower_ in _OPEN_WORDS:
        end -= 1
    return _sub(doc, ent.start, end, "ORG")


def _office(doc: Doc, ent: Span) -> list[Span]:
    """An office is no organisation: a title word ending what the model took for one ("Harbour Party
    Co-Chairman", "Fenton MP": the body or the seat before it is the name), a title alone ("MSP"), and a
    portfolio before a title ("Fisheries Minister", "Rural Affairs Commissioner": common words, no body's head
    word)."""
    if ent.label_ != "ORG":
        return [ent]
    end = ent.end
    while end > ent.start and (doc[end - 1].lower_ in OFFICE_TITLES or doc[end - 1].text in _SEAT_TITLES):
        end -= 1
    while end > ent.start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    if end < ent.end and end > ent.start and doc[end - 1].lower_ in ("co", "vice", "deputy") and doc[end].text == "-":
        end -= 1  # "Co-Chairman" is three tokens
    if end < ent.end:
        return _sub(doc, ent.start, end, "ORG")
    nxt = doc[ent.end] if ent.end < len(doc) else None
    words = [t for t in ent if t.is_alpha and t.lower_ not in ("and", "of")]
    if nxt is not None and nxt.lower_ in OFFICE_TITLES and words and ent[-1].lower_ not in ORG_HEADS \
            and all(t.is_title and t.lower_ in _PORTFOLIO_WORDS for t in words):
        return []
    return [ent]


_SCORE = re.compile(r"^\d{1,3}[-:]\d{1,3}$")


def _score_at(doc: Doc, i: int) -> bool:
    """Does a score start at token i ("2-0" as one token or as "2", "-", "0")?"""
    if _SCORE.match(doc[i].text):
        return True
    return (i + 2 < len(doc) and doc[i].text.isdigit() and len(doc[i]) <= 3 and doc[i + 1].text in ("-", ":")
            and doc[i + 2].text.isdigit() and len(doc[i + 2]) <= 3 and not doc[i].whitespace_)


#: Name words a number completes ("BBC Radio 4", "Channel 4", "Formula 1", "Apollo 11"; not "Group 2", a race's or a
#: league's grade, nor "Terminal 1" of an airport named after it).
_NUMBERED = frozenset("""radio channel formula apollo""".split())


def _numbered_name(t) -> bool:
    """Is the number t the end of a name numbered so ("Radio 4's", not a score or an age after a name)?"""
    doc = t.doc
    return t.i > 0 and doc[t.i - 1].lower_ in _NUMBERED and doc[t.i - 1].text[:1].isupper() and t.text.isdigit() \
        and len(t) <= 2 and (t.i + 1 == len(doc) or not doc[t.i + 1].like_num)


def _back(doc: Doc, ent: Span) -> list[Span]:
    """A dateline's date or a byline word after a name ("Anushka Trivedi Dec 7", "Jr ." keeps "Jr"); a score after
    a name of any kind ("Leeds 2-0" as a PRODUCT, "TeamOne 3-2"): the name alone, labelled as the gazetteer knows it."""
    if len(ent) < 2 or ent.label_ not in _NAMED:
        return [ent]
    end = ent.end
    for t in ent[1:]:
        if _score_at(doc, t.i) or ent.label_ in ("PERSON", "ORG") and (
                t.lower_ in _MONTHS or t.lower_ in _BYLINE or t.like_num and not _numbered_name(t)):
            end = t.i
            break
    while end - ent.start > 1 and doc[end - 1].text == ".":
        end -= 1
    if end == ent.end:
        return [ent]
    part = doc[ent.start:end]
    return _sub(doc, ent.start, end, ent.label_ if ent.label_ in ("PERSON", "ORG") else _guess(part, ent))


def _glued(doc: Doc, i: int) -> bool:
    """Is token i a hyphen with no space on either side?"""
    return 0 < i < len(doc) - 1 and doc[i].text in _HYPHENS and not doc[i].whitespace_ \
        and not doc[i - 1].whitespace_


def _hyphen_compounds(doc: Doc, ents: list[Span]) -> list[Span]:
    """"Berlin-based", "EU-UK", "post-Covid-19": the name and its hyphened words are one NORP (OntoNotes'
    label for such modifiers; CoNLL's MISC, which the NER evaluation maps it to)."""
    out: list[Span] = []
    skip = -1
    for k, ent in enumerate(ents):
        if k <= skip:
            continue
        start, end = ent.start, ent.end
        if ent.label_ in _NAMED and _glued(doc, end):
            nxt = ents[k + 1] if k + 1 < len(ents) else None
            if nxt is not None and nxt.start == end + 1:
                end, skip = nxt.end, k + 1
            elif doc[end + 1].is_lower and doc[end + 1].is_alpha:
                end += 2
        if ent.label_ in _NAMED and start > 1 and _glued(doc, start - 1) and doc[start - 2].is_lower:
            start -= 2
        out.append(ent if (start, end) == (ent.start, ent.end) else Span(doc, start, end, "NORP"))
    return out


_PARTICLE = r"(?:de|da|di|do|du|van|von|der|den|bin|ibn|al|el|le|la|lo|dos|del)"
_PERSON_NAME = rf"[A-Z][A-Za-z'\u2019.\-]+(?: (?:{_PARTICLE} )?[A-Z][A-Za-z'\u2019\-]+){{1,3}}"
#: A byline in brackets: "( Reporting by A and B in Jakarta ; Editing by C )", "( By Robyn Mak )".
BYLINE = re.compile(r"\(\s*((?:(?:Additional |additional )?(?:Reporting|reporting|Writing|writing|Editing|editing|"
                    r"Compiled|compiled)\s+)?[Bb]y\s[^()]{3,200})\)")
#: A photo credit: an agency, a slash and the photographer ("REUTERS / Dado Ruvic / File Photo").
PHOTO_CREDIT = re.compile(rf"(?:^|\n)[ \t]*(?:REUTERS|Reuters|AFP|AP|EPA|Getty Images)[ \t]*/[ \t]*({_PERSON_NAME})"
                          r"[ \t]*(?=/|\n|$)")


def credited_people(doc: Doc) -> list[Span]:
    """The people a byline or a photo credit names (see the module docstring)."""
    text = extensions.doc_text(doc)
    if "by" not in text and "/" not in text:
        return []
    found = [(m.start(1), m.end(1)) for m in PHOTO_CREDIT.finditer(text)]
    for m in BYLINE.finditer(text):
        for part in re.finditer(r"\b[Bb]y\s+([^;]+)", m.group(1)):
            names = re.split(r"\s+in\s+[A-Z]", part.group(1))[0]
            at = m.start(1) + part.start(1)
            for name in re.finditer(r"[^,]+?(?=\s*(?:,|\band\b|$))", names):
                piece = name.group(0).strip()
                piece = piece[4:] if piece.startswith("and ") else piece
                if re.fullmatch(_PERSON_NAME, piece):
                    begin = at + name.start() + name.group(0).index(piece)
                    found.append((begin, begin + len(piece)))
    spans = (doc.char_span(s, e, label="PERSON") for s, e in found)
    return [s for s in spans if s is not None]
