"""The Claims screen: claims in document order with their place and kind, filtered off the
UI thread."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from textual.widgets import Input, OptionList

from c5tui.model import Claim
from c5tui.search.engine import SearchEngine
from c5tui.search.query import Query
from c5tui.search.vocabulary import Vocabulary
from c5tui.tui.app import C5App
from c5tui.tui.screens.claims import KIND_MARKS, FoundClaims
from c5tui.workspace import Workspace
from tests.tui.helpers import open_claims, option_text, settle


def screen_text(app: C5App) -> str:
    """Every line of the screen as plain text."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


async def test_claims_are_listed_in_document_order(db_path: Path) -> None:
    with Workspace.open(db_path) as workspace:
        position = {q.id: q.position for q in workspace.quotes()}
        claims = workspace.claims()
    in_the_text = sorted(claims, key=lambda c: min(position[i] for i in c.sentence_ids))
    app = C5App(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_claims(pilot)
        assert [c.key for c in screen.claims] == [c.key for c in in_the_text]
        # The summit's date (a fact in the lead) comes first, not the statistics.
        assert screen.claims[0].statement.startswith("The C5+1 summit is to be held in Washington")


async def test_a_row_shows_the_place_and_the_kind_with_a_legend(db_path: Path) -> None:
    app = C5App(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_claims(pilot)
        listing = screen.query_one("#claim-list", OptionList)
        first = screen.claims[0]
        with Workspace.open(db_path) as workspace:
            place = workspace.quote(first.sentence_ids[0]).locator
        row = option_text(listing, 0)
        assert row.split()[:2] == place.split()  # ¶1 s1
        assert " F " in row
        shown = screen_text(app)
        for legend in ("F fact", "S statistic", "P forecast", "O opinion", "R recommendation"):
            assert legend in shown


async def test_a_long_statement_wraps_in_the_detail_pane(db_path: Path) -> None:
    app = C5App(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_claims(pilot)
        screen.query_one("#claim-filter", Input).value = "side event"
        await settle(pilot)
        (claim,) = screen.claims
        assert len(claim.statement) > 120
        shown = " ".join(screen_text(app).replace("│", " ").split())
        assert " ".join(claim.statement.split()) in shown


async def test_the_filter_runs_off_the_ui_thread_and_a_stale_answer_is_dropped(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = C5App(db_path)
    on_ui_thread: list[bool] = []
    real = app.engine.claims

    def spy(query: Query) -> list[Claim]:
        on_ui_thread.append(threading.current_thread() is threading.main_thread())
        return real(query)

    monkeypatch.setattr(app.engine, "claims", spy)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_claims(pilot)
        field = screen.query_one("#claim-filter", Input)
        field.focus()
        await pilot.press(*"coal")
        await settle(pilot)
        assert on_ui_thread and not any(on_ui_thread)
        coal = list(screen.claims)
        assert coal and all("coal" in c.statement.lower() for c in coal)
        # An answer to a query typed before arrives late: it must not replace the list.
        screen.show_claims(FoundClaims("co", Query(), [], {}, {}))
        assert screen.claims == coal
        assert screen.query_one("#claim-list", OptionList).option_count == len(coal)


def test_each_kind_letter_filters_its_kind() -> None:
    vocabulary = Vocabulary()
    for kind, mark in KIND_MARKS.items():
        assert vocabulary.resolve("kind", mark).values == (kind,)


async def test_moving_through_claims_reads_nothing_on_the_ui_thread(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with SearchEngine(db_path) as engine:
        second = engine.claims(engine.parse(""))[1]  # in the order the screen lists them
    with Workspace.open(db_path) as workspace:
        workspace.add_note("claim", second.id, "Check the tonnage against the ministry.")
    app = C5App(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_claims(pilot)
        screen.query_one("#claim-list", OptionList).focus()
        await settle(pilot)

        def refuse(*_args: object) -> None:
            raise AssertionError("the store was read on the UI thread")

        monkeypatch.setattr(app.workspace, "notes", refuse)
        await pilot.press("down", "down", "up")
        await settle(pilot)
        shown = str(screen.query_one("#claim-body").render())
        current = screen.current()
        assert current is not None and current.id == second.id
        assert "Check the tonnage against the ministry." in shown


async def test_a_row_and_the_detail_show_the_speakers_certainty(db_path: Path) -> None:
    with Workspace.open(db_path) as workspace:
        quotes = {q.id: q.kk for q in workspace.quotes()}
        hedged = next(
            c
            for c in workspace.claims()
            if any("Қателеспесем" in quotes[i] for i in c.sentence_ids)
        )
    app = C5App(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_claims(pilot)
        listing = screen.query_one("#claim-list", OptionList)
        index = [c.id for c in screen.claims].index(hedged.id)
        assert f" {KIND_MARKS[hedged.kind]} h " in option_text(listing, index)
        listing.highlighted = index
        await settle(pilot)
        shown = screen_text(app)
        assert f"{hedged.kind}, hedged:" in shown
        assert "h hedged" in shown and "r reported" in shown


async def test_suggested_claims_are_reviewed_with_keys_and_undone(db_path: Path) -> None:
    article = Path(__file__).resolve().parents[1] / "data" / "articles" / "zakon-tenge-rate.txt"
    with Workspace.open(db_path) as workspace:
        workspace.import_article(article)
        claims_before = len(workspace.claims())
        [suggestion] = workspace.claim_suggestions()
    app = C5App(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_claims(pilot)
        screen.query_one("#claim-list", OptionList).focus()
        await pilot.press("s")
        await settle(pilot)
        assert [s.id for s in screen.suggestions] == [suggestion.id]
        shown = screen_text(app)
        assert "Suggested forecast, conditional" in shown and "болса" in shown
        await pilot.press("a")
        await settle(pilot)
        with Workspace.open(db_path) as workspace:
            accepted = workspace.claims()
            assert len(accepted) == claims_before + 1
            assert workspace.claim_suggestions() == []
        assert screen.suggestions == []
        await pilot.press("u")
        await settle(pilot)
        assert [s.id for s in screen.suggestions] == [suggestion.id]
        await pilot.press("x")
        await settle(pilot)
        with Workspace.open(db_path) as workspace:
            assert [s.id for s in workspace.claim_suggestions(status="dismissed")] == [
                suggestion.id
            ]
            assert len(workspace.claims()) == claims_before
        await pilot.press("s")
        await settle(pilot)
        assert len(screen.claims) == claims_before and screen.current() is not None


async def test_s_suggests_again_lists_the_new_ones_and_u_takes_them_back(db_path: Path) -> None:
    with Workspace.open(db_path) as workspace:
        claimed = {i for c in workspace.claims() for i in c.sentence_ids}
        assert workspace.claim_suggestions() == []
    app = C5App(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_claims(pilot)
        screen.query_one("#claim-list", OptionList).focus()
        await pilot.press("S")
        await settle(pilot)
        # From the claims, the screen goes to the review of what is new.
        assert screen.reviewing and screen.suggestions
        with Workspace.open(db_path) as workspace:
            stored = workspace.claim_suggestions()
        assert [s.id for s in screen.suggestions] == [s.id for s in stored]
        assert not {s.sentence_id for s in stored} & claimed  # curated claims stay claims
        assert "S suggest again" in screen_text(app)
        await pilot.press("x")
        await settle(pilot)
        await pilot.press("S")  # nothing new: the dismissed one is not suggested again
        await settle(pilot)
        assert [s.id for s in screen.suggestions] == [s.id for s in stored[1:]]
        await pilot.press("u")  # finding nothing new left nothing to undo: this takes back x
        await settle(pilot)
        assert [s.id for s in screen.suggestions] == [s.id for s in stored]
        await pilot.press("u")
        await settle(pilot)
        assert screen.suggestions == []
        assert "S looks for new ones" in screen_text(app)
    with Workspace.open(db_path) as workspace:
        assert workspace.claim_suggestions(status=None) == []


async def test_looking_for_new_claims_holds_up_no_other_change(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Reading every document for claims takes seconds on a large corpus: meanwhile a
    claim selected with space is stored at once, and the new suggestions follow."""
    import c5tui.tagging.suggest as suggest

    reading = threading.Event()
    release = threading.Event()
    find = suggest.find_suggestions

    def slow(*args: object, **kwargs: object) -> object:
        reading.set()
        release.wait(10)
        return find(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(suggest, "find_suggestions", slow)
    app = C5App(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_claims(pilot)
        screen.query_one("#claim-list", OptionList).focus()
        claim = screen.claims[0].id
        await pilot.press("S")
        while not reading.is_set():
            await pilot.pause(0.01)
        await pilot.press("space")
        for _ in range(100):
            await pilot.pause(0.02)
            with Workspace.open(db_path) as workspace:
                if workspace.selection_position("claim", claim) is not None:
                    break
        else:
            raise AssertionError("the selection waited for the claim suggestions")
        release.set()
        await settle(pilot)
        assert screen.reviewing and screen.suggestions
