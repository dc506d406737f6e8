"""Opening a database safely: refuse bad files untouched, migrate, then WAL and foreign keys."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

from c5tui.errors import StoreError
from c5tui.store.migrations import latest_version, migrate, schema_version

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 15_000


def _is_truncated(path: Path) -> bool:
    """True if the header promises more pages than the file holds (a cut-off copy)."""
    with path.open("rb") as handle:
        header = handle.read(100)
    if len(header) < 100:
        return len(header) > 0
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    # The page count in the header is only valid when its stamp matches the change counter.
    if header[92:96] != header[24:28]:
        return False
    return path.stat().st_size < pages * page_size


def _check_file(path: Path) -> None:
    """Refuse, before SQLite touches it, a path that cannot hold a c5tui database."""
    if path.exists():
        if path.is_dir():
            raise StoreError(f"{path}: is a directory, not a database file")
        try:
            with path.open("rb") as handle:
                header = handle.read(len(SQLITE_HEADER))
        except PermissionError:
            raise StoreError(f"{path}: permission denied") from None
        if (header and header != SQLITE_HEADER[: len(header)]) or 0 < len(header) < 16:
            raise StoreError(f"{path}: not a SQLite database")
        if _is_truncated(path):
            raise StoreError(f"{path}: the database file is truncated or damaged")
        if not os.access(path, os.W_OK):
            raise StoreError(f"{path}: the database file is read-only")
        if not os.access(path.parent, os.W_OK):
            raise StoreError(f"{path.parent}: the database directory is read-only")
    else:
        if not path.parent.exists():
            raise StoreError(f"{path.parent}: no such directory for the database")
        if not os.access(path.parent, os.W_OK):
            raise StoreError(f"{path.parent}: cannot create the database here (read-only)")


def connect(path: Path) -> sqlite3.Connection:
    """A raw connection with the busy timeout set; nothing is written yet."""
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn


def open_database(path: Path | str, *, create_parents: bool = False) -> sqlite_utils.Database:
    """Open (creating if needed) and migrate a c5tui database.

    A file that is not SQLite, is from a newer schema, is damaged or read-only is
    refused with a :class:`StoreError` before anything is written to it.
    """
    path = Path(path)
    if create_parents and not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
    _check_file(path)
    conn = connect(path)
    try:
        version = schema_version(conn)
        if version > latest_version():
            raise StoreError(
                f"{path}: the database has schema version {version}, newer than this c5tui "
                f"understands ({latest_version()}); upgrade c5tui to open it"
            )
        if version:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA foreign_keys = ON")
        # FULL: an acknowledged write survives a crash of the process and of the machine.
        conn.execute("PRAGMA synchronous = FULL")
        migrate(conn, path)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise StoreError(f"{path}: cannot open the database ({exc})") from None
    except BaseException:
        conn.close()
        raise
    return sqlite_utils.Database(conn)


@contextmanager
def transaction(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """One user action, one transaction; takes the write lock up front.

    ``BEGIN IMMEDIATE`` makes a concurrent writer wait for the busy timeout instead
    of failing on a lock upgrade. Nested use becomes a savepoint.
    """
    if db.conn.in_transaction:
        with db.atomic():
            yield db
        return
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        raise
    else:
        db.conn.execute("COMMIT")
