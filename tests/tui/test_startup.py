"""Opening the TUI does only what its first frame needs, once."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from textual.widgets import OptionList

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
        assert hits > 20
        # Opening lays the rows out for the list's width; the first ones may be laid out
        # before the list has one, and then again.
        assert len(built) <= hits + pilot.app.screen.query_one("#results", OptionList).size.height

        built.clear()
        await pilot.resize_terminal(120, 30)  # only the height: the rows stay as they are
        await settle(pilot)
        assert built == []

        await pilot.resize_terminal(110, 30)
        await settle(pilot)
        assert len(built) == hits
        results = explore(app).query_one("#results", OptionList)
        assert results.option_count == hits


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
async def test_the_first_page_is_laid_out_for_the_width_the_list_gets(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, size: tuple[int, int]
) -> None:
    """The first page is laid out before the first frame, for the width the styles give
    the list (beside the facets on a wide screen, alone on a narrow one): right, the rows
    are not laid out a second time when the list has its width."""
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
        assert len(widths) == len(screen.results.hits)
        assert set(widths) == {
            results.content_region.width - results.styles.scrollbar_size_vertical
        }
