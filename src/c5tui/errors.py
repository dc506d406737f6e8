"""Errors whose message is shown to the user as one line, and the exit codes they map to."""

from __future__ import annotations

EXIT_RUNTIME = 1
EXIT_INPUT = 2


class C5Error(Exception):
    """Base for every error the user should see as one readable line."""

    exit_code = EXIT_RUNTIME


class InputError(C5Error):
    """Bad input from the user: a file, a value, an option."""

    exit_code = EXIT_INPUT

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None) -> None:
        where = ""
        if path is not None:
            where = f"{path}:{line}: " if line is not None else f"{path}: "
        super().__init__(where + message)
        self.path = path
        self.line = line


class StoreError(C5Error):
    """The database cannot be opened, read or written safely."""


class NotFoundError(InputError):
    """A quote, claim, note, tag or document that the user named does not exist."""


class ExportError(InputError):
    """An export cannot be written where the user asked (the message names the path)."""


class OutputExistsError(ExportError):
    """The export's target file exists and overwriting it was not allowed."""


class DatabaseBusyError(StoreError):
    """Another program held the database's write lock for longer than the busy timeout."""


def no_such(noun: str, item_id: int | str) -> NotFoundError:
    """The error for an id that names no quote, claim, note or document, as the store words it."""
    if noun == "document":
        return NotFoundError(f"no document {item_id}")
    return NotFoundError(f"no {noun} with id {item_id}")
