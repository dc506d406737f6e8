"""Translate: type the English of one sentence, with its Kazakh above the editor."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Footer, Static, TextArea

from c5tui.model import Sentence
from c5tui.text.display import printable
from c5tui.tui.screens.typed_text import TypedTextDialog

if TYPE_CHECKING:
    pass


def provenance_line(quote: Sentence) -> str:
    """Where the sentence's English came from now, for the editor's title."""
    provenance = quote.en_provenance
    if quote.en is None or provenance is None:
        return "no English yet"
    source = f" from {provenance.source}" if provenance.source else ""
    return f"English now: {provenance.summary}{source}"


class TranslationEditor(TypedTextDialog):
    """The Kazakh of a sentence above, its English in an editor below; saved as typed."""

    WHAT = "The English"

    BINDINGS: ClassVar[list[BindingType]] = [
        # Not a priority binding: keys typed before ctrl+s reach the editor first.
        Binding("ctrl+s", "save", "Save", key_display="ctrl+s", id="translation.save"),
        Binding("escape", "close", "Close", id="translation.close"),
    ]

    def __init__(self, quote: Sentence) -> None:
        super().__init__()
        self.quote = quote
        # What the editor shows is what ctrl+s stores, so control characters arrive visible.
        self.original = printable(quote.en or "")

    def editor(self) -> TextArea:
        return self.query_one("#translation-editor", TextArea)

    def saved_text(self) -> str:
        return self.original

    def compose(self) -> ComposeResult:
        quote = self.quote
        title = f"English of {quote.locator} · {quote.speaker} · {provenance_line(quote)}"
        with Vertical(id="dialog", classes="dialog"):
            yield Static(Text(printable(title)), id="translation-title", classes="dialog-title")
            yield Static(Text(printable(quote.kk)), id="translation-kk")
            yield TextArea(self.original, id="translation-editor", soft_wrap=True)
            yield Static("ctrl+s save (as typed, unreviewed) · esc close", classes="dim-hint")
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        editor = self.query_one("#translation-editor", TextArea)
        editor.border_title = "English"
        editor.move_cursor(editor.document.end)
        editor.focus()

    def action_save(self) -> None:
        if self.saving:
            return
        editor = self.query_one("#translation-editor", TextArea)
        text = editor.text
        if not text.strip():
            self.notify("The English is empty: nothing saved.", severity="warning")
            return
        if text == self.original:
            self.dismiss()
            return
        sentence_id = self.quote.id
        self.save_with(lambda session: session.translate(sentence_id, text))
