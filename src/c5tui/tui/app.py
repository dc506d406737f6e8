"""The c5tui Textual application."""

from __future__ import annotations

from pathlib import Path

from textual.app import App, ComposeResult
from textual.widgets import Footer, Header, Static


class C5App(App[None]):
    TITLE = "c5tui"

    def __init__(self, db_path: Path) -> None:
        super().__init__()
        self.db_path = db_path

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(str(self.db_path))
        yield Footer()


def run_app(db_path: Path) -> None:
    C5App(db_path).run()
