"""Words a translation keeps, matched across scripts: the aligner's evidence beyond length.

Numbers, Latin-script tokens and names survive translation. Both sides are folded with
c5tui's own search key (``Мұстафин`` and ``Mustafin`` both fold to ``mustafin``,
``Вашингтонда`` to ``vashingtonda`` beside ``Washington``'s ``vashington``), then a Kazakh
word matches an English one when it starts with it (Kazakh adds suffixes) or is close to it
(``tramp``/``trump``). Kazakh sentence-initial words count only if the text capitalises them
elsewhere, so that «Бұл» is not taken for a name; in English, where few words but names
are capitalised, every capitalised word counts (a stray "The" matches nothing Kazakh).
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Sequence

from rapidfuzz.distance import Indel

from c5tui.text.fold import fold

_TOKEN = re.compile(r"\w+(?:[.,]\d+)?")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_LATIN = re.compile(r"[A-Za-z]")
NUMBER_WEIGHT = 2.0
NAME_WEIGHT = 1.5
MIN_NAME = 3
# English words capitalised only because they open a sentence (or a Latin title).
_COMMON = frozenset({
    "the", "this", "that", "these", "those", "there", "then", "and", "but", "for", "from",
    "with", "without", "its", "his", "her", "our", "their", "they", "she", "some", "many",
    "most", "more", "also", "such", "each", "both", "after", "before", "when", "while",
})  # fmt: skip
# An outlet's name is page furniture, not content: the Kazakh dateline (АСТАНА. KAZINFORM)
# and an English twin's closing "Earlier, Qazinform reported …" would otherwise share it.
# Only names that are nothing but an outlet's: Egemen Qazaqstan or Turkystan name places too.
_OUTLETS = frozenset(
    fold(name) for name in ("Kazinform", "Qazinform", "ҚазАқпарат", "Tengrinews", "Adyrna")
)
# Normalised similarity of two folded names for a fuzzy match (``baiden``/``biden``).
CLOSE = 0.8


def _anchor_words(sentences: Sequence[str], *, any_latin: bool) -> list[set[str]]:
    """Per sentence, its numbers and folded capitalised words (with ``any_latin``, every
    Latin-script word too: in Kazakh text those are names, brands and codes)."""
    tokens = [_TOKEN.findall(s) for s in sentences]
    named = {fold(t) for words in tokens for t in words[1:] if t[:1].isupper() and not t.isdigit()}
    result: list[set[str]] = []
    for words in tokens:
        anchors: set[str] = set()
        for position, token in enumerate(words):
            number = _NUMBER.match(token)
            if number:
                # A number keeps its value glued to a suffix: 2010s, 5th, 80%-ын.
                anchors.add(number.group().replace(",", "."))
                continue
            latin = any_latin and bool(_LATIN.search(token))
            if not (token[:1].isupper() or latin):
                continue
            key = fold(token).replace(" ", "")
            # English capitalises few words but names; Kazakh sentence openings need proof.
            opening = position == 0 and any_latin and key not in named and not latin
            if len(key) < MIN_NAME or opening or key in _COMMON or key in _OUTLETS:
                continue
            anchors.add(key)
        result.append(anchors)
    return result


def _initial(word: str) -> str:
    """The first consonant (or digit): vowels differ across scripts (Өзбекстан/Uzbekistan)."""
    for ch in word:
        if ch not in "aeiou":
            return ch
    return word[0]


def _matches(english: str, kazakh: str) -> bool:
    if english[0].isdigit() or kazakh[0].isdigit():
        return english == kazakh
    if kazakh.startswith(english) or english.startswith(kazakh):
        return min(len(english), len(kazakh)) >= MIN_NAME
    stem = kazakh[: len(english) + 1]
    return len(english) > MIN_NAME and Indel.normalized_similarity(english, stem) >= CLOSE


def anchor_bonus(kazakh: Sequence[str], english: Sequence[str]) -> dict[tuple[int, int], float]:
    """Evidence that Kazakh sentence i and English sentence j render each other, by (i, j).

    Each shared anchor adds its weight, less the more Kazakh sentences hold it (a word found
    everywhere tells little); pairs with nothing shared are absent.
    """
    kk_anchors = _anchor_words(kazakh, any_latin=True)
    en_anchors = _anchor_words(english, any_latin=False)
    where: dict[str, set[int]] = defaultdict(set)
    for i, anchors in enumerate(kk_anchors):
        for anchor in anchors:
            where[anchor].add(i)
    by_initial: dict[str, list[str]] = defaultdict(list)
    for word in where:
        by_initial[_initial(word)].append(word)
    bonus: dict[tuple[int, int], float] = defaultdict(float)
    matched: dict[str, set[int]] = {}
    for j, anchors in enumerate(en_anchors):
        for anchor in anchors:
            if anchor not in matched:
                found: set[int] = set()
                for word in by_initial.get(_initial(anchor), ()):
                    if _matches(anchor, word):
                        found |= where[word]
                matched[anchor] = found
            found = matched[anchor]
            if not found:
                continue
            weight = NUMBER_WEIGHT if anchor[0].isdigit() else NAME_WEIGHT
            weight /= math.sqrt(len(found))
            for i in found:
                bonus[(i, j)] += weight
    return dict(bonus)
