"""Rebuilding the search index: the same answers afterwards, and no growth of the file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from c5tui.search.engine import SearchEngine
from c5tui.workspace import Workspace


def pages(db_path: Path) -> int:
    conn = sqlite3.connect(db_path)
    try:
        return int(conn.execute("PRAGMA page_count").fetchone()[0])
    finally:
        conn.close()


def hits(db_path: Path, query: str) -> list[int]:
    with SearchEngine(db_path) as engine:
        return [h.sentence_id for h in engine.search(engine.parse(query), limit=50)]


def test_reindexing_again_and_again_keeps_the_answers_and_the_file_size(db_path: Path) -> None:
    before = {q: hits(db_path, q) for q in ("литий", "Qazaqstan", "coal reserves")}
    with Workspace.open(db_path) as workspace:
        workspace.reindex()
    size = pages(db_path)
    for _ in range(3):
        with Workspace.open(db_path) as workspace:
            assert workspace.reindex() == 122
    assert pages(db_path) <= size
    assert {q: hits(db_path, q) for q in before} == before
