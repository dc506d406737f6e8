"""Tag: a fuzzy picker over the codebook that adds or removes tags on quotes."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from rapidfuzz import fuzz, process
from rich.table import Table
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Footer, Input, OptionList, Static
from textual.widgets.option_list import Option

from c5tui.model import Tag, TagKind
from c5tui.session import Change
from c5tui.text import fold

if TYPE_CHECKING:
    from c5tui.tui.app import C5App

MIN_SCORE = 80.0


@dataclass(frozen=True, slots=True)
class NewTag:
    """The picker's offer to create a user tag from what was typed."""

    kind: TagKind
    label: str

    @property
    def tag_id(self) -> str:
        # Latin labels keep their letters; others get their folded Latin search form.
        plain = self.label.lower() if self.label.isascii() else fold(self.label)
        slug = re.sub(r"[^a-z0-9]+", "_", plain).strip("_")[:40]
        return slug if slug[:1].isalpha() else f"tag_{slug}"[:40]


def tag_fields(tag: Tag) -> list[str]:
    """Everything a tag can be found by, folded like search keys."""
    fields = [tag.id.replace("_", " "), tag.label_en, tag.label_kk, *tag.aliases]
    return [fold(field) for field in fields if field.strip()]


def rank_tags(tags: Sequence[Tag], typed: str) -> list[Tag]:
    """Tags that match what was typed, best first; all of them, in order, for nothing typed."""
    key = fold(typed).strip()
    if not key:
        return list(tags)
    owners: list[int] = []
    fields: list[str] = []
    for index, tag in enumerate(tags):
        for field in tag_fields(tag):
            owners.append(index)
            fields.append(field)
    best: dict[int, float] = {}
    for _, score, field_index in process.extract(
        key, fields, scorer=fuzz.partial_ratio, limit=None, score_cutoff=MIN_SCORE
    ):
        index = owners[field_index]
        # A field that starts with what was typed beats a match in its middle.
        score += 10 if fields[field_index].startswith(key) else 0
        score += 5 if key in fields[field_index].split() else 0
        best[index] = max(best.get(index, 0.0), score)
    return [tags[i] for i in sorted(best, key=lambda i: (-best[i], i))]


class TagPicker(ModalScreen[None]):
    """Enter toggles the highlighted tag on every target quote; changes are stored at once."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss", "Done"),
        Binding("down", "move(1)", "Down", show=False),
        Binding("up", "move(-1)", "Up", show=False),
        Binding("enter", "toggle", "Add/remove", priority=True),
    ]

    def __init__(self, owner_ids: Sequence[int], owner: str = "sentence") -> None:
        super().__init__()
        self.owner = owner
        self.owner_ids = list(owner_ids)
        self.entries: list[Tag | NewTag] = []

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
        yield Footer(compact=True)

    def on_mount(self) -> None:
        count = len(self.owner_ids)
        noun = "quote" if self.owner == "sentence" else "claim"
        what = f"the highlighted {noun}" if count == 1 else f"{count} selected {noun}s"
        self.query_one("#picker-title", Static).update(f"Tags on {what}")
        self.show_options()
        self.query_one("#tag-query", Input).focus()

    @on(Input.Changed, "#tag-query")
    def show_options(self) -> None:
        typed = self.query_one("#tag-query", Input).value
        tags = self.c5.workspace.tags()
        tags.sort(key=lambda t: (t.kind != "sector", t.origin != "codebook", t.id))
        on_all, on_some = self._states()
        self.entries = list(rank_tags(tags, typed))
        if typed.strip() and not any(t.id == NewTag("sector", typed).tag_id for t in tags):
            self.entries += [NewTag("sector", typed.strip()), NewTag("actor", typed.strip())]
        options = self.query_one("#tag-options", OptionList)
        previous = options.highlighted
        options.set_options(self._option(e, on_all, on_some) for e in self.entries)
        if self.entries:
            options.highlighted = min(previous or 0, len(self.entries) - 1) if not typed else 0

    def _states(self) -> tuple[set[str], set[str]]:
        workspace = self.c5.workspace
        if self.owner == "sentence":
            items = workspace.quotes_by_id(self.owner_ids)
            tag_sets = [{ref.tag for ref in q.tags} for q in items]
        else:
            tag_sets = [{ref.tag for ref in workspace.claim(i).tags} for i in self.owner_ids]
        on_all = set.intersection(*tag_sets) if tag_sets else set()
        on_some = set.union(*tag_sets) if tag_sets else set()
        return on_all, on_some

    @staticmethod
    def _option(entry: Tag | NewTag, on_all: set[str], on_some: set[str]) -> Option:
        grid = Table.grid(expand=True, padding=(0, 1))
        grid.add_column(width=3, no_wrap=True)
        grid.add_column(ratio=1, no_wrap=True, overflow="ellipsis")
        grid.add_column(width=7, no_wrap=True, style="dim")
        if isinstance(entry, NewTag):
            label = Text.assemble(("create ", "dim"), (entry.tag_id, "bold"))
            if entry.label != entry.tag_id:
                label.append(f"  “{entry.label}”")
            grid.add_row(Text("+", style="bold green"), label, entry.kind)
            return Option(grid)
        mark = "[x]" if entry.id in on_all else "[-]" if entry.id in on_some else "[ ]"
        label = Text.assemble(
            (entry.id, "bold"),
            f"  {entry.label_en} · {entry.label_kk}",
            (f"  ⊂ {entry.parent}" if entry.parent else "", "dim"),
        )
        grid.add_row(
            Text(mark, style="bold green" if entry.id in on_all else ""), label, entry.kind
        )
        return Option(grid)

    def action_move(self, offset: int) -> None:
        options = self.query_one("#tag-options", OptionList)
        if offset > 0:
            options.action_cursor_down()
        else:
            options.action_cursor_up()

    def action_toggle(self) -> None:
        index = self.query_one("#tag-options", OptionList).highlighted
        if index is None or index >= len(self.entries):
            return
        entry = self.entries[index]
        owner, ids = self.owner, list(self.owner_ids)
        if isinstance(entry, NewTag):
            tag = Tag(entry.tag_id, entry.kind, entry.label, entry.label, origin="user")

            def created(_change: Change) -> None:
                self.query_one("#tag-query", Input).value = ""
                self.show_options()

            items = [(owner, i) for i in ids]
            self.c5.write(lambda session: session.create_tag(tag, items), created)
            return
        on_all, _ = self._states()
        if entry.id in on_all:
            self.c5.set_tags(owner, ids, remove=[entry.id], on_done=lambda _c: self.show_options())
        else:
            self.c5.set_tags(owner, ids, add=[entry.id], on_done=lambda _c: self.show_options())
