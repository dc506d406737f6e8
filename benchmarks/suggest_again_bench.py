"""Suggesting claims again (``c5tui claims suggest``) on a large corpus: how long it takes.

Builds the bundled interview plus N synthetic sentences through the real import path,
forgets every suggestion (as a database from before suggestions would have none), then
times ``Workspace.suggest_claims`` twice: first when every quote is new to it, then when
nothing is, and how long the write lock is held (the text is read before it is taken).
The baseline, in the same process, is one plain read of every sentence's Kazakh, the
least any pass over the corpus costs.

    .venv/bin/python benchmarks/suggest_again_bench.py [--sentences 20000]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from c5tui.workspace import Workspace
from synthetic import build_database


def timed(call: Callable[[], object]) -> tuple[object, float, float]:
    """The call's answer, its wall seconds and its CPU seconds (this process)."""
    wall, cpu = time.perf_counter(), time.process_time()
    answer = call()
    return answer, time.perf_counter() - wall, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sentences", type=int, default=20_000)
    count = parser.parse_args().sentences
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "bench.db"
        _pairs, built = build_database(path, count)
        print(f"built {count} synthetic sentences + the interview in {built:.1f} s")
        with Workspace.open(path) as workspace:
            workspace.db.conn.execute("DELETE FROM claim_suggestions")
            workspace.db.conn.commit()
            rows, wall, cpu = timed(
                lambda: workspace.db.execute("SELECT id, kk FROM sentences").fetchall()
            )
            print(f"baseline, read every sentence:  {wall:6.2f} s wall {cpu:6.2f} s CPU")
            first, wall, cpu = timed(workspace.suggest_claims)
            new = len(first)  # type: ignore[arg-type]
            print(f"suggest, all quotes new ({new} found): {wall:6.2f} s wall {cpu:6.2f} s CPU")
            again, wall, cpu = timed(workspace.suggest_claims)
            print(
                f"suggest again, nothing new ({len(again)} found):"  # type: ignore[arg-type]
                f" {wall:6.2f} s wall {cpu:6.2f} s CPU"
            )
            print(f"over {len(rows)} sentences")  # type: ignore[arg-type]
            held = lock_held(workspace)
            print(f"write lock held by a pass that finds all quotes new: {held:.2f} s wall")


def lock_held(workspace: Workspace) -> float:
    """How long the write transaction of one all-new pass lasts (the text is read before)."""
    from c5tui.store import connection

    workspace.db.conn.execute("DELETE FROM claim_suggestions")
    workspace.db.conn.commit()
    original = connection.transaction
    spans: list[float] = []

    @contextmanager
    def measured(db: object) -> Iterator[object]:
        started = time.perf_counter()
        with original(db) as held:  # type: ignore[arg-type]
            yield held
        spans.append(time.perf_counter() - started)

    workspace_module = sys.modules["c5tui.workspace"]
    workspace_module.transaction = measured  # type: ignore[attr-defined]
    try:
        workspace.suggest_claims()
    finally:
        workspace_module.transaction = original  # type: ignore[attr-defined]
    return sum(spans)


if __name__ == "__main__":
    main()
