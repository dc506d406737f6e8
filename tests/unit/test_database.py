"""The store's connection wrapper: single writes commit, failures and nested blocks undo."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from c5tui.store.database import Database


def _open(path: Path) -> Database:
    db = Database(sqlite3.connect(str(path)))
    db.execute("CREATE TABLE IF NOT EXISTS notes (id INTEGER PRIMARY KEY, body TEXT UNIQUE)")
    return db


def _bodies(path: Path) -> list[str]:
    """What another connection sees: only committed rows."""
    with sqlite3.connect(str(path)) as other:
        return [r[0] for r in other.execute("SELECT body FROM notes ORDER BY id")]


def test_a_write_outside_a_transaction_is_committed_at_once(tmp_path: Path) -> None:
    db = _open(tmp_path / "c5.db")
    db.execute("INSERT INTO notes (body) VALUES (?)", ["сала"])
    assert not db.conn.in_transaction
    assert _bodies(tmp_path / "c5.db") == ["сала"]


def test_a_failed_write_leaves_no_transaction_open(tmp_path: Path) -> None:
    db = _open(tmp_path / "c5.db")
    db.execute("INSERT INTO notes (body) VALUES ('one')")
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO notes (body) VALUES ('one')")
    assert not db.conn.in_transaction
    db.execute("INSERT INTO notes (body) VALUES ('two')")
    assert _bodies(tmp_path / "c5.db") == ["one", "two"]


def test_a_write_inside_an_open_transaction_waits_for_its_commit(tmp_path: Path) -> None:
    db = _open(tmp_path / "c5.db")
    db.execute("BEGIN")
    assert db.conn.in_transaction
    db.execute("INSERT INTO notes (body) VALUES ('pending')")
    assert _bodies(tmp_path / "c5.db") == []
    db.execute("COMMIT")
    assert _bodies(tmp_path / "c5.db") == ["pending"]


def test_a_failed_inner_block_undoes_only_itself(tmp_path: Path) -> None:
    db = _open(tmp_path / "c5.db")
    with db.atomic():
        db.execute("INSERT INTO notes (body) VALUES ('kept')")
        with pytest.raises(sqlite3.IntegrityError), db.atomic():
            db.execute("INSERT INTO notes (body) VALUES ('undone')")
            db.execute("INSERT INTO notes (body) VALUES ('kept')")
        assert db.conn.in_transaction
    assert _bodies(tmp_path / "c5.db") == ["kept"]


def test_a_failed_outer_block_undoes_everything(tmp_path: Path) -> None:
    db = _open(tmp_path / "c5.db")
    with pytest.raises(RuntimeError), db.atomic():
        db.execute("INSERT INTO notes (body) VALUES ('undone')")
        raise RuntimeError("stop")
    assert not db.conn.in_transaction
    assert _bodies(tmp_path / "c5.db") == []
