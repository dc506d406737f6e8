"""Typing English in Read and Explore: the editor, review, undo, jumps, full-width Kazakh."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from textual.widgets import Input, OptionList, Static, TextArea

from c5tui.tui.app import C5App
from c5tui.tui.screens.read import ReadScreen
from c5tui.tui.screens.translation_editor import TranslationEditor
from c5tui.tui.widgets import aligned_layout
from c5tui.tui.widgets.aligned_reader import AlignedReader
from c5tui.tui.widgets.quote_detail import QuoteDetail
from c5tui.workspace import Workspace
from tests.sessions.helpers import stored
from tests.tui.helpers import explore, into_results, reader_lines, settle

BURABAY = (
    Path(__file__).resolve().parents[1] / "data" / "articles" / "kazinform-burabay-flights.txt"
)


@pytest.fixture
def article(db_path: Path) -> dict[str, int]:
    """The Burabay news piece, imported without English: sentence ids by key."""
    with Workspace.open(db_path) as workspace:
        document = workspace.import_article(BURABAY, auto_tag=False).document_id
        return {q.key: q.id for q in workspace.quotes(document)}


def english(db_path: Path, sentence_id: int) -> tuple[object, ...] | None:
    rows = stored(
        db_path,
        "SELECT s.en, t.origin, t.reviewed FROM sentences s LEFT JOIN translations t"
        f" ON t.sentence_id = s.id AND t.lang = 'en' WHERE s.id = {sentence_id}",
    )
    return rows[0]


def read_view(app: C5App) -> tuple[ReadScreen, AlignedReader]:
    screen = app.screen
    assert isinstance(screen, ReadScreen), type(screen)
    return screen, screen.query_one("#reader", AlignedReader)


def title(screen: ReadScreen) -> str:
    return str(screen.query_one("#read-title", Static).content)


async def open_read(pilot, sentence_id: int) -> tuple[ReadScreen, AlignedReader]:  # type: ignore[no-untyped-def]
    await settle(pilot)
    pilot.app.open_reader(sentence_id)
    await settle(pilot)
    return read_view(pilot.app)


async def type_english(pilot, text: str) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("i")
    await settle(pilot)
    editor = pilot.app.screen
    assert isinstance(editor, TranslationEditor)
    await pilot.press(*text, "ctrl+s")
    await settle(pilot)


async def test_typing_english_in_read_brings_the_english_column_and_the_share(
    db_path: Path, article: dict[str, int]
) -> None:
    app = C5App(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen, reader = await open_read(pilot, article["p01.s01"])
        lines = [text for text, _ in reader_lines(reader)]
        # No English at all: the Kazakh reads the full width, without a column of blanks.
        assert not any(aligned_layout.RULE in line for line in lines)
        assert not any(aligned_layout.UNTRANSLATED in line for line in lines)
        assert "0/10 in English" in title(screen)

        await pilot.press("i")
        await settle(pilot)
        editor = app.screen
        assert isinstance(editor, TranslationEditor)
        kazakh = str(editor.query_one("#translation-kk", Static).content)
        assert kazakh.startswith("АСТАНА. KAZINFORM - Көлік вице-министрі")
        await pilot.press(*"The vice minister answered.", "ctrl+s")
        await settle(pilot)
        assert app.screen is screen
        assert english(db_path, article["p01.s01"]) == ("The vice minister answered.", "typed", 0)
        assert "1/10 in English · 0 reviewed" in title(screen)
        lines = [text for text, _ in reader_lines(reader)]
        assert any(aligned_layout.RULE in line for line in lines)
        assert any("The vice minister answered." in line for line in lines)
        assert any(aligned_layout.UNTRANSLATED in line for line in lines)

        await pilot.press("v")
        await settle(pilot)
        assert english(db_path, article["p01.s01"]) == ("The vice minister answered.", "typed", 1)
        assert "1/10 in English · 1 reviewed" in title(screen)
        await pilot.press("u")  # the review
        await settle(pilot)
        assert english(db_path, article["p01.s01"]) == ("The vice minister answered.", "typed", 0)
        await pilot.press("u")  # the English itself
        await settle(pilot)
        assert english(db_path, article["p01.s01"]) == (None, None, None)
        assert "0/10 in English" in title(screen)
        lines = [text for text, _ in reader_lines(reader)]
        assert not any(aligned_layout.RULE in line for line in lines)


async def test_brackets_jump_between_sentences_wanting_english(
    db_path: Path, article: dict[str, int]
) -> None:
    with Workspace.open(db_path) as workspace:
        for key in ("p02.s01", "p03.s01", "p03.s02"):
            workspace.translate(article[key], f"English of {key}.")
    app = C5App(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        _screen, reader = await open_read(pilot, article["p02.s01"])
        assert reader.sentence_id == article["p02.s01"]
        await pilot.press("right_square_bracket")
        await settle(pilot)
        assert reader.sentence_id == article["p03.s03"]  # over the two translated ones
        await pilot.press("left_square_bracket")
        await settle(pilot)
        assert reader.sentence_id == article["p01.s01"]
        await pilot.press("left_square_bracket")  # nothing before the first: it stays
        await settle(pilot)
        assert reader.sentence_id == article["p01.s01"]


async def test_escape_warns_of_unsaved_english_and_a_busy_database_keeps_it(
    db_path: Path, article: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("C5TUI_BUSY_TIMEOUT_MS", "300")
    app = C5App(db_path)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await open_read(pilot, article["p01.s01"])
        await pilot.press("i")
        await settle(pilot)
        await pilot.press(*"Half a thought", "escape")
        await settle(pilot)
        editor = app.screen
        assert isinstance(editor, TranslationEditor)  # warned, still open
        assert any("not saved" in n.message for n in app._notifications)
        holder = sqlite3.connect(db_path, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")
        try:
            await pilot.press("ctrl+s")
            await settle(pilot)
        finally:
            holder.execute("ROLLBACK")
            holder.close()
        assert app.screen is editor
        assert editor.query_one("#translation-editor", TextArea).text == "Half a thought"
        assert english(db_path, article["p01.s01"]) == (None, None, None)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not isinstance(app.screen, TranslationEditor)
    assert english(db_path, article["p01.s01"]) == ("Half a thought", "typed", 0)


async def test_english_is_typed_from_the_explore_detail_over_bundled_english(
    db_path: Path,
) -> None:
    app = C5App(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = explore(app)
        screen.query_one("#search", Input).value = "Wabtec"
        await settle(pilot)
        screen.query_one("#results", OptionList).focus()
        quote = screen.results.hits[0].sentence_id
        await pilot.press("i")
        await settle(pilot)
        editor = app.screen
        assert isinstance(editor, TranslationEditor)
        assert "bundled reviewed" in str(editor.query_one("#translation-title", Static).content)
        area = editor.query_one("#translation-editor", TextArea)
        area.text = ""
        await pilot.press(*"Wabtec, the locomotive maker.", "ctrl+s")
        await settle(pilot)
        assert english(db_path, quote) == ("Wabtec, the locomotive maker.", "typed", 0)
        assert "Wabtec, the locomotive maker." in screen.query_one("#detail", QuoteDetail).en
        extras = screen.query_one("#detail", QuoteDetail).extras
        assert "English: typed unreviewed · v marks it reviewed" in extras
        await pilot.press("v")
        await settle(pilot)
        assert english(db_path, quote) == ("Wabtec, the locomotive maker.", "typed", 1)
        assert "English:" not in screen.query_one("#detail", QuoteDetail).extras


async def test_quitting_with_english_typed_warns_once_then_quits(db_path: Path) -> None:
    app = C5App(db_path)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await into_results(pilot)
        await pilot.press("i")
        await settle(pilot)
        editor = app.screen
        assert isinstance(editor, TranslationEditor)
        area = editor.query_one("#translation-editor", TextArea)
        area.text = ""
        await pilot.press(*"A new English")
        await pilot.press("ctrl+q")
        await settle(pilot)
        assert app.is_running and app.screen is editor
        assert any("The English is not saved" in n.message for n in app._notifications)
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert not app.is_running
