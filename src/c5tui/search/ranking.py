"""How well a sentence side matches a query's terms: word quality, then adjacency."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from c5tui.model import Side
from c5tui.search.terms import Term

# Share of a hit's in-tier score given to the query's words standing side by side.
ADJACENT_WEIGHT = 0.2


class Scorer:
    """Scores sides for one search; each distinct word is weighed against the terms once."""

    def __init__(self, terms: Sequence[Term]) -> None:
        self.terms = tuple(terms)
        # The rows of one search share most of their words: remember each word's scores.
        self._seen: dict[Side, dict[str, tuple[float, ...]]] = {"kk": {}, "en": {}}

    def _weigh(self, word: str, side: Side) -> tuple[float, ...]:
        found = tuple(term.quality(word, side) for term in self.terms)
        self._seen[side][word] = found
        return found

    def matches(self, word: str, side: Side) -> bool:
        """True if the word matches any term (it is highlighted)."""
        return any(self._seen[side].get(word) or self._weigh(word, side))

    def side_quality(self, words: Sequence[str], side: Side) -> float:
        """0-1: how well the words match, and whether consecutive terms stand together."""
        seen = self._seen[side].get
        # A row is never empty, so ``or`` only weighs words not seen yet.
        rows = [seen(word) or self._weigh(word, side) for word in words]
        columns = list(zip(*rows, strict=True))
        best = sum(max(column) for column in columns)
        if not best:
            return 0.0
        together = 1.0
        if len(columns) > 1:
            # Consecutive query words found as consecutive words: «көлік дәліздері» beats
            # «Көлік пен … Орта дәліз» where both words stand apart.
            places = [{i for i, score in enumerate(column) if score} for column in columns]
            pairs = list(pairwise(places))
            together = sum(1 for a, b in pairs if any(i + 1 in b for i in a)) / len(pairs)
        return (1 - ADJACENT_WEIGHT) * best / len(self.terms) + ADJACENT_WEIGHT * together
