"""Keys typed ahead: what a burst costs with keys in turn, and what it did before.

    python benchmarks/burst_bench.py [--runs 5]

A terminal hands the app a fast typist's keys (or a paste without bracketed paste) all at
once. Three bursts are sent on the bundled interview as the terminal driver sends them,
every key queued before the first is handled, and timed until the app has done with the
last key: a query typed into the search box (until its results are shown), ``t`` with a
tag's name and Enter (until the tag is stored), and 1,100 characters into a note (until
the editor holds them all). Each runs with keys in turn (each key handed on once the one
before has done its work) and, as the baseline in the same process, with every key
handed on as it arrives, as the app did before; whether the burst did what was typed is
printed beside each figure. Medians of ``--runs`` runs, wall and CPU time.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

os.environ.setdefault("TEXTUAL_ANIMATIONS", "none")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from textual import events
from textual.widgets import Input, TextArea

from c5tui.tui.app import C5App
from c5tui.tui.screens.explore import ExploreScreen
from c5tui.workspace import Workspace

NOTE = "абвгд efgh " * 100  # 1,100 characters
TIMEOUT = 60.0


def burst(app: C5App, keys: list[str]) -> None:
    """Keys by name (``tab``) or typed characters, queued as a terminal delivers them."""
    for key in keys:
        if len(key) == 1:
            app.post_message(events.Key("space" if key == " " else key, key))
        else:
            app.post_message(events.Key(key, None))


async def until(done: Callable[[], bool], every: float = 0.002) -> bool:
    started = time.monotonic()
    while not done():
        if time.monotonic() - started > TIMEOUT:
            return False
        await asyncio.sleep(every)
    return True


async def rest(pilot: object) -> None:
    await pilot.pause(0.3)  # type: ignore[attr-defined]


async def query(app: C5App) -> bool:
    screen = app.screen
    assert isinstance(screen, ExploreScreen)
    typed = "middle corridor"
    burst(app, list(typed))
    return await until(lambda: screen.results.query == typed)


async def tag(app: C5App) -> bool:
    screen = app.screen
    assert isinstance(screen, ExploreScreen)
    quote = screen.results.hits[0].sentence_id
    burst(app, ["tab", "t", *"logistics", "enter"])

    def stored() -> list[str]:
        with Workspace.open(app.db_path, seed=False, check=False) as workspace:
            return [r.tag for r in workspace.quote(quote).tags if r.source == "user"]

    # Until a tag of the user's is stored on the quote: the one typed, or another.
    await until(lambda: bool(stored()), every=0.02)
    return stored() == ["logistics"]


async def note(app: C5App) -> bool:
    burst(app, ["tab", "n"])
    await until(lambda: bool(app.screen.query(TextArea)))
    area = app.screen.query_one(TextArea)
    burst(app, list(NOTE))
    return await until(lambda: len(area.text) >= len(NOTE)) and area.text == NOTE


BURSTS: dict[str, Callable[[C5App], Awaitable[bool]]] = {
    "query of 15 keys": query,
    "t, a tag's name, Enter": tag,
    "1,100 keys into a note": note,
}


def fresh_copy(template: Path) -> Path:
    """A new database like ``template``: each run starts from the same untouched store."""
    copy = Path(tempfile.mkdtemp(prefix="c5tui-burst-run-")) / "c5tui.db"
    source, target = sqlite3.connect(template), sqlite3.connect(copy)
    try:
        source.backup(target)
    finally:
        source.close()
        target.close()
    return copy


async def measure(template: Path, name: str, in_turn: bool) -> tuple[float, float, str]:
    """(wall, cpu, outcome): "right", "wrong", or "crashed" (an exception ended the app)."""
    try:
        return await run(fresh_copy(template), name, in_turn)
    except Exception as exc:  # the app ended on an exception: what the user saw
        return float("nan"), float("nan"), f"crashed ({type(exc).__name__})"


async def run(db: Path, name: str, in_turn: bool) -> tuple[float, float, str]:
    app = C5App(db)
    if not in_turn:
        app._keys.take = lambda event: True  # type: ignore[method-assign]
    async with app.run_test(size=(120, 40)) as pilot:
        await rest(pilot)
        if name != "query of 15 keys":
            app.screen.query_one("#search", Input).value = "саммит"
            await rest(pilot)
        wall, cpu = time.perf_counter(), time.process_time()
        right = await BURSTS[name](app)
        elapsed = time.perf_counter() - wall, time.process_time() - cpu
    return *elapsed, "right" if right else "wrong"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    db = Path(tempfile.mkdtemp(prefix="c5tui-burst-bench-")) / "c5tui.db"
    Workspace.open(db).close()
    print(f"{'burst':<24} {'keys':<11} {'wall ms':>8} {'cpu ms':>8}  outcome of each run")
    for name in BURSTS:
        for in_turn, label in ((True, "in turn"), (False, "on arrival")):
            runs = [asyncio.run(measure(db, name, in_turn)) for _ in range(args.runs)]
            timed = [r for r in runs if r[2] == "right"]
            kinds = sorted({r[2] for r in runs})
            outcomes = ", ".join(f"{sum(r[2] == o for r in runs)} {o}" for o in kinds)
            if timed:
                wall = f"{statistics.median(r[0] for r in timed) * 1000:.0f}"
                cpu = f"{statistics.median(r[1] for r in timed) * 1000:.0f}"
            else:
                wall = cpu = "never"  # no run did what was typed (within a minute)
            print(f"{name:<24} {label:<11} {wall:>8} {cpu:>8}  {outcomes}")
    print("wall and cpu: medians of the runs that did what was typed")


if __name__ == "__main__":
    main()
