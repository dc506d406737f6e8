"""Translation provenance: the schema 5 migration, a typed save, jumps, window reads.

    python benchmarks/translation_bench.py [--sizes 10000,100000]

Each size is one synthetic interview of about that many sentences with English from a
key<TAB>text file (see synthetic.py), imported through the real import path. To time the
migration the database is put back to schema 4 as it was (translations table and its
triggers dropped, ``sentences.en`` kept, user_version 4) and opened again, which backs it
up and migrates it. Figures are median wall times of repeated runs on this machine.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from c5tui.session import Session
from c5tui.workspace import Workspace
from synthetic import build_interview


def median_ms(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def back_to_schema_4(path: Path) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    for trigger in ("insert", "update", "delete"):
        conn.execute(f"DROP TRIGGER translations_en_{trigger}")
    conn.execute("DROP TABLE translations")
    conn.execute("PRAGMA user_version = 4")
    conn.close()


def measure(size: int, directory: Path) -> None:
    path = directory / f"bench-{size}.db"
    started = time.perf_counter()
    document = build_interview(path, size)
    imported = time.perf_counter() - started
    back_to_schema_4(path)
    started = time.perf_counter()
    Workspace.open(path).close()
    migrated = time.perf_counter() - started
    with Workspace.open(path) as workspace:
        sentences = len(workspace.outline(document))
        middle = workspace.outline(document).ids[sentences // 2]
        session = Session(workspace)
        save = median_ms(lambda: session.translate(middle, "A typed sentence of English."), 20)
        undo = median_ms(lambda: (session.translate(middle, "Again."), session.undo()), 10)
        # Every sentence has English: a jump looks through to the end and finds none.
        jump = median_ms(lambda: workspace.next_wanting_translation(document, 1), 20)
        window = median_ms(lambda: workspace.window(document, 1000, 1120), 20)
        shares = median_ms(workspace.translation_shares, 10)
    print(
        f"{sentences:>7} sentences: import {imported:6.2f} s · migrate 4→5 (backup included)"
        f" {migrated:5.2f} s · typed save {save:5.1f} ms · save+undo {undo:5.1f} ms ·"
        f" ]-jump, none found {jump:5.1f} ms · 121-sentence window {window:5.1f} ms ·"
        f" shares of all documents {shares:5.1f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="10000,100000")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        for size in (int(s) for s in options.sizes.split(",")):
            measure(size, Path(scratch))


if __name__ == "__main__":
    main()
