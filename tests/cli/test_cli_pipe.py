"""A reader that stops early (``c5tui quotes --json | head -1``) ends c5tui quietly."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path


def test_closing_the_pipe_early_exits_quietly(db_path: Path) -> None:
    env = {**os.environ, "C5TUI_DB": str(db_path)}
    env.pop("C5TUI_DEBUG", None)
    # The JSON of every quote is larger than a pipe's buffer, so c5tui is still writing
    # when the reader goes away.
    process = subprocess.Popen(
        [sys.executable, "-m", "c5tui", "quotes", "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert process.stdout is not None and process.stderr is not None
    first = process.stdout.readline()
    process.stdout.close()
    stderr = process.stderr.read()
    assert process.wait(timeout=60) == 1
    assert json.loads(first)["key"] == "p01.s01"
    assert stderr == b""
