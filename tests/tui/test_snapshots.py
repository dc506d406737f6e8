"""How each screen looks, at 120×40 and at 80×24 (pytest-textual-snapshot).

Update the approved images with ``pytest tests/tui/test_snapshots.py --snapshot-update``
after checking the change in the HTML report.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from c5tui.tui.app import C5App
from c5tui.tui.screens import export as export_screen
from c5tui.workspace import Workspace
from tests.tui.helpers import settle

SIZES = [pytest.param((120, 40), id="120x40"), pytest.param((80, 24), id="80x24")]
FIXED_TIME = "2026-01-01T00:00:00+00:00"


@pytest.fixture
def snapshot_db(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A database with a small selection and a fixed clock, so every run draws the same."""
    monkeypatch.setattr(export_screen, "now", lambda: FIXED_TIME)
    monkeypatch.setattr(export_screen, "default_export_path", lambda: Path("selection.md"))
    with Workspace.open(db_path) as workspace:
        by_key = {q.key: q.id for q in workspace.quotes()}
        for key in ("p06.s01", "p17.s02", "p20.s03"):
            workspace.select("sentence", by_key[key])
    return db_path


def steps(*keys: str, query: str | None = None) -> Callable[[Pilot], Awaitable[None]]:
    async def run(pilot: Pilot) -> None:
        await settle(pilot)
        if query is not None:
            pilot.app.screen.query_one("#search", Input).value = query
            await settle(pilot)
        if keys and keys[0] not in ("down", "up"):
            await pilot.press("tab")  # from the search box, where the app starts, to the results
        for key in keys:
            await pilot.press(key)
            await settle(pilot)
        pilot.app.clear_notifications()
        # A blinking cursor would be drawn or not depending on the moment of the capture.
        for field in pilot.app.screen.query("Input, TextArea"):
            field.cursor_blink = False  # type: ignore[attr-defined]
        await pilot.pause()

    return run


@pytest.mark.parametrize("size", SIZES)
def test_explore(snap_compare, snapshot_db: Path, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    app = C5App(snapshot_db)
    assert snap_compare(app, terminal_size=size, run_before=steps("down", query="литий"))


@pytest.mark.parametrize("size", SIZES)
def test_read(snap_compare, snapshot_db: Path, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    app = C5App(snapshot_db)
    assert snap_compare(app, terminal_size=size, run_before=steps("r", query="Wabtec"))


@pytest.mark.parametrize("size", SIZES)
def test_tag(snap_compare, snapshot_db: Path, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    app = C5App(snapshot_db)
    assert snap_compare(app, terminal_size=size, run_before=steps("t", "m", "i", "n"))


@pytest.mark.parametrize("size", SIZES)
def test_annotate(snap_compare, snapshot_db: Path, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    app = C5App(snapshot_db)
    assert snap_compare(app, terminal_size=size, run_before=steps("n", *"Source?"))


@pytest.mark.parametrize("size", SIZES)
def test_selection(snap_compare, snapshot_db: Path, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    app = C5App(snapshot_db)
    assert snap_compare(app, terminal_size=size, run_before=steps("b"))


@pytest.mark.parametrize("size", SIZES)
def test_export(snap_compare, snapshot_db: Path, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    app = C5App(snapshot_db)
    assert snap_compare(app, terminal_size=size, run_before=steps("e"))


@pytest.mark.parametrize("size", SIZES)
def test_cooccurrence(snap_compare, snapshot_db: Path, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    app = C5App(snapshot_db)
    assert snap_compare(app, terminal_size=size, run_before=steps("o", "right", "down"))


@pytest.mark.parametrize("size", SIZES)
def test_help(snap_compare, snapshot_db: Path, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    app = C5App(snapshot_db)
    assert snap_compare(app, terminal_size=size, run_before=steps("question_mark"))


def test_explore_in_the_light_theme(snap_compare, snapshot_db: Path) -> None:  # type: ignore[no-untyped-def]
    app = C5App(snapshot_db)

    async def light(pilot: Pilot) -> None:
        pilot.app.theme = "textual-light"
        await steps(query="Wabtec")(pilot)

    assert snap_compare(app, terminal_size=(120, 40), run_before=light)


@pytest.mark.parametrize("size", SIZES)
def test_claims(snap_compare, snapshot_db: Path, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    app = C5App(snapshot_db)
    assert snap_compare(app, terminal_size=size, run_before=steps("c", "down"))


@pytest.mark.parametrize("size", SIZES)
def test_new_tag(snap_compare, snapshot_db: Path, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    app = C5App(snapshot_db)
    assert snap_compare(
        app, terminal_size=size, run_before=steps("t", *"Сирек жер", "down", "enter")
    )


@pytest.mark.parametrize("size", SIZES)
def test_notifications_over_a_dialog(
    snap_compare, snapshot_db: Path, size: tuple[int, int]
) -> None:  # type: ignore[no-untyped-def]
    app = C5App(snapshot_db)

    async def notified(pilot: Pilot) -> None:
        await steps("t", *"min")(pilot)
        pilot.app.notify("Tagged minerals on 1 quote")
        pilot.app.notify("Untagged geopolitics on 1 quote", severity="warning")
        await pilot.pause()

    assert snap_compare(app, terminal_size=size, run_before=notified)
