"""A reader on a small terminal types the moment the TUI appears, walks the results with the
arrows, zooms the Kazakh | English pane and scrolls it, tags the quote from a second shell,
refreshes, narrows the window, selects the quote and quits.

The pane lays its lines out itself, so the session checks what a person sees at each step:
the quote under the cursor, its whole Kazakh and English (nothing cut at the pane's width),
the shell's tag, and the selection in the store after.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from textual.widgets import Input, OptionList

from c5tui.tui.app import C5App
from c5tui.tui.widgets.quote_detail import QuoteDetail
from tests.sessions.helpers import cli_beside, stored
from tests.tui.helpers import explore, settle


def sentence(db: Path, sentence_id: int) -> tuple[str, str]:
    [(kk, en)] = stored(db, f"SELECT kk, en FROM sentences WHERE id = {sentence_id}")
    return str(kk), str(en)


def all_words_drawn(detail: QuoteDetail) -> bool:
    """Each line fits the pane and every word of the paragraph and its English is drawn."""
    drawn = detail.drawn()
    assert drawn and all(len(line) <= detail.size.width for line in drawn)
    shown = Counter(" ".join(drawn).split())
    return Counter(f"{detail.meta} {detail.kk} {detail.en}".split()) <= shown


async def test_walking_zooming_and_tagging_in_the_detail_pane(db_path: Path) -> None:
    app = C5App(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*"уран")  # typed the moment the app appears
        await settle(pilot)
        screen = explore(app)
        assert screen.query_one("#search", Input).value == "уран"
        ids = [hit.sentence_id for hit in screen.results.hits]
        assert len(ids) >= 3
        detail = screen.query_one("#detail", QuoteDetail)
        results = screen.query_one("#results", OptionList)
        assert results.highlighted == 0
        kk, en = sentence(db_path, ids[0])
        assert kk in detail.kk and en in detail.en  # the quote, in its paragraph

        results.focus()
        await pilot.press("down", "down")
        await settle(pilot)
        assert results.highlighted == 2
        kk, en = sentence(db_path, ids[2])
        assert kk in detail.kk and en in detail.en
        assert sentence(db_path, ids[0])[0] not in detail.kk
        # Every word of both sides is drawn, side by side, within the pane.
        assert all_words_drawn(detail)

        await pilot.press("z")
        await settle(pilot)
        assert screen.maximized is detail and screen.focused is detail
        await pilot.press("end")
        await settle(pilot)
        overflows = detail.virtual_size.height > detail.size.height
        assert detail.scroll_y == (detail.max_scroll_y if overflows else 0)
        await pilot.press("escape")
        await settle(pilot)
        assert screen.maximized is None and screen.focused is results

        await cli_beside(db_path, "tag", str(ids[2]), "+logistics")
        await pilot.press("ctrl+r")
        await settle(pilot)
        assert results.highlighted == 2
        assert "+logistics Logistics (user)" in detail.extras

        await pilot.resize_terminal(60, 24)
        await settle(pilot)
        assert all_words_drawn(detail)

        await pilot.press("space")
        await settle(pilot)
        await pilot.press("q")
    assert stored(db_path, "SELECT sentence_id FROM selection") == [(ids[2],)]
    assert stored(
        db_path,
        f"SELECT source FROM sentence_tags WHERE sentence_id = {ids[2]}"
        " AND tag_id = 'logistics' AND removed = 0",
    ) == [("user",)]
