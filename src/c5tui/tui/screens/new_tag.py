"""A new user tag: its kind and its English and Kazakh labels, asked for in one small form."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Footer, Input, Label, Select, Static

from c5tui.model import Tag, TagKind
from c5tui.tagging.lookup import named_tag, new_tag_id

KINDS: list[tuple[str, TagKind]] = [("sector (a topic)", "sector"), ("actor (who)", "actor")]


def _is_cyrillic(text: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in text)


class NewTagForm(ModalScreen[Tag | None]):
    """Returns the tag to create, with a readable id made from its English label, or None."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss(None)", "Cancel", id="new_tag.dismiss"),
        Binding("ctrl+s", "create", "Create", id="new_tag.create"),
    ]

    def __init__(self, typed: str, codebook: Sequence[Tag], kind: TagKind = "sector") -> None:
        super().__init__()
        self.typed = typed.strip()
        self.codebook = list(codebook)
        self.kind: TagKind = kind

    def compose(self) -> ComposeResult:
        # What was typed fills the label of its script; the other label is asked for.
        kazakh = _is_cyrillic(self.typed)
        with Vertical(id="new-tag", classes="dialog"):
            yield Static("New tag", classes="dialog-title")
            yield Label("Kind")
            yield Select(KINDS, value=self.kind, allow_blank=False, id="new-tag-kind")
            yield Label("English label")
            yield Input("" if kazakh else self.typed, placeholder="Rare earths", id="new-tag-en")
            yield Label("Kazakh label")
            yield Input(self.typed if kazakh else "", placeholder="Сирек жер", id="new-tag-kk")
            yield Static(id="new-tag-message")
            yield Static("enter create · tab next field · esc cancel", classes="dim-hint")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        english = self.query_one("#new-tag-en", Input)
        (self.query_one("#new-tag-kk", Input) if english.value else english).focus()
        self.show_id()

    def _labels(self) -> tuple[str, str]:
        english = self.query_one("#new-tag-en", Input).value.strip()
        return english, self.query_one("#new-tag-kk", Input).value.strip()

    @on(Input.Changed)
    def show_id(self) -> None:
        english, _kazakh = self._labels()
        message = self.query_one("#new-tag-message", Static)
        if english:
            tag_id = new_tag_id(english, {t.id for t in self.codebook})
            message.update(Text.assemble(("id: ", "dim"), (tag_id, "bold")))
        else:
            message.update(Text("The id is made from the English label.", style="dim"))

    def _problem(self, english: str, kazakh: str) -> tuple[str, str] | None:
        """What is wrong with the labels, and the field to fix; None when they will do."""
        if not english:
            return "Write the English label.", "#new-tag-en"
        if not kazakh:
            return "Write the Kazakh label.", "#new-tag-kk"
        for label, field in ((english, "#new-tag-en"), (kazakh, "#new-tag-kk")):
            known = named_tag(self.codebook, label)
            if known is not None:
                return f"“{label}” is already the tag {known.id} ({known.label_en}).", field
        return None

    @on(Input.Submitted)
    def action_create(self) -> None:
        english, kazakh = self._labels()
        problem = self._problem(english, kazakh)
        if problem is not None:
            message, field = problem
            self.query_one("#new-tag-message", Static).update(Text(message, style="bold red"))
            self.query_one(field, Input).focus()
            return
        kind = self.query_one("#new-tag-kind", Select).value
        tag_id = new_tag_id(english, {t.id for t in self.codebook})
        self.dismiss(Tag(tag_id, kind, kazakh, english, origin="user"))  # type: ignore[arg-type]
