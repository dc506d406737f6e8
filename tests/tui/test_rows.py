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


async def test_the_list_draws_each_row_as_laid_out_and_the_highlight_under_it(
    db_path: Path,
) -> None:
    app = C5App(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press(*"энергетика")
        await settle(pilot)
        results = explore(app).query_one("#results", OptionList)
        drawn = [results.render_line(y) for y in range(3)]
        for index, strip in enumerate(drawn):
            assert strip.text.rstrip() == option_text(results, index).rstrip()
            assert strip.cell_length == results.scrollable_content_region.width
        # The highlighted row has the list's highlight behind its own colours.
        highlight = results.get_visual_style("option-list--option-highlighted").rich_style
        first, second = (list(strip)[-1].style for strip in drawn[:2])
        assert first is not None and first.bgcolor == highlight.bgcolor
        assert second is None or second.bgcolor != highlight.bgcolor


async def test_a_row_wider_than_the_list_ends_in_an_ellipsis(db_path: Path) -> None:
    app = C5App(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        results = explore(app).query_one("#results", OptionList)
        option = results.get_option_at_index(0)
        style = results.get_visual_style("option-list--option")
        width = 30
        strips = option.prompt.render_strips(width, None, style, None)  # type: ignore[union-attr]
        assert len(strips) == 1 and strips[0].cell_length == width
        assert strips[0].text.endswith("…")
        assert strips[0].text[:-1] == option_text(results, 0)[: width - 1]
