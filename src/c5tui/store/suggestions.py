"""Claim suggestions: quotes the importer found stating a claim, and the analyst's verdict."""

from __future__ import annotations

import json
from collections.abc import Iterable

from c5tui.errors import NotFoundError
from c5tui.model import ClaimSuggestion
from c5tui.store.clock import now
from c5tui.store.database import Database

_SELECT = (
    "SELECT id, document_id, sentence_id, kind, certainty, statement, evidence, status,"
    " claim_id FROM claim_suggestions"
)


def insert_suggestions(
    db: Database,
    document_id: int,
    rows: Iterable[tuple[int, str, str, str, str]],
) -> list[int]:
    """Add (sentence id, kind, certainty, statement, evidence) rows; caller holds the
    transaction. Returns the ids of the suggestions added.

    The rows may have been found before the write lock was taken, so a sentence is
    checked again as it is written: one that has a suggestion already keeps it (and its
    verdict), and one that has come to state a claim or is gone meanwhile is skipped.
    """
    added: list[int] = []
    for sentence_id, *fields in rows:
        cursor = db.conn.execute(
            "INSERT OR IGNORE INTO claim_suggestions (document_id, sentence_id, kind,"
            " certainty, statement, evidence, created_at) SELECT ?, ?, ?, ?, ?, ?, ?"
            " WHERE EXISTS (SELECT 1 FROM sentences WHERE id = ? AND document_id = ?)"
            " AND NOT EXISTS (SELECT 1 FROM claim_sentences WHERE sentence_id = ?)",
            (document_id, sentence_id, *fields, now(), sentence_id, document_id, sentence_id),
        )
        if cursor.rowcount and cursor.lastrowid is not None:
            added.append(cursor.lastrowid)
    return added


def withdraw_suggestions(db: Database, suggestion_ids: Iterable[int]) -> None:
    """Take back suggestions still waiting for review (undo); the caller holds the
    transaction. One the analyst accepted or dismissed meanwhile keeps its verdict."""
    db.conn.executemany(
        "DELETE FROM claim_suggestions WHERE id = ? AND status = 'suggested'",
        [(i,) for i in suggestion_ids],
    )


def suggestions_by_id(db: Database, suggestion_ids: Iterable[int]) -> list[ClaimSuggestion]:
    """The suggestions with these ids, in document order."""
    # One JSON parameter: a whole corpus's new suggestions outnumber SQLite's variables.
    rows = db.execute(
        f"{_SELECT} WHERE id IN (SELECT value FROM json_each(?)) ORDER BY document_id, sentence_id",
        [json.dumps(list(suggestion_ids))],
    ).fetchall()
    return [ClaimSuggestion(*row) for row in rows]


def list_suggestions(
    db: Database, document_id: int | None = None, status: str | None = "suggested"
) -> list[ClaimSuggestion]:
    """Suggestions in document order, of one status (None for every status)."""
    where: list[str] = []
    params: list[object] = []
    if document_id is not None:
        where.append("document_id = ?")
        params.append(document_id)
    if status is not None:
        where.append("status = ?")
        params.append(status)
    clause = f" WHERE {' AND '.join(where)}" if where else ""
    rows = db.execute(f"{_SELECT}{clause} ORDER BY document_id, sentence_id", params)
    return [ClaimSuggestion(*row) for row in rows.fetchall()]


def get_suggestion(db: Database, suggestion_id: int) -> ClaimSuggestion:
    row = db.execute(f"{_SELECT} WHERE id = ?", [suggestion_id]).fetchone()
    if row is None:
        raise NotFoundError(f"no claim suggestion with id {suggestion_id}")
    return ClaimSuggestion(*row)


def set_verdict(db: Database, suggestion_id: int, status: str, claim_id: int | None = None) -> None:
    """Record the analyst's verdict; the caller holds the transaction."""
    db.conn.execute(
        "UPDATE claim_suggestions SET status = ?, claim_id = ? WHERE id = ?",
        [status, claim_id, suggestion_id],
    )
