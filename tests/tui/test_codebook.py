"""The Codebook screen: tags with counts and candidates; accept, reject, merge, rename,
relabel, re-parent and delete with undo, and a candidate's quotes opened in Explore."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Input, Markdown, OptionList

from c5tui.tui.app import C5App
from c5tui.tui.screens.ask import AskText
from c5tui.tui.screens.codebook import CodebookScreen
from c5tui.workspace import Workspace
from tests.tui.helpers import explore, into_results, option_text, settle

ARTICLES = Path(__file__).resolve().parents[1] / "data" / "articles"


def _codebook(app: C5App) -> CodebookScreen:
    screen = app.screen
    assert isinstance(screen, CodebookScreen), type(screen)
    return screen


async def _open_codebook(pilot: Pilot) -> CodebookScreen:
    await into_results(pilot)
    await pilot.press("K")
    await settle(pilot)
    return _codebook(pilot.app)  # type: ignore[arg-type]


def _highlight_candidate(screen: CodebookScreen, label: str) -> None:
    listing = screen.query_one("#codebook-candidates", OptionList)
    listing.focus()
    listing.highlighted = [c.label for c in screen.view.candidates].index(label)


def _highlight_tag(screen: CodebookScreen, tag_id: str) -> None:
    listing = screen.query_one("#codebook-tags", OptionList)
    listing.focus()
    listing.highlighted = [t.id for t in screen.view.tags].index(tag_id)


def _tags(db: Path) -> dict[str, object]:
    with Workspace.open(db) as ws:
        return {t.id: t for t in ws.tags()}


async def test_accept_reject_merge_with_undo(db_path: Path) -> None:
    with Workspace.open(db_path) as ws:
        for name in ("akorda-heating-season", "zakon-tenge-rate"):
            ws.import_article(ARTICLES / f"{name}.txt")
    app = C5App(db_path)
    async with app.run_test(size=(140, 40)) as pilot:
        screen = await _open_codebook(pilot)
        candidates = screen.query_one("#codebook-candidates", OptionList)
        labels = [c.label for c in screen.view.candidates]
        assert {"Ерлан Ақкенженов", "Айдар Қасымов", "Мәди Тәкиев"} <= set(labels)
        assert "Қасым-Жомарт Тоқаев" not in labels  # president_kz's, in the codebook
        shown = option_text(candidates, labels.index("Ерлан Ақкенженов"))
        assert "⊂ kazakhstan" in shown  # the parent a minister's title suggests
        tags = screen.query_one("#codebook-tags", OptionList)
        assert tags.option_count == len(_tags(db_path))

        _highlight_candidate(screen, "Айдар Қасымов")
        await pilot.press("a")
        await settle(pilot)
        assert "aidar_qasymov" in _tags(db_path)
        assert "Айдар Қасымов" not in [c.label for c in _codebook(app).view.candidates]

        _highlight_candidate(screen, "Ұлттық банк")
        await pilot.press("x")
        await settle(pilot)
        assert "Ұлттық банк" not in [c.label for c in _codebook(app).view.candidates]

        _highlight_candidate(screen, "Ерлан Ақкенженов")
        await pilot.press("m")
        await settle(pilot)
        assert isinstance(app.screen, AskText)
        assert app.screen.query_one("#ask-0", Input).value == ""  # no merge suggested
        await pilot.press(*"kazakhstan", "enter")
        await settle(pilot)
        assert "Ерлан Ақкенженов" in _tags(db_path)["kazakhstan"].aliases  # type: ignore[attr-defined]

        await pilot.press("u")  # the merge
        await settle(pilot)
        assert "Ерлан Ақкенженов" not in _tags(db_path)["kazakhstan"].aliases  # type: ignore[attr-defined]
        assert "Ерлан Ақкенженов" in [c.label for c in _codebook(app).view.candidates]
        await pilot.press("u", "u")  # the rejection, the acceptance
        await settle(pilot)
        assert "aidar_qasymov" not in _tags(db_path)
        assert {"Ұлттық банк", "Айдар Қасымов"} <= {c.label for c in _codebook(app).view.candidates}


async def test_user_tags_renamed_relabelled_moved_deleted(db_path: Path) -> None:
    with Workspace.open(db_path) as ws:
        ws.import_article(ARTICLES / "zakon-tenge-rate.txt")
        ws.accept_candidate("Мәди Тәкиев", tag_id="takiev")
    app = C5App(db_path)
    async with app.run_test(size=(140, 40)) as pilot:
        screen = await _open_codebook(pilot)
        _highlight_tag(screen, "usa")
        await pilot.press("d")  # a codebook tag: refused
        await settle(pilot)
        assert "usa" in _tags(db_path)

        _highlight_tag(screen, "takiev")
        await pilot.press("r")
        await settle(pilot)
        field = app.screen.query_one("#ask-0", Input)
        field.value = "madi_takiev"
        await pilot.press("enter")
        await settle(pilot)
        assert "madi_takiev" in _tags(db_path) and "takiev" not in _tags(db_path)

        _highlight_tag(_codebook(app), "madi_takiev")
        await pilot.press("l")
        await settle(pilot)
        app.screen.query_one("#ask-0", Input).value = "Madi Takiyev"
        await pilot.press("enter", "enter")  # next field, then save
        await settle(pilot)
        await pilot.press("p")
        await settle(pilot)
        app.screen.query_one("#ask-0", Input).value = "usa"
        await pilot.press("enter")
        await settle(pilot)
        tag = _tags(db_path)["madi_takiev"]
        assert (tag.label_en, tag.parent) == ("Madi Takiyev", "usa")  # type: ignore[attr-defined]

        await pilot.press("d")
        await settle(pilot)
        assert "madi_takiev" not in _tags(db_path)
        await pilot.press("u")
        await settle(pilot)
        assert _tags(db_path)["madi_takiev"].parent == "usa"  # type: ignore[attr-defined]
        with Workspace.open(db_path) as ws:
            assert any("madi_takiev" in q.actors for q in ws.quotes())

        # enter on a tag shows its quotes in Explore.
        _highlight_tag(_codebook(app), "madi_takiev")
        await pilot.press("enter")
        await settle(pilot)
        assert explore(app).query_one("#search", Input).value == "actor:madi_takiev"
        assert explore(app).results.quotes


async def test_the_palette_and_the_help_name_the_codebook(db_path: Path) -> None:
    app = C5App(db_path)
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        commands = {c.title: c.help for c in app.get_system_commands(app.screen)}
        assert "key: K" in commands["Codebook"]
        await pilot.press("f1")
        await settle(pilot)
        shown = app.screen.query_one(Markdown).source
        assert "codebook.accept" in shown and "app.codebook" in shown
