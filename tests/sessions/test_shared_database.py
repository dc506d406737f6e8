"""The TUI open on a database while the CLI writes to it, as a user works in two shells.

Every acknowledged write from either side must be in the store afterwards, the WAL must
stay in place while the TUI runs, and the app must stay up whatever the other side did.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest
from textual import events
from textual.widgets import Input, OptionList, TextArea

from c5tui.tui.app import C5App
from c5tui.tui.screens.basket import BasketScreen
from c5tui.tui.screens.notes import NotesDialog
from tests.sessions.helpers import cli_beside as cli
from tests.sessions.helpers import stored
from tests.tui.helpers import explore, into_results, settle


async def first_hit(pilot, query: str) -> int:  # type: ignore[no-untyped-def]
    screen = explore(pilot.app)
    screen.query_one("#search", Input).value = query
    await settle(pilot)
    screen.query_one("#results", OptionList).focus()
    return screen.results.hits[0].sentence_id


async def write_note(pilot, text: str) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("n")
    await settle(pilot)
    assert isinstance(pilot.app.screen, NotesDialog)
    await pilot.press(*text, "ctrl+s")
    await settle(pilot)


async def test_tui_and_cli_writing_in_turn_lose_nothing(db_path: Path) -> None:
    app = C5App(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        lithium = await first_hit(pilot, "литий")
        await write_note(pilot, "TUI note one")
        await cli(db_path, "annotate", "2", "CLI note one")
        await pilot.press("space")  # select the lithium quote
        await settle(pilot)
        await cli(db_path, "select", "5")
        await cli(db_path, "tag", "7", "+energy_transition")
        wabtec = await first_hit(pilot, "Wabtec")
        await write_note(pilot, "TUI note two")
        await cli(db_path, "annotate", "9", "CLI note two")
        # The TUI's connections still hold their locks, so the CLI left the WAL alone.
        assert Path(f"{db_path}-wal").exists()
        assert Path(f"{db_path}-shm").exists()
        await pilot.press("ctrl+r")
        await settle(pilot)
        screen = explore(app)
        screen.query_one("#search", Input).value = "has:note"
        await settle(pilot)
        shown = {hit.sentence_id for hit in screen.results.hits}
        assert shown == {lithium, 2, wabtec, 9}
    notes = {row[1] for row in stored(db_path, "SELECT sentence_id, body FROM annotations")}
    assert notes == {"TUI note one", "CLI note one", "TUI note two", "CLI note two"}
    order = "SELECT sentence_id FROM selection ORDER BY position"
    selected = [r[0] for r in stored(db_path, order)]
    assert selected == [lithium, 5]
    user_tags = stored(db_path, "SELECT sentence_id, tag_id FROM sentence_tags WHERE source='user'")
    assert user_tags == [(7, "energy_transition")]
    assert stored(db_path, "PRAGMA integrity_check") == [("ok",)]


async def test_a_lock_held_elsewhere_keeps_the_app_up_and_the_note_typed(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("C5TUI_BUSY_TIMEOUT_MS", "4000")
    app = C5App(db_path)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)
        quote = await first_hit(pilot, "литий")
        await pilot.press("n")
        await settle(pilot)
        holder = sqlite3.connect(db_path, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")
        try:
            await pilot.press(*"lithium: check the figure", "ctrl+s")
            # The write waits for the lock on its own thread; the screen goes on.
            started = time.monotonic()
            await pilot.press("ctrl+n")
            assert time.monotonic() - started < 2.5  # well before the 4 s the write waits
            await settle(pilot)
        finally:
            holder.execute("ROLLBACK")
            holder.close()
        dialog = app.screen
        assert isinstance(dialog, NotesDialog)
        assert dialog.query_one("#note-editor", TextArea).text == "lithium: check the figure"
        messages = [n.message for n in app._notifications]
        assert any("database is busy" in m for m in messages), messages
        assert stored(db_path, "SELECT body FROM annotations") == []
        await pilot.press("ctrl+s")  # the lock is free now
        await settle(pilot)
        assert not isinstance(app.screen, NotesDialog)
    assert stored(db_path, "SELECT sentence_id, body FROM annotations") == [
        (quote, "lithium: check the figure")
    ]


async def test_undoing_a_note_deleted_elsewhere_is_a_message(db_path: Path) -> None:
    app = C5App(db_path)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)
        await first_hit(pilot, "литий")
        await write_note(pilot, "to be deleted by the CLI")
        (note_id,) = stored(db_path, "SELECT id FROM annotations")[0]
        await cli(db_path, "notes", "delete", str(note_id))
        await pilot.press("u")
        await settle(pilot)
        messages = [n.message for n in app._notifications]
        assert any("Cannot undo add note" in m for m in messages), messages
        assert app.is_running
        await pilot.press("space")  # the app still works
        await settle(pilot)
    assert len(stored(db_path, "SELECT 1 FROM selection")) == 1


async def test_refresh_shows_the_basket_as_another_process_left_it(db_path: Path) -> None:
    app = C5App(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await into_results(pilot)
        await cli(db_path, "select", "3", "4")
        await pilot.press("b")
        await settle(pilot)
        basket = app.screen
        assert isinstance(basket, BasketScreen)
        assert basket.items == [("sentence", 3), ("sentence", 4)]
        await cli(db_path, "unselect", "--all")
        await cli(db_path, "select", "8")
        await pilot.press("ctrl+r")
        await settle(pilot)
        assert basket.items == [("sentence", 8)]
        await pilot.press("d")
        await settle(pilot)
        assert basket.items == []
    assert stored(db_path, "SELECT count(*) FROM selection") == [(0,)]


async def test_a_note_typed_fast_is_saved_whole(db_path: Path) -> None:
    text = "Typed at speed, then saved at once: every letter counts."
    app = C5App(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await first_hit(pilot, "литий")
        await pilot.press("n")
        await settle(pilot)
        # As a terminal delivers a fast typist's keys: all queued before any is handled.
        for char in text:
            app.post_message(events.Key(char, char))
        app.post_message(events.Key("ctrl+s", None))
        await settle(pilot)
        await settle(pilot)
    assert stored(db_path, "SELECT body FROM annotations") == [(text,)]
