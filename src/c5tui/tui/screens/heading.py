"""A section heading for the basket: one line of text, asked for in a small dialog."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Footer, Input, Static


class HeadingDialog(ModalScreen[str | None]):
    """Returns the heading's text (enter), or None (escape)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss(None)", "Cancel", id="heading.cancel")
    ]

    def __init__(self, title: str, text: str = "") -> None:
        super().__init__()
        self.title_text = title
        self.text = text

    def compose(self) -> ComposeResult:
        with Vertical(id="heading-dialog", classes="dialog"):
            yield Static(self.title_text, classes="dialog-title")
            yield Input(self.text, placeholder="Critical minerals", id="heading-text")
            yield Static("enter save · esc cancel", classes="dim-hint")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#heading-text", Input).focus()

    @on(Input.Submitted, "#heading-text")
    def save(self, event: Input.Submitted) -> None:
        text = " ".join(event.value.split())
        if not text:
            self.notify("A heading needs some words.", severity="error")
            return
        self.dismiss(text)
