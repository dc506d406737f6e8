"""Read screen latency: open, cursor moves, select, tag and resize, to the painted frame.

    python benchmarks/read_bench.py [--sizes 1000,10000] [--keep DIR]

Each size is one synthetic interview of about that many sentences (see synthetic.py),
imported through the real import path into a database beside the bundled interview.
The Read screen is opened on the document's middle sentence, and every figure runs from
the action (a key, a write, a resize) until the screen's new frame is rendered:
background reads finished, messages handled and the changed lines drawn. A key is sent
as the terminal driver sends it (Pilot's ``press`` adds two idle waits of 20 ms or more,
longer than the frame being measured). Keys come a tenth of a second apart, as a reader
presses them, except "held": PageDown repeated back to back as a held key repeats.

Budgets: a 60 Hz frame (16.7 ms) for a cursor move, 100 ms to open, 50 ms for a select,
tag or resize. Each figure is the median wall time with the median CPU time of the
process (all threads) beside it: on a shared machine the wall time varies with the
other programs running, the CPU time much less.

The Read screen before it became a virtual view (an OptionList with a row per sentence,
all laid out with Rich on every open, change and resize) was measured with the same
method on the same machine; those figures are printed beside the new ones.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

os.environ.setdefault("TEXTUAL_ANIMATIONS", "none")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from textual import events
from textual.geometry import Size
from textual.pilot import Pilot

from c5tui.tui.app import C5App
from c5tui.tui.screens.read import ReadScreen
from c5tui.workspace import Workspace
from frames import FRAME_MS, key, painted
from synthetic import build_interview

SIZES = [(120, 40), (80, 24), (200, 60)]
REPEAT = 12
REST = 0.1  # seconds between a reader's keys
# The OptionList Read screen (commit 14b67c7): wall ms, median, measured with this script
# on the same machine. Sizes are the documents' nominal sizes (1,005 and 10,049 sentences).
BASELINE: dict[int, dict[str, float]] = {
    1000: {
        "open 120x40": 2286,
        "again 120x40": 3293,
        "open 80x24": 2483,
        "again 80x24": 2172,
        "open 200x60": 2393,
        "again 200x60": 2601,
        "down": 34,
        "j": 29,
        "pagedown": 46,
        "pagedown held": 44,
        "end": 31,
        "home": 32,
        "select": 1472,
        "tag": 976,
        "resize": 2163,
    },
    10000: {
        "open 120x40": 25524,
        "again 120x40": 20370,
        "open 80x24": 17680,
        "again 80x24": 18964,
        "open 200x60": 20889,
        "again 200x60": 18210,
        "down": 27,
        "j": 30,
        "pagedown": 40,
        "pagedown held": 43,
        "end": 31,
        "home": 26,
        "select": 8929,
        "tag": 8365,
        "resize": 20352,
    },
}

Figures = dict[str, list[tuple[float, float]]]  # name -> (wall ms, cpu ms) per run


async def until(done: Callable[[], bool]) -> None:
    """Wait until a change has reached the screen's data (a write committed and read)."""
    while not done():
        await asyncio.sleep(0.0005)


async def timed(pilot: Pilot, action: Callable[[], Awaitable[None]]) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    await action()
    await painted(pilot)
    return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000


async def repeated(
    pilot: Pilot, action: Callable[[], Awaitable[None]], *, rest: float = REST
) -> list[tuple[float, float]]:
    """Each of REPEAT runs; an action slower than a second runs twice only."""
    runs: list[tuple[float, float]] = []
    while len(runs) < (REPEAT if not runs or runs[0][0] < 1000 else 2):
        await asyncio.sleep(rest)
        runs.append(await timed(pilot, action))
    # Explore's searches after the changes finish before the next figure starts.
    await pilot.app.workers.wait_for_complete()
    return runs


def middle_sentence(db: Path, document_id: int) -> int:
    with Workspace.open(db, seed=False) as workspace:
        count = workspace.document(document_id).sentence_count
        return workspace.window(document_id, count // 2, count // 2)[0].id


async def measure(db: Path, sentence_id: int, size: tuple[int, int]) -> Figures:
    """Every action on the Read screen at one terminal size (only opening at most sizes)."""
    app = C5App(db)
    figures: Figures = {}
    async with app.run_test(size=size) as pilot:
        await painted(pilot)
        # A reader looks at Explore's first results before opening Read.
        await asyncio.sleep(1)
        await painted(pilot)

        async def open_reader() -> None:
            app.open_reader(sentence_id)
            while not (isinstance(app.screen, ReadScreen) and app.screen.current_quote()):
                await asyncio.sleep(0.0005)

        figures["open"] = [await timed(pilot, open_reader)]
        screen = app.screen
        assert isinstance(screen, ReadScreen)
        current = screen.current_quote()
        assert current is not None and current.id == sentence_id, "opened on the wrong sentence"

        # Back in Explore and into Read again: the screen built the first time is reused.
        again = figures["open again"] = []
        while len(again) < (REPEAT // 2 if not again or again[0][0] < 1000 else 2):
            await key(pilot, "escape")
            await painted(pilot)
            await asyncio.sleep(REST)
            again.append(await timed(pilot, open_reader))
        if size != SIZES[0]:
            return figures
        screen = app.screen  # a new one each time, where Read is not reused
        assert isinstance(screen, ReadScreen)

        async def nothing() -> None:
            pass

        # Waiting for a frame costs this much by itself, and a key that does nothing this
        # much: the floor under every figure below.
        figures["idle frame"] = await repeated(pilot, nothing)
        figures["unbound key"] = await repeated(pilot, lambda: key(pilot, "f12"))
        for name in ("down", "j", "pagedown"):
            figures[name] = await repeated(pilot, lambda name=name: key(pilot, name))
        figures["pagedown held"] = await repeated(pilot, lambda: key(pilot, "pagedown"), rest=0)
        figures["end"], figures["home"] = [], []
        for _ in range(REPEAT // 2):
            for name in ("end", "home"):
                await asyncio.sleep(REST)
                figures[name].append(await timed(pilot, lambda name=name: key(pilot, name)))
        figures["select"] = await repeated(pilot, lambda: select(pilot, screen))
        toggle = iter(range(REPEAT))
        figures["tag"] = await repeated(pilot, lambda: tag(app, screen, next(toggle)))
        sizes = iter(range(REPEAT))
        figures["resize"] = await repeated(pilot, lambda: resize(pilot, next(sizes)))
    return figures


async def select(pilot: Pilot, screen: ReadScreen) -> None:
    quote = screen.current_quote()
    assert quote is not None
    await key(pilot, "space")
    await until(
        lambda: (now := screen.current_quote()) is not None and now.selected != quote.selected
    )


async def tag(app: C5App, screen: ReadScreen, n: int) -> None:
    quote = screen.current_quote()
    assert quote is not None
    add, remove = (["minerals"], []) if n % 2 == 0 else ([], ["minerals"])
    app.set_tags("sentence", [quote.id], add, remove)

    def tagged() -> bool:
        now = screen.current_quote()
        return now is not None and ("minerals" in now.sectors) == bool(add)

    await until(tagged)


async def resize(pilot: Pilot, n: int) -> None:
    """Resize as the terminal does (Pilot's resize_terminal adds an idle wait of 20 ms or
    more), until the view has its new width and has handled it."""
    size = Size(100 if n % 2 == 0 else 120, 40)
    app = pilot.app
    app._driver._size = size  # type: ignore[union-attr]
    app.post_message(events.Resize(size, size))
    reader = app.screen.query_one("#reader")
    while reader.outer_size.width != size.width:
        await pilot.pause(0)
    await pilot.pause(0)  # the view's own Resize event: laid out again for the new width


def budget(name: str) -> float:
    if name.startswith(("open", "again")):
        return 100.0
    if name in ("select", "tag", "resize"):
        return 50.0
    return FRAME_MS


def report(count: int, figures: Figures) -> None:
    before = BASELINE.get(count, {})
    for name, runs in figures.items():
        wall = statistics.median(w for w, _ in runs)
        cpu = statistics.median(c for _, c in runs)
        line = f"  {name:<14} {wall:7.1f} ms (cpu {cpu:6.1f} ms), max {max(runs)[0]:7.1f} ms"
        if name not in ("idle frame", "unbound key"):
            line += f"  {'within' if wall <= budget(name) else 'OVER'} {budget(name):.0f} ms"
        old = before.get(name)
        if old:
            ratio = old / wall
            change = f"{ratio:,.1f}× faster" if ratio >= 1 else f"{1 / ratio:.1f}× slower"
            line += f"   before: {old:,.0f} ms, {change}"
        print(line)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--keep", type=Path, help="Keep the databases in this directory.")
    args = parser.parse_args()
    workdir = args.keep or Path(tempfile.mkdtemp(prefix="c5tui-read-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    for count in (int(s) for s in args.sizes.split(",")):
        db = workdir / f"interview-{count}.db"
        if not db.exists():
            build_interview(db, count)
        with Workspace.open(db, seed=False) as workspace:
            document = workspace.documents()[-1]
        sentence_id = middle_sentence(db, document.id)
        print(f"{document.sentence_count:,} sentences in one document:", flush=True)
        opens: Figures = {}
        actions: Figures = {}
        for size in SIZES:
            measured = asyncio.run(measure(db, sentence_id, size))
            opens[f"open {size[0]}x{size[1]}"] = measured.pop("open")
            opens[f"again {size[0]}x{size[1]}"] = measured.pop("open again")
            actions.update(measured)
        report(count, opens | actions)


if __name__ == "__main__":
    main()
