"""What a user sees in a real terminal, read back through a terminal emulator."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.tui.terminal import Terminal


@pytest.fixture
def terminal(db_path: Path, tmp_path: Path) -> Iterator[Terminal]:
    home = tmp_path / "home"
    home.mkdir()
    opened = Terminal(db_path, home)
    try:
        yield opened
    finally:
        opened.close()


def test_a_query_without_hits_empties_the_facets_on_screen(terminal: Terminal) -> None:
    """The facets of the whole corpus must not stay on screen beside "0 shown"."""
    terminal.wait_for("shown ─")
    terminal.wait_for("Geopolitics")
    terminal.type("пойыз")
    terminal.wait_for("0 shown")
    terminal.read(2.0)  # the facets are counted once the keys rest
    assert "Geopolitics" not in terminal.text(), terminal.text()
