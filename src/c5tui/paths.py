"""Where the user's database lives: ``--db``, then ``C5TUI_DB``, then the user data directory."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

ENV_VAR = "C5TUI_DB"


def default_database_path() -> Path:
    return Path(platformdirs.user_data_dir("c5tui", appauthor=False)) / "c5tui.db"


def resolve_database_path(option: str | os.PathLike[str] | None = None) -> Path:
    """The database to use: the explicit option wins, then the environment, then the default."""
    if option:
        return Path(option).expanduser()
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    return default_database_path()
