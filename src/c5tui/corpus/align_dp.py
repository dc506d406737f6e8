"""The dynamic programme under the aligner: Gale–Church length costs plus anchors.

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


@dataclass(frozen=True, slots=True)
class Link:
    """Kazakh sentences (indices) rendered by English sentences (indices), with confidence."""

    kk: tuple[int, ...]
    en: tuple[int, ...]
    confidence: float
    bonus: float  # the weight of the anchors the two sides share
    # Cost saved over leaving these sentences unaligned; confidence is its logistic.
    saving: float


class Scorer:
    """Costs of linking spans of the two texts, remembered for the leftover passes."""

    def __init__(
        self,
        kazakh: Sequence[str],
        english: Sequence[str],
        kk_breaks: frozenset[int],
        en_breaks: frozenset[int] | None,
    ) -> None:
        self.kk_sum = list(accumulate((len(s) * RATIO for s in kazakh), initial=0.0))
        self.en_sum = list(accumulate((float(len(s)) for s in english), initial=0.0))
        self.bonus = anchor_bonus(kazakh, english)
        self.concepts = Concepts(kazakh, english)
        # Paragraph starts, and the end of the text as the start of nothing.
        self.kk_starts = _flags(kk_breaks | {0}, len(kazakh))
        self.en_starts = None if en_breaks is None else _flags(en_breaks | {0}, len(english))
        self.memo: dict[tuple[int, int, int, int], tuple[float, float]] = {}
        # The first pass visits each cell once: remembering pays only for the leftovers.
        self.remember = False

    def cost(self, i: int, di: int, j: int, dj: int) -> tuple[float, float]:
        """Cost and anchor bonus of linking kk[i:i+di] with en[j:j+dj]."""
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
        if kk_has & en_has:
            cost -= concepts.worth(kk_has & en_has)
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
        found = (cost - bonus, bonus)
        if self.remember:
            self.memo[(i, di, j, dj)] = found
        return found


# -log P(|δ| ≥ x) for a standard normal δ, tabulated in steps of 1/_STEPS up to where it
# reaches _FLOOR: the aligner asks for it about a hundred thousand times per 1,000 lines.
_STEPS = 100
_FLOOR = -math.log(1e-12)
_TAIL: list[float] = []
while not _TAIL or _TAIL[-1] < _FLOOR:
    _TAIL.append(-math.log(math.erfc(len(_TAIL) / _STEPS / math.sqrt(2))))
_TABULATED = len(_TAIL)


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
    cost, bonus = scorer.cost(i, di, j, dj)
    saving = SKIP * (di + dj) - cost
    confidence = 1.0 / (1.0 + math.exp(-saving))
    return Link(tuple(range(i, i + di)), tuple(range(j, j + dj)), confidence, bonus, saving)
