"""Exact-letter spellings: Kazakh Cyrillic and the 2021 Latin alphabet, letters kept apart.

The search key (:mod:`c5tui.text.fold`) merges ұ, ү and у, қ and к, і and ы on purpose, so
that any keyboard finds a word. A glossary cannot afford that: ``ұран`` (slogan) and
``уран`` (uranium) share a key. This spelling keeps every Kazakh letter distinct and writes
Cyrillic and 2021 Latin alike (``ұран`` → ``ūran``, ``Qazaqstan`` → ``qazaqstan``), so a
word can be checked letter by letter in either script.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_CYRILLIC = {
    "а": "a", "ә": "ä", "б": "b", "в": "v", "г": "g", "ғ": "ğ", "д": "d", "е": "e",
    "ё": "io", "ж": "j", "з": "z", "и": "i", "й": "i", "і": "ı", "к": "k", "қ": "q",
    "л": "l", "м": "m", "н": "n", "ң": "ñ", "о": "o", "ө": "ö", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ұ": "ū", "ү": "ü", "ф": "f", "х": "h", "һ": "h",
    "ц": "ts", "ч": "ch", "ш": "ş", "щ": "şş", "ъ": "", "ь": "", "ы": "y", "э": "e",
    "ю": "iu", "я": "ia",
    # Latin variants of the same letters: the caron ǧ of some outlets, the early ŋ for ң.
    "ǧ": "ğ", "ŋ": "ñ", "'": "", "’": "",
}  # fmt: skip
_TABLE = str.maketrans(_CYRILLIC)
# The other Latin spelling in print (The Qazaq Times): ı for ы, i for і, w for ұ, y for й.
_OTHER_LATIN = str.maketrans({"ı": "y", "i": "ı", "w": "ū", "y": "i"})
_CYRILLIC_LETTER = re.compile("[\u0400-\u04ff]")
# Letters whose Kazakh distinction the typist shows: a word with one was typed exactly.
KAZAKH_ONLY = frozenset("әғқңөұүһіäğqñöūüıŋǧ")


@lru_cache(maxsize=1 << 16)
def letters(word: str) -> str:
    """The exact-letter spelling of a word: lowercase, one alphabet, Kazakh letters distinct."""
    lowered = unicodedata.normalize("NFC", word.replace("İ", "i").lower())
    return lowered.translate(_TABLE)


def typed_exactly(word: str) -> bool:
    """True if the word shows a Kazakh-only letter, so its letters can be taken as meant."""
    return any(ch in KAZAKH_ONLY for ch in word.lower())


@lru_cache(maxsize=1 << 16)
def spellings(word: str) -> tuple[str, ...]:
    """The exact-letter readings of a written word: one, or two for a word in Latin letters.

    Latin Kazakh is printed in the 2021 alphabet (ı is і, y is ы) and in an older one
    (ı is ы, i is і, w is ұ): a Latin word is read both ways.
    """
    first = letters(word)
    if _CYRILLIC_LETTER.search(word):
        return (first,)
    other = letters(word.replace("İ", "i").lower().translate(_OTHER_LATIN))
    return (first,) if other == first else (first, other)
