"""An analyst's whole session, as a person plays it: a brief on US–Kazakhstan cooperation on
critical minerals from two articles, built in the TUI with the CLI used beside it.

Type a query the moment the app appears, read, tag, annotate, select across two
documents, reorder the basket, export, quit, reopen — then check the store and the file.
"""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, OptionList, Select, TextArea

from c5tui.tui.app import C5App
from c5tui.tui.screens.basket import BasketScreen
from c5tui.tui.screens.export import ExportDialog
from c5tui.tui.screens.notes import NotesDialog
from c5tui.tui.screens.read import ReadScreen
from c5tui.tui.screens.tag_picker import TagPicker
from tests.sessions.helpers import cli, stored
from tests.tui.helpers import explore, settle

SECOND_ARTICLE = (
    " date 2025-12-01 Сирек металдар туралы сұхбат\n"
    "АСТАНА. KAZINFORM — Геолог Айгүл Сейітова Kazinform тілшісіне сұхбат берді.\n"
    "— Литий кен орындарын кім игереді?\n"
    "— Литий мен вольфрам кен орындарын АҚШ компанияларымен бірге игеру жоспарланып отыр.\n"
)


async def test_a_brief_from_two_articles_survives_quit_and_reopen(
    db_path: Path, tmp_path: Path
) -> None:
    article = tmp_path / "lithium.txt"
    article.write_text(SECOND_ARTICLE, encoding="utf-8")
    cli(db_path, "import", str(article))
    brief = tmp_path / "brief.md"

    app = C5App(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        # Typed the instant the app appears: the search box takes it.
        await pilot.press(*"литий")
        await settle(pilot)
        screen = explore(app)
        hits = [screen.results.quotes[h.sentence_id] for h in screen.results.hits]
        documents = {q.document_id for q in hits}
        assert len(documents) == 2, [q.kk for q in hits]
        bundled = next(q for q in hits if q.document_id == min(documents))
        imported = next(q for q in hits if q.document_id == max(documents))

        await pilot.press("tab")  # into the results: letters are commands now
        await settle(pilot)
        screen.query_one("#results", OptionList).highlighted = hits.index(bundled)
        await settle(pilot)
        await pilot.press("r")  # read it in context
        await settle(pilot)
        assert isinstance(app.screen, ReadScreen)
        await pilot.press("escape")
        await settle(pilot)

        await pilot.press("t", *"minerals")
        await settle(pilot)
        assert isinstance(app.screen, TagPicker)
        await pilot.press("escape")  # already tagged minerals: look, change nothing
        await settle(pilot)
        await pilot.press("n", *"Check the reserve figure against USGS.", "ctrl+s")
        await settle(pilot)
        assert not isinstance(app.screen, NotesDialog)
        await pilot.press("space")
        await settle(pilot)

        screen.query_one("#results", OptionList).highlighted = hits.index(imported)
        await settle(pilot)
        await pilot.press("space")
        await settle(pilot)
        # Meanwhile, in a second shell, a colleague's note arrives through the CLI.
        cli(db_path, "annotate", str(imported.id), "Ask the geologist for the source.")
        await pilot.press("ctrl+r")
        await settle(pilot)

        await pilot.press("b")
        await settle(pilot)
        basket = app.screen
        assert isinstance(basket, BasketScreen)
        assert basket.items == [("sentence", bundled.id), ("sentence", imported.id)]
        await pilot.press("down", "shift+up")  # the new article's quote goes first
        await settle(pilot)
        assert basket.items == [("sentence", imported.id), ("sentence", bundled.id)]

        await pilot.press("e")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        dialog.query_one("#export-path", Input).value = str(brief)
        assert dialog.query_one("#export-group", Select).value == "none"  # basket order: default
        await settle(pilot)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert brief.exists()
        await pilot.press("q")
    assert app.return_code in (None, 0)

    order = stored(db_path, "SELECT sentence_id FROM selection ORDER BY position")
    assert [r[0] for r in order] == [imported.id, bundled.id]
    notes = dict(stored(db_path, "SELECT sentence_id, body FROM annotations"))
    assert notes == {
        bundled.id: "Check the reserve figure against USGS.",
        imported.id: "Ask the geologist for the source.",
    }
    text = brief.read_text(encoding="utf-8")
    assert text.index(imported.kk[:30]) < text.index(bundled.kk[:30])  # the basket's order
    assert "Check the reserve figure against USGS." in text
    assert "Ask the geologist for the source." in text
    assert stored(db_path, "PRAGMA integrity_check") == [("ok",)]

    # Reopened: the basket, in its order, and the notes are all there.
    again = C5App(db_path)
    async with again.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("tab", "b")
        await settle(pilot)
        reopened = again.screen
        assert isinstance(reopened, BasketScreen)
        assert reopened.items == [("sentence", imported.id), ("sentence", bundled.id)]
        await pilot.press("n")
        await settle(pilot)
        notes_dialog = again.screen
        assert isinstance(notes_dialog, NotesDialog)
        assert len(notes_dialog.notes) == 1
        assert notes_dialog.query_one("#note-editor", TextArea).text == ""
