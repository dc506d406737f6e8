"""User changes made from the TUI: stored first, then recorded for undo."""

from __future__ import annotations

from collections.abc import Sequence

from c5tui.model import Note
from c5tui.tui.undo import UndoHistory
from c5tui.workspace import Workspace


class Changes:
    """Every change the TUI can make; each is one committed transaction plus an undo entry."""

    def __init__(self, workspace: Workspace, history: UndoHistory) -> None:
        self.workspace = workspace
        self.history = history

    def toggle_selected(self, owner: str, owner_id: int) -> bool:
        """Select or unselect (one transaction); returns whether the item is selected now."""
        if self.workspace.selection_position(owner, owner_id) is not None:
            self.unselect(owner, owner_id)
            return False
        self.workspace.select(owner, owner_id)
        self.history.push("select", lambda: self.workspace.unselect(owner, owner_id))
        return True

    def unselect(self, owner: str, owner_id: int) -> None:
        position = self.workspace.unselect(owner, owner_id)
        if position is not None:
            self.history.push(
                "remove from selection", lambda: self.workspace.select(owner, owner_id, position)
            )

    def move_selected(self, owner: str, owner_id: int, offset: int) -> bool:
        moved = self.workspace.move_selected(owner, owner_id, offset)
        if moved:
            self.history.push(
                "reorder", lambda: self.workspace.move_selected(owner, owner_id, -offset)
            )
        return moved

    def set_tags(
        self,
        owner: str,
        owner_ids: Sequence[int],
        add: Sequence[str] = (),
        remove: Sequence[str] = (),
    ) -> None:
        undo: list[tuple[int, list[tuple[str, bool | None]]]] = []
        for owner_id in owner_ids:
            undo.append((owner_id, self.workspace.set_tags(owner, owner_id, add, remove)))

        def revert() -> None:
            for owner_id, previous in reversed(undo):
                self.workspace.restore_tags(owner, owner_id, previous)

        verb = "tag" if add else "untag"
        self.history.push(f"{verb} {', '.join([*add, *remove])}", revert)

    def add_note(self, owner: str, owner_id: int, body: str) -> Note:
        note = self.workspace.add_note(owner, owner_id, body)
        self.history.push("add note", lambda: self.workspace.delete_note(note.id))
        return note

    def edit_note(self, note_id: int, body: str) -> Note:
        before, after = self.workspace.edit_note(note_id, body)
        self.history.push("edit note", lambda: self.workspace.restore_note(before))
        return after

    def delete_note(self, note_id: int) -> None:
        note = self.workspace.delete_note(note_id)
        self.history.push("delete note", lambda: self.workspace.restore_note(note))
