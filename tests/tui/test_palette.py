"""The command palette names the key of every action it lists."""

from __future__ import annotations

from pathlib import Path

from c5tui.tui.app import C5App
from c5tui.tui.screens.claims import ClaimsScreen
from tests.tui.helpers import settle


def helps(app: C5App) -> dict[str, str]:
    return {c.title: c.help for c in app.get_system_commands(app.screen)}


async def test_each_action_shows_its_key(db_path: Path) -> None:
    app = C5App(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        shown = helps(app)
        expected = {
            "Search": "/",
            "Read": "r or ⏎",  # as the footer shows enter
            "Tag": "t",
            "Tag the selection": "T",
            "Note": "n",
            "Select": "␣",
            "Selection": "b",
            "Claims": "c",
            "Export": "e",
            "Facets": "f",
            "Glossary": "^g",
            "Undo": "u or ^z",
            "Refresh": "^r",
            "Help": "?",
        }
        for title, keys in expected.items():
            assert shown[title].endswith(f" · key: {keys}"), (title, shown[title])


async def test_keys_are_those_of_the_screen_in_use(db_path: Path) -> None:
    app = C5App(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.action_claims()
        await settle(pilot)
        assert isinstance(app.screen, ClaimsScreen)
        shown = helps(app)
        assert shown["Read"].endswith(" · key: r")  # no enter on this screen
        assert shown["Search"].endswith(" · key: /")
