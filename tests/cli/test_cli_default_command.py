"""With no command, c5tui opens the terminal interface, whatever global options come first."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from click.testing import CliRunner

from c5tui.cli import cli
from c5tui.workspace import Workspace


@pytest.fixture
def opened_with(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The database paths the TUI was opened on, instead of opening it."""
    calls: list[Path] = []

    def run_app(db_path: Path, workspace: Workspace) -> None:
        assert workspace.path == db_path  # opened, and on that database
        workspace.close()
        calls.append(db_path)

    monkeypatch.setattr("c5tui.tui.app.run_app", run_app)
    return calls


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["--db", "{db}"],
        ["--debug"],
        ["--debug", "--db", "{db}"],
        ["--db", "{db}", "--debug"],
        ["tui"],
        ["--db", "{db}", "tui"],
    ],
)
def test_global_options_alone_open_the_tui_on_that_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, opened_with: list[Path], args: list[str]
) -> None:
    db = tmp_path / "chosen.db"
    monkeypatch.setenv("C5TUI_DB", str(db))
    result = CliRunner().invoke(cli, [a.format(db=db) for a in args])
    assert (result.exit_code, result.stderr) == (0, "")
    assert opened_with == [db]
    assert gc.isenabled()  # stopped for the app's start-up only


def test_help_still_shows_help(opened_with: list[Path]) -> None:
    result = CliRunner().invoke(cli, ["--db", "x.db", "--help"])
    assert result.exit_code == 0
    assert "With no command, opens the terminal interface" in result.stdout
    assert opened_with == []
