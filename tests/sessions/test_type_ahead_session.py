"""A fast typist's bursts: every key reaches what the keys before it opened.

A terminal hands the app all the keys of a burst before the app has handled the first.
Each must be handled where the focus is once the keys before it have done their work: a
tag picker opened by ``t`` takes the letters that follow, its Enter acts on what they
found, and nothing meant for the picker is typed into the search or runs a command of
the screen below.
"""

from __future__ import annotations

import json
from pathlib import Path

from textual import events
from textual.command import CommandPalette
from textual.pilot import Pilot
from textual.widgets import Input

from c5tui.tui.app import C5App
from c5tui.tui.screens.basket import BasketScreen
from c5tui.tui.screens.claims import ClaimsScreen
from c5tui.tui.screens.explore import ExploreScreen
from c5tui.tui.screens.read import ReadScreen
from c5tui.tui.screens.tag_picker import TagPicker
from tests.sessions.helpers import cli_beside as cli
from tests.sessions.helpers import stored
from tests.tui.helpers import explore, settle
from tests.tui.test_documents import import_metals


def burst(app: C5App, keys: list[str]) -> None:
    """Queue ``keys`` as a terminal delivers a burst: all before any is handled."""
    for key in keys:
        character = key if len(key) == 1 else None
        app.post_message(events.Key(key, character))


async def searched(pilot: Pilot[None], query: str) -> ExploreScreen:
    """Explore with ``query`` typed and its results shown, the focus still in the search."""
    await settle(pilot)
    screen = explore(pilot.app)  # type: ignore[arg-type]
    screen.query_one("#search", Input).value = query
    await settle(pilot)
    return screen


async def burst_settled(pilot: Pilot[None], keys: list[str]) -> None:
    """:func:`burst`, then wait for the app to have handled all of it."""
    burst(pilot.app, keys)  # type: ignore[arg-type]
    await settle(pilot)
    await settle(pilot)


def user_tags(db_path: Path) -> list[tuple[object, ...]]:
    return stored(
        db_path,
        "SELECT sentence_id, tag_id, removed FROM sentence_tags WHERE source = 'user'"
        " ORDER BY sentence_id, tag_id",
    )


async def test_tab_t_a_tag_name_and_enter_in_one_burst_tag_what_was_typed(
    db_path: Path,
) -> None:
    app = C5App(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await searched(pilot, "саммит")
        quote = screen.results.hits[0].sentence_id
        await burst_settled(pilot, ["tab", "t", *list("logistics"), "enter"])
        picker = app.screen
        assert isinstance(picker, TagPicker)
        assert picker.query_one("#tag-query", Input).value == "logistics"
        assert screen.query_one("#search", Input).value == "саммит"
        # Escape, then the next quote's picker: j and t typed before the first closed.
        await burst_settled(pilot, ["escape", "j", "t", *list("energy_tr"), "enter", "escape"])
        assert isinstance(app.screen, ExploreScreen)
        second = screen.results.hits[1].sentence_id
    assert user_tags(db_path) == sorted([(quote, "logistics", 0), (second, "energy_transition", 0)])
    # The CLI sees what the keys did, as the user meant it.
    listed = (await cli(db_path, "quotes", "--json")).splitlines()
    quotes = {q["id"]: q for q in map(json.loads, listed)}
    assert "logistics" in quotes[quote]["sectors"]
    assert "energy_transition" in quotes[second]["sectors"]


async def test_read_then_moves_and_select_in_one_burst_act_in_read(db_path: Path) -> None:
    """Enter opens Read; the j j space typed with it move and select there, not in the
    results underneath."""
    app = C5App(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await searched(pilot, "саммит")
        first = screen.results.hits[0].sentence_id
        await burst_settled(pilot, ["tab", "enter", "j", "j", "space"])
        assert isinstance(app.screen, ReadScreen)
        assert screen.query_one("#search", Input).value == "саммит"
    # Read opens on the hit and moves in document order: two sentences on from it.
    in_order = "SELECT id FROM sentences ORDER BY document_id, position"
    ids = [row[0] for row in stored(db_path, in_order)]
    assert stored(db_path, "SELECT sentence_id FROM selection") == [(ids[ids.index(first) + 2],)]


async def test_a_note_opened_typed_and_saved_in_one_burst_is_saved_whole(db_path: Path) -> None:
    text = "Typed before the dialog had opened: kept."
    app = C5App(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await searched(pilot, "литий")
        quote = screen.results.hits[0].sentence_id
        await burst_settled(pilot, ["tab", "n", *list(text), "ctrl+s"])
        assert screen.query_one("#search", Input).value == "литий"
    assert stored(db_path, "SELECT sentence_id, body FROM annotations") == [(quote, text)]


async def test_documents_then_a_move_and_enter_in_one_burst_read_the_second(
    db_path: Path, tmp_path: Path
) -> None:
    """D lists the documents in the background; the ↓ and Enter typed with it open the
    second document, not the first."""
    metals = import_metals(db_path, tmp_path)
    app = C5App(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await searched(pilot, "литий")
        await burst_settled(pilot, ["tab", "D", "down", "enter"])
        reader = app.screen
        assert isinstance(reader, ReadScreen)
        assert reader.document_id == metals


async def test_a_query_tab_and_enter_in_one_burst_read_the_best_hit_of_that_query(
    db_path: Path,
) -> None:
    """The Enter typed right after the query waits for the query's results: it opens the
    best hit of what was typed, not the row an older search had highlighted."""
    app = C5App(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await searched(pilot, "")
        await burst_settled(pilot, [*list("саммит"), "tab", "enter"])
        reader = app.screen
        assert isinstance(reader, ReadScreen)
        best = screen.results.hits[0].sentence_id
        assert screen.results.query == "саммит"
        assert reader.current_quote() is not None
        assert reader.current_quote().id == best  # type: ignore[union-attr]


async def test_text_pasted_with_the_key_that_opened_the_note_goes_into_the_note(
    db_path: Path,
) -> None:
    """A paste arriving with the ``n`` before it (a bracketed paste, read in one go) waits
    its turn like a key: it lands in the note, not in the search underneath."""
    pasted = "Pasted with the key that opened the dialog."
    app = C5App(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await searched(pilot, "литий")
        quote = screen.results.hits[0].sentence_id
        burst(app, ["tab", "n"])
        app.post_message(events.Paste(pasted))
        await burst_settled(pilot, ["ctrl+s"])
        assert screen.query_one("#search", Input).value == "литий"
    assert stored(db_path, "SELECT sentence_id, body FROM annotations") == [(quote, pasted)]


async def test_a_command_typed_into_the_palette_with_its_enter_runs_that_command(
    db_path: Path,
) -> None:
    """ctrl+p, a command's name and Enter at once: the Enter waits for the palette to have
    searched for the whole name, instead of running what matched its first letter."""
    app = C5App(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await searched(pilot, "")
        await burst_settled(pilot, ["ctrl+p", *list("selection"), "enter"])
        assert isinstance(app.screen, BasketScreen)
        await burst_settled(pilot, ["escape", "ctrl+p", *list("basket"), "enter"])
        # No command is called that: the palette says so and stays open.
        assert isinstance(app.screen, CommandPalette)


async def test_claims_filtered_and_one_selected_in_one_burst_select_a_claim_found(
    db_path: Path,
) -> None:
    """c, a filter, Enter and space at once: the space selects the first claim the filter
    found, not the first claim of the unfiltered list."""
    app = C5App(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await searched(pilot, "")
        await burst_settled(pilot, ["tab", "c", *list("methane"), "enter", "space"])
        claims = app.screen
        assert isinstance(claims, ClaimsScreen)
        found = [claim.id for claim in claims.claims]
        assert found and all("methane" in claim.statement.lower() for claim in claims.claims)
    assert stored(db_path, "SELECT claim_id FROM selection") == [(found[0],)]
