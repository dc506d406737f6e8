"""An analyst keeps the codebook tidy from a second shell while the TUI is open: a tag made
and put on a quote with the CLI, then renamed, relabelled and put under a country; the TUI
shows each change after a refresh, finds the quote by the new id, and the tag is taken
off in the TUI under its new name."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from c5tui.tui.app import C5App
from tests.sessions.helpers import cli_beside as cli
from tests.sessions.helpers import stored
from tests.tui.helpers import detail_for, explore, into_results, settle


async def test_a_tag_renamed_and_moved_in_the_cli_is_what_the_tui_shows(db_path: Path) -> None:
    quote = int(stored(db_path, "SELECT id FROM sentences WHERE kk LIKE '%Wabtec%' LIMIT 1")[0][0])
    app = C5App(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await into_results(pilot)
        await cli(db_path, "tags", "add", "kmg", "--kind", "actor", "--label-en", "KMG")
        await cli(db_path, "tag", str(quote), "+kmg")
        await pilot.press("ctrl+r")
        assert "+kmg" in await detail_for(pilot, "Wabtec")

        await cli(db_path, "tags", "rename", "kmg", "kazmunaygas_mine")
        await cli(db_path, "tags", "relabel", "kazmunaygas_mine", "--label-en", "KazMunayGas")
        await cli(db_path, "tags", "parent", "kazmunaygas_mine", "kazakhstan")
        await pilot.press("ctrl+r")
        extras = await detail_for(pilot, "Wabtec")
        assert "+kazmunaygas_mine" in extras and "kmg" not in extras
        explore(app).query_one("#search", Input).value = "actor:kazmunaygas_mine"
        await settle(pilot)
        assert quote in explore(app).results.quotes

        await detail_for(pilot, "Wabtec")
        await pilot.press("t", *"kazmunaygas_mine", "enter", "escape")
        await settle(pilot)
    rows = stored(
        db_path,
        f"SELECT tag_id, removed FROM sentence_tags WHERE sentence_id = {quote}"
        " AND tag_id IN ('kmg', 'kazmunaygas_mine')",
    )
    assert rows in ([], [("kazmunaygas_mine", 1)])  # taken off: gone, or kept as removed
    tag = stored(db_path, "SELECT label_en, parent FROM tags WHERE id = 'kazmunaygas_mine'")
    assert tag == [("KazMunayGas", "kazakhstan")]
