"""Explore's facet panel: ticks that read without colour, full labels under headings,
counts over every hit of the query, and the arrow keys."""

from __future__ import annotations

import re
from pathlib import Path

from textual.widgets import Input, OptionList

from c5tui.tui.app import C5App
from c5tui.tui.screens.explore import ExploreScreen
from tests.tui.helpers import explore, into_results, settle


def facet_lines(screen: ExploreScreen) -> list[str]:
    """The facet panel's lines as the terminal shows them."""
    facets = screen.query_one("#facets", OptionList)
    return [facets.render_line(y).text.rstrip() for y in range(facets.content_size.height)]


async def facets_for(db_path: Path, query: str) -> list[str]:
    """The facet panel's lines once ``query`` is typed, at 120×40."""
    app = C5App(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = explore(app)
        screen.query_one("#search", Input).value = query
        await settle(pilot)
        return facet_lines(screen)


def entries(lines: list[str]) -> list[tuple[str, int, str]]:
    """(tick, count, label start) of each facet line; headings and wrapped lines are not."""
    found = []
    for line in lines:
        match = re.match(r"\s*(\[[x ]\])\s+(\d+)\s+(.*)", line)
        if match:
            found.append((match[1], int(match[2]), match[3]))
    return found


async def test_facets_count_every_hit_not_the_first_page(db_path: Path) -> None:
    # 122 quotes, 50 shown: 50 of all of them name the USA or one of its children (its
    # companies among them).
    counts = {label: count for _tick, count, label in entries(await facets_for(db_path, ""))}
    assert counts["USA"] == 50
    assert counts["Critical minerals"] == 18


async def test_facets_stand_under_headings_sorted_by_count(db_path: Path) -> None:
    lines = await facets_for(db_path, "")
    sectors, actors = lines.index("Sectors"), lines.index("Actors")
    assert sectors < actors
    for part in (lines[sectors:actors], lines[actors:]):
        counts = [count for _tick, count, _label in entries(part)]
        assert counts and counts == sorted(counts, reverse=True)


async def test_a_ticked_facet_reads_differently_from_an_unticked_one(db_path: Path) -> None:
    lines = await facets_for(db_path, "sector:minerals")
    ticks = {label: tick for tick, _count, label in entries(lines)}
    assert ticks["Critical minerals"] == "[x]"
    assert ticks["USA"] == "[ ]"


async def test_a_long_label_is_shown_whole(db_path: Path) -> None:
    shown = " ".join(" ".join(await facets_for(db_path, "DFC")).split())
    assert "U.S. International Development Finance Corporation" in shown


async def test_a_long_label_wraps_under_itself_not_under_the_tick(db_path: Path) -> None:
    lines = await facets_for(db_path, "DFC")
    first = next(n for n, line in enumerate(lines) if "U.S. International" in line)
    lead = re.match(r"\s*\[[ x]\]\s+\d+ ", lines[first])
    assert lead is not None
    continued = lines[first + 1]
    # The next line carries on the label, indented to where the label began.
    assert continued[: lead.end()].strip() == ""
    assert continued[lead.end()] != " " and "[" not in continued


async def test_arrows_walk_the_facets_and_keep_their_place_after_a_tick(db_path: Path) -> None:
    app = C5App(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await into_results(pilot)
        screen = explore(app)
        facets = screen.query_one("#facets", OptionList)
        await pilot.press("f")
        await settle(pilot)
        # The cursor is on the first facet, below the heading, as soon as the panel has focus.
        assert facets.has_focus
        first = facets.highlighted_option
        assert first is not None and first.id is not None
        await pilot.press("down", "down")
        chosen = facets.highlighted_option
        assert chosen is not None and chosen.id not in (None, first.id)
        await pilot.press("space")
        await settle(pilot)
        assert str(chosen.id) in screen.query_one("#search", Input).value
        # The list is redrawn for the new query; the cursor stays on the facet just ticked.
        assert facets.has_focus
        ticked = facets.highlighted_option
        assert ticked is not None and ticked.id == chosen.id
        await pilot.press("down")
        after = facets.highlighted_option
        assert after is not None and after.id not in (None, chosen.id)
