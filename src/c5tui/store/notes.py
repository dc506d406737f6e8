"""Annotations: notes on a quote or a claim, with timestamps."""

from __future__ import annotations

from c5tui.errors import InputError, NotFoundError
from c5tui.model import Note
from c5tui.store.clock import now
from c5tui.store.database import Database

_COLUMNS = "id, sentence_id, claim_id, body, created_at, updated_at, conflict"


def _note(row: tuple) -> Note:
    return Note(row[0], row[1], row[2], row[3], row[4], row[5], bool(row[6]))


def _check_body(body: str) -> str:
    if not body.strip():
        raise InputError("a note cannot be empty")
    try:
        body.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise InputError(
            f"the note holds a character that is not valid Unicode text at position {exc.start}"
        ) from None
    return body


def add_note(
    db: Database,
    *,
    sentence_id: int | None = None,
    claim_id: int | None = None,
    body: str,
    created_at: str | None = None,
    conflict: bool = False,
) -> int:
    """Insert a note; the caller holds the transaction."""
    stamp = created_at or now()
    cursor = db.conn.execute(
        "INSERT INTO annotations (sentence_id, claim_id, body, created_at, updated_at, conflict)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [
            sentence_id,
            claim_id,
            _check_body(body),
            stamp,
            stamp,
            int(conflict),
        ],
    )
    return int(cursor.lastrowid or 0)


def get_note(db: Database, note_id: int) -> Note:
    row = db.execute(f"SELECT {_COLUMNS} FROM annotations WHERE id = ?", [note_id]).fetchone()
    if row is None:
        raise NotFoundError(f"no note with id {note_id}")
    return _note(row)


def update_note(db: Database, note_id: int, body: str) -> None:
    get_note(db, note_id)
    db.conn.execute(
        "UPDATE annotations SET body = ?, updated_at = ? WHERE id = ?",
        [_check_body(body), now(), note_id],
    )


def restore_note(db: Database, note: Note) -> None:
    """Put a note back exactly as it was (for undo of an edit or a delete)."""
    db.conn.execute(
        f"INSERT OR REPLACE INTO annotations ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            note.id,
            note.sentence_id,
            note.claim_id,
            note.body,
            note.created_at,
            note.updated_at,
            int(note.conflict),
        ],
    )


def delete_note(db: Database, note_id: int) -> Note:
    note = get_note(db, note_id)
    db.conn.execute("DELETE FROM annotations WHERE id = ?", [note_id])
    return note


def notes_for(
    db: Database, *, sentence_id: int | None = None, claim_id: int | None = None
) -> list[Note]:
    if sentence_id is not None:
        rows = db.execute(
            f"SELECT {_COLUMNS} FROM annotations WHERE sentence_id = ? ORDER BY created_at, id",
            [sentence_id],
        )
    else:
        rows = db.execute(
            f"SELECT {_COLUMNS} FROM annotations WHERE claim_id = ? ORDER BY created_at, id",
            [claim_id],
        )
    return [_note(r) for r in rows]


def all_notes(db: Database) -> list[Note]:
    return [_note(r) for r in db.execute(f"SELECT {_COLUMNS} FROM annotations ORDER BY id")]
