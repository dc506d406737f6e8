"""The command line: ``c5tui`` opens the TUI; subcommands script everything it does."""

from __future__ import annotations

import sys

from c5tui.cli.group import cli

__all__ = ["cli", "main"]


def main() -> None:
    """Console entry point."""
    try:
        cli(prog_name="c5tui")
    except KeyboardInterrupt:
        sys.exit(130)
