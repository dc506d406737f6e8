"""Rewrites: telling one from a translation, and what order says about a rewrite's links.

Kazinform's English desk rewrites a story rather than translating it: it drops questions and
whole paragraphs, adds context and figures, merges and moves sentences. Such a text has far
fewer (or more) sentences than the Kazakh, which is what gives it away. Its links must rest
on shared content; and a link against the order of the others, alone, is more likely an
added sentence that happens to name what a far Kazakh sentence names (a president, a
mineral) than a sentence moved on its own, so it needs more evidence than an in-order one.
"""

from __future__ import annotations

from collections.abc import Sequence

from c5tui.corpus.align_dp import Link

# English sentences per Kazakh sentence outside which the English is taken for a rewrite:
# a translation keeps about one for one (merges and splits, a dropped paragraph or some
# page clutter aside).
REWRITE_BELOW = 0.8
REWRITE_ABOVE = 1.25
# What a link out of order and alone must share to be kept: about two names and a term.
MOVED_ALONE = 3.0


def looks_rewritten(kazakh: int, english: int) -> bool:
    """Whether an English text of ``english`` sentences rewrites rather than translates a
    Kazakh one of ``kazakh`` sentences."""
    if not kazakh or not english:
        return False
    return not REWRITE_BELOW <= english / kazakh <= REWRITE_ABOVE


def in_order(links: Sequence[Link]) -> list[Link]:
    """The links (in Kazakh order) less those out of the order of the others, alone, and
    without much evidence. A moved paragraph keeps its links: they follow each other."""
    kept = _heaviest_chain(links)
    result = []
    for index, link in enumerate(links):
        neighbours = [*links[max(index - 1, 0) : index], *links[index + 1 : index + 2]]
        follows = any(_adjacent(link, other) for other in neighbours)
        if index in kept or follows or link.evidence >= MOVED_ALONE:
            result.append(link)
    return result


def _adjacent(first: Link, second: Link) -> bool:
    """Whether two links follow each other directly on both sides (in either order)."""
    a, b = (first, second) if first.kk < second.kk else (second, first)
    return b.kk[0] == a.kk[-1] + 1 and b.en[0] == a.en[-1] + 1


def _heaviest_chain(links: Sequence[Link]) -> set[int]:
    """The indices of the links that keep one order on both sides with the most evidence."""
    best: list[float] = []
    before: list[int] = []
    for index, link in enumerate(links):
        top, at = 0.0, -1
        for earlier in range(index):
            if links[earlier].en[-1] < link.en[0] and best[earlier] > top:
                top, at = best[earlier], earlier
        best.append(top + link.evidence)
        before.append(at)
    chain: set[int] = set()
    index = max(range(len(links)), key=best.__getitem__, default=-1)
    while index >= 0:
        chain.add(index)
        index = before[index]
    return chain
