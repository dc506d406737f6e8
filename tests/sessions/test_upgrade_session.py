"""An analyst opens, with this c5tui, a database an older one made.

The version-9 database holds the interview and an article auto-tagged, an auto tag the
analyst removed and a tag they added by hand. The TUI upgrades it on launch; they type a
search the moment it appears and tag a quote; a second shell adds a note and retags
meanwhile; they quit and reopen. Every tag decision and the note are there, auto tags
carry no time, the old pages went back to the disk and the store is sound.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from textual.widgets import Input

from c5tui.store.migrations import latest_version
from c5tui.tui.app import C5App
from tests.sessions.helpers import cli_beside as cli
from tests.sessions.helpers import stored
from tests.tui.helpers import explore, settle

FROZEN_V9 = Path(__file__).resolve().parents[1] / "data" / "c5tui-v9.db"
USER_TAGS = (
    "SELECT sentence_id, tag_id, removed, created_at FROM sentence_tags WHERE source = 'user'"
)


async def test_an_old_database_upgraded_in_the_tui_keeps_every_decision(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    shutil.copyfile(FROZEN_V9, db)
    before = sorted(stored(db, USER_TAGS))
    assert before

    app = C5App(db)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press(*"литий")  # typed as soon as the app is there
        await settle(pilot)
        screen = explore(app)
        assert screen.query_one("#search", Input).value == "литий"
        highlighted = screen.current_quote()
        assert highlighted is not None and "литий" in highlighted.kk
        quote = highlighted.id
        assert "energy_transition" not in highlighted.sectors
        await pilot.press("tab", "t", *"energy_transition", "enter", "escape")
        await settle(pilot)
        await cli(db, "annotate", str(quote), "checked against the USGS figures")
        await cli(db, "retag")
        await pilot.press("ctrl+r")
        await settle(pilot)
        assert "energy_transition" in app.workspace.quote(quote).sectors

    reopened = C5App(db)
    async with reopened.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert "energy_transition" in reopened.workspace.quote(quote).sectors

    assert stored(db, "PRAGMA user_version")[0][0] == latest_version()
    after = sorted(stored(db, USER_TAGS))
    kept = [row for row in after if row[:2] != (quote, "energy_transition")]
    assert kept == before  # the decisions made before the upgrade, with their times
    assert [row[2] for row in after if row[:2] == (quote, "energy_transition")] == [0]
    assert stored(db, f"SELECT body FROM annotations WHERE sentence_id = {quote}") == [
        ("checked against the USGS figures",)
    ]
    assert stored(db, "SELECT count(*) FROM sentence_tags WHERE source = 'auto'")[0][0] > 0
    assert stored(
        db, "SELECT count(*) FROM sentence_tags WHERE source = 'auto' AND created_at IS NOT NULL"
    ) == [(0,)]
    assert stored(db, "PRAGMA freelist_count") == [(0,)]
    assert stored(db, "PRAGMA integrity_check") == [("ok",)]
    assert len(list(tmp_path.glob("old.db.v9-*.bak"))) == 1
