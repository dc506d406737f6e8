"""Exact-letter agreement between a codebook alias word and a word of the text.

Search folds loosely on purpose (ұ/ү/у, қ/к, ә/а …); tagging must not, or ``ұран``
(slogan) is taken for ``уран`` (uranium). In Kazakh Cyrillic text an alias word agrees with
a word only if the word starts with the alias's own letters, allowing what inflection
changes at the join: a final п/к/қ voiced before a vowel (кітап → кітабы), a final doubled
consonant written once (металл → металы) and a dropped high vowel (халық → халқы).
Latin-script text is folded, but a word whose letters show front vowels (ä, ö, ü) never
agrees with an alias of back vowels only (ötındı, "asked", is not отын, fuel; in the 2018
alphabet's á, ó, ú, sógis, "reprimand", is not соғыс, war).
"""

from __future__ import annotations

import re

KAZAKH_LETTERS = frozenset("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
_A_KAZAKH_LETTER = re.compile(f"[{''.join(sorted(KAZAKH_LETTERS))}]")  # scanned in C
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_VOICED = {"п": "б", "к": "г", "қ": "ғ"}
_HIGH_VOWELS = frozenset("ыі")
_BACK_VOWELS = frozenset("аоұы")
_FRONT_VOWELS = frozenset("әеіөү")
# ä ö ü in the 2021 alphabet, á ó ú in the 2018 one (sógis, "reprimand", is not соғыс).
_LATIN_FRONT = frozenset("äöüáóú")


def is_kazakh_cyrillic(text: str) -> bool:
    """Whether a text is written with the Kazakh letters (not on a Russian keyboard)."""
    return _A_KAZAKH_LETTER.search(text) is not None


def is_cyrillic(word: str) -> bool:
    return bool(_CYRILLIC.search(word))


def _cores(alias: str) -> list[str]:
    """What an inflected form of the alias word must start with."""
    cores = [alias]
    if len(alias) >= 3 and alias[-1] == alias[-2]:
        cores.append(alias[:-1])
    if alias[-1] in _VOICED:
        cores.append(alias[:-1] + _VOICED[alias[-1]])
    if len(alias) >= 4 and alias[-2] in _HIGH_VOWELS:
        cores.append(alias[:-2] + alias[-1])
    return cores


def same_letters(alias_word: str, word: str) -> bool:
    """Whether a Cyrillic word is the alias word, inflected, on the exact Kazakh letters."""
    alias, text = alias_word.lower(), word.lower()
    return any(text.startswith(core) for core in _cores(alias))


def harmony_clash(alias_word: str, word: str) -> bool:
    """Whether a Latin word with front vowels meets a Cyrillic alias of back vowels only."""
    alias = set(alias_word.lower())
    back_only = bool(alias & _BACK_VOWELS) and not alias & _FRONT_VOWELS
    return back_only and bool(set(word.lower()) & _LATIN_FRONT)
