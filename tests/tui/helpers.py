"""Driving the app: wait for its background work, read what a screen shows."""

from __future__ import annotations

from contextlib import suppress

from textual.pilot import Pilot
from textual.widgets import Input, OptionList
from textual.worker import WorkerCancelled

from c5tui.tui.app import C5App
from c5tui.tui.screens.claims import ClaimsScreen
from c5tui.tui.screens.explore import ExploreScreen
from c5tui.tui.widgets.aligned_reader import AlignedReader
from c5tui.tui.widgets.quote_detail import QuoteDetail


async def settle(pilot: Pilot) -> None:
    """Let searches and detail loads finish and the screen catch up."""
    for _ in range(3):
        writes_done = getattr(pilot.app, "writes_done", None)
        if writes_done is not None:
            await writes_done()
        for screen in pilot.app.screen_stack:
            # A search superseded by a newer one is cancelled; the next round waits for that.
            with suppress(WorkerCancelled):
                await screen.workers.wait_for_complete()
        await pilot.pause()
    # The Read view reads and lays out the pages around it when the keys rest.
    readers = list(pilot.app.screen.query(AlignedReader))
    while any(r.laying_out_ahead for r in readers) or any(w.is_running for w in pilot.app.workers):
        with suppress(WorkerCancelled):
            await pilot.app.workers.wait_for_complete()
        await pilot.pause()


def explore(app: C5App) -> ExploreScreen:
    screen = app.screen
    assert isinstance(screen, ExploreScreen), type(screen)
    return screen


def option_text(options: OptionList, index: int) -> str:
    """The plain text an option shows."""
    prompt = options.get_option_at_index(index).prompt
    lines = pilot_console().render_lines(prompt)
    return "\n".join("".join(s.text for s in line) for line in lines)


def pilot_console():  # type: ignore[no-untyped-def]
    from rich.console import Console

    return Console(width=200, color_system=None)


async def into_results(pilot: Pilot) -> None:
    """Settle after launch, then go from the search box (where the app starts) to the results."""
    await settle(pilot)
    await pilot.press("tab")
    await settle(pilot)


async def open_claims(pilot: Pilot) -> ClaimsScreen:
    """Settle after launch and open the Claims screen from the results."""
    await into_results(pilot)
    await pilot.press("c")
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, ClaimsScreen), type(screen)
    return screen


def reader_lines(reader) -> list[tuple[str, bool]]:  # type: ignore[no-untyped-def]
    """Each line the Read view draws now: its text, and whether the cursor is on it."""
    cursor = reader.get_component_rich_style("aligned-reader--cursor").bgcolor
    lines = []
    for y in range(reader.scrollable_content_region.height):
        strip = reader.render_line(y)
        on = any(s.style is not None and s.style.bgcolor == cursor for s in strip if s.text.strip())
        lines.append((strip.text, on))
    return lines


def cursor_text(reader) -> str:  # type: ignore[no-untyped-def]
    """The lines of the Read view under its cursor, as plain text."""
    return "\n".join(text for text, on in reader_lines(reader) if on)


async def detail_for(pilot: Pilot, query: str) -> str:
    """Search for ``query``, go to the results, and the detail's tag line of the first hit."""
    screen = explore(pilot.app)
    screen.query_one("#search", Input).value = query
    await settle(pilot)
    screen.query_one("#results", OptionList).focus()
    await settle(pilot)
    return screen.query_one("#detail", QuoteDetail).extras
