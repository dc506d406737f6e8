"""Huge or endless inputs: refused by their size or kind before they are read into memory."""

from __future__ import annotations

import json
import os
import resource
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

GIB = 1024**3
ARTICLE = " date 2025-12-01 Тақырып\nБірінші сөйлем. Екінші сөйлем.\n"


def _limit_memory() -> None:
    # A read of the whole input would fail here with MemoryError instead of filling the machine.
    resource.setrlimit(resource.RLIMIT_AS, (GIB, GIB))


def run(db: Path, *args: str, stdin: int | None = subprocess.DEVNULL) -> tuple[int, str]:
    env = {k: v for k, v in os.environ.items() if k != "C5TUI_DEBUG"}
    result = subprocess.run(
        [sys.executable, "-m", "c5tui", "--db", str(db), *args],
        stdin=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        preexec_fn=_limit_memory,
    )
    return result.returncode, result.stderr


def counts(db: Path) -> tuple[int, int]:
    conn = sqlite3.connect(db)
    try:
        documents = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        notes = conn.execute("SELECT count(*) FROM annotations").fetchone()[0]
    finally:
        conn.close()
    return documents, notes


def sparse(path: Path, size: int) -> Path:
    path.touch()
    os.truncate(path, size)
    return path


def assert_one_line(code: int, stderr: str, expected: str) -> None:
    assert (code, stderr) == (2, f"c5tui: error: {expected}\n")


def test_a_4_gib_article_is_refused_by_its_size(db_path: Path, tmp_path: Path) -> None:
    big = sparse(tmp_path / "big.txt", 4 * GIB)
    before = counts(db_path)
    code, err = run(db_path, "import", str(big))
    assert_one_line(code, err, f"{big}: the file is 4096 MiB; articles over 20 MiB are refused")
    assert counts(db_path) == before


def test_a_4_gib_translation_is_refused_by_its_size(db_path: Path, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    big = sparse(tmp_path / "a.en.tsv", 4 * GIB)
    code, err = run(db_path, "import", str(article), "--translation", str(big))
    assert_one_line(code, err, f"{big}: the file is 4096 MiB; translations over 20 MiB are refused")
    assert counts(db_path)[0] == 1


def test_a_4_gib_work_file_is_refused_by_its_size(db_path: Path, tmp_path: Path) -> None:
    big = sparse(tmp_path / "work.jsonl", 4 * GIB)
    code, err = run(db_path, "import-work", str(big))
    assert_one_line(code, err, f"{big}: the file is 4096 MiB; work files over 256 MiB are refused")


@pytest.mark.parametrize("command", ["import", "import-work"])
def test_dev_zero_is_refused_as_not_a_regular_file(db_path: Path, command: str) -> None:
    code, err = run(db_path, command, "/dev/zero")
    assert_one_line(code, err, "/dev/zero: is a character device, not a regular file")


def test_dev_zero_as_a_translation_is_refused(db_path: Path, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    code, err = run(db_path, "import", str(article), "--translation", "/dev/zero")
    assert_one_line(code, err, "/dev/zero: is a character device, not a regular file")
    assert counts(db_path)[0] == 1


def test_a_fifo_is_refused_without_waiting_for_a_writer(db_path: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    for command in ("import", "import-work"):
        code, err = run(db_path, command, str(fifo))
        assert_one_line(code, err, f"{fifo}: is a FIFO, not a regular file")


def test_directories_are_refused(db_path: Path, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    code, err = run(db_path, "import", str(article), "--translation", str(tmp_path))
    assert_one_line(code, err, f"{tmp_path}: is a directory, not a file")
    code, err = run(db_path, "import-work", str(tmp_path))
    assert_one_line(code, err, f"{tmp_path}: is a directory, not a file")


def test_a_note_from_dev_zero_on_standard_input_is_cut_off(db_path: Path) -> None:
    before = counts(db_path)
    with open("/dev/zero", "rb") as zeros:
        code, err = run(db_path, "annotate", "7", stdin=zeros.fileno())
    assert_one_line(code, err, "standard input: more than 1 MiB; notes over 1 MiB are refused")
    assert counts(db_path) == before


def test_a_note_just_over_the_limit_on_standard_input_is_refused(
    db_path: Path, tmp_path: Path
) -> None:
    body = tmp_path / "note.txt"
    body.write_bytes(b"x" * (1024 * 1024 + 1))
    before = counts(db_path)
    with body.open("rb") as handle:
        code, err = run(db_path, "annotate", "7", stdin=handle.fileno())
    assert_one_line(code, err, "standard input: more than 1 MiB; notes over 1 MiB are refused")
    assert counts(db_path) == before
    body.write_bytes("Ескерту — note\n".encode() * 1000)
    with body.open("rb") as handle:
        code, err = run(db_path, "annotate", "7", "--json", stdin=handle.fileno())
    assert (code, err) == (0, "")
    assert counts(db_path) == (before[0], before[1] + 1)


def test_a_note_on_standard_input_that_is_not_utf8_is_refused(
    db_path: Path, tmp_path: Path
) -> None:
    body = tmp_path / "note.txt"
    body.write_bytes("Ескерту".encode("cp1251", errors="replace") + b"\xff\n")
    before = counts(db_path)
    with body.open("rb") as handle:
        code, err = run(db_path, "annotate", "7", stdin=handle.fileno())
    assert code == 2
    assert err.startswith("c5tui: error: standard input: not UTF-8 text")
    assert err.count("\n") == 1
    assert counts(db_path) == before


def test_the_json_of_a_note_from_standard_input_keeps_its_text(
    db_path: Path, tmp_path: Path
) -> None:
    body = tmp_path / "note.txt"
    body.write_bytes("Бірінші\r\nекінші\n".encode())
    with body.open("rb") as handle:
        result = subprocess.run(
            [sys.executable, "-m", "c5tui", "--db", str(db_path), "annotate", "7", "--json"],
            stdin=handle,
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["body"] == "Бірінші\r\nекінші\n"
