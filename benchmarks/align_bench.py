"""Sentence alignment: accuracy per perturbation of the bundled interview, on the twin
rewrite, and speed.

    .venv/bin/python -m benchmarks.align_bench [--copies 8]

Prints the share of Kazakh sentences that receive exactly their gold English for each
layout and perturbation of the bundled English (tests/corpus/perturb.py); the link
precision and recall on the hand-annotated twins (tests/data/twins: the composed rewrite
and a real Kazinform pair) and the share of their unmatched Kazakh sentences left
untranslated, aligned as told and as a translation; then the time to align a pair of
about 1,000 sentences (the interview repeated ``--copies`` times, with paragraphs dropped
and moved) beside a plain length-only Gale–Church DP in this process.
"""

from __future__ import annotations

import argparse
import math
import time
from collections.abc import Sequence

from c5tui.corpus.align import align
from c5tui.corpus.aligned_translation import KazakhText, align_english
from tests.corpus.perturb import DROPPED, _reorder, accuracy, bundled, cases
from tests.corpus.twins import TWINS, read_gold, read_kazakh, score


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
    kk_labels: list[tuple[int, str]] = []  # (copy, key) of each sentence: the gold
    en_labels: list[tuple[int, str]] = []
    for copy in range(copies):
        kazakh.extend(s.text for s in source.kazakh.sentences)
        kk_labels.extend((copy, s.key) for s in source.kazakh.sentences)
        kept = [p for p in source.paragraphs if p[0] != DROPPED + copy]
        for number, sentences in _reorder(kept):
            english.extend(sentences)
            en_labels.extend(
                (copy, f"p{number:02d}.s{n:02d}") for n in range(1, len(sentences) + 1)
            )
    en_set = set(en_labels)
    wall, cpu = time.perf_counter(), time.process_time()
    links = align(kazakh, english)
    ours = (time.perf_counter() - wall, time.process_time() - cpu)
    wall, cpu = time.perf_counter(), time.process_time()
    align(kazakh, english, rewrite=True)
    rewrite = (time.perf_counter() - wall, time.process_time() - cpu)
    wall, cpu = time.perf_counter(), time.process_time()
    length_only(kazakh, english)
    baseline = (time.perf_counter() - wall, time.process_time() - cpu)
    linked = {kk_labels[link.kk[0]]: en_labels[link.en[0]] for link in links}
    # Right: linked to its own English, or left alone when its English was dropped.
    right = sum(
        linked[label] == label if label in linked else label not in en_set for label in kk_labels
    )
    print(f"\n{len(kazakh)} Kazakh × {len(english)} English sentences, {len(links)} links")
    print(f"  Kazakh sentences linked right or rightly left alone: {right / len(kazakh):.1%}")
    for name, (wall_s, cpu_s) in (
        ("c5tui aligner (anchors, band, leftovers)", ours),
        ("the same, aligning it as a rewrite", rewrite),
        ("length-only Gale–Church, full matrix", baseline),
    ):
        print(f"  {name:<42} {wall_s:.3f} s wall, {cpu_s:.3f} s CPU")


def twin(name: str, kazakh: KazakhText, note: str) -> None:
    gold = read_gold(name)
    text = (TWINS / f"{name}.en.txt").read_text(encoding="utf-8")
    keys = [s.key for s in kazakh.sentences]
    for rewrite in (None, False):
        read = align_english(kazakh, text, "twin", rewrite=rewrite)
        result = score(read, gold, keys)
        how = "as a translation (--no-rewrite)" if rewrite is False else "as told"
        print(f"\ntwin {note} (tests/data/twins/{name}), aligned {how}:")
        print(f"  links right (precision): {result.precision:.1%}")
        print(f"  gold links found (recall): {result.recall:.1%}")
        print(f"  unmatched Kazakh left untranslated: {result.untranslated_kept:.1%}")
        lonely = sum(1 for k in keys if k not in gold.english and k not in gold.merged)
        filled = ", ".join(result.filled_wrongly) or "none"
        print(
            f"  unmatched Kazakh given English: {len(result.filled_wrongly)} of {lonely} ({filled})"
        )
        print(f"  links flagged for review: {len(read.translation.needs_review)}")
        if rewrite is None:
            print(f"  told for a rewrite: {'yes' if read.rewrite else 'no'}")


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
    twin("mustafin-rewrite", source.kazakh, "rewrite")
    twin("zhambyl-water", read_kazakh("zhambyl-water"), "real pair")
    speed(args.copies)


if __name__ == "__main__":
    main()
