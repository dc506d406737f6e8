"""TUI responsiveness: startup to the first interactive frame, and keystroke to frame.

    python benchmarks/tui_latency.py [--sizes 10000,100000] [--rest 0.1] [--keep DIR]

Startup is measured on the bundled interview, from constructing the app to the first
results on screen, for a first launch (the database is created and seeded) and for a
later launch (in-process: it leaves out the interpreter, the imports and the terminal;
startup_bench.py measures those in a real terminal).

Keystroke latency is measured on the bundled interview and on corpora of ``--sizes``
synthetic sentences imported through the real import path (see synthetic.py): each
character of a fixed set of queries is typed, ``--rest`` seconds apart, as the terminal
driver sends it, and three times are recorded from the key: until the results for the
new text are handed to the screen, and until the first frame the app paints after that
(on its own refresh timer, as in a terminal, with the frame turned into terminal text;
see frames.py), and until the last frame painted before the next key is due (the screen
at rest: a key that sets off a second or third frame that changes what is on screen is
not done until then). Both the first time the queries are typed (cold caches) and when
they are typed again. A key whose results change nothing on screen paints no frame after
them: its time is to the later of the hand-over and the last frame since the key. The
frame budget of a 60 Hz terminal (16.7 ms) is the yardstick; the share of keystrokes
within it is printed, with the CPU time the process spent per key, and how long filling
the facet panel held the event loop each time (a key typed then waits that long).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

os.environ.setdefault("TEXTUAL_ANIMATIONS", "none")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from textual.pilot import Pilot

from c5tui.tui.app import C5App
from c5tui.tui.screens.explore import ExploreScreen, Results
from frames import FRAME_MS, Frames, painted, type_character
from synthetic import build_database

REST = 0.1  # seconds between keys: a person typing ten characters a second
ROUNDS = 4  # the first round meets cold caches; later rounds are a session typing on
NOTHING_TO_PAINT = 0.5  # seconds after the results with no frame: there was nothing to draw
FACET_FILLS: list[float] = []  # ms the event loop spent filling the facet panel, each time
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


@dataclass
class Keystroke:
    """One typed character: milliseconds from the key to the results, to the frame."""

    handed: float  # the results for the new text handed to the screen
    painted: float  # the first frame painted after that
    cpu: float  # CPU time of the process (all threads) from the key to that frame
    unchanged: bool = False  # the results changed nothing on screen: no frame followed
    settled: float = 0.0  # the last frame painted before the next key: the screen at rest


async def keystroke_latencies(db: Path, rounds: int, rest: float) -> list[list[Keystroke]]:
    app = C5App(db)
    shown: dict[str, tuple[float, int, float]] = {}  # query -> (time, frames before, cpu)
    original = ExploreScreen.show_results
    frames: Frames | None = None

    def record(screen: ExploreScreen, results: Results) -> None:
        original(screen, results)
        if frames is None:
            return  # the first page, shown before the first frame: no key is waiting for it
        now = (time.perf_counter(), frames.count(), time.process_time())
        shown.setdefault(results.query, now)
        frames.changed.set()

    ExploreScreen.show_results = record  # type: ignore[method-assign]
    facets_original = ExploreScreen.show_facets

    def fill_facets(screen: ExploreScreen, *args: Any, **kwargs: Any) -> None:
        started = time.perf_counter()
        facets_original(screen, *args, **kwargs)
        FACET_FILLS.append((time.perf_counter() - started) * 1000)

    ExploreScreen.show_facets = fill_facets  # type: ignore[method-assign]
    latencies: list[list[Keystroke]] = []
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            frames = Frames(app)
            await painted(pilot)
            await asyncio.sleep(1)  # the first facet count and the deferred startup work
            await painted(pilot)
            for _ in range(rounds):
                latencies.append(await type_queries(app, pilot, shown, frames, rest))
    finally:
        ExploreScreen.show_results = original  # type: ignore[method-assign]
        ExploreScreen.show_facets = facets_original  # type: ignore[method-assign]
    return latencies


async def type_queries(
    app: C5App,
    pilot: Pilot[None],
    shown: dict[str, tuple[float, int, float]],
    frames: Frames,
    rest: float,
) -> list[Keystroke]:
    """Type each query a character at a time, ``rest`` seconds apart, as a person types."""
    latencies: list[Keystroke] = []
    for query in QUERIES:
        await pilot.press("slash", "ctrl+a", "ctrl+k")
        await app.screen.workers.wait_for_complete()
        await pilot.pause()
        typed = ""
        pressed = 0.0
        for char in query:
            typed += char
            shown.pop(typed, None)
            await asyncio.sleep(rest)
            if typed[:-1]:
                settle(latencies[-1], pressed, frames)
            pressed, cpu = time.perf_counter(), time.process_time()
            before = frames.count()
            type_character(app, char)
            unchanged = False
            while True:
                frames.changed.clear()
                if frame := frames.after(shown[typed][1]) if typed in shown else None:
                    break
                if typed in shown and time.perf_counter() - shown[typed][0] > NOTHING_TO_PAINT:
                    # The results changed nothing on screen: the last frame since the key
                    # (the typed letter) or the hand-over, whichever came later, is it.
                    last = frames.painted[-1] if frames.count() > before else (0.0, 0.0)
                    frame = max(last, (shown[typed][0], shown[typed][2]))
                    unchanged = True
                    break
                # Woken by a frame or the hand-over; the times are taken where they happen.
                with suppress(TimeoutError):
                    await asyncio.wait_for(frames.changed.wait(), 0.05)
            latencies.append(
                Keystroke(
                    (shown[typed][0] - pressed) * 1000,
                    (frame[0] - pressed) * 1000,
                    (frame[1] - cpu) * 1000,
                    unchanged,
                )
            )
        await asyncio.sleep(rest)
        settle(latencies[-1], pressed, frames)
    return latencies


def settle(keystroke: Keystroke, pressed: float, frames: Frames) -> None:
    """Time the last frame painted since the key, now that the next key is due.

    A key whose first frame is followed by more (the layout settling, rows arriving in
    pages) is not done for the user until the last of them that changed a cell on screen;
    a frame that drew the same cells again (a scrollbar repainted) changed nothing seen.
    """
    since = [
        at
        for (at, _), changed in zip(frames.painted, frames.changed_screen, strict=True)
        if at > pressed and changed
    ]
    last = (since[-1] - pressed) * 1000 if since else keystroke.painted
    keystroke.settled = max(last, keystroke.painted)


def report(label: str, keys: list[Keystroke]) -> None:
    for what, values in (
        ("results handed to the screen", [k.handed for k in keys]),
        ("painted", [k.painted for k in keys]),
        ("settled (last frame before the next key)", [k.settled for k in keys]),
    ):
        within = sum(v <= FRAME_MS for v in values) / len(values)
        print(
            f"keystroke → {what}, {label}: n={len(values)} "
            f"p50 {percentile(values, 0.5):.1f} ms, p95 {percentile(values, 0.95):.1f} ms, "
            f"max {max(values):.1f} ms; within one 60 Hz frame: {within:.0%}"
        )
    cpu = [k.cpu for k in keys]
    print(
        f"  cpu from key to painted frame: p50 {percentile(cpu, 0.5):.1f} ms, "
        f"p95 {percentile(cpu, 0.95):.1f} ms; "
        f"{sum(k.unchanged for k in keys)} keys whose results changed nothing on screen"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100000", help="Synthetic corpus sizes, comma-separated")
    parser.add_argument("--keep", type=Path, help="Keep the databases in this directory.")
    parser.add_argument(
        "--rest", type=float, default=REST, help="Seconds between keys (default: %(default)s)."
    )
    parser.add_argument("--no-startup", action="store_true", help="Skip the Pilot startup figures.")
    args = parser.parse_args()
    workdir = args.keep or Path(tempfile.mkdtemp(prefix="c5tui-tui-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)

    bundled = workdir / "bundled.db"
    if not args.no_startup:
        bundled.unlink(missing_ok=True)
        first = asyncio.run(first_frame_seconds(bundled))
        later = [asyncio.run(first_frame_seconds(bundled)) for _ in range(5)]
        print(f"startup, first launch (creates and seeds the database): {first * 1000:.0f} ms")
        print(f"startup, later launch (median of 5): {statistics.median(later) * 1000:.0f} ms")

    sizes = [int(size) for size in args.sizes.split(",") if size]
    corpora: list[tuple[str, Path | None, int]] = [("bundled interview", bundled, 0)]
    corpora += [(f"{size:,} sentences", None, size) for size in sizes]
    for label, db, size in corpora:
        if db is None:
            db = workdir / f"corpus-{size}.db"
            if not db.exists():
                _, seconds = build_database(db, size)
                print(f"built {size:,}-sentence corpus in {seconds:.1f} s", flush=True)
        FACET_FILLS.clear()
        first, *again = asyncio.run(keystroke_latencies(db, ROUNDS, args.rest))
        report(f"{label}, first time typed", first)
        report(f"{label}, typed again", [v for values in again for v in values])
        if FACET_FILLS:
            print(
                f"facet panel filled, {label} (the event loop held): n={len(FACET_FILLS)} "
                f"p50 {percentile(FACET_FILLS, 0.5):.1f} ms, max {max(FACET_FILLS):.1f} ms"
            )


if __name__ == "__main__":
    main()
