"""Actor coding for the events step: a noun phrase of a parsed sentence -> ``EventActor`` records.

``ActorCoder(doc).code(head)`` gives the actors of the phrase headed by ``head``: ISO 3166-1 alpha-3 plus a
sector for states and their organs ("Turkish troops": TUR MIL), a stable code such as ``IGOUNO`` for IGOs
and armed groups, the country of a person when the article says it. It remembers the actors already named,
so "it", "the group", "the two sides", "Ankara" and "Erdogan" resolve to them. It reads the entities step
(canonical names and kinds), the places step (where a sentence happens) and the focus (the story's country).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import replace
from itertools import islice

from .. import extensions
from ..knowledge import countries, firms, regions
from ..knowledge.event_lexicon import agents, lexicon
from ..models import EventActor
from .event_syntax import PARTS, in_headline_credit, per_doc, speaker, subject, whole_of
from .event_syntax import speaker as _speaker  # (methods take a ``speaker`` argument of their own)
from .focus import Towns
from .geo_resolve import GOVERNMENT_NOUNS
from .ner_fixes import CORP_SUFFIX

MOD_DEPS = frozenset({"compound", "amod", "nmod", "poss", "npadvmod", "nummod", "det", "punct",
                      "case", "cc", "conj", "appos", "quantmod"})
PERSONAL = {"he": "person", "him": "person", "his": "person", "she": "person", "her": "person",
            "it": "thing", "its": "thing", "they": "plural", "them": "plural", "their": "plural",
            "we": "plural", "our": "plural", "i": "person"}
#: "the two sides", "both allies": the last pair of actors named together.
PAIR_NOUNS = frozenset({"side", "party", "country", "ally", "neighbor", "neighbour", "nation",
                        "government", "capital", "partner", "rival", "foe"})
#: Titles that, alone after "the", stand for the one last named with them ("the President", "the prime minister").
OFFICE_ANAPHORS = frozenset({"president", "prime minister", "premier", "chancellor", "king", "queen", "pope",
                             "emir", "sultan", "governor", "mayor", "foreign minister", "defence minister",
                             "defense minister", "finance minister", "interior minister", "secretary-general"})
#: How many tokens back such a title looks for its holder.
ANAPHOR_REACH = 400
#: Heads whose sector is the group they lead or belong to: "rebel leaders" are rebels.
GENERIC_TITLES = frozenset({"leader", "member", "commander", "chief", "head", "spokesman", "spokeswoman",
                            "spokesperson", "official", "representative", "party", "coalition",
                            "delegation"})
#: A second country this high in the article's focus (the top one is 1.0) makes it an international story, where an
#: office holder the article does not place is not guessed to be the top country's ("Sir X warned", in a story about
#: Libya told from London).
OTHER_FOCUS = 0.5
#: Entity types that never name an actor: times and amounts.
NOT_ACTOR_ENTS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL"})
#: Sectors of a state's own bodies: a ministry, court or army named for its country is that country's.
STATE_SECTORS = frozenset({"GOV", "LEG", "JUD", "MIL", "COP", "SPY"})
#: Words that make an organisation's name a firm's ("Aurora Airlines", "Pacific Bank").
FIRM_WORDS = frozenset({"airlines", "airways", "bank", "motors", "group", "holdings", "energy", "oil", "petroleum",
                        "telecom", "steel", "mining", "pharmaceuticals", "industries", "corporation", "company",
                        "partners", "capital", "investments", "insurance", "foods", "electric", "chemicals"})
#: People named for whom they oppose: "Kremlin critics", "Erdogan's opponents" (the opposition of that state).
CRITIC_HEADS = frozenset({"critic", "opponent", "detractor"})
#: Common nouns for people that no sector word covers, and agent-noun endings (-ist, -er/-or, -ian, -ant/-ent,
#: -ee) with the frequent news words that end so and are things.
#: Words for people a name gathers ("the Hirak movement", "the Ouattara camp"): an actor when a name goes before.
NAMED_GROUPS = frozenset({"movement", "faction", "bloc", "coalition", "alliance", "clan", "tribe", "brotherhood",
                          "loyalist", "follower"})
#: A leader's side ("the Ouattara camp"): a group only where the article or the tables know the leader (the small
#: model calls places' names people: "the Kakuma camp", "the Jenin camp" are where refugees live).
CAMPS = frozenset({"camp"})


def named_group(head):
    """The name that heads a group of people ("the Hirak movement", "the Ouattara camp", "Sadr's faction": a proper
    noun before one of ``NAMED_GROUPS``), or None."""
    if head.pos_ != "NOUN" or head.lemma_.lower() not in NAMED_GROUPS:
        return None
    return next((c for c in head.children if c.i < head.i and c.dep_ in ("compound", "poss") and c.pos_ == "PROPN"),
                None)


PEOPLE_WORDS = frozenset({"man", "woman", "men", "women", "child", "children", "boy", "girl", "youth", "family",
                          "victim", "person", "individual", "member", "crowd", "mob", "team", "staff", "employee",
                          "relative", "colleague", "ally", "rival", "enemy", "foe", "neighbour", "neighbor",
                          "hardliner", "loyalist", "critic", "official", "leader", "expert", "analyst", "group",
                          # local news' people: "Juvenile arrested in bar", "Teen charged", "Suspect held"
                          "juvenile", "teen", "suspect", "inmate", "infant", "baby", "toddler", "kid", "mother",
                          "father", "son", "daughter", "wife", "husband", "brother", "sister", "couple", "girlfriend",
                          "boyfriend", "adult", "minor", "cop", "deputy", "mayor", "priest", "guard", "thief",
                          "fugitive", "felon", "convict", "hostage", "citizen", "candidate", "judge", "coach",
                          "pilot", "crew", "people", "veteran", "nurse", "doctor", "cousin", "nephew", "niece",
                          "friend", "uncle", "aunt", "grandmother", "grandfather", "grandson", "granddaughter",
                          "stepfather", "stepson", "stepdaughter", "roommate", "classmate", "pupil", "passerby",
                          "companion", "fiancee", "fiance", "widow", "newborn", "motorist", "pedestrian",
                          "aide", "associate", "confidant", "crony", "henchman", "accomplice",
                          # titles and callings the endings miss ("arrested the captain of a rescue ship")
                          "captain", "chief", "boss", "cleric", "imam", "bishop", "archbishop", "cardinal", "pope",
                          "monk", "nun", "rabbi", "pastor", "envoy", "diplomat", "delegate", "delegation", "consul",
                          "king", "queen", "prince", "princess", "emir", "sultan", "sheikh", "colonel", "heir",
                          "tycoon", "billionaire", "millionaire", "celebrity", "attorney", "plaintiff", "athlete"})
_AGENT_ENDING = re.compile(r"(?:ists?|ers?|ors?|ians?|ants?|(?<!m)ents?|ees?|(?<=.{3})m[ae]n)$")  # "fishermen"
# (not "-ment": "the settlement", "an investment")
NOT_PEOPLE = frozenset({"order", "border", "number", "letter", "power", "water", "paper", "center", "centre",
                        "matter", "disaster", "danger", "quarter", "chamber", "manner", "computer", "weather",
                        "offer", "transfer", "answer", "other", "cancer", "meter", "layer", "banner", "factor",
                        "sector", "error", "floor", "door", "event", "percent", "cent", "agent", "content",
                        "extent", "element", "moment", "comment", "payment", "statement", "agreement",
                        "government", "movement", "parliament", "department", "incident", "accident", "talent",
                        "plant", "grant", "rant", "fee", "committee", "degree", "decree", "guarantee", "tree",
                        "interest", "warrant", "covenant", "pageant", "variant",
                        "list", "mist", "twist", "fist", "wrist", "gist", "register",
                        # things with an agent's ending that local news' passives and objects name ("rejects merger
                        # with X", "pulled a box cutter", "selling painkillers", "bought surge protectors")
                        "merger", "headquarters", "spree", "cutter", "painkiller", "protector", "fundraiser",
                        "scooter", "trailer", "mower", "lawnmower", "detector", "generator", "heater",
                        "freezer", "charger", "scanner", "sticker", "diaper", "burger", "cracker", "ladder",
                        "carrier",
                        # more things with an agent's ending ("trade barriers distort the market")
                        "barrier", "filter", "trigger", "tower", "river", "motor", "mirror", "reactor", "tractor",
                        "calendar", "dollar", "pillar", "corridor", "indicator", "parameter", "character",
                        "chapter", "cluster", "container", "gender", "ledger", "lever", "litre", "liter", "poster",
                        "printer", "shelter", "theatre", "theater", "timber", "rubber", "silver", "sugar", "laser",
                        "liquor", "tumor", "tumour", "vapor", "vapour", "harbour", "harbor", "honour", "honor",
                        "favour", "favor", "labour", "labor", "rumour", "rumor", "colour", "color", "behaviour",
                        "behavior", "humour", "humor", "razor", "charter", "cover",
                        "summer", "winter", "october", "november", "december", "september", "dinner", "lunch",
                        "platform", "segment", "instrument", "document", "equipment", "investment",
                        "treatment", "settlement", "development", "environment", "employment", "unemployment",
                        "requirement", "argument", "amendment", "assessment", "announcement", "achievement",
                        "establishment", "commitment", "deployment", "enforcement", "procurement",
                        "supplement", "sentiment", "component", "continent", "patent", "percentage", "restaurant",
                        "constraint", "complaint", "pollutant", "lubricant", "implant",
                        # things and states with an agent's ending, the commonest in 970 judged news stories ("an
                        # apology in the newspaper", "opposition to the takeover", "a tender for the contract")
                        "newspaper", "newsletter", "career", "dossier", "takeover", "turnover", "handover", "stopover",
                        "spillover", "crossover", "holdover", "coffee", "beer", "lager", "butter", "terror", "horror",
                        "murder", "slaughter", "semiconductor", "processor", "waiver", "tender", "voucher", "counter",
                        "encounter", "buffer", "shortlist", "furor", "fervor", "helicopter", "tanker", "airliner",
                        "jetliner", "interceptor", "liner", "frontier", "corner", "tier", "disorder", "hunger",
                        "fever", "tremor", "anger", "laughter", "prayer", "reminder", "disclaimer", "remainder",
                        "intent", "consent", "dissent", "descent", "precedent", "equivalent", "deterrent", "irritant",
                        "ingredient", "rent", "manpower", "airpower", "hydropower", "ventilator", "canister",
                        "lumber", "leather", "fiber", "fibre", "armor", "armour", "interior", "bellwether",
                        "kilometer", "kilometre", "barometer", "calculator", "supercomputer", "thriller"})
#: Weapons and attacks that news makes the subject of a killing: the attackers, unnamed (CAMEO's UAF).
ATTACK_NOUNS = frozenset({"bomb", "bombing", "blast", "explosion", "device", "mine", "landmine", "rocket", "shell",
                          "shelling", "missile", "mortar", "gunfire", "airstrike", "ambush", "attack", "grenade",
                          "bullet", "sniper", "drone"})
#: People who speak for the body they are "of" or "for": "a spokesman for Ericsson" is Ericsson's.
SPEAKING_FOR = frozenset({"spokesman", "spokeswoman", "spokesperson", "official", "representative"})
#: Who speaks or acts for the person or body named as their owner: "Sam Clovis' attorney", "Moore's campaign".
REPRESENTATIVES = (SPEAKING_FOR - {"official"}) | {"lawyer", "attorney", "counsel", "campaign"}
#: Who acts for a client named with "for": "lawyers for Microsoft".
COUNSEL = frozenset({"lawyer", "attorney", "counsel", "solicitor", "barrister", "advocate"})
#: Where people meet: "ministers met in Paris" says where, not whose ministers they are.
MEETING_WORDS = frozenset({"meet", "meeting", "talk", "talks", "negotiate", "negotiation", "discuss", "discussion",
                           "summit", "visit", "hold", "resume", "gather", "convene", "confer", "consult",
                           "consultation", "conference", "session"})
#: Modifiers that say a group is not of the country where the sentence happens ("foreign banks", "western
#: diplomats", "international lenders").
NOT_LOCAL = frozenset({"foreign", "international", "western", "overseas", "outside", "global", "multinational",
                       "world", "external"})
#: Titles in which such a word names an office at home ("the foreign minister", "international trade officials").
HOME_OFFICES = frozenset({"minister", "ministry", "secretary", "office", "affair", "trade", "relation", "policy"})
#: Modifiers that say it is ("local banks", "domestic creditors", "its own lenders").
LOCAL = frozenset({"local", "domestic", "national", "state", "own", "home", "native"})
#: The other side of a country's debts and loans: in a story about a country, "banks", "creditors" are mostly
#: its foreign lenders, of no country the sentence says ("Brazil suspended payments to commercial banks").
COUNTERPARTIES = frozenset({"bank", "banker", "creditor", "lender", "bondholder"})
#: What makes them lenders in a sentence.
DEBT_WORDS = frozenset({"debt", "loan", "credit", "payment", "arrears", "interest", "rescheduling", "repayment",
                        "lending", "financing", "rollover", "reschedule", "repay", "borrow", "borrowing"})
#: Bodies of people whose members news names in the plural at international meetings: unplaced, they are of the
#: story's country only when the story is about one ("the ministers reaffirmed", in a Group of Seven story).
DELEGATES = frozenset({"minister", "official", "leader", "governor", "diplomat", "delegate", "representative",
                       "delegation", "envoy", "negotiator", "ambassador"})
ANAPHORIC_NOUNS = {"group": "group", "organization": "group", "organisation": "group",
                   "movement": "group", "militia": "group", "country": "state", "nation": "state",
                   "government": "state", "state": "state", "kingdom": "state", "republic": "state"}


def _kind_of_group(head) -> bool:
    """Does ``head`` ("groups", "a rights group", "many countries") name a kind of body, not one named before: a group
    word (or a state word in the plural) with no definite determiner or possessive ("Rights groups criticised", "an
    aid organisation said"), where "the group",
    "the militant group", "its movement" point back to a body the story named?"""
    kind = ANAPHORIC_NOUNS.get(head.lemma_.lower())
    if kind == "state" and head.tag_ == "NNS":
        kind = "group"  # "many countries had compromised", "several states": no one state named before
    if kind != "group":
        return False
    return not any(c.dep_ in ("det", "poss") and c.lower_ in DEFINITE for c in head.children)


#: Determiners and possessives that point back to something named before.
DEFINITE = frozenset({"the", "this", "that", "these", "those", "its", "their"})


def _phrase(head) -> list:
    """The head noun and its pre-modifiers (no prepositional phrases or clauses)."""
    return list(_read_phrase(head))  # (a list of its own: the one kept for the doc stays as it was found)


@per_doc
def _read_phrase(head) -> list:
    tokens, stack = [], [head]
    while stack:
        tok = stack.pop()
        tokens.append(tok)
        stack.extend(c for c in tok.children if (c.dep_ in MOD_DEPS and c.dep_ != "conj" or
                     (c.dep_ == "conj" and tok.i != head.i)) and (
                         tok.i != head.i or c.i < head.i or c.dep_ == "appos" and not c.like_num))  # (not an age:
    # "Mr Ebbers, 63,")
    # "leaders of the opposition coalition": take the of-phrase of a generic head
    lemma = head.lemma_.lower()
    generic = lemma in ("leader", "member", "head", "chief", "side", "representative",
                        "thousand", "hundred", "dozen", "score", "million", "some", "group",
                        "village", "town", "city", "area", "region", "province", "district",
                        "government", "regime", "administration", "cabinet", "army", "ministry", "embassy",
                        "department", "agency", "bureau",
                        "republic", "kingdom", "emirate", "sultanate", "principality",  # "the Republic of Korea"
                        "president", "chairman", "director", "board", "executive", "employee", "worker",
                        "shareholder", "owner", "staff") or lemma in DELEGATES  # "ministers of the 12 EC nations",
    # "the directors of Hughes Tool Co"
    spokes = lemma in SPEAKING_FOR  # "a spokesman for Ericsson": Ericsson's
    for prep in head.children if generic or spokes or head.ent_type_ == "PERSON" else ():
        if prep.dep_ == "prep" and (prep.lower_ == "of" or spokes and prep.lower_ == "for"):
            for pobj in prep.children:  # "King Hassan of Morocco": a person's state
                if pobj.dep_ == "pobj" and (generic or spokes or pobj.ent_type_ == "GPE") and not _charge(head, pobj):
                    tokens.append(prep)
                    tokens.extend(_phrase(pobj))
    if head.i < 100 and any(in_headline_credit(t) for t in tokens):  # "diplomat's home -- Bonn": not the home's
        tokens = [t for t in tokens if not in_headline_credit(t)]
    return sorted(set(tokens), key=lambda t: t.i)


#: Verbs whose object takes an of-phrase of what it is charged with or deprived of ("accused the army of abuses").
CHARGE_VERBS = frozenset({"accuse", "suspect", "convict", "acquit", "clear", "absolve", "rob", "strip", "deprive",
                          "warn", "notify", "inform", "remind", "assure", "convince", "persuade"})


def _charge(head, pobj) -> bool:
    """Is the of-phrase of ``head`` (ending in ``pobj``) the charge of a verb of accusing, not part of the actor's
    name ("accused the army of abuses": the army; "accused leaders of the opposition": who they lead)?"""
    lemma = pobj.lemma_.lower()
    return head.dep_ == "dobj" and head.head.lemma_.lower() in CHARGE_VERBS and not pobj.ent_type_ and \
        pobj.pos_ != "PROPN" and not _people_word(pobj) and lemma not in agents().sectors and \
        lemma not in ANAPHORIC_NOUNS


def _two_people(head, tokens) -> list[tuple] | None:
    """Two people the parser joined into one name ("U.S. President Donald Trump and Russian President Vladimir
    Putin met": one title made the compound of the other's name): the phrase's two sides at its "and", each with
    its own person's name as its head; None when the phrase is not such a pair."""
    if head.ent_type_ != "PERSON":
        return None
    ands = [t for t in tokens if t.dep_ == "cc" and t.lower_ == "and" and t.head.i != head.i]
    if len(ands) != 1:
        return None
    cut = ands[0].i
    sides = [[t for t in tokens if t.i < cut], [t for t in tokens if t.i > cut]]
    heads = []
    for side in sides:
        names = [t for t in side if t.ent_type_ == "PERSON" and t.pos_ == "PROPN" and not (
            t.i + 1 < len(t.doc) and t.doc[t.i + 1].ent_type_ == "PERSON" and t.doc[t.i + 1].ent_iob_ == "I")]
        if len(names) != 1:
            return None
        heads.append(names[0])
    return [(h, side) for h, side in zip(heads, sides)]


def conjuncts(head) -> list:
    """The head and the nouns coordinated with it ("the United States and Jordan")."""
    out = [head]
    for tok in head.conjuncts:
        if tok.i > head.i and tok.pos_ in ("PROPN", "NOUN", "PRON") and not (
                head.dep_ not in ("nsubj", "nsubjpass") and
                tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].dep_ in ("aux", "auxpass") and
                tok.doc[tok.i + 1].head.dep_ == "conj" and tok.doc[tok.i + 1].head.pos_ in ("VERB", "AUX")):
            out.append(tok)  # (not "the election and Trump has denied ...": the second clause's subject)
    return [tok for n, tok in enumerate(out) if not (
        n > 0 and out[n - 1].pos_ == "PROPN" and out[n - 1].lemma_.lower() in agents().sectors and
        tok.left_edge.i == out[n - 1].i + 1 and tok.pos_ == "PROPN")]  # "Kenyatta and Somali President Mohamed
    # Farmajo", the name parsed as a third conjunct after its title: one person, whom the title places


#: Things sent whose sender acts through them: "a message from Clinton congratulated Ukraine".
SENT_NOUNS = frozenset({"message", "letter", "telegram", "cable", "note", "greeting", "communique", "statement"})
#: Writings that say or ask what their authors do: "a report by X says", "X's study criticised".
REPORT_NOUNS = frozenset({"report", "study", "review", "survey", "audit", "paper", "document", "memo",
                          "memorandum", "editorial", "commentary", "declaration"})


def writing_authors(head) -> list:
    """Who a report or a message is by, as its phrase names them: after "by" or "from" ("a report by a Pentagon
    advisory panel", "a statement from the ministry"), as its owner ("Amnesty's report"; not a pronoun) or a name
    just before it ("the Defense Science Board report")."""
    return [g for p in head.children if p.dep_ == "prep" and p.lower_ in ("by", "from")
            for g in p.children if g.dep_ == "pobj"] + [
        c for c in head.children if c.dep_ == "poss" and c.pos_ != "PRON" or c.dep_ == "compound" and
        c.ent_type_ in ("ORG", "PERSON", "GPE", "NORP") and c.i == head.i - 1]


#: Partitives whose group acts: "one of the hijackers", "a number of lawmakers", "a group of clerics".
GROUP_PARTS = PARTS | frozenset({"number", "handful", "majority", "group"})
#: What a state is said to do to others, named with its adjective as what an act is about: "probing Russian
#: interference", "investigating Chinese hacking".
DEEDS_OF_STATES = frozenset({"interference", "meddling", "hacking", "involvement", "influence", "aggression",
                             "espionage", "spying", "collusion", "intervention", "incursion", "provocation",
                             "subversion", "propaganda", "disinformation", "cyberattack", "cyberattacks", "hack"})


#: States whose governments have no prime minister or premier (presidential republics, the Swiss federal council):
#: a "Prime Minister X" the article does not place is not theirs.
NO_PRIME_MINISTER = frozenset({"USA", "MEX", "BRA", "ARG", "CHL", "COL", "VEN", "ECU", "BOL", "PRY", "URY", "CRI",
                               "GTM", "HND", "NIC", "SLV", "PAN", "DOM", "CYP", "CHE", "IDN", "NGA", "AFG"})
#: A prime minister's or premier's title right before a name (up to two first names between).
PREMIER_BEFORE = re.compile(r"\b(?:prime minister|premier)\s+(?:[\w.'-]+\s+){0,2}$")
#: A storm's name where the article gives it ("Hurricane Maria", "Typhoon Haiyan", "Tropical Storm Harvey").
STORM = re.compile(r"\b(?:Hurricane|Typhoon|Cyclone|Tropical Storm|Superstorm|Storm)\s+([A-Z][a-z]+)\b|"
                   r"\b(?:[Hh]urricanes|[Tt]yphoons|[Cc]yclones|[Ss]torms)\s+((?:[A-Z][a-z]+,\s*)*[A-Z][a-z]+"
                   r",?\s+and\s+[A-Z][a-z]+)\b")


#: Prefixes that make a name a time or a stance ("post-Brexit", "pre-war", "anti-Trump"), no party.
TIME_PREFIXES = frozenset({"post", "pre", "anti", "pro", "non", "mid"})


def _time_prefixed(head) -> bool:
    """Is ``head`` a prefix of a hyphened modifier ("Post" of "Post-Brexit") or the name after one?"""
    doc = head.doc
    if head.lower_ in TIME_PREFIXES and head.i + 1 < len(doc) and doc[head.i + 1].text == "-" and \
            head.whitespace_ == "":
        return True
    return head.i >= 2 and doc[head.i - 1].text == "-" and doc[head.i - 2].lower_ in TIME_PREFIXES and \
        doc[head.i - 2].whitespace_ == "" and doc[head.i - 1].whitespace_ == ""


def storm_names(text: str) -> set[str]:
    """The names of the storms a text names: "Hurricane Maria", "hurricanes Eta and Iota" (each name of a list after
    a plural; not a country or a place: "After Hurricane Eta, Guatemala asked ...", nor after a lower-case "storm":
    "the storm Trump unleashed")."""
    names = {name for one, listed in STORM.findall(text) for name in ([one] if one else re.split(
        r",?\s+and\s+|,\s*", listed)) if name}
    return {n for n in names if countries.by_name(n) is None and countries.city_country(n, 0) is None}
#: What a "state of" is when it is a condition, not a state: "a state of siege / emergency / war".
CONDITIONS = frozenset({"siege", "emergency", "war", "alert", "readiness", "mourning", "disaster", "calamity",
                        "chaos", "shock", "flux", "denial", "anarchy", "lawlessness", "tension", "insurrection"})
#: Words for states in the plural: people "of leading industrial nations" are of no one country.
NATIONS = frozenset({"nation", "country", "state", "government", "economy", "power", "member"})


#: Pacts and rounds of talks named for a place ("the Paris pact", "the Minsk agreement", "the Kyoto protocol").
PACT_HEADS = frozenset({"pact", "accord", "accords", "agreement", "round", "protocol", "treaty", "convention",
                        "process", "declaration", "communique", "consensus", "framework", "plan", "initiative",
                        "formula"})


class ActorCoder:
    """Codes actors of one document, with a short memory for coreference."""

    def __init__(self, doc):
        self.doc = doc
        self.year = doc._.nc_date.year if doc._.nc_date else None
        self.agents = agents()
        self.last: dict[str, EventActor] = {}
        self.people_seen: list[EventActor] = []  # people coded so far, in text order ("she" after a man: the woman)
        ents = doc.ents  # (a tuple of new spans at every read: read once)
        starts = [sent.start for sent in doc.sents] or [0]  # (``Span.sent`` walks back to its sentence's start)
        sent_of = {ent.start: starts[bisect_right(starts, ent.start) - 1] for ent in ents}  # (the one of its start)
        self.gender = _pronoun_genders(ents, sent_of) | _genders(ents)  # a person's surname -> "m" or "f", by the
        # titles the article gives them, else by its pronouns
        self.people: dict[str, EventActor] = {}
        self.subject_person: EventActor | None = None
        self.last_pair: list[EventActor] = []
        self.plural: list[EventActor] = []  # what "they" stands for: the last pair or plural actor
        self.plural_sent = -1  # the start of the sentence it was named in
        self.by_char = {e.start: e.canonical for e in doc._.nc_entities}
        self.actors_info = doc._.nc_actors
        self.ents = {e.start: e for e in ents}
        self.all_places = sorted(doc._.nc_places, key=lambda p: p.start)
        # where sentences happen: not a metonym, nor a place inside a name ("Bank of America", "Delta Holdings")
        self.places = [p for p in self.all_places if p.country and not p.metonym and not p.in_name]
        self._starts = {id(ps): [p.start for p in ps] for ps in (self.all_places, self.places)}
        self.towns = Towns(self.all_places)  # where the places step read a world name as a town ("a Paris man")
        self._sent_ents: dict[int, list] = {}
        for ent in ents:  # Span.ents scans the whole doc at every call: index them once
            self._sent_ents.setdefault(sent_of[ent.start], []).append(ent)
        self.home = next((f.country for f in doc._.nc_focus if f.country), None)
        # the home of office holders the article does not place: only in a story about one country
        others = [f for f in doc._.nc_focus if f.country and f.country != self.home and f.score >= OTHER_FOCUS]
        self.sole_home = None if others else self.home
        self.story = sum(1 for _ in islice(doc.sents, 3)) >= 3 if doc.has_annotation("SENT_START") else False
        # a wire story's own country: its dateline's, when the article is much about it ("MINSK 1996-08-30" over a
        # story about Belarus and Russia): the home of a head of state or government it does not place
        dateline = countries.dateline_country(extensions.doc_text(doc)[:600])
        self.dateline_home = dateline if dateline and (dateline == self.home or any(
            f.country == dateline and f.score >= OTHER_FOCUS for f in doc._.nc_focus)) else None
        # (a BUCHAREST story most about the Hungary pact is still about Romania: "President Ion Iliescu" is its)
        self.ent_of = {i: e for e in ents for i in range(e.start, e.end)}
        self._orgs = [e for e in ents if e.label_ == "ORG"]
        self._persons = [e for e in ents if e.label_ == "PERSON"]
        self._org_starts = [e.start for e in self._orgs]
        self.head_home: dict[str, str] = {}  # head noun of a state organ coded with its country -> that ISO3
        self._premiers: dict[str, bool] = {}  # a person's last name -> titled prime minister or premier
        self._named_states: set[str] | None = None
        self.storms = storm_names(extensions.doc_text(doc))  # "Hurricane Maria": "Maria" is a storm here
        dateline = countries.dateline_span(extensions.doc_text(doc)[:600])
        self.dateline_chars = dateline or (0, 0)  # "LONDON/BRUSSELS (Reuters) -": where the story was filed
        self.firms: dict[str, EventActor] = {}  # canonical name of an organisation -> its record
        self._firm_at: list[tuple[int, EventActor]] = []  # (token index, record) of each mention of a firm
        self._sectors: dict[tuple, str | None] = {}  # (head, phrase token indices) -> its sector (``_sector``)
        self._learn_names(ents)

    # ---- public
    def code(self, head, speaker: list[EventActor] | None = None) -> list[EventActor]:
        """Actor records for the noun phrase headed by ``head`` (several when it names several
        countries: "US and Turkish officials")."""
        low = head.lower_
        if head.text in self.storms:
            return []  # "Even before Maria savaged Puerto Rico": the hurricane the article names, no actor
        if head.lemma_.lower() in PACT_HEADS and any(c.dep_ in ("compound", "nmod") and c.ent_type_ in ("GPE", "LOC")
                                                     and c.i < head.i and countries.by_name(c.text) is None
                                                     for c in head.children):
            return [r for p in head.children if p.dep_ == "prep" and p.lower_ in ("with", "between") for o in
                    p.children if o.dep_ == "pobj" for c in conjuncts(o) for r in self.code(c, speaker)]
            # "the Paris pact", "the Minsk agreement", "the Kyoto protocol": a pact named for the city it was made
            # in, no party to it, only the parties named with it ("the Paris agreement with the EU"); a state's name
            # is its party or owner: "the U.S. plan", "the Iran deal"
        if low == "state" and any(o.lemma_.lower() in CONDITIONS for p in head.children if p.dep_ == "prep" and
                                  p.lower_ == "of" for o in p.children if o.dep_ == "pobj"):
            return []  # "declared a 30-day state of siege": a condition, no state
        if _time_prefixed(head):
            return []  # "Post-Brexit trade talks", "pre-war Iraq": a time named by an event, no party
        if in_headline_credit(head) or self.dateline_chars[0] <= head.idx < self.dateline_chars[1]:
            return []  # "... stormed diplomat's home -- Bonn": who tells it, no party to it; "LONDON / BRUSSELS
            # (Reuters) - talks hung ...": where it was filed, no party (the parser hangs a dateline on the subject)
        if low in PERSONAL and head.pos_ == "PRON":
            return [_speakers_words(r, head) if head.dep_ == "nsubj" and any(r is s for s in speaker or ()) else
                    replace(r, text=head.text) for r in self._pronoun(PERSONAL[low], speaker, head)]  # ("Lebanon
            # says it will not accept refugees": the doer is the speaker named in the sentence, not "it"; a pronoun
            # for someone named before, or one acted on, keeps its word)
        if head.pos_ in ("NUM", "PRON", "NOUN", "DET", "ADJ") and (part := whole_of(head, GROUP_PARTS)) is not None:
            return self.code(part, speaker)  # "one of the hijackers threatened", "two of his aides said": the group
        if head.lemma_.lower() in SENT_NOUNS and head.dep_ in ("nsubj", "nsubjpass"):
            senders = [self.code(g, speaker) for c in head.subtree if c.dep_ == "prep" and c.lower_ == "from"
                       for g in c.children if g.dep_ == "pobj"]
            if senders:  # "a message from President Clinton congratulated Ukraine": its sender ("a message from the
                # West from President Clinton": the one named with a country)
                return next((found for found in senders if any(r.code for r in found)), senders[0])
        if head.lemma_.lower() in SENT_NOUNS | REPORT_NOUNS and head.dep_ == "nsubj" and _writing_says(head.head):
            found = [r for g in writing_authors(head) for r in self.code(g, speaker)]
            if found:  # "a report by a Pentagon advisory panel says ...", "Amnesty's report accused Egypt", "the
                # Defense Science Board report calls for ...": its author
                return found
        if (region := self._region(head)) is not None:
            return [region]  # "Western countries", "European leaders", "Gulf states", "the West": a region's
            # states, never the country the sentence names ("Baltic states accused Moscow")
        if head.lemma_.lower() in IGO_AGENTS and (igo := self._igo_modifier(head, speaker)):
            return igo  # "a UN human rights expert", "EU observers": the body's own envoys, not commentators
        if (head.lemma_.lower() in self.agents.nonactors and not _organ_name(head) and not (
                head.lemma_.lower() == "agency" and any(
                c.dep_ == "compound" and c.lemma_.lower() in self.agents.sectors for c in head.children) and any(
                c.dep_ in ("amod", "compound", "poss") and c.ent_type_ in ("NORP", "GPE") for c in head.children)) and
                not _state_agency(head) and
                not any(c.dep_ in ("amod", "compound") and f"{c.lower_} {head.lemma_.lower()}" in self.agents.sectors
                        for c in head.children)) or head.ent_type_ in NOT_ACTOR_ENTS:
            return []  # "2005 offers the chance", "next year brings": a time or an amount acts on no one; "the
            # agency" is a news agency, but "U.S. intelligence agencies" are spies (a country named with them: they
            # take no other actor's), and "an aid agency" is a body of its cause
        if head.dep_ == "appos" and head.pos_ == "NOUN" and not head.ent_type_ and head.head.ent_type_ == "PERSON" \
                and head.head.i < head.i:
            return self.code(head.head, speaker)  # "Roy Moore, a conservative firebrand accused of sexual
            # misconduct": the firebrand is Moore
        named = next((c for c in head.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
        if named is not None and not head.ent_type_ and head.pos_ in ("NOUN", "PROPN"):
            person = self.code(named, speaker)  # "the Secretary of State for Culture, Tessa Jowell": who she is
            if person and person[0].code:
                return person
        if named is None and (holder := self._office_holder(head, speaker)) is not None:
            return [replace(holder, text=_join(_phrase(head)))]  # "The President has spoken to Mr Paisley", after
            # "US President George Bush": he, not the country the sentence is about
        if named is None and (acting := self._acting_for(head, speaker)):
            return acting
        if head.lemma_.lower() in PAIR_NOUNS and any(c.lower_ in ("two", "both") for c in head.children):
            pair = self.last_pair or self._pair_before(head)  # "the two sides": the last pair named
            if pair:
                return [replace(r, text=head.text) for r in pair]
        tokens = _phrase(head)
        if head.pos_ == "NOUN" and not any(t.ent_type_ for t in tokens) and any(
                c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            named = self._named_before(head, tokens)  # "the bank" after "the World Bank"
            if named is not None:
                return [replace(named, text=_join(tokens))]
        if head.pos_ == "NOUN" and (head.lemma_.lower() in firms.FIRM_NOUNS or head.lemma_.lower() in BOARDS and any(
                c.dep_ == "poss" and c.lower_ == "its" for c in head.children)) and not any(
                t.ent_type_ for t in tokens) and any(c.dep_ == "det" and c.lower_ == "the" or c.dep_ == "poss" and
                                                     c.lower_ == "its" for c in head.children):
            # "the company", "its board": the firm named last
            firm = self._last_firm(head)
            if firm is not None:
                return [replace(firm, text=_join(tokens))]
        if head.pos_ == "NOUN" and head.lemma_.lower() in firms.FIRM_NOUNS and (based := self._based_in(tokens)):
            firm = self._last_firm(head)  # "the Michigan-based company": the firm of that country named last, else
            text = _join(t for t in tokens if t.dep_ != "det")  # a firm of that country all the same
            return [replace(firm, text=text) if firm is not None else EventActor(
                text=text, canonical=text, code=based.iso3, sector="BUS", kind="group", own_country=based.iso3)]
        if head.pos_ == "NOUN" and head.lemma_.lower() in ANAPHORIC_NOUNS and not any(
                t.ent_type_ for t in tokens) and not _kind_of_group(head) and named_group(head) is None:
            # (not "the Gulen movement": a name says which)
            kind = ANAPHORIC_NOUNS[head.lemma_.lower()]
            seat = self._seat(head) if kind == "state" else None
            if seat is not None:  # "the federal government in Belgrade": the state seated there
                return [replace(seat, text=_join(t for t in tokens if t.dep_ != "det" or t.i > tokens[0].i),
                                 sector="GOV")]
            prior = self.last.get(kind)
            owner = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
            if kind == "state" and owner is not None:  # "the king told Chinese leaders his country would not ...":
                person = self._pronoun("person", speaker, owner)  # the state of the one "his" stands for
                home = (person[0].own_country or person[0].code or "")[:3] if person else ""
                state = countries.by_iso3(home) if home else None
                if state is not None:
                    return [EventActor(text=_join(tokens), canonical=state.name, code=state.iso3,
                                       sector="GOV" if head.lemma_.lower() == "government" else None, kind="state")]
            if prior is None and kind == "state" and head.tag_ == "NN" and self.sole_home and countries.by_iso3(
                    self.sole_home) and any(c.lower_ == "the" for c in head.children):
                # "the government has blamed ...", first named so in a story about one country: its government
                prior = EventActor(text=head.text, canonical=countries.by_iso3(self.sole_home).name,
                                   code=self.sole_home, kind="state", guessed=True)
            if prior and kind == "state" and self.sole_home and (prior.code or "")[:3] != self.sole_home and \
                    countries.by_iso3(self.sole_home) and not self._named_near(head, (prior.code or "")[:3]):
                # "Mexico and Peru are the largest producers ... Last Tuesday, the government instructed Minpeco", in
                # a story about Peru: another state named sentences before is no antecedent; the story's state is
                prior = EventActor(text=head.text, canonical=countries.by_iso3(self.sole_home).name,
                                   code=self.sole_home, kind="state", guessed=True)
            if prior and head.lemma_.lower() == "government":
                prior = replace(prior, sector="GOV")
                if prior.kind == "state" and prior.code and countries.by_iso3(prior.code[:3]) is not None:
                    # "Kenya's opposition party accuses the government": the state's government, not the last
                    # body of that state named (a party, its police)
                    state = countries.by_iso3(prior.code[:3])
                    prior = EventActor(text=_join(t for t in tokens if t.dep_ != "det"), canonical=state.name,
                                       code=state.iso3, sector="GOV", kind="state", guessed=prior.guessed)
            return [prior] if prior else []
        if head.lemma_.lower() in CRITIC_HEADS and (opposed := next((
                c for c in head.children if c.dep_ in ("compound", "poss") and c.pos_ == "PROPN"), None)) is not None:
            home = next(((r.own_country or r.code or "")[:3] for r in self.code(opposed, speaker) if r.code and (
                r.kind == "state" or r.sector in STATE_SECTORS)), "")  # (a state's or its leader's: "Facebook's
            # critics" are no country's opposition)
            state = countries.by_iso3(home) if home else None
            if state is not None:  # "Kremlin critics", "Erdogan's critics": whom they oppose names their country, not
                text = _join(t for t in tokens if t.dep_ != "det")  # their body ("Kremlin critics" are no Kremlin)
                return [EventActor(text=text, canonical=text, code=state.iso3, kind="group", sector=None if (
                    head.tag_ == "NN" and head.lemma_.lower() == "opponent") else "OPP")]  # ("Moore's opponent": a
                # rival candidate, of no opposition)
        if (parts := _two_people(head, tokens)) is not None:
            return [r for part_head, part in parts for r in self._from_tokens(part_head, part)]
        found = self._from_tokens(head, tokens)
        if head.lemma_.lower() == "member" and head.tag_ == "NN" and found and all(
                (r.code or "").startswith("IGO") for r in found):
            # "the OPEC member": one member state, named before, not OPEC itself ("EC members" act as the EC)
            prior = self.last.get("state")
            return [replace(prior, text=_join(tokens))] if prior is not None else []
        if len(found) == 1 and found[0].sector in STATE_SECTORS and not found[0].guessed:
            code = found[0].own_country or found[0].code
            if code and countries.by_iso3(code[:3]) is not None:  # "USALEG": the United States'
                self.head_home[head.lemma_.lower()] = code[:3]
        return found

    def _region(self, head) -> EventActor | None:
        """A group of states, or their officials, named by their region ("Western countries", "Latin American
        leaders", "other Gulf states", "a European diplomat"), or a region named as an actor ("the West",
        "Europe"): its CAMEO region code (``knowledge.regions``)."""
        lemma = head.lemma_.lower()
        if lemma in REGION_STATES and head.tag_ in ("NNS", "NNPS") or lemma in REGION_PEOPLE:
            end = head.i  # the words before the noun
        elif head.pos_ == "PROPN" and head.ent_type_ in ("LOC", "GPE", "NORP", ""):
            end = head.i + 1  # the region's name, its head included ("Latin America")
        else:
            return None
        doc = head.doc
        if end < 1 or doc[end - 1].lower_ not in regions.LAST_WORDS:
            return None  # (most nouns: no region's word before them)
        found = None
        for j in range(max(head.sent.start, end - regions.LONGEST * 2 - 1), end):
            words = doc[j:end]
            if any(t.i != head.i and t.head.i not in range(j, head.i + 1) for t in words):
                continue  # ("Western-backed government": "Western" modifies "backed", not the government)
            hit = regions.region(words.text)
            if hit is not None:
                found = (j, hit)
                break  # the longest phrase first ("Latin American", not "American")
        if found is None:
            return None
        j, (code, name) = found
        span = doc[j:end]
        for tok in span:  # part of a longer name: "European Union officials", "West Bank", "Western Union"
            ent = self.ent_of.get(tok.i) or self.ents.get(tok.i)
            if ent is not None and (ent.start < j and doc[ent.start].lower_ != "the" or ent.end > max(end, j + 1)
                                    and not (end == head.i and ent.end == head.i + 1 and ent.label_ == "NORP")):
                return None
        if end == head.i + 1 and (head.lower_ == "west" and not any(c.lower_ == "the" for c in head.children) or
                                  span.text.lower().removeprefix("the ") in SEAS):
            return None  # a bare "West" is a direction or a name's part (the region is "the West"); "the Gulf", "the
            # Mediterranean" named alone are seas ("exports to the Gulf"), their states only before a noun
        phrase = _phrase(head)
        text = _join(t for t in phrase if t.dep_ != "det" or t.i > phrase[0].i).strip()
        sector = "GOV" if lemma in REGION_PEOPLE or lemma == "government" else None
        return EventActor(text=text or span.text, canonical=name, code=code or None, sector=sector, kind="region")

    def owned_thing(self, head) -> bool:
        """Is the noun a thing someone owns or does, no party itself ("U.S. allegations", "the Tory plans", "budget
        cuts"): a thing of the actor table, an event noun of the lexicon or one of ``OWNED_THINGS``?"""
        lemma = head.lemma_.lower()
        return lemma in self.agents.things or lemma in lexicon().nouns or lemma in OWNED_THINGS

    def is_thing(self, head, *, strict: bool = False) -> bool:
        """Is the noun phrase headed by ``head`` a thing, no actor? ``strict``: only the things of the actor
        table ("the resolution", "a storm", "prices"); else also a common noun that codes to no actor and
        does not name people or a body of them ("little resistance", "the criteria", "abuses")."""
        lemma = head.lemma_.lower()
        if head.ent_type_ in AMOUNT_LABELS or head.text in self.storms:
            return True  # "received 200,000 dollars", "delivered 20 tonnes", "Maria" of "Hurricane Maria"
        if head.ent_type_ == "CARDINAL" and head.pos_ == "NOUN":  # "thousands of dollars" (a thing), "of people"
            counted = next((o for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                            for o in p.children if o.dep_ == "pobj"), None)
            if counted is not None:
                return self.is_thing(counted, strict=strict)
        if lemma in self.agents.things and (head.ent_type_ in ("EVENT", "WORK_OF_ART", "LAW") or (
                head.ent_type_ == "ORG" and lemma in ("lecture", "speech", "sermon", "budget"))):
            return True  # "delivered the 14th Adam Smith Lecture" (which the model calls an ORG): a named thing
        if head.pos_ == "PROPN" and lemma in self.agents.things and (not head.ent_type_ or (
                head.ent_iob_ == "B" and (head.i + 1 >= len(head.doc) or head.doc[head.i + 1].ent_iob_ != "I"))):
            return True  # "delivered his ninth Budget": a thing's name written with a capital (one word the model may
            # have taken for a name)
        if head.pos_ not in ("NOUN", "NUM") or head.ent_type_:
            return False
        if lemma in self.agents.things:
            return True
        if strict or lemma in ATTACK_NOUNS or lemma in ANAPHORIC_NOUNS or lemma in PAIR_NOUNS:
            return False
        if _people_word(head) or lemma in GENERIC_TITLES or _title_lemma(head) in self.agents.sectors:
            return False
        return not any(r.code or r.sector for r in self.code(head))

    def _igo_modifier(self, head, speaker) -> list[EventActor]:
        """The international body a modifier of ``head`` names ("UN" of "a UN expert"), as the phrase's actor."""
        for mod in (c for c in head.children if c.dep_ in ("nmod", "compound", "poss") and c.pos_ == "PROPN"):
            found = [r for r in self.code(mod, speaker) if (r.code or "").startswith("IGO")]
            if found:
                return [replace(found[0], text=_join(sorted((t for t in _phrase(head) if t.dep_ != "det"),
                                                            key=lambda t: t.i)))]
        return []

    def is_people(self, head) -> bool:
        """Does the noun phrase headed by ``head`` name people: a person, a body of people ("his cabinet",
        "critics", "the police")?"""
        if head.ent_type_ in ("PERSON", "NORP") or _people_word(head):
            return True
        return head.pos_ in ("NOUN", "PROPN") and any(r.kind == "person" or r.sector for r in self.code(head))

    # ---- internals
    def _learn_names(self, ents) -> None:
        """What the article says of each person and organisation where it names them, kept for the mentions
        that say nothing ("Irish finance minister Michael Noonan" ... "Noonan will press"; "Sweden's Ericsson",
        "the Stockholm-based group Ericsson" ... "Ericsson sued"): a person's country and office, a firm's
        country. Read once over the whole article, so a sentence that reports no event still describes."""
        ents = [e for e in ents if e.label_ == "ORG"] + [e for e in ents if e.label_ == "PERSON"]
        for ent in ents:  # organisations first: "X, a spokesman for Ericsson" is Ericsson's
            if self._entities_step(ent) is not None:
                continue
            if ent.label_ == "PERSON" and (known := self.people.get(ent[-1].lower_)) is not None and known.code:
                continue  # a person already placed: what this mention says changes nothing (below)
            if ent.label_ == "ORG" and (firm := self.firms.get(self.by_char.get(ent.start_char) or ent.text)):
                if firm.sector == "BUS":
                    self._firm_at.append((ent.start, firm))
                continue  # a firm already known: this mention is one more of it (below)
            if ent.label_ == "ORG" and (self.agents.groups.get((self.by_char.get(ent.start_char) or ent.text).lower())
                                        or countries.by_name(ent.text)):
                continue  # a body the tables know, coded where it is named (below), with nothing to read here
            head = ent.root
            tokens = _phrase(head)
            found = [m for m in self._modifier_records(tokens, ent) if m.kind in ("state", "group")] or (
                [d] if (d := self._described(ent)) is not None and d.code else [])
            based = self._based_in(tokens)
            if not found and based is not None:  # "the Atlanta-based company"
                found = [EventActor(text=based.name, canonical=based.name, code=based.iso3, kind="state")]
            legislator = ent.label_ == "PERSON" and _us_legislator(ent)  # "Dan Glickman, D-Kan.", "(R-Texas)"
            if ent.label_ == "PERSON" and not found and not legislator and ent[-1].lower_ in self.people:
                continue  # one more mention of a person already kept, saying nothing new (below: only a country
                # found changes a kept person); no sector to read
            sector = self._sector(head, tokens)
            if legislator:
                found, sector = [EventActor(text="US", canonical="United States", code="USA", kind="state")], "LEG"
            if ent.label_ == "PERSON":
                if found and found[0].kind == "group" and found[0].sector:
                    sector = found[0].sector  # "a spokesman for Ericsson" speaks for a firm
                key = ent[-1].lower_
                if not found and self.people.get(key) is None and self.dateline_home and _national_office(ent):
                    # "President Alexander Lukashenko" in a story from Minsk: the dateline's, as a guess
                    self.people[key] = EventActor(text=ent.text, canonical=ent.text, code=self.dateline_home,
                                                  sector=sector or "GOV", kind="person", guessed=True)
                    continue
                if self.people.get(key) is None or (found and not self.people[key].code):
                    if found or sector in STATE_SECTORS:
                        self.people[key] = EventActor(
                            text=ent.text, canonical=ent.text, code=found[0].code if found else None,
                            sector=sector or found[0].sector if found else sector, kind="person",
                            own_country=found[0].own_country if found else None)
                continue
            name = self.by_char.get(ent.start_char) or ent.text
            if name in self.firms:
                if self.firms[name].sector == "BUS":
                    self._firm_at.append((ent.start, self.firms[name]))
                continue
            if self.agents.groups.get(name.lower()) or countries.by_name(ent.text) or sector in STATE_SECTORS:
                continue  # a state's organ is coded where it is named: "the Foreign Ministry" may be two states'
            firm = firms.country_of(name)
            listed = firms.exchange_country(self.doc[ent.end + 1].text) if _ticker_after(ent) else None
            code = firm.iso3 if firm else (listed or (found[0].code if found else None) or self._home_in_name(ent))
            is_firm = bool(firm or based is not None or CORP_SUFFIX.search(ent.text) or _firm_word(ent)
                           or self._firm_described(head, tokens) or _ticker_after(ent))
            guessed = False
            if code is None and is_firm and self.sole_home and not sector:
                code, guessed = self.sole_home, True  # "Dart Group Corp" in a story about one country: its firm
            if code:  # an organisation of that country; a firm when the table or the article says so
                self.firms[name] = EventActor(text=ent.text, canonical=name, code=code,  # "Foreign Ministry": GOV
                                              sector=sector or ("BUS" if is_firm else None), kind="group",
                                              own_country=code, guessed=guessed)
                if self.firms[name].sector == "BUS":
                    self._firm_at.append((ent.start, self.firms[name]))

    def _based_in(self, tokens):
        """The country of "X-based" in a phrase ("the Atlanta-based company", "Stockholm-based Ericsson", "the
        Michigan-based company": a place the places step resolved), or None."""
        for tok in tokens:
            if tok.lower_ == "based" and tok.i >= 2 and tok.nbor(-1).text == "-":
                start = tok.i - 2
                while start > 0 and tok.doc[start - 1].is_title and tok.doc[start - 1].whitespace_:
                    start -= 1
                name = tok.doc[start:tok.i - 1].text
                found = countries.by_name(name) or countries.city_country(name, 0)
                if found is not None:
                    return found
                end = tok.nbor(-1).idx  # the place mention that ends at the hyphen
                for place in self.all_places[bisect_left(self._starts[id(self.all_places)], end - 60):]:
                    if place.start >= end:
                        break
                    if place.end == end and place.country and not place.in_name:
                        return countries.by_iso3(place.country)
        return None

    def _pair_before(self, head) -> list[EventActor]:
        """Two states named together ("Greek and Turkish warships", "between Chile and Peru") in the last three
        sentences before ``head``, latest first."""
        sent = head.sent
        for _ in range(4):
            recs = {}
            for ent in self.ents_of(sent):
                if ent.start >= head.i or ent.label_ not in ("GPE", "NORP"):
                    continue
                if ent.root.dep_ == "conj" and (other := self.ent_of.get(ent.root.head.i)) is not None:
                    for e in (other, ent):
                        rec = self._entity(e)
                        if rec is not None and rec.kind == "state" and rec.code:
                            recs.setdefault(rec.code, replace(rec, sector=None))
                    if len(recs) == 2:
                        return list(recs.values())
                    recs = {}
            if sent.start == 0:
                break
            sent = self.doc[sent.start - 1].sent
        return []

    def _named_before(self, head, tokens) -> EventActor | None:
        """The organisation named last before ``head`` whose name ends in the same noun, with every modifier of the
        phrase in it: "the bank" after "the World Bank", "the party" after "the Liberal Democratic Party", "the
        central bank" after "the Central Bank of Kenya" (not after "the World Bank")."""
        lemma = head.lemma_.lower()
        if lemma in ANAPHORIC_NOUNS or lemma in PAIR_NOUNS and any(c.lower_ in ("two", "both") for c in tokens):
            return None
        mods = {t.lower_ for t in tokens if t.i != head.i and t.dep_ in ("amod", "compound")}
        at = bisect_left(self._org_starts, head.i)
        for ent in reversed(self._orgs[:at]):
            words = {t.lower_ for t in ent}
            if ent.root.lemma_.lower() != lemma or not mods <= words:
                continue
            rec = self._entity(ent) or self.firms.get(self.by_char.get(ent.start_char) or ent.text)
            return rec if rec is not None and rec.code else None
        return None

    def _last_firm(self, head) -> EventActor | None:
        """The firm named last before ``head`` in the article, of the country an "X-based" in its phrase names
        ("the Stockholm-based group"), or None."""
        at = bisect_left(self._firm_at, head.i, key=lambda pair: pair[0])
        based = self._based_in(_phrase(head))
        for _, firm in reversed(self._firm_at[:at]):
            if based is None or firm.own_country == based.iso3:
                return firm
        return None

    def _firm_described(self, head, tokens) -> bool:
        """Is the organisation (its phrase ``tokens``) named as a firm: "rival ZTE", "carmaker Volvo", "ZTE, a
        telecoms maker"?"""
        words = [t for t in tokens if t.i != head.i and t.pos_ == "NOUN"]
        words += [c for c in head.children if c.dep_ == "appos"]
        return any(self.agents.sectors.get(_title_lemma(t)) == "BUS" or t.lemma_.lower() in ("rival", "group")
                   for t in words)

    def _seat(self, head) -> EventActor | None:
        """The state a "government"/"regime" is placed in by its own phrase: "the government in Belgrade"."""
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ != "in":
                continue
            for obj in prep.children:
                ent = self.ent_of.get(obj.i) if obj.dep_ == "pobj" else None
                rec = self._entity(ent) if ent is not None and ent.label_ == "GPE" else None
                if rec is not None and rec.kind == "state" and rec.code:
                    return rec
        return None

    def _pronoun(self, kind: str, speaker: list[EventActor] | None, head=None) -> list[EventActor]:
        found = self._pronoun_of(kind, speaker, head)
        if kind == "person" and found and head is not None and head.lower_ in ("him", "her") and (
                other := self._not_own_subject(head, found[0])) is not None:
            return [other]
        return found

    def _not_own_subject(self, head, rec: EventActor) -> EventActor | None:
        """An object "him"/"her" is not its own clause's subject ("he insulted Kim by calling him short and fat":
        Kim, not the one who calls): when ``rec`` is that subject, the person named last before it in the
        sentence who is not; None when ``rec`` is not the subject or no other is named."""
        verb = head.head.head if head.dep_ == "pobj" else head.head
        if head.dep_ not in ("dobj", "dative", "pobj") or verb.pos_ not in ("VERB", "AUX"):
            return None
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) or subject(verb)[0]
        if subj is None or subj.i == head.i:
            return None
        own = self.code(subj)
        if not own or (own[0].canonical or own[0].text) != (rec.canonical or rec.text):
            return None
        for ent in reversed([e for e in self.ents_of(head.sent) if e.label_ == "PERSON" and e.end <= head.i and not (
                e.root.dep_ in ("compound", "nmod", "amod") and e.root.head.pos_ == "NOUN")]):  # (not "a Trump campaign
            # adviser")
            other = next(iter(self.code(ent[-1])), None)
            if other is not None and (other.canonical or other.text) != (rec.canonical or rec.text):
                return other
        return None

    def _pronoun_of(self, kind: str, speaker: list[EventActor] | None, head=None) -> list[EventActor]:
        if speaker:
            if kind == "person" and speaker[0].kind == "person":
                return speaker[:1]

            if kind == "plural" and speaker[0].kind == "person" and head is not None and (
                    said_by := _speaker(head)[0]) is not None and (pair := [
                        c for c in said_by.conjuncts if c.ent_type_ == "PERSON"]):
                found = {r.canonical: r for t in [said_by, *pair] for r in self.code(t) if r.kind == "person"}
                return list(found.values())  # "Senators Marco Rubio and Bob Corker said they would support it": both
            if kind != "person" and speaker[0].kind != "person":
                return speaker[:1]
        if kind == "person":
            want = PRONOUN_GENDER.get(head.lower_) if head is not None else None
            if head is not None and head.dep_ == "poss" and (lead := next((
                    t for t in reversed(head.sent[:head.i - head.sent.start]) if t.dep_ == "nsubj" and
                    t.pos_ == "PRON" and PRONOUN_GENDER.get(t.lower_) == want and want), None)) is not None:
                return self._pronoun_of(kind, speaker, lead)  # "he said he had come back ... - his support": the
                # same man as the sentence's "he"
            rec = self._sentence_subject(head) or self._previous_subject(head, want) or self.subject_person or \
                self.last.get("person")
            if rec is None and speaker and head is not None and head.dep_ == "nsubj" and (
                    said_by := _speaker(head)[0]) is not None and said_by.tag_ == "NN" and _people_word(said_by) \
                    and _title_lemma(said_by) in self.agents.sectors and not _speakers_for(said_by):
                return speaker[:1]  # "The Peruvian president said he would not seek a second term", no one named
                # before: the president (a title; not a spokesman, who speaks for another; not "the newspaper")
            if rec is not None and want and self._gender_of(rec) not in (None, want):
                rec = next((r for r in reversed(self.people_seen) if self._gender_of(r) == want), None)
                # "Mrs Hassan ... urged": not the man named last ("She also urged Care International ...")
            elif rec is not None and want == "f" and self._gender_of(rec) is None:
                rec = next((r for r in reversed(self.people_seen[-3:]) if self._gender_of(r) == want and
                            self._named_in_full(r)), rec)
                # "Kelly and Bossert both called Duke ... She refused": the woman named lately, not a man whose
                # pronouns the article never gives (not for "he": most people news names without a pronoun are men)
            if rec is not None and head is not None and self._named_in_clause(head, rec):
                rec = next((r for r in reversed(self.people_seen) if not self._named_in_clause(head, r) and
                            self._gender_of(r) in (None, want)), None)  # "He praised Pai's move": not Pai
        elif kind == "plural" and head is not None and head.lower_ == "them" and (group := next((
                t for t in reversed(head.sent[:head.i - head.sent.start]) if t.dep_ in ("pobj", "dobj") and
                t.tag_ in ("NNS", "NNPS") and _people_word(t)), None)) is not None:
            return [r for r in self.code(group) if r.code or r.sector]  # "took a swipe at intelligence officials
            # Brennan and Clapper, calling them political hacks": the people just named
        elif kind == "plural":  # "they": the last pair, or people or a group named in the plural, not one state,
            # as the subject of this sentence or the one before
            near = head is None or self.plural_sent in (head.sent.start, self._previous_sent(head))
            return list(self.plural) if near else []
        else:
            rec = self._subject_before(head) or self._governing_subject(head) or self.last.get("thing")
        return [rec] if rec else []

    def _governing_subject(self, head) -> EventActor | None:
        """What an "it" inside a clause stands for when a clause above it has a subject, before it, that the table
        codes as a state or a body ("The UAE broke with Arab policy when it agreed to forge ties with Israel": the
        UAE; not the last thing named, Israel); None when there is none, that subject is a person, or another state or
        body is named between them."""
        if head is None or head.lower_ != "it" or head.dep_ not in ("nsubj", "nsubjpass") or head.i == head.sent.start:
            return None  # (a subject "it"; "its support", "its commitment" keep what they had)
        verb = head.head
        while verb.head.i != verb.i:
            verb = verb.head
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < head.i), None)
            if subj is None:
                continue
            if subj.pos_ not in ("NOUN", "PROPN") or subj.ent_type_ == "PERSON" or any(
                    t.ent_type_ in ("GPE", "ORG") and t.pos_ == "PROPN" or t.ent_type_ == "NORP" and
                    t.head.pos_ == "NOUN" and any(r.sector for r in self.code(t.head))
                    for t in head.doc[subj.i + 1:head.i]):
                return None  # (another side named between: "Germany criticised Russia after it expelled ...", "the UN
                # condemned the Israeli army after it bombed a school"; not "broke with Arab policy")
            found = [r for r in self._from_tokens(subj, _phrase(subj)) if r.code and r.kind != "person"]
            return replace(found[0], text=head.text) if len(found) == 1 else None
        return None

    def _previous_subject(self, head, want: str | None) -> EventActor | None:
        """The person who was the subject of the sentence before, for a pronoun that is its own sentence's subject
        ("Prince was called to testify because of the meeting, which the Post described as an effort to connect the
        Trump administration with Moscow. He met with the committee": Prince; "Chavern said newspapers need scale.
        He praised ...": Chavern), when the article has coded them and their sex, if known, fits; else None."""
        if head is None or head.dep_ != "nsubj" or head.sent.start == 0 or any(
                t.dep_ in ("nsubj", "nsubjpass") and not any(a.dep_ in ("ccomp", "parataxis") for a in t.ancestors)
                for t in head.sent if t.i < head.i):
            return None  # (a quote's own subject before "he said" is no earlier subject of the pronoun's clause)
        before = self.doc[head.sent.start - 1].sent
        subj = next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.ent_type_ != "PERSON":
            return None
        surname = subj.text.lower()
        rec = next((r for r in reversed(self.people_seen)
                    if (r.canonical or r.text or "").lower().split()[-1:] == [surname]), None) or next(
            (r for r in self.code(subj) if r.kind == "person"), None)  # (coded here: a person of no known country)
        return rec if rec is not None and self._gender_of(rec) in (None, want) else None

    def _named_in_full(self, rec: EventActor) -> bool:
        """Does the article name this person with a first name somewhere ("Elaine Duke" for "Duke"), as a person is
        named (not "Politico", a one-word name the recogniser took for one)?"""
        surname = (rec.canonical or rec.text or "").lower().split()[-1:]
        return bool(surname) and any(len(p) >= 2 and p[-1].lower_ == surname[0] for p in self._persons)

    def _named_in_clause(self, head, rec: EventActor) -> bool:
        """Is the person ``rec`` named after the subject pronoun ``head`` in its own clause ("He praised Pai's
        move")? A pronoun does not stand for a name it governs (but for one inside a clause on another noun or a
        name's modifier: "when he fired Comey, who had been leading an investigation into the Trump campaign")."""
        if head.dep_ != "nsubj":
            return False
        surname = (rec.canonical or rec.text or "").lower().split()[-1:]
        verb = head.head
        return bool(surname) and any(
            t.lower_ == surname[0] and t.ent_type_ == "PERSON" and t.dep_ != "compound" and not any(
                a.dep_ in ("relcl", "acl", "ccomp", "advcl") for a in t.ancestors if a.i != verb.i and
                verb in a.ancestors) for t in verb.subtree if t.i > head.i)

    def _sentence_subject(self, head) -> EventActor | None:
        """The person named as a subject earlier in the pronoun's own sentence ("Palin said, as she talked to
        reporters": Palin; "One of the nominees, Brett Talley, had said he would withdraw": Talley), coded; None when
        no person is named so."""
        if head is None or head.i == head.sent.start:
            return None
        named = [t if t.ent_type_ == "PERSON" else a for t in head.sent if t.i < head.i and t.dep_ in (
                     "nsubj", "nsubjpass")
                 and not any(g.dep_ in ("ccomp", "parataxis") and g.head.i == head.head.i for g in t.ancestors)
                 for a in [next((c for c in t.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)]
                 if t.ent_type_ == "PERSON" or a is not None]  # ("One of the nominees, Brett Talley, ... said he";
        # not a subject inside what the pronoun says: '"Today President Xi and I discussed ...," he added')
        if not named:
            return None
        surname = named[-1].text
        seen = next((r for r in reversed(self.people_seen)
                     if (r.canonical or r.text or "").split()[-1:] == [surname] or
                     (r.text or "").lower().split()[-1:] == [surname.lower()]), None)
        if seen is not None or head.dep_ not in ("nsubj", "nsubjpass", "poss"):
            return seen  # (not coded here for an object: "Gibson said she believed the allegations against him")
        return next((r for r in self.code(named[-1]) if r.kind == "person"), None)  # "FBI agent Peter Strzok was
        # removed because he had exchanged messages that disparaged Trump": Strzok, though no country is known

    def _gender_of(self, rec: EventActor) -> str | None:
        name = (rec.canonical or rec.text or "").split()
        return self.gender.get(name[-1].lower()) if name else None

    def _subject_before(self, head) -> EventActor | None:
        """What a sentence-opening "It" stands for: the body or state the sentence before was about, its speaker
        when it ends in a quote's attribution ('"...," Damascus radio said. It welcomed ...': the radio), else its
        subject; None when that is a person, a pronoun or nothing the actor table can code."""
        if head is None or head.lower_ != "it" or head.dep_ != "nsubj" or head.i != head.sent.start or \
                head.sent.start == 0:
            return None
        before = self.doc[head.sent.start - 1].sent
        root = before.root
        subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ not in ("NOUN", "PROPN") or subj.ent_type_ == "PERSON":
            return None
        found = [r for r in self._from_tokens(subj, _phrase(subj)) if r.code and r.kind != "person"]
        return replace(found[0], text=head.text) if len(found) == 1 else None

    def _previous_sent(self, tok) -> int:
        """The start token of the sentence before ``tok``'s (-1 for the first)."""
        start = tok.sent.start
        return self.doc[start - 1].sent.start if start > 0 else -1

    def mark_subject(self, recs: list[EventActor], head=None) -> None:
        """Remember the subject of a clause: "he" prefers the last person who was a subject, "they" the last
        subject named in the plural ("the gunmen") or a group, not a state."""
        if recs and head is not None and recs[0].kind != "state" and (
                head.tag_ in ("NNS", "NNPS") or recs[0].kind == "group"):
            self.plural, self.plural_sent = recs[:1], head.sent.start
        for rec in recs:
            if rec.kind == "person" and rec.code:
                self.subject_person = rec

    def _from_tokens(self, head, tokens) -> list[EventActor]:
        sector = self._sector(head, tokens)
        while len(tokens) > 1 and tokens[-1].dep_ in ("cc", "punct"):
            tokens = tokens[:-1]
        text = _join(t for t in tokens if t.dep_ != "det" or t.i > tokens[0].i).strip()
        head_ent = self.ent_of.get(head.i)
        own = self._entity(head_ent) if head_ent is not None else None
        if own is None and head_ent is not None and head_ent.label_ == "ORG":
            firm = self.firms.get(self.by_char.get(head_ent.start_char) or head_ent.text)
            own = replace(firm, text=head_ent.text) if firm is not None else None
        mods = self._modifier_records(tokens, head_ent)
        branch = self._branch_record(head_ent, own, sector, text)
        if branch is not None:
            return [branch]
        if head_ent is not None and not own and ("-" in head_ent.text or head_ent.label_ == "ORG"):
            mods = _hyphen_parts(head_ent, self.year) + mods  # "Turkish-US", "Latvian Constitutional Court"
        if head_ent is not None and not own and head_ent.label_ == "ORG" and not sector:
            # a firm keeps its own sector, with the country its name gives ("British Airways": GBR BUS)
            sector = "BUS" if CORP_SUFFIX.search(head_ent.text) or _firm_word(head_ent) else None
        other_states = [m for m in mods if m.kind == "state" and own and m.code != own.code]
        if own and own.kind == "state" and other_states:  # "Turkish-US talks", "US-Turkish"
            mods = [own] + other_states
            own = None
        if not sector and head.ent_type_ == "NORP" and head.tag_ in ("NNS", "NNPS"):
            sector = "CVL"  # "Algerians", "Iraqi Kurds": a people, coded as civilians
        if not own and head.pos_ == "NOUN" and sector in STATE_SECTORS and (holder := next(
                (c for c in head.children if c.dep_ == "poss" and c.ent_type_ == "PERSON"), None) or next(
                (o for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                 if o.dep_ == "pobj" and o.ent_type_ == "PERSON"), None)) is not None and (not mods or all(
                    m.kind != "state" for m in mods)) and (
                ent := self.ent_of.get(holder.i)) is not None and (rec := self._entity(ent)) is not None and \
                rec.code and not rec.guessed and (state := countries.by_iso3(rec.code[:3])) is not None:
            # "President Bush's government", "Mr Putin's ministers": the leader's state
            return [self._remember(EventActor(text=text, canonical=state.name, code=state.iso3, sector=sector,
                                              kind="state"), "state")]
        people = own if own and own.kind == "state" else (mods[0] if mods and not own else None)
        if people and people.kind == "state" and sector != "REF" and self._ethnic(head, tokens):  # (refugees are
            # of the country they fled, wherever they live: "Rwandan Hutu refugees" in Zaire are Rwanda's)
            return [self._remember(replace(self._residence(head, people), text=text, sector=sector or "CVL"), "state")]
        if own and own.code and own.kind != "person" or (own and own.code and own.sector):
            rec = replace(own, text=text)
            if sector and not rec.sector:
                rec.sector = sector
            return [self._remember(rec, rec.kind)]
        if head_ent is None and head.lemma_.lower() in PLACED_BLASTS and mods and mods[0].kind == "state" and any(
                t.dep_ == "compound" and t.ent_type_ == "GPE" for t in tokens) and not any(
                t.lemma_.lower() in WEAPON_WORDS or t.ent_type_ == "NORP" for t in tokens):
            # "Algeria restaurant bomb kills seven": attackers nobody named, in that country, not its state
            return [EventActor(text=text, canonical="unidentified attackers", code=mods[0].code, sector="UAF",
                               guessed=True)]
        if head_ent is not None and head_ent.label_ == "PERSON":
            country = own or (mods[0] if mods else None)
            rec = self._person(head_ent, sector, country or self._described(head_ent))
            if not rec.code and self.sole_home:
                # a person the article does not place, office holder or not: the story's one country, as a guess
                # the event drops when it is the other side's ("President X threatened Russia" is not Russian);
                # never the place the sentence names ("Governor Jose Fernandez started talks in New York")
                home = self._premier_home(head_ent, self.sole_home)
                rec = replace(rec, code=home, guessed=True) if home else rec
            elif not rec.code and self.dateline_home and _national_office(head_ent):
                # "President Alexander Lukashenko" in a story from Minsk about Belarus and Russia: the head of
                # state a wire story names without a country is the dateline's, as a guess
                rec = replace(rec, code=self.dateline_home, sector=rec.sector or "GOV", guessed=True)
                self.people[head_ent[-1].lower_] = rec
            return [self._remember(rec, "person")]
        if mods:
            out = []
            thing = head_ent is None and head.pos_ == "NOUN" and not sector and self.owned_thing(head)
            for rec in mods:
                rec = replace(rec, text=text if len(mods) == 1 and not thing else rec.text)  # ("Moscow denies U.S.
                # allegations": the party is "U.S.", not its allegations; "Turkish troops" are the troops)
                if sector and (rec.kind == "state" or not rec.sector):  # "UN peacekeepers"
                    rec.sector = sector
                out.append(self._remember(rec, rec.kind))
            return out
        if sector:  # "the police", "rebels": the country where the sentence happens; a body whose name opens
            # with a place ("Kabul University Hospital"): that place's
            home = self._home_in_name(head_ent) if head_ent is not None and head_ent.label_ == "ORG" else None
            return [EventActor(text=text, canonical=text, code=home or self._group_country(head, tokens),
                               sector=sector)]
        home = self._home_in_name(head_ent) if head_ent is not None and head_ent.label_ == "ORG" else None
        if home and _named_body(head_ent, self.by_char.get(head_ent.start_char)):
            # "Kabul University Hospital", "Kenya Airways", "the Tokyo Stock Exchange": its name places it
            return [EventActor(text=text, canonical=text, code=home, sector=sector, kind="group", own_country=home)]
        if head_ent is not None and head_ent.label_ == "ORG" and self.sole_home and _named_body(
                head_ent, self.by_char.get(head_ent.start_char)):
            # "the FDA", "IG Metall", "the LDP" in a story about one country: a body of that country, as a guess
            return [EventActor(text=text, canonical=text, code=self.sole_home, sector=sector, kind="group",
                               own_country=self.sole_home, guessed=True)]
        if head_ent is None and head.dep_ == "nsubj" and head.tag_ == "NNS" and _people_word(head) and not any(
                c.dep_ == "prep" and c.lower_ == "of" for c in head.children):  # "members of the Association": its
            # "the seamen", "traders": people the article names by what they do, of the country where the
            # sentence happens or of the story's one country
            country = self._group_country(head, tokens)
            return [EventActor(text=text, canonical=text, code=country, sector=None, kind="group",
                               own_country=country, guessed=True)]
        if head_ent is None and (name := named_group(head) or self._leaders_camp(head)) is not None:
            # "the Hirak movement", "the Ouattara camp", "the Sadrist bloc": people a name gathers, an actor of their
            # own; a leader's camp is of the leader's country when the article places the leader
            ent = self.ent_of.get(name.i) if name.ent_type_ == "PERSON" else None
            leader = (self.people.get(name.lower_) or self._entity(ent)) if ent is not None else None
            if leader is not None and leader.code:
                return [EventActor(text=text, canonical=text, code=leader.code[:3], kind="group",
                                   own_country=leader.code[:3], guessed=leader.guessed)]
            placeable = name.ent_type_ in ("PERSON", "ORG") and _placeable(head, None, tokens)
            return [EventActor(text=text, canonical=text, code=None, kind="unplaced" if placeable else "other")]
        if head.pos_ == "PROPN" or head_ent is not None or _people_word(head):  # someone we cannot code (one a
            # story about one country may place: ``placed_by_story``)
            return [EventActor(text=text, canonical=text, code=None, sector=sector,
                               kind="unplaced" if _placeable(head, head_ent, tokens) else "other")]
        if head.lemma_.lower() in ATTACK_NOUNS and head.dep_ not in ("dobj", "pobj"):
            # "a roadside bomb killed ...": attackers nobody named (what is fired, "fired rockets at Israel", is none)
            return [EventActor(text=text, canonical="unidentified attackers", code=self.context_country(
                head, located=True),
                               sector="UAF", guessed=True)]
        return []  # a thing ("tax increases", "the market drop") is no actor

    def _leaders_camp(self, head):
        """The leader whose camp ``head`` is ("the Ouattara camp"), when the article or the tables know that person,
        else None."""
        if head.pos_ != "NOUN" or head.lemma_.lower() not in CAMPS:
            return None
        name = next((c for c in head.children if c.i < head.i and c.dep_ in ("compound", "poss") and
                     c.ent_type_ == "PERSON"), None)
        ent = self.ent_of.get(name.i) if name is not None else None
        known = ent is not None and ((rec := self.people.get(name.lower_)) is not None and rec.code or (
            (rec := self._entity(ent)) is not None and rec.code))
        return name if known else None

    def _modifier_records(self, tokens, head_ent) -> list[EventActor]:
        found, seen = [], set()
        for tok in tokens:
            if head_ent is not None and head_ent.start <= tok.i < head_ent.end:
                continue
            rec = None
            if tok.ent_type_ and tok.ent_iob_ == "B":
                ent = self.ents.get(tok.i)
                if ent is not None and "-" in ent.text and len(ent) > 2:  # "Turkish-US"
                    for rec in _hyphen_parts(ent, self.year):
                        if (rec.code, None) not in seen:
                            seen.add((rec.code, None))
                            found.append(rec)
                    continue
                rec = self._entity(ent) if ent is not None and ent.label_ != "PERSON" else None
                if ent is not None and ent.label_ == "PERSON" and ent.root.dep_ in ("compound", "amod") and (
                        country := demonym(ent[0].text)) is not None:  # "28 Rwandan Hutu refugees", the NER's
                    # "person" a nationality and a people before a noun: the nationality's state
                    rec = _in_its_time(EventActor(text=ent[0].text, canonical=country.name, code=country.iso3,
                                                  kind="state"), ent[0].text, self.year)
                if ent is not None and ent.label_ == "PERSON" and ent.root.dep_ == "compound" and \
                        ent.root.head.lemma_.lower() in GOVERNMENT_NOUNS and (
                        person := self.people.get(ent[-1].lower_) or self._entities_step(ent)) is not None \
                        and person.code:
                    # "the Bush administration", "the Blair government": the leader's state's government
                    rec = EventActor(text=ent.text, canonical=person.canonical, code=person.code, sector="GOV",
                                     kind="state")
                if rec is None and ent is not None and ent.label_ == "ORG":  # "Microsoft's phones"
                    rec = self.firms.get(self.by_char.get(ent.start_char) or ent.text)
                if rec is None and ent is not None and ent.label_ != "PERSON":  # "British Defence"
                    parts = _hyphen_parts(ent, self.year)
                    rec = parts[0] if parts else None
            elif not tok.ent_type_ and tok.pos_ in ("PROPN", "ADJ"):  # a country the NER missed
                country = demonym(tok.text) if tok.pos_ == "ADJ" else (
                    countries.by_name(tok.text) or demonym(tok.text))
                group = self.agents.groups.get(tok.lower_) if tok.pos_ == "PROPN" else None
                if country is not None:
                    rec = _in_its_time(EventActor(text=tok.text, canonical=country.name, code=country.iso3,
                                                  kind="state"), tok.text, self.year)
                elif group:
                    rec = self._group_record(tok.text, group)
            if rec and rec.code and (rec.code, rec.sector) not in seen:
                seen.add((rec.code, rec.sector))
                found.append(rec)
        firms_of = {r.own_country for r in found if r.kind == "group" and r.sector == "BUS"}
        return [r for r in found if not (r.kind == "state" and r.code in firms_of)]  # "Chinese rival ZTE": ZTE

    def _group_country(self, head, tokens) -> str | None:
        """ISO3 of an unnamed body of people ("the police", "commercial banks", "its forces", "the ministers"):
        none for an ethnic group ("Kurdish fighters"), for a foreign one ("foreign banks", "western diplomats")
        or for a country's lenders ("creditors"); the possessor's for "its"/"their"; else the country where the
        sentence happens, else the story's (only a one-country story's for delegates in the plural)."""
        words = {t.lower_ for t in tokens if t.i != head.i}
        if any(t.ent_type_ == "NORP" for t in tokens) or any(
                t.lower_ in NOT_LOCAL and t.head.lemma_.lower() not in HOME_OFFICES for t in tokens if t.i != head.i):
            return None
        lemma = head.lemma_.lower()
        if lemma in COUNTERPARTIES and not words & LOCAL and any(t.lemma_.lower() in DEBT_WORDS for t in head.sent):
            return None
        if any(o.tag_ == "NNS" and o.lemma_.lower() in NATIONS for p in head.children if p.dep_ == "prep" and
               p.lower_ in ("of", "from") for o in p.children if o.dep_ == "pobj"):
            return None  # "top officials of leading industrial nations", "ministers from 12 countries": many states'
        if any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in head.children):
            said_by = speaker(head)[0]
            if said_by is not None and said_by.i < head.i and (said_by.ent_type_ in ("ORG", "GPE", "NORP") or (
                    said_by.pos_ == "PROPN" and not said_by.ent_type_)) and any(
                    c.dep_ == "relcl" for c in said_by.children):
                # in what a body says, its own, not a state its relative clause names ("the KDP, which accuses Iran
                # of ..., said its forces repelled the attack": the KDP's, coded or not, never Iran's)
                ent = self.ent_of.get(said_by.i)
                rec = self._entity(ent) if ent is not None else None
                if rec is None or not rec.code or rec.kind == "person":
                    return None
                return _owner_code(rec)
            owner = self._possessor(head)
            if owner is not None:
                return owner
        home = self.sole_home if lemma in DELEGATES and head.tag_ == "NNS" else True
        return self.context_country(head, home)

    def _acting_for(self, head, speaker) -> list[EventActor]:
        """Who a representative acts for: the owner of "Sam Clovis' attorney", "Moore's campaign", or the client of
        "lawyers for Microsoft", "lawyers for the Kenyan government"; coded as a team acting for them (no "he" or
        "she" of the text is it), with the phrase's own words."""
        lemma = head.lemma_.lower()
        if head.pos_ != "NOUN" or lemma not in REPRESENTATIVES | COUNSEL:
            return []
        owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ != "PRON" and (
            c.ent_type_ in ("PERSON", "ORG") or c.pos_ == "PROPN" and not c.ent_type_ or
            c.pos_ == "NOUN" and _people_word(c))), None) if lemma in REPRESENTATIVES else None
        if owner is not None:
            found = self.code(owner, speaker)
            start = next(t.i for t in head.doc[owner.left_edge.i:head.i + 1] if t.dep_ != "det")
            text = head.doc[start:head.i + 1].text  # "Sam Clovis' attorney" (no appositive, no article)
        else:
            client = next((o for p in head.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children
                           if o.dep_ == "pobj" and o.pos_ in ("PROPN", "NOUN")), None) if lemma in COUNSEL else None
            if client is None:
                return []
            found = [r for c in conjuncts(client) for r in self.code(c, speaker) if r.code or r.sector]
            text = head.doc[head.i:client.right_edge.i + 1].text  # "lawyers for the Kenyan government"
        return [replace(r, text=text, kind="group" if r.kind == "person" else r.kind) for r in found]

    def _office_holder(self, head, speaker) -> EventActor | None:
        """The person "the president", "the prime minister" (a title alone, with "the") stands for: the last one
        named with that title before it ("US President George Bush ... The President has spoken"), coded."""
        if head.pos_ not in ("NOUN", "PROPN") or head.ent_type_ or not any(
                c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            return None
        words = [c for c in head.children if c.dep_ == "compound" and c.i < head.i]
        if any(c.dep_ in ("amod", "poss", "nmod", "appos") or c.dep_ == "prep" and c.lower_ == "of" for c in
               head.children) or len(words) > 1:
            return None  # "the Iranian president", "the president of the club", "the former prime minister"
        title = " ".join([w.lower_ for w in words] + [head.lower_])
        if title not in OFFICE_ANAPHORS:
            return None
        for ent in reversed(self._persons):
            if ent.end > head.i:
                continue
            if head.i - ent.end > ANAPHOR_REACH:
                return None
            before = extensions.doc_text(self.doc)[max(0, ent.start_char - 40):ent.start_char].lower().rstrip()
            if before.endswith(title) and not before[:len(before) - len(title)].rstrip(" -").endswith(
                    ("vice", "deputy", "former", "ex", "assistant")):  # (no "Vice President X" for "the president")
                found = [r for r in self.code(ent[-1], speaker) if r.code]
                return found[0] if found else None
        return None

    def placed_by_story(self, recs: list[EventActor], coded: bool = False) -> list[EventActor]:
        """The people among ``recs`` the article does not place, in a wire story most about its dateline's country
        ("Hasina accused the BNP", from Dhaka, in a story about Bangladesh): that country, as a guess (only once
        the actors are coded, so no title, owner or pronoun of the text is overruled by it); in a story about one
        country, that country ("the board accepted the resignation of Ashley Nickles" in a story about a Missouri
        school board), for people and for the unnamed ones the parser did not take for anyone ("Gunmen opened
        fire"; ``coded``: the event has a coded actor all the same)."""
        dateline = self.dateline_home if self.dateline_home is not None and self.dateline_home == self.home else None
        out = []
        for r in recs:
            if not r.code and r.kind == "person" and (dateline or self.sole_home and self.story):
                r = replace(r, code=dateline or self.sole_home, guessed=True)
            elif not r.code and r.kind == "unplaced" and (coded or _full_name(r.text)) and self.sole_home and \
                    self.story and not any(o.code for o in recs) and r.text.lower() not in PERSONAL:
                # "Gunmen", "Brital" the parser did not take for a person's name, in a story about one country: its
                # people, as a guess (only for a full name, "Ashley Nickles", or in an event coded all the same, the
                # other side having a code: "Jewish settlers" alone do not make an event; not beside a
                # coded companion, "Fabius and a group of deputies"; not in a lone sentence, which tells too little
                # of a story's country)
                r = replace(r, code=self.sole_home, own_country=self.sole_home, guessed=True)
            out.append(r)
        return out

    def _possessor(self, head) -> str | None:
        """ISO3 of the state or body "its"/"their" stands for: the nearest one named before ``head`` in its
        sentence ("Baghdad said its forces had repulsed the attack")."""
        for ent in reversed(self.ents_of(head.sent)):
            if ent.end > head.i or ent.label_ not in ("GPE", "ORG", "NORP"):
                continue
            rec = self._entity(ent)
            if rec is not None and rec.code and rec.kind != "person":
                return _owner_code(rec)
        return None

    def ents_of(self, sent) -> list:
        """The entities of a sentence, from the index (``sent.ents`` costs the whole doc)."""
        return self._sent_ents.get(sent.start, [])

    def places_in(self, sent, located: bool = True) -> list:
        """The place mentions of a sentence, by start: those with a country that are not metonyms, or
        (``located`` False) all of them."""
        places = self.places if located else self.all_places
        starts = self._starts[id(places)]
        return places[bisect_left(starts, sent.start_char):bisect_left(starts, sent.end_char)]

    def context_country(self, head, home: str | None | bool = True, located: bool = False) -> str | None:
        """ISO3 of the country of the last state organ the article coded under the same head noun ("the Senate"
        after "the U.S. Senate"), else of the first place named in the head's sentence, else of the first state
        named in it ("President X banned Ugandan opposition candidates"), neither where people meet ("met in
        Brussels") nor a modifier of a thing ("the Iran arms sales"), else ``home`` (True: the wire dateline's
        country where the article is much about it, else the article's focus). ``located``: only a place the
        sentence happens at, no name that modifies another ("a bomb ... hit a truck in a U.S. military convoy": the
        convoy's country is not the bombers')."""
        known = next((self.head_home[w.lemma_.lower()] for w in [head] + [c for c in head.children if c.dep_ ==
                      "compound"] if w.lemma_.lower() in self.head_home), None)
        if known:  # "the Senate" after "the U.S. Senate", "the army" after "the Syrian army": that one's country
            return known
        sent = head.sent
        for place in self.places_in(sent):
            span = self.doc.char_span(place.start, place.end, alignment_mode="expand")
            if located and span is not None and span.root.dep_ in ("compound", "amod", "nmod"):
                continue
            if not self._venue(place) and not self._topic(place) and not self._place_acted_on(place, head) and \
                    not _elsewhere(span, head):
                return place.country
        for ent in [] if located else self.ents_of(sent):
            if ent.label_ in ("GPE", "NORP") and not (ent.start <= head.i < ent.end) and not _venue(ent.root) \
                    and not self._modifies_thing(ent.root) and not self._acted_on(ent.root, head) and \
                    not _elsewhere(ent, head):
                rec = self._entity(ent) or next(iter(_hyphen_parts(ent, self.year)), None)
                if rec and rec.kind == "state" and rec.code:
                    return rec.code
        return (self.dateline_home or self.home) if home is True else home  # "prosecutors" in a WASHINGTON story
        # whose headline is most about Ukraine: the dateline's

    def _place_acted_on(self, place, head) -> bool:
        span = self.doc.char_span(place.start, place.end, alignment_mode="expand")
        return span is not None and self._acted_on(span.root, head)

    def _acted_on(self, root, head) -> bool:
        """Is the place or state (``root``, its name's root) what another act of the sentence is done to ("the
        case for invading Iraq", "backed the invasion of Iraq", "sanctions against Iran"), not where the head's
        people are from?"""
        while root.dep_ == "conj" and root.head.i != root.i and root.head.pos_ in ("NOUN", "PROPN"):
            root = root.head  # "collusion between Trump's campaign team and Russia": as its first conjunct is
        if root.dep_ == "poss" and root.head.pos_ == "NOUN" and root.head.i != head.i and not _people_word(
                root.head) and _title_lemma(root.head) not in self.agents.sectors:
            root = root.head  # "an investigation into Russia's role", "sanctions over Iran's nuclear programme": the
            # owner of a thing acted on is acted on too (not "Russia's envoy", people of that state)
        if root.dep_ in ("dobj", "dative"):  # ("was mishandling Moscow ties", parsed with Moscow a dative)
            return root.head.i != head.i and root.head.pos_ == "VERB" and not _describes(root.head, head)
        if root.dep_ == "pobj" and root.head.dep_ == "agent":
            return root.head.head.i != head.i  # "the Marshall Plan used by the United States": another act's doer
        if root.dep_ != "pobj" or root.head.lower_ not in ACTED_ON_PREPS:
            return False
        holder = root.head.head
        if holder.i == head.i:
            return False
        if root.head.lower_ == "of":  # "the invasion of Iraq"; not "the town of Samarra", "the people of Iraq"
            return holder.pos_ == "VERB" or (holder.pos_ == "NOUN" and holder.lemma_.lower() in lexicon().nouns)
        return holder.pos_ == "VERB" and not _describes(holder, head) or (
            holder.pos_ == "NOUN" and not _people_word(holder) and _title_lemma(holder) not in self.agents.sectors)

    def _topic(self, place) -> bool:
        """Is the place a modifier of a thing ("the Iran arms sales", "a Texas oil glut"): what the sentence is
        about, not where it happens?"""
        span = self.doc.char_span(place.start, place.end, alignment_mode="expand")
        return span is not None and self._modifies_thing(span.root)

    def _modifies_thing(self, tok) -> bool:
        """Is ``tok`` a compound modifier of a common noun that names no people ("Iran" in "the Iran arms
        sales"), or a state's adjective on an act ("Israeli" in "were killed in the Israeli shelling": the doer's
        state, not the victims')?"""
        if tok.dep_ == "amod" and tok.ent_type_ == "NORP" and tok.head.pos_ == "NOUN":
            return tok.head.lemma_.lower() in lexicon().nouns or (
                tok.head.lemma_.lower() in DEEDS_OF_STATES and tok.head.dep_ in ("dobj", "pobj"))  # "probing alleged
            # Russian interference": what is probed, not where the investigators are from
        return tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and not (
            _people_word(tok.head) or _title_lemma(tok.head) in self.agents.sectors)

    def _venue(self, place) -> bool:
        """Is the place where people meet ("met in Brussels", "a meeting at the U.S. Treasury in Washington")?"""
        span = self.doc.char_span(place.start, place.end, alignment_mode="expand")
        return span is not None and _venue(span.root)

    def _sector(self, head, tokens) -> str | None:
        """The sector (a CAMEO role code: "GOV", "MIL", "REB", ...) the phrase's words give its head, or None; kept
        per phrase (names are read once for the article and again where they act)."""
        key = (head.i, *(t.i for t in tokens))
        if key not in self._sectors:
            self._sectors[key] = self._read_sector(head, tokens)
        return self._sectors[key]

    def _read_sector(self, head, tokens) -> str | None:
        sectors = self.agents.sectors
        if head.ent_type_ == "CARDINAL" or head.like_num:  # "hundreds of police", "dozens of soldiers": theirs
            counted = next((o for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                            for o in p.children if o.dep_ == "pobj"), None)
            if counted is not None:
                return self._sector(counted, _phrase(counted))
        ent = self.ent_of.get(head.i)
        if ent is not None and ent.root.i == head.i and (
                ent.label_ in ("GPE", "LOC") or countries.find_actor(ent.text)):
            return None  # "the Soviet Union", "the European Union": a state's or a known body's name, no union
        lemma = _title_lemma(head)
        near = [t for t in tokens if t.i < head.i and t.head.i == head.i and t.dep_ in ("compound", "amod")]
        if any(t.lemma_.lower() in WATCHDOGS and any(c.lower_ in CIVIC_WATCHDOGS for c in t.children) for t in tokens):
            return "NGO"  # "Judicial Watch, a conservative watchdog", "a consumer watchdog": citizens', not a regulator
        for word in dict.fromkeys((near[-1].lemma_.lower(), near[-1].lower_) if near else ()):
            if f"{word} {lemma}" in sectors:  # "security forces", "air force", "rights groups" (not "right")
                return sectors[f"{word} {lemma}"]
        if lemma in GENERIC_TITLES:  # "rebel leaders", "opposition parties", "intelligence officials"
            for tok in reversed(tokens):
                if tok.i != head.i and tok.pos_ in ("NOUN", "ADJ", "PROPN") and _title_lemma(tok) in sectors:
                    return sectors[_title_lemma(tok)]
        if lemma in AIRCRAFT and any(t.ent_type_ == "ORG" or t.lemma_.lower() in CIVIL_CRAFT for t in near):
            return None  # "the TWA jet", "a passenger plane": an airliner, no air force
        if lemma in sectors:
            return sectors[lemma]
        for tok in reversed(tokens):
            if tok.i != head.i and tok.dep_ == "compound" and _title_lemma(tok) in sectors:
                return sectors[_title_lemma(tok)]
            if tok.i != head.i and tok.dep_ == "compound" and tok.i > 0 and (
                    pair := f"{tok.doc[tok.i - 1].lower_} {_title_lemma(tok)}") in sectors:
                return sectors[pair]  # "County Executive Jason Garnar": a title of two words before the name
        for tok in tokens:
            if _title_lemma(tok) in sectors and tok.pos_ in ("NOUN", "PROPN") and tok.i != head.i:
                return sectors[_title_lemma(tok)]
        if _organ_name(head):
            return "GOV"  # "the Department of Homeland Security", "the Environmental Protection Agency": a state's
            # organ by its capitalised name ("the physics department", "an advertising agency" are none)
        return None

    def _ethnic(self, head, tokens) -> bool:
        """"ethnic Albanians", "Albanians of southern Serbia": a people, not its state."""
        if any(t.lower_ == "ethnic" for t in tokens):
            return True
        return head.ent_type_ == "NORP" and head.tag_ in ("NNS", "NNPS") and self._place_of(head) is not None

    def _place_of(self, head) -> str | None:
        """ISO3 of a place attached to the phrase: "Albanians in south Serbia"."""
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in ("in", "of"):
                for pobj in prep.children:
                    ent = self.ent_of.get(pobj.i)
                    rec = self._entity(ent) if ent is not None and ent.label_ in ("GPE", "LOC") else None
                    if rec and rec.kind == "state" and rec.code:
                        return rec.code
        return None

    def _residence(self, head, people: EventActor) -> EventActor:
        """CAMEO codes an ethnic group by the country it lives in: the place named with it, else
        the place of the sentence, else the group's own state ("ethnic Albanians in Serbia": SRB)."""
        code = self._place_of(head) or self.context_country(head) or people.code
        country = countries.by_iso3(code)
        return replace(people, code=code, canonical=country.name if country else people.canonical,
                       sector=people.sector or "CVL", kind="state")

    def _entity(self, ent) -> EventActor | None:
        """The actor a named mention stands for, in the article's time ("Soviet troops" in 1987: the Soviet
        Union, SUN; "Belgrade" in 1991: Yugoslavia's government)."""
        return _in_its_time(self._entity_now(ent), ent.text, self.year)

    def _entity_now(self, ent) -> EventActor | None:
        info = self._entities_step(ent)
        if info:
            return info
        label, text = ent.label_, ent.text
        if text.lower().startswith("the "):
            text = text[4:]
        group = self.agents.groups.get(text.lower()) or self.agents.groups.get(text.lower().rstrip("s"))
        if group:
            return self._group_record(text, group)
        words = text.split()
        for n in range(len(words) - 1, 0, -1) if label == "ORG" else ():
            group = self.agents.groups.get(" ".join(words[:n]).lower())  # "United Nations Relief Coordinator"
            if group and words[n].lower() not in FIRM_WORDS:  # not "Commonwealth Bank of Australia"
                return self._group_record(text, group)
        for n in range(1, len(words)) if label == "ORG" else ():
            group = self.agents.groups.get(" ".join(words[n:]).lower())  # "the South African Red Cross": the
            country = countries.by_name(" ".join(words[:n])) or demonym(" ".join(words[:n]))  # body's national
            if group and country is not None:  # branch, of that country
                return replace(self._group_record(text, group), own_country=country.iso3)
        if label in ("GPE", "NORP", "LOC", "ORG"):
            country = countries.by_name(text) or demonym(text)
            sector = None
            if country is None and label == "GPE":
                country = countries.by_capital(text)
                sector = "GOV" if country else None
            if country is not None:
                return EventActor(text=text, canonical=country.name, code=country.iso3, sector=sector, kind="state")
        if label == "PERSON":
            return self.people.get(ent[-1].lower_)
        return None

    def _entities_step(self, ent) -> EventActor | None:
        """The entities step's actor for this mention, when it ran and coded it."""
        canonical = self.by_char.get(ent.start_char)
        info = self.actors_info.get(canonical) if canonical else None
        if not info:
            return None
        kind, country = info.kind, info.country
        if kind == "city" and not self.towns.placed(ent.start_char, ent.end_char):
            # a town's name the places step read as no place here: the company the article names in full ("Delta
            # cuts fares" after "Delta Air Lines"), else no one's
            firm = next((f for name, f in self.firms.items() if name.startswith(ent.text + " ")), None)
            return replace(firm, text=ent.text) if firm is not None else None
        town = self.towns.elsewhere(ent.start_char, country, ent.text) if kind in ("country", "city") and \
            ent.label_ != "PERSON" else None
        if town is not None:  # "a Paris man", "Palestine" in a story the places step reads as Tennessee's, Texas's
            return EventActor(text=ent.text, canonical=ent.text, code=town, sector="CVL", kind="state")
        if kind == "country" and country:
            capital = countries.by_capital(ent.text) and not countries.by_name(ent.text)
            return EventActor(text=ent.text, canonical=canonical, code=country, sector="GOV" if capital else None,
                              kind="state")
        if kind == "city" and country:
            capital = countries.by_capital(ent.text)
            return EventActor(text=ent.text, canonical=canonical, code=country, sector="GOV" if capital else "CVL",
                              kind="state")
        if kind == "person":
            return EventActor(text=ent.text, canonical=canonical, code=country, sector=info.sector,
                              kind="person") if country else None
        if info.code:
            sector = info.sector
            return EventActor(text=ent.text, canonical=canonical, code=info.code,
                              sector=None if sector == "IGO" else sector, kind="group", own_country=country)
        return None

    def _home_in_name(self, ent) -> str | None:
        """ISO3 of the place a body's name opens with (``_home_in_name``), or of the town the places step resolved
        there: "the Athens Police Department" in a story about Athens, Texas is American."""
        home = _home_in_name(ent)
        return (self.towns.elsewhere(ent.start_char, home, ent[0].text) or home) if home else None

    def _group_record(self, text: str, group) -> EventActor:
        code, sector, country = group
        return EventActor(text=text, canonical=text, code=code, sector=sector, kind="group",
                          own_country=country or None)

    def _branch_record(self, head_ent, own, sector, text: str) -> EventActor | None:
        """"GM Canada", "Toyota Europe", "Volvo Brazil": a firm's branch, not the state its name ends with."""
        firm = self._firm_before(head_ent)
        if firm is None and not (head_ent is not None and not own and head_ent.label_ == "ORG" and _branch(head_ent)):
            return None
        country = countries.by_name(head_ent[-1].text)
        code = country.iso3 if country else None
        return EventActor(text=f"{firm.text} {head_ent.text}" if firm is not None else text, canonical=head_ent.text,
                          code=code, sector=sector or "BUS", kind="group", own_country=code)

    def _firm_before(self, ent):
        """The organisation named right before a country that is its head ("Volvo Brazil" tagged as ORG +
        GPE), or None."""
        if ent is None or ent.label_ != "GPE" or ent.start == 0 or countries.by_name(ent.text) is None:
            return None
        before = self.ent_of.get(ent.start - 1)
        if before is None or before.label_ != "ORG" or before.root.head.i != ent.root.i:
            return None
        return before

    def _described(self, ent) -> EventActor | None:
        """What the article says of a person where it names them: an apposition ("X, a Kenyan lawyer",
        "X, the Hamas leader"), the title phrase the name is the apposition of ("the Kenyan lawyer, X"), or an
        office only one state has ("Secretary of State George Shultz", "Chancellor of the Exchequer X")."""
        before = extensions.doc_text(self.doc)[max(0, ent.start_char - 80):ent.start_char]
        for pattern, iso3, named in OFFICE_COUNTRY if "Secretary" in before or "Chancellor" in before else ():
            if pattern.search(before):  # (each title holds one of the two words)
                if named and iso3 not in self._states_named():
                    return None  # India's or Pakistan's foreign secretary, in a story that never names Britain
                return EventActor(text=iso3, canonical=iso3, code=iso3, sector="GOV", kind="state")
        root = ent.root
        home = self._hometown(root)
        if home is not None:
            return home
        phrases = [c for c in root.children if c.dep_ == "appos"]
        if root.dep_ == "appos" and root.head.pos_ in ("NOUN", "PROPN"):
            phrases.append(root.head)
        for head in phrases:
            tokens = _phrase(head)
            head_ent = self.ent_of.get(head.i)
            own = self._entity(head_ent) if head_ent is not None and head_ent.label_ != "PERSON" else None
            found = ([own] if own and own.code else []) + self._modifier_records(tokens, head_ent)
            if found:
                return replace(found[0], sector=found[0].sector or self._sector(head, tokens))
            firm = self._firm_spoken_for(head)
            if firm is not None:
                return firm
        return None

    def _states_named(self) -> set[str]:
        """The states the article names: its places' countries and its focus (which counts "British", "London")."""
        if self._named_states is None:
            self._named_states = {p.country for p in self.all_places if p.country} | {
                f.country for f in self.doc._.nc_focus if f.country}
        return self._named_states

    def _hometown(self, root) -> EventActor | None:
        """The country of the place a person is said to be from, set off by commas after the name ("Paul Thompson,
        34, from Wiltshire, was arrested in Durres": British, not Albanian)."""
        for prep in root.children:
            if prep.dep_ != "prep" or prep.lower_ != "from" or prep.i == 0 or prep.doc[prep.i - 1].text != ",":
                continue
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                place = next((p for p in self.places if p.start <= pobj.idx < p.end), None)
                country = countries.by_iso3(place.country) if place is not None and place.country else None
                if country is not None:
                    return EventActor(text=country.name, canonical=country.name, code=country.iso3, kind="state")
        return None

    def _firm_spoken_for(self, head) -> EventActor | None:
        """"a spokesman for the company", "an official of the Stockholm-based group": the firm named last."""
        if head.lemma_.lower() not in SPEAKING_FOR:
            return None
        for prep in head.children:
            for pobj in (c for c in prep.children if c.dep_ == "pobj") if prep.lower_ in ("for", "of", "at") else ():
                if pobj.lemma_.lower() in firms.FIRM_NOUNS | {"group"} and any(
                        c.dep_ == "det" and c.lower_ == "the" for c in pobj.children):
                    return self._last_firm(pobj)
        return None

    def _person(self, ent, sector, country_rec: EventActor | None) -> EventActor:
        name = ent.text
        known = self.people.get(ent[-1].lower_)
        if country_rec is None and known:
            return replace(known, text=name)
        rec = EventActor(text=name, canonical=name, code=country_rec.code if country_rec else None,
                         sector=sector or (country_rec.sector if country_rec else None), kind="person")
        if rec.code:
            self.people[ent[-1].lower_] = rec
        return rec

    def _premier_home(self, ent, guess: str) -> str | None:
        """The country to guess for a person the article does not place: ``guess``, unless the article titles them
        prime minister or premier and ``guess`` has none ("Prime Minister Brian Mulroney" in a story mostly about
        the United States): then the state named most in the article that can have one, else none."""
        if guess not in NO_PRIME_MINISTER:
            return guess
        last = ent[-1].lower_
        if last not in self._premiers:  # (once a name: the coder asks of a person at every mention)
            text = extensions.doc_text(self.doc)
            self._premiers[last] = any(PREMIER_BEFORE.search(text[max(0, p.start_char - 40):p.start_char].lower())
                                       for p in self._persons if p[-1].lower_ == last)
        if not self._premiers[last]:
            return guess
        counts = Counter(p.country for p in self.all_places if p.country and p.country not in NO_PRIME_MINISTER)
        return counts.most_common(1)[0][0] if counts else None

    def _named_near(self, head, iso3: str) -> bool:
        """Is the state ``iso3`` named (a state, a people or a place of it) in the sentence of ``head`` or the one
        before it?"""
        sent = head.sent
        start = self.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        for ent in self.doc[start:sent.end].ents:
            if ent.label_ in ("GPE", "NORP", "LOC"):
                rec = self._entity(ent)
                country = (rec.own_country or rec.code or "")[:3] if rec is not None else ""
                if country == iso3 or (found := countries.lookup(ent.text)) is not None and found.iso3 == iso3:
                    return True
        return False

    def _remember(self, rec: EventActor, kind: str) -> EventActor:
        if kind == "person" and rec.code:
            self.people_seen.append(rec)
        if rec.code:
            self.last["group" if kind == "group" else "state" if kind == "state" else kind] = rec
            if kind in ("group", "state"):
                self.last["thing"] = rec
        return rec


#: Titles that tell a person's sex, and the pronouns that ask for one.
MALE_TITLES = frozenset({"mr", "sir", "lord", "king", "prince", "baron", "duke", "earl", "monsieur", "herr"})
FEMALE_TITLES = frozenset({"mrs", "ms", "miss", "lady", "dame", "baroness", "queen", "princess", "duchess",
                           "madame", "mme", "countess"})
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}


#: What a writing does in words (the roots of appeals, support, demands, criticism, rejection and threats).
SAYING_ROOTS = frozenset({"01", "02", "05", "10", "11", "12", "13"})
#: Verbs of saying the lexicon codes no act for.
SAYING_VERBS = frozenset({"say", "find", "recommend", "conclude", "suggest", "propose", "state", "argue", "describe",
                          "call", "ask", "note", "add", "charge", "claim", "allege"})


def _writing_says(verb) -> bool:
    """Is ``verb`` what a writing can do: say, find, ask, back, criticise or reject ("the report says", "a study
    criticised"), not an act it cannot do ("the Commission's report provided recommendations")?"""
    lemma = verb.lemma_.lower()
    code = lexicon().verbs.get(lemma)
    return lemma in SAYING_VERBS or (code is not None and code[:2] in SAYING_ROOTS)


def _owner_code(rec: EventActor) -> str:
    """The code "its"/"their" takes from the body or state ``rec``: its own country, else its state's ISO3, else its
    code (an IGO's)."""
    return rec.own_country or (rec.code[:3] if countries.by_iso3(rec.code[:3]) is not None else rec.code)


#: Aircraft words the tables take for an air force's ("jets pounded the town"); an airline's or a passenger
#: craft ("the TWA jet", "a passenger plane") is none.
AIRCRAFT = frozenset({"jet", "plane", "aircraft", "airliner", "helicopter", "airplane", "aeroplane"})
CIVIL_CRAFT = frozenset({"passenger", "cargo", "commercial", "civilian", "charter", "private", "airline", "jumbo"})


def _genders(ents) -> dict[str, str]:
    """Surname -> "m" or "f" for the people an article's entities ``ents`` name with a title ("Mrs Hassan", "Sir
    Digby Jones"); a surname given both is left out."""
    out: dict[str, str] = {}
    for ent in ents:
        if ent.label_ != "PERSON":
            continue
        title = ent[0] if ent[0].lower_.rstrip(".") in MALE_TITLES | FEMALE_TITLES else (
            ent.doc[ent.start - 1] if ent.start > 0 else None)
        word = title.lower_.rstrip(".") if title is not None else ""
        sex = "m" if word in MALE_TITLES else "f" if word in FEMALE_TITLES else None
        if sex is None or ent[-1].i == (title.i if title is not None else -1):
            continue
        key = ent[-1].lower_
        out[key] = sex if out.get(key, sex) == sex else "?"
    return {k: v for k, v in out.items() if v != "?"}


def _pronoun_genders(ents, sent_of: dict[int, int]) -> dict[str, str]:
    """Surname -> "m" or "f" for the people the article's own pronouns tell: the one person who is a sentence's
    subject (or its subject's possessor), with pronouns of one sex only after it in the sentence ("President George
    W. Bush has chosen Rice, one of his closest confidantes": Bush is a man; "Rice's training was in Russian
    affairs, but in her current job, she has focused on ...": Rice is a woman), or the only person of two such
    sentences; a surname told both ways is left out. ``sent_of``: an entity's start -> its sentence's start."""
    votes: dict[str, list[tuple[str, int]]] = {}  # surname -> (sex, weight): 2 as a subject, 1 as the only one
    by_sent: dict[int, list] = {}
    for ent in ents:
        if ent.label_ == "PERSON":
            by_sent.setdefault(sent_of[ent.start], []).append(ent)
    for people in by_sent.values():
        subjects = [e for e in people if e.root.dep_ in ("nsubj", "nsubjpass") or (
            e.root.dep_ == "poss" and e.root.head.dep_ in ("nsubj", "nsubjpass"))]  # ("Rice's training was ...")
        told = subjects if len(subjects) == 1 else [] if subjects or len(people) != 1 else people
        if not told:
            continue
        person = told[0]
        sexes = {PRONOUN_GENDER[t.lower_] for t in person.sent if t.i >= person.end and t.lower_ in PRONOUN_GENDER
                 and t.pos_ == "PRON"}
        if len(sexes) == 1:  # ("Rice's training was in Russian affairs, but in her current job, she has focused")
            votes.setdefault(person[-1].lower_, []).append((next(iter(sexes)), 2 if subjects else 1))
    out = {}
    for name, cast in votes.items():
        sexes = {sex for sex, _ in cast}
        if len(sexes) == 1 and sum(w for _, w in cast) >= 2:  # one sex, told as a subject or twice
            out[name] = sexes.pop()
    return out


#: Titles of offices only one state has, written before a name ("Secretary of State George Shultz"), and whether
#: the article must name that state too: "Foreign Secretary" and "Home Secretary" are Britain's cabinet titles but
#: also India's, Pakistan's or Bangladesh's top civil servants' (and a wire's word for other states' foreign
#: ministers). Written for this project; a title another state shares ("Prime Minister", "Senator") is not here.
OFFICE_COUNTRY = tuple((re.compile(p + r"\s*$"), iso3, named) for p, iso3, named in (
    (r"(?<![Ff]or )\bSecretary of State(?! for)", "USA", False), (r"\bTreasury Secretary", "USA", False),
    (r"\bDefense Secretary", "USA", False),
    (r"\bSecretary of (?:the Treasury|Defense|Commerce|Agriculture)", "USA", False),
    (r"\bChancellor of the Exchequer", "GBR", False), (r"\bForeign Secretary", "GBR", True),
    (r"\bHome Secretary", "GBR", True),
    (r"\bSecretary of State for (?:[A-Z][a-z]+|and|,| )+,", "GBR", False),  # "the Secretary of State for Culture,
    # Media and Sport, Tessa Jowell": Britain's form of a cabinet title
))


#: Entity labels of amounts, never an actor.
AMOUNT_LABELS = frozenset({"MONEY", "QUANTITY", "PERCENT"})


#: Prepositions whose object is what an act or a thing is about or aimed at ("the invasion of Iraq", "a war
#: against Iran", "talks on Cyprus", "collusion between the campaign and Russia"), not where people are ("officials
#: in Iraq", "the president of Iraq" keeps its country: a title heads the phrase).
ACTED_ON_PREPS = frozenset({"of", "against", "on", "into", "over", "about", "toward", "towards", "between"})


def _describes(verb, head) -> bool:
    """Is ``verb`` a clause on ``head`` itself ("officials who run Gaza", "the minister, who represented Nigeria"):
    what it is done to tells whose people they are?"""
    return verb.dep_ in ("relcl", "acl") and verb.head.i == head.i


def _join(tokens) -> str:
    """The words of a name as the text writes them ("Pro-Life Alliance", not "Pro - Life Alliance"), a space
    where words were left out between them ("Jotyar Adil, the KRG's spokesman" without the comma)."""
    out, prev = [], None
    for t in tokens:
        if prev is not None and (prev.whitespace_ or t.i != prev.i + 1):
            out.append(" ")
        out.append(t.text)
        prev = t
    text = "".join(out).strip()
    if text.count("(") > text.count(")"):  # "Financial Economists Roundtable (FER": the phrase stops before the
        # bracket closes
        text = text[:-1].rstrip() if text.endswith("(") else text + ")"
    return text


def people_name(word: str) -> bool:
    """The text form of ``_people_word`` for an actor's last word ("managers", "officials"), by its singular."""
    low = word.lower()
    lemma = low[:-3] + "y" if low.endswith("ies") else low[:-1] if low.endswith("s") and not low.endswith("ss") else low
    return lemma in PEOPLE_WORDS or bool(_AGENT_ENDING.search(lemma)) and lemma not in NOT_PEOPLE


def _speakers_words(rec: EventActor, pronoun) -> EventActor:
    """The words of the sentence that name the speaker a subject pronoun stands for: the speaker's own ("Lebanon
    says it ...", "Syrian opposition members said they ..."); for a spokesman, the body he speaks for where the
    sentence names it ("'We will resist the charges,' said a Vodafone spokesman": Vodafone), else the pronoun
    itself ("a spokeswoman said: 'We are investigating'": the spokeswoman is no doer)."""
    if not any(w in SPEAKING_FOR for w in rec.text.lower().split()):
        return rec
    if rec.canonical and rec.canonical != rec.text and re.search(rf"\b{re.escape(rec.canonical)}\b", pronoun.sent.text):
        return replace(rec, text=rec.canonical)
    return replace(rec, text=pronoun.text)


def _speakers_for(tok) -> bool:
    """Is ``tok`` a word of one who speaks for another ("spokesman", "spokeswoman", "aide")?"""
    return tok.lemma_.lower() in SPEAKING_FOR


def _people_word(tok) -> bool:
    """Does this common noun name people ("fundamentalists", "investors", "the victims"), not a thing
    ("tax increases", "the plan")? Agent-noun endings and a short list of words for people."""
    lemma = tok.lemma_.lower()
    if lemma in PEOPLE_WORDS:
        return True
    return bool(_AGENT_ENDING.search(lemma)) and lemma not in NOT_PEOPLE


#: Words for a body that watches others: a regulator unless a civic word goes before it.
WATCHDOGS = frozenset({"watchdog"})
CIVIC_WATCHDOGS = frozenset({"conservative", "liberal", "progressive", "consumer", "advocacy", "nonpartisan",
                             "non-partisan", "citizen", "citizens", "taxpayer", "taxpayers"})
#: Words of a Department's, an Agency's or a Bureau's name that make it no state organ: the press, research, a
#: university's department, a community's agency.
NOT_ORGANS = frozenset({"news", "press", "advertising", "travel", "talent", "ad", "journalism", "investigative",
                        "research", "economics", "studies", "science", "sciences", "university", "college", "school",
                        "jewish", "catholic", "christian", "muslim", "islamic", "doping", "space"})
#: Heads of the names of a state's organs ("the Department of Homeland Security", "the Bureau of Prisons").
GOVERNMENT_BODIES = frozenset({"department", "agency", "bureau"})


def _state_agency(head) -> bool:
    """Is ``head`` a state's own agency, named with the state's possessive ("China's drug control agency",
    "Japan's Fisheries Agency"), not its news agency ("China's state news agency")?"""
    return head.lemma_.lower() == "agency" and any(
        c.dep_ == "poss" and c.ent_type_ == "GPE" for c in head.children) and not any(
        c.lower_ in ("news", "press", "wire") for c in head.lefts)


def _organ_name(head) -> bool:
    """Is ``head`` the capitalised head of a state organ's name ("the Environmental Protection Agency"), not a news
    agency's ("Xinhua News Agency", "the Press Agency")?"""
    if head.lemma_.lower() not in GOVERNMENT_BODIES or head.pos_ != "PROPN":
        return False
    words = {t.lower_ for t in head.subtree}
    if words & NOT_ORGANS:
        return False  # "the Bureau of Investigative Journalism", "the Department of Economics", "the Jewish Agency"
    return not words & INTERNATIONAL_WORDS or any(  # "the European Space Agency" is no state's; "the Canadian
        countries.by_demonym(t.text) or countries.by_name(t.text) for t in head.subtree  # International Development
        if t.text[:1].isupper())  # Agency", "the U.S. Agency for International Development" are
#: Words for commentators that are no actor ("experts say"), except as an international body's own envoys.
IGO_AGENTS = frozenset({"expert", "observer"})
#: Nouns for a group of states a region's name can qualify ("Western countries", "Gulf states", "European allies";
#: in the plural: "the Central Asian nation" is one country named before).
REGION_STATES = frozenset({"country", "nation", "state", "government", "power", "ally", "capital", "neighbour",
                           "neighbor", "partner", "member", "democracy", "regime", "monarchy", "donor", "signatory"})
#: Their officials ("European leaders", "a Western diplomat").
REGION_PEOPLE = frozenset({"leader", "diplomat", "minister", "official", "envoy", "negotiator"})
#: Regions' words that, named alone, are seas.
SEAS = frozenset({"gulf", "persian gulf", "mediterranean", "caribbean", "baltic"})
#: Things a state, a party or a firm named before them owns, which are no party themselves ("U.S. allegations", "the
#: Tory stance", "Britain's reputation": the party is the owner's name); with the actor table's things and the event
#: nouns ("Tory plans", "U.S. sanctions").
OWNED_THINGS = frozenset({"allegation", "claim", "decision", "move", "election", "vote", "reputation", "value",
                          "politics", "industry", "infrastructure", "action", "attempt", "suggestion", "remark",
                          "comment", "statement", "position", "program", "programme", "probe", "investigation",
                          "inquiry", "report", "rhetoric", "record", "conduct", "behaviour", "behavior", "role",
                          "effort", "fee", "tax", "system", "sector", "interest", "demand", "future", "past",
                          "cut", "measure", "rule", "reform", "change", "increase", "hike", "spending", "tariff"})
#: Public name of the test: "the victims", "investors" name people (the events step reads it too).
people_word = _people_word

#: A firm's governing body: "its board" is the firm named last ("the board" alone may be a school's or a city's).
BOARDS = frozenset({"board", "management"})
#: Words of a name that make it an international body, never guessed to be of the story's country.
INTERNATIONAL_WORDS = frozenset({"international", "world", "global", "nations", "european", "african", "asian",
                                 "arab", "pacific", "atlantic", "andean", "gulf", "islamic", "commonwealth",
                                 "intergovernmental", "inter-american", "multilateral", "regional"})


#: Words that put people outside the story's own country: "foreign suspects", "international observers".
ABROAD_WORDS = frozenset({"foreign", "international", "western", "overseas", "exiled", "expatriate", "global", "world",
                          "immigrant", "immigrants", "refugee", "refugees", "migrant", "migrants", "tourist",
                          "tourists"})


def _placeable(head, head_ent, tokens) -> bool:
    """May the people or name headed by ``head`` be of the story's one country, as a guess: a person's or a body's
    name the tables do not know, or people named by what they do ("the couple", "gunmen"), with no nationality,
    place or word for abroad in the phrase ("Asian states", "European leaders", "the Nazis", "foreign
    suspects")?"""
    if head_ent is not None and head_ent.label_ not in ("PERSON", "ORG", "GPE"):  # (a name the model took for a
        return False  # place, "Ashley Nickles", is no place any table knows)
    inside = range(head_ent.start, head_ent.end) if head_ent is not None else ()
    return not any(t.ent_type_ in ("NORP", "GPE", "LOC") and t.i not in inside or t.lower_ in ABROAD_WORDS
                   for t in tokens)


def _full_name(text: str) -> bool:
    """Does ``text`` read as a person's full name the model did not label ("Ashley Nickles"): two or three words,
    each capitalised and alphabetic?"""
    words = text.split()
    return 2 <= len(words) <= 3 and all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words)


def story_guess(actor: EventActor) -> bool:
    """Is the actor's country only the story's, guessed for a person or body of no state's sector ("Marcos Silva",
    "the IBC", "the seamen" in a story about Brazil)? Such an actor is told apart by its name, not its code."""
    return actor.guessed and actor.sector not in STATE_SECTORS and actor.kind in ("person", "group")


def _home_in_name(ent) -> str | None:
    """ISO3 of the country or capital a body's name opens with ("Kabul University Hospital", "Kenya Airways",
    "British Airways"), or None."""
    words = [w for w in ent.text.split() if w.lower() != "the"]
    for n in range(min(2, len(words) - 1), 0, -1):
        first = " ".join(words[:n])
        country = countries.by_name(first) or demonym(first) or countries.by_capital(first)
        if country is not None:
            return country.iso3
    return None


def _named_body(ent, canonical: str | None = None) -> bool:
    """Is this organisation named (a proper name, not "The budget") and not one that spans countries by its name
    or by the name its initials stand for ("the Andean Development Corp", "World Council of Churches", "the ICO"
    of an "International Coffee Organization" named before)?"""
    words = {t.lower_ for t in ent} | set((canonical or "").lower().split())
    return any(t.pos_ == "PROPN" or (t.is_upper and len(t) > 1) for t in ent) and not words & INTERNATIONAL_WORDS


def _branch(ent) -> bool:
    """"GM Canada": an organisation named by a name and then a country or region (a firm's branch)."""
    return (len(ent) >= 2 and ent[-1].pos_ == "PROPN" and ent[-2].pos_ == "PROPN"
            and countries.by_name(ent[-1].text) is not None and countries.by_name(ent[:-1].text) is None
            and not countries.by_demonym(ent[0].text))


#: "D-Kan.", "R-Texas", "I-Vt.": a US legislator's party and state after the name.
_PARTY_STATE = re.compile(r"\s*[,(]\s*[DRI]\s*-\s*([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)")


def _us_legislator(ent) -> bool:
    """Is the person named as a US legislator, by the party and state news writes after the name?"""
    m = _PARTY_STATE.match(extensions.doc_text(ent.doc), ent.end_char, ent.end_char + 24)
    if m is None:
        return False
    state = m.group(1)
    return countries.normalize(state) in countries.US_STATE_ABBR or (
        (c := countries.city_country(state)) is not None and c.iso3 == "USA")


def _ticker_after(ent) -> bool:
    """A wire ticker after the name ("Dart Group Corp <DART>", "Sanwa Bank Ltd <ANWA.T>"): a listed firm."""
    doc = ent.doc
    return ent.end + 2 < len(doc) and doc[ent.end].text == "<" and doc[ent.end + 2].text == ">"




def _firm_word(ent) -> bool:
    return any(t.lower_ in FIRM_WORDS for t in ent)


def demonym(word: str):
    """``countries.by_demonym`` with the regular "-an" forms its table lacks ("Gambian" ->
    Gambia, "Koreans" -> Korea)."""
    found = countries.by_demonym(word)
    stem = word[:-1] if word.endswith("s") else word
    if found is not None or len(stem) < 5 or not stem.endswith("an"):
        return found
    return countries.by_name(stem[:-1]) or (countries.by_name(stem[:-3]) if stem.endswith("ian") else None)


#: Blasts a place's name comes before ("Algeria restaurant bomb"): where it went off, not who set it.
PLACED_BLASTS = frozenset({"bomb", "blast", "explosion", "bombing"})
#: Words of a state's arms: with them a country's name says who attacked ("Russian missile attack", "Israel rocket
#: attack").
WEAPON_WORDS = frozenset({"missile", "rocket", "air", "drone", "artillery", "tank", "mortar", "navy", "army",
                          "military", "warplane", "jet", "helicopter", "gunship"})
#: Titles of a state's head, its ministers and its local offices, written before a name with no country
#: ("President X", "Prime Minister X", "State chief minister X"); a wire story uses them so only for its own
#: country's ("Foreign Minister X" of another state is "Russian Foreign Minister X").
NATIONAL_OFFICES = ("president", "premier", "king", "queen", "chancellor", "emir", "sultan", "minister",
                    "governor", "mayor", "speaker", "opposition leader")


def _national_office(ent) -> bool:
    """Is the person ``ent`` named right after a national office's title, with no word before it that names
    another body ("President Alexander Lukashenko", not "Rebel President X" or "the club's president X")?"""
    before = extensions.doc_text(ent.doc)[max(0, ent.start_char - 60):ent.start_char].lower().rstrip()
    for title in NATIONAL_OFFICES:
        if before.endswith(title):
            words = before[:len(before) - len(title)].split()
            while words and (words[-1] in OFFICE_QUALIFIERS or words[-1] in ("ex-", "ex")):
                if words[-1] in ("former", "ex-", "ex"):
                    return False  # "its former president Abolhassan Banisadr", "ex-president": no office now
                words.pop()  # "Deputy Foreign Minister", "State chief minister"
            return not words or not words[-1][-1].isalpha() or words[-1] in LEAD_WORDS
    return False


#: Words of an office's title before its head word ("Deputy Foreign Minister", "State chief minister").
OFFICE_QUALIFIERS = frozenset({"prime", "deputy", "vice", "acting", "foreign", "defence", "defense", "interior",
                               "finance", "home", "justice", "trade", "economy", "economics", "health", "education",
                               "energy", "oil", "agriculture", "farm", "labour", "labor", "information", "state",
                               "chief", "senior", "first", "former", "provincial", "regional", "security", "police",
                               "industry", "transport", "culture", "environment", "tourism", "planning", "budget",
                               "fisheries", "mines", "mining", "war", "army", "navy", "treasury", "commerce"})
#: Words a name with its title may come after ("said President X", "met Foreign Minister X").
LEAD_WORDS = frozenset({"the", "and", "by", "with", "of", "to", "that", "when", "said", "says", "met", "told",
                        "as", "for", "from", "while", "after", "before", "but", "or", "on", "at", "in"})


#: Civil offices named "... general": a state's officials, not generals.
CIVIL_GENERALS = frozenset({"attorney", "solicitor", "inspector", "surgeon", "postmaster", "auditor", "consul",
                            "governor", "director", "comptroller", "procurator", "prosecutor", "advocate", "registrar",
                            "paymaster", "accountant", "controller", "receiver", "vicar", "commissioner"})


def _title_lemma(tok) -> str:
    """"Secretary-General", "Attorney General": the title's first part gives the sector."""
    if tok.lower_ == "general" and tok.i >= 1:
        prev = tok.nbor(-1) if tok.nbor(-1).text != "-" or tok.i < 2 else tok.nbor(-2)
        if prev.lemma_.lower() in agents().sectors:
            return prev.lemma_.lower()
        if prev.lower_ in CIVIL_GENERALS:
            return "official"  # "the acting attorney general", "the inspector general": a civil office, no soldier
    lemma = tok.lemma_.lower()
    if lemma.endswith("s") and not tok.ent_type_ and lemma not in agents().sectors and lemma[:-1] in agents().sectors:
        return lemma[:-1]  # "Rebels" opening a sentence, tagged a proper noun
    return lemma


def _hyphen_parts(ent, year: int | None = None) -> list[EventActor]:
    """"Turkish-US" -> Turkey, United States ("Soviet-American" in 1987: the Soviet Union, United States)."""
    return _states_of([part.text for part in ent], year)


def hyphen_states(tok, year: int | None = None) -> list[EventActor]:
    """The states of one hyphenated token the entity recogniser left unnamed ("U.S.-China" in "U.S.-China talks",
    "Israeli-Palestinian"): every part a state or its adjective, else none."""
    parts = [p for p in tok.text.split("-") if p]
    if len(parts) < 2 or tok.ent_type_:
        return []
    out = _states_of(parts, year, every=True)
    return out if len(out) >= 2 else []


def _states_of(words: list[str], year: int | None, every: bool = False) -> list[EventActor]:
    """The states the words name or are the adjectives of, each once, as of ``year``; ``every``: none unless each
    word is one."""
    out: list[EventActor] = []
    for word in words:
        c = countries.by_name(word) or demonym(word)
        if c is None:
            if every:
                return []
            continue
        rec = _in_its_time(EventActor(text=word, canonical=c.name, code=c.iso3, kind="state"), word, year)
        if all(r.code != rec.code for r in out):
            out.append(rec)
    return out


def _in_its_time(rec: EventActor | None, text: str, year: int | None) -> EventActor | None:
    """``rec`` as the state of the article's time when ``text`` names a state that has since broken up
    (countries.former_state): its code and name ("Yugoslav army" in 1991: YUG, not today's Serbia; "the
    Kremlin" in 1987: SUNGOV). Other records unchanged."""
    if rec is None or not rec.code:
        return rec
    old = countries.former_state(text, year)
    if old is None:
        return rec
    successor = countries.by_name(old.successor)
    here = rec.own_country or rec.code[:3]
    if successor is None or here != successor.iso3:
        return rec
    code = old.code + rec.code[3:] if rec.code[:3] == here else rec.code
    return replace(rec, code=code, canonical=old.name if rec.kind == "state" else rec.canonical,
                   own_country=old.code if rec.own_country else None)


#: A state's posts in another country: "the embassy in Belgrade" is in the host country, not the state's.
POSTS_ABROAD = frozenset({"embassy", "consulate", "mission", "legation", "chancery", "high-commission", "envoy",
                          "ambassador", "consul", "attache", "diplomat"})


def _elsewhere(span, head) -> bool:
    """Is the place (``span``) somewhere else than where the head's people act: where something is sent ("told him to
    send the copies back to Cyprus"), or where another person is from ("seized Penrose, who comes from Swerford in
    southern England")?"""
    if span is None:
        return False
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ in ("to", "into", "towards", "toward") and \
            root.head.head.pos_ in ("VERB", "ADV") and root.head.head.i != head.i:
        return True
    if root.dep_ == "pobj" and root.head.lower_ in ("in", "at") and root.head.head.lemma_.lower() in POSTS_ABROAD and \
            root.head.head.i != head.i:
        return True  # "its embassy in the former Yugoslavia received a threat, the foreign ministry said": where the
        # state's post abroad is, not the ministry's country
    if root.dep_ in ("amod", "compound", "nmod") and root.head.lemma_.lower() in ("counterpart", "host", "opposite") \
            and root.head.i != head.i:
        return True  # "the premier, who is due to meet his Turkish counterpart": the other side's country
    party = root.head if root.dep_ in ("amod", "compound", "nmod") and root.head.pos_ in ("NOUN", "PROPN") else root
    if party.dep_ in ("nsubj", "nsubjpass") and party.head.dep_ == "ccomp" and head.dep_ == "nsubj" and \
            head.head.i == party.head.head.i:
        return True  # "the minister said Iran had violated the deal", "critics said Washington was shirking": the
        # state spoken of, not the speaker's
    while party.dep_ == "conj" and party.head.i != party.i:
        party = party.head  # "communications between the campaign and Russian officials": as its first conjunct is
    if party.dep_ == "pobj" and party.head.lower_ in ("with", "against", "between") and party.head.head.i != head.i:
        return True  # "accused Manafort of working with a Russian colleague", "the ministers met with Russian
        # officials", "testified to Congress he was unaware of contacts between the campaign and Russian officials":
        # a partner's or an opponent's country, not the head's people's
    for anc in root.ancestors:
        if anc.i == head.i:
            return False
        if anc.dep_ in ("relcl", "appos") and anc.head.i != head.i and not (
                anc.left_edge.i <= head.i <= anc.right_edge.i):
            return True  # (a clause on the actor itself says where it is from: "officials who run Gaza")
    return False


def _venue(tok) -> bool:
    """Is ``tok`` (a place's root) where people meet: "met in Brussels", "a meeting at the Treasury in
    Washington"?"""
    while tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at"):
        holder = tok.head.head
        if holder.lemma_.lower() in MEETING_WORDS:
            return True
        tok = holder
    return False
