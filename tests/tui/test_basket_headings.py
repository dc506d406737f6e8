"""Section headings in the Selection screen: added above an item, renamed, moved, undone."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from textual.widgets import OptionList

from c5tui.export.markdown import render_markdown, selection_request
from c5tui.tui.app import C5App
from c5tui.tui.screens.basket import BasketScreen
from c5tui.tui.screens.heading import HeadingDialog
from c5tui.workspace import Workspace
from tests.tui.helpers import into_results, settle


def stored_basket(db: Path) -> list[tuple[int | None, str | None]]:
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute("SELECT sentence_id, heading FROM selection ORDER BY position, id")
        return [(r[0], r[1]) for r in rows]
    finally:
        conn.close()


async def test_a_heading_goes_above_the_highlighted_quote_and_into_the_brief(
    db_path: Path,
) -> None:
    with Workspace.open(db_path) as workspace:
        for sentence_id in (1, 36, 6):
            workspace.select("sentence", sentence_id)
    app = C5App(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await into_results(pilot)
        await pilot.press("b")
        await settle(pilot)
        basket = app.screen
        assert isinstance(basket, BasketScreen)
        await pilot.press("down")  # quote 36
        await pilot.press("h")
        await settle(pilot)
        assert isinstance(app.screen, HeadingDialog)
        await pilot.press(*"Critical minerals", "enter")
        await settle(pilot)
        assert basket.items[:3] == [("sentence", 1), basket.items[1], ("sentence", 36)]
        assert basket.items[1][0] == "heading"
        assert stored_basket(db_path) == [
            (1, None),
            (None, "Critical minerals"),
            (36, None),
            (6, None),
        ]
        # On the heading, h renames it; shift+up moves it like any item.
        await pilot.press("up")
        assert basket.current() == basket.items[1]
        await pilot.press("h")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, HeadingDialog)
        await pilot.press("ctrl+a", "ctrl+k", *"Minerals", "enter")
        await settle(pilot)
        await pilot.press("shift+up")
        await settle(pilot)
        assert stored_basket(db_path)[:2] == [(None, "Minerals"), (1, None)]
        await pilot.press("u")  # undo the move
        await settle(pilot)
        assert stored_basket(db_path)[:2] == [(1, None), (None, "Minerals")]
        heading = next(i for i, item in enumerate(basket.items) if item[0] == "heading")
        basket.query_one("#basket", OptionList).highlighted = heading
        await pilot.press("d")  # remove the heading ...
        await settle(pilot)
        assert [h for _, h in stored_basket(db_path) if h] == []
        await pilot.press("u")  # ... and undo that too
        await settle(pilot)
        assert [h for _, h in stored_basket(db_path) if h] == ["Minerals"]
    with Workspace.open(db_path) as workspace:
        markdown = render_markdown(workspace, selection_request(workspace, lang="en"))
    quote = markdown.index("Today China controls")
    assert markdown.index("\n## Minerals\n") < quote
    assert markdown.index("ASTANA. KAZINFORM") < markdown.index("\n## Minerals\n")
