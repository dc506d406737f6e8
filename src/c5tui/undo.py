"""The session's undo history: each user change records how to take itself back."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

MAX_UNDO = 200


@dataclass(frozen=True, slots=True)
class UndoEntry:
    """A change already committed to the store and the action that reverts it."""

    description: str
    revert: Callable[[], object]


class UndoHistory:
    def __init__(self) -> None:
        self._entries: list[UndoEntry] = []

    def push(self, description: str, revert: Callable[[], object]) -> None:
        self._entries.append(UndoEntry(description, revert))
        del self._entries[:-MAX_UNDO]

    def pop(self) -> UndoEntry | None:
        return self._entries.pop() if self._entries else None

    def __len__(self) -> int:
        return len(self._entries)
