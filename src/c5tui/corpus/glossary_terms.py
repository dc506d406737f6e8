"""Glossary terms both sides use: the aligner's evidence beyond names and numbers.

A Kazakh sentence that says «уран» and an English one that says "uranium" likely render
each other. Each sentence is read for the glossary entries its words stand for, the
longest term first where terms overlap (``rare metals`` over ``metals``); a Kazakh word
counts only if it is the lemma letter for letter with Kazakh endings, as search's
glossary expansion requires, so «ұран» (slogan) is never ``uranium``. A shared entry is
weaker evidence than a shared name, and weaker still the more Kazakh sentences hold it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from functools import cache

from c5tui.corpus.shared import SharedTerms
from c5tui.search.glossary import English, Glossary, Lemma, load_glossary
from c5tui.text import english_stem, tokenize
from c5tui.text.letters import spellings
from c5tui.text.tokens import Token

# A name weighs 1.5 (anchors.NAME_WEIGHT): a glossary term is a common word, and rewrites
# keep a term's sense more often than its word.
GLOSSARY_WEIGHT = 0.6
# Kazakh key prefixes shorter than this are not looked up (no lemma key is shorter).
_MIN_PREFIX = 2


class GlossaryTerms:
    """The glossary indexed by the first word of each rendering, both ways."""

    def __init__(self, glossary: Glossary) -> None:
        self._kazakh: dict[str, list[tuple[Lemma, int]]] = defaultdict(list)
        self._english: dict[str, list[tuple[English, int]]] = defaultdict(list)
        for number, entry in enumerate(glossary.entries):
            for lemma in entry.kazakh:
                for prefix in lemma.prefixes()[0]:
                    self._kazakh[prefix].append((lemma, number))
            for english in entry.english:
                for first in {english.keys[0], english.stems[0]}:
                    self._english[first].append((english, number))
        self._seen: dict[tuple[int, int, str], bool] = {}
        self._candidates: dict[str, list[tuple[Lemma, int]]] = {}

    def kazakh(self, text: str) -> frozenset[int]:
        """The glossary entries a Kazakh sentence's words render (entry numbers)."""
        tokens = tokenize(text)
        found: list[tuple[int, int, int]] = []  # (start, end, entry)
        for start, token in enumerate(tokens):
            for lemma, number in self._kazakh_candidates(token.key):
                size = len(lemma.words)
                span = tokens[start : start + size]
                if len(span) == size and all(
                    self._lemma_word(lemma, at, word) for at, word in enumerate(span)
                ):
                    found.append((start, start + size, number))
        return _longest(found)

    def _kazakh_candidates(self, key: str) -> list[tuple[Lemma, int]]:
        """Renderings whose first word a word of this key may be: a lemma's key prefix."""
        known = self._candidates.get(key)
        if known is None:
            known = self._candidates[key] = [
                found
                for end in range(_MIN_PREFIX, len(key) + 1)
                for found in self._kazakh.get(key[:end], ())
            ]
        return known

    def english(self, text: str) -> frozenset[int]:
        """The glossary entries an English sentence's words render (entry numbers)."""
        tokens = tokenize(text)
        found: list[tuple[int, int, int]] = []
        for start, token in enumerate(tokens):
            candidates = {*self._english.get(token.key, ()), *self._english.get(_stem(token), ())}
            for english, number in candidates:
                size = len(english.keys)
                span = tokens[start : start + size]
                if len(span) == size and all(
                    english.matches_key(at, word.key) for at, word in enumerate(span)
                ):
                    found.append((start, start + size, number))
        return _longest(found)

    def _lemma_word(self, lemma: Lemma, position: int, token: Token) -> bool:
        # Sentences repeat words: each (lemma, position, word) is checked once.
        memo = (id(lemma), position, token.text)
        known = self._seen.get(memo)
        if known is None:
            known = any(lemma.matches_word(position, w) for w in spellings(token.text))
            self._seen[memo] = known
        return known


def _stem(token: Token) -> str:
    return english_stem(token.key)


def _longest(found: list[tuple[int, int, int]]) -> frozenset[int]:
    """The entries of the matches no longer match covers: ``rare metals``, not ``metals``."""
    kept: set[int] = set()
    for start, end, number in found:
        if not any(s <= start and end <= e and e - s > end - start for s, e, _ in found):
            kept.add(number)
    return frozenset(kept)


@cache
def bundled_terms() -> GlossaryTerms:
    """The bundled glossary, indexed once per process."""
    return GlossaryTerms(load_glossary())


def glossary_shared(
    kazakh: Sequence[str], english: Sequence[str], terms: GlossaryTerms | None = None
) -> SharedTerms:
    """The glossary entries of each sentence on both sides, and what sharing them is worth."""
    terms = terms or bundled_terms()
    return SharedTerms(
        [terms.kazakh(text) for text in kazakh],
        [terms.english(text) for text in english],
        GLOSSARY_WEIGHT,
    )
