"""``c5tui`` and ``c5tui --db FILE`` open the TUI without loading the command line, and
refuse a database exactly as ``c5tui tui`` does."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from c5tui.entry import NotPlain, plain_launch


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "C5TUI_DEBUG"}
    return subprocess.run(
        [sys.executable, "-m", "c5tui", *args],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )


@pytest.mark.parametrize(
    ("args", "db"),
    [([], None), (["--db", "a.db"], Path("a.db")), (["--db=~/b.db"], Path("~/b.db"))],
)
def test_a_plain_launch_is_read_here(args: list[str], db: Path | None) -> None:
    assert plain_launch(args) == db


@pytest.mark.parametrize(
    "args",
    [["tui"], ["--db", "a.db", "stats"], ["--debug"], ["--db"], ["--db", "--help"], ["--db="]],
)
def test_anything_more_is_the_command_lines(args: list[str]) -> None:
    with pytest.raises(NotPlain):
        plain_launch(args)


def foreign(tmp_path: Path) -> Path:
    db = tmp_path / "accounts.db"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    conn.commit()
    conn.close()
    return db


def not_a_database(tmp_path: Path) -> Path:
    db = tmp_path / "notes.txt"
    db.write_text("shopping list\n" * 200)
    return db


def a_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "folder.db"
    folder.mkdir()
    return folder


@pytest.mark.parametrize("make", [foreign, not_a_database, a_folder])
def test_a_refused_database_gets_the_same_one_line_either_way(tmp_path: Path, make: object) -> None:
    db = make(tmp_path)  # type: ignore[operator]
    before = hashlib.sha256(db.read_bytes()).hexdigest() if db.is_file() else None
    plain = run("--db", str(db))
    through_the_command = run("--db", str(db), "tui")
    assert plain.returncode == through_the_command.returncode != 0
    assert plain.stderr == through_the_command.stderr
    assert plain.stderr.startswith("c5tui: error: ")
    assert plain.stderr.count("\n") == 1, plain.stderr
    assert plain.stdout == ""
    if before is not None:
        assert hashlib.sha256(db.read_bytes()).hexdigest() == before


def test_the_tui_opens_without_loading_the_command_line() -> None:
    loaded = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, c5tui.entry, c5tui.tui.launch, c5tui.tui.app;"
            " print(sorted(m for m in sys.modules if m.split('.')[0] == 'click'"
            " or m.startswith('c5tui.cli')))",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert loaded.stdout.strip() == "[]"
