"""Click parameter types shared by the commands: row ids and the ``--claim`` switch."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import click

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


class ItemId(click.ParamType):
    """The id of a quote, claim, note or document.

    With ``or_claim`` the id names a claim when the command's ``--claim`` flag is given;
    that flag is eager (see :func:`claim_flag`), so it is known whatever the order.
    """

    name = "id"

    def __init__(self, noun: str, *, or_claim: bool = False) -> None:
        self.noun = noun
        self.or_claim = or_claim

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> int:
        if isinstance(value, int):
            return value
        noun = (
            "claim" if self.or_claim and ctx is not None and ctx.params.get("claim") else self.noun
        )
        number = to_id(str(value), noun)
        if number is None:
            self.fail(f"{value!r} is not an id (a {noun} id is a number, e.g. 17)", param, ctx)
        return number


def claim_flag(help: str) -> Callable[[Any], Any]:
    """``--claim``: the ids name claims. Eager, so ids are checked knowing what they name."""
    return click.option("--claim", is_flag=True, is_eager=True, help=help)


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
