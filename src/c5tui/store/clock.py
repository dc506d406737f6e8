"""Timestamps stored as ISO 8601 UTC text (the one clock is :mod:`c5tui.clock`)."""

from __future__ import annotations

from c5tui.clock import now

__all__ = ["now"]
