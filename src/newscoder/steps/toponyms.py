"""Recognition: the toponyms an article names, before any is resolved (used by ``places``).

Toponyms are the spaCy GPE/LOC/FAC entities, plus entities the small model mislabels (Manbij as
PRODUCT, "Afrin, Jarablus" as one ORG, Al-Bab as PERSON), places inside organisations' names ("the U.S.
Centers for Disease Control", "University of Georgia", "Taco Bell Canada"), wire datelines, county
lists ("Cooke, Grayson and Love counties"), qualifiers ("Springfield, Ill."), a US lawmaker's home town
("Rep. Jane Holt, R-Hutchinson") and "X-based" / "X-area" ("a Houston-based firm"). Which of them are
places is decided by ``places._keep``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from .. import extensions
from ..knowledge import countries as country_table
from ..knowledge import firms as firm_table
from ..knowledge import gazetteer
from ..knowledge.gazetteer import Place
from ..knowledge.gazetteer_sources import GENERIC_NAMES
from .geo_resolve import candidates, name_key, prior, state_of

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
MISLABELS = frozenset({"ORG", "PERSON", "PRODUCT", "WORK_OF_ART", "EVENT", "NORP"})

INSTITUTIONS = frozenset(
    """Police Department County Sheriff Sheriff's Fire House Senate State University College School
    Schools Hospital City Council Board Chamber Airport Public Area Regional Community Historical
    Museum Library Court District Legislature Assembly Housing Transit Health Parks Zoo Township
    Municipal Medical Metro Metropolitan Police""".split()
)
_SPLIT = re.compile(r"\s*(?:,|;|\band\b|&)\s*")
_DIRECTION = re.compile(r"^(?:north|south|east|west|central|northern|southern|eastern|western|"
                        r"north-?eastern|north-?western|south-?eastern|south-?western|"
                        r"northeast|northwest|southeast|southwest)$", re.I)


@dataclass
class Mention:
    """One toponym in the text, with its candidates and the chosen place."""

    text: str
    start: int
    end: int
    label: str
    qualifier: str = ""  # "Ill." in "Springfield, Ill."
    metonym: bool = False
    weight: float = 1.0  # how much the mention says the article is about this place
    candidates: list[Place] = field(default_factory=list)
    place: Place | None = None
    unit: str = ""  # "County" for "Cooke" in "Cooke and Grayson counties"
    confidence: float | None = None  # set by resolution
    in_name: str | None = None  # the organisation's name the place is part of
    dateline: bool = False  # the town a wire story is filed from ("NEW YORK, March 3 -")
    division_said: bool = False  # a division named like its big city, said as the division ("upstate New York")

    @property
    def name(self) -> str:
        """The name looked up: the text, with its unit when a list gave it one."""
        return f"{self.text} {self.unit}" if self.unit else self.text



# ---------------------------------------------------------------- recognition


text_of = extensions.doc_text  # the doc's text, built once (``Doc.text`` joins all tokens at every access)


def _trim(doc, start: int, end: int) -> tuple[int, int]:
    """Char offsets without a leading "the" and a trailing "'s"."""
    text = text_of(doc)[start:end]
    m = re.match(r"(?i)the\s+", text)
    if m and end - start > m.end():
        start += m.end()
    m = re.search(r"(?:'s|’s|'|’)$", text_of(doc)[start:end])
    if m:
        end -= len(m.group())
    return start, end


def _parts(doc, span) -> list[tuple[int, int]]:
    """Split "Afrin, Jarablus" / "Springfield, Ill." into parts, as char offsets."""
    start, end = _trim(doc, span.start_char, span.end_char)
    out, pos = [], start
    for m in _SPLIT.finditer(text_of(doc), start, end):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < end:
        out.append((pos, end))
    return out


def _with_direction(doc, span, start: int) -> int:
    """Start of "northern Syria" when the gazetteer has the longer name, else ``start``."""
    if span.start == 0:
        return start
    prev = doc[span.start - 1]
    if not _DIRECTION.match(prev.text):
        return start
    base = candidates(span.text)
    longer = candidates(f"{prev.text} {span.text}")
    if base and base[0].feature == "country" and longer and longer[0].feature in ("admin", "region"):
        return prev.idx
    return start


def find_toponyms(doc) -> list[Mention]:
    """The place mentions of a doc (before resolution; mislabeled ones are checked later)."""
    mentions: list[Mention] = []
    for ent in doc.ents:
        if ent.label_ not in PLACE_LABELS and ent.label_ not in MISLABELS:
            continue
        parts = _parts(doc, ent)
        if not parts:
            continue
        comma = len(parts) == 2 and "," in text_of(doc)[parts[0][1]:parts[1][0]]  # "Trinidad and Tobago" is one name
        if ent.label_ in PLACE_LABELS and comma and _is_qualifier(text_of(doc)[slice(*parts[1])]):
            s, e = parts[0]
            mentions.append(Mention(text_of(doc)[s:e], s, e, ent.label_, qualifier=text_of(doc)[slice(*parts[1])]))
            continue
        for s, e in parts:
            text = text_of(doc)[s:e]
            if len(parts) == 1 and ent.label_ in PLACE_LABELS:
                s = _with_direction(doc, ent, s)
                e = _with_unit(doc, ent, e)
                text = text_of(doc)[s:e]
            elif len(parts) == 1 and ent.end < len(doc) and doc[ent.end].text in LOWER_DIVISION_WORDS \
                    and not _DIRECTION.match(ent.text) and country_table.by_demonym(ent.text) is None:
                # not "the first Northern state", "the Eastern province of", "Saudi state television"
                e = _with_unit(doc, ent, e)  # "Narino province", a name the model took for a people's
                text = text_of(doc)[s:e]
            mentions.append(Mention(text, s, e, ent.label_))
        if ent.label_ == "ORG" and not candidates(ent.text):
            mentions.extend(_in_institution(ent))
        if ent.label_ in ("ORG", "EVENT"):
            mentions.extend(_located_in(ent))
        if ent.label_ == "EVENT":
            mentions.extend(_where_it_was(ent))
    mentions = _extend(doc, mentions)
    mentions.extend(_unlabelled_qualifiers(doc, mentions))
    datelines = [d for d in dateline_matches(text_of(doc)) if not _listed(doc, d)]
    mentions.extend(_datelines(doc, mentions, datelines))
    mentions.extend(_named_by_pattern(doc))
    mentions = _unit_lists(doc, mentions)
    mentions = _counties(doc, mentions)
    spans = [d.span(1) for d in datelines[:1]]
    bodies = {e.end_char: e for e in doc.ents if e.label_ in ("ORG", "WORK_OF_ART", "FAC")}
    for m in mentions:
        _with_possessive(doc, m)
        m.dateline = any(s <= m.start and m.end <= e for s, e in spans)
        if m.dateline and m.label in MISLABELS:  # "LEXINGTON, Ky. --" that the model took for an organisation
            m.label = "DATELINE"
        _qualify(doc, m)
        if m.in_name is None and m.label in PLACE_LABELS:
            m.in_name = _cut_name(doc, m, bodies)
    return mentions


#: Titles whose "of" names a see or a realm, not where anything happens ("the Archbishop of Canterbury", "the Princess
#: of Wales"); nobles' titles ("the Duke of Orleans") are no places at all (``place_filters``).
_TITLE_OF = re.compile(r"\b(?:Prince|Princess|Archbishop|Bishop|Cardinal|Chancellor of the Duchy) of $")
#: Capitalised words after a place that go on with a name (the "Theatre" of "Princess of Wales Theatre").
_NAME_GOES_ON = re.compile(r"(?: [A-Z][a-z]+)+")
#: An office a place's name opens, a person's title ("New York State Comptroller", "the Virginia Attorney General"),
#: with a rank before it ("Deputy Ohio Attorney General").
_OFFICE_AFTER = re.compile(r"(?: State)? (?:Attorney General|Attorney|Comptroller|Trade Representative|Secretary of "
                           r"State|Treasurer|Ambassador|Envoy|Senator|Governor|Congressman|Congresswoman)\b")
_OFFICE_BEFORE = re.compile(r"\b(?:Assistant|Deputy|Acting) $")
#: A pact's, a negotiation's or a group of states' word after the town it is named after ("the Kyoto Protocol", "the
#: Oslo accords", "the Cartagena group", "the Paris Club"); not a summit, which happens there.
_PACT_AFTER = re.compile(r" (?:[Pp]rotocol|[Aa]ccords?|[Tt]reaty|Agreement|Convention|Consensus|Process|Group|Club|"
                         r"Declaration|[Cc]ommuniqu[eé]|group of (?:[\w-]+ ){0,2}(?:nations|countries|states))\b")
#   (lower-case "group", "agreement", "process" name no pact: "a Seattle group of tenants", "the U.S. agreement with
#   Japan", "the Boston process for school assignment")


def _a_country(name: str) -> bool:
    return any(p.feature == "country" and p.main for p in candidates(name)[:3])
#: A currency's word after a country's name ("U.S. dlrs", "Hong Kong dollars", "Taiwan dollar"); not words that are
#: verbs too ("Poland marks the day", "Britain pounds").
_CURRENCY_AFTER = re.compile(r" (?:dlrs?|dollars?|cents|francs?|lira|lire|guilders?|pesos?|rupees?|yuan|euros?|"
                             r"roubles?|rubles?|stg)\b")
#: Last words of a body's name the model cut after its place ("Inner Mongolia Yili Industrial").
_BODY_ENDS = INSTITUTIONS | frozenset("""Industrial Industries Airlines Airways Group Holdings Telecom Motors Theatre
    Theater Stadium Hotel Cathedral Choir Orchestra Commission Federation Foundation Institute Trust Bank Corp
    Corporation Company Co Inc Ltd Exchange""".split())


def _cut_name(doc, m: Mention, bodies: dict) -> str | None:
    """The name of a body or a title a place's name is part of where the model cut that name at the place (``in_name``):
    after "of", "for" or "and" that end or follow a body's entity ("the Boys Choir of" + "Harlem", "UN Economic
    Commission" + "for Latin America", "Police Federation of England" + "and Wales"), after a title's "of" ("the
    Archbishop of Canterbury", "the Princess of Wales Theatre"), before a body's last word ("Inner Mongolia Yili
    Industrial"), an office ("New York State Comptroller", "Assistant US Attorney") or a currency ("U.S. dlrs").
    ``bodies``: the
    organisations', works' and buildings' entities by their end."""
    text = text_of(doc)
    for ent in (bodies.get(end) for end in range(m.start - 1, max(0, m.start - 6), -1)):
        if ent is None:
            continue
        gap = text[ent.end_char:m.start]
        if (gap == " " and ent[-1].lower_ in ("of", "for")) or gap in (" of ", " for ") \
                or (gap == " and " and " of " in ent.text):
            return text[ent.start_char:m.end]
    money = (_CURRENCY_AFTER.match(text, m.end) if _a_country(m.text) else None) or _PACT_AFTER.match(text, m.end)
    if money:  # "12 mln U.S. dlrs", "Hong Kong dollars": a currency's name; "the Kyoto Protocol", "the Cartagena
        return text[m.start:money.end()]  # group": a pact or a group of states named after where it was made
    office = _OFFICE_AFTER.match(text, m.end)
    if office:  # "New York State Comptroller", "Assistant US Attorney", "U.S. Trade Representative": an office
        before = _OFFICE_BEFORE.search(text, max(0, m.start - 12), m.start)
        return text[before.start() if before else m.start:office.end()]
    title = _TITLE_OF.search(text, max(0, m.start - 40), m.start)
    after = _NAME_GOES_ON.match(text, m.end)
    body = after is not None and after.group().split()[-1] in _BODY_ENDS and len(after.group().split()) <= 3
    if title:  # "the Archbishop of Canterbury Dr Rowan Williams": the title ends at the see
        return text[title.start():after.end() if body else m.end]
    return text[m.start:after.end()] if body else None


#: Words that join the parts of one name ("Trinidad and Tobago", "Bosnia-Herzegovina"), never at its ends.
_JOINERS = frozenset({"and", "of", "de", "del", "du", "la", "-", "&"})
#: How far a name may grow beyond the model's entity: tokens before it, tokens after it.
GROW_LEFT, GROW_RIGHT = 2, 3


def _name_word(tok) -> bool:
    """A word that can be part of a place's name: capitalised or in capitals ("St.", "PAUL"), no number."""
    return tok.text[:1].isupper() and not any(ch.isdigit() for ch in tok.text) and "\n" not in tok.whitespace_


def _grown(doc, m: Mention) -> tuple[int, int] | None:
    """The longest stretch of name words around a mention that the gazetteer knows by a main name, when the
    model cut the name short ("Belle" of "Belle Plaine", "Mashonaland" of "Mashonaland West", "St. Kitts" of
    "St. Kitts and Nevis", "PAUL" of "ST. PAUL"); None when no longer stretch is a place's name."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return None
    lo, hi = span.start, span.end
    while lo > 0 and span.start - lo < GROW_LEFT and _name_word(doc[lo - 1]) and not doc[lo - 1].whitespace_ == "":
        lo -= 1
    while hi < len(doc) and hi - span.end < GROW_RIGHT and (_name_word(doc[hi]) or doc[hi].lower_ in _JOINERS) \
            and "\n" not in doc[hi - 1].whitespace_:
        hi += 1
    best = None
    for i in range(lo, span.start + 1):
        for j in range(hi, span.end - 1, -1):
            if (i, j) == (span.start, span.end) or doc[j - 1].lower_ in _JOINERS or doc[i].lower_ in _JOINERS:
                continue
            text = doc[i:j].text
            if gazetteer.key(text) != gazetteer.key(m.text) and any(p.main for p in candidates(text)):
                if best is None or j - i > best[1] - best[0]:
                    best = (i, j)
                break
    if best is None:
        return None
    return doc[best[0]].idx, doc[best[1] - 1].idx + len(doc[best[1] - 1].text)


def _extend(doc, mentions: list[Mention]) -> list[Mention]:
    """Each place entity grown to the whole name the gazetteer knows (``_grown``); the mentions it then
    covers (the model's "Gun" and "Barrel City" of "Gun Barrel City") go."""
    out: list[Mention] = []
    for m in mentions:
        grown = _grown(doc, m) if m.label in PLACE_LABELS and not m.qualifier else None
        if grown is not None:
            s, e = grown
            m = Mention(text_of(doc)[s:e], s, e, m.label)
        out.append(m)
    wide = [m for m in out if m.label in PLACE_LABELS]
    return [m for m in out if not any(w is not m and w.start <= m.start and m.end <= w.end
                                      and w.end - w.start > m.end - m.start for w in wide)]


#: A dateline after a sentence, where a headline was glued to the story ("... tax worker. ST. PAUL -- No"), with
#: the state or country that may follow its town ("... trade deal. NAIROBI, Kenya - Kenya and Ethiopia signed") and
#: the agency ("... rates rise. NEW YORK (Reuters) - Shares"); also after a byline's date ("March 29, 2009
#: PATASKALA --"), with three hyphens ("COLUMBIA --- South"), a dash and no space ("FALLS VILLAGE\u2014The") or a colon
#: ("... crops. BEIRUT: Israel deliberately flooded").
SENTENCE_DATELINE = re.compile(
    r"(?:(?<=[.!?] )|(?<=\d{4} ))([A-Z][A-Z.'\-]{2,}(?: [A-Z][A-Z.'\-]+){0,3})"
    r"(?:, [A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){0,2})?"
    r"(?:[ \t]*\((?:" + "|".join(country_table.AGENCIES) + r")\))?"
    r"(?:[ \t]*-{1,3}[ \t]|[ \t]*[\u2014\u2013\x97](?:[ \t]|(?=[A-Z]))|:[ \t](?=[A-Z\"]))")


def dateline_matches(text: str) -> list[re.Match]:
    """The lines and sentences of the first 2,000 characters that open like a dateline, in text order: the first is
    the story's dateline. A story is filed from one place; the later ones are a round-up's section heads ("...
    BRITAIN - Gilts struggled. ITALY - Bond futures held"), which name a country or a market, not a town."""
    head = text[:2000]
    return sorted([*country_table.DATELINE.finditer(head), *SENTENCE_DATELINE.finditer(head)], key=lambda d: d.start(1))


_POSSESSOR = re.compile(r"(?<![\w'’])[A-Z][a-z]+(?:'s|’s) $")


def _with_possessive(doc, m: Mention) -> None:
    """"People's Republic of China" split by the model at the possessive: the whole name when the
    gazetteer knows it ("Republic of China" alone is Taiwan)."""
    before = _POSSESSOR.search(text_of(doc), max(0, m.start - 30), m.start)
    if before:
        longer = text_of(doc)[before.start():m.end]
        if any(p.main for p in candidates(longer)):
            m.text, m.start = longer, before.start()


#: A town this big, or a capital, is the bureau an agency's dateline names without a state; a smaller one may be a
#: town of the paper's own state (AP's regional copy omits it: "LEBANON (AP) -" in an Ohio story).
BUREAU_CITY = 500_000
#: An agency after a dateline's town, or after the other bureaus of a shared one ("WASHINGTON/NEW YORK (Reuters)").
_AGENCY_AFTER = re.compile(r"(?:/[A-Z][A-Z.' -]*)*[ \t]*\((?:" + "|".join(country_table.AGENCIES) + r")\)")


def dateline_candidates(m: Mention, found: list[Place], text: str = "") -> list[Place]:
    """A dateline names a town ("NEW YORK -" is the city, not the state), in the country that follows it
    if one does ("SUN CITY, South Africa -": no town of that name there, no guess elsewhere). A dateline without a
    state or country names a national capital where one bears the name ("WASHINGTON -"), and an agency's names a
    bureau's big city ("NEW YORK (Reuters) -"), whatever towns the story names (Princeton, New Jersey, does not make
    it Washington, New Jersey; read on LGL's halves, a local paper's "HAMILTON -" or "COLUMBUS -" stays its town)."""
    if not m.dateline:
        return found
    towns = [p for p in found if p.feature == "city"]
    quals = candidates(m.qualifier) if m.qualifier else ()
    # "VALDOSTA, Georgia (Reuters)": a division of that name holding a town of the dateline's name says it before a
    # country of that name holding none
    states = {state_of(q) for q in quals if q.feature == "admin" and q.main}
    in_state = [p for p in towns if state_of(p) in states]
    if in_state:
        return in_state
    country = [q for q in quals if q.feature == "country" and q.main]
    if country:
        return [p for p in towns if p.iso3 == country[0].iso3]
    if towns and not m.qualifier:
        top, agency = max(towns, key=prior), _AGENCY_AFTER.match(text, m.end)
        if top.capital or (agency and top.population >= BUREAU_CITY):
            return [top]  # not "LEBANON (AP)" of an Ohio paper's copy
    return towns or found


_LIST_NAME = r"[A-Z][A-Za-z'.-]+(?: [A-Z][A-Za-z'.-]+)?"
_UNIT_WORD = re.compile(rf" (counties|parishes|provinces|states|regions|districts|governorates|prefectures|oblasts)\b"
                        rf"(?: (?:in|of) ({_LIST_NAME}))?")
#: The type word a plural names each item of a list by ("the Manicaland and Midlands provinces").
UNIT_OF_PLURAL = {"counties": "County", "parishes": "Parish", "provinces": "Province", "states": "State",
                  "regions": "Region", "districts": "District", "governorates": "Governorate",
                  "prefectures": "Prefecture", "oblasts": "Oblast"}
_ITEM_END = re.compile(rf"(?<![\w'.-])({_LIST_NAME})$")
_JOIN_END = re.compile(r"(?:,? (and|or|&) |, )$")


def _unit_lists(doc, mentions: list[Mention]) -> list[Mention]:
    """"Cooke, Grayson and Love counties": each name is a county (a parish), qualified by the state
    that may follow ("... counties in Georgia"); it replaces any town mention of that name there. So are the
    items of "the Mashonaland West, Manicaland and Midlands provinces" divisions of that type."""
    text = text_of(doc)
    for hit in _UNIT_WORD.finditer(text):
        unit = UNIT_OF_PLURAL[hit.group(1)]
        qualifier = hit.group(2) if hit.group(2) and _is_qualifier(hit.group(2)) else ""
        items = _list_before(text, hit.start())
        if hit.group(0).endswith(f" of {hit.group(2)}"):  # "the provinces of Mashonaland West and Midlands"
            qualifier, items = "", items + _list_after(text, hit.start(2))
        for s, e in items:
            if _division_named(f"{text[s:e]} {unit}"):
                mentions = [m for m in mentions if not (m.start < e and s < m.end)]
                mentions.append(Mention(text[s:e], s, e, "UNIT", qualifier=qualifier, unit=unit))
    return sorted(mentions, key=lambda m: m.start)


_COUNTY = re.compile(r"\b([A-Z][a-z]+(?:[ .-][A-Z][a-z]+)? (?:County|Parish))\b")
#: A name before a division's word in lower case ("Guerrero state police", "the Helmand province"); the word is
#: left out of the mention (the name is the place).
_DIVISION_AFTER = re.compile(r"\b([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?) (province|state|governorate|oblast|prefecture)\b")


def _division_named(name: str) -> bool:
    """Whether the gazetteer knows a division (a state, a province, a county) by ``name`` ("Manicaland Province")."""
    return any(p.feature in ("admin", "county") and p.main for p in candidates(name)[:3])


def _counties(doc, mentions: list[Mention]) -> list[Mention]:
    """"Rapides Parish", "Lamar County" written out wherever they stand (the model tags the first a person in
    "Rapides Parish Fire District"): a county the gazetteer knows, unless a mention already covers it."""
    text = text_of(doc)
    added = []
    for hit in _COUNTY.finditer(text):
        s, e = hit.span(1)
        if any(m.start < e and s < m.end and m.label in PLACE_LABELS | {"UNIT"} for m in mentions):
            continue
        if any(p.feature == "county" for p in candidates(hit.group(1))):
            added.append(Mention(hit.group(1), s, e, "UNIT"))
    for hit in _DIVISION_AFTER.finditer(text):
        s, e = hit.span(1)
        if any(m.start < hit.end() and s < m.end and m.label in PLACE_LABELS | {"UNIT"} for m in mentions + added):
            continue
        unit = hit.group(2).capitalize()
        for start in dict.fromkeys((s, text.rfind(" ", s, e) + 1 or s)):  # "Four Guerrero state police": Guerrero
            name = text[start:e]
            if gazetteer.key(name) not in GENERIC_NAMES and _division_named(f"{name} {unit}"):
                added.append(Mention(name, start, e, "UNIT", unit=unit))
                break
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def _list_before(text: str, end: int) -> list[tuple[int, int]]:
    """Spans of the names of "A, B and C" ending at ``end``, read backwards (no backtracking)."""
    items: list[tuple[int, int]] = []
    while True:
        item = _ITEM_END.search(text, max(0, end - 60), end)
        if not item:
            break
        items.append(item.span(1))
        join = _JOIN_END.search(text, max(0, item.start() - 8), item.start())
        if not join or (len(items) == 1 and not join.group(1)):
            break
        end = join.start()
    return items if len(items) >= 2 else []


_ITEM_START = re.compile(_LIST_NAME)
_JOIN_START = re.compile(r",? (and|or|&) |, ")


def _list_after(text: str, start: int) -> list[tuple[int, int]]:
    """Spans of the names of "A, B and C" starting at ``start`` (two at least, the last after "and" or "or")."""
    items: list[tuple[int, int]] = []
    while len(items) < 12:
        item = _ITEM_START.match(text, start)
        if not item:
            break
        items.append(item.span())
        join = _JOIN_START.match(text, item.end())
        if join is None:
            return []  # no "and" or "or" before a last name: no list
        if join.group(1):
            last = _ITEM_START.match(text, join.end())
            if last is None:
                return []
            # a sentence's full stop is no part of the last name ("... and Midlands.")
            end = last.end() - 1 if last.group().endswith(".") and len(last.group().split()[-1]) > 4 else last.end()
            return [*items, (last.start(), end)]
        start = join.end()
    return []


#: What follows a town's qualifier that is no list of places ("in Ashfield, Nottinghamshire." but not "in Boston,
#: Texas and Ohio").
_LIST_ENDS = re.compile(r"(?:[.;:)!?]|\s*$|,? (?![A-Z]|and |or ))")
_NEXT_QUALIFIER = re.compile(r" ?,\s*([A-Z][A-Za-z]*\.?(?: [A-Z][A-Za-z]*\.?)?(?: [A-Z][a-z]+)?)")


def _unlabelled_qualifiers(doc, mentions: list[Mention]) -> list[Mention]:
    """A first-order division after a town and a comma that the model did not call a place ("in Ashfield,
    Nottinghamshire"): a place of its own, and the town's qualifier (``_qualify``)."""
    text, out = text_of(doc), []
    taken = [(m.start, m.end) for m in mentions]
    for m in mentions:
        if m.label not in PLACE_LABELS:
            continue
        after = _NEXT_QUALIFIER.match(text, m.end)
        if not after:
            continue
        words = after.group(1).split()
        for n in range(len(words), 0, -1):
            q = " ".join(words[:n])
            q = q[:-1] if q.endswith(".") and len(q) > 5 else q  # a sentence's full stop, not "Ill."
            s = after.start(1)
            e = s + len(q)
            if any(a < e and s < b for a, b in taken):
                if any(a <= s and e <= b for a, b in taken):
                    break  # the model's own place already
                continue  # a longer run into the next sentence's name ("Nottinghamshire. UKIP")
            if "." not in q and any(p.feature == "admin" and p.main for p in candidates(q)[:1]) \
                    and gazetteer.key(q) != gazetteer.key(m.text) and _LIST_ENDS.match(text, e):
                # (not "D. C.", "Ill.": a postal qualifier; not "In Sydney, Victoria Smith won", "Bavaria's leader")
                out.append(Mention(q, s, e, "GPE"))
                taken.append((s, e))
                break
    return out


def _qualify(doc, m: Mention) -> None:
    """"Dublin, Ohio" / "PALESTINE, Texas --" as two entities: the state or country right after
    a town is its qualifier, when the town has a namesake there."""
    if m.qualifier or m.unit:
        return
    after = _NEXT_QUALIFIER.match(text_of(doc), m.end)
    if not after:
        return
    words = after.group(1).split()
    found = candidates(m.text)
    if not found:
        return
    area = found[0].feature in ("country", "admin", "continent")  # "Lebanon, Indiana" is a town; "Lebanon, Syria"
    # is a list of two countries
    for n in range(len(words), 0, -1):  # "Texas Department" -> "Texas"
        q = " ".join(words[:n])
        if _is_qualifier(q) and gazetteer.key(q) != gazetteer.key(m.text):
            if area and not any(c.feature == "admin" for c in candidates(q)[:1]):
                return
            if any(p.feature in ("city", "county") and _in_qualifier(p, q) for p in found) or (
                    not area and _at_line_start(doc, m)):  # a dateline's country holds even with no namesake there
                m.qualifier = q
            elif all(p.feature == "city" for p in found) and candidates(q)[0].feature == "admin" \
                    and _LIST_ENDS.match(text_of(doc), after.start(1) + len(q.rstrip("."))):
                m.qualifier = q  # "Ashfield, Nottinghamshire": a town the gazetteer lacks there, not one elsewhere
            return


def _at_line_start(doc, m: Mention) -> bool:
    text = text_of(doc)
    return not text[text.rfind("\n", 0, m.start) + 1:m.start].strip()


def _in_qualifier(p: Place, qualifier: str) -> bool:
    return any(q.feature in ("admin", "country") and q.iso3 == p.iso3 and q.main
               and (q.feature == "country" or state_of(q) == state_of(p)) for q in candidates(qualifier))


_OF_PLACE = re.compile(r"^(?:(?:City|Town|Village|County|Province|State|Commonwealth|Republic|Borough|"
                       r"Township) of )(?=[A-Z])")
_WORD = re.compile(r"\S+")
_CUT = re.compile(r"[\s-]+")
#: First words that are no place by themselves ("Lake Lanier" is not the town of Lake).
_NO_HEAD = frozenset("lake river mount mt north south east west saint st new old upper lower fort port little "
                     "big grand main park san santa los las el la de del".split())


#: A town this big is the place a longer unknown name starts with even before a word that is no place.
GIVEN_NAME_TOWN = 100_000


def _given_name(first: str, second: str) -> bool:
    """"Elia Kazanjoglus": a small town's name before one capitalised word no gazetteer or institution list knows is a
    given name and a surname, not the town ("Elia", a Cretan village)."""
    if not (second[:1].isupper() and second.isalpha()) or second in INSTITUTIONS or candidates(second):
        return False
    found = candidates(first)
    return bool(found) and all(p.feature == "city" and p.population < GIVEN_NAME_TOWN for p in found)


def to_known_part(m: Mention) -> None:
    """An unknown multiword place name narrowed to the place it says it is in ("the Great Hall of the People in
    Beijing"), the town, county or state it starts with
    ("North Las Vegas Police Department", "Titus County Sheriff's Office"), names after "of"
    ("Province of Ontario") or, failing those, ends with ("Historic Dublin"), when the gazetteer
    knows that part by its main name."""
    last = m.text.rsplit(None, 1)[-1].lower()
    if last in _STREET_WORDS:
        return  # a street is in its town, but is not the town its first word names ("Carver Street")
    if last in _LANDFORM_WORDS and not any(p.population >= BIG_TOWN_WATER for p in candidates(m.text.split()[0])):
        return  # nor is a harbour, a bay or an island a small town of its first word ("Pearl Harbor" of Pearl,
        # Mississippi); a city's own harbour or bay lies by it ("Boston Harbor", "Manila Bay")
    located = m.text.rfind(" in ")
    if located > 0 and m.text[located + 4:located + 5].isupper() and _narrow(m, m.start + located + 4, m.end):
        m.label = "GPE"  # "the Great Hall of the People in Beijing": the place it is in, named as a place
        return
    lead = _OF_PLACE.match(m.text)
    if lead:
        _narrow(m, m.start + lead.end(), m.end)
        return
    words = list(_WORD.finditer(m.text))
    if len(words) == 2 and _given_name(words[0].group(), words[1].group()):
        return
    if words[-1].group() in MEDIA_WORDS:
        return  # a newspaper's name ("The Salt Lake Tribune"): not the town of Tribune, Kansas
    for n in range(len(words) - 1, 0, -1):
        last = words[n - 1].group()
        if last[:1].isupper() and not last.endswith((",", "'s", "’s")):
            if _narrow(m, m.start, m.start + words[n - 1].end()):
                return
    for cut in _CUT.finditer(m.text):  # "Historic Dublin", "D-Iowa City", "North West England"
        if m.text[cut.end():cut.end() + 1].isupper() and _narrow(m, m.start + cut.end(), m.end):
            return


#: Last words of a newspaper's or a broadcaster's name: such a name is narrowed to no part of it.
MEDIA_WORDS = frozenset("""Times Daily Herald Journal Tribune Gazette Chronicle Telegraph Courier Observer Globe
    Inquirer Examiner Dispatch Bulletin Post Echo Mirror Argus Advertiser Sentinel Register Record Enquirer Recorder
    Statesman Mail Express Standard Reporter""".split())
#: Last words of a street's name: such a name is narrowed to no part of it.
_STREET_WORDS = frozenset("street road avenue lane drive square boulevard highway".split())
#: A town this big names the harbour or bay beside it.
BIG_TOWN_WATER = 100_000
#: Last words of a name of a landform or a body of water the gazetteer lacks.
_LANDFORM_WORDS = frozenset("harbor harbour bay island islands peninsula strait gulf reef lagoon canyon".split())
#: Words a long name is never narrowed to ("Rift Valley Province" is not Valley, Nebraska; "Mahim Bay" not Bay;
#: "Downing Street", "Bond Road" are streets, not the towns of Street or Road).
_GENERIC_PART = GENERIC_NAMES | {"bay", "valley", "province", "region", "state", "district", "county", "city", "town",
                                 "village", "hall",
                                 "street", "road", "avenue", "lane", "drive", "square", "boulevard", "highway",
                                 "place", "court", "bridge", "hill", "park", "gate"}


def _narrow(m: Mention, start: int, end: int) -> bool:
    text = m.text[start - m.start:end - m.start]
    if text.lower().strip(".") in _NO_HEAD or _DIRECTION.match(text) or name_key(text) in _GENERIC_PART:
        return False
    found = candidates(text)
    if not found or not found[0].main or found[0].feature not in ("city", "county", "admin", "country"):
        return False
    m.text, m.start, m.end, m.candidates = text, start, end, list(found)
    return True


#: Words after a name that make it a division ("Laurel County", "Benue state", "Idlib province"); "State"
#: is left out ("Ohio State" is a university).
UNIT_WORDS = frozenset("""County Parish Township Province province state Governorate governorate Oblast oblast
    Prefecture prefecture Region region Krai krai Canton canton""".split())
DIVISIONS = frozenset({"admin", "county"})
#: The words of a first-order division in lower case after its name; news writes "province" for a department or a
#: region of the country's own naming ("Narino province" is Colombia's department of Nariño).
LOWER_DIVISION_WORDS = frozenset({"province", "state", "governorate", "oblast", "prefecture", "region", "krai"})
DIVISION_KINDS = ("Department", "Province", "Region", "State", "Governorate", "Oblast", "Prefecture")


def _with_unit(doc, span, end: int) -> int:
    """End of "Laurel County", "Benue state" when spaCy stopped at the name and the gazetteer has it."""
    if span.end < len(doc) and doc[span.end].text in UNIT_WORDS:
        longer = f"{span.text} {doc[span.end].text}"
        if candidates(longer):
            return doc[span.end].idx + len(doc[span.end].text)
    return end


#: A type word before a name ("the city of Sao Paulo", "the state of Washington", "the province of Ontario") and
#: the features it allows.
#: ... and the sees and mayoralties named after a town: "the Archbishop of Canterbury" is not New Zealand's
#: Canterbury region, "the Bishop of Durham" not a Canadian regional municipality.
_TYPE_BEFORE = re.compile(r"(?i)\b(city|town|village|state|province|county|parish|(?:arch)?bishop|"
                          r"(?:arch)?diocese|mayor) of $")
TYPE_FEATURES = {"city": {"city"}, "town": {"city"}, "village": {"city"}, "state": {"admin"},
                 "province": {"admin", "county"}, "county": {"county"}, "parish": {"county"}, "bishop": {"city"},
                 "archbishop": {"city"}, "diocese": {"city"}, "archdiocese": {"city"}, "mayor": {"city"}}


def type_word_candidates(doc, m: Mention, found: list[Place]) -> list[Place]:
    """A name after "the city of", "the state of"... means a place of that type when the gazetteer has one
    ("the city of Sao Paulo" is not the state, "the state of Washington" not the capital); a name in a list of
    provinces ("Phuket and five other provinces") or after "the province of" means the province, which the
    gazetteer may know only as its seat's division (``_seat_divisions``)."""
    text = text_of(doc)
    before = _TYPE_BEFORE.search(text, max(0, m.start - 16), m.start)
    if m.dateline:
        return found
    if before is None:
        if _PROVINCES_AFTER.match(text, m.end):
            divisions = [p for p in found if p.feature in DIVISIONS]
            have = {p.iso3 for p in divisions}
            divisions += [p for p in _seat_divisions(m.text, found) if p.iso3 not in have]
            return divisions or found
        return found
    word = before.group(1).lower()
    typed = [p for p in found if p.feature in TYPE_FEATURES[word]]
    if not typed:  # "the state of Washington": the gazetteer knows the state as "Washington state"
        typed = [p for p in candidates(f"{m.text} {word}") if p.feature in TYPE_FEATURES[word]]
    if not typed and "admin" in TYPE_FEATURES[word]:  # "the province of Masbate"
        typed = _seat_divisions(m.text, found)
    return typed or found


#: A list of provinces a name opens ("Phuket and five other provinces", "Aceh, Nias and two other provinces").
_PROVINCES_AFTER = re.compile(r"(?:,? (?:and|or) (?:[\w-]+ ){0,3}|(?:, [A-Z][\w-]+)+,? and (?:[\w-]+ ){0,3}| )"
                              r"(?:provinces|prefectures|governorates|oblasts)\b")


def _seat_divisions(name: str, found: list[Place]) -> list[Place]:
    """The first-order division a town of that name is the seat of and is named after, where the gazetteer has no
    entry for it (Masbate, Phuket, Fukuoka): a division at its seat's point, without a GeoNames id."""
    out, seen = [], set()
    for p in found:
        if p.feature == "city" and p.main and p.admin1_name and gazetteer.key(p.admin1_name) == gazetteer.key(name) \
                and p.iso3 not in seen:
            out.append(replace(p, id=-abs(p.id), feature="admin", population=0, capital=False, alt_names=0))
            seen.add(p.iso3)
    return out


def division_candidates(text: str, found: list[Place]) -> list[Place]:
    """A name with a division's word ("Washington state", "Ankara province") means the division when
    the gazetteer has one of that name, or a first-order division of that name of another kind ("Narino province":
    the department), or the division its seat is named after ("Masbate province": ``_seat_divisions``)."""
    words = text.split()
    if len(words) < 2 or words[-1] not in UNIT_WORDS:
        return found
    divisions = [p for p in found if p.feature in DIVISIONS]
    if not divisions and words[-1] in LOWER_DIVISION_WORDS:  # the country calls it otherwise
        bare = " ".join(words[:-1])
        for kind in DIVISION_KINDS:
            divisions = [p for p in candidates(f"{bare} {kind}") if p.feature == "admin" and p.main]
            if divisions:
                break
        if not divisions:
            divisions = _seat_divisions(bare, candidates(bare))
    return divisions or found


def _in_institution(ent) -> list[Mention]:
    """The place in "Mansfield Police Department", "University of Georgia" (a line break inside the name is
    no word of it: "Bank of\nJapan")."""
    tokens = [t for t in ent if not t.is_space]
    if tokens and tokens[0].lower_ == "the":
        tokens = tokens[1:]
    for n in (3, 2, 1):
        if len(tokens) > n and all(t.text[:1].isupper() for t in tokens[:n]):
            span = ent.doc[tokens[0].i:tokens[n - 1].i + 1]
            found = candidates(span.text)
            state = found and found[0].main and found[0].feature in ("country", "admin", "county")
            if found and (state or tokens[n].text in INSTITUTIONS):
                return [_part_of(ent, span)]
    for i, t in enumerate(tokens[:-1]):
        if t.lower_ == "of" and i > 0 and tokens[i - 1].text in ("University", "College", "State", "Bank"):
            span = ent.doc[tokens[i + 1].i:tokens[-1].i + 1]
            if candidates(span.text):
                return [_part_of(ent, span)]
    while len(tokens) > 2 and firm_table.LEGAL_FORM.fullmatch(" " + tokens[-1].text):  # "Alcan Australia Ltd"
        tokens = tokens[:-1]
    for n in (2, 1):  # "Taco Bell Canada", "Shell Nigeria"
        if len(tokens) > n:
            span = ent.doc[tokens[-n].i:tokens[-1].i + 1]
            found = candidates(span.text)
            if found and found[0].main and found[0].feature == "country":
                return [_part_of(ent, span)]
    return []


def _located_in(ent) -> list[Mention]:
    """The place a name the model ran on through "in" locates it in ("the Great Hall of the People in Beijing", "the
    U.S. embassy in Ankara" as one entity): a place of the sentence, not a part of the name."""
    tokens = [t for t in ent if not t.is_space]
    for i, t in enumerate(tokens[1:-1], start=1):
        rest = tokens[i + 1:]
        if t.lower_ == "in" and t.text == "in" and all(r.text[:1].isupper() for r in rest) and len(rest) <= 3:
            span = ent.doc[rest[0].i:rest[-1].i + 1]
            found = candidates(span.text)
            if found and found[0].main:
                return [Mention(span.text, span.start_char, span.end_char, "GPE")]
    return []


#: Features an event may be named after as where it happens ("the Iraq war", "the Tennessee Senior Olympics").
EVENT_PLACES = frozenset({"country", "admin"})
#: ... a division this populous ("the Gulf War" is not fought in Papua New Guinea's Gulf province).
EVENT_DIVISION = 100_000
#: Last words of an event's name that happens where it is named after (the model labels laws and treaties EVENT too:
#: "the Iran Nuclear Agreement Review Act" is a US law).
EVENT_HEADS = frozenset("""war wars conflict crisis games olympics championship championships cup summit election
    elections revolution uprising invasion occupation genocide earthquake""".split())


def _where_it_was(ent) -> list[Mention]:
    """The country or first-order division an event's name opens with ("the Iraq war", "the Kosovo conflict", "the
    Ontario ParaSport Games"): where it happens, a place of the story; a town names a battle, a treaty or a festival
    ("Waterloo", "Woodstock") and a sea a war fought around it ("the Gulf War"), not a place of the story."""
    tokens = [t for t in ent if not t.is_space and t.lower_ != "the"]
    if not tokens or tokens[-1].lower_ not in EVENT_HEADS:  # not "the Iran Nuclear Agreement Review Act"
        return []
    for n in (2, 1):
        if len(tokens) > n and all(t.text[:1].isupper() for t in tokens[:n]):
            span = ent.doc[tokens[0].i:tokens[n - 1].i + 1]
            found = candidates(span.text)
            if found and found[0].main and found[0].feature in EVENT_PLACES and (
                    found[0].feature == "country" or found[0].population >= EVENT_DIVISION):
                return [Mention(span.text, span.start_char, span.end_char, "GPE")]
    return []


def _part_of(ent, span) -> Mention:
    """A place inside an organisation's name: marked with the name (its seat is not known here)."""
    return Mention(span.text, span.start_char, span.end_char, "ORG-PLACE", in_name=ent.text)


def _listed(doc, match: re.Match) -> bool:
    """Does a dateline-like match end at a bare comma that another word in capitals follows ("CHINA, ISRAEL
    DISCUSS PEACE"): a headline listing names, not a place and its date (a town named China is not where the story
    was filed)?"""
    after = text_of(doc)[match.end():match.end() + 30]
    return match.group(0).rstrip().endswith(",") and re.match(r"[ \t]*[A-Z]{2,}\b", after) is not None


def _datelines(doc, mentions: list[Mention], datelines: list[re.Match]) -> list[Mention]:
    """"MANSFIELD --" / "GAINESVILLE, Ga. -" at the start of the text or of a line, or after a sentence; and the
    countries of a round-up's later section heads ("ITALY - Bond futures held")."""
    out = []
    taken = {(m.start, m.end) for m in mentions}
    for n, m in enumerate(datelines):
        for name, s in country_table.dateline_parts(m):
            e = s + len(name)
            found = candidates(name) if (s, e) not in taken else ()
            if found and n == 0:
                out.append(Mention(text_of(doc)[s:e], s, e, "DATELINE"))
            elif any(p.feature == "country" and p.main for p in found):  # a section head names its country
                out.append(Mention(text_of(doc)[s:e], s, e, "GPE"))
    return out


#: A US lawmaker's party and home town after the name ("Rep. Jane Holt, R-Hutchinson, said", "(D-N.Y.)", "DFL-Cook").
#: A word of a name in these patterns: "N.Y.", "St.", "Va." or a word without a full stop (a sentence's end is no part
#: of a name: "... R-Hutchinson. The", "... from the Atlantic. The Charleston-based").
_PATTERN_WORD = r"(?:[A-Z]\.(?:[A-Z]\.)*|[A-Z][a-z]{0,2}\.|[A-Z][A-Za-z']*)"
_PATTERN_NAME = "(" + _PATTERN_WORD + "(?: " + _PATTERN_WORD + "){0,2})"
PARTY_HOME = re.compile(r"(?:(?<=, )|(?<=\())(?:R|D|I|DFL)-" + _PATTERN_NAME + r"(?=[.,);:]|\s|$)")
#: A place a firm or group is based in, an area named after it or a person's birthplace ("a Houston-based contractor",
#: "Atlanta-area calls", "New York-born Aguilera").
PLACE_BASED = re.compile(r"(?<![\w.-])(?:(?:The|A|An) )?" + _PATTERN_NAME + r"-(?:based|area|born)\b")


#: Two places joined by a hyphen before a noun ("the India-Pakistan border", "US-China trade talks", "Saudi
#: Arabia-Iran ties"): the parts of a NORP the entity rules made of it; not before a capital ("Kerry-Ann Hamilton").
PLACE_PAIR = re.compile(r"(?<![\w.-])(?:The )?([A-Z][A-Za-z.']*(?: [A-Z][A-Za-z.']*)?)[-\u2013]"
                        r"([A-Z][A-Za-z.']*(?: [A-Z][a-z]+)?)(?![\w-])")
_PAIR_AFTER = re.compile(r"\s+[a-z]|\s*[,.;:)]|\s*$")


def _place_pairs(text: str) -> list[Mention]:
    """The two places of "X-Y" (``PLACE_PAIR``) when neither is written as part of the other's name and the whole is
    no name the gazetteer knows ("Guinea-Bissau", "Schleswig-Holstein" stay whole)."""
    out = []
    for hit in PLACE_PAIR.finditer(text):
        if candidates(hit.group()):
            continue
        (s1, e1), (s2, e2) = hit.span(1), hit.span(2)
        first = next(((s, e1) for s in (s1, text.rfind(" ", s1, e1) + 1 or s1) if candidates(text[s:e1])), None)
        second = next(((s2, e) for e in (e2, text.find(" ", s2, e2) % (e2 + 1) or e2) if candidates(text[s2:e])
                       and _PAIR_AFTER.match(text, e)), None)
        if first and second:
            out += [Mention(text[slice(*first)], *first, "PAIR"), Mention(text[slice(*second)], *second, "PAIR")]
    return out


def _named_by_pattern(doc) -> list[Mention]:
    """Places the text names in a fixed pattern that the model reads as part of another name: a US lawmaker's home
    town ("PARTY-HOME", looked up among US places only), "X-based" / "X-area" ("BASED") and "X-Y" ("PAIR")."""
    text, out = text_of(doc), []
    for label, pattern in (("PARTY-HOME", PARTY_HOME), ("BASED", PLACE_BASED)):
        for hit in pattern.finditer(text):
            words = [w.span() for w in _WORD.finditer(text, *hit.span(1))]
            # the longest known name: a home town's words start after the party, a base's end at "-based"
            spans = [(words[0][0], words[n - 1][1]) if label == "PARTY-HOME" else (words[-n][0], words[-1][1])
                     for n in range(len(words), 0, -1)]
            known = next(((s, e) for s, e in spans if candidates(text[s:e])), None)
            if known:
                out.append(Mention(text[slice(*known)], *known, label))
    return out + _place_pairs(text)


def party_home_candidates(m: Mention, found: list[Place]) -> list[Place]:
    """A lawmaker's home town ("R-Hutchinson") is a US place."""
    return [p for p in found if p.iso3 == "USA"] if m.label == "PARTY-HOME" else found


@lru_cache(maxsize=5000)
def _is_qualifier(text: str) -> bool:
    """A state, province or country name that can follow a town ("Springfield, Ill.")."""
    return any(p.feature in ("admin", "country") and p.main for p in candidates(text))


