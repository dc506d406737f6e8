"""Timestamps as ISO 8601 UTC text: for the store's rows and for exports alike."""

from __future__ import annotations

from datetime import UTC, datetime


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
