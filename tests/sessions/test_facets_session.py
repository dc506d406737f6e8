"""An analyst types the moment the TUI appears, reads the facets once the typing pauses,
tags the quote from a second shell, refreshes, ticks the new facet and quits: the facets
count the shell's tag, the filter finds the quote, and the tag is in the store after.

Facets are counted only once the keys rest, and the garbage collector's older
generations wait for rests too: the session checks both give way to a person's pace and
that the collector is as it was once the app has gone.
"""

from __future__ import annotations

import gc
from pathlib import Path

from textual.widgets import Input, OptionList

from c5tui.tui.app import C5App
from c5tui.tui.idle_collect import NEVER
from c5tui.tui.screens import explore as explore_module
from tests.sessions.helpers import cli_beside, stored
from tests.tui.helpers import explore, settle


def facet_values(app: C5App) -> dict[str, str]:
    facets = explore(app).query_one("#facets", OptionList)
    lines = {}
    for index in range(facets.option_count):
        option = facets.get_option_at_index(index)
        if option.id is not None:
            lines[option.id] = str(option.prompt.__rich__())  # type: ignore[union-attr]
    return lines


async def test_facets_follow_a_pause_and_a_tag_from_the_shell(
    db_path: Path,
) -> None:
    thresholds = gc.get_threshold()
    app = C5App(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press(*"литий")  # typed the moment the app appears
        await settle(pilot)
        screen = explore(app)
        assert screen.query_one("#search", Input).value == "литий"
        ids = [hit.sentence_id for hit in screen.results.hits]
        assert len(ids) == 1
        await pilot.pause(explore_module.FACETS_AFTER_KEYS_REST + 0.2)
        await settle(pilot)
        before = facet_values(app)
        assert "sector:minerals" in before and "sector:energy_transition" not in before
        assert "[ ] 1" in before["sector:minerals"]

        await cli_beside(db_path, "tag", str(ids[0]), "+energy_transition")
        await pilot.press("ctrl+r")
        await settle(pilot)
        await pilot.pause(explore_module.FACETS_AFTER_KEYS_REST + 0.2)
        await settle(pilot)
        after = facet_values(app)
        assert "[ ] 1" in after["sector:energy_transition"]

        facets = screen.query_one("#facets", OptionList)
        facets.focus()
        facets.highlighted = facets.get_option_index("sector:energy_transition")
        await pilot.press("space")
        await settle(pilot)
        assert "sector:energy_transition" in screen.query_one("#search", Input).value
        assert [hit.sentence_id for hit in screen.results.hits] == ids

        await pilot.pause(1.2)  # start-up's own collection is done: rests collect now
        assert gc.get_threshold()[1:] == (NEVER, NEVER)
        await pilot.press("q")
    assert gc.get_threshold() == thresholds and gc.isenabled()
    rows = stored(
        db_path,
        f"SELECT source FROM sentence_tags WHERE sentence_id = {ids[0]}"
        " AND tag_id = 'energy_transition' AND removed = 0",
    )
    assert rows == [("user",)]
