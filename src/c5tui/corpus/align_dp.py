"""The dynamic programme under the aligner: Gale–Church length costs plus anchors.

Anchors are names and numbers (:mod:`c5tui.corpus.anchors`) and, weighing less, glossary
terms both sides use (:mod:`c5tui.corpus.glossary_terms`); codebook concepts both sides
name lower a link's cost too, without making it anchored.

Links of shape 1–1, 1–2 and 2–1 and cheap 1–0 / 0–1 omissions, searched in a band around
the diagonal. Paragraph boundaries weigh in on both sides: a link that merges sentences of
two paragraphs, or that starts or ends a paragraph on one side only, costs more. Each link
carries its confidence: the logistic of the cost it saves over leaving its sentences
unaligned.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate

from c5tui.corpus.anchors import anchor_bonus
from c5tui.corpus.concepts import Concepts
from c5tui.corpus.glossary_terms import glossary_shared
from c5tui.corpus.lexicon import Lexicon

# English characters per Kazakh character, and the variance of that ratio per character,
# measured on the bundled interview's translation (1.06, 1.4; variance widened for rewrites).
RATIO = 1.06
VARIANCE = 3.0
# Cost of leaving one sentence without a counterpart: low, because rewrites drop and add.
SKIP = 2.5
# Prior costs (-log p) of each link shape, Kazakh count first.
SHAPES = {(1, 1): 0.1, (2, 1): 1.6, (1, 2): 1.6}
# Merging two sentences of different paragraphs is rarely what a translator did.
ACROSS_PARAGRAPH = 3.0
# A link that starts (or ends) a paragraph on one side only: paragraphs survive translation.
BOUNDARY = 1.0
# In a rewrite, what a link costs whose sentences share nothing (or too little) but their
# length: more than leaving both out, so that lengths and position alone never link.
UNSUPPORTED = 10.0
MIN_SUPPORT = 0.3
# ... and less than this share of what either sentence shares with its best match on the
# other side: an added English sentence that names the country is not every sentence's.
SPECIFIC = 0.5
# Terms held by more Kazakh sentences than this are too common to propose a best match.
COMMON_TERM = 50


@dataclass(frozen=True, slots=True)
class Link:
    """Kazakh sentences (indices) rendered by English sentences (indices), with confidence."""

    kk: tuple[int, ...]
    en: tuple[int, ...]
    confidence: float
    bonus: float  # the weight of the anchors (names, numbers) the two sides share
    # Cost saved over leaving these sentences unaligned; confidence is its logistic.
    saving: float
    # The worth of the glossary terms and codebook concepts the two sides share.
    terms: float = 0.0

    @property
    def evidence(self) -> float:
        """What the two sides share beyond their lengths: anchors, terms and concepts."""
        return self.bonus + self.terms


class Scorer:
    """Costs of linking spans of the two texts, remembered for the leftover passes."""

    def __init__(
        self,
        kazakh: Sequence[str],
        english: Sequence[str],
        kk_breaks: frozenset[int],
        en_breaks: frozenset[int] | None,
        lexicon: Lexicon | None = None,
        *,
        rewrite: bool = False,
    ) -> None:
        lexicon = lexicon or Lexicon.bundled()
        self.rewrite = rewrite
        self.kk_sum = list(accumulate((len(s) * RATIO for s in kazakh), initial=0.0))
        self.en_sum = list(accumulate((float(len(s)) for s in english), initial=0.0))
        self.bonus = anchor_bonus(kazakh, english)
        self.concepts = Concepts(kazakh, english, lexicon.tagger)
        self.glossary = glossary_shared(kazakh, english, lexicon.glossary)
        # Paragraph starts, and the end of the text as the start of nothing.
        self.kk_starts = _flags(kk_breaks | {0}, len(kazakh))
        self.en_starts = None if en_breaks is None else _flags(en_breaks | {0}, len(english))
        # In a rewrite: per English sentence, the Kazakh sentences it may be linked to.
        self.partners: list[set[int]] = []
        self.best_kk, self.best_en = self._best_matches() if rewrite else ([], [])
        self.memo: dict[tuple[int, int, int, int], tuple[float, float, float]] = {}
        # The first pass visits each cell once: remembering pays only for the leftovers.
        self.remember = False

    def cost(self, i: int, di: int, j: int, dj: int) -> tuple[float, float, float]:
        """Cost, anchor bonus and shared concepts' worth of linking kk[i:i+di] with
        en[j:j+dj]."""
        found = self.memo.get((i, di, j, dj)) if self.remember else None
        if found is not None:
            return found
        lk = self.kk_sum[i + di] - self.kk_sum[i]
        le = self.en_sum[j + dj] - self.en_sum[j]
        delta = (le - lk if le > lk else lk - le) / math.sqrt(VARIANCE * (lk + le) / 2 + 1.0)
        step = int(delta * _STEPS)
        cost = SHAPES[(di, dj)] + (_TAIL[step] if step < _TABULATED else _FLOOR)
        get = self.bonus.get
        bonus = get((i, j), 0.0)
        # Concepts shared by the two sides, counted once however the link is shaped.
        concepts = self.concepts
        kk_has = concepts.kazakh[i] | (concepts.kazakh[i + 1] if di == 2 else 0)
        en_has = concepts.english[j] | (concepts.english[j + 1] if dj == 2 else 0)
        shared = concepts.worth(kk_has & en_has) if kk_has & en_has else 0.0
        # Glossary terms likewise.
        glossary = self.glossary
        kk_has = glossary.kazakh[i] | (glossary.kazakh[i + 1] if di == 2 else 0)
        en_has = glossary.english[j] | (glossary.english[j + 1] if dj == 2 else 0)
        if kk_has & en_has:
            shared += glossary.worth(kk_has & en_has)
        cost -= shared
        if di == 2:
            bonus += get((i + 1, j), 0.0)
            cost += ACROSS_PARAGRAPH * self.kk_starts[i + 1]
        if dj == 2:
            bonus += get((i, j + 1), 0.0)
        en_starts = self.en_starts
        if en_starts is not None:
            kk_starts = self.kk_starts
            if dj == 2:
                cost += ACROSS_PARAGRAPH * en_starts[j + 1]
            cost += BOUNDARY * (kk_starts[i] != en_starts[j])
            cost += BOUNDARY * (kk_starts[i + di] != en_starts[j + dj])
        if self.rewrite and not self.supported(i, di, j, dj):
            cost += UNSUPPORTED
        found = (cost - bonus, bonus, shared)
        if self.remember:
            self.memo[(i, di, j, dj)] = found
        return found

    def supported(self, i: int, di: int, j: int, dj: int = 1) -> bool:
        """Whether each sentence of the link shares content with the other side: a rewrite's
        added sentence is not glued to a neighbour's link by its length. The first
        sentences (headlines) face each other whatever they share."""
        if not (i or j):
            return True
        if dj == 2:
            return self.supports(i, j) and self.supports(i, j + 1)
        if di == 2:
            return self.supports(i, j) and self.supports(i + 1, j)
        return self.supports(i, j)

    def supports(self, i: int, j: int) -> bool:
        """Whether Kazakh sentence i and English sentence j share enough, and not much less
        than either shares with its best match (rewrites only)."""
        return i in self.partners[j]

    def _best_matches(self) -> tuple[list[float], list[float]]:
        """Per English sentence, the most it shares with any Kazakh sentence; and per Kazakh
        sentence, with any English one."""
        n, m = len(self.kk_sum) - 1, len(self.en_sum) - 1
        candidates: list[set[int]] = [set() for _ in range(m)]
        for i, j in self.bonus:
            candidates[j].add(i)
        for terms in (self.concepts, self.glossary):
            holders: dict[int, list[int]] = {}
            for i, bits in enumerate(terms.kazakh):
                for bit in _bits(bits):
                    holders.setdefault(bit, []).append(i)
            for j, bits in enumerate(terms.english):
                for bit in _bits(bits):
                    if len(holders.get(bit, ())) <= COMMON_TERM:
                        candidates[j].update(holders.get(bit, ()))
        best_kk, best_en = [0.0] * m, [0.0] * n
        found: list[dict[int, float]] = [{} for _ in range(m)]
        for j, held in enumerate(candidates):
            for i in held:
                value = found[j][i] = self.evidence(i, j)
                best_kk[j] = max(best_kk[j], value)
                best_en[i] = max(best_en[i], value)
        self.partners = [
            {
                i
                for i, value in values.items()
                if value >= MIN_SUPPORT
                and value >= SPECIFIC * best_en[i]
                and value >= SPECIFIC * best_kk[j]
            }
            for j, values in enumerate(found)
        ]
        return best_kk, best_en

    def evidence(self, i: int, j: int) -> float:
        """What Kazakh sentence i and English sentence j share: anchors, terms, concepts."""
        concepts, glossary = self.concepts, self.glossary
        return (
            self.bonus.get((i, j), 0.0)
            + concepts.worth(concepts.kazakh[i] & concepts.english[j])
            + glossary.worth(glossary.kazakh[i] & glossary.english[j])
        )


# -log P(|δ| ≥ x) for a standard normal δ, tabulated in steps of 1/_STEPS up to where it
# reaches _FLOOR: the aligner asks for it about a hundred thousand times per 1,000 lines.
_STEPS = 100
_FLOOR = -math.log(1e-12)
_TAIL: list[float] = []
while not _TAIL or _TAIL[-1] < _FLOOR:
    _TAIL.append(-math.log(math.erfc(len(_TAIL) / _STEPS / math.sqrt(2))))
_TABULATED = len(_TAIL)


def _bits(bits: int) -> list[int]:
    """The single-bit values of a bit set."""
    return [1 << n for n in range(bits.bit_length()) if bits >> n & 1]


def _flags(starts: frozenset[int], count: int) -> list[bool]:
    """Per index (and one past the end, which counts as a start), whether it starts a
    paragraph."""
    return [i in starts or i == count for i in range(count + 1)]


def monotonic(
    scorer: Scorer, kk: Sequence[int], en: Sequence[int], *, pinned: bool = False
) -> list[Link]:
    """The cheapest in-order alignment of the Kazakh and English sentences given (indices,
    each list ascending and contiguous), searched in a band around the diagonal. With
    ``pinned``, the first sentences of both are linked (in whichever shape fits best)."""
    n, m = len(kk), len(en)
    if not n or not m:
        return []
    width = 12 + abs(n - m) // 2 + max(n, m) // 200
    inf = math.inf
    total = [[inf] * (m + 1) for _ in range(n + 1)]
    move = [[0] * (m + 1) for _ in range(n + 1)]
    total[0][0] = 0.0
    cost = scorer.cost
    k0, e0 = kk[0], en[0]
    for a in range(n + 1):
        centre = a * m // n
        row, moves = total[a], move[a]
        above = total[a - 1] if a else None
        for b in range(max(0, centre - width), min(m, centre + width) + 1):
            best = row[b]
            step = moves[b]
            if b and row[b - 1] + SKIP < best and not (pinned and a == 0):
                best, step = row[b - 1] + SKIP, 1  # English sentence unmatched
            if above is not None:
                if above[b] + SKIP < best and not (pinned and a == 1 and b == 0):
                    best, step = above[b] + SKIP, 10  # Kazakh sentence unmatched
                if b and above[b - 1] < inf:
                    c = above[b - 1] + cost(k0 + a - 1, 1, e0 + b - 1, 1)[0]
                    if c < best:
                        best, step = c, 11
                if b > 1 and above[b - 2] < inf:
                    c = above[b - 2] + cost(k0 + a - 1, 1, e0 + b - 2, 2)[0]
                    if c < best:
                        best, step = c, 12
                if a > 1 and b and total[a - 2][b - 1] < inf:
                    c = total[a - 2][b - 1] + cost(k0 + a - 2, 2, e0 + b - 1, 1)[0]
                    if c < best:
                        best, step = c, 21
            row[b], moves[b] = best, step
    if total[n][m] == inf:
        return []
    links: list[Link] = []
    a, b = n, m
    while a or b:
        di, dj = divmod(move[a][b], 10)
        if di and dj:
            links.append(link_of(scorer, k0 + a - di, e0 + b - dj, di, dj))
        a, b = a - di, b - dj
    links.reverse()
    return links


def link_of(scorer: Scorer, i: int, j: int, di: int = 1, dj: int = 1) -> Link:
    """The link of kk[i:i+di] with en[j:j+dj], with its confidence."""
    cost, bonus, shared = scorer.cost(i, di, j, dj)
    saving = SKIP * (di + dj) - cost
    confidence = 1.0 / (1.0 + math.exp(-saving))
    kk, en = tuple(range(i, i + di)), tuple(range(j, j + dj))
    return Link(kk, en, confidence, bonus, saving, shared)
