"""Light suffix stripping on folded keys: Kazakh inflection and English plurals.

Kazakh suffixes are listed in their folded form, every vowel-harmony variant included
(-лар/-лер/-дар/-дер/-тар/-тер → lar, ler, dar, der, tar, ter). Stripping is iterative and
keeps every candidate (минералдардың → минералдар → минерал), never below three letters.
Guards against false friends: no bare -а/-е is stripped (ақша stays apart from АҚШ), a
one-letter suffix needs four letters left, and -тегі/-тағы are not stripped (көміртегі,
carbon, stays apart from көмір, coal).
"""

from __future__ import annotations

from functools import lru_cache

MIN_STEM = 3
_INFLECTIONS = {
    # plural
    "lar", "ler", "dar", "der", "tar", "ter",
    # genitive (also after a collapsed double n: Қазақстанның → kazakstanin)
    "nin", "din", "tin", "in",
    # dative
    "ga", "ge", "ka", "ke", "na", "ne",
    # locative and its adjective form
    "da", "de", "ta", "te", "nda", "nde", "dagi", "degi", "ndagi", "ndegi",
    # ablative
    "dan", "den", "tan", "ten", "nan", "nen",
    # accusative and possessive
    "di", "ti", "ni", "si", "i", "n", "imiz", "miz", "niz", "iniz",
    # instrumental
    "men", "ben", "pen",
}  # fmt: skip
# Derivation makes another word (орта, middle → орталық, central): a weaker match.
_DERIVATIONS = {"lik", "dik", "tik", "shi", "li"}
_ALL = sorted(_INFLECTIONS | _DERIVATIONS, key=len, reverse=True)
_INFLECTIONS_ONLY = sorted(_INFLECTIONS, key=len, reverse=True)


def _strip(key: str, suffixes: list[str]) -> tuple[str, ...]:
    found = {key}
    frontier = [key]
    while frontier:
        word = frontier.pop()
        for suffix in suffixes:
            if not word.endswith(suffix):
                continue
            stem = word[: -len(suffix)]
            needed = MIN_STEM + 1 if len(suffix) == 1 else MIN_STEM
            if len(stem) >= needed and stem not in found:
                found.add(stem)
                # A bare -н ends a word (қорын); what precedes it is not stripped again.
                if suffix != "n":
                    frontier.append(stem)
    return tuple(sorted(found, key=lambda s: (-len(s), s)))


@lru_cache(maxsize=65536)
def kazakh_stems(key: str) -> tuple[str, ...]:
    """Candidate stems of a folded Kazakh word, longest first; always includes the word."""
    return _strip(key, _ALL)


@lru_cache(maxsize=65536)
def inflection_stems(key: str) -> tuple[str, ...]:
    """Like :func:`kazakh_stems`, stripping case and number endings only, not derivations."""
    return _strip(key, _INFLECTIONS_ONLY)


@lru_cache(maxsize=65536)
def english_stem(word: str) -> str:
    """A light English stem of a folded word: reserves/reserve, companies/company."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "i"
    if len(word) > 5 and word.endswith("ing"):
        return word[:-3]
    if len(word) > 4 and word.endswith("ed"):
        return word[:-2]
    if len(word) > 4 and word.endswith("es") and word[-3] in "sxz":
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    if len(word) > 4 and word.endswith("e"):
        return word[:-1]
    return word
