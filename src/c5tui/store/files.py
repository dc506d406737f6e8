"""The files on disk that make up a database: itself, its -wal/-shm/-journal, its backups.

Everything here works by path and by ``os.stat`` only. None of these files may ever be
opened as a plain file by a process that holds SQLite connections to the database:
closing such a descriptor drops the process's POSIX locks, and another process may then
delete the WAL under it.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

SIDE_SUFFIXES = ("-wal", "-shm", "-journal")
_BACKUP = re.compile(r"^(?P<name>.+)\.v\d+-\d{8}T\d{6}\.bak$")


def backup_path(db_path: Path, version: int, stamp: str) -> Path:
    """Where the copy of a database at schema ``version`` goes before it is migrated."""
    return db_path.with_name(f"{db_path.name}.v{version}-{stamp}.bak")


def _names(path: Path) -> set[Path]:
    """The path as given (made absolute) and with every symbolic link resolved."""
    return {Path(os.path.abspath(path)), Path(os.path.realpath(path))}


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_dev, info.st_ino


def _backups(db_names: set[Path]) -> list[Path]:
    found: list[Path] = []
    for db in db_names:
        try:
            found.extend(db.parent.glob(f"{_glob_escape(db.name)}.v*-*.bak"))
        except OSError:
            continue
    return found


def _glob_escape(name: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", name)


def describe_role(role: str) -> str:
    """A :func:`database_role` answer as words: ``"a backup of the database"``."""
    if role == "database":
        return "the database c5tui is using"
    if role == "backup":
        return "a backup of the database"
    return f"the database's {role} file"


def database_role(candidate: Path, db_path: Path) -> str | None:
    """What ``candidate`` is to the database at ``db_path``, or None if it is unrelated.

    The answer is ``"database"``, one of :data:`SIDE_SUFFIXES` or ``"backup"``. A file
    counts by its name (existing or not, after resolving links) and, if it exists, by
    its identity on disk, so hard links and other spellings of the same file count too.
    """
    db_names = _names(db_path)
    names = _names(candidate)
    if names & db_names:
        return "database"
    for suffix in SIDE_SUFFIXES:
        if names & {db.with_name(db.name + suffix) for db in db_names}:
            return suffix
    for name in names:
        match = _BACKUP.match(name.name)
        if match and any(db.parent == name.parent and db.name == match["name"] for db in db_names):
            return "backup"
    identity = _identity(candidate)
    if identity is None:
        return None
    for db in db_names:
        if _identity(db) == identity:
            return "database"
        for suffix in SIDE_SUFFIXES:
            if _identity(db.with_name(db.name + suffix)) == identity:
                return suffix
    if any(_identity(backup) == identity for backup in _backups(db_names)):
        return "backup"
    return None
