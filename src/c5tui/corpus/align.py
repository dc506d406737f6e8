"""A sentence aligner for a Kazakh article and an English text that may be a rewrite.

Gale–Church length costs plus anchors (:mod:`c5tui.corpus.anchors`), with 1–1, 1–2, 2–1
links and cheap 1–0 / 0–1 omissions, found by dynamic programming in a band around the
diagonal. Moved paragraphs come out of that first pass as omissions on both sides; a second
pass aligns those leftover runs with each other where anchors agree, so a reordered
paragraph finds its place while a dropped one stays untranslated. The first pass is also
run cut at the surest anchor pairs, and the result that agrees with more anchors is kept. Published
aligners (galechurch, NLTK's) are monotonic and fall to about 0% on moved paragraphs, and
hunalign is not packaged: hence this one.

Every link gets a confidence: how much more likely it is than leaving its sentences
unaligned (a logistic of the cost saved).
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import accumulate, pairwise

from c5tui.corpus.anchors import anchor_bonus

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
# A link that starts (or ends) a paragraph on one side only: paragraphs usually survive translation.
BOUNDARY = 1.0
# A pair pins the first pass if its anchors weigh this much, and twice any other's.
PIN_BONUS = 1.5
PIN_MARGIN = 0.5
# How far a link without anchors is trusted in a chain of 1, 2, 3 or more links.
CHAIN_TRUST = (0.4, 0.7, 1.0)
# A leftover pairing is taken only if it saves this much over leaving both sides alone,
# and only where anchors say so: lengths alone pair a moved paragraph with a dropped one.
LEFTOVER_GAIN = 4.0


@dataclass(frozen=True, slots=True)
class Link:
    """Kazakh sentences (indices) rendered by English sentences (indices), with confidence."""

    kk: tuple[int, ...]
    en: tuple[int, ...]
    confidence: float
    bonus: float  # the weight of the anchors the two sides share
    # Cost saved over leaving these sentences unaligned; confidence is its logistic.
    saving: float


class _Scorer:
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
        delta = abs(le - lk) / math.sqrt(VARIANCE * (lk + le) / 2 + 1.0)
        tail = math.erfc(delta / _ROOT2)
        cost = SHAPES[(di, dj)] + (-math.log(tail) if tail > _TINY else _FLOOR)
        get = self.bonus.get
        bonus = get((i, j), 0.0)
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


_ROOT2 = math.sqrt(2)
_TINY = 1e-12
_FLOOR = -math.log(_TINY)


def _flags(starts: frozenset[int], count: int) -> list[bool]:
    """Per index (and one past the end, which counts as a start), whether it starts a
    paragraph."""
    return [i in starts or i == count for i in range(count + 1)]


def _monotonic(
    scorer: _Scorer, kk: Sequence[int], en: Sequence[int], *, pinned: bool = False
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
            links.append(_link(scorer, k0 + a - di, e0 + b - dj, di, dj))
        a, b = a - di, b - dj
    links.reverse()
    return links


def _pins(bonus: dict[tuple[int, int], float]) -> list[tuple[int, int]]:
    """Pairs whose anchors leave no doubt, as many as keep one order on both sides.

    An alignment cut at these pairs cannot drift away from the names and numbers.
    """
    by_english: dict[int, list[tuple[float, int]]] = {}
    for (i, j), value in bonus.items():
        by_english.setdefault(j, []).append((value, i))
    candidates: list[tuple[int, int]] = []
    for j in sorted(by_english):
        ranked = sorted(by_english[j], reverse=True)
        best, i = ranked[0]
        second = ranked[1][0] if len(ranked) > 1 else 0.0
        if best >= PIN_BONUS and second <= best * PIN_MARGIN:
            candidates.append((i, j))
    return _increasing(candidates)


def _increasing(pairs: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest run of pairs (in English order) whose Kazakh indices strictly increase."""
    tails: list[int] = []  # per length, the index into pairs of the smallest ending i
    before: list[int] = [-1] * len(pairs)
    for index, (i, _) in enumerate(pairs):
        place = bisect_left([pairs[t][0] for t in tails], i)
        if place:
            before[index] = tails[place - 1]
        if place == len(tails):
            tails.append(index)
        else:
            tails[place] = index
    chain: list[tuple[int, int]] = []
    index = tails[-1] if tails else -1
    while index >= 0:
        chain.append(pairs[index])
        index = before[index]
    return chain[::-1]


def _link(scorer: _Scorer, i: int, j: int, di: int = 1, dj: int = 1) -> Link:
    """The link of kk[i:i+di] with en[j:j+dj], with its confidence."""
    cost, bonus = scorer.cost(i, di, j, dj)
    saving = SKIP * (di + dj) - cost
    confidence = 1.0 / (1.0 + math.exp(-saving))
    return Link(tuple(range(i, i + di)), tuple(range(j, j + dj)), confidence, bonus, saving)


def _runs(indices: Sequence[int]) -> list[list[int]]:
    """Maximal runs of consecutive indices."""
    runs: list[list[int]] = []
    for index in indices:
        if runs and runs[-1][-1] == index - 1:
            runs[-1].append(index)
        else:
            runs.append([index])
    return runs


def align(
    kazakh: Sequence[str],
    english: Sequence[str],
    kk_breaks: frozenset[int] = frozenset(),
    en_breaks: frozenset[int] | None = None,
) -> list[Link]:
    """Links between Kazakh and English sentences, in Kazakh order.

    ``kk_breaks`` and ``en_breaks`` are the indices that start a paragraph on each side
    (``en_breaks`` None: the English layout shows no paragraphs, as with one sentence per
    line). Sentences in no link have no counterpart: the caller leaves them untranslated.
    """
    scorer = _Scorer(kazakh, english, kk_breaks, en_breaks)
    n, m = len(kazakh), len(english)
    tried: dict[tuple[int, int, int, int], tuple[float, list[Link]]] = {}
    found = [_leftovers(scorer, _monotonic(scorer, range(n), range(m)), n, m, tried)]
    pins = _pins(scorer.bonus)
    if pins:
        # The same cut at the surest anchors: a paraphrased rewrite, whose lengths tell
        # little, cannot drift away from its names and numbers then. Whichever of the two
        # agrees with more anchors is taken (moved paragraphs can mislead the cut).
        corners = [(0, 0), *pins, (n, m)]
        cut = [
            link
            for index, ((i0, j0), (i1, j1)) in enumerate(pairwise(corners))
            for link in _monotonic(scorer, range(i0, i1), range(j0, j1), pinned=index > 0)
        ]
        found.append(_leftovers(scorer, cut, n, m, tried))
    best = max(found, key=lambda links: sum(link.bonus for link in links))
    return _in_context(sorted(best, key=lambda link: link.kk))


def _leftovers(
    scorer: _Scorer,
    links: list[Link],
    n: int,
    m: int,
    tried: dict[tuple[int, int, int, int], tuple[float, list[Link]]],
) -> list[Link]:
    """The links with the sentences they leave out aligned run against run, best first,
    while a pairing saves enough. ``tried`` keeps each run pair's alignment for reuse."""
    links = list(links)
    scorer.remember = True
    while True:
        used_kk = {i for link in links for i in link.kk}
        used_en = {j for link in links for j in link.en}
        kk_runs = _runs([i for i in range(n) if i not in used_kk])
        en_runs = _runs([j for j in range(m) if j not in used_en])
        best: tuple[float, list[Link]] | None = None
        for en_run in en_runs:
            for kk_run in kk_runs:
                key = (kk_run[0], len(kk_run), en_run[0], len(en_run))
                if key not in tried:
                    found = _monotonic(scorer, kk_run, en_run)
                    tried[key] = (sum(link.saving for link in found), found)
                gain, found = tried[key]
                anchored = any(link.bonus > 0 for link in found)
                if gain >= LEFTOVER_GAIN and anchored and (best is None or gain > best[0]):
                    best = (gain, found)
        if best is None:
            return links
        links.extend(best[1])


def _chains(links: Sequence[Link]) -> list[int]:
    """Per link (in Kazakh order), how many links its unbroken chain has: links that follow
    each other directly on both sides."""
    sizes = [1] * len(links)
    start = 0
    for index in range(1, len(links) + 1):
        joined = index < len(links) and (
            links[index].kk[0] == links[index - 1].kk[-1] + 1
            and links[index].en[0] == links[index - 1].en[-1] + 1
        )
        if not joined:
            sizes[start:index] = [index - start] * (index - start)
            start = index
    return sizes


def _in_context(links: list[Link]) -> list[Link]:
    """Links with their confidence lowered where nothing around them agrees: a link with
    no anchor alone between omissions is what a rewrite's added and dropped sentences
    produce by chance, so it is kept for review rather than trusted."""
    result: list[Link] = []
    for link, size in zip(links, _chains(links), strict=True):
        factor = 1.0 if link.bonus > 0 else CHAIN_TRUST[min(size, len(CHAIN_TRUST)) - 1]
        result.append(replace(link, confidence=link.confidence * factor))
    return result
