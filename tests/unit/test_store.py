"""The store on a temporary database: schema, seeding, tags, notes, selection."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from c5tui.errors import InputError, NotFoundError
from c5tui.model import Tag
from c5tui.store.migrations import latest_version
from c5tui.workspace import Workspace


def test_new_database_is_wal_with_current_schema(db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA user_version").fetchone()[0] == latest_version()
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    for table in (
        "documents",
        "turns",
        "paragraphs",
        "sentences",
        "claims",
        "tags",
        "sentence_tags",
        "annotations",
        "selection",
        "search_index",
    ):
        assert table in tables
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_foreign_keys_are_enforced(workspace: Workspace) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        workspace.db.conn.execute(
            "INSERT INTO annotations (sentence_id, body, created_at, updated_at)"
            " VALUES (999999, 'x', 'now', 'now')"
        )


def test_reopening_does_not_seed_twice(db_path: Path) -> None:
    with Workspace.open(db_path) as first:
        before = first.stats()
    with Workspace.open(db_path) as second:
        assert second.stats() == before


def test_stored_text_is_verbatim(workspace: Workspace, seed_article: Path) -> None:
    source = seed_article.read_text(encoding="utf-8")
    quotes = workspace.quotes()
    assert len(quotes) == 122
    for quote in quotes:
        assert source[quote.start : quote.end] == quote.kk
    assert quotes[0].locator == "¶1 s1"
    assert [q.position for q in quotes] == list(range(1, 123))


def add_tags(workspace: Workspace) -> None:
    workspace.create_tag(Tag("ports", "sector", "Порттар", "Ports", origin="user"))
    workspace.create_tag(
        Tag("aktau", "actor", "Ақтау", "Aktau", parent="kazakhstan", origin="user")
    )


def test_user_tags_win_and_can_be_restored(workspace: Workspace) -> None:
    add_tags(workspace)
    [quote] = [q for q in workspace.quotes() if q.key == "p05.s02"]
    assert {"minerals", "logistics"} <= set(quote.sectors)
    previous = workspace.set_tags("sentence", quote.id, add=["ports"], remove=["minerals"])
    tagged = workspace.quote(quote.id)
    assert any(t.tag == "ports" and t.source == "user" for t in tagged.tags)
    assert "minerals" not in tagged.sectors
    workspace.restore_tags("sentence", quote.id, previous)
    assert workspace.quote(quote.id).tags == quote.tags


def test_unknown_tag_changes_nothing(workspace: Workspace) -> None:
    add_tags(workspace)
    quote = workspace.quotes()[0]
    with pytest.raises(InputError, match="unknown tag 'nope'"):
        workspace.set_tags("sentence", quote.id, add=["ports", "nope"])
    assert workspace.quote(quote.id).tags == quote.tags


@pytest.mark.parametrize(
    ("tag", "message"),
    [
        (Tag("Bad Id", "sector", "a", "a"), "lower-case"),
        (Tag("x", "topic", "a", "a"), "sector or actor"),  # type: ignore[arg-type]
        (Tag("ports", "actor", "a", "a"), "exists already"),
        (Tag("x", "sector", "a", "a", parent="usa"), "only actors"),
        (Tag("x", "actor", "a", "a", parent="minerals"), "not an actor"),
        (Tag("x", "actor", "a", "a", colour="red"), "colour"),
        (Tag("x", "actor", " ", "a"), "empty"),
    ],
)
def test_bad_user_tags_are_refused(workspace: Workspace, tag: Tag, message: str) -> None:
    add_tags(workspace)
    with pytest.raises(InputError, match=message):
        workspace.create_tag(tag)


def test_tag_counts_roll_up_to_parents(workspace: Workspace) -> None:
    add_tags(workspace)
    quotes = workspace.quotes()
    before = workspace.tag_counts()
    workspace.set_tags("sentence", quotes[0].id, add=["aktau"])
    after = workspace.tag_counts()
    assert after["aktau"] == 1
    assert after["kazakhstan"] == before["kazakhstan"] + 1  # p01.s01 is not curated kazakhstan


def test_notes_lifecycle(workspace: Workspace) -> None:
    quote = workspace.quotes()[3]
    note = workspace.add_note("sentence", quote.id, "Қызық: «C5+1» *маңызды*")
    assert workspace.notes("sentence", quote.id) == [note]
    assert workspace.quote(quote.id).note_count == 1
    before, after = workspace.edit_note(note.id, "changed")
    assert before.body == note.body and after.body == "changed"
    deleted = workspace.delete_note(note.id)
    assert workspace.notes("sentence", quote.id) == []
    workspace.restore_note(deleted)
    assert workspace.notes("sentence", quote.id)[0].body == "changed"
    with pytest.raises(InputError):
        workspace.add_note("sentence", quote.id, "   ")
    with pytest.raises(NotFoundError):
        workspace.add_note("sentence", 10**9, "x")


def test_selection_order_and_moves(workspace: Workspace) -> None:
    ids = [q.id for q in workspace.quotes()[:3]]
    for sentence_id in ids:
        assert workspace.select("sentence", sentence_id)
    assert not workspace.select("sentence", ids[0])
    assert [i.sentence_id for i in workspace.selection()] == ids
    workspace.move_selected("sentence", ids[2], -2)
    assert [i.sentence_id for i in workspace.selection()] == [ids[2], ids[0], ids[1]]
    assert workspace.toggle_selected("sentence", ids[0]) is False
    assert [i.sentence_id for i in workspace.selection()] == [ids[2], ids[1]]
    assert workspace.quote(ids[2]).selected
