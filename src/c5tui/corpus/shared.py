"""Terms each sentence holds on both sides, as bit sets: what two sentences share, fast.

The aligner asks what a Kazakh and an English sentence have in common for about a hundred
thousand pairs per 1,000 lines, so each sentence's terms (codebook concepts, glossary
entries) are one integer and a pair's common terms one ``&``. A term found in many Kazakh
sentences tells little: each weighs less the more Kazakh sentences hold it.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Collection, Hashable, Sequence


class SharedTerms:
    """Per sentence on each side, its terms as a bit set; and what a shared set is worth."""

    def __init__(
        self,
        kazakh: Sequence[Collection[Hashable]],
        english: Sequence[Collection[Hashable]],
        weight: float,
    ) -> None:
        holders = Counter(term for terms in kazakh for term in set(terms))
        bits = {term: 1 << n for n, term in enumerate(holders)}
        self._weight = {bits[term]: weight / math.sqrt(c) for term, c in holders.items()}
        self.kazakh = [sum(bits[term] for term in set(terms)) for terms in kazakh]
        # English terms no Kazakh sentence holds can match nothing: they get no bit.
        self.english = [sum(bits.get(term, 0) for term in set(terms)) for terms in english]
        self._worth: dict[int, float] = {0: 0.0}

    def worth(self, common: int) -> float:
        """What a bit set of shared terms is worth (few distinct sets occur: remembered)."""
        found = self._worth.get(common)
        if found is None:
            bits = (1 << n for n in range(common.bit_length()) if common >> n & 1)
            found = self._worth[common] = sum(self._weight[bit] for bit in bits)
        return found
