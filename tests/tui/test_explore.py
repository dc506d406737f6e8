"""The Explore screen driven with Pilot on a temporary database."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, OptionList, Static

from c5tui.tui.app import C5App
from c5tui.workspace import Workspace


async def settle(app: C5App, pilot) -> None:  # type: ignore[no-untyped-def]
    await app.workers.wait_for_complete()
    await pilot.pause()


async def test_typing_a_query_shows_the_quote_first_with_its_translation(db_path: Path) -> None:
    app = C5App(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        assert app.query_one("#results", OptionList).option_count == 122
        app.query_one(Input).focus()
        await pilot.press(*"литий")
        await settle(app, pilot)
        first = app.workspace.quote(app.hits[0].sentence_id)
        assert first.key == "p06.s01"
        kk = str(app.query_one("#kk", Static).render())
        en = str(app.query_one("#en", Static).render())
        assert "литий" in kk
        assert "lithium" in en


async def test_space_selects_and_the_store_has_it(db_path: Path) -> None:
    app = C5App(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        app.query_one("#results", OptionList).focus()
        await pilot.press("j", "space")
        await settle(app, pilot)
        chosen = app.hits[1].sentence_id
    with Workspace.open(db_path) as workspace:
        assert [item.sentence_id for item in workspace.selection()] == [chosen]


async def test_refresh_shows_changes_from_another_process(db_path: Path) -> None:
    app = C5App(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        first = app.hits[0].sentence_id
        assert not app.quotes[first].selected
        with Workspace.open(db_path) as other:
            other.select("sentence", first)
        await pilot.press("ctrl+r")
        await settle(app, pilot)
        assert app.quotes[first].selected
        assert "✓" in str(app.query_one("#results", OptionList).get_option_at_index(0).prompt)
