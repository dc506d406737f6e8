"""What session tests do beside the app: run the CLI in a second process, read the store."""

from __future__ import annotations

import asyncio
import sqlite3
import subprocess
import sys
from pathlib import Path


def cli(db: Path, *args: str) -> str:
    """Run a CLI command on ``db`` in its own process, as a second shell would."""
    result = subprocess.run(
        [sys.executable, "-m", "c5tui", "--db", str(db), *args],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def stored(db: Path, sql: str) -> list[tuple[object, ...]]:
    """Rows of ``sql`` read through a connection of the test's own."""
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


async def cli_beside(db: Path, *args: str) -> str:
    """:func:`cli` in a worker thread, so that an app under test keeps running meanwhile."""
    return await asyncio.to_thread(cli, db, *args)
