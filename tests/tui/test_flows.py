"""Every TUI flow end to end with Pilot: read, tag, annotate, select, reorder, undo, help."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, Markdown, OptionList, TextArea

from c5tui.tui.app import C5App
from c5tui.tui.screens.basket import BasketScreen
from c5tui.tui.screens.claims import ClaimsScreen
from c5tui.tui.screens.help import HelpScreen
from c5tui.tui.screens.notes import NotesDialog
from c5tui.tui.screens.read import ReadScreen
from c5tui.tui.screens.tag_picker import TagPicker
from c5tui.tui.widgets.aligned_reader import AlignedReader
from c5tui.tui.widgets.quote_detail import QuoteDetail
from c5tui.workspace import Workspace
from tests.tui.helpers import cursor_text, explore, into_results, option_text, reader_lines, settle


def user_tags(db_path: Path, sentence_id: int) -> set[str]:
    with Workspace.open(db_path) as workspace:
        return {r.tag for r in workspace.quote(sentence_id).tags if r.source == "user"}


def without_timestamp(markdown: str) -> str:
    return "\n".join(line for line in markdown.splitlines() if "exported_at" not in line)


async def search(pilot, query: str) -> int:  # type: ignore[no-untyped-def]
    """Type a query and return the first hit's sentence id."""
    screen = explore(pilot.app)
    screen.query_one("#search", Input).value = query
    await settle(pilot)
    screen.query_one("#results", OptionList).focus()
    return screen.results.hits[0].sentence_id


async def test_enter_opens_the_hit_in_read_with_its_english_counterpart(db_path: Path) -> None:
    app = C5App(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        sentence_id = await search(pilot, "Wabtec")
        await pilot.press("enter")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReadScreen)
        current = reader.current_quote()
        assert current is not None and current.id == sentence_id
        view = reader.query_one("#reader", AlignedReader)
        shown = cursor_text(view)
        assert "Wabtec" in shown  # the Kazakh column names it
        assert current.en and current.en.split()[0] in shown  # the English column beside it
        # Questions and answers are introduced by their speakers.
        await pilot.press("home")
        await settle(pilot)
        lines = [text for text, _ in reader_lines(view)]
        assert any("Рүстем Мұстафин · answer" in line for line in lines)
        assert any("Kazinform тілшісі · question" in line for line in lines)
        await pilot.press("escape")
        await settle(pilot)
        assert explore(app).current_quote().id == sentence_id  # back where the user was


async def test_tag_picker_adds_a_tag_that_is_in_the_store(db_path: Path) -> None:
    app = C5App(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        sentence_id = await search(pilot, "Wabtec")
        assert "fossil_fuels" not in user_tags(db_path, sentence_id)
        await pilot.press("t")
        await settle(pilot)
        assert isinstance(app.screen, TagPicker)
        await pilot.press(*"komir", "enter")
        await settle(pilot)
        assert user_tags(db_path, sentence_id) == {"fossil_fuels"}
        await pilot.press("escape")
        await settle(pilot)
        extras = explore(app).query_one("#detail", QuoteDetail).extras
        assert "+fossil_fuels" in extras


async def test_undo_takes_a_tag_back_out_of_the_store(db_path: Path) -> None:
    app = C5App(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        sentence_id = await search(pilot, "Wabtec")
        await pilot.press("t", *"china", "enter", "escape")
        await settle(pilot)
        assert user_tags(db_path, sentence_id) == {"china"}
        await pilot.press("u")
        await settle(pilot)
        assert user_tags(db_path, sentence_id) == set()
        with Workspace.open(db_path) as workspace:
            assert "china" not in workspace.quote(sentence_id).actors


async def test_removing_a_curated_tag_and_creating_a_user_tag(db_path: Path) -> None:
    app = C5App(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        sentence_id = await search(pilot, "Wabtec")
        with Workspace.open(db_path) as workspace:
            assert "wabtec" in workspace.quote(sentence_id).actors
        await pilot.press("t", *"wabtec", "enter")
        await settle(pilot)
        await pilot.press(*" ")  # clears nothing: the query is still "wabtec "
        picker = app.screen
        assert isinstance(picker, TagPicker)
        picker.query_one("#tag-query", Input).value = "Railways"
        await settle(pilot)
        options = picker.query_one("#tag-options", OptionList)
        create = next(
            i
            for i in range(options.option_count)
            if "create a tag “Railways”" in option_text(options, i)
        )
        options.highlighted = create
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press(*"Темір жол", "enter")  # the Kazakh label; the English one is typed
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
    with Workspace.open(db_path) as workspace:
        quote = workspace.quote(sentence_id)
        assert "wabtec" not in quote.actors  # the user's removal wins over curation
        assert "railways" in quote.sectors
        assert any(t.id == "railways" and t.origin == "user" for t in workspace.tags())


async def test_a_note_is_stored_and_still_there_after_a_restart(db_path: Path) -> None:
    body = "Check against the *DFC* annual report\nsecond line"
    app = C5App(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        sentence_id = await search(pilot, "литий")
        await pilot.press("n")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, NotesDialog)
        dialog.query_one("#note-editor", TextArea).insert(body)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not isinstance(app.screen, NotesDialog)
    with Workspace.open(db_path) as workspace:
        assert [n.body for n in workspace.notes("sentence", sentence_id)] == [body]

    again = C5App(db_path)
    async with again.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert await search(pilot, "литий") == sentence_id
        assert "DFC" in explore(again).query_one("#detail", QuoteDetail).extras
        assert "✎" in option_text(explore(again).query_one("#results", OptionList), 0)
        await pilot.press("n")
        await settle(pilot)
        listing = again.screen.query_one("#note-list", OptionList)
        assert "Check against the *DFC* annual report" in option_text(listing, 0)
        # Edit it, then delete it, then undo the delete.
        listing.focus()
        await pilot.press("enter")
        editor = again.screen.query_one("#note-editor", TextArea)
        assert editor.text == body
        editor.text = "Edited."
        await pilot.press("ctrl+s")
        await settle(pilot)
        with Workspace.open(db_path) as workspace:
            assert [n.body for n in workspace.notes("sentence", sentence_id)] == ["Edited."]
        await pilot.press("n")
        await settle(pilot)
        again.screen.query_one("#note-list", OptionList).focus()
        await pilot.press("d", "escape")
        await settle(pilot)
        with Workspace.open(db_path) as workspace:
            assert workspace.notes("sentence", sentence_id) == []
        await pilot.press("u")
        await settle(pilot)
        with Workspace.open(db_path) as workspace:
            assert [n.body for n in workspace.notes("sentence", sentence_id)] == ["Edited."]


async def test_escape_keeps_an_unsaved_note_until_pressed_twice(db_path: Path) -> None:
    app = C5App(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await into_results(pilot)
        await pilot.press("n")
        await settle(pilot)
        await pilot.press(*"draft", "escape")
        assert isinstance(app.screen, NotesDialog)
        await pilot.press("escape")
        assert not isinstance(app.screen, NotesDialog)


async def test_select_three_quotes_reorder_them_and_undo(db_path: Path) -> None:
    app = C5App(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await into_results(pilot)
        hits = explore(app).results.hits
        await pilot.press("space", "j", "space", "j", "space")
        await settle(pilot)
        chosen = [h.sentence_id for h in hits[:3]]
        await pilot.press("b")
        await settle(pilot)
        basket = app.screen
        assert isinstance(basket, BasketScreen)
        assert basket.items == [("sentence", i) for i in chosen]
        await pilot.press("shift+down")
        await settle(pilot)
        with Workspace.open(db_path) as workspace:
            order = [i.sentence_id for i in workspace.selection()]
        assert order == [chosen[1], chosen[0], chosen[2]]
        await pilot.press("d")
        await settle(pilot)
        assert [item for _, item in basket.items] == [chosen[1], chosen[2]]
        await pilot.press("u", "u")
        await settle(pilot)
        with Workspace.open(db_path) as workspace:
            assert [i.sentence_id for i in workspace.selection()] == chosen


async def test_select_three_quotes_and_export_them_to_a_file(db_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "report.md"
    app = C5App(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await into_results(pilot)
        hits = explore(app).results.hits
        await pilot.press("space", "j", "space", "j", "space")
        await settle(pilot)
        quotes = [explore(app).results.quotes[h.sentence_id] for h in hits[:3]]
        await pilot.press("e")
        await settle(pilot)
        dialog = app.screen
        dialog.query_one("#export-path", Input).value = str(target)
        assert "KAZINFORM" in dialog.markdown
        preview = dialog.query_one("#export-markdown", Markdown).source
        assert preview.startswith("# ")  # the body first; the front matter is folded away
        assert quotes[0].kk.split()[0] in preview
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert target.exists()
        text = target.read_text(encoding="utf-8")
        for quote in quotes:  # each quote cited with its place (English: ¶1, sentence 1)
            assert f"¶{quote.paragraph}, sentence {quote.sentence}." in text
        # A second export to the same file asks first; "n" leaves the file alone.
        target.write_text("mine", encoding="utf-8")
        await pilot.press("e")
        await settle(pilot)
        app.screen.query_one("#export-path", Input).value = str(target)
        await pilot.press("ctrl+s")
        await settle(pilot)
        await pilot.press("n")
        await settle(pilot)
        assert target.read_text(encoding="utf-8") == "mine"
        await pilot.press("ctrl+s", "y")
        await settle(pilot)
        assert without_timestamp(target.read_text(encoding="utf-8")) == without_timestamp(text)


async def test_help_lists_bindings_query_syntax_and_codebook(db_path: Path) -> None:
    app = C5App(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await into_results(pilot)
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        text = app.screen.markdown
        for needle in (
            "`space`",
            "Undo",
            "sector:minerals",
            "`wabtec`",
            "Жасыл" if False else "`usa`",
        ):
            assert needle in text
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_the_command_palette_offers_every_action(db_path: Path) -> None:
    app = C5App(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        titles = {command.title for command in app.get_system_commands(app.screen)}
        for title in (
            "Search",
            "Read",
            "Tag",
            "Note",
            "Select",
            "Selection",
            "Export",
            "Undo",
            "Help",
        ):
            assert title in titles


async def test_claims_can_be_filtered_selected_annotated_and_exported(
    db_path: Path, tmp_path: Path
) -> None:
    target = tmp_path / "claims.md"
    app = C5App(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await into_results(pilot)
        await pilot.press("c")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ClaimsScreen)
        screen.query_one("#claim-filter", Input).value = "kind:statistic coal"
        await settle(pilot)
        assert [c.kind for c in screen.claims] == ["statistic"]
        claim = screen.claims[0]
        assert "33 billion tonnes" in claim.statement
        screen.query_one("#claim-list", OptionList).focus()
        await pilot.press("space", "n")
        await settle(pilot)
        app.screen.query_one("#note-editor", TextArea).insert("Compare with KazGeology")
        await pilot.press("ctrl+s")
        await settle(pilot)
        with Workspace.open(db_path) as workspace:
            assert [i.claim_id for i in workspace.selection()] == [claim.id]
            assert [n.body for n in workspace.notes("claim", claim.id)] == [
                "Compare with KazGeology"
            ]
        await pilot.press("e")
        await settle(pilot)
        app.screen.query_one("#export-path", Input).value = str(target)
        await pilot.press("ctrl+s")
        await settle(pilot)
    text = target.read_text(encoding="utf-8")
    assert "33 billion tonnes of coal reserves" in text
    assert "Compare with KazGeology" in text


async def test_no_color_keeps_markers_readable(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    with Workspace.open(db_path) as workspace:
        workspace.select("sentence", workspace.quotes()[0].id)
    app = C5App(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.no_color
        first_row = option_text(explore(app).query_one("#results", OptionList), 0)
        assert first_row.startswith("●") and "#geopolitics" in first_row
