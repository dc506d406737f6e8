"""An expected failure as the one line and exit status the user is shown.

Shared by the command group and the plain launch of the TUI, which opens without loading
the command line's libraries."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from c5tui.errors import EXIT_INPUT, EXIT_RUNTIME, C5Error

DEBUG_ENV = "C5TUI_DEBUG"  # set: tracebacks instead of one-line errors


def failure(exc: Exception, db_option: Path | None) -> tuple[str, int]:
    """The message and exit status for ``exc``; a bug still gets one line, with a hint.
    ``db_option``: the ``--db`` given, to name the file when SQLite finds damage."""
    if isinstance(exc, C5Error):
        return str(exc), exc.exit_code
    if isinstance(exc, sqlite3.DatabaseError):
        return database_error_message(exc, db_option), EXIT_RUNTIME
    if isinstance(exc, OSError):
        where = f"{exc.filename}: " if exc.filename else ""
        return f"{where}{exc.strerror or exc}", EXIT_RUNTIME
    if isinstance(exc, UnicodeError):
        return f"cannot encode or decode text: {exc}", EXIT_INPUT
    # A bug: --debug gives the traceback for a report.
    return f"internal error ({type(exc).__name__}: {exc}); rerun with --debug", 1


def database_error_message(exc: sqlite3.DatabaseError, db_option: Path | None) -> str:
    """One line for a failure inside SQLite; damage found mid-command says how to recover."""
    if "malformed" not in str(exc):
        return f"database error: {exc}"
    from c5tui.paths import resolve_database_path
    from c5tui.store.connection import damaged

    return str(damaged(resolve_database_path(db_option), str(exc)))
