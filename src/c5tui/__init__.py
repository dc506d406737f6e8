"""c5tui: a keyboard-driven research assistant for Kazakh news interviews."""

__version__ = "0.1.0"
