"""Escape sequences in stored text are shown as visible text on every screen, not run."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from textual.screen import Screen
from textual.widgets import OptionList, Static

from c5tui.tui.app import C5App
from c5tui.tui.screens.basket import BasketScreen
from c5tui.tui.screens.claims import ClaimsScreen
from c5tui.tui.screens.notes import NotesDialog
from c5tui.tui.screens.read import ReadScreen
from c5tui.tui.screens.tag_picker import TagPicker
from tests.escapes import HOSTILE, QUOTE_ID, UNSAFE, store_hostile_text
from tests.tui.helpers import explore, option_text, settle


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


def options_text(listing: OptionList) -> str:
    return "\n".join(option_text(listing, i) for i in range(listing.option_count))


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
        for part in ("#kk", "#extras"):
            assert_visible(str(screen.query_one(part, Static).render()))
        assert_visible(option_text(screen.query_one("#results", OptionList), 0))
        assert not UNSAFE.search(screen_text(screen))


async def test_notes_read_claims_basket_and_tags_show_stored_text_safely(
    hostile_db: Path,
) -> None:
    app = C5App(hostile_db)
    async with app.run_test(size=(200, 50)) as pilot:
        await settle(pilot)
        explore(app).query_one("#search").value = "литий"  # type: ignore[attr-defined]
        await settle(pilot)
        explore(app).query_one("#results", OptionList).focus()

        await pilot.press("n")
        await settle(pilot)
        assert isinstance(app.screen, NotesDialog)
        assert_visible(options_text(app.screen.query_one("#note-list", OptionList)))
        await pilot.press("escape")
        await settle(pilot)

        await pilot.press("r")
        await settle(pilot)
        assert isinstance(app.screen, ReadScreen)
        assert_visible(str(app.screen.query_one("#read-title", Static).render()))
        assert_visible(options_text(app.screen.query_one("#reader", OptionList)))
        assert not UNSAFE.search(screen_text(app.screen))
        await pilot.press("escape")
        await settle(pilot)

        await pilot.press("c")
        await settle(pilot)
        assert isinstance(app.screen, ClaimsScreen)
        assert_visible(options_text(app.screen.query_one("#claim-list", OptionList)))
        assert_visible(str(app.screen.query_one("#claim-body", Static).render()))
        assert not UNSAFE.search(screen_text(app.screen))
        await pilot.press("escape")
        await settle(pilot)

        await pilot.press("b")
        await settle(pilot)
        assert isinstance(app.screen, BasketScreen)
        assert not UNSAFE.search(screen_text(app.screen))
        await pilot.press("escape")
        await settle(pilot)

        await pilot.press("t")
        await settle(pilot)
        assert isinstance(app.screen, TagPicker)
        assert not UNSAFE.search(screen_text(app.screen))
