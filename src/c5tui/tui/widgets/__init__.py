"""Widgets of the terminal UI that are more than a configured Textual widget."""
