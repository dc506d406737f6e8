"""Kazakh Cyrillic written in the 2021 Latin alphabet, for names shown or stored as aliases.

The 31 letters of the January 2021 alphabet (Ң as Ñ), with the conventional renderings of
the letters it lacks (Ц ts, Ч ch, Щ şş, Ю iu, Я ia, Ё io, Э e; Ъ and Ь dropped). Letters
that are not Cyrillic pass through unchanged, so mixed text (``C5+1``) keeps its Latin.
"""

from __future__ import annotations

from functools import lru_cache

_LOWER = {
    "а": "a", "ә": "ä", "б": "b", "в": "v", "г": "g", "ғ": "ğ", "д": "d", "е": "e",
    "ё": "io", "ж": "j", "з": "z", "и": "i", "й": "i", "к": "k", "қ": "q", "л": "l",
    "м": "m", "н": "n", "ң": "ñ", "о": "o", "ө": "ö", "п": "p", "р": "r", "с": "s",
    "т": "t", "у": "u", "ұ": "ū", "ү": "ü", "ф": "f", "х": "h", "һ": "h", "ц": "ts",
    "ч": "ch", "ш": "ş", "щ": "şş", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "iu",
    "я": "ia", "і": "ı",
}  # fmt: skip


def _upper(latin: str) -> str:
    # Dotless ı is the lower case of I in this alphabet; "ts".upper() is "TS", title case "Ts".
    return latin.replace("ı", "I").capitalize() if latin else latin


_TABLE = {**_LOWER, **{c.upper(): _upper(v) for c, v in _LOWER.items()}}


@lru_cache(maxsize=1 << 15)
def to_latin(text: str) -> str:
    """``Қасым-Жомарт Тоқаев`` → ``Qasym-Jomart Toqaev``; ``АҚШ`` → ``AQŞ``."""
    out: list[str] = []
    for index, ch in enumerate(text):
        latin = _TABLE.get(ch)
        if latin is None:
            out.append(ch)
            continue
        if ch.isupper() and len(latin) > 1 and _in_capitals(text, index):
            latin = latin.upper()  # ЧЕХИЯ → CHEHIIA, not ChEHIIa
        out.append(latin)
    return "".join(out)


def _in_capitals(text: str, index: int) -> bool:
    neighbours = text[max(index - 1, 0) : index] + text[index + 1 : index + 2]
    return any(ch.isupper() for ch in neighbours)


def has_cyrillic(text: str) -> bool:
    """Whether the text has at least one Cyrillic letter."""
    return any("\u0400" <= ch <= "\u04ff" for ch in text)


# Latin spellings of one Kazakh letter seen in real text, brought to one letter each.
_VARIANTS = str.maketrans({"ŋ": "ñ", "ǧ": "ğ", "y": "ı", "i": "ı", "w": "ū", "u": "ū"})


@lru_cache(maxsize=1 << 15)
def letter_key(text: str) -> str:
    """A lower-case key that keeps Kazakh letters apart (к/қ, о/ө) in either script.

    Unlike the search fold it keeps doubled letters and diacritics, so word endings can be
    compared exactly: ``Үкіметтің`` ends in ``тің``, ``Toqaevtyŋ`` in ``tyŋ`` (the same).
    """
    return to_latin(text.lower()).translate(_VARIANTS)
