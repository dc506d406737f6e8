"""The tag picker: what typing finds, when removing asks first, and creating a tag."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Input, OptionList, Select

from c5tui.session import Change, Session
from c5tui.tui.app import C5App
from c5tui.tui.screens.confirm import Confirm
from c5tui.tui.screens.new_tag import NewTagForm
from c5tui.tui.screens.tag_picker import TagPicker
from c5tui.workspace import Workspace
from tests.tui.helpers import option_text, settle


def quote_with(db_path: Path, tag: str, present: bool = True) -> int:
    """A quote of the bundled interview that carries (or lacks) a curated tag."""
    with Workspace.open(db_path) as workspace:
        return next(q.id for q in workspace.quotes() if (tag in {r.tag for r in q.tags}) == present)


def tags_of(db_path: Path, sentence_id: int) -> set[str]:
    with Workspace.open(db_path) as workspace:
        return {r.tag for r in workspace.quote(sentence_id).tags}


def shown(picker: TagPicker) -> list[str]:
    options = picker.query_one("#tag-options", OptionList)
    return [option_text(options, i) for i in range(options.option_count)]


async def open_picker(pilot, sentence_id: int, typed: str = "") -> TagPicker:  # type: ignore[no-untyped-def]
    await settle(pilot)
    pilot.app.open_tag_picker(sentence_id)
    await settle(pilot)
    picker = pilot.app.screen
    assert isinstance(picker, TagPicker)
    if typed:
        await pilot.press(*typed)
        await settle(pilot)
    return picker


async def open_form(pilot, sentence_id: int, typed: str) -> tuple[TagPicker, NewTagForm]:  # type: ignore[no-untyped-def]
    """Type a new name in the picker and choose to create it (the last entry)."""
    picker = await open_picker(pilot, sentence_id, typed)
    options = picker.query_one("#tag-options", OptionList)
    assert f"create a tag “{typed}”" in option_text(options, options.option_count - 1)
    options.highlighted = options.option_count - 1
    await pilot.press("enter")
    await settle(pilot)
    form = pilot.app.screen
    assert isinstance(form, NewTagForm)
    return picker, form


async def test_removing_a_tag_found_only_by_an_alias_asks_once(db_path: Path) -> None:
    sentence_id = quote_with(db_path, "logistics")
    app = C5App(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        picker = await open_picker(pilot, sentence_id, "middle")
        assert shown(picker)[0].startswith("[x] logistics")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, Confirm)
        assert "Middle Corridor" in app.screen.question
        await pilot.press("n")
        await settle(pilot)
        assert "logistics" in tags_of(db_path, sentence_id)  # no: nothing changed
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, Confirm)
        await pilot.press("y")
        await settle(pilot)
        assert app.screen is picker
        assert "logistics" not in tags_of(db_path, sentence_id)
        await pilot.press("enter")  # putting it back asks nothing
        await settle(pilot)
        assert app.screen is picker
        assert "logistics" in tags_of(db_path, sentence_id)
        await pilot.press("enter")  # asked once already
        await settle(pilot)
        assert app.screen is picker
        assert "logistics" not in tags_of(db_path, sentence_id)


async def test_adding_by_an_alias_and_removing_by_name_ask_nothing(db_path: Path) -> None:
    sentence_id = quote_with(db_path, "logistics", present=False)
    app = C5App(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        picker = await open_picker(pilot, sentence_id, "middle")
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is picker
        assert "logistics" in tags_of(db_path, sentence_id)
        picker.query_one("#tag-query", Input).value = "logis"
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is picker
        assert "logistics" not in tags_of(db_path, sentence_id)


async def test_a_name_that_exists_in_another_script_is_not_offered_as_new(db_path: Path) -> None:
    app = C5App(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        picker = await open_picker(pilot, quote_with(db_path, "usa", present=False), "АҚШ")
        rows = shown(picker)
        assert rows[0].startswith("[ ] usa")
        assert not any("create" in row for row in rows)
        picker.query_one("#tag-query", Input).value = "Middle corridor"
        await settle(pilot)
        assert not any("create" in row for row in shown(picker))


async def test_a_new_tag_gets_both_labels_and_an_id_from_the_english_one(db_path: Path) -> None:
    sentence_id = quote_with(db_path, "minerals")
    app = C5App(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        picker, form = await open_form(pilot, sentence_id, "Сирек жер")
        # What was typed is Kazakh: it fills the Kazakh label, the English one is asked for.
        assert form.query_one("#new-tag-kk", Input).value == "Сирек жер"
        assert form.query_one("#new-tag-en", Input).value == ""
        assert form.query_one("#new-tag-en", Input).has_focus
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is form  # an English label is needed
        assert "English label" in str(form.query_one("#new-tag-message").render())
        await pilot.press(*"Rare earths")
        await settle(pilot)
        assert "rare_earths" in str(form.query_one("#new-tag-message").render())
        form.query_one("#new-tag-kind", Select).value = "sector"
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is picker
    with Workspace.open(db_path) as workspace:
        tag = next(t for t in workspace.tags() if t.id == "rare_earths")
        assert (tag.kind, tag.label_en, tag.label_kk, tag.origin) == (
            "sector",
            "Rare earths",
            "Сирек жер",
            "user",
        )
    assert "rare_earths" in tags_of(db_path, sentence_id)


async def test_a_new_tag_from_english_asks_for_the_kazakh_label(db_path: Path) -> None:
    sentence_id = quote_with(db_path, "minerals")
    app = C5App(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        picker, form = await open_form(pilot, sentence_id, "Port of Aktau")
        assert form.query_one("#new-tag-en", Input).value == "Port of Aktau"
        assert form.query_one("#new-tag-kk", Input).has_focus
        form.query_one("#new-tag-kind", Select).value = "actor"
        await pilot.press(*"Ақтау порты", "enter")
        await settle(pilot)
        assert app.screen is picker
    with Workspace.open(db_path) as workspace:
        tag = next(t for t in workspace.tags() if t.id == "port_of_aktau")
        assert (tag.kind, tag.label_kk) == ("actor", "Ақтау порты")
    assert "port_of_aktau" in tags_of(db_path, sentence_id)


async def test_a_new_tag_cannot_take_a_name_already_in_the_codebook(db_path: Path) -> None:
    app = C5App(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        picker, form = await open_form(pilot, quote_with(db_path, "minerals"), "Washington DC")
        await pilot.press(*"Вашингтон", "enter")
        await settle(pilot)
        assert app.screen is form
        assert "usa" in str(form.query_one("#new-tag-message").render())
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is picker
    with Workspace.open(db_path) as workspace:
        assert not any(t.origin == "user" for t in workspace.tags())


async def test_tagging_the_selection_tags_its_quotes_and_claims(db_path: Path) -> None:
    with Workspace.open(db_path) as workspace:
        quote = workspace.quotes()[3].id
        claim = workspace.claims()[0].id
        workspace.select("sentence", quote)
        workspace.select("claim", claim)
    app = C5App(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.screen.query_one("#results", OptionList).focus()
        await pilot.press("T")
        await settle(pilot)
        picker = app.screen
        assert isinstance(picker, TagPicker)
        title = str(picker.query_one("#picker-title").render())
        assert "1 quote and 1 claim" in title
        await pilot.press(*"nasa", "enter")
        await settle(pilot)
    with Workspace.open(db_path) as workspace:
        assert "nasa" in {r.tag for r in workspace.quote(quote).tags}
        assert "nasa" in {r.tag for r in workspace.claim(claim).tags}


async def test_closing_the_picker_before_its_tag_is_written_keeps_the_tag_and_the_app(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # On a busy machine the write lands after the user has pressed escape.
    slow_tag_items = Session.tag_items

    def tag_items_slowly(self: Session, *args: Any, **kwargs: Any) -> Change:
        time.sleep(0.3)
        return slow_tag_items(self, *args, **kwargs)

    monkeypatch.setattr(Session, "tag_items", tag_items_slowly)
    sentence_id = quote_with(db_path, "wabtec", present=False)
    app = C5App(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_picker(pilot, sentence_id, "wabtec")
        await pilot.press("enter", "escape")
        await app.writes_done()  # raised WorkerFailed when the closed picker was refreshed
        await settle(pilot)
        assert not isinstance(app.screen, TagPicker)
    assert "wabtec" in tags_of(db_path, sentence_id)
