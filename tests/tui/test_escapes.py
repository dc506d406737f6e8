"""Escape sequences in stored text are shown as visible text on every screen, not run."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from textual.screen import Screen
from textual.widgets import OptionList

from c5tui.tui.app import C5App
from c5tui.tui.screens.basket import BasketScreen
from c5tui.tui.screens.claims import ClaimsScreen
from c5tui.tui.screens.notes import NotesDialog
from c5tui.tui.screens.read import ReadScreen
from c5tui.tui.screens.tag_picker import TagPicker
from c5tui.tui.widgets.aligned_reader import AlignedReader
from c5tui.tui.widgets.quote_detail import QuoteDetail
from tests.escapes import HOSTILE, QUOTE_ID, UNSAFE, store_hostile_text
from tests.tui.helpers import explore, option_text, reader_lines, settle


@pytest.fixture
def hostile_db(db_path: Path) -> Path:
    """Hostile text in a note added by the CLI, a sentence, a claim, a tag and a title."""
    subprocess.run(
        [sys.executable, "-m", "c5tui", "--db", str(db_path), "annotate", str(QUOTE_ID)],
        input=f"note {HOSTILE}",
        text=True,
        check=True,
        capture_output=True,
    )
    subprocess.run(
        [sys.executable, "-m", "c5tui", "--db", str(db_path), "select", str(QUOTE_ID), "1"],
        check=True,
        capture_output=True,
    )
    store_hostile_text(db_path)
    return db_path


def screen_text(screen: Screen) -> str:
    """Every character the screen sends to the terminal, as plain text."""
    return "\n".join(strip.text for strip in screen._compositor.render_strips())


def assert_visible(text: str) -> None:
    assert "␛]0;pwned␇" in text or "␛\\]0;pwned␇" in text
    assert not UNSAFE.search(text), repr(UNSAFE.findall(text))


async def test_explore_shows_the_quote_its_tags_claims_and_notes_safely(hostile_db: Path) -> None:
    app = C5App(hostile_db)
    async with app.run_test(size=(200, 50)) as pilot:
        await settle(pilot)
        screen = explore(app)
        screen.query_one("#search").value = "литий"  # type: ignore[attr-defined]
        await settle(pilot)
        assert screen.results.hits[0].sentence_id == QUOTE_ID
        for selector in ("#detail", "#results"):
            assert_visible(widget_text(screen, selector))
        assert not UNSAFE.search(screen_text(screen))


# The key that opens a screen from Explore, the screen, and the widgets that show the
# hostile text. The whole notes dialog is not checked: its title line is the app's.
SCREENS: list[tuple[str, type[Screen], tuple[str, ...], bool]] = [
    ("n", NotesDialog, ("#note-list",), False),
    ("r", ReadScreen, ("#read-title", "#reader"), True),
    ("c", ClaimsScreen, ("#claim-list", "#claim-body"), True),
    ("b", BasketScreen, ("#basket",), True),
    ("t", TagPicker, ("#tag-options",), True),
]


def widget_text(screen: Screen, selector: str) -> str:
    widget = screen.query_one(selector)
    if isinstance(widget, OptionList):
        return "\n".join(option_text(widget, i) for i in range(widget.option_count))
    if isinstance(widget, QuoteDetail):
        return "\n".join(widget.drawn())
    if isinstance(widget, AlignedReader):
        return "\n".join(text for text, _ in reader_lines(widget))
    return str(widget.render())


async def test_notes_read_claims_basket_and_tags_show_stored_text_safely(
    hostile_db: Path,
) -> None:
    app = C5App(hostile_db)
    async with app.run_test(size=(200, 50)) as pilot:
        await settle(pilot)
        explore(app).query_one("#search").value = "литий"  # type: ignore[attr-defined]
        await settle(pilot)
        explore(app).query_one("#results", OptionList).focus()
        for key, kind, selectors, whole in SCREENS:
            await pilot.press(key)
            await settle(pilot)
            assert isinstance(app.screen, kind)
            for selector in selectors:
                assert_visible(widget_text(app.screen, selector))
            if whole:
                assert not UNSAFE.search(screen_text(app.screen))
            await pilot.press("escape")
            await settle(pilot)
