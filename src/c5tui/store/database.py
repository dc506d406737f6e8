"""The connection every store module works through: statements, and nested transactions.

The store needs only this much of a database wrapper; a small one of its own keeps opening
a database (every command, and the TUI before its first frame) from loading a library's
command line, date parsers and plugin registry.
"""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

# Statements that begin or end a transaction themselves: never committed on their behalf.
_TRANSACTION_CONTROL = frozenset({"BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE"})
_savepoints = itertools.count(1)


def _first_keyword(sql: str) -> str:
    words = sql.lstrip(" \t\r\n;").split(None, 1)
    return words[0].upper().rstrip(";") if words else ""


@contextmanager
def ended(conn: sqlite3.Connection) -> Iterator[None]:
    """The open transaction committed after the block, or rolled back if the block or the
    commit fails: no transaction is left open behind an error."""
    try:
        yield
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


class Database:
    """A SQLite connection whose single statements commit unless a transaction is open."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        # A REPLACE that deletes a row runs that row's delete triggers too.
        conn.execute("PRAGMA recursive_triggers = ON")

    def execute(
        self, sql: str, parameters: Sequence[Any] | Mapping[str, Any] | None = None
    ) -> sqlite3.Cursor:
        """Run one statement. A write outside a transaction is committed at once; a failed
        one leaves no transaction open behind it."""
        was_in_transaction = self.conn.in_transaction
        try:
            cursor = self.conn.execute(sql, () if parameters is None else parameters)
        except Exception:
            if not was_in_transaction and self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        if (
            not was_in_transaction
            and self.conn.in_transaction
            and cursor.description is None
            and _first_keyword(sql) not in _TRANSACTION_CONTROL
        ):
            self.conn.execute("COMMIT")
        return cursor

    @contextmanager
    def atomic(self) -> Iterator[Database]:
        """A transaction, or a savepoint inside the one already open; undone on an error."""
        if not self.conn.in_transaction:
            self.conn.execute("BEGIN")
            with ended(self.conn):
                yield self
            return
        savepoint = f"c5tui_{next(_savepoints)}"
        self.conn.execute(f"SAVEPOINT {savepoint}")
        try:
            yield self
        except BaseException:
            # A RAISE(ROLLBACK) may have ended the whole transaction, savepoint and all.
            if self.conn.in_transaction:
                self.conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
            raise
        self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")

    def close(self) -> None:
        self.conn.close()
