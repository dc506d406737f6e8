"""An analyst grows the codebook from new articles: two imported with the CLI while the
TUI is open, then in the Codebook screen one candidate accepted, another merged and the
merge undone, and a candidate's quotes read in Explore; the CLI then finds the new actor."""

from __future__ import annotations

import json
from pathlib import Path

from textual.widgets import Input, OptionList

from c5tui.tui.app import C5App
from c5tui.tui.screens.ask import AskText
from c5tui.tui.screens.codebook import CodebookScreen
from tests.sessions.helpers import cli_beside as cli
from tests.sessions.helpers import stored
from tests.tui.helpers import explore, into_results, settle

ARTICLES = Path(__file__).resolve().parents[1] / "data" / "articles"


def highlight(screen: CodebookScreen, label: str) -> None:
    listing = screen.query_one("#codebook-candidates", OptionList)
    listing.focus()
    listing.highlighted = [c.label for c in screen.view.candidates].index(label)


def aliases(db: Path, tag_id: str) -> list[str]:
    rows = stored(db, f"SELECT aliases FROM tags WHERE id = '{tag_id}'")
    return json.loads(str(rows[0][0])) if rows else []


async def test_candidates_accepted_merged_undone_and_read(db_path: Path) -> None:
    app = C5App(db_path)
    async with app.run_test(size=(140, 40)) as pilot:
        await into_results(pilot)
        for name in ("akorda-heating-season", "zakon-tenge-rate"):
            await cli(db_path, "import", str(ARTICLES / f"{name}.txt"))
        await pilot.press("K")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, CodebookScreen)
        found = {c.label: c for c in screen.view.candidates}
        assert {"Айдар Қасымов", "Ерлан Ақкенженов"} <= set(found)
        assert "Қасым-Жомарт Тоқаев" not in found  # the codebook knows him: president_kz
        kasymov_quotes = set(found["Айдар Қасымов"].quotes)

        highlight(screen, "Айдар Қасымов")
        await pilot.press("a")
        await settle(pilot)
        highlight(screen, "Ерлан Ақкенженов")
        await pilot.press("m")
        await settle(pilot)
        assert isinstance(app.screen, AskText)
        await pilot.press(*"kazakhstan", "enter")
        await settle(pilot)
        assert "Ерлан Ақкенженов" in aliases(db_path, "kazakhstan")
        await pilot.press("u")
        await settle(pilot)
        assert "Ерлан Ақкенженов" not in aliases(db_path, "kazakhstan")
        assert "Ерлан Ақкенженов" in {c.label for c in screen.view.candidates}

        akkenzhenov = next(c for c in screen.view.candidates if c.label == "Ерлан Ақкенженов")
        highlight(screen, "Ерлан Ақкенженов")
        await pilot.press("enter")
        await settle(pilot)
        search = explore(app).query_one("#search", Input)
        assert "Ақкенженов" in search.value
        assert set(akkenzhenov.quotes) <= set(explore(app).results.quotes)

    # The store after the app has closed.
    tag = stored(
        db_path, "SELECT kind, origin, label_en, parent FROM tags WHERE id = 'aidar_qasymov'"
    )
    assert tag == [("actor", "user", "Aidar Qasymov", None)]
    decisions = stored(db_path, "SELECT DISTINCT label, decision, tag_id FROM candidate_decisions")
    assert decisions == [("Айдар Қасымов", "accepted", "aidar_qasymov")]
    auto = stored(db_path, "SELECT sentence_id FROM sentence_tags WHERE tag_id = 'aidar_qasymov'")
    assert {r[0] for r in auto} == kasymov_quotes
    assert stored(db_path, "PRAGMA integrity_check") == [("ok",)]
    assert stored(db_path, "PRAGMA foreign_key_check") == []
    # The CLI, in its own process, finds the new actor's quotes.
    out = await cli(db_path, "search", "actor:aidar_qasymov", "--json")
    assert {json.loads(line)["id"] for line in out.splitlines()} == kasymov_quotes
    out = await cli(db_path, "candidates", "--json")
    labels = {json.loads(line)["label"] for line in out.splitlines()}
    assert "Айдар Қасымов" not in labels and "Ерлан Ақкенженов" in labels
