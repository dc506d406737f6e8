"""One database open in several places of one process while other processes write to it.

Closing any descriptor of a file drops every POSIX lock the process holds on it. If
opening the database a second time read its header through a plain file object, the
first connection's locks would vanish, the next CLI process to exit would delete the
WAL under it, and acknowledged writes would be lost.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from c5tui.search.engine import SearchEngine
from c5tui.workspace import Workspace

pytestmark = pytest.mark.skipif(
    not Path("/proc/locks").exists(), reason="needs Linux /proc/locks to see POSIX locks"
)


def cli(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "c5tui", "--db", str(db), *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )


def locked_inodes() -> set[int]:
    """The inodes on which this process holds a POSIX lock, from /proc/locks."""
    pid = str(os.getpid())
    found = set()
    for line in Path("/proc/locks").read_text().splitlines():
        fields = line.split()
        # "1: POSIX  ADVISORY  READ 1234 08:01:5678 128 128"
        if "POSIX" in fields and pid in fields:
            device_inode = fields[fields.index(pid) + 1]
            found.add(int(device_inode.rsplit(":", 1)[1]))
    return found


def test_second_open_keeps_the_first_connections_locks(db_path: Path) -> None:
    with Workspace.open(db_path) as first:
        first.stats()
        inode = db_path.stat().st_ino
        assert inode in locked_inodes()
        with Workspace.open(db_path, seed=False) as second, SearchEngine(db_path) as engine:
            second.stats()
            engine.search("литий")
            assert inode in locked_inodes()
        assert inode in locked_inodes()


def test_writes_from_both_sides_survive_the_cli_exiting(db_path: Path) -> None:
    first = Workspace.open(db_path)
    second = Workspace.open(db_path, seed=False)  # as the TUI opens its reader
    try:
        first.add_note("sentence", 1, "A")
        cli(db_path, "annotate", "2", "B")
        assert Path(f"{db_path}-wal").exists()
        first.add_note("sentence", 3, "C")
        cli(db_path, "annotate", "4", "D")
        assert [n.body for n in second.notes("sentence", 4)] == ["D"]
    finally:
        second.close()
        first.close()
    conn = sqlite3.connect(db_path)
    try:
        notes = dict(conn.execute("SELECT sentence_id, body FROM annotations").fetchall())
        assert notes == {1: "A", 2: "B", 3: "C", 4: "D"}
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()


def test_every_command_run_in_process_keeps_the_locks(db_path: Path, tmp_path: Path) -> None:
    """Commands that read files, write exports or refuse the database itself, run in the
    process that holds the database open, must never drop its locks."""
    from click.testing import CliRunner

    from c5tui.cli import cli as c5tui

    article = tmp_path / "article.txt"
    backup = tmp_path / "work.jsonl"
    commands = [
        ["stats"],
        ["search", "литий"],
        ["annotate", "1", "kept"],
        ["export", "--ids", "1", "-o", str(tmp_path / "out.md")],
        ["export", "--ids", "1", "-o", str(db_path), "--force"],  # refused
        ["export", "--ids", "1", "-o", f"{db_path}-wal", "--force"],  # refused
        ["export", "--format", "jsonl", "-o", str(backup)],
        ["import-work", str(backup)],
        ["import", str(db_path)],  # refused
        ["import-work", str(db_path)],  # refused
        ["import", str(article)],  # no such file
    ]
    with Workspace.open(db_path) as holder:
        holder.stats()
        inode = db_path.stat().st_ino
        runner = CliRunner()
        for args in commands:
            runner.invoke(c5tui, ["--db", str(db_path), *args])
            assert inode in locked_inodes(), args
        assert [n.body for n in holder.notes("sentence", 1)] == ["kept"]
