"""A database seeded from the bundled data before the review receives the corrections on open.

tests/data/c5tui-v3.db was seeded from the old bundled English, claims and tags and holds a
user's work; a copy of it is opened and compared with a database seeded today.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from c5tui.search.engine import SearchEngine
from c5tui.store.migrations import available_migrations
from c5tui.workspace import Workspace

FROZEN_V3 = Path(__file__).resolve().parents[1] / "data" / "c5tui-v3.db"

BundledState = tuple[
    dict[str, str | None],
    dict[str, tuple[str, ...]],
    dict[str, tuple[str, str, tuple[str, ...], tuple[str, ...]]],
]


def _bundled_state(workspace: Workspace) -> BundledState:
    """The bundled interview's English, curated sentence tags and curated claims, by key."""
    (document_id,) = workspace.db.execute("SELECT id FROM documents WHERE bundled = 1").fetchone()
    quotes = workspace.quotes(document_id)
    keys = {q.id: q.key for q in quotes}
    english = {q.key: q.en for q in quotes}
    tags = {q.key: tuple(sorted(t.tag for t in q.tags if t.source == "curated")) for q in quotes}
    claims = {
        c.key: (
            c.statement,
            c.kind,
            tuple(sorted(keys[i] for i in c.sentence_ids)),
            tuple(sorted(t.tag for t in c.tags if t.source == "curated")),
        )
        for c in workspace.claims(document_id)
    }
    return english, tags, claims


def _old_copy(tmp_path: Path) -> Path:
    db = tmp_path / "old.db"
    shutil.copyfile(FROZEN_V3, db)
    return db


def _user_rows(db: Path) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(db)
    try:
        return {
            "notes": conn.execute(
                "SELECT sentence_id, claim_id, body FROM annotations ORDER BY id"
            ).fetchall(),
            "selection": conn.execute(
                "SELECT sentence_id, claim_id, position FROM selection ORDER BY id"
            ).fetchall(),
            "tags": conn.execute(
                "SELECT sentence_id, tag_id, source, removed FROM sentence_tags"
                " WHERE source != 'curated' ORDER BY 1, 2, 3"
            ).fetchall(),
        }
    finally:
        conn.close()


def test_old_bundled_data_is_brought_up_to_the_reviewed_fixtures(
    tmp_path: Path, workspace: Workspace
) -> None:
    db = _old_copy(tmp_path)
    fresh = _bundled_state(workspace)
    old_english = _old_english(db)
    assert "interests" in (old_english["p10.s03"] or "")  # the frozen copy holds the old text
    assert old_english != fresh[0]
    with Workspace.open(db) as upgraded:
        assert _bundled_state(upgraded) == fresh
    # The corrected English is what search finds now.
    with SearchEngine(db) as engine:
        hits = engine.search("percentages", limit=5)
    with Workspace.open(db) as upgraded:
        assert [upgraded.quote(h.sentence_id).key for h in hits] == ["p10.s03"]


def test_the_users_work_survives_the_corrections(tmp_path: Path) -> None:
    db = _old_copy(tmp_path)
    work = _user_rows(db)
    assert work["notes"] and work["selection"] and work["tags"]
    with Workspace.open(db):
        pass
    assert _user_rows(db) == work
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.close()


def test_the_users_own_translation_and_tag_decisions_win(tmp_path: Path) -> None:
    db = _old_copy(tmp_path)
    conn = sqlite3.connect(db)
    with conn:
        # The user imported their own English for one sentence, and had removed a tag
        # that the corrections now add to another.
        conn.execute(
            "UPDATE sentences SET en = 'My own rendering.' WHERE key = 'p10.s03'"
            " AND document_id = (SELECT id FROM documents WHERE bundled = 1)"
        )
        conn.execute(
            "INSERT INTO sentence_tags (sentence_id, tag_id, source, removed, created_at)"
            " SELECT id, 'energy_transition', 'user', 1, '2025-11-06T10:00:00+00:00'"
            " FROM sentences WHERE key = 'p38.s04'"
            " AND document_id = (SELECT id FROM documents WHERE bundled = 1)"
        )
    conn.close()
    with Workspace.open(db) as upgraded:
        quotes = {q.key: q for q in upgraded.quotes(1)}
        assert quotes["p10.s03"].en == "My own rendering."
        assert "energy_transition" not in quotes["p38.s04"].sectors
        # The other corrections still arrive.
        assert "begun to be widely used" in (quotes["p35.s07"].en or "")
        assert "energy_transition" in quotes["p38.s05"].sectors


def test_an_imported_copy_of_the_interview_keeps_its_own_english(
    tmp_path: Path, seed_article: Path
) -> None:
    """Only the bundled document is corrected: a copy the user imported, with the old
    English as its translation, keeps that English."""
    db = _old_copy(tmp_path)
    old_english = _old_english(db)
    translation = tmp_path / "old.en.tsv"
    translation.write_text(
        "".join(f"{key}\t{en}\n" for key, en in old_english.items() if en), encoding="utf-8"
    )
    article = tmp_path / "copy.kk.txt"
    text = seed_article.read_text(encoding="utf-8")
    article.write_text(text.replace("date 2025-11-05", "date 2025-11-06", 1), encoding="utf-8")
    with Workspace.open(db) as workspace:
        copy = workspace.import_article(article, translation).document_id
    # Version 5 changes data only: run its statements again over the imported copy.
    (corrections,) = [m for m in available_migrations() if m.version == 5]
    conn = sqlite3.connect(db)
    for statement in corrections.statements():
        conn.execute(statement)
    conn.commit()
    conn.close()
    with Workspace.open(db) as reopened:
        imported = {q.key: q.en for q in reopened.quotes(copy)}
        bundled = {q.key: q.en for q in reopened.quotes(1)}
    assert imported == old_english
    assert bundled["p10.s03"] != old_english["p10.s03"]


def _old_english(db: Path) -> dict[str, str | None]:
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute(
            "SELECT key, en FROM sentences WHERE document_id ="
            " (SELECT id FROM documents WHERE bundled = 1) ORDER BY position"
        )
        return dict(rows.fetchall())
    finally:
        conn.close()
