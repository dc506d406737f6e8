"""Concepts both sides name, by the bundled codebook: the aligner's evidence beyond names.

The codebook's tags carry their Kazakh and English aliases (АҚШ/USA, Ақ үй/White House,
сирек металл/rare metal), so the auto-tagger finding the same tag in a Kazakh and an
English sentence is a light bilingual lexicon at work. Unlike a name or a number this is
soft evidence: a concept found in many sentences tells little, so each shared one weighs
less the more Kazakh sentences hold it, and it lowers a link's cost without making it an
anchored link.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from functools import cache

from c5tui import resources
from c5tui.tagging.autotag import AutoTagger
from c5tui.tagging.codebook import load_codebook

CONCEPT_WEIGHT = 1.0


@cache
def _tagger() -> AutoTagger:
    return AutoTagger(load_codebook(resources.bundled_codebook()))


class Concepts:
    """The concepts of each sentence on both sides (as bit sets, for the aligner's inner
    loop), and what sharing them is worth."""

    def __init__(self, kazakh: Sequence[str], english: Sequence[str]) -> None:
        tagger = _tagger()
        kk_tags = [{found.tag for found in tagger.tag(text)} for text in kazakh]
        en_tags = [{found.tag for found in tagger.tag("", text)} for text in english]
        holders = Counter(tag for tags in kk_tags for tag in tags)
        bits = {tag: 1 << n for n, tag in enumerate(holders)}
        self._weight = {bits[tag]: CONCEPT_WEIGHT / math.sqrt(c) for tag, c in holders.items()}
        self.kazakh = [sum(bits[tag] for tag in tags) for tags in kk_tags]
        self.english = [sum(bits.get(tag, 0) for tag in tags) for tags in en_tags]
        self._worth: dict[int, float] = {0: 0.0}

    def worth(self, common: int) -> float:
        """What a bit set of shared concepts is worth (few distinct sets occur: remembered)."""
        found = self._worth.get(common)
        if found is None:
            bits = (1 << n for n in range(common.bit_length()) if common >> n & 1)
            found = self._worth[common] = sum(self._weight[bit] for bit in bits)
        return found
