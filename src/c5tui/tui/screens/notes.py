"""Annotate: write, edit and delete notes on a quote or a claim."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Footer, OptionList, Static, TextArea
from textual.widgets.option_list import Option

from c5tui.model import Note
from c5tui.session import Change, Session
from c5tui.text.display import printable
from c5tui.tui.render import local_time
from c5tui.tui.screens.typed_text import TypedTextDialog
from c5tui.tui.widgets.options import replace_options

if TYPE_CHECKING:
    pass


def note_prompt(note: Note) -> Text:
    stamp = local_time(note.updated_at)
    first_line = note.body.splitlines()[0] if note.body.strip() else ""
    line = Text(no_wrap=True, overflow="ellipsis")
    line.append(f"{stamp} ", style="dim")
    if note.conflict:
        line.append("[conflict] ", style="bold red")
    line.append(printable(first_line))
    return line


class NotesDialog(TypedTextDialog):
    """The notes of one quote or claim: a list above, the editor below."""

    WHAT = "The note"

    BINDINGS: ClassVar[list[BindingType]] = [
        # Not a priority binding: keys typed before ctrl+s reach the editor first.
        Binding("ctrl+s", "save", "Save", key_display="ctrl+s", id="notes.save"),
        Binding("escape", "close", "Close", id="notes.close"),
        Binding("delete", "delete", "Delete note", key_display="del", id="notes.delete"),
        Binding("d", "delete", "Delete note", show=False, id="notes.delete_letter"),
        Binding("ctrl+n", "new", "New note", id="notes.new"),
    ]

    def __init__(self, owner: str, owner_id: int, title: str) -> None:
        super().__init__()
        self.owner = owner
        self.owner_id = owner_id
        self.title_text = title
        self.notes: list[Note] = []
        self.editing: Note | None = None

    def editor(self) -> TextArea:
        return self.query_one("#note-editor", TextArea)

    def saved_text(self) -> str:
        # What the editor shows is what ctrl+s stores, so control characters arrive visible.
        return printable(self.editing.body) if self.editing else ""

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes="dialog"):
            yield Static(Text(printable(self.title_text)), id="notes-title", classes="dialog-title")
            yield OptionList(id="note-list")
            yield TextArea(id="note-editor", soft_wrap=True, show_line_numbers=False)
            # The keys are named as the footer names them.
            yield Static(
                "ctrl+s save · esc close · enter edits a note · del delete",
                id="notes-hint",
                classes="dim-hint",
            )
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        self.show_notes()
        self.query_one("#note-editor", TextArea).border_title = "New note"
        self.query_one("#note-editor", TextArea).focus()

    def show_notes(self) -> None:
        self.notes = self.c5.workspace.notes(self.owner, self.owner_id)
        listing = self.query_one("#note-list", OptionList)
        replace_options(listing, [Option(note_prompt(n), id=str(n.id)) for n in self.notes])
        count = len(self.notes)
        listing.border_title = f"{count} note{'' if count == 1 else 's'}"
        listing.display = bool(self.notes)
        if self.notes:
            listing.highlighted = 0

    @on(OptionList.OptionSelected, "#note-list")
    def edit_chosen(self, event: OptionList.OptionSelected) -> None:
        self.editing = self.notes[event.option_index]
        editor = self.query_one("#note-editor", TextArea)
        # What the editor shows is what ctrl+s stores, so control characters arrive visible.
        editor.text = printable(self.editing.body)
        editor.move_cursor(editor.document.end)  # to write on where the note stops
        editor.border_title = f"Editing the note of {local_time(self.editing.created_at)}"
        editor.focus()

    def action_new(self) -> None:
        if self.saving:
            return  # the text being saved stays until the database has it
        self.editing = None
        editor = self.query_one("#note-editor", TextArea)
        editor.text = ""
        editor.border_title = "New note"
        editor.focus()

    def action_save(self) -> None:
        if self.saving:
            return
        editor = self.query_one("#note-editor", TextArea)
        body = editor.text
        if not body.strip():
            self.notify("The note is empty: nothing saved.", severity="warning")
            return
        owner, owner_id, editing = self.owner, self.owner_id, self.editing

        def save(session: Session) -> Change:
            if editing is None:
                return session.add_note(owner, owner_id, body)
            return session.edit_note(editing.id, body)

        self.save_with(save)

    def action_delete(self) -> None:
        listing = self.query_one("#note-list", OptionList)
        if not listing.has_focus or listing.highlighted is None or not self.notes:
            return
        note = self.notes[listing.highlighted]
        if self.editing is not None and self.editing.id == note.id:
            self.action_new()
        self.c5.write(
            lambda session: session.delete_note(note.id),
            # The write can land after the dialog has closed.
            lambda _c: self.show_notes() if self.is_attached else None,
        )

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # In the editor, "d" is a letter.
        return not (action == "delete" and isinstance(self.focused, TextArea))
