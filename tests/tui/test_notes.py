"""The notes dialog: its keys as the footer names them, counts, editing and local times."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from textual.widgets import OptionList, Static, TextArea
from textual.widgets._footer import FooterKey

from c5tui.tui.app import C5App
from c5tui.tui.screens.notes import NotesDialog
from c5tui.workspace import Workspace
from tests.tui.helpers import option_text, settle

STORED_AT = "2026-12-01T18:19:00+00:00"


@pytest.fixture
def local_zone(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str], None]]:
    """Set the local time zone for one test (POSIX TZ strings need no zone database)."""

    def set_zone(zone: str) -> None:
        monkeypatch.setenv("TZ", zone)
        time.tzset()

    yield set_zone
    monkeypatch.undo()
    time.tzset()


def add_notes(db_path: Path, *bodies: str) -> int:
    """A quote with these notes, all stored at ``STORED_AT``; returns the quote's id."""
    with Workspace.open(db_path) as workspace:
        quote = workspace.quotes()[4].id
        for body in bodies:
            workspace.add_note("sentence", quote, body)
        workspace.db.conn.execute(
            "UPDATE annotations SET created_at = ?, updated_at = ?", [STORED_AT, STORED_AT]
        )
        workspace.db.conn.commit()
    return quote


async def open_notes(pilot, quote: int) -> NotesDialog:  # type: ignore[no-untyped-def]
    await settle(pilot)
    pilot.app.open_notes("sentence", quote)
    await settle(pilot)
    dialog = pilot.app.screen
    assert isinstance(dialog, NotesDialog)
    return dialog


async def test_the_hint_names_the_delete_key_as_the_footer_does(db_path: Path) -> None:
    quote = add_notes(db_path, "First.")
    app = C5App(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        dialog = await open_notes(pilot, quote)
        dialog.query_one("#note-list", OptionList).focus()
        await settle(pilot)
        keys = {k.description: k.key_display for k in dialog.query(FooterKey)}
        hint = str(dialog.query_one("#notes-hint", Static).render())
        assert f"{keys['Delete note']} delete" in hint
        assert f"{keys['Save']} save" in hint


async def test_the_count_reads_as_english(db_path: Path) -> None:
    app = C5App(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        dialog = await open_notes(pilot, add_notes(db_path, "One."))
        assert dialog.query_one("#note-list", OptionList).border_title == "1 note"
    again = C5App(db_path)
    async with again.run_test(size=(120, 40)) as pilot:
        dialog = await open_notes(pilot, add_notes(db_path, "Two."))
        assert dialog.query_one("#note-list", OptionList).border_title == "2 notes"


async def test_editing_a_note_puts_the_cursor_at_its_end(db_path: Path) -> None:
    quote = add_notes(db_path, "First line\nsecond line")
    app = C5App(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        dialog = await open_notes(pilot, quote)
        dialog.query_one("#note-list", OptionList).focus()
        await pilot.press("enter")
        await settle(pilot)
        editor = dialog.query_one("#note-editor", TextArea)
        assert editor.has_focus
        assert editor.cursor_location == (1, len("second line"))
        await pilot.press(*" more")
        assert editor.text == "First line\nsecond line more"


@pytest.mark.parametrize(
    ("zone", "shown"),
    [
        ("EKB-5", "2026-12-01 23:19 EKB"),
        ("<+05>-5", "2026-12-01 23:19 UTC+05:00"),
        ("UTC0", "2026-12-01 18:19 UTC"),
    ],
)
async def test_times_are_local_and_say_their_zone(
    db_path: Path, local_zone: Callable[[str], None], zone: str, shown: str
) -> None:
    local_zone(zone)
    quote = add_notes(db_path, "Dated.")
    app = C5App(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        dialog = await open_notes(pilot, quote)
        listing = dialog.query_one("#note-list", OptionList)
        assert option_text(listing, 0).startswith(shown)
        listing.focus()
        await pilot.press("enter")
        await settle(pilot)
        assert shown in str(dialog.query_one("#note-editor", TextArea).border_title)


async def test_quitting_with_a_note_typed_warns_once_then_quits(db_path: Path) -> None:
    quote = add_notes(db_path)
    app = C5App(db_path)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        dialog = await open_notes(pilot, quote)
        editor = dialog.query_one("#note-editor", TextArea)
        editor.focus()
        await pilot.press(*"Half a thought")
        await pilot.press("ctrl+q")
        await settle(pilot)
        assert app.is_running and app.screen is dialog
        assert editor.text == "Half a thought"
        assert any("The note is not saved" in n.message for n in app._notifications)
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert not app.is_running
    with Workspace.open(db_path) as workspace:
        assert workspace.notes("sentence", quote) == []


async def test_quitting_with_nothing_typed_quits_at_once(db_path: Path) -> None:
    quote = add_notes(db_path, "Saved.")
    app = C5App(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_notes(pilot, quote)
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert not app.is_running
