"""Explore's result rows show the hit, whatever its place in a long sentence."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import OptionList

from c5tui.tui.app import C5App
from tests.tui.helpers import explore, option_text, settle


async def test_a_row_shows_the_words_around_a_late_hit(db_path: Path) -> None:
    app = C5App(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        # The word stands at character 164 of a 219-character sentence.
        await pilot.press(*"транзакциялық")
        await settle(pilot)
        results = explore(app).query_one("#results", OptionList)
        row = option_text(results, 0)
        assert "тікелей транзакциялық бетбұрысқа" in row
        assert "…" in row.split("транзакциялық")[0]
        # The tag chips still show, in the room the words leave.
        assert "#" in row.split("транзакциялық")[1]
