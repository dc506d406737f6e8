"""Click parameter types shared by the commands: row ids and the ``--claim`` switch."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import click

from c5tui.ids import MAX_ID, to_id

__all__ = ["MAX_ID", "ItemId", "claim_flag", "to_id"]


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
