"""Waiting for, and timing, the frames a Textual app paints: shared by the TUI benchmarks.

Two ways to reach "what the user sees":

- ``painted(pilot)`` waits for the current screen's background reads, then renders the
  frame they lead to (Read's figures use it: a key, then everything it set off, drawn).
- ``Frames`` records the time of every frame the app paints by itself, on its own refresh
  timer, as it does in a terminal. A headless app skips the last step of a paint (turning
  the compositor's update into the text sent to the terminal); ``Frames`` does that step
  too, so its time is in the figure, and plays that text into a terminal emulator (pyte),
  after the time is taken, to tell a frame that changed what is on screen from one that
  drew the same cells again (a scrollbar repainted after a layout).

Keys are sent as the terminal driver sends them: Pilot's ``press`` adds idle waits of
20 ms or more, longer than the frames being measured.
"""

from __future__ import annotations

import asyncio
import time
from contextlib import suppress
from typing import Any

import pyte
from rich.console import RenderableType
from textual import events
from textual._compositor import CompositorUpdate
from textual.app import App
from textual.keys import _character_to_key
from textual.pilot import Pilot, WaitForScreenTimeout
from textual.screen import Screen
from textual.worker import WorkerCancelled

FRAME_MS = 1000 / 60  # one frame of a 60 Hz terminal


async def painted(pilot: Pilot[Any]) -> None:
    """Wait for the current screen's background reads, then render the frame they lead to.

    Workers of screens underneath (Explore searching again under Read) are not waited
    for, as they do not hold up what the current screen shows.
    """
    app = pilot.app
    while True:
        screen = app.screen
        nodes = {screen, *screen.query("*")}
        mine = [worker for worker in app.workers if worker.node in nodes]
        if mine:
            # A read superseded by a newer one is cancelled: the next round waits for that.
            with suppress(WorkerCancelled):
                await app.workers.wait_for_complete(mine)
        try:
            await pilot.pause(0)
        except WaitForScreenTimeout:
            continue  # a screen busy for over 30 s (the OptionList Read at 10,000 sentences)
        if not any(w.is_running and w.node in nodes for w in app.workers):
            return


async def key(pilot: Pilot[Any], name: str) -> None:
    """Send a key as the terminal driver does, and let the app take it."""
    pilot.app.post_message(events.Key(name, name if len(name) == 1 else None))
    await pilot.pause(0)


def type_character(app: App[Any], character: str) -> None:
    """Send one typed character as the terminal driver does, without waiting."""
    app.post_message(events.Key(_character_to_key(character), character))


class Frames:
    """The wall and CPU time of each frame ``app`` paints from now on."""

    def __init__(self, app: App[Any]) -> None:
        self.app = app
        self.painted: list[tuple[float, float]] = []  # (perf_counter, process_time)
        self.changed_screen: list[bool] = []  # per frame: whether a cell on screen changed
        width, height = app.size
        self._terminal = pyte.Screen(width, height)
        self._stream = pyte.Stream(self._terminal)
        self._rows: dict[int, tuple[tuple[Any, ...], ...]] = {}
        # Set at each frame: a benchmark waits on it rather than polling, which took the
        # event loop from the app a thousand times a second.
        self.changed = asyncio.Event()
        self._display = app._display
        app._display = self._paint  # type: ignore[method-assign]

    def _paint(self, screen: Screen[Any], renderable: RenderableType | None) -> None:
        self._display(screen, renderable)
        if renderable is None or self.app._batch_count:
            return  # nothing was drawn
        sent = ""
        if self.app.is_headless and isinstance(renderable, CompositorUpdate):
            sent = renderable.render_segments(self.app.console)  # what a terminal is sent
        self.painted.append((time.perf_counter(), time.process_time()))
        self.changed_screen.append(self._shows_change(sent))
        self.changed.set()

    def _shows_change(self, sent: str) -> bool:
        """Play ``sent`` into the emulated terminal: whether any cell it wrote differs."""
        self._terminal.dirty.clear()
        self._stream.feed(sent)
        changed = False
        for y in self._terminal.dirty:
            line = self._terminal.buffer[y]
            row = tuple(tuple(line[x]) for x in range(self._terminal.columns))
            if self._rows.get(y) != row:
                self._rows[y] = row
                changed = True
        return changed

    def count(self) -> int:
        return len(self.painted)

    def after(self, index: int) -> tuple[float, float] | None:
        """The first frame painted after ``index`` frames, if it has been."""
        return self.painted[index] if len(self.painted) > index else None
