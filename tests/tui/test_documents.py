"""The Documents screen: every article with its facts; read one, or search within it."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, OptionList

from c5tui.tui.app import C5App
from c5tui.tui.screens.documents import DocumentsScreen
from c5tui.tui.screens.read import ReadScreen
from c5tui.tui.widgets.quote_detail import QuoteDetail
from c5tui.workspace import Workspace
from tests.tui.helpers import explore, into_results, option_text, settle

ARTICLE = (
    " date unknown Сирек металдар\n"
    "АСТАНА. KAZINFORM — Геолог Айгүл Сейітова Kazinform тілшісіне сұхбат берді.\n"
    "— Литий кен орындарын кім игереді?\n"
    "— Литий кен орындарын АҚШ компанияларымен бірге игеру жоспарланып отыр.\n"
)


def import_metals(db_path: Path, tmp_path: Path) -> int:
    """The second article, beside the bundled interview; returns its document id."""
    article = tmp_path / "metals.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    with Workspace.open(db_path) as workspace:
        return workspace.import_article(article).document_id


async def test_documents_lists_both_articles_and_opens_or_filters_one(
    db_path: Path, tmp_path: Path
) -> None:
    imported = import_metals(db_path, tmp_path)
    app = C5App(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await into_results(pilot)
        await pilot.press("D")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, DocumentsScreen)
        listing = screen.query_one("#documents", OptionList)
        assert listing.option_count == 2
        shown = [option_text(listing, i) for i in range(2)]
        assert "2025-11-05 · Kazinform" in shown[0] and "122/122 in English" in shown[0]
        assert "Сирек металдар" in shown[1] and "date unknown" in shown[1]
        assert "0/3 in English" in shown[1]
        listing.highlighted = 1
        await pilot.press("enter")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReadScreen)
        current = reader.current_quote()
        assert current is not None and current.document_id == imported
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, DocumentsScreen)
        await pilot.press("f")
        await settle(pilot)
        search = explore(app).query_one("#search", Input)
        assert search.value == f"doc:{imported}"
        assert {q.document_id for q in explore(app).results.quotes.values()} == {imported}


async def test_with_two_documents_rows_detail_and_facets_name_the_document(
    db_path: Path, tmp_path: Path
) -> None:
    imported = import_metals(db_path, tmp_path)
    app = C5App(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press(*"литий")
        await settle(pilot)
        screen = explore(app)
        results = screen.query_one("#results", OptionList)
        rows = [option_text(results, i) for i in range(results.option_count)]
        assert any("Kazinform 11-05 ¶" in row for row in rows)
        assert any("Kazinform n.d. ¶" in row for row in rows)
        facets = screen.query_one("#facets", OptionList)
        lines = [facets.render_line(y).text for y in range(facets.content_size.height)]
        assert any("Documents" in line for line in lines)
        assert any("Kazinform n.d." in line for line in lines)
        results.highlighted = next(i for i, row in enumerate(rows) if "Kazinform n.d." in row)
        await settle(pilot)
        meta = screen.query_one("#detail", QuoteDetail).meta
        assert "Kazinform n.d. ¶" in meta
        # Ticking the document's facet keeps only its quotes.
        facets.focus()
        facets.highlighted = facets.get_option_index(f"doc:{imported}")
        await pilot.press("enter")
        await settle(pilot)
        assert f"doc:{imported}" in screen.query_one("#search", Input).value
        assert {q.document_id for q in screen.results.quotes.values()} == {imported}
