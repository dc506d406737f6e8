"""The user's settings file: remapped keys, a theme that survives a restart, a broken file."""

from __future__ import annotations

import os
from pathlib import Path

from textual.widgets import Input

from c5tui.tui.app import C5App
from c5tui.tui.screens.tag_picker import TagPicker
from tests.tui.helpers import explore, into_results, settle


def config() -> Path:
    return Path(os.environ["C5TUI_CONFIG"])


async def test_a_binding_remapped_in_the_settings_file_is_used(db_path: Path) -> None:
    config().write_text('[keys]\n"explore.tag" = "ctrl+t"\n', encoding="utf-8")
    app = C5App(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await into_results(pilot)
        await pilot.press("ctrl+t")
        await settle(pilot)
        assert isinstance(app.screen, TagPicker)
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("t")  # no longer a command: it goes on with the query
        await settle(pilot)
        assert not isinstance(app.screen, TagPicker)
        assert explore(app).query_one("#search", Input).value == "t"


async def test_the_chosen_theme_is_there_after_a_restart(db_path: Path) -> None:
    app = C5App(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.theme = "textual-light"
        await pilot.pause()
    assert 'theme = "textual-light"' in config().read_text(encoding="utf-8")
    again = C5App(db_path)
    async with again.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert again.theme == "textual-light"


async def test_a_broken_settings_file_is_reported_and_the_app_starts(db_path: Path) -> None:
    config().write_text("theme = [unclosed\n", encoding="utf-8")
    app = C5App(db_path)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)
        assert app.is_running
        messages = [n.message for n in app._notifications]
        assert any("config.toml: not read" in m for m in messages), messages


def test_saving_the_theme_keeps_the_users_keys(tmp_path: Path) -> None:
    from c5tui.tui.settings import load_settings, save_theme

    path = tmp_path / "config.toml"
    path.write_text('theme = "nord"\n\n[keys]\n"app.quit" = "ctrl+q"\n', encoding="utf-8")
    save_theme("gruvbox", path)
    settings = load_settings(path)
    assert settings.theme == "gruvbox"
    assert settings.keys == {"app.quit": "ctrl+q"}


def test_every_binding_of_the_interface_has_an_id_a_keymap_can_name() -> None:
    import importlib
    import pkgutil

    from textual.binding import Binding
    from textual.dom import DOMNode

    import c5tui.tui

    for info in pkgutil.walk_packages(c5tui.tui.__path__, "c5tui.tui."):
        importlib.import_module(info.name)
    ids: dict[str, str] = {}
    classes = [DOMNode]
    while classes:
        cls = classes.pop()
        classes.extend(cls.__subclasses__())
        if not cls.__module__.startswith("c5tui."):
            continue
        for binding in cls.__dict__.get("BINDINGS", []):
            assert isinstance(binding, Binding) and binding.id, (cls.__name__, binding)
            assert ids.setdefault(binding.id, cls.__name__) == cls.__name__, binding.id
    assert {"app.quit", "read.next_hit", "notes.save", "claims.tag"} <= set(ids)


async def test_a_binding_of_the_read_screen_can_be_remapped_too(db_path: Path) -> None:
    config().write_text('[keys]\n"read.note" = "ctrl+o"\n', encoding="utf-8")
    from c5tui.tui.screens.notes import NotesDialog

    app = C5App(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await into_results(pilot)
        await pilot.press("r")
        await settle(pilot)
        await pilot.press("ctrl+o")
        await settle(pilot)
        assert isinstance(app.screen, NotesDialog)
