"""Explore's glossary: English queries find untranslated Kazakh; ctrl+g turns it off."""

from __future__ import annotations

import os
from pathlib import Path

from textual.widgets import OptionList

from c5tui.tui.app import C5App
from c5tui.tui.settings import load_settings
from c5tui.tui.widgets.quote_detail import QuoteDetail
from c5tui.workspace import Workspace
from tests.tui.helpers import explore, option_text, settle

FALSE_FRIENDS = Path(__file__).resolve().parents[1] / "data" / "glossary" / "false-friends.txt"


def with_untranslated_piece(db_path: Path) -> Path:
    with Workspace.open(db_path) as workspace:
        workspace.import_article(FALSE_FRIENDS)
    return db_path


def untranslated_rows(results: OptionList) -> list[str]:
    return [
        text
        for text in (option_text(results, i) for i in range(results.option_count))
        if "≈" in text
    ]


async def test_an_english_query_finds_untranslated_kazakh_and_ctrl_g_turns_it_off(
    db_path: Path,
) -> None:
    app = C5App(with_untranslated_piece(db_path))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = explore(app)
        await pilot.press(*"uranium")
        await settle(pilot)
        results = screen.query_one("#results", OptionList)
        marked = untranslated_rows(results)
        assert len(marked) == 2 and all("ұран" not in row for row in marked)
        assert results.border_title == "Quotes"
        # On the first glossary hit, the detail names the pair and highlights the word.
        results.highlighted = next(
            i for i, h in enumerate(screen.results.hits) if h.glossary and h.score < 0
        )
        await settle(pilot)
        assert "uranium → уранды" in screen.query_one("#detail", QuoteDetail).meta

        await pilot.press("ctrl+g")  # from the search box, where the cursor still is
        await settle(pilot)
        assert "glossary off" in str(results.border_title)
        assert untranslated_rows(results) == []
        assert results.option_count > 0  # the translated quotes stay
    # The choice is remembered for the next launch.
    assert load_settings(Path(os.environ["C5TUI_CONFIG"])).glossary is False


async def test_the_glossary_stays_off_when_the_settings_say_so(db_path: Path) -> None:
    Path(os.environ["C5TUI_CONFIG"]).write_text("glossary = false\n", encoding="utf-8")
    app = C5App(with_untranslated_piece(db_path))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = explore(app)
        results = screen.query_one("#results", OptionList)
        assert "glossary off" in str(results.border_title)
        await pilot.press(*"uranium")
        await settle(pilot)
        assert untranslated_rows(results) == []
        await pilot.press("ctrl+g")
        await settle(pilot)
        assert len(untranslated_rows(results)) == 2
