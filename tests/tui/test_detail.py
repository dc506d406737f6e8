"""The Explore detail's tag block: tags the user removed, and auto tags' words in context."""

from __future__ import annotations

from pathlib import Path

from c5tui.tui.app import C5App
from c5tui.tui.widgets.quote_detail import QuoteDetail
from c5tui.workspace import Workspace
from tests.tui.helpers import detail_for, explore, settle

ARTICLE = (
    " date 2025-12-01 Жаңа мақала\n"
    "АСТАНА. KAZINFORM — Сарапшы Айгүл Сейітова Kazinform тілшісіне сұхбат берді.\n"
    "— Келісім туралы не айтасыз?\n"
    "— Біз бүгін Вашингтонмен және АҚШ-тың экономикалық серіктестерімен келісімге қол қойдық.\n"
)


async def test_a_removed_curated_tag_stays_visible_and_can_be_put_back(db_path: Path) -> None:
    app = C5App(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert "#wabtec" in await detail_for(pilot, "Wabtec")
        await pilot.press("t", *"wabtec", "enter", "escape")
        await settle(pilot)
        extras = explore(app).query_one("#detail", QuoteDetail).extras
        assert "−wabtec (removed by you)" in extras
        assert "#wabtec" not in extras
        await pilot.press("t", *"wabtec", "enter", "escape")  # put back
        await settle(pilot)
        extras = explore(app).query_one("#detail", QuoteDetail).extras
        assert "removed by you" not in extras
        assert "+wabtec" in extras


async def test_auto_tag_evidence_shows_the_words_around_the_match(
    db_path: Path, tmp_path: Path
) -> None:
    article = tmp_path / "news.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    with Workspace.open(db_path) as workspace:
        assert workspace.import_article(article).auto_tags
    app = C5App(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        extras = await detail_for(pilot, "серіктестерімен")
        assert "~usa" in extras
        assert "Вашингтонмен және АҚШ-тың экономикалық" in extras
        assert "kk:" not in extras  # no raw offsets


async def test_zooming_the_pane_and_back_returns_to_the_results(db_path: Path) -> None:
    """z puts the Kazakh | English pane on the whole screen; z or escape brings the results
    back with the cursor where it was."""
    app = C5App(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = explore(app)
        results = screen.query_one("#results")
        detail = screen.query_one("#detail", QuoteDetail)
        results.focus()
        await pilot.press("down", "z")
        await settle(pilot)
        assert screen.maximized is detail and screen.focused is detail
        assert detail.size.height > 20  # the whole screen less the footer
        for back in ("escape", "z"):
            await pilot.press(back)
            await settle(pilot)
            assert screen.maximized is None and screen.focused is results, back
            assert results.highlighted == 1  # type: ignore[attr-defined]
            if back == "escape":
                await pilot.press("z")
                await settle(pilot)
                assert screen.maximized is detail
