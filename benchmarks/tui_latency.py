"""TUI responsiveness: startup to the first interactive frame, and keystroke-to-results.

    python benchmarks/tui_latency.py [--size 100000] [--keep DIR]

Startup is measured on the bundled interview, from constructing the app to the first
results on screen, for a first launch (the database is created and seeded) and for a
later launch. Keystroke latency is measured with Pilot on a corpus of ``--size``
synthetic sentences imported through the real import path (see synthetic.py): each
character of a fixed set of queries is typed, and the time from the key press to the
results for the new text being shown is recorded, the first time the queries are typed
(cold caches) and when they are typed again. The frame budget of a 60 Hz terminal
(16.7 ms) is the yardstick; the share of keystrokes within it is printed.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("TEXTUAL_ANIMATIONS", "none")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from textual.pilot import Pilot

from c5tui.tui.app import C5App
from c5tui.tui.screens.explore import ExploreScreen, Results
from synthetic import build_database

FRAME_BUDGET_MS = 1000 / 60
ROUNDS = 4  # the first round meets cold caches; later rounds are a session typing on
QUERIES = ["литий", "Qazaqstan", "middle corridor", "казмунайгаз", "Wabtek", "80%", "көмір"]


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


async def first_frame_seconds(db: Path) -> float:
    started = time.perf_counter()
    app = C5App(db)
    async with app.run_test(size=(120, 40)) as pilot:
        while not (isinstance(app.screen, ExploreScreen) and app.screen.results.hits):
            await pilot.pause(0.001)
        return time.perf_counter() - started


async def keystroke_latencies(db: Path, rounds: int) -> list[list[float]]:
    app = C5App(db)
    shown: dict[str, float] = {}
    original = ExploreScreen.show_results

    def record(screen: ExploreScreen, results: Results) -> None:
        original(screen, results)
        shown.setdefault(results.query, time.perf_counter())

    ExploreScreen.show_results = record  # type: ignore[method-assign]
    latencies: list[list[float]] = []
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            await app.workers.wait_for_complete()
            await pilot.pause()
            for _ in range(rounds):
                latencies.append(await type_queries(app, pilot, shown))
    finally:
        ExploreScreen.show_results = original  # type: ignore[method-assign]
    return latencies


async def type_queries(app: C5App, pilot: Pilot, shown: dict[str, float]) -> list[float]:
    """Type each query a character at a time; milliseconds from key to results, per key."""
    latencies: list[float] = []
    for query in QUERIES:
        await pilot.press("slash", "ctrl+a", "ctrl+k")
        await app.screen.workers.wait_for_complete()
        await pilot.pause()
        typed = ""
        for char in query:
            typed += char
            shown.pop(typed, None)
            pressed = time.perf_counter()
            await pilot.press(char)
            while typed not in shown:
                await asyncio.sleep(0.0005)
            latencies.append((shown[typed] - pressed) * 1000)
    return latencies


def report(label: str, values: list[float]) -> None:
    within = sum(v <= FRAME_BUDGET_MS for v in values) / len(values)
    print(
        f"keystroke → results, {label}: n={len(values)} "
        f"p50 {percentile(values, 0.5):.1f} ms, p95 {percentile(values, 0.95):.1f} ms, "
        f"max {max(values):.1f} ms; within one 60 Hz frame: {within:.0%}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="Keep the databases in this directory.")
    args = parser.parse_args()
    workdir = args.keep or Path(tempfile.mkdtemp(prefix="c5tui-tui-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)

    bundled = workdir / "bundled.db"
    bundled.unlink(missing_ok=True)
    first = asyncio.run(first_frame_seconds(bundled))
    later = [asyncio.run(first_frame_seconds(bundled)) for _ in range(5)]
    print(f"startup, first launch (creates and seeds the database): {first * 1000:.0f} ms")
    print(f"startup, later launch (median of 5): {statistics.median(later) * 1000:.0f} ms")

    for label, db in (("bundled interview", bundled), (f"{args.size:,} sentences", None)):
        if db is None:
            db = workdir / f"corpus-{args.size}.db"
            if not db.exists():
                _, seconds = build_database(db, args.size)
                print(f"built {args.size:,}-sentence corpus in {seconds:.1f} s")
        first, *again = asyncio.run(keystroke_latencies(db, ROUNDS))
        report(f"{label}, first time typed", first)
        report(f"{label}, typed again", [v for values in again for v in values])


if __name__ == "__main__":
    main()
