"""A folder import killed mid-way keeps each committed article whole and leaves no worker
process behind (its articles are parsed in one while others are stored)."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

ARTICLES = Path(__file__).resolve().parents[1] / "data" / "articles"
COPIES = 60


def children_of(pid: int) -> list[int]:
    """Processes whose parent is ``pid`` (Linux /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


def alive(pid: int) -> bool:
    try:
        state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def stored_articles(db: Path) -> int:
    if not db.exists():
        return 0
    conn = sqlite3.connect(db, timeout=5)
    try:
        return int(conn.execute("SELECT count(*) FROM documents WHERE bundled = 0").fetchone()[0])
    except sqlite3.OperationalError:  # not made yet
        return 0
    finally:
        conn.close()


def test_a_killed_folder_import_leaves_whole_articles_and_no_worker(
    db_path: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    sources = sorted(ARTICLES.glob("*.txt"))
    for number in range(COPIES):  # different text each: a copy of the same one adds nothing
        source = sources[number % len(sources)]
        text = source.read_text(encoding="utf-8")
        (folder / f"{number:03d}-{source.name}").write_text(
            text.rstrip() + f"\n\nМәтін нөмірі {number}.\n", encoding="utf-8"
        )
    child = subprocess.Popen(
        [sys.executable, "-m", "c5tui", "--db", str(db_path), "import", str(folder)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    workers: list[int] = []
    deadline = time.monotonic() + 30
    while not workers and time.monotonic() < deadline and child.poll() is None:
        workers = [pid for pid in children_of(child.pid) if alive(pid)]
        time.sleep(0.02)
    assert workers, "no worker process was started"
    while stored_articles(db_path) < 3 and time.monotonic() < deadline:
        time.sleep(0.01)
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    deadline = time.monotonic() + 10
    while any(alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(alive(pid) for pid in workers)
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        documents = conn.execute("SELECT count(*) FROM documents WHERE bundled = 0").fetchone()[0]
        assert 0 < documents < COPIES
        # Each committed article has all its sentences (none half-stored).
        empty = conn.execute(
            "SELECT count(*) FROM documents d WHERE bundled = 0 AND NOT EXISTS"
            " (SELECT 1 FROM sentences s WHERE s.document_id = d.id)"
        ).fetchone()[0]
        assert empty == 0
    finally:
        conn.close()
    shutil.rmtree(folder)
