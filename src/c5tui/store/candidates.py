"""The analyst's decisions on candidate actors: accepted, rejected or merged, by name key."""

from __future__ import annotations

from collections.abc import Iterable

from c5tui.store.clock import now
from c5tui.store.database import Database

Decision = tuple[str, str, str, str | None]  # key, label, decision, tag id


def decided_keys(db: Database) -> frozenset[str]:
    """Every name key the analyst has decided on: those candidates are not proposed again."""
    return frozenset(r[0] for r in db.execute("SELECT key FROM candidate_decisions"))


def decisions_for(db: Database, keys: Iterable[str]) -> list[Decision]:
    """The decisions recorded under these keys, to put back on undo."""
    found: list[Decision] = []
    for key in keys:
        row = db.execute(
            "SELECT key, label, decision, tag_id FROM candidate_decisions WHERE key = ?", [key]
        ).fetchone()
        if row is not None:
            found.append((row[0], row[1], row[2], row[3]))
    return found


def record(
    db: Database,
    keys: Iterable[str],
    label: str,
    decision: str,
    tag_id: str | None,
) -> None:
    """Remember one decision under every key of the candidate; the caller holds the transaction."""
    for key in keys:
        db.conn.execute(
            "INSERT INTO candidate_decisions (key, label, decision, tag_id, decided_at)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET label = excluded.label,"
            " decision = excluded.decision, tag_id = excluded.tag_id,"
            " decided_at = excluded.decided_at",
            [key, label, decision, tag_id, now()],
        )


def put(
    db: Database,
    key: str,
    label: str,
    decision: str,
    tag_id: str | None,
    decided_at: str,
) -> None:
    """Record a decision from elsewhere (a backup) as it was made; a key decided here
    keeps its decision. The caller holds the transaction."""
    db.conn.execute(
        "INSERT OR IGNORE INTO candidate_decisions (key, label, decision, tag_id, decided_at)"
        " VALUES (?, ?, ?, ?, ?)",
        [key, label, decision, tag_id, decided_at],
    )


def forget(db: Database, keys: Iterable[str]) -> None:
    """Take decisions back (undo); the caller holds the transaction."""
    for key in keys:
        db.conn.execute("DELETE FROM candidate_decisions WHERE key = ?", [key])


def restore(db: Database, decisions: Iterable[Decision]) -> None:
    for key, label, decision, tag_id in decisions:
        record(db, [key], label, decision, tag_id)


def rejected(db: Database) -> list[tuple[str, int]]:
    """Labels the analyst rejected, with how many name keys each covers."""
    rows = db.execute(
        "SELECT label, count(*) FROM candidate_decisions WHERE decision = 'rejected'"
        " GROUP BY label ORDER BY label"
    )
    return [(r[0], int(r[1])) for r in rows]
