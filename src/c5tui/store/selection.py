"""The selection basket: quotes and claims in the user's order."""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

from c5tui.store.clock import now


@dataclass(frozen=True, slots=True)
class SelectionItem:
    sentence_id: int | None
    claim_id: int | None
    position: float


def _column(kind: str) -> str:
    return {"sentence": "sentence_id", "claim": "claim_id"}[kind]


def is_selected(db: sqlite_utils.Database, kind: str, item_id: int) -> bool:
    return position_of(db, kind, item_id) is not None


def position_of(db: sqlite_utils.Database, kind: str, item_id: int) -> float | None:
    """The item's place in the basket, or None if it is not in it."""
    column = _column(kind)
    row = db.execute(f"SELECT position FROM selection WHERE {column} = ?", [item_id]).fetchone()
    return None if row is None else float(row[0])


def select(
    db: sqlite_utils.Database, kind: str, item_id: int, position: float | None = None
) -> bool:
    """Add to the end of the basket (or at ``position``); False if it was there already."""
    column = _column(kind)
    if position is None:
        position = float(
            db.execute("SELECT coalesce(max(position), 0) + 1 FROM selection").fetchone()[0]
        )
    cursor = db.conn.execute(
        f"INSERT INTO selection ({column}, position, added_at) VALUES (?, ?, ?)"
        " ON CONFLICT DO NOTHING",
        [item_id, position, now()],
    )
    return cursor.rowcount > 0


def unselect(db: sqlite_utils.Database, kind: str, item_id: int) -> float | None:
    """Remove from the basket; returns the position it had, for undo."""
    column = _column(kind)
    row = db.execute(f"SELECT position FROM selection WHERE {column} = ?", [item_id]).fetchone()
    if row is None:
        return None
    db.conn.execute(f"DELETE FROM selection WHERE {column} = ?", [item_id])
    return float(row[0])


def items(db: sqlite_utils.Database) -> list[SelectionItem]:
    rows = db.execute("SELECT sentence_id, claim_id, position FROM selection ORDER BY position, id")
    return [SelectionItem(r[0], r[1], float(r[2])) for r in rows]


def _ordered(db: sqlite_utils.Database) -> list[tuple[int, int | None, int | None]]:
    return db.execute(
        "SELECT id, sentence_id, claim_id FROM selection ORDER BY position, id"
    ).fetchall()


def place_of(db: sqlite_utils.Database, kind: str, item_id: int) -> int | None:
    """The item's index in the basket (0 first), or None if it is not in it."""
    at = 1 if kind == "sentence" else 2
    rows = _ordered(db)
    return next((i for i, r in enumerate(rows) if r[at] == item_id), None)


def move_to(db: sqlite_utils.Database, kind: str, item_id: int, target: int) -> bool:
    """Put an item at index ``target`` (clamped); renumbers the basket 1..n. False if unmoved."""
    rows = _ordered(db)
    index = place_of(db, kind, item_id)
    if index is None:
        return False
    target = max(0, min(len(rows) - 1, target))
    if target == index:
        return False
    ids = [r[0] for r in rows]
    ids.insert(target, ids.pop(index))
    for position, row_id in enumerate(ids, start=1):
        db.conn.execute("UPDATE selection SET position = ? WHERE id = ?", [float(position), row_id])
    return True


def move(db: sqlite_utils.Database, kind: str, item_id: int, offset: int) -> bool:
    """Move an item ``offset`` places up (negative) or down."""
    index = place_of(db, kind, item_id)
    return index is not None and move_to(db, kind, item_id, index + offset)


def clear(db: sqlite_utils.Database) -> int:
    return db.conn.execute("DELETE FROM selection").rowcount
