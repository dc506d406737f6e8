"""Bad database files: one clear error line, a non-zero exit, the file byte-identical."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest


def run(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "C5TUI_DEBUG"}
    return subprocess.run(
        [sys.executable, "-m", "c5tui", "--db", str(db), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def assert_refused(db: Path, fragment: str) -> None:
    before = digest(db)
    result = run(db, "stats")
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith("c5tui: error: ")
    assert fragment in result.stderr
    assert digest(db) == before
    assert not Path(f"{db}-wal").exists()


def test_not_sqlite(tmp_path: Path) -> None:
    db = tmp_path / "notes.txt"
    db.write_text("these are my notes, not a database\n" * 20, encoding="utf-8")
    assert_refused(db, "not a SQLite database")


def test_truncated_database(tmp_path: Path, db_path: Path) -> None:
    db = tmp_path / "cut.db"
    data = db_path.read_bytes()
    db.write_bytes(data[: len(data) // 2])
    assert_refused(db, "truncated or damaged")


def test_newer_schema_version(tmp_path: Path, db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA user_version = 99")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    Path(f"{db_path}-wal").unlink(missing_ok=True)
    Path(f"{db_path}-shm").unlink(missing_ok=True)
    assert_refused(db_path, "schema version 99, newer than this c5tui")


def test_directory_as_database(tmp_path: Path) -> None:
    result = run(tmp_path, "stats")
    assert result.returncode == 1
    assert result.stderr == f"c5tui: error: {tmp_path}: is a directory, not a database file\n"


def test_missing_directory(tmp_path: Path) -> None:
    result = run(tmp_path / "absent" / "c5.db", "stats")
    assert result.returncode == 1
    assert "no such directory" in result.stderr
    assert not (tmp_path / "absent").exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_read_only_file(db_path: Path) -> None:
    db_path.chmod(0o444)
    assert_refused(db_path, "read-only")


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.txt", b"", "the file is empty"),
        ("binary.bin", bytes(range(256)) * 4, "not UTF-8"),
        ("cp1251.txt", " date 2025-01-02 Заголовок\nТекст.\n".encode("cp1251"), "not UTF-8"),
        ("utf16.txt", " date 2025-01-02 Title\nText.\n".encode("utf-16-le"), "NUL"),
        ("titleonly.txt", "Мәтін ғана.\n".encode(), "has a title but no text"),
        ("report.pdf", b"%PDF-1.7\n", "unknown format: a PDF document"),
        ("baddate.txt", " date 2025-02-31x Т\nМәтін.\n".encode(), "expected a first line"),
    ],
)
def test_bad_imports_change_nothing(
    tmp_path: Path, db_path: Path, name: str, data: bytes, message: str
) -> None:
    article = tmp_path / name
    article.write_bytes(data)
    before = run(db_path, "stats", "--json").stdout
    result = run(db_path, "import", str(article))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and message in result.stderr
    assert str(article) in result.stderr
    assert run(db_path, "stats", "--json").stdout == before


def test_large_file_is_refused_clearly(tmp_path: Path, db_path: Path) -> None:
    article = tmp_path / "big.txt"
    line = "Қазақстан мен АҚШ ынтымақтастығы туралы ұзақ сөйлем. " * 20 + "\n"
    with article.open("w", encoding="utf-8") as handle:
        handle.write(" date 2025-01-02 Үлкен\n")
        while handle.tell() < 50 * 1024 * 1024:
            handle.write(line)
    result = run(db_path, "import", str(article))
    assert result.returncode == 2
    assert "are refused" in result.stderr


def test_a_damaged_source_text_is_refused_in_one_line_and_changes_nothing(db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE documents SET source_text_zlib = x'789c00ff' WHERE id = 1")
    conn.commit()
    speakers = conn.execute("SELECT id, speaker FROM turns ORDER BY id").fetchall()
    conn.close()
    # Crediting the quotes to a new speaker splits the document again from its source.
    result = run(db_path, "document", "1", "--speaker", "Someone Else")
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1, result.stderr
    assert "document 1: its stored source text is damaged" in result.stderr
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT id, speaker FROM turns ORDER BY id").fetchall() == speakers
    # The quotes themselves are intact and still found.
    assert run(db_path, "search", "литий", "--json").returncode == 0
