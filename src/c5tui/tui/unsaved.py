"""What a screen holding typed text tells the app, so that quitting never loses it unasked."""

from __future__ import annotations

from typing import Protocol, runtime_checkable


@runtime_checkable
class HoldsTypedText(Protocol):
    def unsaved_text(self) -> str | None:
        """What is typed and not saved (``"The note"``), or None when nothing is."""
