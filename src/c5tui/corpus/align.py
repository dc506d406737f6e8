"""A sentence aligner for a Kazakh article and an English text that may be a rewrite.

The in-order pass is :mod:`c5tui.corpus.align_dp` (Gale–Church lengths plus anchors and
shared concepts). Moved paragraphs come out of it as omissions on both sides, or as links
by lengths alone that anchors contradict, which are undone; a second pass aligns the
leftover runs (and their paragraphs one by one) with each other where anchors agree or a
paragraph pairs one sentence for sentence, so a reordered paragraph finds its place while
a dropped one stays untranslated. The in-order pass is also run cut at the surest anchor
pairs, and whichever result agrees with more anchors is kept. A rewrite's links must share
content, and out of order need more of it (:mod:`c5tui.corpus.align_rewrite`). Last, a
link's confidence is lowered as far as neither its neighbouring links nor what its two sides
share support it. Published aligners
(galechurch, NLTK's) are monotonic and fall to about 0% on moved paragraphs, and hunalign
is not packaged: hence this one.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from c5tui.corpus.align_dp import Link, Scorer, monotonic
from c5tui.corpus.align_rewrite import in_order
from c5tui.corpus.lexicon import Lexicon

# A pair pins the first pass if its anchors weigh this much, and twice any other's.
PIN_BONUS = 1.5
PIN_MARGIN = 0.5
# How far a link is trusted for being in a chain of 1, 2, 3 or more links.
CHAIN_TRUST = (0.4, 0.7, 1.0)
# How far what two sides share is trusted: 1 - exp(-evidence / this). One name (1.5) gives
# about half; two names and a number (5.0), 0.9.
EVIDENCE_TRUST = 2.2
# A leftover pairing is taken only if it saves this much over leaving both sides alone,
# and only where anchors or a paragraph's shape say so: lengths alone pair a moved
# paragraph with a dropped one.
LEFTOVER_GAIN = 4.0


def _pins(bonus: dict[tuple[int, int], float]) -> list[tuple[int, int]]:
    """Pairs whose anchors leave no doubt, as many as keep one order on both sides.

    An alignment cut at these pairs cannot drift away from the names and numbers.
    """
    return _increasing(sorted(_sure(bonus), key=lambda pair: pair[1]))


def _sure(bonus: dict[tuple[int, int], float]) -> list[tuple[int, int]]:
    """Per English sentence, its Kazakh sentence where anchors leave no doubt: they weigh
    enough, and twice what they weigh with any other Kazakh sentence."""
    # Per English sentence: its best Kazakh sentence, that pair's weight, the runner-up's.
    best: dict[int, tuple[float, int, float]] = {}
    for (i, j), value in bonus.items():
        top, at, second = best.get(j, (0.0, -1, 0.0))
        best[j] = (value, i, top) if value > top else (top, at, max(second, value))
    return [
        (at, j)
        for j, (top, at, second) in sorted(best.items())
        if top >= PIN_BONUS and second <= top * PIN_MARGIN
    ]


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
    *,
    lexicon: Lexicon | None = None,
    rewrite: bool = False,
) -> list[Link]:
    """Links between Kazakh and English sentences, in Kazakh order.

    ``kk_breaks`` and ``en_breaks`` are the indices that start a paragraph on each side
    (``en_breaks`` None: the English layout shows no paragraphs, as with one sentence per
    line). Sentences in no link have no counterpart: the caller leaves them untranslated.
    ``lexicon``: the codebook and glossary whose terms are evidence (default: bundled).
    With ``rewrite`` (see :func:`c5tui.corpus.align_rewrite.looks_rewritten`), only
    sentences that share content are linked: a rewrite's lengths and order say little.
    """
    scorer = Scorer(kazakh, english, kk_breaks, en_breaks, lexicon, rewrite=rewrite)
    n, m = len(kazakh), len(english)
    tried: dict[tuple[int, int, int, int], tuple[float, list[Link]]] = {}
    found = [_leftovers(scorer, monotonic(scorer, range(n), range(m)), n, m, tried)]
    pins = _pins(scorer.bonus)
    if pins:
        # The same cut at the surest anchors: a paraphrased rewrite, whose lengths tell
        # little, cannot drift away from its names and numbers then. Whichever of the two
        # agrees with more anchors is taken (moved paragraphs can mislead the cut).
        corners = [(0, 0), *pins, (n, m)]
        cut = [
            link
            for index, ((i0, j0), (i1, j1)) in enumerate(pairwise(corners))
            for link in monotonic(scorer, range(i0, i1), range(j0, j1), pinned=index > 0)
        ]
        found.append(_leftovers(scorer, cut, n, m, tried))
    best = max(found, key=lambda links: sum(_anchors(scorer, link) for link in links))
    best.sort(key=lambda link: link.kk)
    if rewrite:
        best = in_order([link for link in best if _supported(scorer, link)])
    return _in_context(best)


def _leftovers(
    scorer: Scorer,
    links: list[Link],
    n: int,
    m: int,
    tried: dict[tuple[int, int, int, int], tuple[float, list[Link]]],
) -> list[Link]:
    """The links with the sentences they leave out aligned run against run, best first,
    while a pairing saves enough. ``tried`` keeps each run pair's alignment for reuse."""
    links = _unseat(scorer, links)
    scorer.remember = True
    while True:
        used_kk = {i for link in links for i in link.kk}
        used_en = {j for link in links for j in link.en}
        kk_runs = _pieces(_runs([i for i in range(n) if i not in used_kk]), scorer.kk_starts)
        en_runs = _pieces(_runs([j for j in range(m) if j not in used_en]), scorer.en_starts)
        best: tuple[float, list[Link]] | None = None
        for en_run in en_runs:
            for kk_run in _partner_runs(scorer, en_run, kk_runs):
                key = (kk_run[0], len(kk_run), en_run[0], len(en_run))
                if key not in tried:
                    found = monotonic(scorer, kk_run, en_run)
                    tried[key] = (sum(link.saving for link in found), found)
                gain, found = tried[key]
                if gain < LEFTOVER_GAIN or (best is not None and gain <= best[0]):
                    continue
                if any(_anchors(scorer, link) for link in found) or _same_paragraphs(scorer, found):
                    best = (gain, found)
        if best is None:
            moved = _moved_paragraph(scorer, links, en_runs)
            if moved is None:
                return links
            links = moved
            continue
        links.extend(best[1])


def _partner_runs(
    scorer: Scorer, en_run: Sequence[int], kk_runs: list[list[int]]
) -> list[list[int]]:
    """The Kazakh runs an English run may pair with: in a rewrite, only those holding a
    sentence that one of its sentences may be linked to (the others would give nothing)."""
    if not scorer.rewrite:
        return kk_runs
    partners = {i for j in en_run for i in scorer.partners[j]}
    return [run for run in kk_runs if not partners.isdisjoint(run)]


def _moved_paragraph(
    scorer: Scorer, links: list[Link], en_runs: Sequence[Sequence[int]]
) -> list[Link] | None:
    """The links with one Kazakh paragraph given a left-out English paragraph of its shape
    instead of the unanchored links it has, where that saves more; None if none does.

    A moved paragraph without names or numbers is first read by lengths alone into the
    paragraphs around its old place; its own English, left out, fits it sentence for
    sentence, and the English it held goes back to the leftover pass."""
    if scorer.en_starts is None:
        return None
    kk_paragraphs = _runs_by_starts(scorer.kk_starts)
    holder = {i: link for link in links for i in link.kk}
    for en_run in en_runs:
        if not _whole(scorer.en_starts, en_run):
            continue
        for paragraph in kk_paragraphs:
            if len(paragraph) != len(en_run):
                continue
            held = list(dict.fromkeys(holder[i] for i in paragraph if i in holder))
            if any(_anchors(scorer, link) for link in held) or _same_paragraphs(scorer, held):
                continue
            found = monotonic(scorer, paragraph, en_run)
            saving = sum(link.saving for link in found)
            enough = saving >= LEFTOVER_GAIN and saving > sum(link.saving for link in held)
            if enough and _same_paragraphs(scorer, found):
                return [link for link in links if link not in held] + found
    return None


def _runs_by_starts(starts: Sequence[bool]) -> list[list[int]]:
    """The paragraphs (index runs) that paragraph-start flags mark."""
    bounds = [index for index, flag in enumerate(starts) if flag]
    return [list(range(a, b)) for a, b in pairwise(bounds)]


def _pieces(runs: list[list[int]], starts: Sequence[bool] | None) -> list[list[int]]:
    """The runs, and where a run spans paragraphs, each of its paragraphs alone: a moved
    paragraph's sentences are left out beside its neighbours' and pair by themselves."""
    if starts is None:
        return runs
    pieces = list(runs)
    for run in runs:
        cuts = [at for at, index in enumerate(run) if at and starts[index]]
        if cuts:
            bounds = [0, *cuts, len(run)]
            pieces.extend(run[a:b] for a, b in pairwise(bounds))
    return pieces


def _unseat(scorer: Scorer, links: list[Link]) -> list[Link]:
    """The links less those whose English a Kazakh sentence left out names surely, and less
    the unanchored links around those up to the nearest chain that holds an anchor. Such a
    link is a moved paragraph's English taken by lengths alone, and its neighbours were
    misread with it; the leftover pass then gives that English to the sentence its anchors
    name and realigns the neighbours where anchors or paragraph shapes agree."""
    links = sorted(links, key=lambda link: link.kk)
    used_kk = {i for link in links for i in link.kk}
    # English sentences whose sure Kazakh counterpart was left out, with that pair's weight.
    claimed = {j: scorer.bonus[(i, j)] for i, j in _sure(scorer.bonus) if i not in used_kk}
    bad = [
        index
        for index, link in enumerate(links)
        if any(claimed.get(j, 0.0) * PIN_MARGIN > link.bonus for j in link.en)
    ]
    if not bad:
        return links
    held = _anchored_chains(scorer, links)
    dropped = set(bad)
    for index in bad:
        for step in (-1, 1):
            at = index + step
            while 0 <= at < len(links) and not held[at]:
                dropped.add(at)
                at += step
    return [link for index, link in enumerate(links) if index not in dropped]


def _anchored_chains(scorer: Scorer, links: Sequence[Link]) -> list[bool]:
    """Per link (in Kazakh order), whether its unbroken chain holds an anchored link."""
    held = [False] * len(links)
    start = 0
    for index in range(1, len(links) + 1):
        if index == len(links) or not _follows(links[index - 1], links[index]):
            anchored = any(_anchors(scorer, link) for link in links[start:index])
            held[start:index] = [anchored] * (index - start)
            start = index
    return held


def _supported(scorer: Scorer, link: Link) -> bool:
    return scorer.supported(link.kk[0], len(link.kk), link.en[0], len(link.en))


def _anchors(scorer: Scorer, link: Link) -> float:
    """The weight of what anchors a link: its names and numbers; in a rewrite, whose
    sentences are paraphrased, every shared term counts."""
    return link.evidence if scorer.rewrite else link.bonus


def _follows(first: Link, second: Link) -> bool:
    """Whether ``second`` directly follows ``first`` on both sides."""
    return second.kk[0] == first.kk[-1] + 1 and second.en[0] == first.en[-1] + 1


def _same_paragraphs(scorer: Scorer, found: Sequence[Link]) -> bool:
    """Whether links pair whole paragraphs on both sides, sentence for sentence: a moved
    paragraph without names or numbers shows itself by its shape."""
    starts_en = scorer.en_starts
    if starts_en is None or not found:
        return False
    if any(len(link.kk) != 1 or len(link.en) != 1 for link in found):
        return False
    kk = [link.kk[0] for link in found]
    en = [link.en[0] for link in found]
    return _whole(scorer.kk_starts, kk) and _whole(starts_en, en)


def _whole(starts: Sequence[bool], indices: Sequence[int]) -> bool:
    """Whether consecutive indices make up whole paragraphs."""
    if any(b != a + 1 for a, b in pairwise(indices)):
        return False
    return starts[indices[0]] and starts[indices[-1] + 1]


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
    """Links with their confidence lowered where neither neighbours nor shared content
    agree. Lengths alone say little of one pair: a link alone between omissions is what a
    rewrite's added and dropped sentences produce by chance, and a one-sentence file pairs
    by length whatever it says. So a link is trusted as far as its chain of links that
    follow each other, or as far as what its two sides share, whichever is more."""
    result: list[Link] = []
    for link, size in zip(links, _chains(links), strict=True):
        chain = CHAIN_TRUST[min(size, len(CHAIN_TRUST)) - 1]
        factor = max(chain, 1.0 - math.exp(-link.evidence / EVIDENCE_TRUST))
        result.append(replace(link, confidence=link.confidence * factor))
    return result
