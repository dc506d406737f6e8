"""Documents: every article in the database, to read or to search within."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.table import Table
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Header, OptionList
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from c5tui.model import Sentence, Share
from c5tui.text.display import printable
from c5tui.tui.keys_in_turn import FirstRowsInBackground
from c5tui.tui.widgets.options import replace_options
from c5tui.tui.widgets.steady_footer import SteadyFooter
from c5tui.workspace import DocumentSummary, Workspace

if TYPE_CHECKING:
    from c5tui.tui.app import C5App


def document_option(summary: DocumentSummary) -> Option:
    """One document: titles in both languages, date, outlet, kind, translated and reviewed
    share, tags."""
    d = summary.document
    grid = Table.grid(expand=True, padding=(0, 1))
    grid.add_column(width=4, justify="right", style="dim")
    grid.add_column(ratio=1)
    share = Share(d.sentence_count, summary.translated, summary.reviewed).label
    body = Text(printable(d.title), style="bold")
    if d.title_en:
        body.append("\n" + printable(d.title_en), style="italic")
    facts = [d.date_label, d.outlet, d.kind, share]
    if summary.speakers:
        facts.append(", ".join(summary.speakers))
    body.append("\n" + printable(" · ".join(facts)), style="dim")
    if summary.tags:
        body.append("\n" + printable(" ".join(f"#{t}" for t in summary.tags[:8])), style="dim")
    grid.add_row(f"{d.id}.", body)
    return Option(grid, id=str(d.id))


class DocumentsScreen(FirstRowsInBackground, Screen[None]):
    """enter reads the highlighted document; f searches within it in Explore."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back", id="documents.back"),
        Binding("enter", "read", "Read", id="documents.read"),
        Binding("f", "filter", "Search in it", id="documents.filter"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.summaries: list[DocumentSummary] = []

    @property
    def c5(self) -> C5App:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        yield Header()
        yield OptionList(id="documents")
        yield SteadyFooter(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        self.query_one("#documents", OptionList).focus()
        self.load()
        self.c5.data_signal.subscribe(self, lambda _change: self.load())

    @work(thread=True, exclusive=True, group="documents")
    def load(self) -> None:
        """Read the summaries off the event loop; a newer load drops this one."""
        nothing: list[DocumentSummary] = []
        summaries = self.c5.read_with(Workspace.document_summaries, nothing)
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self.show, summaries)

    def show(self, summaries: list[DocumentSummary]) -> None:
        self.summaries = summaries
        listing = self.query_one("#documents", OptionList)
        replace_options(listing, [document_option(s) for s in summaries])
        count = len(summaries)
        listing.border_title = f"Documents · {count}"
        if summaries:
            listing.highlighted = 0
        self.first_rows_shown()

    def current(self) -> DocumentSummary | None:
        index = self.query_one("#documents", OptionList).highlighted
        if index is None or index >= len(self.summaries):
            return None
        return self.summaries[index]

    @on(OptionList.OptionSelected, "#documents")
    def chosen(self) -> None:
        self.action_read()

    def action_read(self) -> None:
        summary = self.current()
        if summary is None:
            return
        none: list[Sentence] = []
        first = self.c5.read_with(lambda ws: ws.window(summary.document.id, 1, 1), none)
        if first:
            self.c5.open_reader(first[0].id)

    def action_filter(self) -> None:
        summary = self.current()
        if summary is not None:
            self.dismiss()
            self.c5.search_in_explore(f"doc:{summary.document.id}")

    def action_back(self) -> None:
        self.dismiss()
