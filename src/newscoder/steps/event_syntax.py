"""Reading the dependency parse for the event coder: clause roles (subject, passive agent,
speaker of reported speech), modality and negation, and which predicates only describe or
depend on another event (background, nested)."""

from __future__ import annotations

import re
import threading

from ..extensions import doc_text
from ..knowledge.event_lexicon import evaluatives
from .layout import headline_end

SAY = frozenset({"say", "tell", "announce", "state", "report", "claim", "add", "note", "confirm",
                 "declare", "stress", "explain", "reply", "write", "quote", "insist_", "reiterate",
                 "repeat", "reaffirm"})
FUTURE = frozenset({"will", "would", "shall", "'ll", "wo"})
OBLIGATION = frozenset({"must", "should"})
CONDITIONAL = frozenset({"could", "might", "may"})
NEG = frozenset({"not", "n't", "never", "no"})
FAIL = frozenset({"fail"})
CLIMB = frozenset({"conj", "xcomp", "advcl", "pcomp", "prep", "acomp"})
INTENT_HEADS = frozenset({"go", "willing", "ready", "prepared", "eager", "determined", "poised",
                          "set"})  # not "likely": the writer's forecast, no intent


#: CAMEO's leaving office. Announced as what one will do ("said he would resign", "decided to step down"), it is the
#: resignation itself (the PLOVER GSR codes "will resign" RETREAT, "agreed to resign" AGREE), not an intent.
RESIGN = "0831"


#: Verbs that link a subject to what is said of it, as "be" does: "the sale proved a complete fiasco", "the plans
#: seemed reckless", "the scheme has become a shambles" (a speaker's verdict told with any of them).
COPULAS = frozenset({"be", "prove", "seem", "appear", "look", "become", "remain", "sound"})


def complements(tok) -> list:
    """What a copula says of its subject: its adjective or noun complement ("was flawed", "seemed reckless", "proved
    a fiasco": the parser calls the last an object)."""
    deps = ("acomp", "attr", "oprd", "dobj") if tok.lemma_ == "prove" else ("acomp", "attr", "oprd")
    return [c for c in children(tok) if c.dep_ in deps]


def per_doc(read):
    """Keep what ``read(tok, *tables)`` found for each token of the doc read last (and each table object passed, by
    identity: a lexicon): the coder asks the same of a token many times (a verb's subject, its particles, its
    lexicon code), and reading the parse again makes the same answer (the parse does not change while events are
    coded). One doc kept per thread: threads analysing two docs at once do not mix them."""
    last = threading.local()

    def cached(tok, *tables):
        doc = tok.doc
        memo = last.__dict__.get(doc)  # (the one doc kept is the key of its memo: one dictionary read)
        if memo is None:
            last.__dict__.clear()
            memo = last.__dict__[doc] = {}
        key = (tok.i, *map(id, tables)) if tables else tok.i
        found = memo.get(key, memo)  # (the memo itself stands for "not read yet": a value may be None)
        if found is memo:
            found = memo[key] = read(tok, *tables)
        return found

    cached.__doc__, cached.__name__, cached.__wrapped__ = read.__doc__, read.__name__, read
    return cached


@per_doc
def children(tok) -> list:
    """``tok.children``, kept: spaCy makes new Token objects at every read."""
    return list(tok.children)


def background(tok) -> bool:
    """Verbs that describe rather than report: "the equipment seized", purpose clauses ("to
    finance projects"), participle adverbials ("risking arrest"), clauses inside noun phrases."""
    dep = tok.dep_
    if dep in ("amod", "acl") and tok.tag_ == "VBN" and not called_for(tok):
        return True  # (not "Lord Greaves called last week for observers", the sentence's own predicate)
    if dep in ("advcl", "acl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) \
            and not any(c.dep_.startswith("nsubj") for c in tok.children):
        return True
    if dep == "advcl" and tok.tag_ == "VBG" and not any(c.dep_ == "mark" for c in tok.children):
        return True
    if dep == "relcl" and not when_clause(tok) and not dated_aside(tok) and not _aside_on_name(tok, tok.head):
        return True  # "the village, where 24 people were killed": a description of a noun (not "Schumer, who
        # accused Trump of ...": a party's own act)
    if dep == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in tok.children):
        return True  # the condition of a threat or promise, not an event
    return dep == "pcomp" and tok.head.lower_ in ("after", "before", "since", "despite", "without")


#: Words of a charge whose content is not asserted: "suspected of having taken part in attacks", "allegations that
#: Tehran ordered the attack", "alleged to have bribed".
ALLEGING_VERBS = frozenset({"suspect", "allege", "rumour", "rumor"})
#: Adverbs that make a deed only alleged: "allegedly killed by UK troops".
HEDGES = frozenset({"allegedly", "purportedly", "supposedly"})

ALLEGING_NOUNS = frozenset({"allegation", "suspicion", "rumour", "rumor", "speculation", "accusation", "claim",
                            "charge"})


def wh_question(tok) -> bool:
    """Is ``tok``'s clause a direct question of what someone will, would or can do, or did not do: a wh-word before an
    inverted modal or a negated auxiliary and the subject ("Why on earth will the prime minister not take up the
    offer", "How can Labour claim ...")?"""
    subj = next((c for c in children(tok) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    if any(t.text == "?" for t in tok.sent[-2:]) and any(
            c.dep_ in ("aux", "auxpass") and c.tag_ == "MD" and c.i < subj.i and c.i == _first_word(tok.sent)
            for c in children(tok)):
        return True  # "Would Russia attack NATO?", "Will the union call a strike?": a question put, nothing told
    return any(c.tag_ == "WRB" and c.lower_ in ("why", "how") and c.i < subj.i for c in children(tok)) and any(
        c.dep_ in ("aux", "auxpass") and c.i < subj.i and (c.tag_ == "MD" or any(
            n.dep_ == "neg" for n in children(tok))) for c in children(tok))  # (not "Why did Iran attack the
    # tanker?": the attack is taken as told)


#: Heads of an embedded question: what is said, known, asked or clear "whether" or "when" something happens.
QUESTION_HEADS = frozenset({"say", "know", "ask", "clear", "unclear", "decide", "sure", "certain", "wonder",
                            "question", "confirm", "disclose", "reveal", "specify", "indicate", "see", "known",
                            "uncertain", "doubt", "comment", "determine", "elaborate"})


def embedded_question(tok) -> bool:
    """Is ``tok`` the verb of an embedded question, its act unknown: "did not say whether Yara would sever ties",
    "it is unclear whether Iran will halt inspections", "it was not clear when they would resume talks", "nobody
    knows if Russia will invade" (not "said that X would", nor "if" as a condition: "will act if attacked", nor a
    "why" or a "how" of what was done)?"""
    if tok.dep_ not in ("ccomp", "advcl") or tok.head.i == tok.i:
        return False
    head = tok.head
    adjectives = {c.lemma_.lower() for c in children(head) if c.dep_ in ("acomp", "attr")} & QUESTION_HEADS
    if adjectives and not adjectives & {"unclear", "uncertain"} and not any(c.dep_ == "neg" for c in children(head)):
        adjectives = set()  # "it was clear when the army would attack": told as known
    if not (adjectives or tok.dep_ == "ccomp" and head.lemma_.lower() in QUESTION_HEADS):
        return False  # (not a time clause: "when Feinstein announced her request, an aide said")
    marks = {c.lower_ for c in children(tok) if c.dep_ in ("mark", "advmod") and c.i < tok.i}
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in children(tok))
    return bool(marks & {"whether"} or "if" in marks and tok.dep_ == "ccomp" or marks & {"when", "how"} and modal)
    # ("asked why ministers attacked the plans": the attack is taken as told)


def _first_word(sent) -> int:
    """The index of the sentence's first token that is not punctuation (an opening quotation mark)."""
    return next((t.i for t in sent if not t.is_punct), sent.start)


def alleged(tok) -> bool:
    """Is ``tok`` (a verb or an event noun) what someone is suspected of or alleged to have done ("is suspected
    of having taken part in several attacks", "backed up allegations that Tehran ordered the attack"): the charge's
    content, not a deed the text asserts? (Not a relative clause on the charge: "the allegation, which the rebels
    denied", "allegations that Moscow denies", its "that" an object, no conjunction; nor "a claim of responsibility
    for the bombing", "the general in charge of the offensive".)"""
    if any(c.dep_ == "advmod" and c.lower_ in HEDGES for c in children(tok)):
        return True  # "an Iraqi civilian allegedly killed by UK troops": alleged, not asserted
    cur = tok
    for _ in range(5):
        if cur.head.i == cur.i:
            return False
        below, cur = cur, cur.head
        dep, lemma = below.dep_, cur.lemma_.lower()
        if lemma in ALLEGING_VERBS and cur.tag_ == "VBN" and dep in ("pcomp", "pobj", "prep", "xcomp"):
            return True
        if lemma in ALLEGING_NOUNS and cur.pos_ == "NOUN" and dep in ("acl", "ccomp", "relcl", "pcomp", "pobj",
                                                                        "prep") and not (
                dep in ("pcomp", "pobj", "prep") and (lemma == "claim" or cur.head.lower_ == "in")) and not (
                dep in ("relcl", "acl") and any(c.tag_ in ("WDT", "WP") or c.lower_ in ("that", "which", "who") and
                                                c.dep_ != "mark" for c in children(below))):
            return True
        if cur.pos_ in ("VERB", "AUX") and not (lemma in ALLEGING_VERBS and cur.tag_ == "VBN") and dep not in (
                "xcomp", "pcomp", "conj"):
            return False
    return False


#: Nouns of what an act waits on or leads to: "a condition for resuming talks", "the way for a withdrawal".
CONTINGENT_HEADS = frozenset({"condition", "precondition", "prerequisite", "way", "path", "road", "door", "chance",
                              "prospect", "hope", "timetable", "deadline", "framework", "groundwork", "basis",
                              "obstacle", "barrier", "block", "key"})


def contingent(tok) -> bool:
    """Is ``tok`` (a verb or an event noun) what a condition, a way or a prospect is "for" ("made closure of the
    offices a condition for resuming peace talks", "paved the way for a withdrawal", "hopes of a ceasefire"): not
    done?"""
    return tok.dep_ in ("pcomp", "pobj") and tok.head.dep_ == "prep" and tok.head.lower_ in ("for", "to", "of") and \
        tok.head.head.lemma_.lower() in CONTINGENT_HEADS


def lemmas(tok) -> list[str]:
    """spaCy's lemma plus a suffix-stripped guess for the odd miss ("staged" -> "stag")."""
    lemma = tok.lemma_.lower()
    out = [lemma]
    low = tok.lower_
    if tok.tag_ in ("VBD", "VBN") and low.endswith("ed") and lemma == low[:-2]:
        out.append(low[:-1])
    if tok.tag_ == "VBG" and low.endswith("ing") and lemma == low[:-3]:
        out.append(lemma + "e")  # "waging" -> "wag" -> "wage", "staging" -> "stage"
    return out


def without(tok) -> bool:
    """Is ``tok`` what is done "without": "cut crime without asking people to pay more", "held without trial"?"""
    return tok.dep_ in ("pcomp", "pobj") and tok.head.lower_ == "without"


def is_negated(tok) -> bool:
    if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in children(tok)) or without(tok):
        return True
    if tok.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "nor" and c.i < tok.i for c in tok.head.children):
        return True  # "does not commit suicide, nor does she kill innocent people"
    if untrue_clause(tok):
        return True  # "It is not true that Turkey threatened to close the border", "it is false that ...": denied
    head = tok
    while head.dep_ in ("xcomp", "conj", "acomp") and head.head.i != head.i and not (
            head.dep_ == "conj" and (head.tag_ in ("VBP", "VBZ", "VBD") and head.head.tag_ != head.tag_ or any(
                c.dep_ == "aux" and c.tag_ != "TO" for c in head.children))):
        # "was not ready to back"; "We haven't ruled out shortlists and welcome a debate", "did not sign the deal
        # but will meet the envoys": a finite conjunct, or one with its own auxiliary, keeps its own polarity
        head = head.head
        if head.lemma_.lower() in FAIL or any(c.dep_ == "neg" for c in head.children):
            return True
    return False


#: Adjectives whose "to" likens a thing to an act: "akin to declaring war", "tantamount to a surrender".
LIKENING = frozenset({"akin", "tantamount", "equivalent", "comparable", "similar", "close", "equal", "analogous"})


def likened(tok) -> bool:
    """Is ``tok`` an act something is only likened to: "is like shooting the messenger", "was akin to declaring war
    on the unions", "acted as if he had won the war" (a comparison, nothing done)?"""
    if tok.dep_ == "pcomp" and (tok.head.lower_ in ("like", "unlike") or tok.head.lower_ == "to" and
                                tok.head.head.lower_ in LIKENING):
        return True
    marks = [c.lower_ for c in tok.children if c.dep_ == "mark"]
    return "as" in marks and ("if" in marks or "though" in marks)


#: Words of a claim called false ("the allegations were baseless", "a hoax"), of truth that, negated, deny it ("not
#: true"; not "right": "it was not right to attack" judges), shared by the events step's denials.
FALSE_WORDS = frozenset({"false", "untrue", "baseless", "unfounded", "groundless", "fabricated", "fake", "bogus",
                         "absurd", "ridiculous", "nonsense", "wrong", "incorrect", "inaccurate", "misleading",
                         "defamatory", "slanderous", "fictitious", "unsubstantiated", "invented", "rubbish"})
TRUE_WORDS = frozenset({"true", "accurate", "correct"})
FALSE_NOUNS = frozenset({"hoax", "lie", "fabrication", "fiction", "smear", "hunt", "nonsense", "myth", "fantasy",
                         "falsehood", "slander", "libel", "invention", "distortion", "fake", "speculation",
                         "conjecture", "gossip", "rumour", "rumor", "rubbish"})
#: Of those, the ones that say a clause they frame is untrue ("it is false that ...", "it is a lie that ..."), not
#: a verdict on it ("it is wrong that the police arrested him", "it is absurd that ...") nor a guess.
UNTRUE_WORDS = (FALSE_WORDS | FALSE_NOUNS) - {"wrong", "absurd", "ridiculous", "misleading", "defamatory", "slanderous",
                                              "smear", "hunt", "speculation", "conjecture", "gossip", "rumour", "rumor"}


def untrue_clause(tok) -> bool:
    """Is ``tok``'s clause one an untrue frame denies: "it is not true that Turkey threatened ...", "it is a lie that
    we bombed the hospital", "it is not the case that Iran sent weapons" (the clause on the copula or on its word)?"""
    return tok.dep_ == "ccomp" and untrue_frame(tok.head) or tok.dep_ in ("acl", "relcl") and \
        tok.head.dep_ == "attr" and untrue_frame(tok.head.head) and tok.doc[tok.left_edge.i - 1].text != ","


def untrue_frame(head) -> bool:
    """Is ``head`` the copula of "it is not true that", "it is false that", "it is a lie that": an "it" with a word
    of truth negated, or of untruth, as its complement?"""
    if head.lemma_.lower() != "be" or not any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in head.children):
        return False
    words = [c for c in head.children if c.dep_ in ("acomp", "attr")]
    negated = any(c.dep_ == "neg" for c in head.children)
    return any(w.lemma_.lower() in UNTRUE_WORDS and not negated or w.lemma_.lower() in TRUE_WORDS | {"case"} and
               negated for w in words)  # ("it is not the case that ...")


def modality(tok) -> str:
    """'future', 'conditional' or 'actual' for the clause of a verb."""
    if said_and_done(tok) is not None:
        return "actual"  # "said Brown will have a key role and praised his handling of the economy": the praise is
        # done as it is said, the clause's "will" is not its tense
    head = tok
    for _ in range(3):
        auxes = {c.lower_ for c in head.children if c.dep_ in ("aux", "auxpass")}
        if auxes & OBLIGATION:
            return "obligation"
        if auxes & FUTURE:
            return "future"
        if auxes & CONDITIONAL or any(c.dep_ == "mark" and c.lower_ == "if" for c in head.children):
            return "conditional"
        if head.dep_ not in ("conj", "xcomp", "acomp") or head.head.i == head.i:
            break  # "acomp": "the US must be ready to mediate"
        if head.dep_ == "conj" and any(c.dep_ == "aux" and c.tag_ != "TO" for c in head.children):
            break  # "the firms will join up next year and already have held discussions": a tense of its own
        head = head.head
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in INTENT_HEADS:
        return "future"  # "is going to", "is willing to", "is ready to"
    return "actual"


#: Verbs of stating whose clause an act beside it does not share ("insisted Brown will stay, and praised him").
STATING = SAY | {"insist", "argue", "maintain"}


def said_and_done(tok):
    """The verb of saying a past-tense conjunct belongs to when the parser hung it on the clause said, whose modal
    it cannot share ("Blair said Labour would set out its plans and attacked the Tory plans": Blair attacked
    them; "would ... attacked" is no tense), else None."""
    if tok.dep_ != "conj" or tok.tag_ != "VBD" or any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in children(tok)) \
            or not any(c.dep_ == "dobj" for c in children(tok)) or tok.lower_ == tok.lemma_.lower():
        return None  # (not "would regroup and beat the rebels back": "beat", "hit", "set", "put" may be the modal's)
    clause = tok.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in STATING or any(
            c.dep_ == "auxpass" for c in children(clause)) or not any(  # ("said Mueller should be stripped of his
        # authority and investigated": a passive shared)
            c.dep_ == "aux" and c.lower_ in ("would", "will", "'ll", "could", "should", "might", "may")
            for c in children(clause)):
        return None
    return clause.head


#: Words that rank a doer among others who did the same: "the first leader to visit", "the latest country to recall".
RANKS = frozenset({"first", "second", "third", "fourth", "fifth", "latest", "last", "only", "sole"})


#: Nouns a rank word can go with that name no doer: "a last chance to relinquish power", "the first step to".
CHANCES_GIVEN = frozenset({"chance", "opportunity", "time", "attempt", "effort", "step", "way", "option", "resort",
                           "warning", "bid", "try", "word"})


def ranked_doer(tok):
    """The noun an infinitive ranks its doer as ("the first South Korean leader to visit Pyongyang", "the 15th
    senator to call for", "the only state to condemn the coup"; the parser may hang the infinitive on the copula:
    "became the second senator to call for"), else None."""
    if tok.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in children(tok)):
        return None
    if tok.dep_ in ("relcl", "acl") and tok.head.pos_ in ("NOUN", "PROPN"):
        nouns = [tok.head]
    elif tok.dep_ == "xcomp" and tok.head.lemma_.lower() in ("be", "become"):
        nouns = [c for c in children(tok.head) if c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN") and c.i < tok.i]
    else:
        return None
    return next((n for n in nouns if n.lemma_.lower() not in CHANCES_GIVEN and any(
        c.dep_ in ("amod", "nummod") and c.i < n.i and (c.lower_ in RANKS or c.ent_type_ == "ORDINAL")
        for c in children(n))), None)  # (not "gave him a last chance to relinquish power": a chance, no doer)


@per_doc
def subject(tok):
    """The subject of a verb, inherited through conj/xcomp/advcl/prep chains."""
    head = tok
    if tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX") and not any(True for _ in _subjects(tok)):
        left = min([c.i for c in children(tok) if c.dep_ in ("aux", "auxpass", "neg") and c.i < tok.i] + [tok.i])
        prev = tok.doc[left - 1] if left > 0 else None
        if prev is not None and prev.pos_ in ("PROPN", "NOUN") and prev.dep_ == "conj" and prev.head.pos_ in (
                "NOUN", "PROPN") and prev.head.dep_ not in ("nsubj", "nsubjpass") and prev.head.i < prev.i and \
                left < tok.i and any(
                t.lower_ == "and" and t.head.i == prev.head.i for t in tok.doc[prev.head.i:prev.i]):
            return prev, "nsubj"  # "Russia denies meddling in the election and Trump has denied any collusion",
            # "Trump" parsed as a second election: the name before the auxiliary is the second verb's subject
    if (say := said_and_done(tok)) is not None:
        return subject(say)  # "Blair said Labour would set out its plans and attacked the Tory plans": Blair
    if (ranked := ranked_doer(tok)) is not None and ranked.dep_ == "attr" and (
            doer := next((c for c in children(ranked.head) if c.dep_ == "nsubj"), None)) is not None:
        return doer, "nsubj"  # "Moon became the first South Korean leader to visit Pyongyang": Moon visits
    for _ in range(6):
        for c in _subjects(head):
            if c.tag_ in ("WP", "WDT") or (c.lower_ == "that" and head.dep_ == "relcl"):
                return (head.head, c.dep_) if head.dep_ == "relcl" else (None, None)
            if c.dep_ == "nsubj" and gapped_passive(head):
                return c, "nsubjpass"  # "two children were killed and five people wounded": the wounded
            if head is not tok and c.dep_ == "nsubj" and tok.tag_ == "VBN" and tok.dep_ in (
                    "pcomp", "advcl", "xcomp", "conj") and any(a.dep_ == "auxpass" for a in children(tok)):
                return c, "nsubjpass"  # "the suspect left after being detained", "Flynn served 24 days but was
                # fired": a passive of its own, whose subject, found up the tree, is the one the act is done to
            return c, c.dep_
        for c in children(head):  # "Somalia stands accused by ...", parsed with the subject under "stands"
            for g in children(c) if c.dep_ == "auxpass" else ():
                if g.dep_ in ("nsubj", "nsubjpass") and g.i < c.i:
                    return g, "nsubjpass"
        if head.dep_ == "acl" and head.tag_ == "VBG" and head.i > 0 and head.doc[head.i - 1].text == "," and \
                head.head.dep_ in ("nsubj", "nsubjpass") and head.head.pos_ in ("PROPN", "NOUN"):
            return head.head, "nsubj"  # "Arafat, attacking Israel's decision, went ...": Arafat attacks it
        if head.dep_ == "acl" and (head.tag_ in ("VBD", "VBZ", "VBP") or active_participle(head)) and \
                head.head.dep_ == "ROOT" and head.head.pos_ in ("PROPN", "NOUN") and head.head.i < head.i:
            return head.head, "nsubj"  # "Mikhail Khodorkovsky, a former oil tycoon, called for ...": a finite verb
            # the parser hung on the sentence's only noun is its predicate, the noun its subject
        if head.dep_ == "xcomp" and head.head.lemma_.lower() in DOING_CONTROL and (obj := next(
                (c for c in children(head.head) if c.dep_ == "dobj" and c.i < head.i), None)) is not None:
            return obj, "nsubj"  # "the decision prompted the United States to charge ...": the United States charges
        if head.dep_ not in CLIMB or head.head.i == head.i:
            break
        head = head.head
    return None, None


#: Verbs whose object does what their infinitive says, as it happens: "prompted the United States to charge",
#: "forced Iraq to withdraw" (not those that only ask or let it: "urged Congress to pass", "did not permit it to
#: provide relief").
DOING_CONTROL = frozenset({"prompt", "lead", "cause", "spur", "compel", "force", "drive"})


def gapped_passive(tok) -> bool:
    """A past participle with no auxiliary of its own, joined to a passive whose "were" it shares ("three women were
    killed and five people wounded"): a passive too, its subject the one the act is done to."""
    return tok.tag_ == "VBN" and tok.dep_ == "conj" and not any(c.dep_ in ("aux", "auxpass") for c in tok.children) \
        and any(c.dep_ == "auxpass" for c in tok.head.children) and not any(c.dep_ == "dobj" for c in tok.children)


#: Verbs whose passive keeps an object ("Ex-minister given jail term", "was handed a life sentence").
DITRANSITIVE = frozenset({"give", "hand", "award", "grant", "offer", "deny", "send", "show", "tell", "pay", "lend",
                          "promise", "allow", "refuse", "sentence", "charge", "fine"})


def active_participle(tok) -> bool:
    """A past participle with a direct object, outside a headline, is a past tense ("A UN expert condemned Myanmar",
    parsed as a participle hung on its subject); a headline's or a verb of giving's object does not tell."""
    return tok.tag_ == "VBN" and (any(c.dep_ == "dobj" for c in tok.children) or sum(
        c.dep_ == "oprd" for c in tok.children) >= 2) and tok.lemma_.lower() not in DITRANSITIVE and \
        not in_headline(tok) or called_for(tok)  # ("X, a law professor, called Dowd's argument a stretch": two
    # predicates, a naming)


def called_for(tok) -> bool:
    """"Lord Greaves called last week for international observers": "called" parsed as a participle on the
    sentence's only noun, with a "for" or "on" that asks for something (not a date: "a strike called for Monday"),
    outside a headline, is the sentence's predicate, a past tense."""
    return tok.tag_ == "VBN" and tok.lemma_.lower() == "call" and tok.dep_ == "acl" and tok.head.dep_ == "ROOT" and \
        tok.head.pos_ == "PROPN" and tok.head.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") and not any(
            c.dep_ == "auxpass" for c in tok.children) and not in_headline(tok) and any(
            p.dep_ == "prep" and p.lower_ in ("for", "on", "upon") and any(
                o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME") for o in p.children) for p in tok.children)


def _subjects(head) -> list:
    """The subjects of ``head``, the one to take first. A description and the name it describes, parsed as two
    subjects ("Anti-abortion group the Pro-Life Alliance congratulated ..."): the name, nearest the verb."""
    found = [c for c in children(head) if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
    if not found:
        found = misread_passive_subject(head)
    if not found:
        found = [c for c in children(head) if c.dep_ in ("advmod", "npadvmod") and c.i < head.i and c.is_upper and
                 c.is_alpha and len(c) > 1 and c.i == c.sent.start]  # "USAID provided food to Haiti": an acronym
        # the parser took for an adverb, opening the sentence before its verb
    if len(found) == 2 and all(c.i < head.i for c in found) and found[-1].pos_ == "PROPN" and \
            found[0].pos_ == "NOUN" and found[0].right_edge.i == found[0].i and \
            found[1].left_edge.i == found[0].i + 1:
        return found[::-1]  # (not "Police forces loyal to Prime Minister Hun Sen forced ...": the name is not next)
    return found


def passive_subject(tok):
    """The subject of a passive ("300 Angolans were expelled"), also where the parser misread it
    (``misread_passive_subject``), or None."""
    own = next((c for c in children(tok) if c.dep_ == "nsubjpass"), None) or next(
        iter(misread_passive_subject(tok)), None)
    if own is None and tok.dep_ == "conj" and any(c.dep_ == "auxpass" for c in children(tok)) and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in children(tok)):
        return next((c for c in children(tok.head) if c.dep_ in ("nsubj", "nsubjpass")), None)  # "Flynn served 24
        # days but was fired": the first verb's subject is the one fired
    return own


def misread_passive_subject(head) -> list:
    """"A gunman being hunted in the north was captured by police": the parser makes "being hunted" the clause
    subject of "captured" (csubjpass) and the gunman its subject; the gunman is who was captured."""
    return [g for c in children(head) if c.dep_ == "csubjpass" and c.tag_ == "VBN" and any(
        a.dep_ == "auxpass" and a.lower_ == "being" for a in children(c)) for g in children(c)
        if g.dep_ == "nsubjpass" and g.i < c.i][:1]


#: Words that name part of a group or a count of it by an "of" phrase ("one of the hijackers", "some of the rebels",
#: "a number of members"): the group is who acts or is acted on.
PARTS = frozenset({"all", "some", "most", "many", "much", "none", "each", "any", "both", "part", "several", "one",
                   "few", "half", "two", "three", "four", "five", "aspect", "aspects", "portion", "element",
                   "elements"})
COUNTS = frozenset({"number", "dozens", "hundreds", "thousands", "scores", "handful", "majority", "rest"})


def whole_of(tok, words: frozenset = PARTS | COUNTS):
    """The group a partitive names part of ("one of the hijackers" -> hijackers), or None."""
    return prep_child(tok, "of", "pobj") if tok.lower_ in words else None


def prep_child(tok, prep_word: str, dep: str):
    """The object (``dep`` "pobj") or clause ("pcomp") of ``tok``'s preposition ``prep_word``: "round of
    talks" -> talks, "accused of attacking" -> attacking."""
    for prep in children(tok):
        if prep.dep_ == "prep" and prep.lower_ == prep_word:
            for c in children(prep):
                if c.dep_ == dep:
                    return c
    return None


#: Verbs whose passive names the doer with "from": "expelled from Congo" (Congo expels), "suspended from the
#: Commonwealth" (the Commonwealth suspends), "barred from the party".
FROM_AGENT = frozenset({"expel", "deport", "evict", "banish", "oust", "suspend", "exclude", "bar", "eject"})


def agent_of_passive(tok):
    """The doer of a passive: "by X"; for an expulsion, the state it is "from" ("were expelled from Congo"); for a
    name given, the "by X" the parser hung on the name ("was branded a liar by the opposition")."""
    for c in children(tok):
        if c.dep_ == "agent":
            for pobj in children(c):
                if pobj.dep_ == "pobj":
                    return pobj
    if tok.lemma_.lower() in FROM_AGENT:
        return prep_child(tok, "from", "pobj")
    if tok.lemma_.lower() in LABELLING and any(c.dep_ == "auxpass" for c in children(tok)):
        return next((o for c in children(tok) if c.dep_ in ("dobj", "oprd", "attr") for p in c.children
                     if p.dep_ == "prep" and p.lower_ == "by" for o in p.children if o.dep_ == "pobj"), None)
    return None


@per_doc
def speaker(tok):
    """The speaker of reported speech governing ``tok`` ("X said (that) ...", "according to X")."""
    if said_and_done(tok) is not None:
        return None, None  # the speaker's own act beside the saying ("said ... and attacked the Tory plans")
    head = tok
    for _ in range(4):
        if head.dep_ in ("ccomp", "parataxis") and head.head.lemma_.lower() in SAY:
            for c in head.head.children:
                if c.dep_ == "nsubj":
                    return c, head.head
            return None, head.head
        if head.head.i == head.i:
            break
        head = head.head
    for c in tok.sent:
        if c.lower_ == "according" and c.dep_ == "prep":
            for prep in c.children:
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        return pobj, None
    return None, None


def said_by(tok):
    """``speaker(tok)``, or the speaker of the quotation the sentence is inside (``quote_speaker``): who says what a
    verdict, a denial or a demand told in the speaker's own words says."""
    found = speaker(tok)
    return found if found[0] is not None else quote_speaker(tok.sent[0])


#: Quotation marks that open and close a quotation (a straight one opens after a space, closes before one).
OPENING_QUOTES = frozenset({"\u201c", "``"})
CLOSING_QUOTES = frozenset({"\u201d", "''"})
QUOTE_CHARACTERS = ("\u201c", "\u201d", '"', "``", "''")


def _quote_marks(sent) -> list[tuple[int, bool]]:
    """(token index, opens?) of each quotation mark in the sentence."""
    doc = sent.doc
    text = doc_text(doc)[sent.start_char:sent.end_char]
    if not any(mark in text for mark in QUOTE_CHARACTERS):
        return []  # (most sentences: one look at the text, not at every token)
    return [(t.i, t.text in OPENING_QUOTES or t.text == '"' and not t.whitespace_ and (
        t.i == 0 or bool(doc[t.i - 1].whitespace_) or doc[t.i - 1].is_space))  # (a straight one opens before a word)
            for t in sent if t.text in OPENING_QUOTES or t.text in CLOSING_QUOTES or t.text == '"']


def _attribution(sent, mark: int, after: bool):
    """(speaker, verb) of the first verb of saying after (or before) the quotation mark at ``mark`` ('..., \u201d
    Durbin said', '..., \u201d said the minister', 'Durbin said: \u201c...'), or None."""
    verb = next((v for v in sent if (v.i > mark if after else v.i < mark) and v.lemma_.lower() in SAY and
                 v.pos_ == "VERB"), None)
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    return (subj, verb) if subj is not None else None


def said_clause(tok) -> bool:
    """Is ``tok`` the verb of what someone says: a clause under a verb of saying, or the root of a sentence inside a
    quotation whose speaker another sentence names?"""
    return tok.dep_ in ("ccomp", "parataxis") or tok.dep_ == "ROOT" and quote_speaker(tok.sent[0])[0] is not None


@per_doc
def quote_speaker(first):
    """(speaker, verb of saying) of a sentence wholly inside a quotation whose attribution is in another sentence of
    it ('\u201cSenator Franken's behavior was wrong. He should apologize,\u201d Durbin said': the first sentence is
    Durbin's words too), else (None, None). ``first``: the sentence's first token. A paragraph that ends inside a
    quotation and the next that opens again are read as one quotation only up to the paragraph's end."""
    sent = first.sent
    doc = first.doc
    marks = _quote_marks(sent)
    opened = None  # the sentence whose quotation mark opens the quotation this one is inside
    closes = len(marks) == 1 and not marks[0][1] and all(t.is_space or t.is_punct for t in doc[marks[0][0]:sent.end])
    if marks and marks[0][1] and len(marks) == 1 and all(t.is_space or t.is_punct for t in doc[sent.start:marks[0][0]]):
        opened = sent  # the sentence opens the quotation and does not close it
    elif not marks or closes:  # (or closes it at its end: 'Commuters will pay more.\u201d')
        before = sent
        for _ in range(3):  # the quotation opened in a sentence before, none closed since
            if before.start == 0:
                break
            before = doc[before.start - 1].sent
            found = _quote_marks(before)
            if found:
                opened = before if found[-1][1] else None
                break
            if before.root.lemma_.lower() in SAY:
                break  # (a sentence of the narrator's in between: "..., officials said separately")
    if opened is None:
        return None, None
    after = sent
    for _ in range(0 if closes else 4):  # the attribution where the quotation closes
        if after.end >= len(doc):
            break
        after = doc[after.end].sent
        found = _quote_marks(after)
        if found:
            if found[0][1]:
                break  # (a quotation opened again: another paragraph, its own attribution)
            said = _attribution(after, found[0][0], after=True)
            if said is not None:
                return said
            break
    opening = next(i for i, opens in reversed(_quote_marks(opened)) if opens)
    return _attribution(opened, opening, after=False) or (None, None)


def attached(tok, head) -> bool:
    """True if ``tok`` hangs under ``head`` without crossing another verb."""
    cur = tok
    for _ in range(8):
        if cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.i == head.i:
            return True
        if cur.pos_ in ("VERB", "AUX"):
            return False
    return False


def depth(tok) -> int:
    depth = 0
    while tok.head.i != tok.i and depth < 50:
        tok = tok.head
        depth += 1
    return depth


def nested(tok, heads: set[int]) -> bool:
    """True when ``tok`` hangs under another event predicate (index in ``heads``) as its
    complement, argument or a clause inside one: "accused X of restoring ...", "rejected an
    Indian proposal", "demanded that Y refuse ...". Such an event is part of the other one's
    content, and so is a noun event that is its subject ("the attack killed ..."). Coordinated
    predicates ("kidnapped ... and exploded") stand on their own."""
    cur, only_conj = tok, True
    for _ in range(12):
        if cur.head.i == cur.i or when_clause(cur) or _about_subject(cur):
            return False
        only_conj = only_conj and (cur.dep_ == "conj" or listed_verb(cur))
        cur = cur.head
        if cur.i in heads and cur.i != tok.i and not only_conj:
            return True
    return False


def listed_verb(tok) -> bool:
    """A past tense the parser hung as a clause after a comma, with no subject or conjunction of its own ("Trump
    denied the accusations, accused rival Democrats of a smear and threatened to sue"): one of a list of acts."""
    return tok.dep_ == "advcl" and tok.tag_ == "VBD" and tok.i > 0 and tok.doc[tok.i - 1].text == "," and not any(
        c.dep_ in ("mark", "nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children)


def _about_subject(tok) -> bool:
    """A relative clause or participle on a person named as the subject of a clause ("Williams, who is accused of
    killing Doris Jackson, was arrested"), or a clause of time ("after being accused"): it tells of a party to the
    act or of what came before it, not what the act says or asks."""
    noun = tok.head
    if tok.dep_ in ("pcomp", "pobj") and noun.lower_ in ("after", "since", "amid", "following"):
        return True  # "resigned after being accused of harassment": an act of its own, before the other ("before
        # allowing aid convoys" is the condition of a demand, not done)
    if past_time_clause(tok):
        return True  # "will resign, a day after his colleagues called for him to step down", "was on solid ground
        # when he refused to answer questions": a past act of its own, told as the other's time
    if tok.dep_ == "relcl" and _aside_on_name(tok, noun):
        return True  # "Trump attacked Schumer, who accused him of politicizing the attack": an act of Schumer's own
    if noun.dep_ == "appos":
        noun = noun.head
    return tok.dep_ in ("relcl", "acl") and noun.dep_ in ("nsubj", "nsubjpass") and noun.ent_type_ == "PERSON"


#: Nouns of a span of time before a clause: "a day after X called", "weeks after": the clause's act is past.
TIME_SPANS = frozenset({"day", "week", "month", "year", "hour", "minute", "moment", "night", "morning", "evening"})


def past_time_clause(tok) -> bool:
    """Is ``tok`` a clause in the past, with a subject of its own, that tells when its head happened ("a day after his
    colleagues called for him to step down", "when he refused to answer questions", "since the US withdrew")? Under a
    head that "would" come it may be the head's condition ("talks would resume after the rebels released the
    hostages"), unless a span of time or a date places it ("would resign, a day after his colleagues called ...")."""
    if tok.dep_ != "advcl" or tok.tag_ not in ("VBD", "VBN") or not any(
            c.dep_ == "mark" and c.lower_ in ("after", "since", "when") for c in tok.children) or not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return False
    to_come = any(c.dep_ == "aux" and c.lower_ in CONDITIONAL | OBLIGATION | {"would", "'d"} for c in tok.head.children)
    # (a past told after "will" or an infinitive is past: "will resume funding after Trump endorsed him"; after
    # "would" it may be a condition told in the past: "said talks would resume after the rebels released them")
    return not to_come or any(c.dep_ == "npadvmod" and c.lemma_.lower() in TIME_SPANS for c in tok.children) or any(
        t.ent_type_ in ("DATE", "TIME") for t in tok.subtree)


def _aside_on_name(clause, noun) -> bool:
    """Is the relative clause, in the past, set off by a comma after a name, with "who" or "which" as its subject
    ("Schumer, who accused Trump", "China, which condemned the sale")? Such a clause tells something of its own
    about a party, whatever the name's role; a clause with no comma ("the proposal that aimed to ...") says what
    the thing is."""
    if clause.tag_ not in ("VBD", "VBN"):
        return False  # "the KDP, which accuses Iran of arming its rivals", "who was heading the probe": a stance or a
        # state described (a past act: "who accused", "who has demanded", "who was fired")
    rel = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "which")),
               None)
    if rel is None or rel.i < 2 or rel.i < noun.i or rel.doc[rel.i - 1].text != ",":
        return False
    name = next((c for c in children(noun) if c.dep_ == "appos" and c.i == rel.i - 2), noun)  # ("Former police
    # chief Luis Vega, who ...", the clause hung on "chief")
    return name.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") and rel.doc[rel.i - 2].ent_type_ == name.ent_type_


def when_clause(tok) -> bool:
    """"on July 23, when X met Y": a clause of its own, dated by its head."""
    return tok.dep_ == "relcl" and tok.head.ent_type_ in ("DATE", "TIME")


#: Words of a date that tell of today's news, not of a time long past ("on Monday", "last week", "this morning").
NEWS_TIME = re.compile(r"(?i)\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|"
                       r"morning|evening|afternoon|night|week|weekend|overnight)\b")


def dated_aside(tok) -> bool:
    """A relative clause set off by commas that tells news of its own, with a day of the week or the like
    ("the plane, which was hijacked on Monday evening, landed in London", "the minister, who was arrested on
    Friday, denied ..."): an event, not a description of the noun."""
    if tok.dep_ != "relcl" or tok.left_edge.i == 0 or tok.doc[tok.left_edge.i - 1].text != ",":
        return False
    return any(t.ent_type_ in ("DATE", "TIME") and NEWS_TIME.search(t.text) and attached(t, tok) for t in tok.subtree)


def threat_condition(tok, marks: tuple[str, ...] = ("unless",)) -> bool:
    """"will withdraw its troops unless X ...": a future act made conditional on the other
    side's behaviour is a threat (CAMEO 13); ``marks`` are the conditions' words ("if" too for a penalty
    warned of: "their boats would be impounded if ...")."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children)
               for c in tok.children)


#: What a spokesman declines to do when he says nothing ("declined to comment", "declined to give details").
NO_COMMENT = frozenset({"comment", "say", "discuss", "elaborate", "specify", "disclose", "reveal", "confirm",
                        "answer", "respond", "speculate", "identify", "name", "detail", "give", "reply", "deny",
                        "rule", "explain"})  # "refused to deny the claim", "declined to rule out a rise": a non-denial;
# "declined to explain the nature of the conflict" (check 93)


#: Verbs of handing over what a reporter asks for, and what is asked for: declining them is saying nothing.
HANDING_OVER = frozenset({"provide", "offer", "share", "release", "divulge", "supply"})
DETAILS = frozenset({"detail", "specific", "specifics", "comment", "figure", "timeline", "breakdown", "estimate",
                     "name", "information", "reason", "explanation", "number", "evidence"})


#: Verbs of answering a request, and the requests, that someone can refuse ("refused to respond to a request from 20
#: MPs", "declined to comply with the summons"); what the press asks for ("a request for an interview"), and the
#: press itself.
ANSWERING_WORDS = frozenset({"respond", "answer", "reply", "comply", "heed", "honour", "honor", "obey"})
UNANSWERED_ASKS = frozenset({"request", "demand", "call", "summons", "subpoena", "ultimatum", "appeal", "plea",
                             "order", "invitation", "question"})  # ("refused to answer questions from a
# congressional committee"; a reporter's questions are the press's)
PRESS_ASKS = frozenset({"interview", "information", "response", "statement", "reaction", "clarification", "detail"})
PRESS_MAKERS = frozenset({"newspaper", "paper", "reporter", "journalist", "correspondent", "magazine", "broadcaster",
                          "outlet", "website", "network", "media", "press", "agency"})


def for_comment(request) -> bool:
    """Is the request for comment, an interview or information ("a Reuters request for comment")? The press asks
    so: leaving it unanswered is the newsroom's "declined to comment"."""
    return any(p.lower_ == "for" and any(o.lemma_.lower() in NO_COMMENT | PRESS_ASKS for o in p.children)
               for p in request.children)


def request_unanswered(tok):
    """The maker of a request, demand or summons that ``tok`` ("refused", "declined") leaves unanswered ("refused to
    respond to a request from 20 MPs", "declined to answer the demands of the government"): a rejection of it. None
    for a request for comment, an interview or information, and for one the press makes ("refused to respond to a
    request from the newspaper"): the newsroom's "declined to comment"."""
    if tok.lemma_.lower() not in ("decline", "refuse"):
        return None
    comp = next((c for c in tok.children if c.dep_ == "xcomp" and c.lemma_.lower() in ANSWERING_WORDS), None)
    if comp is None:
        return None
    asked = next((o for o in [o for p in comp.children if p.dep_ == "prep" and p.lower_ in ("to", "with")
                              for o in p.children if o.dep_ == "pobj"] + [c for c in comp.children if c.dep_ == "dobj"]
                  if o.lemma_.lower() in UNANSWERED_ASKS), None)
    if asked is None or for_comment(asked):
        return None
    maker = next((o for p in asked.children if p.dep_ == "prep" and p.lower_ in ("from", "by", "of")
                  for o in p.children if o.dep_ == "pobj"), None) or next(
        (c for c in asked.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
    if maker is None or any(t.lemma_.lower() in PRESS_MAKERS for t in maker.subtree):
        return None
    return maker


#: Verbs of a phase of something under way ("will wrap up his visit", "will conclude the talks on Friday", "is to extend
#: his stay"): the visit or talks are happening, whatever the tense of their end.
ONGOING_PHASES = frozenset({"wrap", "conclude", "end", "finish", "continue", "extend"})
#: Nouns of a visit or talks under way.
UNDER_WAY = frozenset({"visit", "trip", "tour", "stay", "talk", "talks", "meeting", "negotiation", "summit",
                       "discussion", "consultation"})


def ongoing_visit(tok) -> bool:
    """Is ``tok`` a phase verb of a visit or talks under way ("will wrap up his visit", "will conclude their
    talks")?"""
    return tok.lemma_.lower() in ONGOING_PHASES and any(
        c.dep_ == "dobj" and c.lemma_.lower() in UNDER_WAY for c in tok.children)


#: Adjectives of readiness put as the predicate: "Honduras is willing to withdraw", "stands ready to help".
READY = frozenset({"willing", "ready", "prepared", "eager", "keen"})
#: Verbs that put a readiness as the subject's state now.
READY_VERBS = frozenset({"be", "stand", "remain", "declare", "say", "appear"})


def readiness(tok):
    """The verb that states the subject ready to do ``tok`` ("Germany is willing to provide aid to Jordan": "is";
    "the US stands ready to help Mexico": "stands"), else None. A readiness stated toward another party is an offer
    made now (CAMEO 03, "indicate willingness or commitment to cooperate"; ``event_decide.mode_of``), not a plan of
    the writer's."""
    adj = tok.head
    if tok.dep_ != "xcomp" or adj.i == tok.i or adj.lemma_.lower() not in READY or adj.dep_ != "acomp":
        return None
    return adj.head if adj.head.lemma_.lower() in READY_VERBS else None


#: Heads of a meeting put on the calendar: "is set to meet", "is due to visit", "is scheduled to hold talks".
CALENDAR_HEADS = frozenset({"set", "due", "schedule", "slate"})


def on_calendar(tok) -> bool:
    """Is ``tok`` put as what will happen, plainly ("will meet", "is set to visit"), not hoped, planned, expected
    or conditioned ("hopes to meet", "would meet if", "is expected to visit")?"""
    if any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall") for c in tok.children):
        return True
    return tok.dep_ == "xcomp" and tok.head.lemma_.lower() in CALENDAR_HEADS and any(
        c.dep_ in ("aux", "auxpass") and c.lemma_.lower() == "be" for c in tok.head.children)


def declined_to_say(tok) -> bool:
    """"declined to comment", "refused to identify the officer", "refused to be drawn on the date": a newsroom
    formula for saying nothing, no rejection (not a request from someone left unanswered: ``request_unanswered``)."""
    if tok.lemma_.lower() not in ("decline", "refuse") or request_unanswered(tok) is not None:
        return False
    if any(c.dep_ == "xcomp" and c.lemma_.lower() in HANDING_OVER and any(
            o.dep_ == "dobj" and o.lemma_.lower() in DETAILS and not any(g.dep_ in ("acl", "relcl") for g in o.children)
            for o in c.children) and not any(
            p.dep_ in ("prep", "dative") and p.lower_ in ("to", "with") for h in [c] + list(c.children)
            for p in h.children) for c in tok.children):
        return True  # "She declined to provide details", "refused to offer specifics" (not "refused to share
        # information with the US": a party denied it)
    if any(c.dep_ == "xcomp" and c.lemma_.lower() in ("speak", "talk") and _to_the_press(c) for c in tok.children):
        return True  # "refused to speak on the record", "declined to talk to reporters" (not "refused to speak to
        # the envoy": contact refused)
    return any(c.dep_ in ("xcomp", "dobj") and (c.lemma_.lower() in NO_COMMENT or (
        c.lemma_.lower() == "draw" and any(g.dep_ == "auxpass" for g in c.children)) or (
        c.lemma_.lower() in ("request", "invitation") and any(  # "declined a request for comment"
            p.lower_ == "for" and any(o.lemma_.lower() in NO_COMMENT for o in p.children) for p in c.children)))
        for c in tok.children)


#: Who a spokesman speaks to when he speaks for the record: "declined to talk to reporters" (the press that asks, less
#: "agency": "refused to speak to the agency" may refuse a regulator).
PRESS = PRESS_MAKERS - {"agency"} | {"reuters", "newsman"}


def _to_the_press(verb) -> bool:
    """Is ``verb`` (speak, talk) said of speaking for publication: "on the record", "publicly", "to reporters"?"""
    told = [o for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "with") for o in c.children
            if o.dep_ == "pobj"]
    if told:
        return all(o.lemma_.lower() in PRESS for o in told)  # "to reporters" (not "to the agency", "openly with
        # American negotiators": contact refused)
    return any(c.dep_ == "advmod" and c.lower_ in ("publicly", "openly") or c.dep_ == "prep" and c.lower_ == "on" and
               any(o.dep_ == "pobj" and o.lower_ == "record" for o in c.children) for c in verb.children)


#: Verbs of a reporter's question put to the speaker: "Pressed on benefits, he said ...", "Asked about ...".
QUESTIONING = frozenset({"ask", "press", "question", "quiz", "challenge", "push"})


def put_to(tok) -> bool:
    """"Asked about the plan, he said", "Pressed on benefits, he said": a question put to the speaker, a newsroom
    formula, no request (a participle with no subject of its own beside the clause, or the sentence's root)."""
    return tok.lemma_.lower() in QUESTIONING and tok.tag_ == "VBN" and tok.dep_ in ("advcl", "ROOT") and not any(
        c.dep_ in ("nsubjpass", "nsubj", "auxpass", "aux") for c in tok.children)


def predicted(tok) -> bool:
    """"X is expected to ...", "warships, expected to be joined ...": someone else's forecast,
    not the subject's intent."""
    return any(c.dep_ == "auxpass" for c in tok.children) or (
        tok.tag_ == "VBN" and not any(c.dep_ == "aux" for c in tok.children))


def asserted(comp) -> bool:
    """A clause in the past tense without a modal ("insisted the unrest reflected ...") states
    a fact; a demanded act is subjunctive or modal ("insisted that troops leave/must leave")."""
    if comp.dep_ == "ccomp" and comp.tag_ in ("VBZ", "VBD") and any(c.dep_ == "expl" for c in comp.children):
        return True  # "insisted there was no plan for an invasion": what is, no demand
    if comp.dep_ == "ccomp" and comp.lemma_.lower() == "be" and comp.lower_ != "be" and comp.head.lemma_.lower() in (
            "insist", "maintain", "stress", "argue", "say"):
        return True  # "insisted they are committed to free care": "are" is indicative (a demand says "be")
    if comp.dep_ == "ccomp" and any(c.dep_ == "aux" and c.lower_ in ("will", "'ll") for c in comp.children):
        return True  # "insisted Mr Brown will have a key role": a forecast, no demand (that is "should", "must")
    if comp.dep_ == "ccomp" and comp.tag_ == "VBZ" and any(c.dep_ == "nsubj" for c in comp.children) and not any(
            c.dep_ in ("aux", "auxpass") for c in comp.children):
        return True  # "insists it remains on cordial terms": a present claim, no demand (that is "remain")
    if comp.dep_ == "ccomp" and comp.tag_ == "VBP" and any(c.dep_ == "nsubj" and c.lower_ in ("i", "we")
                                                          for c in comp.children) and not any(
            c.dep_ in ("aux", "auxpass") for c in comp.children):
        return True  # "insisted: 'We have a good record'": the speaker's own present, a claim
    if comp.dep_ == "ccomp" and any(c.dep_ == "aux" and c.lower_ in ("did", "does", "do") for c in comp.children):
        return True  # "insisted he did not know the date": do-support is indicative, a claim (a demand: "not leave")
    if comp.dep_ == "ccomp" and comp.tag_ in ("VBG", "VBN") and any(c.dep_ in ("nsubj", "nsubjpass")
                                                                 for c in comp.children):
        aux = {c.lower_ for c in comp.children if c.dep_ in ("aux", "auxpass")}
        if aux and aux <= {"was", "were", "is", "are", "am", "had", "has", "have", "been", "being"}:
            return True  # "insisted it was doing its best", "insisted it had acted lawfully": a claim
    if comp.dep_ != "ccomp" or comp.tag_ != "VBD" or comp.lower_ == comp.lemma_.lower():
        return False  # "demanded that Washington cut its ties": "cut" may be subjunctive
    if any(c.dep_ == "dobj" for c in comp.head.children):
        return False  # "demanded the withdrawal ...": the object is the demand
    return any(c.dep_ == "nsubj" for c in comp.children) and not any(
        c.dep_ in ("aux", "auxpass") and c.lower_ not in ("was", "were", "had") for c in comp.children)


#: A headline lies within the text's first tokens.
HEAD_TOKENS = 100
_HEADLINE_KEY = ("newscoder", "headline_end")


def in_headline(tok) -> bool:
    """Is this token on the article's first line, and is that line a headline (``layout.headline_end``)?"""
    if tok.i >= HEAD_TOKENS:
        return False
    doc = tok.doc
    end = doc.user_data.get(_HEADLINE_KEY, False)
    if end is False:  # found once per doc
        head = doc[:HEAD_TOKENS].text + (" more" if len(doc) > HEAD_TOKENS else "")  # never the whole text
        end = doc.user_data[_HEADLINE_KEY] = headline_end(head)
    return end is not None and tok.idx < end


#: A headline's closing credit: who says it ("... stormed diplomat's home -- Bonn", "... kills seven - newspaper",
#: "... - agency", "- report"): one to three words after a spaced dash at its end.
_CREDIT = re.compile(r"\s+(?:-{1,2}|\u2013|\u2014)\s+\S+(?:\s+\S+){0,2}?\s*\.?\s*$")


#: Words a headline's credit is made of besides names ("- newspaper", "-- Yeltsin aide", "- diplomats").
CREDIT_WORDS = frozenset({"report", "reports", "newspaper", "newspapers", "paper", "papers", "agency", "radio", "tv",
                          "television", "sources", "source", "official", "officials", "witnesses", "police",
                          "diplomats", "diplomat", "minister", "ministry", "spokesman", "aide", "aides", "analysts",
                          "media", "daily", "weekly", "magazine", "group", "rebels", "army", "envoy", "statement",
                          "residents", "state", "u.s.", "u.n."})
_CREDIT_KEY = ("newscoder", "headline_credit")


def in_headline_credit(tok) -> bool:
    """Is ``tok`` in the credit that ends a headline ("-- Bonn", "- newspaper", "- Interfax"): a source, no party to
    the event? Only names and words of a source ("Syria - Israel talks stall" has none: its words are the news)."""
    if not in_headline(tok):
        return False
    doc = tok.doc
    start = doc.user_data.get(_CREDIT_KEY)
    if start is None:  # found once per doc
        end = doc.user_data.get(_HEADLINE_KEY)
        m = _CREDIT.search(doc[:HEAD_TOKENS].text[:end]) if end else None
        words = m.group().strip(" -.\u2013\u2014").split() if m else []
        credit = bool(words) and all(w[:1].isupper() or w.lower() in CREDIT_WORDS for w in words)
        start = doc.user_data[_CREDIT_KEY] = m.start() if credit else -1
    return start >= 0 and tok.idx >= start


#: Verbs whose active form always has an object: a past form of one with none is a passive ("Man charged with
#: arson"), where a verb that can go without ("Protesters marched", "Rebels attacked at dawn") may be active.
OBJECT_VERBS = frozenset({
    "arrest", "charge", "accuse", "sentence", "indict", "convict", "jail", "imprison", "detain", "fine", "suspend",
    "expel", "deport", "kidnap", "abduct", "kill", "injure", "wound", "hurt", "rob", "sue", "ban", "grant", "award",
    "acquit", "free", "release", "rescue", "honor", "honour", "elect", "appoint", "nominate", "summon", "question",
    "cite", "book", "nab", "capture", "shoot", "stab", "assault", "threaten", "evict", "dismiss", "oust", "sack",
    "bar", "censure", "reprimand", "discipline", "investigate", "exonerate", "pardon", "interrogate", "execute",
    "torture", "harass", "urge", "ask", "order", "force", "apprehend", "hospitalize", "airlift", "slay", "murder",
    "rape", "extradite", "arraign", "commend", "criticize", "criticise", "blame", "deny", "approve", "reject",
    "name", "hire", "recall", "demote", "warn", "fire"})
#: Prepositions after which some of those verbs go without an object in the active ("fired on", "warned of", "asked
#: for"; "accused of", "jailed for" are passives still).
INTRANSITIVE_PREPS = {"fire": ("at", "on", "upon", "into"), "shoot": ("at", "into"), "charge": ("at", "into"),
                      "warn": ("of", "about", "against"), "ask": ("for", "about"), "threaten": ("with",)}
#: Verbs of giving with two objects: in headlinese's passive the one given keeps the thing as its object.
GIVING_VERBS = frozenset({"grant", "award", "give", "offer", "deny", "hand", "promise", "refuse"})
#: The most tokens a story's first sentence has when it may be its headline, glued on with a full stop.
GLUED_TOKENS = 16


def glued_headline(tok) -> bool:
    """Is ``tok`` in a headline the source glued to the story as its first sentence ("Man accused of threatening tax
    worker. A South St. Paul man ...": no line break, a full stop added)? A short first sentence that does not start
    with an article or a pronoun, and has more text after it."""
    sent = tok.sent
    if sent.start != 0 or len(sent) > GLUED_TOKENS or sent.end >= len(tok.doc) - 1:
        return False
    first = sent[0]
    return first.pos_ not in ("DET", "PRON") and (first.is_title or first.is_upper and first.is_alpha)


def headline_passive(tok) -> bool:
    """Headlinese drops the auxiliary of a passive: "Minister charged in bribery case", "Five killed in
    Kabul". A past form with no auxiliary and no object, in the headline, is such a passive (an active
    headline is in the present: "Police arrest minister"); in a headline glued to the story as its first
    sentence, only a verb that needs an object is read so ("Man charged with arson.", not "Thousands marched")."""
    if tok.tag_ not in ("VBD", "VBN"):
        return False
    lemma = tok.lemma_.lower()
    if not in_headline(tok) and not (lemma in OBJECT_VERBS | GIVING_VERBS and glued_headline(tok) and not any(
            c.dep_ == "prep" and c.lower_ in INTRANSITIVE_PREPS.get(lemma, ()) for c in tok.children)):
        return False  # (a story's own short first sentence: "Police fired on protesters.", "Officials warned of
        # floods.", "Residents asked for help." are active)
    if tok.lemma_.lower() in GIVING_VERBS and not any(c.dep_ in ("aux", "auxpass", "dative") for c in tok.children):
        return True  # "Developer granted delay", "Airline denied landing rights": the one given (or refused) it
    if tok.lemma_.lower() in OBJECT_CONTROL | {"ask"} and any(c.dep_ == "xcomp" for c in tok.children):
        # "Japan urged to open rice market": "urge" needs an object before its "to", so the subject is urged; a
        # headline's bare "asked to" is a passive too ("Journalist held, asked to reveal source")
        return not any(c.dep_ in ("aux", "auxpass", "dobj", "dative") for c in tok.children)
    return not any(c.dep_ in ("aux", "auxpass", "dobj", "dative", "ccomp", "xcomp") for c in tok.children)


#: Verbs whose to-infinitive needs an object first ("urged Japan to open", never "urged to open" in the active).
OBJECT_CONTROL = frozenset({"urge", "tell", "order", "press", "encourage", "instruct", "advise", "force", "pressure",
                            "compel", "invite"})


#: Attacks a subject "comes under" or "is under": it is their target.
UNDERGONE_ATTACKS = frozenset({"attack", "fire", "assault", "bombardment", "shelling", "gunfire", "siege", "raid",
                               "criticism"})


def attack_undergone(tok):
    """The attack noun of "came under (heavy) attack", "is under fire" at verb ``tok``, or None. (No lexicon row:
    "come" would become every sentence's candidate predicate for the event model.)"""
    if tok.lemma_.lower() not in ("come", "be"):
        return None
    return next((o for p in tok.children if p.dep_ == "prep" and p.lower_ == "under" for o in p.children
                 if o.dep_ == "pobj" and o.lemma_.lower() in UNDERGONE_ATTACKS), None)


#: Verbs that give someone a name or a description: with a pejorative ("called the killer an animal", "branded him
#: a traitor", "described the Palestinians as insects") they are criticism.
LABELLING = frozenset({"call", "brand", "label", "dub", "describe", "characterize", "characterise", "portray",
                       "declare", "term"})
#: Labelling verbs of official acts too ("declared the area a disaster zone"): only the label's head word and its
#: adjectives judge ("declared the vote a fraud"), and for "declare" only a person's words of no legal status
#: (``pejorative_label``).
_HEAD_ONLY = frozenset({"declare", "term"})
#: Labels of a status a court, the police or a ministry declares ("declared bankrupt", "an unlawful assembly", "a
#: terrorist incident"): a ruling or a designation, no criticism.
_STATUS_WORDS = frozenset("""bankrupt insolvent unlawful illegal terrorist terrorism terror invalid void null
    unconstitutional emergency disaster dead extinct insane incompetent""".split())
#: The most a label may score (``evaluatives``, VADER's scale) to be pejorative.
PEJORATIVE = -1.2
#: The valence from which a label praises (the events step's GRADED: "nice" +1.8, "fine" +0.8 is none).
PRAISE = 1.2
#: Words of praise as a name given ("called it a nice thing", "a great success", "an important step"), which the
#: evaluatives table leaves out because after "was" they mostly describe ("the risk was great").
LABEL_PRAISE = {"nice": 1.8, "great": 2.0, "good": 1.8, "positive": 1.5, "important": 1.5, "historic": 1.5,
                "welcome": 1.5, "constructive": 1.5, "productive": 1.5, "encouraging": 1.5, "fair": 1.3}


def _label_words(tok) -> list:
    """The words of the name or description verb ``tok`` gives its object: its predicate, its "as" phrase, a second
    object or the object's apposition (the parser's readings of 'called them "liars"')."""
    labels = [c for c in tok.children if c.dep_ in ("oprd", "attr", "xcomp", "acomp", "ccomp")
              or c.dep_ == "npadvmod" and c.pos_ == "NOUN"]  # ("labelled the plan a disgrace": an adverbial noun)
    labels += [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children
               if o.dep_ in ("pobj", "amod", "acomp")]  # ("described as irresponsible": the adjective hung on "as")
    objects = [c for c in tok.children if c.dep_ in ("dobj", "dative")]
    passive = any(c.dep_ == "auxpass" for c in tok.children)
    labels += objects if passive else objects[1:]  # "labeled the protesters thugs", "labeling him an
    # obstructionist": parsed as two objects; "was branded a liar": the one object is the label
    labels += [a for o in objects for a in o.children if a.dep_ == "appos" and a.pos_ == "NOUN"]  # 'called them
    # "liars"', the label parsed as the object's apposition
    if tok.lemma_.lower() in _HEAD_ONLY:
        return [w for c in labels for w in (c, *c.children) if w.pos_ in ("NOUN", "ADJ") and (
            w is c or w.dep_ == "amod")]
    return [w for c in labels for w in c.subtree if w.pos_ in ("NOUN", "ADJ", "PROPN")]


def pejorative_label(tok) -> bool:
    """Does verb ``tok`` (``LABELLING``) give its object a pejorative name or description: a noun or adjective
    scoring ``PEJORATIVE`` or less in its predicate ("an animal", "lazy whiners") or its "as" phrase?"""
    if tok.lemma_.lower() not in LABELLING:
        return False
    words = _label_words(tok)
    if tok.lemma_.lower() == "declare" and ((subj := subject(tok)[0]) is None or not (
            subj.ent_type_ == "PERSON" or subj.pos_ == "PRON" or subj.pos_ == "PROPN" and not subj.ent_type_) or any(
            w.lower_ in _STATUS_WORDS or w.lemma_.lower() in _STATUS_WORDS for w in words)):
        return False  # ("a Delhi court declared the airline bankrupt", "police declared the rally unlawful")
    values = evaluatives()
    return any(values.get(w.lower_, values.get(w.lemma_.lower(), 0.0)) <= PEJORATIVE for w in words)


def praising_label(tok) -> bool:
    """Does verb ``tok`` (``LABELLING``) give its object a name of praise and none of blame in its predicate ("called
    the endorsement 'certainly a nice thing'", "called the deal a great success": an adjective of praise, or a noun of
    praise as the predicate itself, not a word inside a compound, "an adult day care center"), with no negation?
    Stricter than the events step's ``_naming`` (``FAVOURABLE``), which only says a label is no criticism: a
    favourable word there ("a substantial victory for the people") is no praise of anyone."""
    if tok.lemma_.lower() not in LABELLING:
        return False
    values = evaluatives()
    preds = [c for c in tok.children if c.dep_ in ("oprd", "attr", "acomp") or c.dep_ == "ccomp" and c.lemma_ == "be"]
    words = [w for c in preds for w in c.subtree if w.pos_ in ("NOUN", "ADJ", "PROPN")]
    scores = [LABEL_PRAISE.get(w.lower_, values.get(w.lower_, values.get(w.lemma_.lower(), 0.0))) for w in words]
    praise = [w for w, v in zip(words, scores) if v >= PRAISE and (w.pos_ == "ADJ" or w.dep_ in ("oprd", "attr"))]
    return bool(praise) and min(scores) > PEJORATIVE and not any(
        c.dep_ == "neg" or c.lower_ in ("not", "no", "never") for w in words for c in [w, *w.children])


#: Mishaps one is hurt in, no one's act: "was killed in the collision", "a motorcycle wreck killed a passenger".
MISHAPS = frozenset({"collision", "crash", "wreck", "accident", "mishap", "pileup", "derailment", "overdose",
                     "avalanche", "landslide", "mudslide", "stampede", "fall", "rollover"})


def plea(tok) -> str | None:
    """The code of a plea: "pleaded guilty" admits the charge (a yielding, 080), "pleaded not guilty" or
    "innocent" denies it (120); None for any other verb ("pleaded for calm" is an appeal)."""
    if tok.lemma_.lower() != "plead":
        return None
    word = next((c for c in tok.children if c.dep_ in ("acomp", "oprd", "xcomp", "advmod") and c.lower_ in (
        "guilty", "innocent")), None)
    if word is None:
        return None
    denied = word.lower_ == "innocent" or any(c.dep_ == "neg" for c in word.children) or any(
        c.dep_ == "neg" for c in tok.children)
    return "120" if denied else "080"


#: People whose attacks are words by what they are: "critics were quick to attack Bannon".
CRITICS = frozenset({"critic", "opponent", "detractor", "commentator", "pundit", "columnist", "skeptic", "sceptic",
                     "naysayer"})


#: Nouns of what one side asks of another ("the IMF's demand", "calls from the opposition", "pressure from creditors";
#: not "plea": "accepted his plea" is a plea of guilty).
ASKED_NOUNS = frozenset({"demand", "call", "request", "appeal", "pressure"})
#: Verbs whose subject answers a demand made of it: rejects, resists, ignores, meets, bows to or weighs it.
ANSWERING = frozenset({"reject", "resist", "refuse", "rebuff", "spurn", "dismiss", "ignore", "defy", "accept", "meet",
                       "heed", "grant", "satisfy", "bow", "yield", "cave", "accede", "agree", "comply", "respond",
                       "answer", "consider", "weigh", "study", "examine", "review", "turn", "brush", "shrug", "give",
                       "fend", "withstand", "oppose", "deflect", "rule", "approve", "concede"})
#: Determiners of a demand not (yet) made: "any demand", "such calls", "no request".
UNMADE = frozenset({"any", "such", "no", "future", "further"})


def answered_demand(noun):
    """The one who made the demand ``noun`` that its verb's subject answers ("Sudan rejected a demand by the
    IMF", "bowed to pressure from party leaders to drop the tax", "met the union's demand for a pay rise", "ignored
    calls from the opposition to resign"): the demand's owner (possessor, "by"/"from" phrase, or a name before it),
    or None. Not a demand not yet made ("any demand"), nor one the subject makes or shares ("renewed its
    demand", "backed calls by X")."""
    if noun.lemma_.lower() not in ASKED_NOUNS or noun.pos_ != "NOUN":
        return None
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ in ("to", "with", "off", "aside"):
        verb = verb.head
    elif noun.dep_ != "dobj":
        return None
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ANSWERING or any(
            c.dep_ == "det" and c.lower_ in UNMADE for c in noun.children) or any(
            o.lemma_.lower() == "comment" for p in noun.children if p.dep_ == "prep" and p.lower_ == "for"
            for o in p.children):
        return None  # ("did not respond to a Reuters request for comment": the newsroom's formula)
    for c in children(noun):
        if c.dep_ == "poss" and c.pos_ != "PRON":
            return c
        if c.dep_ == "prep" and c.lower_ in ("by", "from", "of"):  # ("the demands of the truck drivers")
            owner = next((g for g in children(c) if g.dep_ == "pobj"), None)
            if owner is not None and (c.lower_ != "of" or owner.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or
                                      owner.tag_ == "NNS"):  # (people, not "the demands of the job")
                return owner
        if c.dep_ in ("compound", "amod") and c.i < noun.i and c.ent_type_ in ("ORG", "GPE", "NORP", "PERSON"):
            return c
    return None


def pressed_by(verb):
    """Who presses the subject of "is / came / remained under pressure from X (to ...)": X, else None."""
    if verb.lemma_.lower() not in ("be", "come", "remain", "stay"):
        return None
    for prep in children(verb):
        if prep.dep_ == "prep" and prep.lower_ == "under":
            for noun in children(prep):
                if noun.dep_ == "pobj" and noun.lemma_.lower() == "pressure":
                    return next((o for p in children(noun) if p.dep_ == "prep" and p.lower_ == "from"
                                 for o in children(p) if o.dep_ == "pobj"), None)
    return None


#: Verbs of wrongs a speaker may deny, or deny through the evidence for them ("no evidence that the campaign
#: colluded", "said his campaign did not collude").
DENIED_DEEDS = frozenset({"collude", "meddle", "interfere", "conspire", "bribe", "defraud", "rig", "obstruct",
                          "torture"})  # (not "discriminate", "tamper", "harass": "would not discriminate" is a pledge)


def _wrong_done(tok) -> bool:
    """"had done nothing wrong", "did not do anything wrong", "did not break the law": a deed of wrongdoing."""
    obj = next((c for c in children(tok) if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    if tok.lemma_.lower() == "do" and obj.lower_ in ("nothing", "anything") and any(
            c.lower_ in ("wrong", "illegal", "improper", "unlawful") for c in children(obj)):
        return True
    return tok.lemma_.lower() == "break" and obj.lemma_.lower() in ("law", "rule")


#: Words before "term" that make it another term of an office held ("a second term", "another term").
TERMS_AGAIN = frozenset({"another", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "new", "full",
                         "further"})


def office_sought(tok):
    """What ``tok`` ("seek", "run", "stand") seeks when it is an office held again: re-election ("re-election",
    "reelection", "for re-election") or another term ("a fifth term", "another term"); else None."""
    for word in [c for c in children(tok) if c.dep_ == "dobj"] + [
            o for p in children(tok) if p.dep_ == "prep" and p.lower_ in ("for", "at") for o in children(p)
            if o.dep_ == "pobj"]:
        low = word.lemma_.lower()
        if low in ("reelection", "re-election") or low == "election" and word.i >= 2 and \
                word.doc[word.i - 1].text == "-" and word.doc[word.i - 2].lower_ == "re":
            return word
        if low == "term" and any(c.dep_ in ("amod", "det") and c.lower_ in TERMS_AGAIN for c in word.children):
            return word
    return None


def deed_denied(tok) -> bool:
    """Is ``tok`` a wrong a speaker says was not done ("said his campaign did not collude with Russia", "said he had
    done nothing wrong", "did not break the law"): a clause of what is said, negated?"""
    return (tok.lemma_.lower() in DENIED_DEEDS or _wrong_done(tok)) and (is_negated(tok) or any(
        c.dep_ == "dobj" and c.lower_ == "nothing" for c in children(tok))) and said_clause(tok)
