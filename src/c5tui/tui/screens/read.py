"""Read: a whole document as two aligned columns, Kazakh | English, sentence by sentence."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Header, Static
from textual.worker import get_current_worker

from c5tui.model import Document, Outline, Sentence, Share
from c5tui.search.query import parse_query
from c5tui.session import Change
from c5tui.text.display import printable
from c5tui.tui.render import Spans
from c5tui.tui.screens.quote_actions import QuoteScreen
from c5tui.tui.widgets import aligned_layout
from c5tui.tui.widgets.aligned_reader import WINDOW, AlignedReader
from c5tui.tui.widgets.steady_footer import SteadyFooter

MAX_HITS = 2000


class ReadScreen(QuoteScreen):
    """The interview in order, questions and answers under their speakers' names.

    Opened from Explore it highlights the hits of Explore's query in this document;
    ``n`` and ``N`` go from one to the next. A note is ``a`` here, as ``n`` is taken.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back", id="read.back"),
        Binding("space", "toggle_selected", "Select", id="read.toggle_selected"),
        Binding("t", "tag", "Tag", id="read.tag"),
        Binding("a", "note", "Note", id="read.note"),
        Binding("n", "next_hit", "Next hit", id="read.next_hit"),
        # Left out of the footer, so that Help still fits on 80 columns.
        Binding("N", "previous_hit", "Previous hit", show=False, id="read.previous_hit"),
        Binding("r", "back", "Explore", show=False, id="read.explore"),
        # Out of the footer, which must keep Help on 80 columns; the column head names it.
        Binding("i", "translate", "English", show=False, id="read.translate"),
        Binding("v", "review", "Mark reviewed", show=False, id="read.review"),
        Binding(
            "right_square_bracket",
            "next_untranslated",
            "Next to translate",
            key_display="]",
            show=False,
            id="read.next_untranslated",
        ),
        Binding(
            "left_square_bracket",
            "previous_untranslated",
            "Previous to translate",
            key_display="[",
            show=False,
            id="read.previous_untranslated",
        ),
    ]

    def __init__(self, sentence_id: int, query: str = "") -> None:
        super().__init__()
        self.sentence_id = sentence_id
        self.query_text = query
        self.document_id: int | None = None
        self._outline: Outline | None = None  # kept for the next visit to the same document
        self._opened: tuple[Sentence, Outline, list[Sentence], Share] | None = None
        self._mounted = False  # set by on_mount itself: is_mounted comes a little later
        self._opening = True  # the sentences to show are being read (see KeysInTurn)

    def open(self, sentence_id: int, query: str = "") -> None:
        """Show the document at ``sentence_id``, with the hits of ``query`` highlighted.

        A screen built on an earlier visit is shown once the new sentences are read, so
        that it never shows the old ones; a new screen is shown at once and filled in.
        """
        self.sentence_id, self.query_text = sentence_id, query
        self._opening = True
        if not self._mounted:
            self.app.push_screen(self)
        elif self.reader.outer_size.width != self.app.size.width:
            # The terminal changed width while Read was hidden: drawn afresh once shown.
            self.reader.clear()
            self.app.push_screen(self)
            self.load(sentence_id)
        else:
            self.load(sentence_id)

    def compose(self) -> ComposeResult:
        # The store is read while the widgets are built: the read waits for no frame.
        self.load(self.sentence_id)
        yield Header()
        yield Static(id="read-title")
        yield Static(id="read-columns")
        yield AlignedReader(self.c5.read_window, codebook=self.c5.codebook, id="reader")
        # Where the cursor is, beside the view: a new place redraws one line, not the view.
        yield Static(id="read-place")
        yield SteadyFooter(compact=True, show_command_palette=False)

    @property
    def opening(self) -> bool:
        """Whether the sentences Read is opening on are still being read: keys typed with
        the one that opened it wait for them."""
        return self._opening

    @property
    def reader(self) -> AlignedReader:
        return self.query_one("#reader", AlignedReader)

    def on_mount(self) -> None:
        self.reader.focus()
        self._mounted = True
        if self._opened is not None:
            self._loaded(*self._opened)
        self.c5.data_signal.subscribe(self, self.data_changed)

    # -- reading the document ----------------------------------------------------------

    @work(thread=True, exclusive=True, group="read-open")
    def load(self, sentence_id: int) -> None:
        """The document's outline and the sentences around ``sentence_id``, off the loop."""
        quote = self.c5.read_quotes([sentence_id]).get(sentence_id)
        if get_current_worker().is_cancelled:
            return
        if quote is None:
            self.app.call_from_thread(self._gone)
            return
        outline = self._outline
        if outline is None or outline.document_id != quote.document_id:
            outline = self.c5.read_outline(quote.document_id)
        first = max(1, quote.position - WINDOW)
        rows = self.c5.read_window(quote.document_id, first, quote.position + WINDOW)
        document_id = quote.document_id
        share = self.c5.read_with(lambda ws: ws.translation_share(document_id), Share(0, 0, 0))
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._loaded, quote, outline, rows, share)

    def _loaded(
        self, quote: Sentence, outline: Outline, rows: list[Sentence], share: Share
    ) -> None:
        if not self._mounted:
            self._opened = (quote, outline, rows, share)  # shown once the reader is there
            return
        self._opened = None
        self._outline = outline
        self.document_id = quote.document_id
        document = self.c5.documents.get(quote.document_id)
        if document is not None:
            self._show_title(document, share)
        self.reader.show(outline, rows, quote.id)
        self._opening = False
        self.find_hits(quote.document_id)
        if self not in self.app.screen_stack:
            self.app.push_screen(self)

    def _gone(self) -> None:
        """The quote was deleted meanwhile (by another program): say so, stay where we are."""
        self._opening = False
        self.notify("That quote is no longer in the database.", severity="warning")
        if self.app.screen is self:
            self.dismiss()

    def _show_title(self, document: Document, share: Share) -> None:
        title = f" {document.date_label} · {document.outlet} · {share.label} · {document.title}"
        if document.title_en:
            title += f"\n {document.title_en}"
        # Text, not markup: a title is shown as it is stored, brackets and all. Two lines
        # whatever it says, so a new title lays nothing out again.
        self.query_one("#read-title", Static).update(Text(printable(title)), layout=False)

    def find_hits(self, document_id: int) -> None:
        """Highlight the hits of Explore's query in this document, to visit with n/N."""
        if parse_query(self.query_text).clauses:
            # The same query, kept to this document by one more filter of the query language.
            self._search(f"{self.query_text} doc:{document_id}")

    @work(thread=True, exclusive=True, group="read-hits")
    def _search(self, query: str) -> None:
        hits = self.c5.engine.search(query, limit=MAX_HITS, glossary=self.c5.glossary)
        if not get_current_worker().is_cancelled:
            spans = {hit.sentence_id: (hit.kk_spans, hit.en_spans) for hit in hits}
            self.app.call_from_thread(self._show_hits, spans)

    def _show_hits(self, spans: dict[int, tuple[Spans, Spans]]) -> None:
        self.reader.set_hits(spans)
        self._show_place()

    def data_changed(self, change: Change | None) -> None:
        """Draw again what a change touched: its sentences, or all that is in view."""
        reader = self.reader
        if change is None or change.area == "translations" or not change.owners:
            # English came or went (typed, undone, or imported by another program): the
            # outline's lengths, the columns and the share in the title follow.
            self._outline = None
            if self.document_id is not None and reader.sentence_id is not None:
                self.load(reader.sentence_id)
        if change is None or change.area == "codebook":
            reader.set_codebook(self.c5.codebook)
        sentences = [i for owner, i in change.owners if owner == "sentence"] if change else []
        if change is not None and change.owners:
            reader.refresh_sentences(sentences)
        else:
            reader.reload()  # an undo or another program: anything may have changed
        if self.document_id is not None:
            self.find_hits(self.document_id)

    # -- the cursor --------------------------------------------------------------------

    def current_quote(self) -> Sentence | None:
        if not self.is_mounted:
            return None
        return self.reader.current

    @on(AlignedReader.ColumnsChanged, "#reader")
    def _show_columns(self, event: AlignedReader.ColumnsChanged) -> None:
        heads = aligned_layout.column_heads(event.columns)
        self.query_one("#read-columns", Static).update(heads, layout=False)

    @on(AlignedReader.CursorMoved, "#reader")
    def _show_place(self) -> None:
        reader = self.reader
        quote = reader.current
        place = ""
        if quote is not None:
            place = printable(f"{quote.speaker} · {quote.role} · {quote.locator}")
            if quote.en_provenance is not None:
                place += f" · English {quote.en_provenance.summary}"
        if reader.hit_count:
            number = reader.hit_number()
            shown = f"{number}/{reader.hit_count}" if number else f"{reader.hit_count}"
            place += f" · hit {shown} (n/N)" if number else f" · {shown} hits (n/N)"
        # One line high whatever it says: no layout of the screen for a cursor move.
        self.query_one("#read-place", Static).update(Text(place, no_wrap=True), layout=False)

    def action_next_hit(self) -> None:
        self._go_to_hit(1)

    def action_previous_hit(self) -> None:
        self._go_to_hit(-1)

    def _go_to_hit(self, step: int) -> None:
        if self.reader.move_to_hit(step):
            return
        if self.query_text.strip():
            self.notify("The search has no hits in this document.", severity="warning")
        else:
            self.notify("No search to go through: search in Explore first.", severity="warning")

    def action_next_untranslated(self) -> None:
        self._jump_to_translate(forward=True)

    def action_previous_untranslated(self) -> None:
        self._jump_to_translate(forward=False)

    @work(thread=True, exclusive=True, group="read-jump")
    def _jump_to_translate(self, forward: bool) -> None:
        """Find the nearest sentence without English, or whose English needs review."""
        document_id, outline = self.document_id, self._outline
        if document_id is None or outline is None:
            return
        position = self.reader.cursor + 1
        found = self.c5.read_with(
            lambda ws: ws.next_wanting_translation(document_id, position, forward), None
        )
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._jumped, outline, found, forward)

    def _jumped(self, outline: Outline, position: int | None, forward: bool) -> None:
        if position is None:
            where = "after" if forward else "before"
            self.notify(f"Nothing untranslated or needing review {where} this sentence.")
        elif position <= len(outline.ids):
            self.reader.jump_to(outline.ids[position - 1])

    def action_back(self) -> None:
        self.dismiss()
