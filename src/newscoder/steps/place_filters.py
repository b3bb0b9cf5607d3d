"""Names that look like places but are not, here (used by ``places`` before resolution).

Each rule is a kind of mistake, not a name:

- **abbreviations**: a short all-caps word ("EU", "UN", "NATO") is a place only as a country's or a
  state's abbreviation ("US", "UK", "UAE"); towns spelled that way ("Eu" in France) are dropped;
- **names with "the"** that only towns bear ("the Republic", "the Duma", "the Congress"): news says
  "the" before a country, a region, a river or a sea, not before a town;
- **ships** ("the battleship Missouri", "USS Arizona") and **people** ("Mr. Jordan", "Sen. Paris");
- **things named after people** ("the Hutton inquiry", "the Marshall Plan"): a town's name before such a noun;
- **holidays** ("St. Patrick's Day", "Columbus Day"), **works** ("the film Casablanca"), **celestial
  bodies** ("life on Earth"), **parliaments** ("send to Congress"), and lower-case words the model took
  for names ("bush planes");
- **products named after places**: a vehicle model after its make ("a Jeep Cherokee", "Dodge Durango") and a
  crude oil grade ("Dubai crude", "Brent blend", "West Texas Intermediate"): a town or region followed by a
  grade word; a country or a state so followed stays a place ("Iraq crude exports" are Iraq's); Brent alone in a
  story of oil prices ("Brent was down at $49.10"), where nothing places it;
- **teams**: a state's or a city's name that plays in a sports story, told by its grammar ("No. 11 West Virginia
  recorded an 80-71 win", "beat Kansas", "a win over Georgetown", "against Oklahoma State"; ``_team``);
- **mixed-case acronyms** ("the BoE"): a body's, not the town an accent-free key matches ("Boé");
- **companies, ships and works named after a town** ("Sealy Mattress Co", "Delta Air Lines", "carmaker Toyota",
  "the cruise liner Crystal Harmony", "the thriller Constantine"): a name the article gives a company's last word
  or introduces with a company's, a ship's or a work's noun is that thing's in the whole article ("Sealy said",
  "Toyota sales jumped", "Sealy's shares"), unless it is used as a place there ("in Sealy", "the Sealy plant"); a
  country's or a state's name stays a place;
- **all-caps headlines**: a word of an all-caps line ("CHINA BANS ...") is a place only when it names a
  country, a state or a big city, or when the article names it as a place elsewhere in mixed case.
- **a state's two-letter abbreviation without its full stop** ("La Residence", "La Manche", "LA Cargo", "VA's
  health professionals"): a French or Spanish article or an agency's or a firm's initials; the state is written
  "La." or after its town ("Sulpher, La"), and its postal code before a number ("KY 80");
- **papers and broadcasters named after a place** ("the New York Times", "China Daily", "the Lansing State
  Journal", "Kenya Broadcasting Corporation", "Voice of America", "the Northern Echo"): the name says who reported,
  not where anything happened (a civic body's town, "the Athens Police Department", stays a place);
- **an acronym the article defines as a body's** ("the Palestinian Authority (PA)", "PA" later): that body, not
  the state the letters abbreviate elsewhere; an acronym defined as a place's ("the United Arab Emirates (UAE)")
  stays a place; a short name in brackets in any case ("the Program on International Policy Attitudes (Pipa)") is
  the body's in the whole article, as a company's is.
"""

from __future__ import annotations

import re

from ..knowledge import countries, gazetteer
from ..knowledge import firms as firm_table
from ..knowledge.gazetteer import Place
from .geo_resolve import COMPASS_ONLY, candidates
from .ner_sports import _SCORE, is_sports
from .toponyms import MEDIA_WORDS, text_of

__all__ = ["acronym_candidates", "firm_names", "forget_memos", "media_name", "not_a_place"]

SHIP_WORDS = frozenset(
    """ship ships vessel vessels battleship carrier frigate destroyer submarine cruiser tanker
    ferry liner yacht boat freighter warship uss hms hmas hmcs ins mv ss rv""".split()
)
PERSON_TITLES = frozenset(
    """mr mrs ms miss dr sen senator rep gov governor president judge justice coach sir lord lady
    mayor general gen col capt prof professor rev father sister brother""".split()
)
WORK_WORDS = frozenset("""film movie book novel song album documentary opera thriller comedy drama musical sitcom
    biopic blockbuster sequel""".split())
#: Nouns that introduce a company's name right before it ("carmaker Toyota", "mobile phone giant Orange", "the airline
#: Delta"), as a ship's or a work's noun introduces theirs: the events step's firm nouns and a few more.
FIRM_NOUNS = firm_table.FIRM_NOUNS | frozenset(
    "giant group carrier operator brand supplier publisher broadcaster subsidiary".split())
#: Names of towns somewhere that news uses for other things: celestial bodies ("life on Earth"),
#: parliaments ("send to Congress", "the Duma") and government bonds; words the model takes for places.
NOT_PLACES = frozenset({
    "earth", "moon", "mars", "venus", "mercury", "jupiter", "saturn",
    "congress", "parliament", "senate", "duma", "state duma", "knesset", "bundestag", "majlis", "sejm",
    "riksdag", "storting", "folketing", "oireachtas", "dail",
    "treasuries", "gilts", "bunds",  # government bonds ("a sharp plunge in U.S. Treasuries")
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat",  # days in listings ("Town Hall, Leeds, Fri")
})
#: Makes of cars and trucks: the name after one is a model ("Chevrolet Cavalier", "Dodge Dakota", "GMC Yukon").
VEHICLE_MAKES = frozenset(
    """acura audi bmw buick cadillac chevrolet chevy chrysler dodge fiat ford gmc honda hummer hyundai infiniti
    isuzu jaguar jeep kia lexus lincoln mazda mercedes mercury mitsubishi nissan oldsmobile plymouth pontiac
    porsche ram saab saturn subaru suzuki toyota volkswagen vw volvo""".split()
)
#: Words after a place's name that make it a grade of crude oil ("Dubai crude", "Urals blend", "Bonny Light").
GRADE_WORDS = frozenset({"crude", "crudes", "blend", "grade", "grades", "intermediate", "sour"})
GRADE_NAMES = frozenset({"Light", "Heavy", "Blend", "Medium"})  # capitalised: part of the grade's name
#: Features a grade can be named after and still be a place (a country's or a state's crude is its own).
GRADE_KEEPS = frozenset({"country", "admin"})
#: Features that a short all-caps word can be (the abbreviation of a country or state).
ACRONYM_FEATURES = frozenset({"country", "admin"})
#: A big city can stand in an all-caps headline on its own.
HEADLINE_MIN_POPULATION = 100_000
#: Last words of a company's name ("Sealy Mattress Co", "Gulf States Utilities Co.", "Rowntree Mackintosh Plc").
FIRM_SUFFIXES = frozenset("""co co. corp corp. corporation inc inc. incorporated ltd ltd. plc llc ag sa nv bv gmbh
    spa bancorp bancshares holdings industries utilities airlines airways lines cruises motors telecom industrial
    pharmaceuticals petroleum""".split())
#: Nouns after a company's name that say it is the company, not its town ("Toyota sales jumped", "a Yili spokesman").
FIRM_THINGS = frozenset("""sales shares stock profit profits earnings revenue revenues spokesman spokeswoman executive
    executives chief boss bosses shareholders investors brand brands branding logo products models customers subscribers
    director directors chairman spokesperson spokespeople share stake""".split())
#: Features whose names stay places even when a company bears them ("Ohio Mattress Co" ... "in Ohio"), and so do
#: capitals and cities this populous ("Singapore Airlines" ... "Singapore's economy").
FIRM_KEEPS = frozenset({"country", "admin", "continent"})
FIRM_KEEPS_CITY = 1_000_000
#: A paper's or broadcaster's name after a place's, perhaps with one word between ("New York Times", "Lansing State
#: Journal", "Atlanta Journal-Constitution"), or before it ("Voice of America", "Television New Zealand").
_MEDIA_AFTER = re.compile(r"[ \t]+(?:[A-Z][a-z]+[ \t]+)?(?:" + "|".join(sorted(MEDIA_WORDS - {"Post"})) +
                          r"|Broadcasting|Television|Post(?![ \t]+(?:No|Office)))\b")
_MEDIA_BEFORE = re.compile(r"\b(?:Voice of|Television|Radio)[ \t]+$")
_HOLIDAY = re.compile(r"(?:'s|’s)? Day\b")
_CAPS_LINE = re.compile(r"^[^a-z\n]*[A-Z]{2}[^a-z\n]*$", re.M)


def _is_acronym(text: str) -> bool:
    """"EU", "NATO" (not "L.A." or "N.Y.", which are written so on purpose)."""
    return text.isalpha() and text.isupper() and len(text) <= 4


def acronym_candidates(m, found: list[Place]) -> list[Place]:
    """Candidates of a short all-caps name: only countries and states ("US", "UAE", "NY"), not the
    towns that an ASCII key matches ("EU" is not Eu, France); a dateline is a town ("BONN, April 3 -")."""
    if not _is_acronym(m.text) or m.dateline:
        return found
    return [p for p in found if p.feature in ACRONYM_FEATURES]


def _words_before(doc, m, n: int = 2) -> list[str]:
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    i = span.start if span is not None else 0
    return [t.lower_.strip(".") for t in doc[max(0, i - n):i]]


_LIST_GOES_ON = re.compile(r"(?:,| and| or) [A-Z][a-z]")


def _after_the_only_towns(doc, m) -> bool:
    """"the Republic", "the Duma": "the" right before a name that heads its phrase (not "the Gainesville
    sewer system", "the Charleston-based forecasters") and whose main candidates are all towns."""
    before = text_of(doc)[max(0, m.start - 4):m.start]
    words = m.text.split()
    if words and words[0].lower() == "the":  # "the Union" kept whole
        before, words = "the ", words[1:]
    if before.lower() != "the " or len(words) != 1:
        return False
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or (span.end < len(doc) and (doc[span.end].pos_ in ("NOUN", "PROPN", "ADJ", "NUM")
                                                  or doc[span.end].text == "-")):  # "the Charleston-based firm"
        return False
    if _LIST_GOES_ON.match(text_of(doc), m.end):  # "the Paris, Amsterdam and Lisbon stock exchanges"
        return False
    main = [p for p in m.candidates[:10] if p.main]
    return bool(main) and all(p.feature == "city" for p in main)


def _in_caps_line(doc, m, elsewhere: set[str]) -> bool:
    """In an all-caps line and no more than a small town there: a headline word, not a place."""
    text = text_of(doc)
    line_start = text.rfind("\n", 0, m.start) + 1
    line_end = text.find("\n", m.end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    if not _CAPS_LINE.match(line) or len(line.split()) < 3:
        return False
    if m.text.lower() in elsewhere:
        return False
    best = m.candidates[0] if m.candidates else None
    return best is None or not (best.feature in ("country", "admin", "continent")
                                or best.population >= HEADLINE_MIN_POPULATION)


#: The crude oil benchmark that news names alone in a story of oil prices ("Brent was down at $49.10"): the grade,
#: not the London borough, where no word places it ("in Brent", "Brent Council").
BENCHMARK = "Brent"
_OIL_PRICES = re.compile(r"\b(?:crude oil|oil prices?|oil futures|per barrel|a barrel|OPEC)\b")


def _benchmark(doc, m, before: list[str]) -> bool:
    if m.text != BENCHMARK or (before and before[-1] in PLACING_WORDS):
        return False
    after = text_of(doc)[m.end:m.end + 16].split()[:1]
    if after and after[0].strip(".,;:").lower() in TOWN_AFTER:
        return False
    found = doc.user_data.get(_OIL_KEY)
    if found is None:
        found = doc.user_data[_OIL_KEY] = bool(_OIL_PRICES.search(text_of(doc)))
    return found


_OIL_KEY = "newscoder.steps.place_filters.oil_story"


def forget_memos(doc) -> None:
    """Drop what this module kept on the doc while the places step ran (nothing travels through ``doc.user_data``)."""
    doc.user_data.pop(_OIL_KEY, None)
    doc.user_data.pop(_PLAYERS_KEY, None)


def _product(doc, m, before: list[str]) -> bool:
    """A vehicle model after its make, or a crude oil grade named after a town or region (module docstring)."""
    if _benchmark(doc, m, before):
        return True
    if before and before[-1] in VEHICLE_MAKES and (len(before) < 2 or before[-2] not in ("in", "at", "of")):
        return True
    following = text_of(doc)[m.end:m.end + 16].split()
    if not following:
        return False
    word = following[0].strip(".,;:")
    if word.lower() == "intermediate" or word in GRADE_NAMES:
        return True
    best = m.candidates[0] if m.candidates else None
    return word.lower() in GRADE_WORDS and (best is None or best.feature not in GRADE_KEEPS)


def firm_names(doc) -> set[str]:
    """The article's names of companies, ships, works and bodies (lower case; module docstring): the first one or two
    words of an organisation's name that ends in a company's word ("sealy" of "Sealy Mattress Co", "delta" of "Delta
    Air Lines"), a listed company's name never used as its town's (``_listed_firms``: "Toyota"), a name a company's,
    a ship's or a work's noun introduces ("carmaker Toyota", "the cruise liner
    Crystal Harmony": "crystal harmony" and "crystal"), a body's short name (``_short_names``) and a name before a
    wire ticker ("Argyll <AYLL.L> Group Plc")."""
    out = set()
    ents = doc.ents  # (a new tuple of spans at every read: read once)
    for ent in ents:
        words = [t.text for t in ent if t.lower_ != "the" and not t.is_space]
        if ent.label_ == "ORG" and len(words) >= 2 and words[-1].lower() in FIRM_SUFFIXES:
            out.update(" ".join(words[:n]).lower() for n in (1, 2) if n < len(words))
    out.update(name.lower() for name in _short_names(doc))
    for hit in _BEFORE_TICKER.finditer(text_of(doc)):  # "Argyll <AYLL.L> Group Plc": a listed company
        words = hit.group(1).split()
        out.update(" ".join(words[:n]).lower() for n in range(1, min(2, len(words)) + 1))
    out.update(_listed_firms(doc, ents))
    for name in _introduced(doc):
        words = name.split()
        out.update(" ".join(words[:n]).lower() for n in range(1, min(2, len(words)) + 1))
        out.add(name.lower())
    return out


_IN_BRACKETS = re.compile(r" \(([A-Z][A-Za-z]{1,7})\)")
#: A name before a wire ticker in angle brackets ("Argyll <AYLL.L> Group Plc", "Wickes Cos <WIX>").
_BEFORE_TICKER = re.compile(r"\b([A-Z][\w&'.-]*(?: [A-Z][\w&'.-]*){0,3}) <[A-Z0-9]{1,6}(?:\.[A-Z]{1,2})?>")


#: Words after a town's name that make it a community, not a company or a common word ("Hartford police", "Nokia
#: residents", "Mansfield Mayor", "the Lindsay area"; ``places._town_words_after`` reads them too).
TOWN_AFTER = frozenset("""police firefighters residents resident man woman men women council mayor city town township
    county area native natives schools hospital officials leaders voters students neighborhood neighborhoods
    downtown streets board aldermen alderman""".split())


def _listed_with_places(doc, ent) -> bool:
    """"Salzgitter and Braunschweig were hit": a name joined by "and" or "or" to a place's name is a place too."""
    before = ent.start >= 2 and doc[ent.start - 1].lower_ in ("and", "or") and doc[ent.start - 2].ent_type_ in (
        "GPE", "LOC")
    after = ent.end + 1 < len(doc) and doc[ent.end].lower_ in ("and", "or") and doc[ent.end + 1].ent_type_ in (
        "GPE", "LOC")
    return before or after


#: Nouns of an appositive that make the name before it a town's ("Hayward, a city east of ...", "Toyota, the
#: carmaker's home town").
APPOSITIVE_PLACES = frozenset("city town capital village port suburb hometown home province county state".split())


def _listed_firms(doc, ents) -> set[str]:
    """One-word names of listed companies (``knowledge.firms``) that are towns of the company's own country ("Toyota",
    "Nokia", "Hershey"), where no mention is used as a town's: none after "in", "near", "from"... or before "police",
    "residents", "council"... The model often calls them places ("Toyota has led the market")."""
    seen: dict[str, bool] = {}
    for ent in ents:
        if len(ent) != 1 or not ent.text[:1].isupper() or ent.label_ not in ("ORG", "GPE", "PERSON", "NORP"):
            continue
        key = ent.text.lower()
        if key not in seen:
            home = firm_table.country_of(ent.text)
            seen[key] = home is not None and any(p.main and p.feature == "city" and p.iso3 == home.iso3
                                                 for p in candidates(ent.text))
        if seen[key]:
            before = doc[ent.start - 1].lower_ if ent.start else ""
            after = doc[ent.end].lower_ if ent.end < len(doc) else ""
            if after in ("'s", "’s") and ent.end + 1 < len(doc):
                after = doc[ent.end + 1].lower_  # "Hayward's mayor"
            comma = after == "," and ent.end + 1 < len(doc) and (doc[ent.end + 1].ent_type_ in ("GPE", "LOC") or any(
                t.lower_ in APPOSITIVE_PLACES for t in doc[ent.end + 1:ent.end + 6]))  # "Toyota, Aichi", "Hayward, a
            # city east of San Francisco" (not "Hyundai, Toyota, Suzuki and Ford")
            if before in PLACING_WORDS or after in TOWN_AFTER or comma or _listed_with_places(doc, ent):
                seen[key] = False
    return {key for key, firm in seen.items() if firm}


def _short_names(doc) -> list[str]:
    """Words in brackets after a name whose initials they spell, in any case ("the Program on International Policy
    Attitudes (Pipa)"): the body's short name in the whole article, not the town it spells."""
    out = []
    for hit in _IN_BRACKETS.finditer(text_of(doc)):
        ent = next((e for e in doc.ents if e.end_char == hit.start() and len(e) > 1), None)
        if ent is not None and "".join(t.text[0] for t in ent if t.text[:1].isupper()).upper() == hit.group(1).upper():
            out.append(hit.group(1))
    return out


def _introduced(doc) -> list[str]:
    """Names right after a company's, a ship's or a work's noun that modifies them or that they stand beside ("Japan's
    top car maker Toyota", "the cruise liner Crystal Harmony"; not "the group Moscow backs", whose name heads a
    clause of its own)."""
    out = []
    for t in doc[:-1]:
        if t.lower_ not in FIRM_NOUNS and t.lower_ not in SHIP_WORDS and t.lower_ not in WORK_WORDS:
            continue
        nxt = doc[t.i + 1]
        if not t.text.islower() or t.tag_ not in ("NN", "NNS") or not nxt.text[:1].isupper() or nxt.pos_ != "PROPN":
            continue
        end = nxt.i + 1
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
            end += 1
        name = doc[nxt.i:end]
        if t.head in name or (name.root.dep_ == "appos" and name.root.head == t):
            out.append(name.text)
    return out


def _firm(doc, m, firms: set[str], story: frozenset | set = frozenset()) -> bool:
    """The name alone of a company named after a town, not used as a place here (module docstring); a division's name
    stays a place where the division's country is one of the story's (``story``, ISO3)."""
    if m.text.lower() not in firms or m.in_name or m.qualifier:
        return False
    best = m.candidates[0] if m.candidates else None
    if best is not None and best.feature in FIRM_KEEPS and (best.feature != "admin" or best.iso3 in story):
        return False
    if best is not None and best.feature == "city" and (best.capital or best.population >= FIRM_KEEPS_CITY):
        return False  # "Singapore's economy" after "Singapore Airlines"
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or any(m.start >= e.start_char and m.end <= e.end_char and e.label_ == "ORG" and len(e) > len(span)
                           for e in doc.ents):
        return True  # inside the company's own name
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    if before == "in" and span.start > 1 and doc[span.start - 2].lower_ in STAKE_WORDS:
        return True  # "its stake in Fuso", "shares in Toyota": the company's, not the town's
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and (after.tag_ == "POS" or after.lower_ in FIRM_THINGS):
        return True  # "chief of Toyota's US arm" ("of" takes the arm, not the name), "the use of Delta branding"
    return before not in FIRM_PLACE_WORDS and not (after is not None and after.pos_ == "NOUN" and after.text.islower())


#: Nouns before "in" that make the name after it a company's ("a stake in Fuso", "shares in Toyota").
STAKE_WORDS = frozenset("stake stakes share shares holding holdings investment investments interest".split())
#: Words before a name that make it a place even when a company bears it ("in Sealy", "near Sealy").
FIRM_PLACE_WORDS = frozenset("in near at from outside into across around toward towards via of".split())


def mixed_case_names(doc, mentions) -> set[str]:
    """Names (lower case) of the mentions written in mixed case somewhere in the article."""
    return {m.text.lower() for m in mentions if not m.text.isupper()}


_NAME_OR_POSSESSIVE = re.compile(r"(?: [A-Z]|['’]s\b)")


def _bare_abbreviation(doc, m) -> bool:
    """"La Manche", "LA Cargo", "VA's": two letters that are a first-order division's abbreviation, with no full stop
    after them and no town before them (in capitals, before a name or a possessive)."""
    if len(m.text) != 2 or not m.text.isalpha() or not m.candidates:
        return False
    best = m.candidates[0]
    if best.feature != "admin" or len(best.name) <= 2:
        return False
    text = text_of(doc)
    if text.startswith(".", m.end) or text[max(0, m.start - 2):m.start].startswith(","):
        return False
    # a postal code in capitals is the state before a number ("KY 80", "Corbin KY 40701"), not before a name
    return not m.text.isupper() or bool(_NAME_OR_POSSESSIVE.match(text, m.end))


def _defined_as_a_body(doc, acronym: str) -> bool:
    """Whether the article defines the acronym as the name of something that is no place ("the Palestinian
    Authority (PA)")."""
    from .ner_fixes import acronym_definitions  # the entities step's reading of "Long Name (ACR)"

    span = acronym_definitions(doc, list(doc.ents)).get(acronym)
    return span is not None and span.label_ not in ("GPE", "LOC") and countries.by_name(span.text) is None


def media_name(doc, m) -> bool:
    """Whether the mention is part of a paper's or broadcaster's name ("the New York Times", "Voice of America")."""
    text, words = text_of(doc), m.text.split()
    if len(words) > 1 and words[-1] in MEDIA_WORDS and not gazetteer.lookup(m.text, 1):
        return True  # "the Northern Echo", a name no place bears: the paper's
    return bool(_MEDIA_AFTER.match(text, m.end)) or bool(_MEDIA_BEFORE.search(text, max(0, m.start - 20), m.start))


#: A title of nobility before "of" ("the Duke of Orleans", "the Earl of Derby"): the name is part of a person's title.
_NOBLE_OF = re.compile(r"\b(?:Duke|Duchess|Earl|Count|Countess|Marquis|Marquess|Viscount|Baron|Baroness) of $")
#: A regnal number after a name ("Pedro I", "Louis XIV", "Juan Carlos II"): a monarch or a pope.
_REGNAL = re.compile(r" (I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI|XVII|XVIII|XIX|XX|XXI|XXII|XXIII)\b"
                     r"(?![.'’-])")
_PLACE_PREPOSITIONS = frozenset("in at from to of near into across outside inside around via".split())


#: A gang named after its home ("the Sinaloa and Juarez drug cartels", "the Gulf cartel"): the name is the group's.
_GANG_AFTER = re.compile(r"(?:,? (?:and|or) [A-Z][\w-]+)? (?:drug |crime |criminal )?(?:cartels?|gangs?)\b")
#: Nouns after a person's name that make a thing of it ("the Hutton inquiry", "the Marshall Plan", "the Nobel
#: prize"): a town's name there is someone's (a big city's or a country's stays a place: "the Iraq inquiry").
_EPONYM_AFTER = re.compile(r" (?:[Ii]nquiry|[Pp]rize|[Aa]ward|[Dd]octrine|Plan|[Rr]eport|[Rr]eview)\b")
#: ... "plan" in lower case only after a name the model calls a person's ("the Baker plan", not "the Flint plan to
#: replace lead pipes")
_PLAN_AFTER = re.compile(r" plan\b")
EPONYM_TOWN = 100_000
#: A band's name after its first word: "Echo and the Bunnymen", "Siouxsie and the Banshees" (plural people, not
#: "the Grenadines", which a whole name would have matched first).
_BAND_AFTER = re.compile(r" and (the [A-Z][a-z]+(?:s|men))\b")


def _band(text: str, m) -> bool:
    """A name in a band's name: "X and the Ys", or the word said twice ("Duran Duran", "Talk Talk")."""
    if " " in m.text or not m.candidates or m.candidates[0].feature not in ("city", "county"):
        return False
    band = _BAND_AFTER.match(text, m.end)
    before = text[max(0, m.start - 12):m.start].split()[-1:]
    if band and (candidates(band.group(1)) or (before and before[0].lower() in PLACING_WORDS)):
        band = None  # "Denver and the Rockies", "snow fell on Miami and the Bahamas"
    return bool(band) or text.startswith(" " + m.text, m.end) or text.endswith(m.text + " ", 0, m.start)


#: Words before a name that place it, for the checks on bands and companies: ``FIRM_PLACE_WORDS`` and a destination.
PLACING_WORDS = FIRM_PLACE_WORDS | {"on", "to", "over", "between"}


#: A grid address ("near 400 South and 1600 West"): a number before a compass word.
_NUMBER_BEFORE = re.compile(r"\b\d+ $")


def _monarch(doc, m, before: list[str]) -> bool:
    """A name followed by a regnal number; "I" only where no preposition puts the name in a sentence as a place
    ("in Paris I saw")."""
    hit = _REGNAL.match(text_of(doc), m.end)
    return bool(hit) and (hit.group(1) != "I" or not (before and before[-1] in _PLACE_PREPOSITIONS))


#: Nouns of a team's result or play: a name possessive of one is the team's ("Oklahoma's season-opening win", "five of
#: West Virginia's 10 points", "Oregon's final three possessions").
RESULT_NOUNS = frozenset("""win wins victory victories defeat defeats loss losses points rebounds assists goals innings
    wickets draw lead upset title possessions yards punt finale touchdown touchdowns offense defense""".split())
#: Verbs whose subject is a team in a sports story ("West Virginia recorded an 80-71 win", "Oklahoma grabbed control",
#: "Texas cruised past Kansas State"); not "hit", "held", "won" a state's vote is the object's.
TEAM_SUBJECT_VERBS = frozenset("""win beat defeat edge rout top down upset blank outscore trail lead rally improve
    lose fall drop score record cruise clinch snap extend grab pull host visit face play sack""".split())
#: Verbs whose object is a team ("beat Kansas", "will host Colorado", "lead Oklahoma to a win"; not "won Florida").
TEAM_OBJECT_VERBS = frozenset("beat defeat edge rout top down upset blank outscore host face play meet".split())
#: Prepositions whose object is a team ("a win over Georgetown", "at home against Louisiana", "cruised past Iowa
#: State"; "to" only after a loss: "lost to Oklahoma").
TEAM_PREPOSITIONS = frozenset({"over", "against", "past"})
#: Words a state's name may be possessive of and stay the state ("Minnesota's top rated team").
SIDE_WORDS = frozenset("team teams side sides squad squads".split())
#: Nouns whose "of" places the name after them ("the state of Oklahoma", "the city of Houston").
PLACE_NOUNS = frozenset("state city town village county province capital region mayor residents people".split())
#: Names of the home nations, divisions to the gazetteer, that play as their country (England's team is England).
HOME_NATIONS = frozenset({"England", "Scotland", "Wales", "Northern Ireland"})
_RECORD_AFTER = re.compile(r" \(\d{1,2}-\d{1,2}(?:-\d{1,2})?[,)]")


def _playing(doc, span) -> bool:
    """Whether this occurrence of a name is a team's by its grammar: the subject of a result's verb, the object of
    a game's verb or preposition, the owner of a result, a rank before it ("No. 11") or a record after it ("(4-1)")."""
    root, after = span.root, doc[span.end].lower_ if span.end < len(doc) else ""
    head = root.head
    if after in ("'s", "’s") and head.lower_ in RESULT_NOUNS:
        return True  # (a state's team, "Minnesota's top rated team", is no result)
    if root.dep_ in ("nsubj", "nsubjpass") and head.lemma_ in TEAM_SUBJECT_VERBS:
        return True
    if root.dep_ == "dobj" and (head.lemma_ in TEAM_OBJECT_VERBS or (
            head.lemma_ == "lead" and any(c.lower_ == "to" for c in head.children))):
        return True  # "beat Kansas", "lead Oklahoma to an 82-78 win" (not "led Florida by 3 points")
    if root.dep_ == "pobj" and (head.lower_ in TEAM_PREPOSITIONS or (
            head.lower_ == "to" and head.head.lemma_ in ("lose", "fall"))):
        return True
    if span.start >= 2 and doc[span.start - 2].text == "No." and doc[span.start - 1].like_num:
        return True  # "No. 11 West Virginia"
    return bool(_RECORD_AFTER.match(text_of(doc), span.end_char))  # "the Mountaineers (4-1)", "Oregon (3-2, 3-2)"


def _team(doc, m) -> bool:
    """A state's or a city's name that plays in a sports story, told by its grammar (``_playing``: "No. 11 West
    Virginia recorded an 80-71 win over host Georgetown", "lead Oklahoma to an 82-78 win", "five of West Virginia's 10
    points", "Texas cruised past Kansas State"): the team, not the place. A university named by its state ("against
    Oklahoma State") plays unless a word places it. A place stays a place where a word places it ("on Sunday in
    Washington"), as the subject of anything else ("Louisiana was hit by the hurricane", "Oakland held a parade"), as
    what an election wins ("Biden won Pennsylvania"), and a state's own team stays the state ("Minnesota's #7 rated
    team"); a country or a home nation plays as its country (England's team is England)."""
    if not m.candidates or m.candidates[0].feature not in ("admin", "city") or m.qualifier \
            or m.candidates[0].name in HOME_NATIONS or not is_sports(doc):
        return False
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    if _playing(doc, span):
        return True
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    ahead = doc[span.start - 2] if span.start > 1 else None
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    if (before in PLACING_WORDS and before not in ("of", "over")) or before in ("through", "across") \
            or (before == "of" and ahead is not None and (ahead.text[:1].isupper() or ahead.lower_ in PLACE_NOUNS)) \
            or after in TOWN_AFTER or after == "," or (after in ("'s", "’s") and span.root.head.lower_ in SIDE_WORDS):
        return False  # "in Washington", "Eastern High School of Louisville", "the state of Oklahoma" (not "five of
        # West Virginia's 10 points")
    if m.text.endswith(" State") and m.candidates[0].feature == "admin" \
            and not (span.end < len(doc) and doc[span.end].text[:1].isupper()):  # not "Nebraska State Baseball ..."
        return True  # "against Oklahoma State": the university's team
    # a name that plays somewhere in the story plays in a sentence of the game too ("13 points for West Virginia",
    # "West Virginia closed the game on an 18-9 run"), where nothing places it
    return m.text in _players(doc) and (_SCORE.search(span.sent.text) is not None
                                        or any(t.lower_ in RESULT_NOUNS for t in span.sent))


_PLAYERS_KEY = "newscoder.steps.place_filters.players"


def _players(doc) -> set[str]:
    """The names that play somewhere in the story by their grammar (``_playing``), found once per doc."""
    found = doc.user_data.get(_PLAYERS_KEY)
    if found is None:
        found = doc.user_data[_PLAYERS_KEY] = {e.text for e in doc.ents if e.label_ in ("GPE", "LOC", "ORG")
                                               and _playing(doc, e)}
    return found


#: An acronym in mixed case ("BoE", "BoJ", "DfT"): a body's, never the town an accent-free key matches ("Boé").
_MIXED_ACRONYM = re.compile(r"[A-Z][a-z]{1,2}[A-Z]+[a-z]?")


def _mixed_acronym(m) -> bool:
    return bool(_MIXED_ACRONYM.fullmatch(m.text)) and not any(p.name == m.text for p in m.candidates)


def not_a_place(doc, m, elsewhere: set[str], firms: frozenset | set = frozenset(),
                story: frozenset | set = frozenset()) -> bool:
    """Whether a mention is no place here (see the module docstring); DATELINE mentions are places. ``story``: the
    ISO3 codes of the countries the story names."""
    if m.label == "DATELINE" or m.dateline:
        return False
    if _firm(doc, m, firms, story):
        return True
    if text_of(doc).startswith(("'s", "’s"), m.end) and firm_table.country_of(m.text + "'s") is not None:
        return True  # a company whose name is a possessive ("Moody's", "Sainsbury's"), not the town Moody
    if m.label == "ORG" and countries.find_actor(m.text) is not None \
            and not any(p.feature == "landmark" and p.main for p in m.candidates):
        return True  # a body the actor table knows ("SANA", the Syrian news agency, is no Sana'a); a landmark that
        # stands for its government ("Holyrood", "Number 10") is a place too, as "Downing Street" is
    if not any(w[:1].isupper() for w in m.text.split()) or m.text.lower() in NOT_PLACES:
        return True
    if _HOLIDAY.match(text_of(doc), m.end):  # "St. Patrick's Day", "Columbus Day"
        return True
    if media_name(doc, m) or _bare_abbreviation(doc, m):
        return True
    before = _words_before(doc, m)
    if _NOBLE_OF.search(text_of(doc), max(0, m.start - 20), m.start) or _monarch(doc, m, before):
        return True
    if (_EPONYM_AFTER.match(text_of(doc), m.end) or (m.label == "PERSON" and _PLAN_AFTER.match(text_of(doc), m.end))) \
            and m.candidates and m.candidates[0].feature == "city" and m.candidates[0].population < EPONYM_TOWN:
        return True
    if _band(text_of(doc), m):
        return True
    if _GANG_AFTER.match(text_of(doc), m.end) or (COMPASS_ONLY.match(m.text) and _NUMBER_BEFORE.search(
            text_of(doc), max(0, m.start - 8), m.start)):
        return True
    if before and (before[-1] in SHIP_WORDS or before[-1] in PERSON_TITLES or before[-1] in WORK_WORDS):
        return True
    if len(before) == 2 and before[-1] == "the" and (before[0] in SHIP_WORDS or before[0] in WORK_WORDS):
        return True
    if _product(doc, m, before):
        return True
    if (_is_acronym(m.text) and not m.candidates) or _mixed_acronym(m) or _team(doc, m):
        return True
    if _is_acronym(m.text) and _defined_as_a_body(doc, m.text):
        return True
    return _after_the_only_towns(doc, m) or _in_caps_line(doc, m, elsewhere)
