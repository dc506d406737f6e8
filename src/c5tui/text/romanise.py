"""Kazakh names in Latin letters for English readers: ``Рүстем Мұстафин`` → ``Rustem Mustafin``.

This is not the search fold (:mod:`c5tui.text.fold`), which maps many spellings to one
key. It writes a name the way English-language press and passports spell Kazakh names:
no diacritics, digraphs for ж ш ч х (zh sh ch kh), қ ғ ң ө ұ ү і as k g n o u u i, and
``ye`` for е at the start of a word or after a vowel (Ерлан → Yerlan, Тоқаев → Tokayev).
The 2021 Latin alphabet's letters without their marks read almost the same but write
ж as j and ш as s, which English readers take for other sounds.

Role nouns that stand in for a speaker (``Kazinform тілшісі``, ``сарапшы``) are put into
English words, since a romanised role noun means nothing to a reader.
"""

from __future__ import annotations

import re

_LETTERS = {
    "а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e",
    "ё": "yo", "ж": "zh", "з": "z", "и": "i", "й": "y", "к": "k", "қ": "k", "л": "l",
    "м": "m", "н": "n", "ң": "n", "о": "o", "ө": "o", "п": "p", "р": "r", "с": "s",
    "т": "t", "у": "u", "ұ": "u", "ү": "u", "ф": "f", "х": "kh", "һ": "h", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "і": "i", "ь": "", "э": "e",
    "ю": "yu", "я": "ya",
}  # fmt: skip
_VOWELS = frozenset("аәеёиоөуұүыіэюя")
_CYRILLIC_WORD = re.compile(r"[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]+")

# Speakers that are a role, not a name, as the corpus records them (base forms).
ROLES_EN: dict[str, str] = {
    "тілші": "correspondent",
    "тілшісі": "correspondent",
    "мемлекет басшысы": "Head of State",
    "президент": "President",
    "премьер-министр": "Prime Minister",
    "министр": "minister",
    "сарапшы": "expert",
    "саясаттанушы": "political scientist",
    "экономист": "economist",
    "әкім": "akim (regional governor)",
    "облыс әкімдігі": "regional akimat",
    "әкімдік": "akimat",
    "әкімдігі": "akimat",
    "депутат": "member of parliament",
    "төраға": "chair",
    "директор": "director",
    "жетекші": "head",
    "ғалым": "scholar",
    "маман": "specialist",
    "спикер": "spokesperson",
    "өкіл": "representative",
    "елші": "ambassador",
    "автор": "author",
}


def _word(word: str) -> str:
    out = []
    all_caps = len(word) > 1 and word.isupper()
    previous = ""
    for char in word:
        lower = char.lower()
        latin = _LETTERS.get(lower, char)
        if lower == "е" and (not previous or previous in _VOWELS or previous in "ъь"):
            latin = "ye"
        if char.isupper() and latin:
            latin = latin.upper() if all_caps else latin[0].upper() + latin[1:]
        out.append(latin)
        previous = lower
    return "".join(out)


def romanise(text: str) -> str:
    """Cyrillic words in Latin letters; Latin text, digits and punctuation as they are."""
    return _CYRILLIC_WORD.sub(lambda m: _word(m.group()), text)


def english_speaker(speaker: str) -> str:
    """A speaker as an English reader is told it: roles in English, names romanised.

    ``Kazinform тілшісі`` → ``Kazinform correspondent``; ``сарапшы`` → ``expert``.
    """
    text = " ".join(speaker.split())
    lowered = text.lower()
    for role in sorted(ROLES_EN, key=len, reverse=True):
        if lowered == role:
            return ROLES_EN[role]
        if lowered.endswith(" " + role):
            head = text[: -len(role) - 1]
            return f"{romanise(head)} {ROLES_EN[role]}"
    return romanise(text)
