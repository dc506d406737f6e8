"""An analyst upgrades c5tui over a database made with an earlier codebook.

The article about a new train was imported when `logistics` had no word for trains, so its
quote has no logistics tag; the analyst had tagged it by hand with a tag of their own and
merged a railway's name into `logistics`. The TUI opens on the upgraded program (which adds
the newer codebook's names), `retag` runs in a second shell while the TUI stays open, and
after a refresh `sector:logistics` finds the quote — with the analyst's tag and name kept.
"""

from __future__ import annotations

import json
from pathlib import Path

from textual.widgets import Input

from c5tui.model import Tag
from c5tui.tui.app import C5App
from c5tui.workspace import Workspace
from tests.sessions.helpers import cli_beside as cli
from tests.sessions.helpers import stored
from tests.tui.helpers import explore, into_results, settle

TRAIN = (
    " date 2025-12-01 Жаңа бағыт ашылды\n"
    "Астана мен Түркістан арасында жаңа пойыз қатынай бастады.\n"
)
MERGED = "Қазақстан темір жолы"


def as_an_earlier_release_left_it(db: Path, tmp_path: Path) -> int:
    """The train article imported, then the store put back as the earlier codebook had
    it: logistics without its newer names (but with one the user merged in), no auto
    logistics tag on the train quote, and no codebook stamp. Returns the quote's id."""
    article = tmp_path / "train.txt"
    article.write_text(TRAIN, encoding="utf-8")
    with Workspace.open(db) as workspace:
        document = workspace.import_article(article).document_id
        (quote,) = [q.id for q in workspace.quotes(document)]
        rail_watch = Tag("rail_watch", "sector", "Rail watch", "Rail watch", origin="user")
        workspace.create_tag(rail_watch, on=[("sentence", quote)])
        conn = workspace.db.conn
        conn.execute(
            "UPDATE tags SET aliases = ? WHERE id = 'logistics'",
            [json.dumps(["логистика", MERGED], ensure_ascii=False)],
        )
        conn.execute(
            "DELETE FROM sentence_tags WHERE sentence_id = ? AND tag_id = 'logistics'", [quote]
        )
        conn.execute("DELETE FROM bundled_codebook")
        conn.commit()
    return quote


async def test_after_an_upgrade_retag_in_the_shell_brings_the_new_names_to_the_tui(
    db_path: Path, tmp_path: Path
) -> None:
    quote = as_an_earlier_release_left_it(db_path, tmp_path)
    app = C5App(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await into_results(pilot)
        screen = explore(app)
        screen.query_one("#search", Input).value = "sector:logistics пойыз"
        await settle(pilot)
        assert quote not in screen.results.quotes  # imported before the new names

        await cli(db_path, "retag")
        await pilot.press("ctrl+r")
        await settle(pilot)
        screen.query_one("#search", Input).value = "sector:logistics"
        await settle(pilot)
        screen.query_one("#search", Input).value = "sector:logistics пойыз"
        await settle(pilot)
        assert quote in screen.results.quotes

    tags = stored(db_path, f"SELECT tag_id, source FROM sentence_tags WHERE sentence_id = {quote}")
    assert ("logistics", "auto") in tags
    assert ("rail_watch", "user") in tags
    (aliases,) = stored(db_path, "SELECT aliases FROM tags WHERE id = 'logistics'")[0]
    assert isinstance(aliases, str)
    names = json.loads(aliases)
    assert names[:2] == ["логистика", MERGED] and "пойыз" in names
