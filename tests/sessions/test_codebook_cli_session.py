"""An analyst works from a second shell while the TUI is open on the same database: a
second article imported, claims suggested again and one accepted, an actor made from a
candidate and renamed. The TUI shows each change once refreshed (ctrl+r), and the store
holds them all when it closes."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

from textual.widgets import OptionList

from c5tui.tui.app import C5App
from c5tui.tui.screens.claims import ClaimsScreen
from c5tui.tui.screens.codebook import CodebookScreen
from tests.sessions.helpers import cli as run_cli
from tests.sessions.helpers import stored
from tests.tui.helpers import into_results, settle

ARTICLES = Path(__file__).resolve().parents[1] / "data" / "articles"


async def cli(db: Path, *args: str) -> list[dict]:
    out = await asyncio.to_thread(run_cli, db, *args, "--json")
    return [json.loads(line) for line in out.splitlines()]


async def test_shell_suggests_accepts_and_renames_while_the_tui_is_open(db_path: Path) -> None:
    # Yesterday's article, its one suggested claim set aside.
    [_tenge] = await cli(db_path, "import", str(ARTICLES / "zakon-tenge-rate.txt"))
    [dismissed] = await cli(db_path, "claims", "suggested")
    await asyncio.to_thread(run_cli, db_path, "claims", "dismiss", str(dismissed["id"]))

    app = C5App(db_path)
    async with app.run_test(size=(140, 40)) as pilot:
        await into_results(pilot)
        await pilot.press("c")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ClaimsScreen)
        screen.query_one("#claim-list", OptionList).focus()
        await pilot.press("s")
        await settle(pilot)
        assert screen.reviewing and screen.suggestions == []

        # Today's article and the rest from the shell, while the review list is open.
        [heating] = await cli(db_path, "import", str(ARTICLES / "akorda-heating-season.txt"))
        on_import = await cli(
            db_path, "claims", "suggested", "--document", str(heating["document"])
        )
        new = await cli(db_path, "claims", "suggest")
        assert new and {s["document"] for s in new} == {1}  # only the bundled interview's
        assert dismissed["quote"] not in {s["quote"] for s in new}
        chosen = new[0]
        [claim] = await cli(db_path, "claims", "accept", str(chosen["id"]))
        [candidate] = [
            c
            for c in await cli(db_path, "candidates", "--document", str(heating["document"]))
            if c["label"] == "Ерлан Ақкенженов"
        ]
        await asyncio.to_thread(run_cli, db_path, "candidates", "accept", "Ерлан Ақкенженов")
        [renamed] = await cli(db_path, "tags", "rename", "erlan_aqkenjenov", "akkenzhenov")
        assert (renamed["parent"], renamed["count"]) == ("kazakhstan", len(candidate["quotes"]))

        # The TUI shows what it read until it is refreshed.
        assert screen.suggestions == []
        await pilot.press("ctrl+r")
        await settle(pilot)
        waiting = [*on_import, *(s for s in new if s["id"] != chosen["id"])]
        assert sorted(s.id for s in screen.suggestions) == sorted(s["id"] for s in waiting)
        await pilot.press("s")
        await settle(pilot)
        assert claim["id"] in {c.id for c in screen.claims}

        await pilot.press("K")
        await settle(pilot)
        codebook = app.screen
        assert isinstance(codebook, CodebookScreen)
        shown = {t.id: t for t in codebook.view.tags}
        assert "erlan_aqkenjenov" not in shown and "erlan_aqkenjenov" not in app.codebook
        assert shown["akkenzhenov"].label_kk == "Ерлан Ақкенженов"
        assert codebook.view.counts["akkenzhenov"] == len(candidate["quotes"])
        assert "Ерлан Ақкенженов" not in {c.label for c in codebook.view.candidates}

    # The store after the app has closed.
    assert stored(db_path, "SELECT kind, origin, parent FROM tags WHERE id = 'akkenzhenov'") == [
        ("actor", "user", "kazakhstan")
    ]
    tagged = stored(db_path, "SELECT sentence_id FROM sentence_tags WHERE tag_id = 'akkenzhenov'")
    assert {r[0] for r in tagged} == set(candidate["quotes"])
    assert stored(db_path, "SELECT 1 FROM tags WHERE id = 'erlan_aqkenjenov'") == []
    assert stored(db_path, "SELECT DISTINCT decision, tag_id FROM candidate_decisions") == [
        ("accepted", "akkenzhenov")
    ]
    verdicts = dict(stored(db_path, "SELECT id, status FROM claim_suggestions"))
    assert verdicts[dismissed["id"]] == "dismissed"
    assert verdicts[chosen["id"]] == "accepted"
    stating = stored(
        db_path, f"SELECT sentence_id FROM claim_sentences WHERE claim_id = {claim['id']}"
    )
    assert stating == [(chosen["quote"],)]
    one_each = stored(
        db_path, "SELECT COUNT(*) = COUNT(DISTINCT sentence_id) FROM claim_suggestions"
    )
    assert one_each == [(1,)]
    assert stored(db_path, "PRAGMA integrity_check") == [("ok",)]
    assert stored(db_path, "PRAGMA foreign_key_check") == []
    # The shell finds the renamed actor's quotes; the old id is gone.
    found = await cli(db_path, "search", "actor:akkenzhenov", "--limit", "500")
    assert {q["id"] for q in found} == set(candidate["quotes"])
