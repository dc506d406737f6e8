"""The Read view: opened at its final width, cursor moves, one-sentence redraws, search hits."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.widgets import Input, OptionList

from benchmarks.synthetic import build_interview
from c5tui.search.engine import SearchEngine
from c5tui.tui.app import C5App
from c5tui.tui.screens.help import HelpScreen
from c5tui.tui.screens.notes import NotesDialog
from c5tui.tui.screens.read import ReadScreen
from c5tui.tui.widgets import aligned_layout
from c5tui.tui.widgets.aligned_reader import AlignedReader
from c5tui.workspace import Workspace
from tests.tui.helpers import cursor_text, explore, reader_lines, settle

WABTEC_KK = "Мысалы, локомотивтер шығаратын Wabtec компаниясы"


def read_screen(app: C5App) -> ReadScreen:
    screen = app.screen
    assert isinstance(screen, ReadScreen), type(screen)
    return screen


def reader(app: C5App) -> AlignedReader:
    return read_screen(app).query_one("#reader", AlignedReader)


async def open_from_search(pilot, query: str) -> None:  # type: ignore[no-untyped-def]
    await settle(pilot)
    screen = explore(pilot.app)
    screen.query_one("#search", Input).value = query
    await settle(pilot)
    screen.query_one("#results", OptionList).focus()
    await pilot.press("r")
    await settle(pilot)


def reversed_text(view: AlignedReader) -> list[str]:
    """The highlighted (reversed) pieces of text under the cursor."""
    lines = reader_lines(view)
    strips = [view.render_line(y) for y, (_, on) in enumerate(lines) if on]
    return [s.text for strip in strips for s in strip if s.style and s.style.reverse]


@pytest.fixture
def layouts(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int]]:
    """Every sentence laid out for the Read view: (sentence id, width)."""
    calls: list[tuple[int, int]] = []
    original = aligned_layout.lay_out

    def spy(quote, columns, **options):  # type: ignore[no-untyped-def]
        calls.append((quote.id, columns.width))
        return original(quote, columns, **options)

    monkeypatch.setattr(aligned_layout, "lay_out", spy)
    return calls


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int]]:
    """Every read of a window of sentences the Read view asks for: (first, last) position."""
    calls: list[tuple[int, int]] = []
    original = C5App.read_window

    def spy(self, document_id, first, last):  # type: ignore[no-untyped-def]
        calls.append((first, last))
        return original(self, document_id, first, last)

    monkeypatch.setattr(C5App, "read_window", spy)
    return calls


@pytest.mark.parametrize("size", [(120, 40), (80, 24), (200, 60)])
async def test_read_opens_on_the_sentence_laid_out_at_its_final_width(
    db_path: Path, layouts: list[tuple[int, int]], size: tuple[int, int]
) -> None:
    app = C5App(db_path)
    async with app.run_test(size=size) as pilot:
        await open_from_search(pilot, "Wabtec")
        view = reader(app)
        current = view.current
        assert current is not None and current.kk.startswith(WABTEC_KK[:20])
        width = view.scrollable_content_region.width
        assert layouts and {w for _, w in layouts} == {width}  # never at a provisional width
        lines = reader_lines(view)
        columns = aligned_layout.Columns.fit(width, view._outline)
        rule = columns.gutter + columns.kk + 1
        ruled = [text for text, _ in lines if "│" in text]
        assert ruled and all(text[rule] == "│" for text in ruled)
        shown = cursor_text(view)
        # The sentence's words run on at the full column width, not broken into scraps.
        first_words = " ".join(current.kk.split()[: 3 if size[0] < 100 else 5])
        assert first_words in shown
        assert current.en and current.en.split()[0] in shown


async def test_read_lays_out_again_for_a_new_width_only_what_is_in_view(
    db_path: Path, layouts: list[tuple[int, int]], monkeypatch: pytest.MonkeyPatch
) -> None:
    drawn: list[int] = []  # the width of every line the view draws
    render_line = AlignedReader.render_line

    def spy(self: AlignedReader, y: int):  # type: ignore[no-untyped-def]
        strip = render_line(self, y)
        drawn.append(strip.cell_length)
        return strip

    monkeypatch.setattr(AlignedReader, "render_line", spy)
    app = C5App(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_from_search(pilot, "Wabtec")
        view = reader(app)
        sentence_id = view.sentence_id
        layouts.clear()
        drawn.clear()
        await pilot.resize_terminal(90, 30)
        await settle(pilot)
        width = view.scrollable_content_region.width
        assert {w for _, w in layouts} == {width}
        assert drawn and set(drawn) == {width}  # no frame drew lines of the old width
        assert len(layouts) < 30  # the bundled interview has 110 sentences
        assert view.sentence_id == sentence_id and WABTEC_KK[:20] in cursor_text(view)


async def test_read_again_shows_the_new_sentence_at_the_new_width(
    db_path: Path, layouts: list[tuple[int, int]]
) -> None:
    app = C5App(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_from_search(pilot, "Wabtec")
        first = reader(app).current
        await pilot.press("escape")
        await settle(pilot)
        await open_from_search(pilot, "литий")
        view = reader(app)
        assert view.current is not None and view.current.id != first.id
        assert "литий" in cursor_text(view).lower()
        assert view.hit_number() is not None  # the hits are the new query's
        view.jump_to(first.id)
        await settle(pilot)
        assert WABTEC_KK[:20] in cursor_text(view)
        assert not reversed_text(view)  # the old search's highlight is gone
        await pilot.press("escape")
        await settle(pilot)
        await pilot.resize_terminal(100, 30)
        layouts.clear()
        await open_from_search(pilot, "Wabtec")
        view = reader(app)
        assert view.current is not None and view.current.id == first.id
        assert {w for _, w in layouts} == {view.scrollable_content_region.width}
        assert WABTEC_KK[:20] in cursor_text(view)


async def test_cursor_moves_over_sentences_and_turn_headings(db_path: Path) -> None:
    with Workspace.open(db_path) as workspace:
        quotes = workspace.quotes(1)
    app = C5App(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.open_reader(quotes[0].id)
        await settle(pilot)
        view = reader(app)

        async def press(key: str) -> str:
            await pilot.press(key)
            await settle(pilot)
            assert view.current is not None
            return view.current.key

        assert view.current is not None and view.current.key == "p01.s01"
        assert "Kazinform · lead" in reader_lines(view)[0][0]
        assert await press("down") == "p01.s02"
        assert await press("down") == "p02.s01"
        # The question's first line comes right under its speaker's heading.
        lines = reader_lines(view)
        first = next(i for i, (_, on) in enumerate(lines) if on)
        assert "Kazinform тілшісі · question" in lines[first - 1][0]
        assert await press("j") == "p03.s01"
        assert await press("k") == "p02.s01"
        before = view.cursor
        await press("pagedown")
        assert view.cursor > before + 3
        assert view.current is not None and view.current.kk.split()[0] in cursor_text(view)
        assert await press("end") == quotes[-1].key
        assert quotes[-1].kk.split()[0] in cursor_text(view)
        assert view.scroll_y == view.max_scroll_y
        assert await press("pageup") != quotes[-1].key
        assert await press("home") == "p01.s01"
        assert view.scroll_y == 0 and "Kazinform · lead" in reader_lines(view)[0][0]


async def test_a_tag_selection_or_note_draws_that_sentence_again_and_no_other(
    db_path: Path, layouts: list[tuple[int, int]], reads: list[tuple[int, int]]
) -> None:
    app = C5App(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_from_search(pilot, "Wabtec")
        view = reader(app)
        quote = view.current
        assert quote is not None and "●" not in cursor_text(view)

        async def act(*keys: str) -> None:
            layouts.clear()
            reads.clear()
            await pilot.press(*keys)
            await settle(pilot)
            assert isinstance(app.screen, ReadScreen)
            assert [sid for sid, _ in layouts] == [quote.id]
            assert reads == [(quote.position, quote.position)]

        await act("space")
        assert "●" in cursor_text(view)
        await act("t", *"komir", "enter", "escape")
        assert "+fossil_fuels" in cursor_text(view)
        await act("a", *"Source?", "ctrl+s")
        assert "✎" in cursor_text(view)
        # An undo may touch anything: what is in view is read again, and shows the store.
        await pilot.press("u")
        await settle(pilot)
        assert "✎" not in cursor_text(view) and "●" in cursor_text(view)
    with Workspace.open(db_path) as workspace:
        assert workspace.quote(quote.id).selected


async def test_n_and_shift_n_go_through_the_hits_of_the_query(db_path: Path) -> None:
    with SearchEngine(db_path) as engine:
        hits = engine.search("көмір doc:1", limit=100)
    with Workspace.open(db_path) as workspace:
        by_id = {q.id: q for q in workspace.quotes(1)}
    in_order = sorted((h.sentence_id for h in hits), key=lambda i: by_id[i].position)
    assert len(in_order) >= 3
    app = C5App(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_from_search(pilot, "көмір")
        view = reader(app)
        start = in_order.index(view.sentence_id)
        visited = []
        for _ in in_order:
            await pilot.press("n")
            await settle(pilot)
            visited.append(view.sentence_id)
        assert visited == in_order[start + 1 :] + in_order[: start + 1]  # wraps round
        await pilot.press("N")
        await settle(pilot)
        assert view.sentence_id == in_order[start - 1]
        place = str(read_screen(app).query_one("#read-place").render())
        assert f"hit {(start - 1) % len(in_order) + 1}/{len(in_order)}" in place
        # The matched word is drawn highlighted (bold reverse) under the cursor.
        marked = reversed_text(view)
        assert any("көмір" in text.lower() for text in marked), marked


async def test_a_writes_a_note_in_read_and_the_help_lists_the_read_keys(db_path: Path) -> None:
    app = C5App(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_from_search(pilot, "Wabtec")
        await pilot.press("a")
        await settle(pilot)
        assert isinstance(app.screen, NotesDialog)
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        text = app.screen.markdown
        for row in ("| Read | `n` | Next hit |", "| Read | `N` | Previous hit |"):
            assert row in text
        assert "| Read | `a` | Note |" in text
        assert "| Read | `pagedown` | Page down |" in text


@pytest.fixture(scope="module")
def long_interview(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    """A database with one synthetic interview of about 10,000 sentences (built once)."""
    path = tmp_path_factory.mktemp("long") / "long.db"
    document_id = build_interview(path, 10_000)
    return path, document_id


@pytest.fixture
def long_db(long_interview: tuple[Path, int], tmp_path: Path) -> Iterator[tuple[Path, int]]:
    path = tmp_path / "long.db"
    shutil.copyfile(long_interview[0], path)
    yield path, long_interview[1]


async def test_a_10000_sentence_document_opens_reading_only_what_is_in_view(
    long_db: tuple[Path, int], layouts: list[tuple[int, int]], reads: list[tuple[int, int]]
) -> None:
    path, document_id = long_db
    with Workspace.open(path) as workspace:
        count = workspace.document(document_id).sentence_count
        middle = workspace.window(document_id, count // 2, count // 2)[0]
        last = workspace.window(document_id, count, count)[0]
    assert count >= 10_000
    app = C5App(path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.open_reader(middle.id)
        await settle(pilot)
        view = reader(app)
        assert view.sentence_id == middle.id
        assert middle.kk.split()[0] in cursor_text(view)
        assert len(layouts) < 60
        assert sum(last - first + 1 for first, last in reads) < 500
        await pilot.press("end")
        await settle(pilot)
        assert view.sentence_id == last.id and last.kk.split()[0] in cursor_text(view)
        await pilot.press("home")
        await settle(pilot)
        assert view.cursor == 0 and view.scroll_y == 0
        assert len(layouts) < 150
