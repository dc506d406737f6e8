"""Several processes write to one database at once: no lock error reaches anyone, nothing lost."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from c5tui.search.engine import SearchEngine
from c5tui.workspace import Workspace

WRITER = r"""
import sys
from c5tui.workspace import Workspace

ws = Workspace.open(sys.argv[1])
ids = [q.id for q in ws.quotes()]
name = sys.argv[2]
for i in range(int(sys.argv[3])):
    ws.add_note("sentence", ids[i % len(ids)], f"{name} {i}")
    ws.toggle_selected("sentence", ids[(i * 7) % len(ids)])
print("done", flush=True)
"""

WRITERS = 4
WRITES = 60


def test_concurrent_writers_lose_nothing(db_path: Path) -> None:
    children = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(db_path), f"w{n}", str(WRITES)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(WRITERS)
    ]
    with Workspace.open(db_path) as reader:
        while any(child.poll() is None for child in children):
            reader.stats()  # a reader alongside the writers
    for child in children:
        out, err = child.communicate(timeout=120)
        assert child.returncode == 0, err
        assert out.strip() == "done"
    with Workspace.open(db_path) as workspace:
        bodies = {note.body for note in workspace.all_notes()}
    assert bodies == {f"w{n} {i}" for n in range(WRITERS) for i in range(WRITES)}


def test_another_process_sees_changes(db_path: Path) -> None:
    with Workspace.open(db_path) as first, SearchEngine(db_path) as engine:
        subprocess.run(
            [sys.executable, "-m", "c5tui", "--db", str(db_path), "annotate", "1", "from CLI"],
            check=True,
            capture_output=True,
        )
        assert [n.body for n in first.notes("sentence", 1)] == ["from CLI"]
        assert [h.sentence_id for h in engine.search("has:note")] == [1]
