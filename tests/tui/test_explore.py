"""Explore driven with Pilot on a temporary database: search, detail, facets, selection."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, OptionList

from c5tui.tui.app import C5App
from c5tui.tui.screens.explore import PAGE
from c5tui.tui.widgets.facets import FacetList
from c5tui.tui.widgets.quote_detail import QuoteDetail
from c5tui.workspace import Workspace
from tests.tui.helpers import explore, into_results, option_text, settle


async def test_typing_a_query_shows_the_quote_first_with_its_translation(db_path: Path) -> None:
    app = C5App(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = explore(app)
        assert screen.query_one("#results", OptionList).option_count == PAGE
        await pilot.press(*"литий")
        await settle(pilot)
        first = screen.results.quotes[screen.results.hits[0].sentence_id]
        assert first.key == "p06.s01"
        kk = screen.query_one("#detail", QuoteDetail).kk
        en = screen.query_one("#detail", QuoteDetail).en
        assert "литий" in kk
        assert "lithium" in en
        assert "◆ fact" in screen.query_one("#detail", QuoteDetail).extras


async def test_command_letters_typed_in_the_search_box_are_text(db_path: Path) -> None:
    app = C5App(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        # Typed the moment the app appears: the search box has the keys, commands stay asleep.
        await pilot.press(*"queb tnrfjk ", *"литий")
        await settle(pilot)
        assert app.is_running
        assert explore(app).query_one("#search", Input).value == "queb tnrfjk литий"
        with Workspace.open(db_path) as workspace:
            assert workspace.selection() == []


async def test_latin_and_russian_keyboard_spellings_find_the_same_quote(db_path: Path) -> None:
    app = C5App(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = explore(app)
        found = []
        for query in ("казмунайгаз", "KazMunayGas"):
            screen.query_one("#search", Input).value = query
            await settle(pilot)
            found.append(screen.results.hits[0].sentence_id)
        assert found[0] == found[1]
        assert "ҚазМұнайГаз" in screen.results.quotes[found[0]].kk


async def test_a_stale_answer_does_not_replace_newer_results(db_path: Path) -> None:
    app = C5App(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = explore(app)
        screen.query_one("#search", Input).value = "көмір"
        await settle(pilot)
        current = list(screen.results.hits)
        from c5tui.tui.screens.explore import Results

        screen.show_results(Results("литий", [], {}))
        assert screen.results.hits == current


async def test_space_selects_and_the_store_has_it(db_path: Path) -> None:
    app = C5App(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await into_results(pilot)
        await pilot.press("j", "space")
        await settle(pilot)
        screen = explore(app)
        chosen = screen.results.hits[1].sentence_id
        assert "●" in option_text(screen.query_one("#results", OptionList), 1)
    with Workspace.open(db_path) as workspace:
        assert [item.sentence_id for item in workspace.selection()] == [chosen]


async def test_toggling_a_facet_filters_the_results(db_path: Path) -> None:
    app = C5App(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await into_results(pilot)
        screen = explore(app)
        facets = screen.query_one("#facets", FacetList)
        await pilot.press("f")
        facets.highlighted = facets.get_option_index("sector:minerals")
        await pilot.press("space")
        await settle(pilot)
        assert "sector:minerals" in screen.query_one("#search", Input).value
        quotes = screen.results.quotes.values()
        assert 0 < len(quotes) < 122
        assert all("minerals" in q.sectors for q in quotes)
        assert "sector:minerals" in screen.query_one("#facets", FacetList).ticked


async def test_refresh_shows_changes_from_another_process(db_path: Path) -> None:
    app = C5App(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = explore(app)
        first = screen.results.hits[0].sentence_id
        assert not screen.results.quotes[first].selected
        with Workspace.open(db_path) as other:
            other.select("sentence", first)
        await pilot.press("ctrl+r")
        await settle(pilot)
        assert screen.results.quotes[first].selected
        assert "●" in option_text(screen.query_one("#results", OptionList), 0)


async def test_moving_to_the_end_of_the_results_loads_the_next_page(db_path: Path) -> None:
    app = C5App(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await into_results(pilot)
        results = explore(app).query_one("#results", OptionList)
        seen = [results.option_count]
        for _ in range(3):
            await pilot.press("end")
            await settle(pilot)
            seen.append(results.option_count)
        assert seen == [PAGE, 2 * PAGE, 122, 122]
        keys = [explore(app).results.quotes[h.sentence_id].key for h in explore(app).results.hits]
        assert keys[0] == "p01.s01" and len(set(keys)) == 122  # document order, no repeats


async def test_the_next_page_adds_rows_and_leaves_the_shown_ones_alone(db_path: Path) -> None:
    app = C5App(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await into_results(pilot)
        results = explore(app).query_one("#results", OptionList)
        first_page = [results.get_option_at_index(i) for i in range(results.option_count)]
        await pilot.press("end")
        await settle(pilot)
        assert results.option_count == 2 * PAGE
        kept = [results.get_option_at_index(i) for i in range(PAGE)]
        assert all(a is b for a, b in zip(first_page, kept, strict=True))  # not built again
        assert results.highlighted == PAGE - 1  # the cursor stays where the key left it
        await pilot.press("down")
        assert results.highlighted == PAGE


async def test_any_string_typed_into_search_is_safe(db_path: Path) -> None:
    hostile = [
        '"',
        "*",
        "AND (",
        "NEAR(",
        "'; DROP TABLE sentences; --",
        "🙂🙃",
        "\x00",
        "ә" * 10_000,
    ]
    app = C5App(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = explore(app)
        for query in hostile:
            screen.query_one("#search", Input).value = query
            await settle(pilot)
            assert screen.results.query == query
        screen.query_one("#search", Input).value = "литий"
        await settle(pilot)
        assert screen.results.hits  # the store is intact and search still works


async def test_the_app_starts_in_the_search_box_and_the_list_passes_letters_on(
    db_path: Path,
) -> None:
    app = C5App(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        search = explore(app).query_one("#search", Input)
        assert search.has_focus
        await pilot.press("tab")  # into the results
        assert not search.has_focus
        # Cyrillic is no command: it goes on with the query, and typing carries on there.
        await pilot.press(*"литий")
        await settle(pilot)
        assert search.has_focus and search.value == "литий"
        first = explore(app).results.quotes[explore(app).results.hits[0].sentence_id]
        assert "литий" in first.kk.lower()
