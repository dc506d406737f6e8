"""Fixtures of the export tests."""

from __future__ import annotations

import pytest
from export_work import do_known_work

from c5tui.workspace import Workspace


@pytest.fixture
def known_work(workspace: Workspace) -> Workspace:
    """The seeded interview with a researcher's tags, notes and selection."""
    do_known_work(workspace)
    return workspace
