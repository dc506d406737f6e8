"""A dialog that holds text the user types: saving it off the UI thread, and never
dropping it unasked (not when closing, not when the database is busy, not when quitting)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, ClassVar

from textual.screen import ModalScreen
from textual.widgets import TextArea

from c5tui.session import Change, Session

if TYPE_CHECKING:
    from c5tui.tui.app import C5App


class TypedTextDialog(ModalScreen[None]):
    """Base of the note and translation editors; subclasses name their editor and text."""

    # ``"The note"``: what the warnings call the text.
    WHAT: ClassVar[str] = "The text"

    def __init__(self) -> None:
        super().__init__()
        self.warned = False
        self.saving = False

    @property
    def c5(self) -> C5App:
        return self.app  # type: ignore[return-value]

    def editor(self) -> TextArea:
        raise NotImplementedError

    def saved_text(self) -> str:
        """What the editor showed before the user typed (what is stored)."""
        raise NotImplementedError

    def unsaved_text(self) -> str | None:
        text = self.editor().text
        return self.WHAT if text.strip() and text != self.saved_text() else None

    def save_with(self, write: Callable[[Session], Change]) -> None:
        """Store the text through ``write``; on failure it stays in the editor to retry."""
        editor = self.editor()

        def saved(_change: Change) -> None:
            self.dismiss()

        def failed(_error: BaseException) -> None:
            # The text stays in the editor: nothing the user typed is lost.
            self.saving = False
            editor.read_only = False
            editor.border_subtitle = "not saved: ctrl+s to try again"

        self.saving = True
        editor.read_only = True
        editor.border_subtitle = "saving…"
        self.c5.write(write, saved, failed)

    def action_close(self) -> None:
        if self.saving:
            self.notify("Saving…")
            return
        if self.unsaved_text() and not self.warned:
            self.warned = True
            self.notify(f"{self.WHAT} is not saved: ctrl+s saves it, esc again discards it.")
            return
        self.dismiss()
