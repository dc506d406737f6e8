"""Light suffix stripping on folded keys: Kazakh inflection and English plurals.

Kazakh suffixes are listed in their folded form, every vowel-harmony variant included
(-лар/-лер/-дар/-дер/-тар/-тер → lar, ler, dar, der, tar, ter). Stripping is iterative and
keeps every candidate (минералдардың → минералдар → минерал), never below three letters.
Guards against false friends: no bare -а/-е is stripped (ақша stays apart from АҚШ), a
one-letter suffix needs four letters left, and -тағы/-тегі are stripped only after a
voiceless consonant, where Kazakh writes them (аймақтағы → аймақ; көміртегі, carbon, stays
apart from көмір, coal, because after р the suffix would be -дегі).

Three changes at the join are undone, each adding a candidate: a final п/к/қ voiced to
б/г/ғ before a vowel suffix (тақырыбы → тақырып, аймағы → аймақ); a consonant written twice
at the join, which folding collapses (Өзбекстаннан → ozbekstanan → ozbekstan); and the
possessive -сын/-сін (жүйесін → жүйе). A high vowel that drops before a vowel suffix is put
back (халқы → халық).
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
    "di", "ti", "ni", "si", "i", "n", "sin", "imiz", "miz", "niz", "iniz",
    # instrumental
    "men", "ben", "pen",
}  # fmt: skip
# Derivation makes another word (орта, middle → орталық, central): a weaker match.
# -сыз/-сіз, "without" (суарусыз, without irrigation), is about the same thing.
_DERIVATIONS = {"lik", "dik", "tik", "shi", "li", "siz"}
# Locative adjectives after a voiceless consonant only (folded: к/қ, п, с, т, ш, ф, х, ч).
_AFTER_VOICELESS = {"tagi", "tegi"}
_VOICELESS = frozenset("kpstfh")
_ALL = sorted(_INFLECTIONS | _DERIVATIONS | _AFTER_VOICELESS, key=len, reverse=True)
_INFLECTIONS_ONLY = sorted(_INFLECTIONS | _AFTER_VOICELESS, key=len, reverse=True)
# Voiced finals before a vowel suffix and the voiceless letter of the lemma (folded).
_UNVOICED = {"b": "p", "g": "k"}
# Consonants that may be written twice where a suffix meets a stem (нн, тт, ққ/кк, лл …).
_DOUBLING = frozenset("ntklms")
_VOWELS = frozenset("aeiou")


def _joins(stem: str, suffix: str) -> list[str]:
    """The stem as the lemma writes it, undoing what happened at the join."""
    forms = [stem]
    if suffix[0] in "aeiou" and stem[-1] in _UNVOICED:
        forms.append(stem[:-1] + _UNVOICED[stem[-1]])
    if suffix[0] in _DOUBLING and stem[-1] != suffix[0]:
        forms.append(stem + suffix[0])
    if suffix[0] in "aeiou" and stem[-1] not in _VOWELS and stem[-2] not in _VOWELS:
        forms.append(stem[:-1] + "i" + stem[-1])  # a high vowel dropped: халқы → халық
    return forms


def _by_last_letter(suffixes: list[str]) -> dict[str, tuple[str, ...]]:
    """The suffixes by their last letter, each list in the given order."""
    table: dict[str, list[str]] = {}
    for suffix in suffixes:
        table.setdefault(suffix[-1], []).append(suffix)
    return {letter: tuple(group) for letter, group in table.items()}


# A word is tried only against the suffixes that end in its own last letter: a few of the
# sixty, in the same order, so the stems found (and the order they are found in) are alike.
_ALL_BY_LAST = _by_last_letter(_ALL)
_INFLECTIONS_BY_LAST = _by_last_letter(_INFLECTIONS_ONLY)
_NONE: tuple[str, ...] = ()


def _strip(key: str, suffixes: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    found = {key}
    frontier = [key]
    while frontier:
        word = frontier.pop()
        for suffix in suffixes.get(word[-1:], _NONE):
            if not word.endswith(suffix):
                continue
            stem = word[: -len(suffix)]
            needed = MIN_STEM + 1 if len(suffix) == 1 else MIN_STEM
            # A stem reached another way (кәсіпор|ны → кәсіпорн) still has its own joins
            # to undo (кәсіпорн|ы → кәсіпорын).
            if len(stem) < needed:
                continue
            if suffix in _AFTER_VOICELESS and stem[-1] not in _VOICELESS:
                continue
            for form in _joins(stem, suffix):
                if form in found:
                    continue
                found.add(form)
                # A bare -н ends a word (қорын); what precedes it is not stripped again.
                if suffix != "n":
                    frontier.append(form)
    return tuple(sorted(found, key=lambda s: (-len(s), s)))


@lru_cache(maxsize=65536)
def kazakh_stems(key: str) -> tuple[str, ...]:
    """Candidate stems of a folded Kazakh word, longest first; always includes the word."""
    return _strip(key, _ALL_BY_LAST)


@lru_cache(maxsize=65536)
def inflection_stems(key: str) -> tuple[str, ...]:
    """Like :func:`kazakh_stems`, stripping case and number endings only, not derivations."""
    return _strip(key, _INFLECTIONS_BY_LAST)


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
