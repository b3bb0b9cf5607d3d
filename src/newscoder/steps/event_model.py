"""The learned event decision: for a candidate predicate of a parsed sentence (a verb or an event
noun), does the sentence report an event there at all, and of which PLOVER type?

Pure functions on spaCy tokens, so the events step (and anyone else) can call them per candidate:

- ``candidates(sent)``: the predicates worth asking about (verbs, and event nouns that are not the
  object of a verb already asked about);
- ``features(tok, prior)``: sparse named features of a candidate: its lemma, its frame (particle,
  object, prepositions, the verb it controls or is controlled by: "agreed to meet", "threatened to
  attack", "called X an escalation"), its arguments' kinds (a state, a person, a group, a thing, a
  number), modality cues (negation, modals, conditions, questions, purpose clauses, reported speech),
  the event lexicon's code for it, and ``prior``, the rule coder's CAMEO code when it coded this
  token;
- ``frame_text(tok)``: the few words of its frame, embedded with wordllama and compared with the
  PLOVER codebook's definition of each type;
- ``mode(tok)``: asserted / negated / hypothetical / future / reported;
- ``classify(tok, prior_code, roles=roles_of(event))`` -> ``Decision(plover, probability, cameo_root)``;
  ``plover`` is None when the model's best class is NONE (no event reported there).

The model is a multinomial logistic regression over those features (weights in
``data/event_model.npz``, vocabulary and labels in ``data/event_model.json``, both built by
``scripts/train_event_model.py`` from PLV_train and newscoder's own sentences; see NOTICE). It is
loaded once, on first use; inference is plain numpy and gives the same output on every run.

How the events step uses it (``event_decide``: it vetoes the rules' events that report nothing; retyping
and filling are off by default) and the measured figures: docs/event-model.md.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np

from .. import extensions
from .actors import story_guess
from .event_syntax import (
    children,
    declined_to_say,
    in_headline,
    past_time_clause,
    per_doc,
    put_to,
    ranked_doer,
    said_and_done,
)

NONE = "NONE"
TYPES = ("ACCUSE", "AGREE", "AID", "ASSAULT", "COERCE", "CONSULT", "COOPERATE", "MOBILIZE", "PROTEST",
         "REJECT", "REQUEST", "SANCTION", "SUPPORT", "THREATEN", "YIELD")
LABELS = (NONE,) + TYPES
#: Older PLOVER names (the GSR's v0.5 and the CAMEO2PLOVER table) and the current ones.
CURRENT = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT",
           "CONCEDE": "YIELD", "RETREAT": "YIELD"}
#: The CAMEO root of a type when neither the lexicon nor the rules name one: the root of the
#: type's older PLOVER name for the merged types (DEMAND 10, DISAPPROVE 11, FIGHT 19).
DEFAULT_ROOT = {"ACCUSE": "11", "AGREE": "03", "AID": "07", "ASSAULT": "19", "COERCE": "17", "CONSULT": "04",
                "COOPERATE": "06", "MOBILIZE": "15", "PROTEST": "14", "REJECT": "12", "REQUEST": "10",
                "SANCTION": "16", "SUPPORT": "05", "THREATEN": "13", "YIELD": "08"}
MODES = ("asserted", "negated", "hypothetical", "future", "reported")

SAY = frozenset({"say", "tell", "announce", "state", "report", "claim", "add", "note", "confirm", "declare",
                 "stress", "explain", "reply", "write", "quote", "allege", "insist", "believe", "think",
                 "suggest", "argue", "predict", "warn"})
DOUBT = frozenset({"deny", "doubt", "dismiss", "refute", "false", "untrue", "wrong", "rumour", "rumor"})
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
HYPO_AUX = frozenset({"could", "might", "may", "would", "should", "must", "can", "ca"})
PLAN_HEADS = frozenset({"willing", "prepared", "plan", "intend", "expect", "schedule", "set", "due", "go", "aim",
                        "tip", "slate", "likely", "pledge", "promise", "vow",
                        "hope", "prepare", "want", "seek", "propose", "consider", "poised", "ready",
                        "about", "weigh", "mull", "contemplate", "ponder", "debate", "study", "explore"})  # "mulled
# expelling the ambassador", "weighs recognizing Jerusalem": deliberated, not done
#: Light verbs whose event noun is only planned ("planned a rally").
PLANNING_LIGHT = frozenset({"plan"})
TRY_HEADS = frozenset({"try", "attempt", "seek", "struggle", "hope", "wish", "need", "have", "able"})
#: Verbs that forecast what they govern ("analysts forecast a deal", "expects talks to resume"); in a headline
#: "sees" is one too ("MULFORD SEES BRAZIL LENDING PROGRESS", "AIDES SEE MOSCOW AGREEING TO PACT").
FORECAST_HEADS = frozenset({"forecast", "predict", "foresee", "anticipate", "expect"})
#: Verbs of hoping and expecting: what they govern is nobody's commitment ("hoped the sides would agree").
HOPE_HEADS = frozenset({"hope", "wish", "fear", "doubt", "dream", "confident", "optimistic", "hopeful", "pessimistic",
                        "doubtful", "convinced"}) | FORECAST_HEADS  # "was confident an offer would be made"
#: Adverbs of habit and standing positions ("often", "regularly", "has long argued", "traditionally opposes"):
#: a habit or a stance, not one act.
HABIT_WORDS = frozenset({"often", "regularly", "frequently", "usually", "traditionally", "always", "routinely",
                         "generally", "historically", "long", "typically", "habitually", "normally", "customarily",
                         "sometimes", "occasionally", "seldom", "rarely", "repeatedly", "consistently"})
#: Adjectives of an act's noun that make it a habit: "has regular meetings", "holds weekly talks".
HABIT_ADJECTIVES = frozenset({"regular", "frequent", "routine", "periodic", "occasional", "customary", "habitual"})
# (not "annual", "weekly": "signed the annual defense bill", "imposed weekly limits" are one act each)
#: Acts held with others that a habit adjective makes a routine ("has regular meetings", not "regular troops").
MEETING_NOUNS = frozenset({"meeting", "talk", "talks", "consultation", "contact", "visit", "call", "briefing",
                           "session", "exchange", "conference", "summit", "patrol", "discussion"})
#: Of those, words that also mean "mostly" ("generally applauded the plan": one act, approved in the main).
MOSTLY_WORDS = frozenset({"generally"})
#: Words of nearness: what one is "close to", "near", "on the verge / brink / point of" doing has not happened yet.
NEAR_HEADS = frozenset({"close", "near", "verge", "brink", "point", "threshold", "edge", "nearer", "closer"})
#: Forms the small model's lemmatizer gets wrong ("hopes" -> "hop").
LEMMA_FIX = {"hopes": "hope", "hoped": "hope", "hoping": "hope"}
#: Verbs that allow or oblige: their complement is what may or must happen ("the law obliges the state to
#: consult", "the accord allows ships to use the port").
DEONTIC_HEADS = frozenset({"oblige", "require", "entitle", "permit", "allow", "authorize", "authorise"})
#: Words that make their complement a possibility, not an act: "it is possible to reach agreement", "the
#: authorities are unlikely to sanction a cut", "was unable to meet"; "Iran is likely to attack" is the
#: writer's forecast, no threat of Iran's.
POSSIBLE = frozenset({"possible", "impossible", "likely", "unlikely", "able", "unable", "difficult", "hard", "easy",
                      "feasible", "impractical", "conceivable", "inconceivable", "doubtful", "premature", "early"})
#: Verbs of being asked or pressed about something: what it is about is not done ("pressed about stepping aside").
ASKED_ABOUT = frozenset({"press", "ask", "question", "quiz", "query", "grill", "interview", "probe"})
#: Verbs of turning an act over in one's mind, told with "about" or "of" ("has not thought about resigning",
#: "had talked of quitting", "dreamed of leading the party"): the act weighed, not done.
WEIGHED_ABOUT = frozenset({"think", "talk", "consider", "contemplate", "ponder", "muse", "dream", "speculate", "worry",
                           "fantasize", "fantasise", "joke"})
#: Nouns (and adjectives) whose "of" complement is a possibility: "the possibility of recognizing", "the chance of
#: winning"; a means, not an act: "hackers capable of launching cyber warfare", "the capability of striking".
CHANCES = frozenset({"possibility", "chance", "prospect", "option", "likelihood", "risk", "danger", "idea",
                     "threat", "hope", "question", "capable", "incapable", "capability", "capacity", "ability"})
FAIL_HEADS = frozenset({"fail", "refuse", "decline", "stop", "cease", "avoid", "neglect", "forget"})
NEG_WORDS = frozenset({"not", "n't", "never", "no", "neither", "nor", "without"})
AMOUNT = re.compile(r"%|\bper ?cent\b|[$\u20ac\u00a3\u00a5]|\b(?:dollars?|euros?|pounds?|yuan|yen|rupees?)\b", re.I)
BOILERPLATE = re.compile(r"\b(?:declined?|refused|not immediately available) to comment\b|\bwas asked\b", re.I)
NOBODY = frozenset({"nobody", "none", "nothing", "no one"})
COND_MARKS = frozenset({"if", "unless", "whether", "lest", "should"})
#: Adverbs that make a modal's clause a guess ("would probably discuss").
HEDGES = frozenset({"probably", "possibly", "perhaps", "maybe", "likely", "conceivably", "presumably"})
ACTOR_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON", "LOC", "FAC"})
NUMBER_ENTS = frozenset({"PERCENT", "MONEY", "QUANTITY", "CARDINAL"})
CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "conj", "parataxis", "csubj", "acl", "xcomp", "pcomp"})
ARG_DEPS = ("nsubj", "nsubjpass", "dobj", "dative", "attr", "oprd", "agent", "acomp", "xcomp", "ccomp")
LIGHT_NOUN_DEPS = frozenset({"dobj", "attr", "nsubjpass", "oprd"})


def lemma(tok) -> str:
    """The token's lemma, lower-cased, with the small model's known slips mended."""
    return LEMMA_FIX.get(tok.lower_) or tok.lemma_.lower()


# --- the lexicon's view of a token (its own hand-written table, not learned) ----------------------


@lru_cache(maxsize=1)
def _tables():
    """(lexicon, CAMEO code -> current PLOVER type, agents' sector words), loaded once."""
    from ..knowledge.event_lexicon import agents, cameo, lexicon

    plover = {code: CURRENT.get(c.plover, c.plover) for code, c in cameo().items() if c.plover}
    return lexicon(), plover, agents().sectors


def plover_of(code: str | None) -> str | None:
    """The current PLOVER type of a CAMEO code (None for statements and unknown codes)."""
    if not code:
        return None
    return _tables()[1].get(code) or _tables()[1].get(code[:2])


def lexicon_code(tok) -> str | None:
    """The event lexicon's CAMEO code for a verb (with its particle or object noun) or a noun."""
    lex = _tables()[0]
    lemma = tok.lemma_.lower()
    if tok.pos_ in ("NOUN", "PROPN"):
        comps = [c.lemma_.lower() for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i]
        return lex.nouns.get(" ".join(comps[-1:] + [lemma])) or lex.nouns.get(lemma) or lex.verbs.get(lemma)
    for c in tok.children:
        if c.dep_ in ("prt", "prep"):
            if f"{lemma} {c.lower_}" in lex.verbs:
                code = lex.verbs[f"{lemma} {c.lower_}"]
                return None if code == "-" else code
    for c in tok.children:
        if c.dep_ in LIGHT_NOUN_DEPS and (lemma, c.lemma_.lower()) in lex.pairs:
            return lex.pairs[(lemma, c.lemma_.lower())]
    if lemma in lex.verbs:
        return lex.verbs[lemma]
    control = lex.control.get(lemma)
    return control[0] if control else None


def prep_pair_code(tok) -> str | None:
    """The lexicon's code for a verb whose act is the noun after its preposition ("took him into custody", "was
    placed under house arrest": a VN or VC row of a verb and preposition), or None."""
    lex = _tables()[0]
    lemma = tok.lemma_.lower()
    for c in tok.children:
        if c.dep_ == "prep":
            for g in c.children:
                if g.dep_ == "pobj" and (f"{lemma} {c.lower_}", g.lemma_.lower()) in lex.pairs:
                    return lex.pairs[(f"{lemma} {c.lower_}", g.lemma_.lower())]
    return None


def _control(tok) -> str | None:
    """How a control verb treats its complement ("intent", "threat", "reject", "request")."""
    control = _tables()[0].control.get(tok.lemma_.lower())
    if not control:
        return None
    return "intent" if control[1] == "wish" else control[1]  # to the model, a wish is an intent


# --- candidates -------------------------------------------------------------------------------------


def candidates(sent) -> list:
    """Predicates of a sentence (a spaCy Span) worth classifying: every verb, and every noun the
    lexicon knows as an event (or as an event verb: "the attack", "a protest") unless it is the
    object of a verb (its verb is the candidate: "imposed sanctions") or part of a compound."""
    lex = _tables()[0]
    out = []
    for tok in sent:
        if tok.pos_ == "VERB":
            out.append(tok)
        elif tok.pos_ == "NOUN" and tok.dep_ != "compound":
            lemma = tok.lemma_.lower()
            if lemma not in lex.nouns and lemma not in lex.verbs:
                continue
            if tok.dep_ in LIGHT_NOUN_DEPS and tok.head.pos_ == "VERB":
                continue
            out.append(tok)
    return out


# --- features ---------------------------------------------------------------------------------------


def _kind(tok) -> str:
    """What an argument is: a named actor (its entity label), a pronoun, a sector word ("police",
    "rebels"), a number or amount, or another thing ("prices", "storm")."""
    if tok.ent_type_ in ACTOR_ENTS:
        return tok.ent_type_
    if tok.ent_type_ in NUMBER_ENTS or tok.like_num or any(c.dep_ == "nummod" for c in tok.children):
        return "NUM"
    if tok.pos_ == "PRON":
        return "PRON_" + tok.lower_ if tok.lower_ in ("it", "they", "he", "she", "we", "i", "you") else "PRON"
    sectors = _tables()[2]
    lemma = tok.lemma_.lower()
    if lemma in sectors or lemma.rstrip("s") in sectors:
        return "SECTOR_" + sectors.get(lemma, sectors.get(lemma.rstrip("s"), ""))
    if any(c.ent_type_ in ACTOR_ENTS and c.dep_ in ("compound", "amod", "poss") for c in tok.children):
        return "ACTOR_MOD"
    return "THING"


def _arg_features(tok, lemma: str) -> list[str]:
    out = []
    for c in tok.children:
        dep = c.dep_
        if dep in ARG_DEPS:
            clemma = c.lemma_.lower()
            out += [f"d={dep}", f"dk={dep}_{_kind(c)}", f"dl={lemma}_{dep}_{clemma}", f"dw={dep}_{clemma}"]
            if dep in ("dobj", "xcomp", "ccomp", "attr", "oprd"):
                for g in c.children:
                    if g.dep_ in ("dobj", "oprd", "attr") or (dep == "dobj" and g.dep_ in ("compound", "amod")):
                        out.append(f"dl2={lemma}_{dep}_{clemma}_{g.dep_}_{g.lemma_.lower()}")
        elif dep in ("prep", "prt", "dative"):
            out += [f"p={c.lower_}", f"lp={lemma}_{c.lower_}"]
            for pobj in c.children:
                if pobj.dep_ in ("pobj", "pcomp"):
                    out += [f"pk={c.lower_}_{_kind(pobj)}", f"pl={lemma}_{c.lower_}_{pobj.lemma_.lower()}",
                            f"pw={c.lower_}_{pobj.lemma_.lower()}"]
        elif dep in ("amod", "compound", "poss") and tok.pos_ == "NOUN":
            out += [f"nm={dep}_{_kind(c)}", f"nl={lemma}_{c.lemma_.lower()}"]
    return out


def _context_features(tok, lemma: str, sent) -> list[str]:
    head = tok.head
    out = [f"dep={tok.dep_}", f"hd={tok.dep_}_{head.lemma_.lower()}", f"hpos={head.pos_}"]
    if tok.dep_ in ("xcomp", "ccomp", "advcl", "pcomp") and head.i != tok.i:
        out += [f"hx={head.lemma_.lower()}_{lemma}", f"hctl={_control(head)}",
                f"hlex={plover_of(lexicon_code(head))}"]
    if tok.dep_ == "pcomp" or head.dep_ == "prep":
        out.append(f"under={head.lower_}")
    if tok.dep_ == "pobj":
        out.append(f"pobj_of={head.lower_}_{head.head.lemma_.lower()}")
    if tok.i == sent.root.i:
        out.append("is_root")
    return out


def _cue_features(tok, sent, how: str) -> list[str]:
    out = [f"mode={how}"]
    kids = children(tok)
    auxes = {c.lower_ for c in kids if c.dep_ in ("aux", "auxpass")}
    out += [f"aux={a}" for a in sorted(auxes & (FUTURE_AUX | HYPO_AUX | {"to"}))]
    if any(c.dep_ == "neg" or c.lower_ in NEG_WORDS and c.dep_ in ("det", "advmod") for c in kids):
        out.append("neg_own")
    marks = {c.lower_ for c in kids if c.dep_ == "mark"}
    out += [f"mark={m}" for m in sorted(marks)]
    if _habitual(tok):
        out.append("habit")
    text = sent.text
    if _question(text):
        out.append("question")
    if sent[0].lower_ in ("if", "unless", "should", "had", "were"):
        out.append("sent_if")
    if AMOUNT.search(text):
        out.append("sent_amount")
    if BOILERPLATE.search(text):
        out.append("comment_boilerplate")
    out.append(f"tag={tok.tag_}")
    return out


def _habitual(tok) -> bool:
    """"is regularly criticised", "have often clashed", "who usually meet in May", "traditionally opposes",
    "has in the past rejected", "has for years opposed": a habit or a standing position, not one act."""
    comps = [c for c in children(tok) if c.dep_ == "xcomp"]
    for c in (g for v in [tok] + comps + [x for k in comps for x in k.conjuncts] for g in children(v)):
        # the complement's too: "had promised to stimulate its economy and open its markets in the past"
        if c.dep_ == "advmod" and c.lower_ in HABIT_WORDS and not (c.lower_ in MOSTLY_WORDS and tok.tag_ == "VBD") \
                and not (c.lower_ == "repeatedly" and tok.tag_ in ("VBD", "VBN") and c.head.i == tok.i):
            return True  # (not "have repeatedly called for the embargo to be lifted": acts done, more than once)
        if c.dep_ in ("dobj", "attr") and c.lemma_.lower() in MEETING_NOUNS and tok.tag_ in ("VBZ", "VBP") and any(
                a.dep_ == "amod" and a.lower_ in HABIT_ADJECTIVES for a in children(c)):
            return True  # "the prime minister has regular meetings with both of them": a habit, no meeting told
            # (in the present: "held their customary talks in February" told the talks of February)
        if c.dep_ == "prep" and c.lower_ in ("in", "for") and any(g.dep_ == "pobj" and (
                g.lower_ == "past" and c.lower_ == "in" or g.lower_ in ("years", "decades") and c.lower_ == "for" and
                not any(d.dep_ in ("nummod", "amod", "det") for d in g.children)) for g in c.children):
            return True
    return False


#: Words for people in general, whom a relative clause in the present describes ("anyone who criticizes him").
ANYONE = frozenset({"anyone", "anybody", "everyone", "everybody", "whoever", "those", "people", "all"})
# (not "someone": "hunting someone who attacks women in parks" is one unknown person)


def _anyone_who(tok) -> bool:
    """Is ``tok`` the present-tense verb of a relative clause describing people in general ("anyone who criticizes
    the president", "those that support hunting", "people who oppose the war")? Who they are, no act told (not
    "those who attacked the convoy": a past act)."""
    return tok.dep_ == "relcl" and tok.tag_ in ("VBZ", "VBP") and tok.head.lower_ in ANYONE and not any(
        c.dep_ in ("det", "poss", "nummod", "amod") for c in children(tok.head)) and not any(
        c.dep_ in ("aux", "auxpass") for c in children(tok))


#: Imperatives that set up a scene: "Imagine you are a protester and the police start making arrests".
IMAGINE = frozenset({"imagine", "suppose", "picture", "pretend", "assume", "envision", "envisage"})


def _imagined(tok) -> bool:
    """Is the candidate inside a scene the sentence asks the reader to imagine (its root an imperative
    "Imagine", "Suppose", with no subject)?"""
    root = tok.sent.root
    return root.lemma_.lower() in IMAGINE and root.tag_ == "VB" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux") for c in root.children)


#: Verbs whose simple present in a body reports words said now, not a standing state.
SPEECH_ACTS = frozenset({"deny", "dispute", "refute", "condemn", "accuse", "blame", "warn", "threaten", "criticize",
                         "criticise", "denounce", "dismiss", "welcome", "praise", "hail", "applaud", "urge",
                         "congratulate", "allege", "deplore", "decry", "slam", "lambast", "lambaste",
                         "castigate", "chide", "rebuke", "scold", "commend", "salute", "appeal", "plead"})
# ("Prosecutors allege that ...", "Democrats deplore the prospect ...": judged missed in the forty-first session's
# checks, read as descriptions); not "rejects", "demands": "Serbia rejects Western-style
# democracy" is a stance (the eleventh blind check)


#: Measures a side opposes in the story's own dispute ("Democrats oppose the legislation").
DISPUTED = frozenset({"bill", "plan", "legislation", "proposal", "measure", "deal", "nomination", "reform", "tax",
                      "cut", "move", "law", "amendment", "resolution", "policy", "budget", "change", "merger",
                      "takeover", "bid", "agreement", "treaty", "package", "closure", "ban"})


def _described(tok) -> bool:
    """Is the candidate a verb in the simple present in an article's body, not a headline nor its lead, with no
    date ("today", "on Monday"), no one saying it and no "I" or "we" doing it? News tells its events in the
    past; its body's simple present describes a state, a product or a standing position ("the app delivers
    300 channels", "the administration opposes any such bill", "Apple imposes restrictions on apps"), while a
    headline's present is an event ("Police arrest minister") and so is what "I" or "we" do in saying it."""
    if tok.tag_ not in ("VBZ", "VBP") or _lead(tok.sent) or in_headline(tok):
        return False
    if lemma(tok) in SPEECH_ACTS:
        return False  # "the government denies the allegations", "Hamas blames Israel": what is said now
    if lemma(tok) == "oppose" and any(c.dep_ == "dobj" and lemma(c) in DISPUTED and any(
            d.dep_ == "poss" or d.dep_ == "det" and d.lower_ in ("the", "this", "these") for d in c.children)
            for c in tok.children):
        return False  # "Democrats oppose the legislation", "unions oppose the plans": a side in the story's dispute
        # (judged rejections by the checks of the thirty-sixth session), not "opposes any such bill"
    if any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return False
    dates = [c for c in tok.children] + [g for c in tok.children if c.dep_ == "prep" for g in c.children]
    if any(c.ent_type_ in ("DATE", "TIME") or c.lower_ in ("today", "tonight", "tomorrow") for c in dates):
        return False  # a dated present is the news of the day: "Lyng opens talks in Tokyo today"
    return not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("i", "we", "you") for c in tok.children)


def _lead(sent) -> bool:
    """Is this the article's first sentence, or its first after the headline?"""
    if sent.start == 0:
        return True
    before = sent.doc[sent.start - 1]
    while before.is_space and before.i > 0:
        before = before.doc[before.i - 1]
    return in_headline(before) or before.sent.start == 0 and in_headline(before.sent[0])


def _forecast(tok) -> bool:
    """Is the candidate what a forecast is about: the object or clause of a forecasting verb, up to three heads
    above it (in a headline, also of "see")?"""
    cur = tok
    for _ in range(3):
        if cur.head.i == cur.i or cur.dep_ in ("nsubj", "nsubjpass", "conj", "advcl", "relcl"):
            return False
        cur = cur.head
        word = lemma(cur)
        if cur.pos_ in ("VERB", "AUX") and (word in FORECAST_HEADS or word == "see" and in_headline(cur)):
            return True
    return False


def _question(text: str) -> bool:
    return text.rstrip().rstrip("\"'\u201d\u2019").endswith("?")


def features(tok, prior: str | None = None, how: str | None = None, roles: str | None = None) -> list[str]:
    """Sparse features of a candidate predicate ``tok``; ``prior`` is the rule coder's CAMEO code
    for it, if the rules coded it, and ``roles`` what the rules found as its source and target
    (``roles_of``); ``how`` its ``mode`` if already known."""
    lemma = tok.lemma_.lower()
    code = lexicon_code(tok)
    xcomp = next((c for c in tok.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")), None)
    out = ["bias", f"l={lemma}", f"pos={tok.pos_}", f"lex={plover_of(code)}", f"lexroot={code[:2] if code else None}",
           f"ctl={_control(tok)}", f"prior={plover_of(prior) if prior else None}",
           f"priorroot={prior[:2] if prior else None}"]
    if xcomp is not None:
        out += [f"x={lemma}_{xcomp.lemma_.lower()}", f"xl={xcomp.lemma_.lower()}",
                f"xlex={plover_of(lexicon_code(xcomp))}", f"ctlx={_control(tok)}_{plover_of(lexicon_code(xcomp))}"]
    out += _arg_features(tok, lemma)
    sent = tok.sent
    out += _context_features(tok, lemma, sent)
    out += _cue_features(tok, sent, how or mode(tok))
    if roles:
        src, tgt = roles.split("_")
        out += [f"roles={roles}", f"src={src}", f"tgt={tgt}"]
    return out


def _side(actors) -> str:
    if not actors:
        return "none"
    if any(a.code and not story_guess(a) for a in actors):
        return "code"  # a person or body with only the story's country is as good as uncoded here
    return "sector" if any(a.sector for a in actors) else "other"


def roles_of(event) -> str:
    """What the rule coder found as an event's source and target: "code" (a coded actor: a state, an
    organisation, a group), "sector" (police, rebels: a sector without a country), "other" (a person or
    thing with no code), "none"; e.g. "code_none"."""
    return f"{_side(event.actor)}_{_side(event.recipient)}"


def frame_text(tok) -> str:
    """The candidate's frame in a few words: its subject, itself with particles, its object and
    prepositional objects (their heads and adjective/compound modifiers), its complement verb."""
    keep = {tok.i}
    for c in tok.children:
        if c.dep_ in ("nsubj", "nsubjpass", "dobj", "dative", "attr", "oprd", "prt", "prep", "agent", "xcomp",
                      "compound", "amod", "poss", "neg"):
            keep.add(c.i)
            for g in c.children:
                if g.dep_ in ("pobj", "compound", "amod", "dobj", "prt") or (c.dep_ == "agent" and g.dep_ == "pobj"):
                    keep.add(g.i)
    return " ".join(tok.doc[i].text for i in sorted(keep))


# --- modality ----------------------------------------------------------------------------------------


def _denied_by_argument(tok) -> bool:
    """"No shots were fired", "nobody was detained", "neither side has fired", "neither X nor Y has ratified
    it", "fired no shots"."""
    for c in tok.children:
        if c.dep_ in ("nsubj", "nsubjpass", "dobj"):
            if c.lower_ in NOBODY or any(d.dep_ in ("det", "preconj") and d.lower_ in ("no", "neither")
                                         for d in c.children):  # "neither the US nor Russia has ratified it"
                return True
    return False


#: Modifiers of an event noun that say it did not happen: "the abortive trip", "the cancelled talks".
CALLED_OFF = frozenset({"abortive", "aborted", "cancelled", "canceled", "scrapped", "postponed", "shelved",
                        "stillborn", "called-off", "delayed", "deferred"})
#: Verbs whose object is the event they hold or set up ("set up a meeting - which never took place").
HOLDING = frozenset({"hold", "set", "arrange", "organize", "organise", "plan", "make", "stage", "have", "conduct",
                     "schedule", "call", "convene"})
#: Verbs that, negated in a clause on the event noun, say it did not happen: "a meeting which never took place",
#: with the word that makes "take", "go" and "come" mean it ("took place", "went ahead", "came off").
HAPPEN = {"happen": None, "occur": None, "materialize": None, "materialise": None, "take": "place", "go": "ahead",
          "come": "off"}


def _called_off(noun) -> bool:
    """Is the event noun told as not held: "the abortive Trump trip", "the cancelled talks", "a Trump-Putin
    meeting - which never took place -", "talks that did not happen"?"""
    if noun.pos_ != "NOUN":
        return False
    if any(c.dep_ in ("amod", "compound") and c.lower_ in CALLED_OFF for c in noun.children):
        return True
    return any(c.dep_ == "relcl" and c.lemma_.lower() in HAPPEN and (
        HAPPEN[c.lemma_.lower()] is None or any(d.lower_ == HAPPEN[c.lemma_.lower()] for d in c.children)) and any(
        d.dep_ == "neg" or d.dep_ == "advmod" and d.lower_ == "never" for d in c.children) for c in noun.subtree)
    # (the parser may hang the clause on the noun's last name: "the meeting between Chile and Peru, which never
    # took place")


def _negated(tok) -> bool:
    """Negation of the candidate or of what governs it: "did not attack", "no talks were held",
    "failed to reach", "it was not true that X threatened", "denied that X attacked", "no evidence
    that X attacked", "dismissed rumours that troops were massing"."""
    if any(c.dep_ == "neg" or (c.dep_ in ("det", "advmod") and c.lower_ in ("no", "never")) for c in tok.children):
        return True
    if _denied_by_argument(tok):
        return True
    if any(_called_off(n) for n in [tok] + [c for c in tok.children if c.dep_ == "dobj" and lemma(tok) in HOLDING]):
        return True
    if tok.dep_ == "acl" and lemma(tok) in HOLDING and _called_off(tok.head):
        return True  # "the effort to set up a meeting - which never took place -"
    if tok.dep_ in ("pcomp", "pobj") and tok.head.lower_ == "without":
        return True  # "can cut crime without asking people to pay more", "held without trial": not done
    if tok.pos_ == "NOUN" and tok.dep_ in ("nsubj", "dobj") and _negated(tok.head):
        return True
    if tok.dep_ == "pcomp" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN" and any(
            d.dep_ == "det" and d.lower_ == "no" for d in tok.head.head.children):
        return True  # "has no intention of firing her", "showed no sign of backing down"
    cur = tok
    for _ in range(5):
        head = cur.head
        if head.i == cur.i:
            return False
        if cur.dep_ == "xcomp" and (head.lemma_.lower() in FAIL_HEADS or any(c.dep_ == "neg" for c in head.children)):
            return True
        if cur.dep_ == "conj" and head.pos_ in ("VERB", "AUX") and cur.tag_ == head.tag_ and not any(
                c.dep_ in ("aux", "neg", "nsubj") for c in cur.children) and any(
                c.dep_ == "neg" or c.dep_ == "advmod" and c.lower_ == "never" for c in head.children):
            return True  # "had never met or spoken to Trump": the negation is the second verb's too
        if cur.dep_ in ("ccomp", "csubj") and (head.lemma_.lower() in DOUBT or any(
                c.dep_ == "neg" or c.lemma_.lower() in DOUBT and c.i != cur.i for c in head.children)):
            return True  # ("it was false that ..."; not the clause itself: '"I denied the allegations," he said'
            # is a denial reported, no negation of it)
        if cur.dep_ == "acl" and head.pos_ == "NOUN":  # "no evidence that ...", "denied reports that ..."
            return any(d.dep_ == "det" and d.lower_ == "no" for d in head.children) or (
                head.dep_ in ("dobj", "nsubjpass") and head.head.lemma_.lower() in DOUBT)
        if cur.dep_ not in ("xcomp", "ccomp", "csubj", "conj", "acomp"):
            return False
        cur = head
    return False


#: Heads of "at" + a gerund that tell a purpose: "aimed at preventing", "targeted at curbing".
AIMING = frozenset({"aim", "target", "direct", "gear"})


def purpose_clause(tok) -> bool:
    """Is ``tok`` the verb of a purpose clause ("to make up for losses", "... and to encourage rebels")?"""
    def to(t) -> bool:
        return any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
    if tok.dep_ == "advcl" and any(c.dep_ == "acomp" and lemma(c) in DONE_PROMPTLY for c in children(tok.head)):
        return False  # "were quick to slam Bannon", "was the first to condemn": done, promptly
    if tok.dep_ == "advcl" and lemma(tok.head) == "need" and not any(c.dep_ == "dobj" for c in children(tok.head)):
        return False  # "the government needed to explain how ...", parsed as a purpose: what is needed, no aim
    return to(tok) and (tok.dep_ == "advcl" or (tok.dep_ == "conj" and tok.head.dep_ == "advcl" and to(tok.head)))


#: Adjectives of how soon an act was done: "were quick to slam", "swift to condemn" tell the act.
DONE_PROMPTLY = frozenset({"quick", "swift", "fast", "first", "last", "slow"})


def _known_act(noun) -> bool:
    """Is ``noun`` an act already known, named with "the", "this", an owner or its doer ("may challenge Uganda's
    ban", "will review the arrest of the journalists"): what a verb to come does to it does not make it to come?"""
    return any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")
               for c in noun.children) or any(c.dep_ == "acl" and c.tag_ == "VBN" for c in noun.children)


def _clause_chain(tok):
    """The candidate and the heads it hangs from through complements and coordination."""
    cur, i_acl = tok, False  # i_acl: climbing from a participle that describes a noun ("a pitch for the vote
    yield cur  # urging people to ..."): the verb whose object that noun is gives its time
    for _ in range(4):
        if cur.head.i == cur.i or cur.dep_ not in ("xcomp", "conj", "acomp", "ccomp", "advcl", "pcomp", "prep",
                                                  "pobj", "acl", "relcl") and not (cur.dep_ == "dobj" and i_acl):
            return
        if past_time_clause(cur):
            return  # "will resign, a day after his colleagues called for him to step down": a past of its own
        i_acl = cur.dep_ == "acl" and cur.tag_ != "VBN" or (cur.dep_ == "pcomp" and cur.head.head.pos_ == "NOUN") or (
            i_acl and cur.dep_ in ("pobj", "prep"))  # (and "a leading role in providing these things")
        cur = cur.head
        yield cur


#: Verbs whose clause says what something is or would be ("means that the government would take control").
MEANING_HEADS = frozenset({"mean", "imply", "entail", "involve"})


def explained(tok) -> bool:
    """Is ``tok`` in a clause that says what something means ("an intervention means that ...")?"""
    return any(cur.dep_ == "ccomp" and lemma(cur.head) in MEANING_HEADS for cur in _clause_chain(tok))


def conditioned(tok) -> bool:
    """Is ``tok`` in a clause put as a condition ("if its ex-parent firm fails to back a bail-out")?"""
    return any(any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in cur.children)
               for cur in _clause_chain(tok))


def nearly(tok) -> bool:
    """Is ``tok`` what someone is close to doing ("was close to striking a deal", "on the verge of signing")? A
    forecast, not an intent stated."""
    return any(cur.dep_ in ("pcomp", "pobj") and cur.head.dep_ == "prep" and cur.head.lower_ in ("to", "of") and
               lemma(cur.head.head) in NEAR_HEADS for cur in _clause_chain(tok))


def hoped(tok) -> bool:
    """Whether ``tok`` is what someone hopes, expects or fears, below any verb of saying ("said she hoped
    the sides would agree", "expects the regulator to approve")."""
    for cur in _clause_chain(tok):
        if cur.i != tok.i and lemma(cur) in HOPE_HEADS:
            return True
        if cur.dep_ in ("ccomp", "parataxis") and cur.head.lemma_.lower() in SAY:
            return lemma(cur.head) in HOPE_HEADS
    return False


def _reported(tok, text: str) -> bool:
    for cur in _clause_chain(tok):
        if cur.dep_ in ("ccomp", "parataxis") and cur.head.lemma_.lower() in SAY:
            return True
    return "according to " in text.lower()


#: Nouns whose to-infinitive is not done: powers and rights given, plans, offers, calls, decisions ("powers to
#: raid houses", "a call to boycott"); not attempts ("an attempt to assassinate X was thwarted" is coded).
UNDONE_NOUNS = frozenset({"power", "right", "authority", "mandate", "permission", "licence", "license", "freedom",
                          "approval", "consent", "clearance", "go-ahead", "authorisation", "authorization",
                          "plan", "proposal", "offer", "promise", "pledge", "vow", "threat", "call", "appeal",
                          "demand", "request", "order", "decision", "readiness", "willingness", "ability",
                          "capacity", "chance", "opportunity", "need", "way", "time", "reason", "intention",
                          "desire", "wish", "scheme", "programme", "program", "strategy", "idea",
                          "option", "invitation", "instruction", "recommendation", "advice", "urge", "pressure",
                          "ultimatum", "deadline", "warning"})


#: Verbs of a guess told in the passive: "is thought to be offering", "is believed to have ordered".
SUPPOSING = frozenset({"think", "believe", "suppose", "presume", "rumour", "rumor", "reckon", "assume"})
#: How common a kind of act is: a sentence that says so tells of no one act ("executions are rare").
RARITY = frozenset({"rare", "common", "frequent", "unusual", "uncommon", "routine", "commonplace", "widespread",
                    "infrequent", "typical"})


def _generic(tok) -> bool:
    """Is ``tok`` inside the subject of a sentence that says how common such acts are ("Executions, carried out by
    hanging in Swaziland, are rare")?"""
    root = tok.sent.root
    if lemma(root) != "be" or not any(c.dep_ == "acomp" and lemma(c) in RARITY for c in children(root)):
        return False
    subj = next((c for c in children(root) if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and subj.tag_ in ("NNS", "NNPS") and not any(
        c.dep_ in ("poss", "det") and c.lower_ not in ("such", "these", "those") for c in children(subj)) and not any(
        t.ent_type_ in ("DATE", "TIME") for t in tok.sent) and subj.left_edge.i <= tok.i <= subj.right_edge.i
    # (kinds of act in the plural, undated: not "Tuesday's bombing of the market was typical of the group's attacks")


#: Words of holding back from an act: what one is wary of or reluctant to do is not done.
RELUCTANT = frozenset({"wary", "reluctant", "hesitant", "loath", "loth", "cautious", "leery", "chary"})
#: Words of having the means to do something: "enough votes to pass the bill", "sufficient support to override".
SUFFICIENT = frozenset({"enough", "sufficient", "insufficient"})
#: Verbs of haste whose infinitive is done once they are done ("rushed to condemn"), but not while they go on
#: ("are rushing to pass the bill").
HASTE = frozenset({"rush", "hasten", "move", "race", "scramble", "hurry"})
#: Verbs whose that-clause in the subjunctive names an act wanted ("suggested that he make a visit").
MANDATIVE = frozenset({"suggest", "propose", "recommend", "urge", "demand", "insist", "ask", "request", "require",
                       "advise", "move", "stipulate"})


#: Nouns of what a speech, a talk or an agenda is about: their examples ("challenges such as the war in Syria")
#: are topics named, no act reported.
TOPIC_NOUNS = frozenset({"issue", "challenge", "topic", "problem", "question", "matter", "subject", "concern",
                         "area", "theme", "priority", "threat", "agenda", "file", "point"})


def _topic_example(tok) -> bool:
    """Is the event noun one of the examples of a topic a speech or talks dealt with ("policy challenges such as
    the war in Syria and Russia's occupation of Crimea", "issues including the Iranian nuclear deal")?"""
    if tok.pos_ != "NOUN":
        return False
    cur = tok
    for _ in range(6):  # up through the list and its phrases ("the war in Syria and Russia's occupation": the
        # parser may join the second to "Syria")
        if cur.dep_ not in ("conj", "pobj", "prep") or cur.head.i == cur.i:
            return False
        prep = cur.head if cur.dep_ == "pobj" else None
        if prep is not None and (prep.lower_ == "as" and any(c.lower_ == "such" for c in prep.children) or
                                 prep.lower_ == "including"):
            return prep.head.pos_ == "NOUN" and lemma(prep.head) in TOPIC_NOUNS
        cur = cur.head
    return False


@per_doc
def mode(tok) -> str:
    """How the sentence reports the candidate: "negated" ("did not attack", "it is not true that
    ... threatened"), "hypothetical" (a condition, a question, could/might/would without a
    speaker, a purpose clause, a wish or attempt, a habit: "people who often protest", a scene to imagine:
    "Imagine the police start making arrests", a state or stance told in the body's simple present: "the
    administration opposes any such bill"), "future" (will,
    "plans to", "is expected to", "close to reaching a deal", a headline's "Minister to visit Paris"),
    "reported" (the content of someone's statement: "X said Y attacked"), else "asserted"."""
    if _negated(tok):
        return "negated"
    sent = tok.sent
    text = extensions.doc_text(tok.doc)[sent.start_char:sent.end_char]  # (``Span.text`` joins every token anew)
    if _question(text) or _habitual(tok) or _imagined(tok) or _topic_example(tok) or _generic(tok) or _anyone_who(tok):
        return "hypothetical"
    if (say := said_and_done(tok)) is not None:
        return mode(say)  # "said Labour would set out its plans and attacked the Tory plans": done as it was said
    if (ranked := ranked_doer(tok)) is not None:
        return mode(ranked.head) if ranked.head.pos_ in ("VERB", "AUX") and ranked.head.i != ranked.i else "asserted"
        # "became the first South Korean leader to visit Pyongyang", "Italy was the latest country to recall its
        # ambassador": the act was done, as the clause that ranks its doer is told ("will be the first to visit")
    if (enactor := enacting(tok)) is not None:
        return mode(enactor)  # "signed an executive order to bar travellers": barred as the order is signed
    if tok.pos_ == "VERB" and lemma(tok) in PLANNING_LIGHT and any(c.dep_ == "dobj" for c in children(tok)):
        return "future"  # "unions planned a strike for Monday", "were planning an attack": a plan, not the act (an
        # intent stated with an infinitive, "plans to visit", is the intent's own code: ``event_decide``)
    if tok.pos_ == "NOUN" and tok.dep_ == "nsubj" and lemma(tok.head) == "be" and any(
            c.dep_ == "acomp" and lemma(c) in POSSIBLE for c in children(tok.head)):
        return "hypothetical"  # "increased cooperation between Nepal and Tibet was possible"
    if tok.pos_ == "NOUN" and tok.dep_ in ("nsubj", "nsubjpass", "dobj") and tok.head.pos_ in ("VERB", "AUX"):
        governing = mode(tok.head)  # "any attack on the plant could cause a disaster", "a role in providing aid"
        if governing in ("hypothetical", "future") and not (tok.dep_ == "dobj" and (_described(tok.head) or _known_act(
                tok))):
            return governing  # (not "documents reveal the failed negotiations": a present that tells of a past act)
    reported = _reported(tok, text)
    if not reported and _described(tok):
        return "hypothetical"
    first = tok
    while first.dep_ in ("conj", "dep") and first.head.tag_ == "VB" and first.head.i != first.i:
        first = first.head  # "Trump to give major North Korea speech, then press China to do more": both planned
    if tok.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in children(first)) and in_headline(tok):
        return "future"  # headlinese for what is planned: "Brazil's Gros to meet banks", "X said to raise offer"
    if _forecast(tok):
        return "future"
    tensed = False  # passed a conjunct with an auxiliary of its own: the heads' auxiliaries are not its tense
    for i, cur in enumerate(_clause_chain(tok)):
        own = {c.lower_ for c in children(cur) if c.dep_ in ("aux", "auxpass", "mark")}
        if tensed:
            own -= FUTURE_AUX | HYPO_AUX  # "the firms will join up and already have held discussions"
        tensed = tensed or (cur.dep_ == "conj" and any(
            c.dep_ == "aux" and c.tag_ != "TO" or c.dep_ == "auxpass" and c.tag_ not in ("VB", "TO") or
            c.dep_ in ("nsubj", "nsubjpass") for c in children(cur)))  # (a conjunct with a subject or a
        # tensed "be" of its own is a clause of its own: "the move would be a win, but it was criticized by Democrats";
        # not "will be arrested and be charged")
        if own & COND_MARKS or (i == 0 and purpose_clause(cur) and not voted(cur)):
            return "hypothetical"  # "had done this to make up for failure and to encourage the rebels": a purpose
        if cur.dep_ == "pobj" and (cur.head.lower_ in ("until", "till", "pending") or cur.head.lower_ == "of" and
                                   cur.head.head.lower_ in ("ahead", "prior")) and i > 0:
            return "future"  # "ahead of a meeting in London to discuss Palestinian reforms": what is to come
        if cur.dep_ == "ccomp" and lemma(cur.head) in MEANING_HEADS or cur.dep_ in ("xcomp", "dobj") and cur.tag_ == \
                "VBG" and lemma(cur.head) == "mean":
            return "hypothetical"  # "an intervention means that the government would take control": what a thing is
        if cur.dep_ == "ccomp" and (lemma(cur.head) in POSSIBLE or any(
                c.dep_ == "acomp" and lemma(c) in POSSIBLE for c in children(cur.head))):
            return "hypothetical"  # "it was highly unlikely (that) he would give Labour more money"
        if i == 0 and any(c.dep_ == "advmod" and c.lower_ in ("possibly", "perhaps", "maybe") for c in children(cur)):
            return "hypothetical"  # "the White House possibly capitulating to House Republicans": a maybe
        if own & (FUTURE_AUX | HYPO_AUX) and any(c.dep_ == "advmod" and c.lower_ in HEDGES for c in children(cur)):
            return "hypothetical"  # "would probably discuss the ruling", "will possibly meet": a guess
        if own & FUTURE_AUX or (own & {"would"} and reported):
            return "future"
        if cur.dep_ in ("pcomp", "pobj") and cur.head.dep_ == "prep" and cur.head.lower_ in ("to", "of") and (
                lemma(cur.head.head) in NEAR_HEADS):
            return "future"  # "were close to reaching a deal", "on the verge of signing a ceasefire"
        if cur.dep_ == "pcomp" and cur.head.lower_ == "to" and any(
                c.lower_ == "forward" and c.dep_ in ("advmod", "prt") for c in children(cur.head.head)):
            return "future"  # "looks forward to holding talks with": what is hoped for, not held
        if own & HYPO_AUX:
            return "hypothetical"
        if cur.dep_ == "xcomp" and (lemma(cur.head) in POSSIBLE or any(
                c.dep_ == "acomp" and lemma(c) in POSSIBLE for c in children(cur.head))):
            return "hypothetical"  # "it is possible to reach agreement", "are unlikely to sanction a cut"
        if (cur.dep_ == "xcomp" or (cur.dep_ == "ccomp" and "to" in own)) and (lemma(cur.head) in PLAN_HEADS or (
                lemma(cur.head) == "be" and "to" in own)):  # (and "want the state to take", parsed as a clause)
            return "future"  # "plans to visit", "is to meet"
        if cur.dep_ == "xcomp" and lemma(cur.head) in TRY_HEADS | DEONTIC_HEADS or (
                cur.dep_ == "advcl" and "to" in own and lemma(cur.head) == "need"):
            return "hypothetical"  # ("needed to release the prisoners", parsed as a purpose or as a complement)
        if cur.dep_ == "pcomp" and cur.head.lower_ in ("about", "of") and lemma(cur.head.head) in WEIGHED_ABOUT:
            return "hypothetical"  # "Conyers has not thought about resigning", "has talked of stepping down"
        if cur.dep_ == "pcomp" and cur.head.lower_ in ("about", "on", "over") and lemma(cur.head.head) in ASKED_ABOUT:
            return "hypothetical"  # "Pressed about stepping aside, Franken said ...": what he was asked about
        if cur.dep_ == "pcomp" and cur.head.lower_ == "of" and lemma(cur.head.head) in CHANCES:
            return "hypothetical"  # "weighing the possibility of recognizing Croatia"
        if (cur.dep_ == "pcomp" and cur.head.lower_ in ("of", "about") and lemma(cur.head.head) in RELUCTANT) or (
                cur.dep_ == "xcomp" and lemma(cur.head) in RELUCTANT):
            return "hypothetical"  # "are wary of giving permission", "is reluctant to impose sanctions": held back
        if cur.dep_ == "pcomp" and cur.head.lower_ == "at" and lemma(cur.head.head) in AIMING:
            return "hypothetical"  # "the restrictions are aimed at preventing ...": a purpose, not done
        if cur.dep_ == "advcl" and "than" in own:
            return "hypothetical"  # "able to do little more than offer sympathy": a comparison
        if cur.dep_ == "acl" and "to" in own and lemma(cur.head) in ("bid", "attempt", "effort") and \
                cur.head.dep_ == "pobj" and cur.head.head.lower_ == "in":
            return "hypothetical"  # "regaining control in a bid to help the company": a purpose
        if cur.dep_ in ("acl", "advcl") and "to" in own and cur.head.pos_ == "NOUN" and (
                lemma(cur.head) in UNDONE_NOUNS or any(c.lower_ in SUFFICIENT for c in children(cur.head))):
            return "hypothetical"  # "powers to raid houses", "a decision to expand settlements", "a plan to
            # attack": what a noun gives, asks or aims at, not done (an attempt to do it is coded, as CAMEO does);
            # "had enough votes to pass the bill": what one has the means for
        if (i == 0 or tok.dep_ == "conj" and i == 1) and cur.dep_ == "xcomp" and lemma(cur.head) in SUPPOSING and any(
                c.dep_ == "auxpass" for c in children(cur.head)) and "have" not in own:
            return "hypothetical"  # "the US firm is thought to be offering about $2bn": a guess told ("G8 ministers are
            # believed to have agreed": a deed done, told as the source's belief)
        if cur.dep_ == "xcomp" and "to" in own and lemma(cur.head) in HASTE and cur.head.tag_ == "VBG" and any(
                c.dep_ == "aux" and lemma(c) == "be" for c in children(cur.head)):
            return "hypothetical"  # "Republicans are rushing to pass a tax bill", "is moving to block the deal": an
            # attempt under way ("rushed to condemn it", "moved to block it" tell it done)
        if cur.dep_ == "ccomp" and cur.tag_ == "VB" and not own - {"that"} and lemma(cur.head) in MANDATIVE and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in children(cur)):
            return "hypothetical"  # "suggested that Trump make a visit to the DMZ", "proposed that the talks be held
            # in Geneva": a subjunctive names what is wanted, not done
        if cur.dep_ in ("ccomp", "parataxis") and cur.head.lemma_.lower() in SAY:
            break  # the speaker's own modality does not change what is reported
    if _infinitive(tok):
        return "hypothetical"
    return "reported" if reported else "asserted"


#: Verbs whose infinitive complement is done: "managed to", "continued to", "appeared to support", "went on to".
REALIZING = frozenset({"manage", "continue", "begin", "start", "resume", "proceed", "appear", "seem", "happen", "go",
                       "come", "get", "remember", "bother", "hasten", "rush", "move", "keep", "fail", "use",
                       "employ", "summon", "prompt", "lead", "cause", "spur", "compel", "force", "drive"})
# "used tear gas to disperse the crowd", "summoned the envoy to complain"; "prompted the United States to charge that
# ...": what an act led another to do was done
#: Decisions a body takes by voting: "voted to approve" approves.
ENACTED_BY_VOTE = frozenset({"approve", "adopt", "reject", "pass", "accept", "ratify", "endorse", "ban", "expel",
                             "advance",
                             "suspend", "censure", "condemn", "impose", "lift", "extend", "deny", "grant", "dismiss",
                             "remove", "impeach", "recall", "oust", "back", "support", "oppose", "veto", "repeal"})
#: Verbs whose bare infinitive is done: what was seen or heard done, what was made or let happen ("saw the gunmen
#: attack the bank", "made the crowd leave").
PERCEIVED = frozenset({"see", "watch", "hear", "witness", "notice", "observe", "feel", "make", "let", "have", "help"})


def voted(tok) -> bool:
    """Is ``tok`` a decision taken by a vote: "(the council) voted 5-2 to approve the budget", which the vote
    enacts ("voted to strike" is a strike planned), parsed as the vote's complement or its purpose?"""
    return tok.dep_ in ("xcomp", "advcl") and lemma(tok.head) == "vote" and lemma(tok) in ENACTED_BY_VOTE and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in children(tok))


#: Instruments whose signing or issuing puts what they are for into effect ("signed an executive order to bar
#: travellers", "issued a decree to expel the diplomats"), by the verb that enacts them; a bill passed by one chamber
#: is not law, so "passed a bill to repeal" is no repeal.
ENACTING = {"sign": frozenset({"order", "decree", "directive", "proclamation", "memorandum", "law", "bill",
                               "legislation", "ordinance"}),
            "issue": frozenset({"order", "decree", "directive", "proclamation", "ordinance", "edict"}),
            "enact": frozenset({"law", "legislation", "decree", "ordinance"})}


def enacting(tok):
    """The verb that signs or issues the instrument ``tok`` is the aim of ("signed an executive order to prevent
    citizens of seven countries from travelling": the order does it, as it is signed), else None."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in children(tok)):
        return None
    if tok.dep_ == "acl" and tok.head.dep_ == "dobj":
        instrument, verb = tok.head, tok.head.head
    elif tok.dep_ == "advcl" and (instrument := next((c for c in children(tok.head) if c.dep_ == "dobj"),
                                                     None)) is not None:
        verb = tok.head
    else:
        return None
    return verb if instrument.lemma_.lower() in ENACTING.get(lemma(verb), ()) and verb.pos_ == "VERB" else None


def _infinitive(tok) -> bool:
    """Is the candidate an infinitive in an article's body, with no modal or do-support: an act named, not one
    reported ("was forced to suspend exports", "powers which allow London to ban foreign firms", "want the
    government to withdraw the rules", "dared to kidnap")? Not when a verb of doing, seeming or using carries it
    ("managed to", "continued to", "appeared to back", "used tear gas to disperse"; "failed to" is the act's
    negation, told by its own verb) or a verb of seeing or causing ("saw the gunmen attack"), nor after an
    adjective ("ready to", "willing to": the modal heads say what readiness is), nor a purpose or a noun's aim
    (``purpose_clause``, ``UNDONE_NOUNS``), nor in a headline ("Minister to visit", "CHINA, ISRAEL DISCUSS").
    Of the outputs the blind checks judged, 3 of 26 such events in a body were real (docs/event-model.md)."""
    if tok.tag_ != "VB" or in_headline(tok):
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and any(
            c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) and tok.dep_ in ("ROOT", "ccomp", "conj"):
        return False  # a present tense tagged as a base form: "The Lib Dems accuse Mr Blair of ..."
    if any(c.dep_ in ("aux", "auxpass") and (c.tag_ == "MD" or c.lemma_.lower() == "do") for c in tok.children):
        return False  # "would refuse", "must go", "did attack": the modal's or the verb's own business
    cur = tok
    while cur.dep_ == "conj" and cur.head.tag_ == "VB" and cur.head.i != cur.i:
        cur = cur.head  # "powers to raid houses, search cars and evacuate people"
    if cur is not tok and any(c.dep_ in ("aux", "auxpass") and (c.tag_ == "MD" or c.lemma_.lower() == "do")
                              for c in cur.children):
        return False
    if cur.dep_ in ("advcl", "acl"):
        return False  # a purpose ("summoned the envoy to complain") or what a noun aims at ("an attempt to
        # assassinate"): ``purpose_clause`` and ``UNDONE_NOUNS`` decide
    if cur.dep_ in ("xcomp", "ccomp") and (cur.head.pos_ == "ADJ" or lemma(cur.head) in REALIZING):
        return False  # "ready to support", "willing to withdraw": readiness is the modal heads' business
    if voted(cur):
        return False  # "the council voted 5-2 to approve the budget": the vote is the approval
    bare = not any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children)
    return not (bare and cur.dep_ in ("xcomp", "ccomp") and lemma(cur.head) in PERCEIVED)


# --- sentences and words that report nothing -------------------------------------------------------

CAPTION = re.compile(r"^\W*(?:FILE\s+)?PHOTO\b|\bPHOTO\s*:?\s*$", re.I)
#: A wire's note on the copy itself: "(This version of the Dec 6 story corrects paragraph 3 ...)", "(Corrects
#: spelling of name in paragraph 5)", "(Updates with minister's comments)": about the story, no event.
COPY_NOTE = re.compile(r"^\(\s*(?:This (?:version|story|article) (?:of|was|has|corrects)|Corrects\b|Refiles\b|"
                       r"Updates\b|Adds\b|Recasts\b|Fixes\b)", re.I)


#: A photo's credit: "Jason Bean / Reno Gazette Journal / USA Today via REUTERS THIS IMAGE HAS BEEN SUPPLIED BY A
#: THIRD PARTY.": who supplied a picture, no event (check 91); the text glued to it keeps its acts ("REUTERS/Muhammad
#: Hamed/File Photo Iraqi Special Operations Forces arrest a person ...": PLV_train codes the act)
CREDIT = re.compile(r"\bTHIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY\b\.?|/\s*(?:via\s+)?REUTERS\b", re.I)


def in_credit(tok) -> bool:
    """Is ``tok`` inside a photo's credit ("... / USA Today via REUTERS THIS IMAGE HAS BEEN SUPPLIED BY A THIRD
    PARTY"), from the credit's first name to its end? Its words tell no event; a caption or a sentence glued to it
    keeps its own."""
    text = extensions.doc_text(tok.doc)
    sent = tok.sent
    for m in CREDIT.finditer(text, sent.start_char, sent.end_char):
        start = text.rfind(". ", sent.start_char, m.start())  # (the credit's names run from the caption's end)
        if (start + 1 if start >= 0 else sent.start_char) <= tok.idx < m.end():
            return True
    return False


def boilerplate(tok) -> bool:
    """A newsroom formula at ``tok``, not an act: "declined (to) comment", "declined to discuss details",
    "asked not to be named", "when asked about ...", "asked to comment"."""
    lem = lemma(tok)
    if lem in ("decline", "refuse"):
        return declined_to_say(tok)
    if put_to(tok):
        return True  # "When asked if ...", "Asked about ...", "Pressed on benefits, he said"
    if lem != "ask":
        return False
    if tok.i > tok.sent.start and tok.doc[tok.i - 1].text == "," and any(
            (c.dep_ in ("ccomp", "advcl") and any(m.dep_ == "mark" and m.lower_ in ("if", "whether")
                                                  for m in c.children)) or (c.dep_ == "prep" and c.lower_ == "about")
            for c in tok.children):
        return True  # "Fitzwater, asked if the visit might help, said ...": a reporter's question
    return any(c.dep_ == "xcomp" and any(g.dep_ == "neg" for g in c.children) for c in tok.children)


def caption(sent) -> bool:
    """A photo caption: the sentence starts "FILE PHOTO:" or follows one that ends so; or a wire's note on the copy
    ("(This version of the story corrects ...)")."""
    text = extensions.doc_text(sent.doc)  # (slices of the kept text: Span.text joins tokens at each access)
    if CAPTION.search(text[sent.start_char:sent.start_char + 12]) or COPY_NOTE.search(
            text[sent.start_char:sent.start_char + 40]):
        return True
    before = text[max(0, sent.start_char - 40):sent.start_char].strip()
    return sent.start_char > 0 and bool(CAPTION.search(before[-12:]))


# --- the model ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Decision:
    """The model's answer for one candidate predicate."""

    plover: str | None  # current PLOVER type (``TYPES``); None: no event reported here
    probability: float  # the probability of ``plover`` (of NONE when ``plover`` is None)
    cameo: str | None  # a CAMEO code of that type: the rules' or the lexicon's, else the type's root
    mode: str  # ``MODES``: asserted / negated / hypothetical / future / reported
    probs: dict  # every label's probability

    @property
    def cameo_root(self) -> str | None:
        return self.cameo[:2] if self.cameo else None


class EventModel:
    """Weights of the event classifier: a sparse part (one row per named feature), a dense part
    (the frame's similarity to each type's codebook definitions; optionally its embedding)."""

    def __init__(self, weights: dict, meta: dict):
        self.labels = tuple(meta["labels"])
        self.index = {f: i for i, f in enumerate(meta["features"])}
        self.blocks = tuple(meta["dense"])
        self.sparse = weights["sparse"].astype(np.float32)
        self.dense = weights["dense"].astype(np.float32)
        self.bias = weights["bias"].astype(np.float32)
        self.mean = weights["mean"].astype(np.float32)
        self.scale = weights["scale"].astype(np.float32)
        self.definitions = weights["definitions"].astype(np.float32)
        self.def_types = np.asarray(weights["def_types"])

    def probabilities(self, tokens: list, priors: list | None = None, modes: list | None = None,
                      roles: list | None = None) -> np.ndarray:
        """One row of label probabilities (``self.labels``) per candidate token (``modes``: their
        ``mode``, if already known; ``roles``: ``roles_of`` their rule-coded events)."""
        if not tokens:
            return np.zeros((0, len(self.labels)), dtype=np.float32)
        priors = priors or [None] * len(tokens)
        modes = modes or [None] * len(tokens)
        roles = roles or [None] * len(tokens)
        scores = np.tile(self.bias, (len(tokens), 1))
        for row, (tok, prior, how, role) in enumerate(zip(tokens, priors, modes, roles)):
            idx = sorted({self.index[f] for f in features(tok, prior, how, role) if f in self.index})
            if idx:
                scores[row] += self.sparse[idx].sum(axis=0)
        if self.blocks:
            dense = dense_features([frame_text(t) for t in tokens], self.blocks, self.definitions, self.def_types)
            scores += ((dense - self.mean) / self.scale) @ self.dense
        return softmax(scores)


def softmax(scores: np.ndarray) -> np.ndarray:
    scores = scores - scores.max(axis=1, keepdims=True)
    exp = np.exp(scores)
    return exp / exp.sum(axis=1, keepdims=True)


def dense_features(frames: list[str], blocks, definitions: np.ndarray, def_types: np.ndarray) -> np.ndarray:
    """The dense block of each frame: its wordllama embedding ("emb") and/or its best cosine with
    each PLOVER type's codebook definitions ("defs", one column per type of ``TYPES``)."""
    from .keyphrases import embed

    emb = np.asarray(embed(frames), dtype=np.float32)
    parts = []
    if "emb" in blocks:
        parts.append(emb)
    if "defs" in blocks:
        sims = np.einsum("ij,kj->ik", emb, definitions)  # no BLAS threads: they stall on a busy machine
        parts.append(np.stack([sims[:, def_types == t].max(axis=1) for t in TYPES], axis=1))
    return np.concatenate(parts, axis=1) if parts else np.zeros((len(frames), 0), dtype=np.float32)


@lru_cache(maxsize=1)
def model() -> EventModel:
    """The shipped model, loaded on first use."""
    base = resources.files("newscoder").joinpath("data")
    meta = json.loads(base.joinpath("event_model.json").read_text(encoding="utf-8"))
    with base.joinpath("event_model.npz").open("rb") as f:
        weights = dict(np.load(f, allow_pickle=False))
    return EventModel(weights, meta)


def cameo_code(plover: str | None, tok=None, prior: str | None = None) -> str | None:
    """A CAMEO code for a predicted type: the rules' code (``prior``) or the lexicon's when it has
    this type ("urged" is an appeal, 02; "demanded" a demand, 10), else the type's default root."""
    if plover is None:
        return None
    for code in (prior, lexicon_code(tok) if tok is not None else None):
        if code and plover_of(code) == plover:
            return code
    return DEFAULT_ROOT.get(plover)


def decide(row: np.ndarray, tok, prior: str | None = None, threshold: float = 0.5, how: str | None = None) -> Decision:
    """A Decision from one row of probabilities (``LABELS`` order): NONE when its probability is
    ``threshold`` or more, else the most probable type."""
    probs = {label: float(p) for label, p in zip(LABELS, row)}
    how = how or mode(tok)
    if row[0] >= threshold:
        return Decision(None, float(row[0]), None, how, probs)
    best = 1 + int(row[1:].argmax())
    plover = LABELS[best]
    return Decision(plover, float(row[best]), cameo_code(plover, tok, prior), how, probs)


def classify_many(tokens: list, priors: list[str | None] | None = None, threshold: float = 0.5,
                  roles: list[str | None] | None = None) -> list[Decision]:
    """``classify`` for several candidates at once (one embedding call)."""
    priors = priors or [None] * len(tokens)
    modes = [mode(t) for t in tokens]
    probs = model().probabilities(tokens, priors, modes, roles)
    return [decide(row, tok, prior, threshold, how) for tok, prior, row, how in zip(tokens, priors, probs, modes)]


def classify(tok, prior_code: str | None = None, threshold: float = 0.5, roles: str | None = None) -> Decision:
    """The model's decision for one candidate predicate ``tok`` (a spaCy Token of a parsed
    sentence); ``prior_code`` is the rule coder's CAMEO code for it, if any, and ``roles`` what the
    rules found as its source and target (``roles_of(event)``). The candidate is an event when its
    probability of NONE is below ``threshold``; its type is then the most probable one, with a
    CAMEO code of that type (``Decision.cameo``)."""
    return classify_many([tok], [prior_code], threshold, [roles])[0]
