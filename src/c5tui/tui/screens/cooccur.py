"""Co-occurrence: actors × sectors as a table of quote counts; enter explores a cell."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static
from textual.worker import get_current_worker

from c5tui.tagging.cooccur import Matrix
from c5tui.text.display import printable
from c5tui.tui.keys_in_turn import FirstRowsInBackground

if TYPE_CHECKING:
    from c5tui.tui.app import C5App

BAR_WIDTH = 4
LABEL_WIDTH = 20  # row labels; longer ones are cut with an ellipsis
HEAD_WIDTH = 9  # column heads: a count and its bar need 8 cells
# Eighths of a character cell: a bar reads without colour (NO_COLOR) as well as with it.
EIGHTHS = " ▏▎▍▌▋▊▉"


def bar(count: int, largest: int, width: int = BAR_WIDTH) -> str:
    """A bar of ``width`` cells whose length is ``count`` in proportion to ``largest``."""
    if largest <= 0 or count <= 0:
        return " " * width
    eighths = max(1, round(count / largest * width * 8))
    full, part = divmod(eighths, 8)
    text = "█" * full + (EIGHTHS[part] if part else "")
    return text.ljust(width)


def cut(text: str, width: int) -> str:
    """``text`` in at most ``width`` cells, an ellipsis marking a cut."""
    text = printable(text)
    return text if len(text) <= width else text[: width - 1] + "…"


def cell_text(count: int, largest: int) -> Text:
    """``  8 ██▋ `` — the count in digits, then its bar; a zero is a dim dot."""
    if count == 0:
        return Text("  · " + " " * BAR_WIDTH, style="dim")
    return Text(f"{count:>3} {bar(count, largest)}")


class CooccurScreen(FirstRowsInBackground, Screen[None]):
    """Rows are actors and columns sectors (s swaps them); enter opens Explore on the cell."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back", id="cooccur.back"),
        Binding("enter", "explore", "Explore cell", id="cooccur.explore"),
        Binding("s", "swap", "Swap rows/columns", id="cooccur.swap"),
    ]

    def __init__(self, query: str = "") -> None:
        super().__init__()
        self.query_text = query
        self.rows_kind = "actor"
        self.matrix: Matrix | None = None

    @property
    def c5(self) -> C5App:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        yield Header()
        table: DataTable[Text] = DataTable(id="cooccur", cursor_type="cell", zebra_stripes=True)
        yield table
        yield Static(id="cooccur-cell")
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        self.query_one("#cooccur", DataTable).focus()
        self.load()
        self.c5.data_signal.subscribe(self, lambda _change: self.load())

    @work(thread=True, exclusive=True, group="cooccur")
    def load(self) -> None:
        """Count off the event loop; a newer count drops this one."""
        rows = self.rows_kind
        cols = "sector" if rows == "actor" else "actor"
        query = self.query_text or None
        matrix = self.c5.read_with(lambda ws: ws.cooccurrence(rows, cols, query), None)
        if matrix is not None and not get_current_worker().is_cancelled:
            self.app.call_from_thread(self.show, matrix)

    def show(self, matrix: Matrix) -> None:
        self.matrix = matrix
        table = self.query_one("#cooccur", DataTable)
        table.clear(columns=True)
        table.add_column(Text(self.rows_kind + "s"), key="label")
        for tag in matrix.cols:
            table.add_column(Text(cut(tag.label_en, HEAD_WIDTH)), key=tag.id)
        largest = matrix.largest
        for tag, counts in zip(matrix.rows, matrix.counts, strict=True):
            cells = [cell_text(n, largest) for n in counts]
            label = Text(cut(tag.label_en, LABEL_WIDTH), style="bold")
            table.add_row(label, *cells, key=tag.id)
        scope = f" matching {self.query_text!r}" if self.query_text else ""
        table.border_title = f"Co-occurrence · {matrix.quotes} tagged quotes{scope}"
        table.border_subtitle = "arrows move · enter explore · s swap · esc back"
        if matrix.cols:
            table.move_cursor(row=0, column=1)
        self.first_rows_shown()
        self.describe()

    def current(self) -> tuple[str, str, int] | None:
        """The highlighted cell: (row tag id, column tag id, count), or None on a label."""
        matrix = self.matrix
        table = self.query_one("#cooccur", DataTable)
        row, column = table.cursor_coordinate
        if matrix is None or not matrix.rows or column < 1 or row >= len(matrix.rows):
            return None
        return matrix.rows[row].id, matrix.cols[column - 1].id, matrix.count(row, column - 1)

    @on(DataTable.CellHighlighted, "#cooccur")
    def describe(self) -> None:
        """Say what the highlighted cell is, in words (the cursor may not show without colour)."""
        found = self.current()
        line = self.query_one("#cooccur-cell", Static)
        if found is None or self.matrix is None:
            line.update("Move onto a count to see it; enter explores its quotes.")
            return
        row_id, col_id, count = found
        tags = {t.id: t for t in (*self.matrix.rows, *self.matrix.cols)}
        noun = "quote" if count == 1 else "quotes"
        text = f"{tags[row_id].label_en} × {tags[col_id].label_en}: {count} {noun}"
        line.update(printable(text) + " · enter explores them")

    @on(DataTable.CellSelected, "#cooccur")
    def chosen(self) -> None:
        self.action_explore()

    def explore_query(self) -> str | None:
        found = self.current()
        if found is None:
            return None
        row_id, col_id, _ = found
        actor, sector = (row_id, col_id) if self.rows_kind == "actor" else (col_id, row_id)
        base = f"{self.query_text} " if self.query_text else ""
        return f"{base}actor:{actor} sector:{sector}"

    def action_explore(self) -> None:
        query = self.explore_query()
        if query is not None:
            self.c5.search_in_explore(query)

    def action_swap(self) -> None:
        self.rows_kind = "sector" if self.rows_kind == "actor" else "actor"
        self.load()

    def action_back(self) -> None:
        self.dismiss()
