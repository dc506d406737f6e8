"""Attribution accuracy on the annotated articles, and import throughput.

    .venv/bin/python benchmarks/attribution_bench.py [--copies 200]

Prints, per expected role, the share of sentences given the right role and speaker, the
misses, then how fast articles parse and how fast they import (one transaction each).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from c5tui.corpus.evaluate import evaluate
from c5tui.corpus.reader import load_article
from c5tui.workspace import Workspace

ARTICLES = Path(__file__).resolve().parents[1] / "tests" / "data" / "articles"
ROLES = ("lead", "narration", "question", "answer", "quote")


def accuracy() -> None:
    score = evaluate(ARTICLES)
    print(f"{'role':<10} {'sentences':>9} {'role ok':>8} {'role+speaker':>13}")
    for role in ROLES:
        total = score.total[role]
        print(
            f"{role:<10} {total:>9} {score.role_right[role] / total:>8.1%}"
            f" {score.both_right[role] / total:>13.1%}"
        )
    kinds = sum(d[1] for d in score.documents)
    outlets = sum(d[2] for d in score.documents)
    print(f"documents: {len(score.documents)}, kind right {kinds}, outlet right {outlets}")
    for miss in score.misses:
        print(f"miss: {miss.article} {miss.key}: expected {miss.expected}, found {miss.found}")


def throughput(copies: int) -> None:
    files = sorted(ARTICLES.glob("*.txt"))
    started = time.perf_counter()
    sentences = 0
    for _ in range(max(1, copies // len(files))):
        for path in files:
            sentences += len(load_article(path).sentences())
    parsed = time.perf_counter() - started
    print(f"parse: {sentences / parsed:,.0f} sentences/s")
    with tempfile.TemporaryDirectory() as folder:
        sources = []
        for i in range(copies):
            source = files[i % len(files)]
            text = source.read_text(encoding="utf-8").rstrip("\n") + f"\nКөшірме {i}.\n"
            target = Path(folder) / f"{i:04d}-{source.name}"
            target.write_text(text, encoding="utf-8")
            sources.append(target)
        with Workspace.open(Path(folder) / "bench.db") as workspace:
            started = time.perf_counter()
            count = sum(workspace.import_article(p).sentences for p in sources)
            spent = time.perf_counter() - started
    print(
        f"import: {copies} articles in {spent:.1f} s ({copies / spent:.1f} articles/s,"
        f" {count / spent:,.0f} sentences/s, auto-tagging and indexing included)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--copies", type=int, default=200, help="articles to import")
    args = parser.parse_args()
    accuracy()
    throughput(args.copies)


if __name__ == "__main__":
    main()
