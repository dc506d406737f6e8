"""The command line loads only what the command run needs: start-up is paid per command."""

from __future__ import annotations

import importlib
import os
import pkgutil
import subprocess
import sys
from pathlib import Path

import click

import c5tui.cli
from c5tui.cli.group import COMMAND_MODULES, cli

# Loaded modules, printed by a fresh interpreter after running the given Python code.
PROBE = """
import sys
{code}
print("\\n".join(sorted(sys.modules)))
"""
# What the TUI and the heavier commands need, and a plain ``import c5tui.cli`` must not load.
HEAVY = (
    "textual",
    "rich",
    "sqlite_utils",
    "c5tui.workspace",
    "c5tui.store",
    "c5tui.export",
    "c5tui.tui",
    "c5tui.corpus",
    "c5tui.tagging",
    "c5tui.search",
)


def loaded_after(code: str, tmp_path: Path) -> set[str]:
    result = subprocess.run(
        [sys.executable, "-c", PROBE.format(code=code)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
        env=os.environ
        | {"C5TUI_DB": str(tmp_path / "c5.db"), "C5TUI_CONFIG": str(tmp_path / "c.toml")},
    )
    assert result.returncode == 0, result.stderr
    return set(result.stdout.split())


def heavy(modules: set[str], names: tuple[str, ...] = HEAVY) -> list[str]:
    return sorted(m for m in modules if any(m == n or m.startswith(f"{n}.") for n in names))


def test_importing_the_command_line_loads_no_command_and_no_core(tmp_path: Path) -> None:
    assert heavy(loaded_after("import c5tui.cli", tmp_path)) == []


def test_a_command_without_the_tui_loads_no_textual_and_no_exporter(tmp_path: Path) -> None:
    code = "from c5tui.cli import cli; cli(['search', 'литий'], standalone_mode=False)"
    modules = loaded_after(code, tmp_path)
    assert "c5tui.cli.search" in modules  # it ran
    names = ("textual", "c5tui.tui", "c5tui.export", "c5tui.cli.export", "c5tui.cli.refi")
    assert heavy(modules, names) == []


def test_the_tui_loads_no_exporter_and_no_other_command(tmp_path: Path) -> None:
    code = "from c5tui.cli import cli; import c5tui.tui.app"
    code += "; cli.get_command(click.Context(cli), 'tui')"
    modules = loaded_after("import click; " + code, tmp_path)
    names = (
        "c5tui.export",
        "c5tui.tagging.candidates",
        "c5tui.cli.export",
        "c5tui.cli.refi",
        "c5tui.cli.candidates",
        "c5tui.cli.claims",
    )
    assert "c5tui.cli.corpus" in modules  # the module of the TUI command
    assert heavy(modules, names) == []


def test_every_command_is_listed_with_the_module_that_defines_it() -> None:
    for module in pkgutil.iter_modules(c5tui.cli.__path__):
        importlib.import_module(f"c5tui.cli.{module.name}")
    defined = {name: getattr(cmd.callback, "__module__", "") for name, cmd in cli.commands.items()}
    listed = {name: f"c5tui.cli.{module}" for name, module in COMMAND_MODULES.items()}
    assert defined == listed
    with click.Context(cli) as ctx:
        assert cli.list_commands(ctx) == sorted(listed)
