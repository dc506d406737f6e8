"""Candidate actors: precision and recall against the hand annotation, and speed.

Imports the annotated articles of tests/data/articles into a fresh database, finds the
candidates, scores them against tests/data/articles/actors.toml, then times finding
candidates on the stored sentences, also on a corpus made N times bigger by copies.

    .venv/bin/python benchmarks/candidates_bench.py [--copies 40]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from c5tui.store import tags as tags_store
from c5tui.tagging import manage
from c5tui.tagging.candidate_scores import load_annotation, score
from c5tui.tagging.candidates import find_candidates
from c5tui.workspace import Workspace

ARTICLES = Path(__file__).resolve().parent.parent / "tests" / "data" / "articles"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--copies", type=int, default=40)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        workspace = Workspace.open(Path(tmp) / "bench.db", seed=False)
        from c5tui.store.connection import transaction
        from c5tui.tagging.seed import seed_codebook

        with transaction(workspace.db):
            seed_codebook(workspace.db)
        for article in sorted(ARTICLES.glob("*.txt")):
            workspace.import_article(article)
        found = workspace.candidates()
        result = score(found, load_annotation(ARTICLES / "actors.toml"))
        print(
            f"articles: {len(list(ARTICLES.glob('*.txt')))}, candidates proposed: {result.proposed}"
        )
        print(f"precision {result.precision:.3f} ({result.correct}/{result.proposed})")
        print(f"recall    {result.recall:.3f} ({result.found}/{result.expected})")
        print(f"kind right on {result.kind_accuracy:.3f} of the correct ones")
        print("missed:", ", ".join(result.missed) or "-")
        print("wrong: ", ", ".join(result.wrong) or "-")
        db = workspace.db
        rows = [
            (int(r[0]), int(r[1]), str(r[2]))
            for r in db.execute("SELECT id, document_id, kk FROM sentences")
        ]
        tags = tags_store.list_tags(db)
        started = time.perf_counter()
        for _ in range(5):
            manage.candidates(db)
        once = (time.perf_counter() - started) / 5
        print(f"on demand, {len(rows)} sentences: {once * 1000:.1f} ms per listing")
        big = [(i, i // 40, text) for i, (_sid, _doc, text) in enumerate(rows * args.copies)]
        started = time.perf_counter()
        find_candidates(big, tags)
        took = time.perf_counter() - started
        print(f"{len(big)} sentences: {took:.2f} s ({took / len(big) * 1e6:.0f} µs per sentence)")
        workspace.close()


if __name__ == "__main__":
    main()
