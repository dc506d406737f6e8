"""Shared fixtures: the real bundled interview and temporary databases seeded from it."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from c5tui import resources
from c5tui.workspace import Workspace

os.environ.setdefault("TEXTUAL_ANIMATIONS", "none")


@pytest.fixture(autouse=True)
def _isolated_database(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keep every test away from the user's real database."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("C5TUI_DB", str(home / "default.db"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("C5TUI_CONFIG", str(home / "config.toml"))


@pytest.fixture(scope="session")
def seed_article() -> Path:
    return resources.bundled_article()


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One database seeded with the bundled interview, copied for each test that needs it."""
    path = tmp_path_factory.mktemp("template") / "seeded.db"
    with Workspace.open(path) as workspace:
        workspace.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


@pytest.fixture
def db_path(tmp_path: Path, seeded_template: Path) -> Path:
    """A fresh copy of the seeded database."""
    path = tmp_path / "c5tui.db"
    shutil.copyfile(seeded_template, path)
    return path


@pytest.fixture
def workspace(db_path: Path) -> Iterator[Workspace]:
    with Workspace.open(db_path) as opened:
        yield opened


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--slow", action="store_true", help="Also run the long robustness runs.")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--slow"):
        return
    skip = pytest.mark.skip(reason="long run: use --slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)
