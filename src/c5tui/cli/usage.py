"""Click's usage errors as one line: what is wrong, and where to look or what to type."""

from __future__ import annotations

from collections.abc import Sequence

import click


def usage_message(error: click.UsageError, args: Sequence[str] = (), command: str = "") -> str:
    """One line for ``error``.

    ``args`` are the words typed after the command, to quote back; ``command`` is where
    to point for help when click's parser gave the error no context.
    """
    ctx = error.ctx
    if isinstance(error, click.NoSuchOption):
        message = f"no such option {error.option_name!r}"
        if error.possibilities:
            message += f"; did you mean {' or '.join(map(repr, error.possibilities))}?"
        # A near miss of a real option is a typo, not text.
        hint = None if error.possibilities else _text_hint(error, ctx, args)
        if hint:
            return f"{message}; {hint}"
    else:
        message = _sentence_case(error.format_message())
    where = ctx.command_path if ctx is not None else command
    return f"{message} (see '{where} --help')" if where else message


def _sentence_case(message: str) -> str:
    """Click's ``Invalid value…: x.`` in the style of our other errors: ``invalid value…: x``."""
    message = " ".join(message.split()).removesuffix(".")
    if message[:2].istitle():
        message = message[0].lower() + message[1:]
    return message


def _text_hint(
    error: click.NoSuchOption, ctx: click.Context | None, args: Sequence[str]
) -> str | None:
    """For a command that takes text: a word starting with '-' needs ``--`` before it.

    ``c5tui search -литий`` reads as the options ``-л -и …``. The hint repeats the command
    line with ``--`` put in, unless options follow the word (they would become text).
    """
    if ctx is None or not any(
        isinstance(p, click.Argument) and p.type is click.STRING for p in ctx.command.params
    ):
        return None
    at = next((i for i, a in enumerate(args) if a.startswith(error.option_name)), None)
    if at is None:
        return f"if {error.option_name!r} starts some text, put -- before the text"
    word, after = args[at], args[at + 1 :]
    hint = f"if {word!r} is text, put -- before it"
    if any(a.startswith("-") for a in after):
        return f"{hint}, after the options"
    example = [ctx.find_root().info_name or "c5tui", *args[:at], "--", word, *after]
    return f"{hint}: {' '.join(example)}"
