"""News conventions for sports stories and their results, for the entities step (CoNLL and OntoNotes labels).

- **a sports story** (``is_sports``) names three different sports words ("match", "innings", "striker"), or two
  and a score, or opens with a wire sports slug ("SOCCER - ...", "MOTOR RACING - ...");
- **a results row** of a sports story (``results_rows``) is a line whose names are each followed by a score or
  figure ("Arsenal 1 Leeds 1", "BOSTON 7 Seattle 4", "Kent 410 and 120-3 ; Surrey 380", a standings row
  "Newcastle 6 5 0 1 14 6 15", "Karen Holt ( Canada ) 2:01.44");
- **a competitor in a results row** (``label_rows``) is a team, an ORG, when it is named by a city, a region or a
  club ("Leeds", "Nottingham Forest", "BOSTON"); a person when a country follows in brackets ("Karen Holt
  ( Canada )") or the line is a cricket scorecard's ("c Walsh b Ambrose"); a country stays a place (national
  teams are annotated as their country in CoNLL); the country in brackets is a place;
- **the slug** ("SOCCER", "CRICKET") is no name.

The layout step keeps the model's entities in the results rows of a sports story (other table rows lose theirs):
``label_rows`` relabels them and adds the competitors the model missed.
"""

from __future__ import annotations

import re

from spacy.attrs import LOWER
from spacy.strings import hash_string
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .. import extensions
from ..knowledge import countries

#: Words that say a story is about sport; three different ones make it a sports story.
SPORT_WORDS = frozenset("""game games season coach coaches league match matches tournament quarterback
    goal goals points scored score playoff playoffs championship innings inning touchdown touchdowns
    rebounds halftime overtime basketball football baseball soccer hockey cricket rugby tennis golf athletics
    cycling boxing skiing wickets wicket batsman bowler striker goalkeeper midfielder standings semifinal
    semifinals quarterfinal quarterfinals semi-final semi-finals quarter-final quarter-finals bundesliga
    pitcher homer""".split())
#: The sports that open a wire sports slug ("SOCCER - JAPAN GET LUCKY WIN", "NHL ICE HOCKEY - ...").
SLUG = re.compile(r"^\s*(?:[A-Z]+ ){0,3}(?:SOCCER|FOOTBALL|CRICKET|TENNIS|GOLF|BASEBALL|BASKETBALL|HOCKEY|RUGBY"
                  r"(?: UNION| LEAGUE)?|ATHLETICS|CYCLING|BOXING|RACING|SKIING|SWIMMING|ROWING|SAILING|YACHTING|"
                  r"HANDBALL|VOLLEYBALL|BADMINTON|SQUASH|SNOOKER|CHESS|WRESTLING|JUDO|TRIATHLON)\s+[-\u2013\u2014]\s")
#: The slug's sports played by teams ("BASKETBALL - ..."): a competitor with a country in brackets may be a club.
TEAM_SPORTS = frozenset({"SOCCER", "FOOTBALL", "BASKETBALL", "HOCKEY", "RUGBY", "UNION", "LEAGUE", "BASEBALL",
                         "HANDBALL", "VOLLEYBALL", "CRICKET"})
#: The slug's sports played one against one (a competitor named in full is a person).
INDIVIDUAL_SPORTS = frozenset({"TENNIS", "GOLF", "ATHLETICS", "BOXING", "SKIING", "SWIMMING", "SQUASH", "BADMINTON",
                               "SNOOKER", "CHESS", "WRESTLING", "JUDO", "TRIATHLON"})
_SCORE = re.compile(r"\b\d{1,3}-\d{1,3}\b")
_FIGURE = re.compile(r"^(?:\d+(?:[-.:/]\d+)*|\d+\.)$")  # 3, 2-1, 120-3, 2:01.44, 1.
#: Cricket scorecard words: a line with one of them names batsmen, bowlers and fielders.
_SCORECARD = frozenset({"c", "b", "lbw", "st", "run", "not", "retired", "c&b"})
#: Name-like words that open a row without being a competitor's name ("At Canterbury :", "The").
_LEADING = frozenset({"at", "the", "in", "on", "for", "from", "with", "results", "standings", "leading",
                      "final", "scores", "group", "division", "round"})
#: A results row: this share of its words are figures, or this higher share in a line that reads like a sentence
#: (ends with a full stop or is longer than ``ROW_MAX_CHARS``: "Kent 410 and 120-3 ; Surrey 380 and 145 .").
ROW_SHARE, ROW_SENTENCE_SHARE, ROW_MAX_CHARS = 0.2, 0.3, 100
_SPORTS_KEY = "newscoder.steps.ner_sports.sports"
_ROWS_KEY = "newscoder.steps.ner_sports.rows"
_VENUES_KEY = "newscoder.steps.ner_sports.venues"
_SPORT_HASHES = frozenset(hash_string(w) for w in SPORT_WORDS)
_NAMED = frozenset({"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"})


def is_sports(doc: Doc) -> bool:
    """Is the doc a sports story (see the module docstring)? Found once per doc."""
    found = doc.user_data.get(_SPORTS_KEY)
    if found is None:
        words = {h for h in doc.to_array(LOWER).tolist() if h in _SPORT_HASHES}  # ids: no Token per word
        text = extensions.doc_text(doc)
        found = (len(words) >= 3 or (len(words) >= 2 and _SCORE.search(text) is not None)
                 or SLUG.match(text[:400]) is not None)
        doc.user_data[_SPORTS_KEY] = found
    return found


def slug_span(doc: Doc) -> tuple[int, int] | None:
    """Token range of the sport's name in a wire sports slug at the start of the doc ("SOCCER" of "SOCCER -")."""
    m = SLUG.match(extensions.doc_text(doc)[:400])
    if m is None:
        return None
    span = doc.char_span(m.start() + len(m.group(0)) - len(m.group(0).lstrip()),
                         m.end(), alignment_mode="contract")
    if span is None:
        return None
    words = [t for t in span if t.is_alpha]
    return (words[0].i, words[-1].i + 1) if words else None


def slug_sport(doc: Doc) -> str:
    """The sport a wire slug names, in capitals ("CRICKET" of "CRICKET - KENT CLOSE IN"; "UNION" of "RUGBY UNION"),
    or "" without a slug."""
    slug = slug_span(doc)
    return doc[slug[0]:slug[1]].text.split()[-1].upper() if slug is not None else ""


def _lines(doc: Doc) -> list[tuple[int, int]]:
    out, start = [], 0
    for tok in doc:
        if tok.is_space and "\n" in tok.text:
            out.append((start, tok.i))
            start = tok.i + 1
    out.append((start, len(doc)))
    return [(s, e) for s, e in out if e > s]


_DATE = re.compile(r"^\d{4}-\d\d-\d\d$")  # a dateline's date ("LONDON 1996-08-30") is no score
_DATED = re.compile(r"\b\d{4}-\d\d-\d\d\s*$")


def _figure(tok) -> bool:
    return bool(_FIGURE.match(tok.text)) and not _DATE.match(tok.text)


def _name_word(tok) -> bool:
    return tok.text[:1].isupper() and any(c.isalpha() for c in tok.text) and not _FIGURE.match(tok.text)


def _runs(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """Maximal runs of capitalized words in a line (initials and particles inside: "M. Atherton", "Real Madrid")."""
    out, i = [], start
    while i < end:
        if _name_word(doc[i]):
            j = i + 1
            while j < end and (_name_word(doc[j]) or doc[j].lower_ in ("de", "van", "von", "der", "la", "le")
                               and j + 1 < end and _name_word(doc[j + 1])):
                j += 1
            while i < j and doc[i].lower_ in _LEADING:
                i += 1
            if j > i:
                out.append((i, j))
            i = j
        else:
            i += 1
    return out


def results_rows(doc: Doc) -> list[tuple[int, int, list[tuple[int, int]]]]:
    """(line start, line end, competitor runs) of each results row of a sports story (module docstring). Found once
    per doc (the layout, the labels and the conventions all ask)."""
    if not is_sports(doc):
        return []
    found = doc.user_data.get(_ROWS_KEY)  # lists: user_data is serialized
    if found is None:
        found = doc.user_data[_ROWS_KEY] = [[s, e, [list(r) for r in runs]] for s, e, runs in _results_rows(doc)]
    return [(s, e, [tuple(r) for r in runs]) for s, e, runs in found]


def _results_rows(doc: Doc) -> list[tuple[int, int, list[tuple[int, int]]]]:
    out = []
    for start, end in _lines(doc):
        words = [t for t in doc[start:end] if not t.is_punct and not t.is_space]
        if not words or len(words) > 30 or _DATED.search(doc[start:end].text):
            continue
        figures = sum(_figure(t) for t in words)
        runs = _runs(doc, start, end)
        if _scorecard_line(doc, start, end) and (figures or doc[start:end].text.lower().startswith("did not bat")):
            out.append((start, end, runs))  # "S. Law c Tillekeratne b Dharmasena 13": every name a player
            continue
        sentence = doc[end - 1].text in (".", "!", "?") or len(doc[start:end].text) > ROW_MAX_CHARS
        if figures < 1 or figures < (ROW_SENTENCE_SHARE if sentence else ROW_SHARE) * len(words):
            continue
        competitors = [(s, e) for s, e in runs if _before_figure(doc, e, end) or _bracketed_country(doc, e, end)
                       or (s == start + 1 and _figure(doc[start]))]  # (a leaderboard's "62 Nolan Henke")
        if competitors:
            out.append((start, end, competitors))
    return out


def _scorecard_line(doc: Doc, start: int, end: int) -> bool:
    """Is the line a cricket scorecard's ("M. Bevan c Vaas b Chandana 56", "A. Ranatunga lbw b Fleming 0", "Did not
    bat : Dharmasena , Vaas")?"""
    return any(t.text in ("c", "b", "lbw", "st", "c&b") for t in doc[start:end]) or \
        doc[start:end].text.lower().startswith("did not bat")


def results_tokens(doc: Doc) -> set[int]:
    """Token indices of the results rows of a sports story."""
    return {i for start, end, _ in results_rows(doc) for i in range(start, end)}


def _before_figure(doc: Doc, i: int, end: int) -> bool:
    """Is the run ending at token i followed by a figure (after a bracketed country: "Holt ( Canada ) 2:01.44")?"""
    if i < end and doc[i].text == "(":
        close = next((k for k in range(i, min(end, i + 6)) if doc[k].text == ")"), None)
        if close is None:
            return False
        i = close + 1
    return i < end and _figure(doc[i])


_INITIAL = re.compile(r"^[A-Z]\.(?:[A-Z]\.)*(?:[A-Z][a-z'A-Z-]+)?$")  # "P.", "J.R.", "T.O'Gorman"
#: Verbs of a result told in a line ("Leicestershire beat Somerset by an innings").
_RESULT_VERBS = frozenset({"beat", "drew", "draw", "lost", "v", "vs", "bt", "halved"})
#: What a scorer's bracket holds: the minute, "pen", "og" ("Cosmin Contra ( 31st )", "Shearer ( 23 pen )").
_MINUTE = re.compile(r"^(?:\d{1,3}(?:st|nd|rd|th)?|pen|og|penalty)$", re.I)


def _initialled(span: Span) -> bool:
    """Does the run start with a person's initials ("P. Simmons", "T.O'Gorman")?"""
    return bool(_INITIAL.match(span[0].text)) and (len(span) > 1 or "'" in span[0].text or len(span[0].text) > 4)


def _venue(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """The ground that opens a results row ("Leicester : Leicestershire beat Somerset", "Chester-le-Street :
    Glamorgan 259"): the capitalised words (hyphens inside) before a colon at the line's start."""
    colon = next((k for k in range(start, min(end, start + 7)) if doc[k].text == ":"), None)
    if colon is None or colon == start:
        return None
    words = doc[start:colon]
    if not words[0].text[:1].isupper() or words[0].lower_ in _LEADING or not all(
            _name_word(t) or t.text in ("-", "'s") or t.lower_ in ("le", "la", "upon", "on", "de") for t in words):
        return None
    return start, colon


def venues(doc: Doc) -> list[tuple[int, int]]:
    """The grounds that open the result lines of a sports story ("Leicester : Leicestershire beat Somerset by an
    innings", "Hove : Sussex 363"): places, whatever a team's name would make of them (``ner_conventions``)."""
    if not is_sports(doc):
        return []
    found = doc.user_data.get(_VENUES_KEY)
    if found is None:
        rows = {start for start, _, _ in results_rows(doc)}
        found = doc.user_data[_VENUES_KEY] = [
            list(venue) for start, end in _lines(doc) if (venue := _venue(doc, start, end)) is not None and (
                start in rows or any(t.lower_ in _RESULT_VERBS for t in doc[venue[1]:end]))]
    return [tuple(v) for v in found]


def _nationals(doc: Doc, rows: set[int]) -> list[tuple[int, int]]:
    """Competitors named with their country in brackets on a line that tells a result with no score of its own ("2 -
    Monica Seles ( U.S. ) beat Dally Randriantefy ( Madagascar )"; the score on the next line), outside ``rows``."""
    if not is_sports(doc):
        return []
    out = []
    for start, end in _lines(doc):
        if start in rows or not any(t.lower_ in _RESULT_VERBS | {"defeated", "beats"} for t in doc[start:end]):
            continue
        out += [(s, e) for s, e in _runs(doc, start, end) if _bracketed_country(doc, e, end) and
                countries.by_name(doc[s:e].text) is None]
    return out


def _scorers(doc: Doc) -> list[tuple[int, int]]:
    """Players named with the minute they scored in, in a sports story ("Romania - Cosmin Contra ( 31st ) ,
    Mihai Tararache ( 75th )")."""
    if not is_sports(doc):
        return []
    out = []
    for start, end in _lines(doc):
        for s, e in _runs(doc, start, end):
            if e + 2 < end and doc[e].text == "(" and _MINUTE.match(doc[e + 1].text) and doc[e + 2].text == ")" and \
                    countries.by_name(doc[s:e].text) is None:
                out.append((s, e))
    return out


def _bracketed_country(doc: Doc, i: int, end: int) -> bool:
    """Is the run ending at token i followed by a country in brackets ("Mark Philippoussis ( Australia ) beat
    ...", "Red Star ( Yugoslavia ) beat ...")? A competitor named with its nationality, whatever follows."""
    if not (i < end and doc[i].text == "("):
        return False
    close = next((k for k in range(i + 2, min(end, i + 5)) if doc[k].text == ")"), None)
    inside = doc[i + 1: close].text if close is not None else ""
    return bool(inside) and (countries.by_name(inside) is not None or countries.by_demonym(inside) is not None)


#: The first-class cricket counties of England and Wales, which a cricket story names as its teams ("Essex drew with
#: Durham", "Leicestershire 296"): in such a story the county is the club, an ORG (CoNLL's practice).
CRICKET_COUNTIES = frozenset({"Derbyshire", "Durham", "Essex", "Glamorgan", "Gloucestershire", "Hampshire", "Kent",
                              "Lancashire", "Leicestershire", "Middlesex", "Northamptonshire", "Nottinghamshire",
                              "Somerset", "Surrey", "Sussex", "Warwickshire", "Worcestershire", "Yorkshire"})
_CRICKET_WORDS = frozenset({"cricket", "innings", "wicket", "wickets", "batsman", "batsmen", "bowler", "bowlers"})


def county_teams(doc: Doc, ents: list[Span]) -> list[Span]:
    """In a cricket story (its slug, or two cricket words), the counties named as themselves are their clubs: ORG,
    found where the model missed them and relabelled where it took them for a person or a place."""
    cricket = slug_sport(doc) == "CRICKET" or len(
        {t.lower_ for t in doc if t.lower_ in _CRICKET_WORDS}) >= 2
    if not cricket:
        return ents
    at = {i: e for e in ents for i in range(e.start, e.end)}
    out, added = [], []
    for e in ents:
        if len(e) == 1 and e.text.title() in CRICKET_COUNTIES and e.label_ in ("PERSON", "GPE", "LOC", "NORP"):
            e = Span(doc, e.start, e.end, "ORG")
        out.append(e)
    for tok in doc:
        if tok.i not in at and tok.text.title() in CRICKET_COUNTIES and tok.text[:1].isupper():
            added.append(Span(doc, tok.i, tok.i + 1, "ORG"))
    return sorted(out + added, key=lambda e: e.start)


def label_rows(doc: Doc, ents: list[Span]) -> list[Span]:
    """The entities with the competitors of results rows labelled (module docstring), the slug word dropped."""
    slug = slug_span(doc)
    if slug is not None:
        ents = [e for e in ents if not (e.start >= slug[0] and e.end <= slug[1])]
    rows = results_rows(doc)
    scorers = _scorers(doc)
    nationals = _nationals(doc, {start for start, _, _ in rows})
    if not rows and not scorers and not nationals and not venues(doc):
        return ents
    model = {(e.start, e.end): e.label_ for e in ents}
    sport = slug_sport(doc)
    teams, alone = sport in TEAM_SPORTS, sport in INDIVIDUAL_SPORTS
    person_at = {i for e in ents if e.label_ == "PERSON" for i in range(e.start, e.end)}
    new: list[Span] = [Span(doc, s, e, "PERSON") for s, e in scorers]
    new += [Span(doc, s, e, "GPE") for s, e in venues(doc)]
    new += [Span(doc, s, e, "ORG" if teams and not person_at & set(range(s, e)) else "PERSON") for s, e in nationals]
    for start, end, runs in rows:
        scorecard = any(t.lower_ in _SCORECARD for t in doc[start:end])
        for s, e in runs:
            label = _competitor(doc, s, e, end, scorecard, model.get((s, e)), bool(person_at & set(range(s, e))),
                                teams, alone)
            new.append(Span(doc, s, e, label))
            if e < end and doc[e].text == "(" and e + 2 < end and doc[e + 2].text == ")":
                inside = doc[e + 1: e + 2]
                if countries.by_name(inside.text) or countries.city_country(inside.text):
                    new.append(Span(doc, inside.start, inside.end, "GPE"))
    taken = {i for span in new for i in range(span.start, span.end)}
    kept = [e for e in ents if e.label_ not in _NAMED or not taken.intersection(range(e.start, e.end))]
    return sorted(filter_spans(new + kept), key=lambda e: e.start)


def _competitor(doc: Doc, start: int, end: int, line_end: int, scorecard: bool, label: str | None,
                person: bool, teams: bool = False, alone: bool = False) -> str:
    text = doc[start:end].text
    if scorecard:
        return "PERSON"
    if _initialled(doc[start:end]) or start > 0 and doc[start - 1].text == "(":
        return "PERSON"  # "P. Simmons 4-38", "( J. Adams 123 , K. Barnett 87 )": a player, never a team
    bracket = end < line_end and doc[end].text == "("
    if bracket and teams and not person:
        return "ORG"  # "Red Star ( Yugoslavia ) beat Dinamo ( Russia ) 92-90": a club, in a team sport's results
    if bracket or person and end - start > 1:
        return "PERSON"  # "Karen Holt ( Canada ) 2:01.44"; a full name the model knows as a person
    if countries.by_name(text) is not None:
        return "GPE"  # a national team: its country, as CoNLL annotates it
    if alone and end - start > 1:
        return "PERSON"  # a golfer's or a sprinter's full name ("62 Nolan Henke"): individual sports have no clubs
    actor = countries.find_actor(text)
    if actor is not None and actor.label in ("ORG", "PERSON") and label == actor.label:
        return actor.label
    return "ORG"
