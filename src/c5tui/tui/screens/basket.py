"""Selection: the basket of quotes, claims and section headings, in the brief's order."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.table import Table
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Footer, Header, OptionList, Static
from textual.widgets.option_list import Option

from c5tui.text.display import printable
from c5tui.tui import render
from c5tui.tui.screens.heading import HeadingDialog
from c5tui.tui.widgets.options import replace_options

if TYPE_CHECKING:
    from c5tui.tui.app import C5App


class BasketScreen(Screen[None]):
    """Reorder with shift+↑/↓ (or K/J), remove with d, read with enter, export with e.

    h puts a section heading above the highlighted item (on a heading: renames it).
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back", id="basket.back"),
        Binding("j", "cursor(1)", "Down", show=False, id="basket.cursor_down"),
        Binding("k", "cursor(-1)", "Up", show=False, id="basket.cursor_up"),
        Binding("shift+up,K", "move(-1)", "Move up", id="basket.move_up"),
        Binding("shift+down,J", "move(1)", "Move down", id="basket.move_down"),
        Binding("d,delete,space", "remove", "Remove", id="basket.remove"),
        Binding("enter", "read", "Read", id="basket.read"),
        Binding("n", "note", "Note", id="basket.note"),
        Binding("t", "tag", "Tag", id="basket.tag"),
        Binding("h", "heading", "Heading", id="basket.heading"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.items: list[tuple[str, int]] = []

    @property
    def c5(self) -> C5App:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        yield Header()
        yield OptionList(id="basket")
        yield Static(id="basket-empty")
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        self.refresh_data()
        self.query_one("#basket", OptionList).focus()
        self.c5.data_signal.subscribe(self, lambda _change: self.refresh_data())

    def refresh_data(self, keep: tuple[str, int] | None = None) -> None:
        listing = self.query_one("#basket", OptionList)
        if keep is None and listing.highlighted is not None and self.items:
            keep = self.items[min(listing.highlighted, len(self.items) - 1)]
        workspace = self.c5.workspace
        selection = workspace.selection()
        quotes = {
            q.id: q
            for q in workspace.quotes_by_id([i.sentence_id for i in selection if i.sentence_id])
        }
        claims = {c.id: c for c in workspace.claims()} if any(i.claim_id for i in selection) else {}
        self.items = []
        options: list[Option | None] = []
        number = 0
        for item in selection:
            number += item.heading is None
            grid = Table.grid(expand=True, padding=(0, 1))
            grid.add_column(width=4, justify="right", style="dim")
            grid.add_column(width=9, no_wrap=True)
            grid.add_column(ratio=1)
            if item.heading is not None:
                mark = Text("§ section", style="bold")
                grid.add_row("", mark, Text(printable(item.heading), style="bold underline"))
                self.items.append(("heading", item.row_id))
            elif item.sentence_id is not None:
                quote = quotes[item.sentence_id]
                place = Text(f"{quote.locator} {render.ROLE_MARKS[quote.role]}", style="dim")
                body = Text(printable(quote.kk))
                if quote.en:
                    body.append("\n" + printable(quote.en), style="italic dim")
                grid.add_row(f"{number}.", place, body)
                self.items.append(("sentence", quote.id))
            elif item.claim_id is not None:
                claim = claims[item.claim_id]
                kind = Text(f"◆ {claim.kind}", style="bold")
                grid.add_row(f"{number}.", kind, Text(printable(claim.statement)))
                self.items.append(("claim", claim.id))
            options.append(Option(grid))
            options.append(None)  # a separator line: not an option, so indices stay item indices
        replace_options(listing, options[:-1])
        count = len(self.items)
        listing.border_title = f"Selection · {count} item{'s' if count != 1 else ''}"
        listing.border_subtitle = "e export · h heading · shift+↑/↓ reorder · d remove"
        listing.display = count > 0
        self.query_one("#basket-empty", Static).update(
            ""
            if count
            else "The selection is empty. Press space on a quote in Explore or Read to add it."
        )
        if count:
            index = self.items.index(keep) if keep in self.items else 0
            listing.highlighted = index

    def current(self) -> tuple[str, int] | None:
        index = self.query_one("#basket", OptionList).highlighted
        if index is None or not self.items:
            return None
        return self.items[min(index, len(self.items) - 1)]

    def action_cursor(self, offset: int) -> None:
        listing = self.query_one("#basket", OptionList)
        if offset > 0:
            listing.action_cursor_down()
        else:
            listing.action_cursor_up()

    def action_move(self, offset: int) -> None:
        item = self.current()
        if item is not None:
            self.c5.write(lambda session: session.move_selected(*item, offset))

    def action_remove(self) -> None:
        item = self.current()
        if item is None:
            return
        self.c5.write(lambda session: session.unselect(*item))

    @on(OptionList.OptionSelected, "#basket")
    def read_chosen(self) -> None:
        # The list takes enter for itself: choosing an item reads it.
        self.action_read()

    def action_heading(self) -> None:
        """A new heading above the highlighted item (at the end if none); on one, rename it."""
        item = self.current()

        def chosen(text: str | None) -> None:
            if not text:
                return
            if item is not None and item[0] == "heading":
                self.c5.write(lambda session: session.rename_heading(item[1], text))
            else:
                self.c5.write(lambda session: session.add_heading(text, next_to=item))

        if item is not None and item[0] == "heading":
            current, _ = self.c5.workspace.heading(item[1])
            self.app.push_screen(HeadingDialog("Rename the heading", current), chosen)
        else:
            self.app.push_screen(HeadingDialog("A heading above this item"), chosen)

    def action_read(self) -> None:
        item = self.current()
        if item is None or item[0] == "heading":
            return
        if item[0] == "sentence":
            self.c5.open_reader(item[1])
        else:
            claim = self.c5.workspace.claim(item[1])
            if claim.sentence_ids:
                self.c5.open_reader(claim.sentence_ids[0])

    def action_note(self) -> None:
        item = self.current()
        if item is not None and item[0] != "heading":
            self.c5.open_notes(*item)

    def action_tag(self) -> None:
        item = self.current()
        if item is not None and item[0] != "heading":
            self.c5.open_tag_picker(item[1], item[0])

    def action_back(self) -> None:
        self.dismiss()
