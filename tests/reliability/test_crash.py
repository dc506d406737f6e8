"""Acknowledged writes survive SIGKILL at random moments; nothing is half-applied."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from c5tui.model import Tag
from c5tui.workspace import Workspace

DRIVER = r"""
import sys
from c5tui.workspace import Workspace

ws = Workspace.open(sys.argv[1])
ids = [q.id for q in ws.quotes()]
start = int(sys.argv[2])
for i in range(start, start + 100000):
    sentence = ids[i % len(ids)]
    kind = i % 3
    if kind == 0:
        note = ws.add_note("sentence", sentence, f"note {i}")
        print(f"note {note.id} {i}", flush=True)
    elif kind == 1:
        # Two tags in one action: both or neither may be stored.
        ws.set_tags("sentence", sentence, add=["crash_a", "crash_b"])
        print(f"tags {sentence}", flush=True)
    else:
        ws.toggle_selected("sentence", sentence)
        print(f"toggle {sentence}", flush=True)
"""

ROUNDS = int(os.environ.get("C5TUI_KILL_ROUNDS", "8"))


def check(db: Path, acknowledged: list[str]) -> int:
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    notes = {r[0]: r[1] for r in conn.execute("SELECT id, body FROM annotations")}
    verified = 0
    for line in acknowledged:
        parts = line.split()
        if parts[0] == "note":
            assert notes.get(int(parts[1])) == f"note {parts[2]}"
            verified += 1
        elif parts[0] == "tags":
            tags = {
                r[0]
                for r in conn.execute(
                    "SELECT tag_id FROM sentence_tags WHERE sentence_id = ? AND source = 'user'",
                    [int(parts[1])],
                )
            }
            assert {"crash_a", "crash_b"} <= tags
            verified += 1
    # All-or-nothing: no sentence carries one of the pair without the other.
    half = conn.execute(
        "SELECT sentence_id FROM sentence_tags WHERE tag_id IN ('crash_a', 'crash_b')"
        " GROUP BY sentence_id HAVING count(*) = 1"
    ).fetchall()
    assert half == []
    conn.close()
    return verified


@pytest.mark.parametrize(
    ("seed", "rounds"), [(1, ROUNDS), pytest.param(2, 200, marks=pytest.mark.slow)]
)
def test_sigkill_loses_no_acknowledged_write(db_path: Path, seed: int, rounds: int) -> None:
    with Workspace.open(db_path) as workspace:
        workspace.create_tag(Tag("crash_a", "sector", "a", "a", origin="user"))
        workspace.create_tag(Tag("crash_b", "sector", "b", "b", origin="user"))
    rng = random.Random(seed)
    acknowledged: list[str] = []
    verified = 0
    for round_number in range(rounds):
        child = subprocess.Popen(
            [sys.executable, "-c", DRIVER, str(db_path), str(round_number * 1000)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert child.stdout is not None
        for _ in range(rng.randint(1, 60)):
            line = child.stdout.readline()
            if not line:
                break
            acknowledged.append(line.strip())
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        verified = check(db_path, acknowledged)
    print(f"{rounds} kills survived, {len(acknowledged)} acknowledged writes, {verified} checked")
    assert verified > rounds
