"""A person translates an imported article in Read while the CLI writes beside the TUI.

Import an article without English, open it in Read from the Documents list, type English
for two sentences, mark one reviewed, undo one, jump with ] and [, add a note from a second
shell meanwhile, quit and reopen — then check the store and its integrity.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

from textual.widgets import OptionList, Static

from c5tui.tui.app import C5App
from c5tui.tui.screens.documents import DocumentsScreen
from c5tui.tui.screens.read import ReadScreen
from c5tui.tui.screens.translation_editor import TranslationEditor
from c5tui.tui.widgets.aligned_reader import AlignedReader
from tests.sessions.helpers import cli, stored
from tests.tui.helpers import option_text, settle

BURABAY = (
    Path(__file__).resolve().parents[1] / "data" / "articles" / "kazinform-burabay-flights.txt"
)
FIRST = "ASTANA. The transport vice minister said whether Astana-Burabay flights will open."
SECOND = "Akmola's akim had said a small airport was being considered."


def reader(app: C5App) -> AlignedReader:
    screen = app.screen
    assert isinstance(screen, ReadScreen), type(screen)
    return screen.query_one("#reader", AlignedReader)


async def open_from_documents(pilot, share: str) -> AlignedReader:  # type: ignore[no-untyped-def]
    """Read the imported article from the Documents list, which shows its English ``share``."""
    await pilot.press("tab")  # out of the search box: letters are commands
    await pilot.press("D")
    await settle(pilot)
    documents = pilot.app.screen
    assert isinstance(documents, DocumentsScreen)
    listing = documents.query_one("#documents", OptionList)
    assert share in option_text(listing, 1)
    await pilot.press("down", "enter")
    await settle(pilot)
    return reader(pilot.app)


async def type_english(pilot, text: str) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("i")
    await settle(pilot)
    assert isinstance(pilot.app.screen, TranslationEditor)
    await pilot.press(*text, "ctrl+s")
    await settle(pilot)
    assert isinstance(pilot.app.screen, ReadScreen)


async def test_translating_in_read_with_the_cli_beside_survives_quit_and_reopen(
    db_path: Path,
) -> None:
    cli(db_path, "import", str(BURABAY), "--no-auto-tag")
    keys = {
        row["key"]: row["id"]
        for row in map(json.loads, cli(db_path, "translation", "show", "2", "--json").splitlines())
    }

    app = C5App(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        view = await open_from_documents(pilot, "0/10 in English")
        assert view.sentence_id == keys["p01.s01"]
        await type_english(pilot, FIRST)
        await pilot.press("v")  # the first English is read and right
        await settle(pilot)
        await pilot.press("right_square_bracket")
        await settle(pilot)
        assert view.sentence_id == keys["p02.s01"]
        await type_english(pilot, SECOND)
        # A second shell notes a quote while the TUI is open.
        await asyncio.to_thread(cli, db_path, "annotate", str(keys["p03.s01"]), "check with MIIT")
        await pilot.press("u")  # the second English goes again
        await settle(pilot)
        await pilot.press("right_square_bracket")
        await settle(pilot)
        assert view.sentence_id == keys["p03.s01"]
        await pilot.press("left_square_bracket")  # back to the sentence whose English went
        await settle(pilot)
        assert view.sentence_id == keys["p02.s01"]
        await pilot.press("q")
        await settle(pilot)

    app = C5App(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        view = await open_from_documents(pilot, "1/10 in English · 1 reviewed")
        title = str(app.screen.query_one("#read-title", Static).content)
        assert "1/10 in English · 1 reviewed" in title
        await pilot.press("right_square_bracket")
        await settle(pilot)
        assert view.sentence_id == keys["p02.s01"]

    rows = stored(
        db_path,
        "SELECT s.key, t.origin, t.reviewed, s.en FROM translations t"
        " JOIN sentences s ON s.id = t.sentence_id WHERE s.document_id = 2",
    )
    # The English is the sentence's own; its translations row says it was typed and read.
    assert rows == [("p01.s01", "typed", 1, FIRST)]
    notes = stored(db_path, "SELECT sentence_id, body FROM annotations")
    assert notes == [(keys["p03.s01"], "check with MIIT")]
    found = cli(db_path, "search", "vice minister", "--json").splitlines()
    assert [json.loads(line)["id"] for line in found][:1] == [keys["p01.s01"]]
    assert stored(db_path, "PRAGMA integrity_check") == [("ok",)]
    assert stored(db_path, "PRAGMA foreign_key_check") == []
