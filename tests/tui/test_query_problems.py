"""The query language in the TUI: problems shown under the box, filters that agree."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Static

from c5tui.tui.app import C5App
from tests.tui.helpers import explore, open_claims, settle


def shown(widget: Static) -> str:
    return str(widget.render()) if widget.display else ""


async def test_an_unknown_sector_in_explore_says_what_was_meant(db_path: Path) -> None:
    app = C5App(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = explore(app)
        problems = screen.query_one("#query-problems", Static)
        assert shown(problems) == ""
        await pilot.press(*"литий sector:minerl")
        await settle(pilot)
        assert "unknown sector 'minerl' (did you mean: minerals)" in shown(problems)
        assert screen.results.hits  # the words are still searched
        await pilot.press("backspace", "backspace", "backspace", *"eral")
        await settle(pilot)
        assert shown(problems) == ""


async def test_claims_filter_by_kind_synonym_and_actor_label(db_path: Path) -> None:
    app = C5App(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_claims(pilot)
        await pilot.press(*"kind:prediction")
        await settle(pilot)
        assert [c.key for c in screen.claims] == ["c15", "c16"]
        assert {c.kind for c in screen.claims} == {"forecast"}
        problems = screen.query_one("#claim-problems", Static)
        assert shown(problems) == ""
        await pilot.press(*" actor:USA")
        await settle(pilot)
        assert screen.claims and all("usa" in c.actors for c in screen.claims)


async def test_claims_show_an_unknown_value_under_the_filter(db_path: Path) -> None:
    app = C5App(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_claims(pilot)
        await pilot.press(*"role:answr")
        await settle(pilot)
        problems = screen.query_one("#claim-problems", Static)
        assert "unknown role 'answr' (did you mean: answer)" in shown(problems)
