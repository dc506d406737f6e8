"""Sentence alignment: accuracy per perturbation of the bundled interview, and speed.

    .venv/bin/python benchmarks/align_bench.py [--copies 8]

Prints the share of Kazakh sentences that receive exactly their gold English for each
layout and perturbation of the bundled English (tests/corpus/perturb.py), then the time to
align a pair of about 1,000 sentences (the interview repeated ``--copies`` times, with
paragraphs dropped and moved) beside a plain length-only Gale–Church DP in this process.
"""

from __future__ import annotations

import argparse
import math
import time
from collections.abc import Sequence

from c5tui.corpus.align import align
from c5tui.corpus.aligned_translation import align_english
from tests.corpus.perturb import DROPPED, _reorder, accuracy, bundled, cases


def length_only(kazakh: Sequence[str], english: Sequence[str]) -> int:
    """A textbook Gale–Church DP (lengths only, full matrix): the baseline for speed."""
    n, m = len(kazakh), len(english)
    cost = [[math.inf] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            here = cost[i][j]
            if here == math.inf:
                continue
            for di, dj in ((1, 1), (1, 0), (0, 1), (2, 1), (1, 2)):
                if i + di > n or j + dj > m:
                    continue
                lk = sum(len(s) for s in kazakh[i : i + di])
                le = sum(len(s) for s in english[j : j + dj])
                delta = (le - lk) / math.sqrt(6.8 * (lk + le) / 2 + 1)
                step = 4.6 if not (di and dj) else -math.log(max(math.erfc(abs(delta)), 1e-12))
                cost[i + di][j + dj] = min(cost[i + di][j + dj], here + step)
    return n + m


def speed(copies: int) -> None:
    source = bundled()
    kazakh: list[str] = []
    english: list[str] = []
    for copy in range(copies):
        kazakh.extend(s.text for s in source.kazakh.sentences)
        kept = [p for p in source.paragraphs if p[0] != DROPPED + copy]
        for _, sentences in _reorder(kept):
            english.extend(sentences)
    started = time.perf_counter()
    links = align(kazakh, english)
    ours = time.perf_counter() - started
    started = time.perf_counter()
    length_only(kazakh, english)
    baseline = time.perf_counter() - started
    print(f"\n{len(kazakh)} Kazakh × {len(english)} English sentences, {len(links)} links")
    print(f"  c5tui aligner (anchors, band, leftovers): {ours:.3f} s")
    print(f"  length-only Gale–Church, full matrix:     {baseline:.3f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--copies", type=int, default=8)
    args = parser.parse_args()
    source = bundled()
    print(f"{'perturbation':<30} {'correct':>8} {'review':>7} {'untranslated':>13}")
    for case in cases():
        read = align_english(source.kazakh, case.text, case.name)
        print(
            f"{case.name:<30} {accuracy(read, case.gold):>8.1%} "
            f"{len(read.translation.needs_review):>7} {len(read.untranslated):>13}"
        )
    speed(args.copies)


if __name__ == "__main__":
    main()
