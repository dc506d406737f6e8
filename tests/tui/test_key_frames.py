"""The frames a typed letter leads to: the letter is drawn with its results, never alone
when they are quick, and never held back long when they are slow."""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from textual import events
from textual.widgets import Input

from c5tui.search.engine import SearchEngine
from c5tui.tui.app import C5App
from c5tui.tui.screens.explore import HOLD_FOR_RESULTS
from c5tui.tui.widgets.quote_detail import QuoteDetail
from tests.tui.helpers import explore, settle


@dataclass(frozen=True)
class Frame:
    """What one painted frame showed: the search box, the results' query, the quote."""

    typed: str
    results_for: str
    kk: str


def record_frames(app: C5App) -> list[Frame]:
    """Record what each frame the app paints from now on shows."""
    frames: list[Frame] = []
    display = app._display

    def paint(screen: Any, renderable: Any) -> None:
        display(screen, renderable)
        if renderable is None or app._batch_count:
            return  # nothing was drawn
        shown = explore(app)
        kk = shown.query_one("#detail", QuoteDetail).kk
        frames.append(Frame(shown.query_one("#search", Input).value, shown.results.query, kk))

    app._display = paint  # type: ignore[method-assign]
    return frames


async def test_a_typed_letter_is_first_drawn_with_its_results_and_quote(db_path: Path) -> None:
    app = C5App(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        frames = record_frames(app)
        for letter, typed in zip("литий", ("л", "ли", "лит", "лити", "литий"), strict=True):
            before = len(frames)
            app.post_message(events.Key(letter, letter))  # as the terminal driver sends it
            await settle(pilot)
            final = explore(app).query_one("#detail", QuoteDetail).kk
            first = next(f for f in frames[before:] if f.typed == typed)
            assert first == Frame(typed, typed, final)


async def test_a_slow_search_does_not_hold_the_letter_back_for_long(
    db_path: Path, monkeypatch: Any
) -> None:
    app = C5App(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        search = SearchEngine.search

        def slow_search(self: SearchEngine, *args: Any, **kwargs: Any) -> Any:
            time.sleep(0.5)
            return search(self, *args, **kwargs)

        monkeypatch.setattr(SearchEngine, "search", slow_search)
        frames = record_frames(app)
        pressed = time.monotonic()
        app.post_message(events.Key("л", "л"))
        while not any(f.typed == "л" for f in frames) and time.monotonic() - pressed < 0.4:
            await asyncio.sleep(0.005)
        waited = time.monotonic() - pressed
        assert [f.results_for for f in frames if f.typed == "л"][:1] == [""]
        assert waited < HOLD_FOR_RESULTS + 0.1
        await settle(pilot)
        assert explore(app).results.query == "л"
