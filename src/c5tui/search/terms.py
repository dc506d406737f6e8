"""How one query word matches words of a text: the rule shared by quote and claim search."""

from __future__ import annotations

from dataclasses import dataclass

from c5tui.model import Side
from c5tui.text import english_stem, inflection_stems, kazakh_stems

MIN_STEM = 3
FUZZY_CUTOFF = 75.0


@dataclass(frozen=True, slots=True)
class Term:
    """One query word and the keys it is looked up by."""

    key: str
    stem: str  # Kazakh-side prefix: the shortest sensible stem
    stems: frozenset[str]  # every stem candidate of the key
    forms: frozenset[str]  # stems by inflection only: the same word in another case
    en_stem: str  # English-side prefix
    fuzzy: tuple[str, ...] = ()  # nearest index terms, for typos
    fuzzy_scores: tuple[float, ...] = ()  # their similarity to the key, 0-100
    kk_words: tuple[str, ...] = ()  # index terms starting with ``stem``
    en_words: tuple[str, ...] = ()  # index terms starting with ``en_stem``

    def fts(self, *, fuzzy: bool) -> str:
        """The FTS5 expression finding this word on either side."""
        # Prefixes are expanded to index terms here: FTS5 would merge every doclist of a
        # prefix in memory, which at a million sentences costs more than a gigabyte.
        kk = " OR ".join(f'"{word}"' for word in self.kk_words) or f'"{self.key}"'
        en = " OR ".join(f'"{word}"' for word in self.en_words) or f'"{self.key}"'
        options = [f"kk : ({kk})", f"en : ({en})"]
        if fuzzy:
            options += [f'"{alt}"' for alt in self.fuzzy]
        return "(" + " OR ".join(options) + ")"

    def quality(self, word: str, side: Side) -> float:
        """How well a folded word matches this term: 1 exact, lower for looser, 0 none."""
        if word == self.key:
            return 1.0
        if side == "kk" and word.startswith(self.stem):
            if self.forms.intersection(inflection_stems(word)):
                return 0.9
            if self.stems.intersection(kazakh_stems(word)):
                return 0.6
            return 0.55 if word.startswith(self.key) else 0.5
        if side == "en" and word.startswith(self.en_stem):
            return 0.9 if english_stem(word) == self.en_stem else 0.55
        if word in self.fuzzy:
            # One letter off beats three letters off: 0.2 at the cut-off, 0.45 for a twin.
            score = self.fuzzy_scores[self.fuzzy.index(word)]
            return 0.2 + 0.25 * (score - FUZZY_CUTOFF) / (100.0 - FUZZY_CUTOFF)
        return 0.0


def shortest_stem(key: str) -> str:
    """The shortest stem candidate of at least MIN_STEM letters: the Kazakh-side prefix."""
    candidates = [s for s in kazakh_stems(key) if len(s) >= MIN_STEM] or [key]
    return min(candidates, key=len)


def word_term(key: str) -> Term:
    """The term of one folded query word, without index look-ups (no typos, no completions)."""
    return Term(
        key,
        shortest_stem(key),
        frozenset(kazakh_stems(key)),
        frozenset(inflection_stems(key)),
        english_stem(key) or key,
    )
