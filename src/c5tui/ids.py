"""Row ids typed by people: digits only, and no larger than SQLite can store."""

from __future__ import annotations

from c5tui.errors import InputError, no_such

# SQLite stores row ids as signed 64-bit integers; a larger number names no row, and
# binding it would fail with OverflowError instead of saying so.
MAX_ID = 2**63 - 1


def to_id(text: str, noun: str) -> int | None:
    """``text`` as an id of a ``noun``; None if it is not digits; NotFoundError if too large."""
    text = text.strip()
    if not (text.isascii() and text.isdigit()):
        return None
    number = int(text)
    if number > MAX_ID:
        raise no_such(noun, number)
    return number


def parse_ids(text: str, option: str, noun: str) -> list[int]:
    """``1,2,3`` as a list of ``noun`` ids, or a clear error naming the option."""
    ids = []
    for part in text.split(","):
        part = part.strip()
        if not part:
            continue
        number = to_id(part, noun)
        if number is None:
            raise InputError(f"{option}: {part!r} is not an id; give ids like 1,2,3")
        ids.append(number)
    if not ids:
        raise InputError(f"{option}: give one or more ids, like 1,2,3")
    return ids
