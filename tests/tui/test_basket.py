"""The Selection basket acts on the item under the cursor, wherever it is in the list."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from textual.widgets import OptionList

from c5tui.tui.app import C5App
from c5tui.tui.screens.basket import BasketScreen
from c5tui.tui.screens.read import ReadScreen
from c5tui.workspace import Workspace
from tests.tui.helpers import into_results, settle


def basket_order(db: Path) -> list[int]:
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute("SELECT sentence_id FROM selection ORDER BY position").fetchall()
        return [r[0] for r in rows]
    finally:
        conn.close()


async def open_basket(db_path: Path, ids: list[int]):  # type: ignore[no-untyped-def]
    with Workspace.open(db_path) as workspace:
        for sentence_id in ids:
            workspace.select("sentence", sentence_id)
    return C5App(db_path)


async def test_remove_move_and_read_hit_the_highlighted_item(db_path: Path) -> None:
    app = await open_basket(db_path, [10, 20, 30, 40])
    async with app.run_test(size=(120, 40)) as pilot:
        await into_results(pilot)
        await pilot.press("b")
        await settle(pilot)
        basket = app.screen
        assert isinstance(basket, BasketScreen)
        listing = basket.query_one("#basket", OptionList)
        await pilot.press("down", "down", "down")  # the last of four
        assert basket.current() == ("sentence", 40)
        await pilot.press("shift+up")
        await settle(pilot)
        assert basket_order(db_path) == [10, 20, 40, 30]
        assert basket.current() == ("sentence", 40)  # the cursor moves with the item
        await pilot.press("down")
        await pilot.press("d")
        await settle(pilot)
        assert basket_order(db_path) == [10, 20, 40]
        listing.highlighted = 1
        await pilot.press("enter")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReadScreen)
        current = reader.current_quote()
        assert current is not None and current.id == 20
