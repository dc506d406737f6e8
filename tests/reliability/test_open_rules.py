"""Opening a database: readers never wait for a writer, foreign and damaged files are refused."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest


def run(db: Path, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "C5TUI_DEBUG"}
    return subprocess.run(
        [sys.executable, "-m", "c5tui", "--db", str(db), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
    )


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(
    "args",
    [("stats",), ("search", "литий"), ("quotes", "--json"), ("export", "--ids", "1", "-o", "-")],
)
def test_readers_do_not_wait_for_a_write_lock(db_path: Path, args: tuple[str, ...]) -> None:
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("UPDATE documents SET title = title")
    try:
        # The busy timeout is 15 s: a reader that needed the lock would hit this timeout.
        result = run(db_path, *args, timeout=10)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.returncode == 0, result.stderr
    assert result.stdout


def test_a_foreign_database_is_refused_untouched(tmp_path: Path) -> None:
    db = tmp_path / "accounts.db"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    conn.execute("INSERT INTO invoices (total) VALUES (12.5)")
    conn.commit()
    conn.close()
    before = digest(db)
    result = run(db, "stats")
    assert result.returncode == 1
    assert result.stderr == (
        f"c5tui: error: {db}: not a c5tui database (it holds other tables: invoices); "
        "choose another file with --db\n"
    )
    assert digest(db) == before
    assert not Path(f"{db}-wal").exists()


def test_an_empty_file_becomes_a_new_database(tmp_path: Path) -> None:
    db = tmp_path / "empty.db"
    db.touch()
    result = run(db, "stats", "--json")
    assert result.returncode == 0, result.stderr
    assert '"sentences": 122' in result.stdout


def damage_a_page(db: Path, table: str) -> None:
    """Overwrite the b-tree header of a table's root page, as a bad disk sector would."""
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", [table]).fetchone()[0]
    conn.close()
    with db.open("r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\xff" * 12)


def test_a_damaged_page_refuses_writes_with_recovery_steps(db_path: Path) -> None:
    damage_a_page(db_path, "paragraphs")
    before = digest(db_path)
    result = run(db_path, "annotate", "1", "a note on a damaged database")
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith(f"c5tui: error: {db_path}: the database file is damaged")
    assert ".recover" in result.stderr
    assert digest(db_path) == before


def test_damage_found_during_a_command_names_the_recovery(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from click.testing import CliRunner

    from c5tui.cli import cli
    from c5tui.store import connection

    # A large database is checked only in part at open; the rest is found on use.
    monkeypatch.setattr(connection, "_quick_check", lambda conn, path: None)
    damage_a_page(db_path, "annotations")
    result = CliRunner().invoke(cli, ["--db", str(db_path), "notes"])
    assert result.exit_code == 1
    assert result.output.count("\n") == 1, result.output
    assert "the database file is damaged" in result.output
    assert ".recover" in result.output


def test_a_check_cut_short_by_its_budget_lets_the_database_open_and_be_used(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A large database is checked for as long as the budget allows; what the budget's
    timer stops is the check alone, never a statement after it."""
    from c5tui.store import connection
    from c5tui.workspace import Workspace

    monkeypatch.setattr(connection, "QUICK_CHECK_SECONDS", 0.0)
    for _ in range(20):
        with Workspace.open(db_path) as workspace:
            assert workspace.db.execute("SELECT count(*) FROM sentences").fetchone()[0] > 0
