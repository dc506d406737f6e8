"""Escape sequences in stored text reach the terminal as visible text, not as commands."""

from __future__ import annotations

import contextlib
import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from c5tui.workspace import Workspace
from tests.cli.test_cli_corpus import run
from tests.escapes import HOSTILE, QUOTE_ID, SHOWN, UNSAFE, store_hostile_text


@pytest.fixture
def hostile_db(db_path: Path) -> Path:
    """Hostile text in a note (through the CLI), a sentence, a claim, a tag and a title."""
    assert run(db_path, "annotate", str(QUOTE_ID), f"note {HOSTILE}").returncode == 0
    assert run(db_path, "select", str(QUOTE_ID)).returncode == 0
    store_hostile_text(db_path)
    return db_path


@pytest.mark.parametrize(
    "args",
    [
        ["notes"],
        ["quotes"],
        ["search", "литий"],
        ["selection"],
        ["claims"],
        ["tags"],
    ],
)
def test_text_output_shows_control_characters_visibly(hostile_db: Path, args: list[str]) -> None:
    result = run(hostile_db, *args)
    assert result.returncode == 0, result.stderr
    assert SHOWN in result.stdout
    assert not UNSAFE.search(result.stdout)


def test_the_store_and_json_keep_the_exact_text(hostile_db: Path) -> None:
    with Workspace.open(hostile_db) as workspace:
        assert workspace.notes("sentence", QUOTE_ID)[0].body == f"note {HOSTILE}"
        assert workspace.quote(QUOTE_ID).kk.endswith(HOSTILE)
    notes = run(hostile_db, "notes", "--json")
    assert [json.loads(line)["body"] for line in notes.stdout.splitlines()] == [f"note {HOSTILE}"]
    quotes = run(hostile_db, "search", "литий", "--json", "--limit", "1")
    assert json.loads(quotes.stdout)["kk"].endswith(HOSTILE)
    # JSON escapes the characters, so even --json on a terminal runs no sequence.
    assert not UNSAFE.search(notes.stdout + quotes.stdout)


def test_a_note_keeps_one_row_per_note_in_text_output(db_path: Path) -> None:
    run(db_path, "annotate", "10", "first line\nsecond\tline")
    result = run(db_path, "notes")
    assert result.stdout.count("\n") == 1
    assert result.stdout.rstrip("\n").split("\t")[-1] == "first line␊second␉line"


def test_an_error_message_is_one_visible_line(db_path: Path, tmp_path: Path) -> None:
    missing = tmp_path / "nope\x1b[2J\nfile"
    result = run(db_path, "import", str(missing))
    assert result.returncode == 2
    assert result.stderr == f"c5tui: error: {tmp_path}/nope␛[2J␊file: no such file\n"


def test_an_export_to_a_terminal_shows_controls_and_to_a_pipe_keeps_them(
    hostile_db: Path,
) -> None:
    piped = run(hostile_db, "export", "--ids", "10", "-o", "-")
    assert "\x1b" in piped.stdout and "\x9b" in piped.stdout  # as the Markdown file has them
    leader, follower = pty.openpty()
    env = {**os.environ, "C5TUI_DB": str(hostile_db)}
    with subprocess.Popen(
        [sys.executable, "-m", "c5tui", "export", "--ids", "10", "-o", "-"],
        stdout=follower,
        env=env,
    ) as process:
        os.close(follower)
        shown = b""
        with contextlib.suppress(OSError):  # EIO once the process has closed the terminal
            while chunk := os.read(leader, 65536):
                shown += chunk
        assert process.wait(timeout=60) == 0
    os.close(leader)
    text = shown.decode().replace("\r\n", "\n")  # the terminal's own line ends
    assert "␛" in text and "␇" in text and "\\x9b" in text
    assert not UNSAFE.search(text)
