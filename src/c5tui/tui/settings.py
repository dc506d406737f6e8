"""The interface's own settings: the theme and the user's key bindings, in a TOML file.

``~/.config/c5tui/config.toml`` (or ``$C5TUI_CONFIG``)::

    theme = "textual-light"
    glossary = false              # Explore's glossary hits off (ctrl+g toggles it)

    [keys]
    "explore.tag" = "ctrl+t"      # binding id = keys, comma-separated for several
    "app.quit" = "q,ctrl+q"

Binding ids are listed by ``?``. A missing or broken file gives the defaults: the
settings never keep the app from starting.
"""

from __future__ import annotations

import json
import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs

ENV_VAR = "C5TUI_CONFIG"
# A settings file is a few lines; a huge one is not ours.
MAX_BYTES = 64 * 1024


def settings_path() -> Path:
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_config_dir("c5tui", appauthor=False)) / "config.toml"


@dataclass(frozen=True, slots=True)
class Settings:
    theme: str | None = None
    keys: dict[str, str] = field(default_factory=dict)
    glossary: bool = True
    problem: str | None = None  # why the file was not used, to tell the user once


def load_settings(path: Path | None = None) -> Settings:
    path = path or settings_path()
    try:
        if not path.is_file():
            return Settings()
        if path.stat().st_size > MAX_BYTES:
            return Settings(problem=f"{path}: larger than {MAX_BYTES} bytes, not read")
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        return Settings(problem=f"{path}: not read ({exc})")
    theme = data.get("theme")
    keys = data.get("keys", {})
    glossary = data.get("glossary", True) is not False
    if not isinstance(keys, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in keys.items()
    ):
        problem = f"{path}: [keys] ignored"
        return Settings(theme if isinstance(theme, str) else None, {}, glossary, problem)
    return Settings(theme if isinstance(theme, str) else None, dict(keys), glossary=glossary)


def save_theme(theme: str, path: Path | None = None) -> None:
    """Remember the theme, keeping the rest of the file as the user wrote it."""
    _save_top_level("theme", json.dumps(theme), path)


def save_glossary(on: bool, path: Path | None = None) -> None:
    """Remember whether Explore shows glossary hits."""
    _save_top_level("glossary", "true" if on else "false", path)


def _save_top_level(name: str, value: str, path: Path | None) -> None:
    """Set one top-level ``name = value`` line, keeping the rest of the file as written."""
    path = path or settings_path()
    try:
        text = path.read_text(encoding="utf-8") if path.is_file() else ""
    except (OSError, UnicodeDecodeError):
        return
    key = re.compile(rf"\s*{name}\s*=")
    lines = [line for line in text.splitlines() if not key.match(line)]
    # The setting goes first: a top-level key must come before any [table].
    new = "\n".join([f"{name} = {value}", *lines]).rstrip("\n") + "\n"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(path.name + ".tmp")
        temporary.write_text(new, encoding="utf-8")
        temporary.replace(path)
    except OSError:
        return  # a read-only config directory costs the user only the remembered theme
