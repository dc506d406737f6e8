"""A database made with an earlier codebook gains the names a newer c5tui ships for its tags.

The user's own changes to those tags (names merged in from candidates, labels, parents)
stay; nothing is taken away; and a database that is up to date is only read when opened.
"""

from __future__ import annotations

import json
import sqlite3
import time
from pathlib import Path

from c5tui import resources
from c5tui.tagging.codebook import load_codebook
from c5tui.workspace import Workspace


def stored_aliases(db: Path, tag_id: str) -> list[str]:
    with sqlite3.connect(db) as conn:
        (aliases,) = conn.execute("SELECT aliases FROM tags WHERE id = ?", [tag_id]).fetchone()
    return list(json.loads(aliases))


def as_an_earlier_release_left_it(db: Path, tag_id: str, keep: int) -> list[str]:
    """Cut a codebook tag's names back to its first ``keep``, and forget the stamp."""
    aliases = stored_aliases(db, tag_id)[:keep]
    with sqlite3.connect(db) as conn:
        conn.execute(
            "UPDATE tags SET aliases = ? WHERE id = ?",
            [json.dumps(aliases, ensure_ascii=False), tag_id],
        )
        conn.execute("DELETE FROM bundled_codebook")
    return aliases


def test_an_older_codebook_gains_the_shipped_names_and_keeps_the_users(db_path: Path) -> None:
    shipped = {t.id: t for t in load_codebook(resources.bundled_codebook())}["logistics"]
    older = as_an_earlier_release_left_it(db_path, "logistics", keep=3)
    assert len(older) < len(shipped.aliases)
    with sqlite3.connect(db_path) as conn:  # the user merged a candidate into it meanwhile
        conn.execute(
            "UPDATE tags SET aliases = ?, label_en = 'Transport' WHERE id = 'logistics'",
            [json.dumps([*older, "Қазақстан темір жолы"], ensure_ascii=False)],
        )
    with Workspace.open(db_path) as workspace:
        tag = next(t for t in workspace.tags() if t.id == "logistics")
    assert set(shipped.aliases) <= set(tag.aliases)
    assert "Қазақстан темір жолы" in tag.aliases
    assert tag.aliases[: len(older) + 1] == (*older, "Қазақстан темір жолы")
    assert tag.label_en == "Transport"


def test_the_new_names_tag_what_is_imported_after_the_upgrade(
    db_path: Path, tmp_path: Path
) -> None:
    shipped = {t.id: t for t in load_codebook(resources.bundled_codebook())}["logistics"]
    assert "пойыз" in shipped.aliases  # a name the earlier codebook did not have
    as_an_earlier_release_left_it(db_path, "logistics", keep=0)
    article = tmp_path / "train.txt"
    article.write_text(
        " date 2025-12-01 Жаңа бағыт ашылды\n"
        "Астана мен Түркістан арасында жаңа пойыз қатынай бастады.\n",
        encoding="utf-8",
    )
    with Workspace.open(db_path) as workspace:
        result = workspace.import_article(article)
        tags = {t.tag for q in workspace.quotes(result.document_id) for t in q.tags}
    assert "logistics" in tags


def test_an_up_to_date_database_is_only_read_when_opened(db_path: Path) -> None:
    with Workspace.open(db_path):
        pass
    with Workspace.open(db_path) as workspace:
        assert workspace.db.conn.total_changes == 0


def test_a_database_another_program_is_writing_opens_at_once_and_gains_the_names_later(
    db_path: Path,
) -> None:
    as_an_earlier_release_left_it(db_path, "logistics", keep=0)
    writer = sqlite3.connect(db_path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")  # an import running in another shell
    try:
        started = time.monotonic()
        with Workspace.open(db_path):
            pass
        assert time.monotonic() - started < 5  # not the 15 s busy timeout
        assert stored_aliases(db_path, "logistics") == []
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    with Workspace.open(db_path):
        pass
    assert "пойыз" in stored_aliases(db_path, "logistics")
