"""The co-occurrence screen: counts by hand, arrows to move, enter drills into Explore."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from textual.widgets import DataTable, Input, OptionList, Static

from c5tui.tui.app import C5App
from c5tui.tui.screens.cooccur import CooccurScreen, bar, cell_text
from tests.tui.helpers import explore, into_results, settle


def test_shading_is_digits_and_bars_that_need_no_colour() -> None:
    assert bar(8, 8) == "████"
    assert bar(4, 8) == "██  "
    assert bar(1, 16) == "▎   "  # small but never invisible
    assert bar(0, 8) == "    "
    console = Console(width=40, color_system=None, no_color=True)
    with console.capture() as capture:
        console.print(cell_text(8, 16), end="")
    assert capture.get() == "  8 ██  "


async def test_arrows_move_and_enter_opens_explore_on_the_cell(db_path: Path) -> None:
    app = C5App(db_path)
    async with app.run_test(size=(160, 45)) as pilot:
        await into_results(pilot)
        await pilot.press("o")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, CooccurScreen)
        assert screen.matrix is not None
        assert [t.id for t in screen.matrix.rows][:2] == ["usa", "kazakhstan"]
        assert [t.id for t in screen.matrix.cols][:2] == ["minerals", "logistics"]
        table = screen.query_one("#cooccur", DataTable)
        await pilot.press("right")  # from USA × minerals to USA × logistics
        await settle(pilot)
        # Counted by hand (test_cooccur): p23.s01 counts through Wabtec, a US company.
        assert screen.current() == ("usa", "logistics", 9)
        said = str(screen.query_one("#cooccur-cell", Static).render())
        assert "USA × Logistics: 9 quotes" in said
        assert "9 █" in str(table.get_cell_at(table.cursor_coordinate))
        await pilot.press("down")  # Kazakhstan × logistics
        await settle(pilot)
        assert screen.current() == ("kazakhstan", "logistics", 4)
        await pilot.press("up", "enter")
        await settle(pilot)
        screen_now = explore(app)
        assert screen_now.query_one("#search", Input).value == "actor:usa sector:logistics"
        results = screen_now.query_one("#results", OptionList)
        assert results.option_count == 9  # the cell's count: trump, biden and wabtec count for usa


async def test_a_search_limits_the_matrix_and_s_swaps_it(db_path: Path) -> None:
    app = C5App(db_path)
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(pilot)
        await pilot.press(*"Трамп")
        await settle(pilot)
        await pilot.press("tab", "o")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, CooccurScreen)
        assert screen.matrix is not None
        assert all(n <= screen.matrix.quotes for row in screen.matrix.counts for n in row)
        assert screen.matrix.quotes < 20
        await pilot.press("s")
        await settle(pilot)
        assert screen.matrix.rows[0].kind == "sector"
        await pilot.press("enter")
        await settle(pilot)
        query = explore(app).query_one("#search", Input).value
        assert query.startswith("Трамп actor:") and " sector:" in query
