"""Keys handled in turn: each goes where the focus is once the key before it has done its work.

Textual hands a key on the moment the app reads it: to the widget focused then, or to a
priority binding at once; a key no widget takes comes back to the app for the bindings
behind every key already read. A terminal delivers a fast typist's burst (``t``, a tag
name, Enter) before the app has handled its first key, so the letters went to the
results list the ``t`` was leaving (typed into the search, or run as its commands) and
the Enter toggled whatever the picker had highlighted before the letters filtered it: a
tag the user never chose, stored.

Here each key the terminal sends, and each paste, waits its turn: it is handed on once
what the key before it set off has run (the app, the widget the key reached and the
screen have worked through their messages, a screen the key opened is mounted with its
focus set, and a screen that reads what it shows in the background, or the command
palette that gathers its matches so, has shown it). A key typed at rest finds nothing
to wait for.
"""

from __future__ import annotations

import asyncio
import time
import weakref
from collections import deque
from collections.abc import Iterable
from typing import Any, Protocol, runtime_checkable

from textual import events
from textual.app import App, ScreenStackError
from textual.command import CommandPalette
from textual.message_pump import MessagePump
from textual.screen import Screen

# What the terminal sends as typed: keys, and text pasted (a bracketed paste), in order.
Typed = events.Key | events.Paste
TYPED = (events.Key, events.Paste)

# A key waits this long at most for the one before: a widget that never gets through its
# messages (it is closing, or waits on the app) must not hold the keyboard up.
AT_MOST_SECONDS = 0.5
SLICE_SECONDS = 0.005  # how often a wait looks whether what it waits on has gone
# A screen that reads what it shows off the event loop: keys wait this long at most for it.
OPENING_AT_MOST_SECONDS = 2.0


@runtime_checkable
class OpensInBackground(Protocol):
    """A screen whose first rows are read in the background after it is mounted: a key
    typed meanwhile (a move, a selection) would act on a screen with nothing in it."""

    @property
    def opening(self) -> bool:
        """Whether what the screen is opening on is still being read."""
        ...


def working(node: MessagePump, group: str) -> bool:
    """Whether a worker of ``node``'s in ``group`` has yet to finish."""
    return any(
        worker.node is node and worker.group == group and not worker.is_finished
        for worker in node.app.workers
    )


def still_opening(screen: Screen[Any]) -> bool:
    """Whether ``screen`` is still being built, or reading what it opens on."""
    if not screen.is_mounted:
        # Pushed, not yet composed and mounted (a first opening imports and builds it,
        # longer than a key's wait on a loaded machine): its bindings would run on
        # widgets not there yet.
        return screen.is_attached
    if isinstance(screen, CommandPalette):
        # Its matches are gathered in a worker of Textual's: an Enter typed with the name
        # ran what matched its first letters.
        return working(screen, CommandPalette._GATHER_COMMANDS_GROUP)
    return isinstance(screen, OpensInBackground) and screen.opening


class FirstRowsInBackground:
    """For a screen that lists rows read off the event loop: opening until it has shown
    the first of them (it calls :meth:`first_rows_shown`)."""

    _first_rows_shown = False

    @property
    def opening(self) -> bool:
        return not self._first_rows_shown

    def first_rows_shown(self) -> None:
        self._first_rows_shown = True


class KeysInTurn:
    """Holds the keys read from the terminal and hands them to the app one at a time."""

    def __init__(self, app: App[Any]) -> None:
        self.app = app
        self._waiting: deque[Typed] = deque()
        self._turn: set[int] = set()  # the keys handed back to the app: theirs to handle now
        self._reached: list[MessagePump] = []
        self._releasing: asyncio.Task[None] | None = None
        # Screens still opening after the longest wait (a read that failed): keys no longer
        # wait for them, or every key would.
        self._given_up: weakref.WeakSet[Screen[Any]] = weakref.WeakSet()

    def take(self, event: Typed) -> bool:
        """Whether the app handles ``event`` now; if not, it is handed back in its turn."""
        if id(event) in self._turn:
            self._turn.discard(id(event))
            self._handing_on()
            return True
        if not self._waiting and not self._releasing_keys() and self._at_rest():
            self._handing_on()  # typed at rest: at once, with nothing to wait for
            return True
        self._waiting.append(event)
        if not self._releasing_keys():
            self._releasing = asyncio.create_task(self._release(), name="keys in turn")
        return False

    def _handing_on(self) -> None:
        app = self.app
        self._reached = [app.screen] if app.focused is None else [app.focused, app.screen]

    def _releasing_keys(self) -> bool:
        return self._releasing is not None and not self._releasing.done()

    def _at_rest(self) -> bool:
        """Whether the last key's work is done: nothing is queued where it could be (a key
        no widget took is back in the app's queue; a screen it opened is mounting)."""
        if self._opening():
            return False
        pumps = self._live([self.app, *self._reached, self.app.screen, self.app.focused])
        return all(pump.message_queue_size == 0 for pump in pumps)

    def _opening(self) -> bool:
        screen = self.app.screen
        opening = still_opening(screen)
        if screen in self._given_up:
            if not opening:
                self._given_up.discard(screen)  # it opened after all: the next opening counts
            return False
        return opening

    def stop(self) -> None:
        if self._releasing is not None:
            self._releasing.cancel()
        self._waiting.clear()

    async def _release(self) -> None:
        try:
            while self._waiting:
                await self._settle()
                event = self._waiting.popleft()
                self._turn.add(id(event))
                self.app.post_message(event)
        except ScreenStackError:
            self._waiting.clear()  # the app is ending: its last screen has gone

    async def _settle(self) -> None:
        """Wait, for a little while at most, until the last key's work is done."""
        opened_by = time.monotonic() + OPENING_AT_MOST_SECONDS
        while True:
            await self._messages_handled(time.monotonic() + AT_MOST_SECONDS)
            if not self._opening():
                return
            if time.monotonic() >= opened_by:
                self._given_up.add(self.app.screen)
                return
            await asyncio.sleep(SLICE_SECONDS)

    async def _messages_handled(self, deadline: float) -> None:
        # Round after round: messages posted while the ones before are handled (a Changed,
        # a key coming back to the app for its bindings) get their turn.
        while time.monotonic() < deadline:
            pumps = self._live([self.app, *self._reached, self.app.screen, self.app.focused])
            if not await self._worked_through(pumps, deadline):
                return
            if all(pump.message_queue_size == 0 for pump in self._live(pumps)):
                return

    @staticmethod
    def _live(pumps: Iterable[MessagePump | None]) -> set[MessagePump]:
        return {pump for pump in pumps if pump is not None and pump.is_attached}

    async def _worked_through(self, pumps: set[MessagePump], deadline: float) -> bool:
        """Wait until each pump has handled what it had queued (a screen just opened: its
        mounting first). False when the time ran out."""
        waits: dict[asyncio.Task[bool], MessagePump] = {}
        for pump in pumps:
            done = asyncio.Event()
            if pump.call_later(done.set):  # behind what it has queued; False: it is closing
                waits[asyncio.ensure_future(done.wait())] = pump
        try:
            while waits:
                if time.monotonic() >= deadline:
                    return False
                finished, _ = await asyncio.wait(waits, timeout=SLICE_SECONDS)
                for task in finished:
                    del waits[task]
                # A widget or screen removed meanwhile never runs its queue: it is done.
                for task in [t for t, pump in waits.items() if not pump.is_attached]:
                    task.cancel()
                    del waits[task]
            return True
        finally:
            for task in waits:
                task.cancel()
