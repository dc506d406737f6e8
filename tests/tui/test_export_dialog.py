"""The Export dialog: the database is never a target, and overwriting asks a visible question."""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path

import pytest
from textual.widgets import Checkbox, Input, Static

from c5tui.tui.app import C5App
from c5tui.tui.screens.confirm import Confirm
from c5tui.tui.screens.export import ExportDialog
from c5tui.workspace import Workspace
from tests.tui.helpers import into_results, settle


def with_selection(db_path: Path) -> C5App:
    with Workspace.open(db_path) as workspace:
        workspace.select("sentence", 12)
    return C5App(db_path)


async def test_the_open_database_is_refused_as_the_export_file(db_path: Path) -> None:
    app = with_selection(db_path)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await into_results(pilot)
        await pilot.press("e")
        await settle(pilot)
        before = hashlib.sha256(db_path.read_bytes()).hexdigest()
        app.screen.query_one("#export-path", Input).value = str(db_path)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, ExportDialog)  # no "overwrite?" question for the database
        messages = [n.message for n in app._notifications]
        assert any("choose another output file" in m for m in messages), messages
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before


async def test_the_overwrite_question_is_drawn_in_full(db_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "brief.md"
    target.write_text("an earlier brief", encoding="utf-8")
    app = with_selection(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await into_results(pilot)
        await pilot.press("e")
        await settle(pilot)
        app.screen.query_one("#export-path", Input).value = str(target)
        await pilot.press("ctrl+s")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, Confirm)
        box = dialog.query_one("#confirm")
        assert box.size.width >= 40 and box.size.height >= 2  # the question and the keys
        texts = [str(s.render()) for s in dialog.query(Static)]
        assert any("exists. Overwrite it?" in t for t in texts)
        assert any("y yes · n no" in t for t in texts)


async def test_the_preview_and_the_file_are_built_off_the_event_loop(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from c5tui.tui.screens import export as export_screen

    threads: list[bool] = []
    real = export_screen.render_brief

    def watched(*args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread() is threading.main_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(export_screen, "render_brief", watched)
    target = tmp_path / "brief.md"
    app = with_selection(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await into_results(pilot)
        await pilot.press("e")
        await settle(pilot)
        app.screen.query_one("#export-notes", Checkbox).toggle()
        await settle(pilot)
        app.screen.query_one("#export-path", Input).value = str(target)
        await pilot.press("ctrl+s")
        await settle(pilot)
    assert target.exists()
    assert len(threads) >= 3 and not any(threads)  # open, option change, the file itself


async def test_title_intro_and_the_brief_summary_in_the_dialog(
    db_path: Path, tmp_path: Path
) -> None:
    from textual.widgets import Collapsible, Markdown, TextArea

    article = tmp_path / "a.txt"
    article.write_text(" date 2025-01-02 Тақырып\nБірінші сөйлем. Екінші.\n", encoding="utf-8")
    with Workspace.open(db_path) as workspace:
        imported = workspace.quotes(workspace.import_article(article).document_id)
        workspace.select("sentence", 36)
        workspace.select("claim", 1)
        workspace.select("sentence", imported[1].id)
        workspace.add_note("sentence", 36, "Check the figure.")
    target = tmp_path / "brief.md"
    app = C5App(db_path)
    async with app.run_test(size=(120, 45)) as pilot:
        await into_results(pilot)
        await pilot.press("e")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        summary = str(dialog.query_one("#export-summary", Static).render())
        assert summary == "2 quotes · 1 claim · 1 note · untranslated: ¶1 s2"
        dialog.query_one("#export-title", Input).value = "Minerals brief"
        dialog.query_one("#export-intro", TextArea).text = "Why this matters."
        await settle(pilot)
        shown = dialog.query_one("#export-markdown", Markdown).source
        assert shown.startswith("# Minerals brief\n\nWhy this matters.\n")  # the body first
        front = dialog.query_one("#export-front", Collapsible)
        assert front.collapsed
        assert 'title: "Minerals brief"' in str(
            dialog.query_one("#export-front-text", Static).render()
        )
        dialog.query_one("#export-path", Input).value = str(target)
        await pilot.press("ctrl+s")
        await settle(pilot)
    written = target.read_text(encoding="utf-8")
    assert "\n# Minerals brief\n\nWhy this matters.\n" in written
