"""The database given as an input file is refused without being opened as a plain file.

Closing a plain descriptor of the database would drop this process's SQLite locks.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from c5tui import bounded_read
from c5tui.cli import cli

ARTICLE = " date 2025-12-01 Тақырып\nБірінші сөйлем.\n"


@pytest.fixture
def opened_paths(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every path the input reader opens."""
    seen: list[str] = []
    real_open = os.open

    def recording_open(path: str | os.PathLike[str], *args: int, **kwargs: int) -> int:
        seen.append(os.path.realpath(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(bounded_read.os, "open", recording_open)
    return seen


def invoke(db: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["--db", str(db), *args])
    return result.exit_code, result.stderr


def documents(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
    finally:
        conn.close()


def test_the_database_as_an_article_or_work_file_is_refused_unopened(
    db_path: Path, opened_paths: list[str]
) -> None:
    refused = f"c5tui: error: {db_path}: is the database c5tui is using, not an input file\n"
    assert invoke(db_path, "import", str(db_path)) == (2, refused)
    assert invoke(db_path, "import-work", str(db_path)) == (2, refused)
    assert str(db_path.resolve()) not in opened_paths
    assert documents(db_path) == 1


@pytest.mark.parametrize("suffix", ["-wal", "-shm"])
def test_the_databases_own_files_as_a_translation_are_refused_unopened(
    db_path: Path, tmp_path: Path, opened_paths: list[str], suffix: str
) -> None:
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    side = Path(f"{db_path}{suffix}")
    code, err = invoke(db_path, "import", str(article), "--translation", str(side))
    assert (code, err) == (
        2,
        f"c5tui: error: {side}: is the database's {suffix} file, not an input file\n",
    )
    assert str(side.resolve()) not in opened_paths
    assert documents(db_path) == 1
