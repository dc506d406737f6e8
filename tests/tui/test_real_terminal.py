"""What a user sees in a real terminal, read back through a terminal emulator."""

from __future__ import annotations

import sqlite3
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


def test_tab_then_a_command_key_in_one_burst_runs_the_command(terminal: Terminal) -> None:
    """A fast typist's Tab and ``t`` reach the app in one read: the ``t`` must open the tag
    picker on the results, not be typed into the query the Tab has just left."""
    terminal.wait_for("shown ─")
    terminal.type("литий")
    terminal.wait_for("литий ")
    terminal.read(1.0)
    terminal.type("\tt")
    terminal.wait_for("Tags on the highlighted quote")
    assert "литийt" not in terminal.text(), terminal.text()


def test_a_tag_picked_in_one_burst_is_the_tag_typed(terminal: Terminal, db_path: Path) -> None:
    """Tab, ``t``, a tag's name and Enter in one read: the tag typed is the one stored,
    and none of the letters reaches the search or the results underneath."""
    terminal.wait_for("shown ─")
    terminal.type("литий")
    terminal.wait_for("литий ")
    terminal.read(1.0)
    terminal.type("\ttlogistics\r")
    terminal.wait_for("Tagged logistics on 1 quote")
    terminal.read(0.5)
    assert "литийl" not in terminal.text(), terminal.text()
    conn = sqlite3.connect(db_path)
    try:
        rows = conn.execute("SELECT tag_id FROM sentence_tags WHERE source = 'user'").fetchall()
    finally:
        conn.close()
    assert rows == [("logistics",)]
