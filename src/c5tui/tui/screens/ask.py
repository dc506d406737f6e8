"""A small form of one or more text fields, answered with enter or left with escape."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static

from c5tui.text.display import printable


class AskText(ModalScreen[list[str] | None]):
    """Returns the fields' values in order (stripped), or None when left with escape."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss(None)", "Cancel", id="ask.dismiss"),
    ]

    def __init__(self, title: str, fields: Sequence[tuple[str, str]], hint: str = "") -> None:
        super().__init__()
        self.title_text = title
        self.fields = list(fields)
        self.hint = hint

    def compose(self) -> ComposeResult:
        with Vertical(id="ask", classes="dialog"):
            yield Static(printable(self.title_text, keep=""), classes="dialog-title")
            for number, (label, value) in enumerate(self.fields):
                yield Label(label)
                yield Input(value, id=f"ask-{number}")
            hint = self.hint or "enter save · tab next field · esc cancel"
            yield Static(hint, classes="dim-hint")

    def on_mount(self) -> None:
        self.query_one("#ask-0", Input).focus()

    @on(Input.Submitted)
    def submitted(self, event: Input.Submitted) -> None:
        event.stop()
        inputs = list(self.query(Input))
        if event.input is not inputs[-1]:
            inputs[inputs.index(event.input) + 1].focus()
            return
        self.dismiss([field.value.strip() for field in inputs])
