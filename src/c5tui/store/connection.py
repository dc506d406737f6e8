"""Opening a database safely: refuse bad files untouched, migrate, then WAL and foreign keys.

Two rules from SQLite's "How To Corrupt An SQLite Database File" shape this module:

- Closing *any* descriptor of a file drops *every* POSIX lock the process holds on it.
  The database file is therefore read as a plain file only before this process has
  connected to it (remembered per device and inode); afterwards SQLite alone reads it.
  Otherwise another process would think it is the last user and delete the WAL.
- A file that is refused is left byte-identical: every check is a read, and
  ``journal_mode = WAL`` is switched on only after the file has been accepted.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from c5tui.errors import DatabaseBusyError, StoreError
from c5tui.store.database import Database, ended
from c5tui.store.migrations import latest_version, migrate, schema_version

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 15_000
# How long the integrity check at open may take; a bigger database is checked in part.
QUICK_CHECK_SECONDS = 0.25

_connected: set[tuple[int, int]] = set()
_connected_lock = threading.Lock()


def busy_timeout_ms() -> int:
    """How long a write waits for another program's lock (``C5TUI_BUSY_TIMEOUT_MS``)."""
    value = os.environ.get("C5TUI_BUSY_TIMEOUT_MS", "")
    return int(value) if value.isdigit() else BUSY_TIMEOUT_MS


def recovery_hint(path: Path) -> str:
    """What a user can do with a damaged database, in one sentence."""
    return (
        f"recover what it holds with `sqlite3 {path} .recover | sqlite3 recovered.db` "
        "and open that copy with --db"
    )


def damaged(path: Path, detail: str) -> StoreError:
    return StoreError(f"{path}: the database file is damaged ({detail}); {recovery_hint(path)}")


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_dev, info.st_ino


def _remember(path: Path) -> None:
    identity = _identity(path)
    if identity is not None:
        _connected.add(identity)


def _may_read_raw(path: Path) -> bool:
    """True while no SQLite connection of this process can hold locks on the file."""
    identity = _identity(path)
    return identity is None or identity not in _connected


def _is_truncated(header: bytes, size: int) -> bool:
    """True if the header promises more pages than the file holds (a cut-off copy)."""
    if len(header) < 100:
        return len(header) > 0
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    # The page count in the header is only valid when its stamp matches the change counter.
    if header[92:96] != header[24:28]:
        return False
    return size < pages * page_size


def _check_header(path: Path) -> None:
    """Refuse a file that is not SQLite or is cut off; reads the file as plain bytes."""
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except PermissionError:
        raise StoreError(f"{path}: permission denied") from None
    if (header and header[:16] != SQLITE_HEADER[: len(header[:16])]) or 0 < len(header) < 16:
        raise StoreError(f"{path}: not a SQLite database")
    if _is_truncated(header, path.stat().st_size):
        raise StoreError(f"{path}: the database file is truncated or damaged")


def _check_path(path: Path) -> None:
    """Refuse, from the file system's metadata alone, a path that cannot hold a database."""
    if path.exists():
        if path.is_dir():
            raise StoreError(f"{path}: is a directory, not a database file")
        if not path.is_file():
            raise StoreError(f"{path}: not a regular file, so not a database")
        if not os.access(path, os.R_OK):
            raise StoreError(f"{path}: permission denied")
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
    timeout_ms = busy_timeout_ms()
    with _connected_lock:
        conn = sqlite3.connect(str(path), timeout=timeout_ms / 1000, check_same_thread=False)
        _remember(path)
    conn.execute(f"PRAGMA busy_timeout = {timeout_ms}")
    return conn


def _refuse_foreign(conn: sqlite3.Connection, path: Path, version: int) -> None:
    """A database c5tui did not create is not taken over, and a newer one is not opened."""
    if version > latest_version():
        raise StoreError(
            f"{path}: the database has schema version {version}, newer than this c5tui "
            f"understands ({latest_version()}); upgrade c5tui to open it"
        )
    if version == 0:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master LIMIT 4")]
        if names:
            listed = ", ".join(names[:3]) + (", …" if len(names) > 3 else "")
            raise StoreError(
                f"{path}: not a c5tui database (it holds other tables: {listed}); "
                "choose another file with --db"
            )


def _quick_check(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse a database with damaged pages, checking as much as fits in a short budget."""
    # A timer keeps the budget, not a progress callback: a call into Python every few
    # thousand steps made the check wait for the interpreter whenever another thread had
    # it (the TUI loads its interface while the database is opened), and check less.
    timer = threading.Timer(QUICK_CHECK_SECONDS, conn.interrupt)
    timer.daemon = True
    timer.start()
    try:
        rows = conn.execute("PRAGMA quick_check(3)").fetchall()
    except sqlite3.OperationalError as exc:
        if "interrupted" in str(exc):
            return  # a large database: what was checked is fine, SQLite guards the rest
        raise
    finally:
        timer.cancel()
        # A timer firing just now has interrupted nothing (no statement runs): once it is
        # done, the next statement is safe from it.
        timer.join()
    if rows != [("ok",)]:
        raise damaged(path, "; ".join(str(r[0]) for r in rows))


def open_database(
    path: Path | str, *, create_parents: bool = False, check: bool = True
) -> Database:
    """Open (creating if needed) and migrate a c5tui database.

    A file that is not SQLite, not c5tui's, from a newer schema, damaged or read-only
    is refused with a :class:`StoreError` before anything is written to it. Opening a
    current database only reads: it never waits for another process's write lock.
    ``check=False`` leaves out the integrity check, for a further connection to a file
    the caller has just opened with it (the check takes up to a quarter of a second).
    """
    path = Path(path)
    if create_parents and not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
    _check_path(path)
    with _connected_lock:
        if path.exists() and _may_read_raw(path):
            _check_header(path)
    conn = connect(path)
    try:
        version = schema_version(conn)
        _refuse_foreign(conn, path, version)
        if version and check:
            _quick_check(conn, path)
        if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA foreign_keys = ON")
        # FULL: an acknowledged write survives a crash of the process and of the machine.
        conn.execute("PRAGMA synchronous = FULL")
        if version < latest_version():
            migrate(conn, path)
    except sqlite3.DatabaseError as exc:
        conn.close()
        if "malformed" in str(exc) or "not a database" in str(exc):
            raise damaged(path, str(exc)) from None
        raise StoreError(f"{path}: cannot open the database ({exc})") from None
    except BaseException:
        conn.close()
        raise
    return Database(conn)


@contextmanager
def transaction(db: Database) -> Iterator[Database]:
    """One user action, one transaction; takes the write lock up front.

    ``BEGIN IMMEDIATE`` makes a concurrent writer wait for the busy timeout instead
    of failing on a lock upgrade. Nested use becomes a savepoint.
    """
    if db.conn.in_transaction:
        with db.atomic():
            yield db
        return
    try:
        db.conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise DatabaseBusyError(
                "the database is busy: another program has been writing to it for over "
                f"{busy_timeout_ms() / 1000:g} s; nothing was changed, try again"
            ) from None
        raise
    with ended(db.conn):
        yield db


@contextmanager
def read_snapshot(db: Database) -> Iterator[Database]:
    """Several reads from one snapshot of the database, without taking the write lock.

    Inside a transaction already, its own view is the snapshot.
    """
    if db.conn.in_transaction:
        yield db
        return
    db.conn.execute("BEGIN DEFERRED")
    try:
        yield db
    finally:
        if db.conn.in_transaction:
            db.conn.execute("COMMIT")
