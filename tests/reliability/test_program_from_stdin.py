"""A program read from standard input (``python - < script.py``) cannot spawn workers:
a bulk import, a large index and a retag do their work in it, with no traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from c5tui.worker_processes import workers_can_start

ARTICLES = Path(__file__).resolve().parents[1] / "data" / "articles"

SCRIPT = """
from pathlib import Path
from c5tui.search import keying
from c5tui.search.engine import SearchEngine
from c5tui.tagging import apply
from c5tui.workspace import Workspace

# A small corpus keyed and retagged as a large one would be.
keying.CHUNK, keying.PARALLEL_FROM, apply.PARALLEL_FROM = 20, 1, 1
articles = sorted(Path({articles!r}).glob("*.txt"))[:4]
with Workspace.open({db!r}) as workspace:
    results = list(workspace.import_articles([(a, None) for a in articles]))
    workspace.index_pending()
    print("imported", sum(1 for r in results if not isinstance(r, Exception)))
    print("indexed", workspace.reindex())
    print("retagged", workspace.retag() > 0)
with SearchEngine({db!r}) as engine:
    print("found", len(engine.search("жылу", limit=50)))
"""


def test_a_program_from_standard_input_imports_indexes_and_retags_without_workers(
    tmp_path: Path,
) -> None:
    db = tmp_path / "c5tui.db"
    env = {k: v for k, v in os.environ.items() if k != "C5TUI_DEBUG"}
    result = subprocess.run(
        [sys.executable, "-"],
        input=SCRIPT.format(articles=str(ARTICLES), db=str(db)),
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "imported 4"
    assert lines[2] == "retagged True"
    assert int(lines[1].split()[1]) > 122  # the bundled interview and the four articles
    assert int(lines[3].split()[1]) > 0


def test_workers_can_start_from_a_program_file() -> None:
    assert workers_can_start()  # pytest's own main file
