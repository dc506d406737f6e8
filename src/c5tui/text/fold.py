"""One search key for every way a Kazakh word is typed.

Kazakh Cyrillic, Russian-keyboard Cyrillic, the 2021 Latin alphabet (Ñ or Ŋ) and informal
romanisation all fold to the same plain ASCII key. Ambiguous letters are merged rather than
guessed (и/й/і/ы → i, е/э → e, х/һ → h, у/ұ/ү → u); doubled letters collapse (Азия/Aziia).
Stored text is never changed: keys exist only in the search index and in queries.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_CYRILLIC = {
    "а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e",
    "ё": "io", "ж": "j", "з": "z", "и": "i", "й": "i", "і": "i", "к": "k", "қ": "k",
    "л": "l", "м": "m", "н": "n", "ң": "n", "о": "o", "ө": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ұ": "u", "ү": "u", "ф": "f", "х": "h", "һ": "h",
    "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sh", "ъ": "", "ь": "", "ы": "i", "э": "e",
    "ю": "iu", "я": "ia",
}  # fmt: skip
# Latin letters whose diacritic changes the sound, folded before diacritics are dropped.
_LATIN_SPECIAL = {"ş": "sh", "ç": "ch", "ı": "i", "ŋ": "n", "ß": "ss", "ø": "o", "æ": "ae"}
_TABLE = str.maketrans({**_CYRILLIC, **_LATIN_SPECIAL})
_DIGRAPHS = re.compile(r"zh|kh|gh|ch|[qycxw]")
_DIGRAPH_MAP = {
    "zh": "j",
    "kh": "k",
    "gh": "g",
    "ch": "ch",
    "q": "k",
    "y": "i",
    "c": "s",
    "x": "h",
    "w": "v",
}
_NOT_KEY = re.compile(r"[^a-z0-9]+")
_DOUBLES = re.compile(r"([a-z])\1+")


def _without_diacritics(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).translate(_TABLE)


# Words repeat: a cache makes folding a corpus or a page of hits several times faster.
@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """The script- and keyboard-independent key of a text: ASCII letters, digits, spaces."""
    # "İ".lower() gives "i" + a combining dot; fold it to a plain i first.
    lowered = text.replace("İ", "i").lower().translate(_TABLE)
    # Cyrillic and plain Latin are ASCII by now: no diacritics to take off.
    stripped = lowered if lowered.isascii() else _without_diacritics(lowered)
    # "kh" is how people write қ in "Kazakhstan", so it folds with q and k.
    latin = _DIGRAPHS.sub(lambda m: _DIGRAPH_MAP[m.group(0)], stripped)
    latin = _NOT_KEY.sub(" ", latin.replace("'", "").replace("’", ""))
    return _DOUBLES.sub(r"\1", latin).strip()
