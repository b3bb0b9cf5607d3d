"""spaCy's two rule components of the English model, the same output in a fraction of the time.

The small model's ``attribute_ruler`` (POS and morphology from each tag, 179 patterns) and its rule ``lemmatizer``
are a fifth of spaCy's time on news (``benchmarks/bench.py``), and none of it is learned: the ruler runs spaCy's
``Matcher`` over every pattern at every token and makes a ``Span`` for each match, and the lemmatizer looks each
token up again (its base forms, most nouns, are not cached). Both outcomes depend only on a token's own values
(and, for the ruler's few two-token patterns, its neighbour's), so these subclasses compute each distinct token
once and reuse the answer:

- ``FastAttributeRuler`` decides which patterns a token matches from its (tag, lower, dep, is_space), once per
  distinct four, and sets the attributes with spaCy's own ``set_token_attrs`` in the order spaCy sets them (later
  patterns win). Patterns with anything but equality, ``IN``, ``NOT_IN``, ``REGEX`` or ``IS_SPACE`` on those four
  attributes (an operator, another attribute, a pattern of more than two tokens) make it match with spaCy's
  ``Matcher`` as its parent does.
- ``FastEnglishLemmatizer`` keeps each (orth, pos, morph)'s lemma, base forms included, and writes the lemmas in
  one ``Doc.from_array``; a new one is found by spaCy's own ``rule_lemmatize`` with each part of speech's word
  index held as a set (spaCy's is a list, searched word by word for each rule). A mode other than ``rule``
  lemmatizes as its parent does.

``speed_up(nlp)`` gives a loaded pipeline's two components these classes (``load_model`` in ``spacy_load`` does it);
their data, names and config stay spaCy's, so a saved pipeline loads without newscoder.
``tests/test_fast_rules.py`` checks that every token attribute is the same as the stock components give.
"""

from __future__ import annotations

import re
from types import SimpleNamespace
from typing import Any

from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.errors import Errors
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.lookups import Lookups
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

_KEYS = ("TAG", "LOWER", "DEP", "IS_SPACE")  # a token's values, in this order, decide its matches
_CACHE_LIMIT = 200_000  # distinct tokens kept before a cache starts again


def _predicate(value: Any):
    """A test of one string (or, for IS_SPACE, bool) value, as spaCy's Matcher reads a token spec's value."""
    if isinstance(value, dict):
        if set(value) == {"IN"}:
            allowed = frozenset(value["IN"])
            return lambda v: v in allowed
        if set(value) == {"NOT_IN"}:
            refused = frozenset(value["NOT_IN"])
            return lambda v: v not in refused
        if set(value) == {"REGEX"}:
            pattern = re.compile(value["REGEX"])
            return lambda v: bool(pattern.search(v))
        return None
    return lambda v: v == value


def _compile_spec(spec: dict) -> list | None:
    """A token spec as [(position in _KEYS, test)], or None where spaCy's Matcher must decide."""
    tests = []
    for key, value in spec.items():
        if key not in _KEYS:
            return None
        if key == "IS_SPACE" and not isinstance(value, bool):
            return None
        test = _predicate(value)
        if test is None:
            return None
        tests.append((_KEYS.index(key), test))
    return tests


def _reduced(reduced: tuple, **attributes: Any) -> tuple:
    """spaCy's pickling of a component (``Pipe``'s: its fields, then its ``__dict__``) with these attributes in
    place of the instance's own (what a component made for speed, not its data)."""
    function, args, state = reduced[:3]
    if isinstance(state, tuple) and state and isinstance(state[-1], dict):
        state = (*state[:-1], {**state[-1], **attributes})
    return (function, args, state, *reduced[3:])


def _index_keys(spec: dict) -> list:
    """Where a token spec is filed: under each (position in _KEYS, value) a matching token must have, LOWER's
    before TAG's, or under None where neither is fixed (a test of DEP or IS_SPACE alone, a NOT_IN)."""
    for key in ("LOWER", "TAG"):
        value = spec.get(key)
        if isinstance(value, str):
            return [(_KEYS.index(key), value)]
        if isinstance(value, dict) and set(value) == {"IN"}:
            return [(_KEYS.index(key), v) for v in value["IN"]]
    return [None]


class FastAttributeRuler(AttributeRuler):
    """spaCy's ``AttributeRuler``, each distinct token's matches decided once (see the module's note)."""

    _compiled: dict | bool | None = None  # set by speed_up, and again whenever patterns change
    _seen: dict

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._compiled, self._seen = None, {}

    def __reduce__(self):
        """Pickled without what it made from its patterns (tests of closures, which do not pickle)."""
        return _reduced(super().__reduce__(), _compiled=None, _seen={})

    def add(self, *args: Any, **kwargs: Any) -> None:
        super().add(*args, **kwargs)
        self._compiled = None

    def clear(self) -> None:
        super().clear()
        self._compiled = None

    def _compile(self) -> dict | None:
        """Each token spec of the patterns as (attr id, its place in the pattern or None for a one-token pattern,
        tests), filed under the (TAG or LOWER, value) a token needs to match it, or under None; None if a pattern
        needs the Matcher."""
        index: dict = {}
        for attr_id, patterns in enumerate(self._patterns_by_id()):
            for pattern in patterns:
                specs = [_compile_spec(spec) for spec in pattern]
                if not 1 <= len(specs) <= 2 or any(spec is None for spec in specs):
                    return None
                for n, (raw, tests) in enumerate(zip(pattern, specs)):
                    entry = (attr_id, None if len(specs) == 1 else n, tests)
                    for key in _index_keys(raw):
                        index.setdefault(key, []).append(entry)
        self._seen = {}
        return index

    def _patterns_by_id(self) -> list[list]:
        return [self.matcher.get(str(attr_id))[1] for attr_id in range(len(self.attrs))]

    def _token_matches(self, values: tuple) -> tuple:
        """(attribute ids this token matches alone, (attr id, which token) of the two-token patterns' specs)."""
        index = self._compiled
        entries = index.get((1, values[1]), []) + index.get((0, values[0]), []) + index.get(None, [])
        matched = [(attr_id, n) for attr_id, n, tests in entries if all(test(values[k]) for k, test in tests)]
        return (tuple(sorted({attr_id for attr_id, n in matched if n is None})),
                tuple(sorted({(attr_id, n) for attr_id, n in matched if n is not None})))

    def match(self, doc: Doc):
        if self._compiled is None:
            self._compiled = self._compile() or False
        if not self._compiled:
            return super().match(doc)
        strings = self.vocab.strings
        seen = self._seen
        if len(seen) > _CACHE_LIMIT:
            seen.clear()
        rows = doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()
        found = []
        per_token = []
        for row in rows:
            key = tuple(row)
            hit = seen.get(key)
            if hit is None:
                hit = seen[key] = self._token_matches((strings[row[0]], strings[row[1]], strings[row[2]],
                                                       bool(row[3])))
            per_token.append(hit)
        for i, (alone, parts) in enumerate(per_token):
            for attr_id in alone:
                found.append((attr_id, i, i + 1))
            for attr_id, n in parts:
                if n == 0 and i + 1 < len(per_token) and (attr_id, 1) in per_token[i + 1][1]:
                    found.append((attr_id, i, i + 2))
        found = sorted(set(found))  # the Matcher gives a pattern's span once; spaCy sorts by attribute id
        return [(attr_id, strings[str(attr_id)], start, end) for attr_id, start, end in found]

    def set_annotations(self, doc: Doc, matches) -> None:
        """As spaCy's, without a Span for each match: each match's token gets its pattern's attributes in order."""
        for attr_id, _match_id, start, end in matches:
            index = self.indices[attr_id]
            if not -(end - start) <= index < end - start:
                return super().set_annotations(doc, matches)  # spaCy's error for an index outside the match
            set_token_attrs(doc[start + index if index >= 0 else end + index], self.attrs[attr_id])


class FastEnglishLemmatizer(EnglishLemmatizer):
    """spaCy's English rule lemmatizer, each (orth, pos, morph)'s lemma kept (see the module's note)."""

    _lemmas: dict
    _sets_of: Lookups | None = None  # the lookups ``_lookups_with_sets`` was made from
    _with_sets: Lookups

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._lemmas = {}

    def __reduce__(self):
        """Pickled without the lemmas it kept and its tables as sets (made again on the first call)."""
        return _reduced(super().__reduce__(), _sets_of=None, _with_sets=None, _lemmas={})

    def _lookups_with_sets(self) -> Lookups:
        """The lemmatizer's tables, each part of speech's word index a set: spaCy's ``rule_lemmatize`` tests
        ``form in index`` on the index's list of tens of thousands of words, for every rule that applies."""
        if self._sets_of is not self.lookups:
            made = Lookups()
            for name in self.lookups.tables:
                table = self.lookups.get_table(name)
                made.add_table(name, {key: frozenset(words) if name == "lemma_index" else words
                                      for key, words in table.items()})
            self._sets_of, self._with_sets = self.lookups, made
            self._lemmas = {}  # (lemmas found with other tables)
        return self._with_sets

    def __call__(self, doc: Doc) -> Doc:
        if self.mode != "rule" or not len(doc):
            return super().__call__(doc)
        if not self._validated:
            self._validate_tables(Errors.E1004)
        tables = self._lookups_with_sets()
        lemmas = self._lemmas
        if len(lemmas) > _CACHE_LIMIT:
            lemmas.clear()
        strings = self.vocab.strings
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        column = rows[:, 3].copy()
        # spaCy's rule_lemmatize run on a stand-in whose tables hold the same words as sets (the component's own
        # lookups are left as they are: saved as lists, and never swapped while another thread may read them)
        stand_in = SimpleNamespace(cache=self.cache, lookups=tables, is_base_form=self.is_base_form)
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if self.overwrite or lemma == 0:
                key = (orth, pos, morph)
                value = lemmas.get(key)
                if value is None:
                    value = lemmas[key] = strings.add(EnglishLemmatizer.rule_lemmatize(stand_in, doc[i])[0])
                column[i] = value
        doc.from_array([LEMMA], column)
        return doc


def speed_up(nlp) -> None:
    """Give ``nlp``'s stock attribute ruler and English rule lemmatizer these classes, in place: their data, names
    and config stay spaCy's (a saved pipeline loads without newscoder), only how they compute changes."""
    for _name, pipe in nlp.pipeline:
        if type(pipe) is AttributeRuler:
            pipe.__class__ = FastAttributeRuler
            pipe._compiled, pipe._seen = None, {}
        elif type(pipe) is EnglishLemmatizer:
            pipe.__class__ = FastEnglishLemmatizer
            pipe._lemmas = {}
