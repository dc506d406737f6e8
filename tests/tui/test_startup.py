"""Opening the TUI does only what its first frame needs, once."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from textual.widgets import OptionList

from c5tui.search.glossary import load_glossary
from c5tui.store import connection
from c5tui.tui import render
from c5tui.tui.app import C5App
from tests.tui.helpers import explore, settle


def test_the_database_is_checked_once_when_the_tui_opens(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The integrity check takes up to a quarter of a second on a large database: the
    app's further connections to the file it has just checked do not run it again."""
    checked: list[Path] = []
    check = connection._quick_check

    def counted(conn: sqlite3.Connection, path: Path) -> None:
        checked.append(path)
        check(conn, path)

    monkeypatch.setattr(connection, "_quick_check", counted)
    app = C5App(db_path)
    try:
        assert checked == [db_path]
    finally:
        app.session.workspace.close()
        app._reader.close()
        app.workspace.close()
        app.engine.close()
        app.facet_engine.close()


async def test_rows_are_laid_out_again_only_when_the_width_changes(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    built: list[int] = []
    row = render.result_row

    def counted(*args: object, **kwargs: object) -> object:
        built.append(1)
        return row(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(render, "result_row", counted)
    app = C5App(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        hits = len(explore(app).results.hits)
        results = explore(app).query_one("#results", OptionList)
        assert hits > 20
        # Rows are laid out when they are first drawn: the ones on screen, not every hit.
        assert 0 < len(built) <= results.size.height < hits

        built.clear()
        await pilot.resize_terminal(120, 30)  # only the height: the rows stay as they are
        await settle(pilot)
        assert built == []

        await pilot.resize_terminal(110, 30)
        await settle(pilot)
        # The new width lays out again the rows on screen, and only those.
        assert 0 < len(built) <= results.size.height < hits
        assert results.option_count == hits


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
async def test_the_first_page_is_laid_out_for_the_width_the_list_gets(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, size: tuple[int, int]
) -> None:
    """The rows on the first page are laid out for the width the styles give the list
    (beside the facets on a wide screen, alone on a narrow one): right, so they are not
    laid out a second time when the list has its width."""
    widths: list[int] = []
    row = render.result_row

    def counted(*args: object, **kwargs: object) -> object:
        widths.append(args[4])  # type: ignore[arg-type]
        return row(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(render, "result_row", counted)
    app = C5App(db_path)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        screen = explore(app)
        results = screen.query_one("#results", OptionList)
        assert screen.inner_width_before_layout() == results.content_region.width
        # Only the rows on screen are laid out, each once, at the list's width.
        assert 0 < len(widths) <= results.size.height < len(screen.results.hits)
        assert set(widths) == {
            results.content_region.width - results.styles.scrollbar_size_vertical
        }


async def test_the_first_key_typed_finds_the_search_already_warmed(db_path: Path) -> None:
    load_glossary.cache_clear()  # as in a new process
    app = C5App(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await app.workers.wait_for_complete()
        # Parsed once the first frame was drawn, not when the first key is typed.
        assert load_glossary.cache_info().currsize == 1
        reads: list[str] = []
        app.engine.conn.set_trace_callback(reads.append)
        await pilot.press(*"литий")
        await settle(pilot)
        app.engine.conn.set_trace_callback(None)
        assert explore(app).results.hits  # the search ran on the engine traced
        assert reads and not any("search_terms" in sql for sql in reads)
