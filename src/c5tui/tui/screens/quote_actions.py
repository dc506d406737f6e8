"""What every screen showing a current quote lets the user do with it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.screen import Screen

from c5tui.model import Sentence

if TYPE_CHECKING:
    from c5tui.tui.app import C5App


class QuoteScreen(Screen[None]):
    """A screen with a current quote (``current_quote``) to select, tag and annotate."""

    @property
    def c5(self) -> C5App:
        return self.app  # type: ignore[return-value]

    def current_quote(self) -> Sentence | None:
        raise NotImplementedError

    def action_toggle_selected(self) -> None:
        quote = self.current_quote()
        if quote is not None:
            self.c5.toggle_selected("sentence", quote.id)

    def action_tag(self) -> None:
        quote = self.current_quote()
        if quote is not None:
            self.c5.open_tag_picker(quote.id)

    def action_note(self) -> None:
        quote = self.current_quote()
        if quote is not None:
            self.c5.open_notes("sentence", quote.id)

    def action_translate(self) -> None:
        """Edit the English of the current quote, its Kazakh shown above."""
        from c5tui.tui.screens.translation_editor import TranslationEditor

        quote = self.current_quote()
        if quote is not None:
            self.c5.push_screen(TranslationEditor(quote))

    def action_review(self) -> None:
        """Mark the current quote's English as read by a person."""
        quote = self.current_quote()
        if quote is None:
            return
        provenance = quote.en_provenance
        if quote.en is None or provenance is None:
            self.notify("No English to review: i types it.", severity="warning")
        elif provenance.reviewed:
            self.notify("This English is reviewed already.")
        else:
            self.c5.write(lambda session: session.mark_reviewed([quote.id]))
