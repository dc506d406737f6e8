"""The app in a real pseudo-terminal, its output read by a terminal emulator (pyte).

Pilot renders whole screens; a terminal only receives what the app repaints. A widget
that changes without asking to be repainted looks right in Pilot and stale to a user:
these tests see the screen as the terminal shows it.
"""

from __future__ import annotations

import fcntl
import os
import pty
import select
import signal
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pyte


class Terminal:
    """``c5tui --db DB`` running in a pty of ``columns`` × ``rows``."""

    def __init__(self, db: Path, home: Path, columns: int = 120, rows: int = 40) -> None:
        self.screen = pyte.Screen(columns, rows)
        self.stream = pyte.ByteStream(self.screen)
        leader, follower = pty.openpty()
        fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
        env = {
            **os.environ,
            "TERM": "xterm-256color",
            "LANG": "C.UTF-8",
            "COLUMNS": str(columns),
            "LINES": str(rows),
            "HOME": str(home),
            "C5TUI_CONFIG": str(home / "config.toml"),
        }
        self.process = subprocess.Popen(
            [sys.executable, "-m", "c5tui", "--db", str(db)],
            stdin=follower,
            stdout=follower,
            stderr=follower,
            env=env,
            start_new_session=True,
        )
        os.close(follower)
        self.leader = leader

    def text(self) -> str:
        return "\n".join(self.screen.display)

    def read(self, seconds: float) -> None:
        """Feed the emulator what the app writes during ``seconds``."""
        end = time.monotonic() + seconds
        while (left := end - time.monotonic()) > 0:
            ready, _, _ = select.select([self.leader], [], [], left)
            if ready:
                try:
                    self.stream.feed(os.read(self.leader, 65536))
                except OSError:  # the app has gone
                    return

    def wait_for(self, shown: str, timeout: float = 30.0) -> None:
        end = time.monotonic() + timeout
        while shown not in self.text():
            if time.monotonic() > end:
                raise AssertionError(f"{shown!r} never appeared:\n{self.text()}")
            self.read(0.1)

    def type(self, keys: str) -> None:
        """Keys in one write, as a fast typist's burst or a paste reaches the app."""
        os.write(self.leader, keys.encode("utf-8"))

    def close(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(10)
        os.close(self.leader)
