"""Read: a whole document as two aligned columns, Kazakh | English, sentence by sentence."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Footer, Header, OptionList, Static
from textual.widgets.option_list import Option

from c5tui.model import Sentence
from c5tui.text.display import printable
from c5tui.tui import render
from c5tui.tui.screens.quote_actions import QuoteScreen


class ReadScreen(QuoteScreen):
    """The interview in order; questions and answers under their speakers' names."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back"),
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
        Binding("space", "toggle_selected", "Select"),
        Binding("t", "tag", "Tag"),
        Binding("n", "note", "Note"),
        Binding("r", "back", "Explore", show=False),
    ]

    def __init__(self, sentence_id: int) -> None:
        super().__init__()
        self.sentence_id = sentence_id
        self.quotes: list[Sentence] = []
        self.rows: list[int | None] = []  # sentence id per option; None for a heading

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="read-title")
        yield OptionList(id="reader")
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        self.refresh_data()
        self.query_one("#reader", OptionList).focus()
        self.c5.data_signal.subscribe(self, lambda _change: self.refresh_data())

    def refresh_data(self) -> None:
        current = self.current_quote()
        if current is not None:
            self.sentence_id = current.id
        quote = self.c5.workspace.quote(self.sentence_id)
        document = self.c5.workspace.document(quote.document_id)
        self.quotes = self.c5.workspace.quotes(document.id)
        title = f" {document.date_label} · {document.outlet} · {document.title}"
        if document.title_en:
            title += f"\n {document.title_en}"
        # Text, not markup: a title is shown as it is stored, brackets and all.
        self.query_one("#read-title", Static).update(Text(printable(title)))
        reader = self.query_one("#reader", OptionList)
        reader.border_title = "Kazakh | English"
        options: list[Option] = []
        # Rows are laid out for the list's inner width, less its scrollbar.
        width = max(20, reader.content_region.width - reader.styles.scrollbar_size_vertical)
        self.rows = []
        turn = None
        for sentence in self.quotes:
            if sentence.turn != turn:
                turn = sentence.turn
                options.append(Option(render.turn_heading(sentence), disabled=True))
                self.rows.append(None)
            row = render.aligned_row(
                sentence,
                question=sentence.role == "question",
                width=width,
                console=self.app.console,
            )
            options.append(Option(row, id=str(sentence.id)))
            self.rows.append(sentence.id)
        reader.set_options(options)
        reader.highlighted = self.rows.index(self.sentence_id)
        reader.scroll_to_highlight(top=False)

    def on_resize(self) -> None:
        self.call_after_refresh(self.refresh_data)

    def current_quote(self) -> Sentence | None:
        if not self.is_mounted or not self.rows:
            return None
        index = self.query_one("#reader", OptionList).highlighted
        if index is None or self.rows[index] is None:
            return None
        sentence_id = self.rows[index]
        return next((q for q in self.quotes if q.id == sentence_id), None)

    @on(OptionList.OptionHighlighted, "#reader")
    def show_place(self) -> None:
        quote = self.current_quote()
        if quote is not None:
            self.query_one("#reader", OptionList).border_subtitle = printable(
                f"{quote.speaker} · {quote.role} · {quote.locator}"
            )

    def action_back(self) -> None:
        self.dismiss()

    def action_cursor_down(self) -> None:
        self.query_one("#reader", OptionList).action_cursor_down()

    def action_cursor_up(self) -> None:
        self.query_one("#reader", OptionList).action_cursor_up()
