"""A database from schema version 1 (frozen fixture) is migrated forward, backup first."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from c5tui.search.engine import SearchEngine
from c5tui.store.migrations import latest_version
from c5tui.workspace import Workspace

FROZEN = Path(__file__).resolve().parents[1] / "data" / "c5tui-v1.db"


def test_v1_database_migrates_with_backup_and_keeps_user_work(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    shutil.copyfile(FROZEN, db)
    original = FROZEN.read_bytes()
    with Workspace.open(db) as workspace:
        notes = workspace.all_notes()
        selected = workspace.selection()
        assert [n.body for n in notes] == ["v1 note: check the 80% figure"]
        assert notes[0].created_at == "2025-11-06T10:00:00+00:00"
        assert len(selected) == 1
        assert workspace.stats()["sentences"] == 122
    backups = list(tmp_path.glob("old.db.v1-*.bak"))
    assert len(backups) == 1
    assert sqlite3.connect(backups[0]).execute("PRAGMA user_version").fetchone()[0] == 1
    assert sqlite3.connect(db).execute("PRAGMA user_version").fetchone()[0] == latest_version()
    with SearchEngine(db) as engine:
        assert engine.search("литий", limit=1)
    assert FROZEN.read_bytes() == original
