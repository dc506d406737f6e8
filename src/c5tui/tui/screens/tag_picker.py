"""Tag: a picker over the codebook that adds or removes tags on quotes and claims."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from rich.table import Table
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Footer, Input, OptionList, Static
from textual.widgets.option_list import Option

from c5tui.model import Tag
from c5tui.session import Change, count_items
from c5tui.tagging.lookup import Found, named_tag, rank_tags
from c5tui.text.display import printable
from c5tui.tui.screens.confirm import Confirm
from c5tui.tui.screens.new_tag import NewTagForm
from c5tui.tui.widgets.options import replace_options
from c5tui.workspace import Item

if TYPE_CHECKING:
    from c5tui.tui.app import C5App


@dataclass(frozen=True, slots=True)
class CreateTag:
    """The picker's offer to create a user tag from what was typed."""

    typed: str


class TagPicker(ModalScreen[None]):
    """Enter toggles the highlighted tag on every target item; changes are stored at once."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss", "Done", id="tag_picker.dismiss"),
        Binding("down", "move(1)", "Down", show=False, id="tag_picker.move_down"),
        Binding("up", "move(-1)", "Up", show=False, id="tag_picker.move_up"),
        Binding("enter", "toggle_tag", "Add/remove", priority=True, id="tag_picker.toggle_tag"),
    ]

    def __init__(
        self, owner_ids: Sequence[int] = (), owner: str = "sentence", *, items: Sequence[Item] = ()
    ) -> None:
        """Tag the items ``owner_ids`` of one kind, or ``items`` of both kinds."""
        super().__init__()
        self.items: list[Item] = [(owner, i) for i in owner_ids] + list(items)
        self.entries: list[Found | CreateTag] = []
        # Tags the user has agreed to remove although only an alias matched: asked once.
        self.confirmed: set[str] = set()

    @property
    def c5(self) -> C5App:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes="dialog"):
            yield Static(id="picker-title", classes="dialog-title")
            yield Input(placeholder="Find a tag: sector, actor, Kazakh or English", id="tag-query")
            yield OptionList(id="tag-options")
            yield Static(
                "enter add/remove · esc done · # curated  ~ auto  + yours", classes="dim-hint"
            )
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        if len(self.items) == 1:
            noun = "quote" if self.items[0][0] == "sentence" else "claim"
            what = f"the highlighted {noun}"
        else:
            what = f"the selection: {count_items(self.items)}"
        self.query_one("#picker-title", Static).update(f"Tags on {what}")
        self.show_options()
        self.query_one("#tag-query", Input).focus()

    def _codebook(self) -> list[Tag]:
        tags = self.c5.workspace.tags()
        tags.sort(key=lambda t: (t.kind != "sector", t.origin != "codebook", t.id))
        return tags

    @on(Input.Changed, "#tag-query")
    def show_options(self) -> None:
        typed = self.query_one("#tag-query", Input).value
        tags = self._codebook()
        on_all, on_some = self._states()
        self.entries = list(rank_tags(tags, typed))
        # A name the codebook has in any script (АҚШ for usa) is that tag, not a new one.
        if typed.strip() and named_tag(tags, typed) is None:
            self.entries.append(CreateTag(typed.strip()))
        options = self.query_one("#tag-options", OptionList)
        previous = options.highlighted
        replace_options(options, [self._option(e, on_all, on_some) for e in self.entries])
        if self.entries:
            options.highlighted = min(previous or 0, len(self.entries) - 1) if not typed else 0

    def _states(self) -> tuple[set[str], set[str]]:
        workspace = self.c5.workspace
        quotes = [i for owner, i in self.items if owner == "sentence"]
        claims = [i for owner, i in self.items if owner == "claim"]
        tag_sets = [{ref.tag for ref in q.tags} for q in workspace.quotes_by_id(quotes)]
        tag_sets += [{ref.tag for ref in c.tags} for c in workspace.claims_by_id(claims)]
        on_all = set.intersection(*tag_sets) if tag_sets else set()
        on_some = set.union(*tag_sets) if tag_sets else set()
        return on_all, on_some

    @staticmethod
    def _option(entry: Found | CreateTag, on_all: set[str], on_some: set[str]) -> Option:
        grid = Table.grid(expand=True, padding=(0, 1))
        grid.add_column(width=3, no_wrap=True)
        grid.add_column(ratio=1, no_wrap=True, overflow="ellipsis")
        grid.add_column(width=7, no_wrap=True, style="dim")
        if isinstance(entry, CreateTag):
            label = Text.assemble(
                ("create a tag ", "dim"), (f"“{printable(entry.typed)}”", "bold"), "…"
            )
            grid.add_row(Text("+", style="bold green"), label, "new")
            return Option(grid)
        tag = entry.tag
        mark = "[x]" if tag.id in on_all else "[-]" if tag.id in on_some else "[ ]"
        label = Text.assemble(
            (tag.id, "bold"),
            printable(f"  {tag.label_en} · {tag.label_kk}"),
            (printable(f"  ⊂ {tag.parent}") if tag.parent else "", "dim"),
            (printable(f"  alias “{entry.alias}”") if entry.alias else "", "dim italic"),
        )
        grid.add_row(Text(mark, style="bold green" if tag.id in on_all else ""), label, tag.kind)
        return Option(grid)

    def action_move(self, offset: int) -> None:
        options = self.query_one("#tag-options", OptionList)
        if offset > 0:
            options.action_cursor_down()
        else:
            options.action_cursor_up()

    def action_toggle_tag(self) -> None:
        index = self.query_one("#tag-options", OptionList).highlighted
        if index is None or index >= len(self.entries):
            return
        entry = self.entries[index]
        if isinstance(entry, CreateTag):
            self.app.push_screen(NewTagForm(entry.typed, self._codebook()), self._create)
            return
        tag = entry.tag
        on_all, _ = self._states()
        if tag.id not in on_all:
            self._write(add=[tag.id])
        elif entry.alias is None or tag.id in self.confirmed:
            self._write(remove=[tag.id])
        else:
            # The user may not know that what they typed is this tag's alias.
            typed = self.query_one("#tag-query", Input).value.strip()
            question = (
                f"Remove {tag.id} ({tag.label_en})? “{typed}” matched it only by its"
                f" alias “{entry.alias}”."
            )
            self.app.push_screen(Confirm(question), lambda yes: self._remove_confirmed(tag, yes))

    def _remove_confirmed(self, tag: Tag, yes: bool | None) -> None:
        if yes:
            self.confirmed.add(tag.id)
            self._write(remove=[tag.id])

    def _write(self, add: Sequence[str] = (), remove: Sequence[str] = ()) -> None:
        items, added, removed = list(self.items), list(add), list(remove)
        self.c5.write(
            lambda session: session.tag_items(items, added, removed),
            lambda _change: self._show_options_if_open(),
        )

    def _show_options_if_open(self) -> None:
        # A write can land after the user has closed the picker.
        if self.is_attached:
            self.show_options()

    def _create(self, tag: Tag | None) -> None:
        if tag is None:
            return
        items = list(self.items)

        def created(_change: Change) -> None:
            if self.is_attached:
                self.query_one("#tag-query", Input).value = ""
                self.show_options()

        self.c5.write(lambda session: session.create_tag(tag, items), created)
