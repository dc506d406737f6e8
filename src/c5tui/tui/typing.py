"""Type-to-search: a letter typed in a list that is no command goes on with the query."""

from __future__ import annotations

from textual import events
from textual.screen import Screen
from textual.widgets import Input, OptionList


def continue_query(
    screen: Screen[None], listing: OptionList, field: Input, key: events.Key
) -> None:
    """Move a printable key that is not bound to anything from ``listing`` into ``field``."""
    if not key.is_printable or key.character is None or not listing.has_focus:
        return
    if key.key in screen.active_bindings:
        return
    field.focus()
    field.cursor_position = len(field.value)
    field.insert_text_at_cursor(key.character)
    key.stop()
    key.prevent_default()
