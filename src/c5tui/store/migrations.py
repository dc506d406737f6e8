"""Forward schema migrations from ``db/migrations/NNNN_name.sql``, versioned by ``user_version``."""

from __future__ import annotations

import contextlib
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from c5tui.errors import StoreError
from c5tui.resources import migrations_dir
from c5tui.store.files import backup_path
from c5tui.store.source_texts import pack

_NAME = re.compile(r"^(\d{4})_[\w-]+\.sql$")
# A migration that rebuilds tables says so; its references are checked before it commits.
FOREIGN_KEYS_OFF = "-- c5tui: foreign-keys-off"


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    path: Path

    @property
    def rebuilds_tables(self) -> bool:
        """Whether the file rebuilds tables, which needs foreign keys off while it runs."""
        return FOREIGN_KEYS_OFF in self.path.read_text(encoding="utf-8")

    def statements(self) -> Iterator[str]:
        """The SQL statements of the file, one at a time (triggers included whole)."""
        buffer = ""
        for line in self.path.read_text(encoding="utf-8").splitlines(keepends=True):
            buffer += line
            if sqlite3.complete_statement(buffer):
                if buffer.strip():
                    yield buffer
                buffer = ""
        if buffer.strip() and not buffer.strip().startswith("--"):
            yield buffer


def available_migrations(directory: Path | None = None) -> list[Migration]:
    directory = directory or migrations_dir()
    found: list[Migration] = []
    for path in sorted(directory.iterdir()):
        match = _NAME.match(path.name)
        if match:
            version = int(match.group(1))
            # Two files with one number would leave the second unapplied, silently.
            if found and found[-1].version == version:
                raise StoreError(
                    f"{found[-1].path.name} and {path.name} share migration number {version}"
                )
            found.append(Migration(version, path))
    return found


def latest_version(directory: Path | None = None) -> int:
    migrations = available_migrations(directory)
    return migrations[-1].version if migrations else 0


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def upgrade_notice(db_path: Path) -> str | None:
    """What opening ``db_path`` will do to it, said before it is done, when the database is
    an older c5tui's (the backup and the upgrade take a while on a large one); None when
    it is new, current, or not a database (opening it says why)."""
    if not db_path.is_file():
        return None
    try:
        conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            current = schema_version(conn)
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    target = latest_version()
    if not 0 < current < target:
        return None
    return (
        f"c5tui: upgrading {db_path} from schema {current} to {target}; the database as it was "
        f"is kept beside it as {backup_path(db_path, current, '<time>').name}"
    )


def backup_before_migration(conn: sqlite3.Connection, db_path: Path, version: int) -> Path:
    """Copy the database aside (SQLite's online backup) before its schema changes."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    target = backup_path(db_path, version, stamp)
    backup = sqlite3.connect(target)
    try:
        conn.backup(backup)
    finally:
        backup.close()
    return target


def migrate(conn: sqlite3.Connection, db_path: Path | None) -> Path | None:
    """Bring the schema up to date; return the backup written, if any.

    Each migration runs in its own ``BEGIN IMMEDIATE`` transaction and re-reads the
    version inside it, so two processes opening a new database at once apply each
    step exactly once.
    """
    migrations = available_migrations()
    target = migrations[-1].version if migrations else 0
    current = schema_version(conn)
    if current > target:
        raise StoreError(
            f"{db_path}: the database has schema version {current}, newer than this c5tui "
            f"understands ({target}); upgrade c5tui to open it"
        )
    backup: Path | None = None
    if 0 < current < target and db_path is not None:
        backup = backup_before_migration(conn, db_path, current)
    # What SQL cannot do itself, for the migrations that need it (0013).
    conn.create_function("c5_compress_text", 1, pack, deterministic=True)
    rebuilt = False
    for migration in migrations:
        rebuilt |= _apply(conn, migration) and migration.rebuilds_tables
    if backup is not None and rebuilt:
        _give_back_freed_pages(conn)
    return backup


# The share of a database's pages left free by the tables a migration rebuilt above which
# the file is rewritten without them: an upgrade that makes the store smaller should make
# the file smaller.
FREED_SHARE_TO_VACUUM = 0.1


def _give_back_freed_pages(conn: sqlite3.Connection) -> None:
    """VACUUM a database its migration left with many free pages (about 10 s at a million
    sentences, once); where another process is writing, leave it for its next upgrade."""
    free = conn.execute("PRAGMA freelist_count").fetchone()[0]
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    if not pages or free / pages <= FREED_SHARE_TO_VACUUM:
        return
    with contextlib.suppress(sqlite3.OperationalError):  # busy: the next writes reuse them
        conn.execute("VACUUM")
        # The rewritten file passed through the write-ahead log: empty it now, not at the
        # last close, so the upgrade does not hold twice the database's size on disk.
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _apply(conn: sqlite3.Connection, migration: Migration) -> bool:
    """Run one migration in its own transaction, unless another process already has;
    whether it ran here."""
    # Dropping a table with foreign keys on would delete every row that refers to it;
    # the pragma only takes effect outside a transaction.
    keys_were_on = bool(conn.execute("PRAGMA foreign_keys").fetchone()[0])
    rebuilds = migration.rebuilds_tables
    if rebuilds:
        conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("BEGIN IMMEDIATE")
    try:
        if schema_version(conn) >= migration.version:
            conn.execute("ROLLBACK")
            return False
        for statement in migration.statements():
            conn.execute(statement)
        if rebuilds:
            broken = conn.execute("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise StoreError(
                    f"migration {migration.version} would leave {len(broken)} broken "
                    "references; nothing was changed"
                )
        conn.execute(f"PRAGMA user_version = {migration.version}")
        conn.execute("COMMIT")
        return True
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    finally:
        if rebuilds and keys_were_on:
            conn.execute("PRAGMA foreign_keys = ON")
