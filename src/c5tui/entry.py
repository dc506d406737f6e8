"""The ``c5tui`` program: the plain launch opens the TUI straight away; anything else is
the command line's.

``c5tui`` and ``c5tui --db FILE`` are most launches, and loading the command line's
libraries (click and the commands' options) is start-up the TUI does not need (about 7 ms
on an idle machine, 40 on a loaded one): the plain launch reads its one option itself and
opens the TUI as ``c5tui tui`` does, with the same one-line errors."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path


class NotPlain(Exception):
    """The command line asks for more than the TUI on a database."""


def plain_launch(args: Sequence[str]) -> Path | None:
    """The ``--db`` of a plain launch (None: no option), or NotPlain for anything else."""
    if not args:
        return None
    if len(args) == 2 and args[0] == "--db":
        value = args[1]
    elif len(args) == 1 and args[0].startswith("--db="):
        value = args[0].removeprefix("--db=")
    else:
        raise NotPlain
    if not value or value.startswith("-"):
        raise NotPlain  # the command line says what is wrong with it
    return Path(value)


def launch_tui(db_option: Path | None) -> None:
    """Open the TUI on the database named (or the default), as ``c5tui tui`` does."""
    from c5tui.paths import resolve_database_path
    from c5tui.tui.launch import open_and_run

    try:
        open_and_run(resolve_database_path(db_option))
    except Exception as exc:
        from c5tui.failures import DEBUG_ENV, failure

        if os.environ.get(DEBUG_ENV):
            raise
        from c5tui.text.display import printable

        message, code = failure(exc, db_option)
        print(f"c5tui: error: {printable(message, keep='')}", file=sys.stderr)
        sys.exit(code)


def main() -> None:
    """Console entry point."""
    try:
        try:
            db_option = plain_launch(sys.argv[1:])
        except NotPlain:
            from c5tui.cli.group import cli

            cli(prog_name="c5tui")
        else:
            launch_tui(db_option)
    except KeyboardInterrupt:
        sys.exit(130)
