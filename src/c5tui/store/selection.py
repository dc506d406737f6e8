"""The selection basket: quotes, claims and section headings in the user's order.

Quotes and claims are named by their own id; a heading, which is only text, by the id of
its basket row (``kind == "heading"``).
"""

from __future__ import annotations

from dataclasses import dataclass

from c5tui.store.clock import now
from c5tui.store.database import Database


@dataclass(frozen=True, slots=True)
class SelectionItem:
    sentence_id: int | None
    claim_id: int | None
    position: float
    heading: str | None = None
    row_id: int = 0

    @property
    def kind(self) -> str:
        """``sentence``, ``claim`` or ``heading``."""
        if self.sentence_id is not None:
            return "sentence"
        return "claim" if self.claim_id is not None else "heading"

    @property
    def item_id(self) -> int:
        """The id the item is known by: the quote's, the claim's, or the heading's row."""
        return self.sentence_id or self.claim_id or self.row_id


def _column(kind: str) -> str:
    return {"sentence": "sentence_id", "claim": "claim_id"}[kind]


def is_selected(db: Database, kind: str, item_id: int) -> bool:
    return position_of(db, kind, item_id) is not None


def position_of(db: Database, kind: str, item_id: int) -> float | None:
    """The item's place in the basket, or None if it is not in it."""
    column = _column(kind)
    row = db.execute(f"SELECT position FROM selection WHERE {column} = ?", [item_id]).fetchone()
    return None if row is None else float(row[0])


def select(db: Database, kind: str, item_id: int, position: float | None = None) -> bool:
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


def unselect(db: Database, kind: str, item_id: int) -> float | None:
    """Remove from the basket; returns the position it had, for undo."""
    column = _column(kind)
    row = db.execute(f"SELECT position FROM selection WHERE {column} = ?", [item_id]).fetchone()
    if row is None:
        return None
    db.conn.execute(f"DELETE FROM selection WHERE {column} = ?", [item_id])
    return float(row[0])


def add_heading(db: Database, text: str, position: float | None = None) -> int:
    """Put a section heading at the end of the basket (or at ``position``); its row id."""
    if position is None:
        position = float(
            db.execute("SELECT coalesce(max(position), 0) + 1 FROM selection").fetchone()[0]
        )
    cursor = db.conn.execute(
        "INSERT INTO selection (heading, position, added_at) VALUES (?, ?, ?)",
        [text, position, now()],
    )
    return int(cursor.lastrowid or 0)


def heading(db: Database, heading_id: int) -> tuple[str, float] | None:
    """A heading's text and position, or None if the basket has no such heading."""
    row = db.execute(
        "SELECT heading, position FROM selection WHERE id = ? AND heading IS NOT NULL",
        [heading_id],
    ).fetchone()
    return None if row is None else (str(row[0]), float(row[1]))


def rename_heading(db: Database, heading_id: int, text: str) -> None:
    db.conn.execute(
        "UPDATE selection SET heading = ? WHERE id = ? AND heading IS NOT NULL",
        [text, heading_id],
    )


def remove_heading(db: Database, heading_id: int) -> tuple[str, float] | None:
    """Take a heading out of the basket; its text and position (for undo), or None."""
    found = heading(db, heading_id)
    if found is not None:
        db.conn.execute("DELETE FROM selection WHERE id = ?", [heading_id])
    return found


def restore_heading(db: Database, heading_id: int, text: str, position: float) -> None:
    """Put a removed heading back as it was, under its old row id (for undo)."""
    db.conn.execute(
        "INSERT INTO selection (id, heading, position, added_at) VALUES (?, ?, ?, ?)",
        [heading_id, text, position, now()],
    )


def items(db: Database) -> list[SelectionItem]:
    rows = db.execute(
        "SELECT sentence_id, claim_id, position, heading, id FROM selection ORDER BY position, id"
    )
    return [SelectionItem(r[0], r[1], float(r[2]), r[3], r[4]) for r in rows]


def _ordered(db: Database) -> list[tuple[int, int | None, int | None, int | None]]:
    """Basket rows in order: (row id, sentence id, claim id, heading row id or None)."""
    return db.execute(
        "SELECT id, sentence_id, claim_id, CASE WHEN heading IS NULL THEN NULL ELSE id END"
        " FROM selection ORDER BY position, id"
    ).fetchall()


def place_of(db: Database, kind: str, item_id: int) -> int | None:
    """The item's index in the basket (0 first), or None if it is not in it."""
    at = {"sentence": 1, "claim": 2, "heading": 3}[kind]
    rows = _ordered(db)
    return next((i for i, r in enumerate(rows) if r[at] == item_id), None)


def move_to(db: Database, kind: str, item_id: int, target: int) -> bool:
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


def move(db: Database, kind: str, item_id: int, offset: int) -> bool:
    """Move an item ``offset`` places up (negative) or down."""
    index = place_of(db, kind, item_id)
    return index is not None and move_to(db, kind, item_id, index + offset)


def clear(db: Database) -> int:
    return db.conn.execute("DELETE FROM selection").rowcount
