"""Keys in turn on their own: in order, at once at rest, and never held up for good."""

from __future__ import annotations

import time

from textual import events
from textual.app import App, ComposeResult
from textual.screen import Screen
from textual.widgets import Input

from c5tui.tui.keys_in_turn import OPENING_AT_MOST_SECONDS, TYPED, KeysInTurn
from tests.tui.helpers import settle


class NeverOpens(Screen[None]):
    """A screen whose rows never come (its read failed): it says it is opening for good."""

    opening = True

    def compose(self) -> ComposeResult:
        yield Input(id="typed")


class Typing(App[None]):
    def __init__(self) -> None:
        super().__init__()
        self.keys = KeysInTurn(self)

    def compose(self) -> ComposeResult:
        yield Input(id="typed")

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, TYPED) and not event.is_forwarded and not self.keys.take(event):
            return
        await super().on_event(event)


def burst(app: App[None], text: str) -> None:
    for character in text:
        app.post_message(events.Key(character, character))


async def test_a_burst_reaches_the_input_whole_and_in_order() -> None:
    app = Typing()
    async with app.run_test() as pilot:
        await settle(pilot)
        burst(app, "қазақ тілі")
        await settle(pilot)
        assert app.query_one("#typed", Input).value == "қазақ тілі"


async def test_a_screen_that_never_opens_holds_the_keys_up_once_at_most() -> None:
    """After one wait of its longest, the keys go on at once: a failed read must not make
    every key of the session wait."""
    app = Typing()
    async with app.run_test() as pilot:
        await settle(pilot)
        app.push_screen(NeverOpens())
        await settle(pilot)
        started = time.monotonic()
        burst(app, "abcdef")
        while app.screen.query_one("#typed", Input).value != "abcdef":
            await pilot.pause(0.05)
            assert time.monotonic() - started < OPENING_AT_MOST_SECONDS * 3
        assert time.monotonic() - started < OPENING_AT_MOST_SECONDS * 1.5


async def test_keys_still_waiting_when_the_app_ends_are_dropped_quietly() -> None:
    app = Typing()
    async with app.run_test() as pilot:
        await settle(pilot)
        app.push_screen(NeverOpens())
        await settle(pilot)
        burst(app, "abc")
        await pilot.pause(0.05)
        app.exit()
    assert app.return_code in (0, None)
