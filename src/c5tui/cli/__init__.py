"""The command line: ``c5tui`` opens the TUI; subcommands script everything it does."""

from __future__ import annotations

import sys

# Importing a command module registers its commands on the group.
from c5tui.cli import candidates as _candidates  # noqa: F401
from c5tui.cli import claims as _claims  # noqa: F401
from c5tui.cli import cooccur as _cooccur  # noqa: F401
from c5tui.cli import corpus as _corpus  # noqa: F401
from c5tui.cli import documents as _documents  # noqa: F401
from c5tui.cli import export as _export  # noqa: F401
from c5tui.cli import importing as _importing  # noqa: F401
from c5tui.cli import notes as _notes  # noqa: F401
from c5tui.cli import refi as _refi  # noqa: F401
from c5tui.cli import search as _search  # noqa: F401
from c5tui.cli import selection as _selection  # noqa: F401
from c5tui.cli import tags as _tags  # noqa: F401
from c5tui.cli import translation as _translation  # noqa: F401
from c5tui.cli.group import cli

__all__ = ["cli", "main"]


def main() -> None:
    """Console entry point."""
    try:
        cli(prog_name="c5tui")
    except KeyboardInterrupt:
        sys.exit(130)
