"""The command line: subcommands script everything the TUI does (``c5tui`` alone opens the
TUI: see c5tui.entry)."""

from __future__ import annotations

from c5tui.cli.group import cli

__all__ = ["cli"]
