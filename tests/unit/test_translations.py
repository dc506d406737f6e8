"""Translations with provenance: the store's record, typed English, review and undo."""

from __future__ import annotations

from pathlib import Path

import pytest

from c5tui import resources
from c5tui.corpus.translation import Translation
from c5tui.errors import InputError
from c5tui.search.engine import SearchEngine
from c5tui.session import Session
from c5tui.store import corpus as corpus_store
from c5tui.store.connection import transaction
from c5tui.workspace import Workspace

ARTICLES = Path(__file__).resolve().parents[1] / "data" / "articles"
BURABAY = ARTICLES / "kazinform-burabay-flights.txt"


def found(db_path: Path, query: str) -> set[int]:
    """The quotes whose own words match: without the glossary, which finds the Kazakh
    ``авиация`` for ``aviation`` whether or not the quote has English."""
    with SearchEngine(db_path) as engine:
        return {hit.sentence_id for hit in engine.search(query, limit=50, glossary=False)}


@pytest.fixture
def article(workspace: Workspace) -> int:
    return workspace.import_article(BURABAY, auto_tag=False).document_id


def test_the_bundled_english_is_bundled_and_reviewed(workspace: Workspace) -> None:
    quotes = workspace.quotes(1)
    assert all(q.en for q in quotes)
    origins = {
        (q.en_provenance.origin, q.en_provenance.reviewed) for q in quotes if q.en_provenance
    }
    assert origins == {("bundled", True)}
    assert (
        quotes[0].en_provenance
        and quotes[0].en_provenance.source == resources.bundled_translation().name
    )


def test_a_translation_file_is_keyed_from_its_file_and_unreviewed(
    workspace: Workspace, tmp_path: Path
) -> None:
    english = tmp_path / "burabay.en.tsv"
    english.write_text("p03.s01\tNo work is under way to link Astana and Burabay by air.\n")
    result = workspace.import_article(BURABAY, english, auto_tag=False)
    assert result.translated == 1
    quotes = {q.key: q for q in workspace.quotes(result.document_id)}
    provenance = quotes["p03.s01"].en_provenance
    assert provenance is not None
    assert (provenance.origin, provenance.source, provenance.reviewed) == (
        "keyed",
        str(english),
        False,
    )
    assert quotes["p01.s01"].en is None and quotes["p01.s01"].en_provenance is None


def test_an_aligned_translation_keeps_confidence_and_what_needs_review(
    workspace: Workspace, article: int
) -> None:
    aligned = Translation(
        None,
        {"p01.s01": "The vice minister answered.", "p02.s01": "The akim had said so."},
        origin="aligned",
        source="burabay-en.html",
        confidence={"p01.s01": 0.93, "p02.s01": 0.41},
        needs_review=frozenset({"p02.s01"}),
    )
    with transaction(workspace.db):
        assert corpus_store.set_translation(workspace.db, article, aligned) == 2
    quotes = {q.key: q for q in workspace.quotes(article)}
    first, second = quotes["p01.s01"].en_provenance, quotes["p02.s01"].en_provenance
    assert first and second
    assert (first.origin, first.confidence, first.needs_review) == ("aligned", 0.93, False)
    assert (second.confidence, second.needs_review, second.wants_reading) == (0.41, True, True)
    assert quotes["p02.s01"].en == "The akim had said so."
    # Jumps land on sentences without English and on weak links no one has read.
    position = quotes["p02.s01"].position
    assert workspace.next_wanting_translation(article, 0) == position
    assert workspace.next_wanting_translation(article, position) == position + 1
    workspace.set_reviewed([quotes["p02.s01"].id])
    assert workspace.next_wanting_translation(article, 0) == position + 1
    assert workspace.next_wanting_translation(article, position + 1, forward=False) is None


def test_typed_english_is_stored_searchable_and_undone(
    workspace: Workspace, db_path: Path, article: int
) -> None:
    session = Session(workspace)
    quote = workspace.quote_by_key(article, "p03.s02")
    assert quote.en is None
    change = session.translate(quote.id, "  But the ministry\nmust develop small aviation. ")
    assert change.area == "translations" and change.owners == (("sentence", quote.id),)
    typed = workspace.quote(quote.id)
    assert typed.en == "But the ministry must develop small aviation."
    assert typed.en_provenance and typed.en_provenance.origin == "typed"
    assert not typed.en_provenance.reviewed
    assert quote.id in found(db_path, "aviation")
    session.undo()
    assert workspace.quote(quote.id).en is None
    assert workspace.quote(quote.id).en_provenance is None
    assert quote.id not in found(db_path, "aviation")


def test_typing_over_bundled_english_and_undoing_brings_the_bundled_back(
    workspace: Workspace,
) -> None:
    session = Session(workspace)
    quote = workspace.quotes(1)[3]
    session.translate(quote.id, "My own reading of it.")
    assert workspace.quote(quote.id).en == "My own reading of it."
    session.undo()
    restored = workspace.quote(quote.id)
    assert restored.en == quote.en
    assert restored.en_provenance == quote.en_provenance


def test_review_is_marked_undone_and_refused_without_english(
    workspace: Workspace, article: int
) -> None:
    session = Session(workspace)
    quote = workspace.quote_by_key(article, "p04.s01")
    with pytest.raises(InputError, match="no English"):
        session.mark_reviewed([quote.id])
    session.translate(quote.id, "According to the speaker, there are private carriers.")
    change = session.mark_reviewed([quote.id])
    assert change.message == "English of 1 quote marked reviewed"
    provenance = workspace.quote(quote.id).en_provenance
    assert provenance and provenance.reviewed
    session.undo()
    provenance = workspace.quote(quote.id).en_provenance
    assert provenance and not provenance.reviewed
    assert workspace.quote(quote.id).en is not None
    with pytest.raises(InputError, match="cannot be empty"):
        session.translate(quote.id, " \n ")


def test_shares_count_translated_and_reviewed_per_document(
    workspace: Workspace, article: int
) -> None:
    session = Session(workspace)
    first, second = workspace.quotes(article)[:2]
    session.translate(first.id, "One.")
    session.translate(second.id, "Two.")
    session.mark_reviewed([second.id])
    shares = workspace.translation_shares()
    assert (shares[1].sentences, shares[1].translated, shares[1].reviewed) == (122, 122, 122)
    assert (shares[article].sentences, shares[article].translated) == (10, 2)
    assert shares[article].reviewed == 1
    assert shares[article].label == "2/10 in English · 1 reviewed"


def test_english_is_stored_once_beside_where_it_came_from(
    workspace: Workspace, article: int
) -> None:
    quote = workspace.quote_by_key(article, "p03.s02")
    Session(workspace).translate(quote.id, "But the ministry must develop small aviation.")
    rows = workspace.db.execute(
        "SELECT count(*), count(t.text), count(s.en) FROM translations t"
        " JOIN sentences s ON s.id = t.sentence_id WHERE t.lang = 'en'"
    ).fetchone()
    translated = workspace.db.execute("SELECT count(*) FROM sentences WHERE en IS NOT NULL")
    assert rows[0] == rows[2] == translated.fetchone()[0] > 122  # bundled, keyed and typed
    assert rows[1] == 0


def test_each_translation_file_is_named_once_for_all_its_sentences(
    workspace: Workspace, tmp_path: Path
) -> None:
    english = tmp_path / "burabay.en.tsv"
    english.write_text(
        "p01.s01\tThere are no flights to Burabay yet.\n"
        "p03.s01\tNo work is under way to link Astana and Burabay by air.\n"
    )
    document = workspace.import_article(BURABAY, english, auto_tag=False).document_id
    again = tmp_path / "burabay-corrected.en.tsv"
    again.write_text("p03.s01\tNo work is being done to link Astana and Burabay by air.\n")
    workspace.add_translation(document, again)
    quote = workspace.quote_by_key(document, "p03.s02")
    Session(workspace).translate(quote.id, "But the ministry must develop small aviation.")

    sources = {q.key: q.en_provenance.source for q in workspace.quotes(document) if q.en_provenance}
    assert sources == {"p01.s01": str(english), "p03.s01": str(again), "p03.s02": None}
    paths = [row[0] for row in workspace.db.execute("SELECT path FROM translation_sources")]
    # The bundled English's file, then these two, each once; typed English names none.
    assert sorted(paths) == sorted(
        ["kazinform-2025-11-05-mustafin-c5plus1.en.tsv", str(english), str(again)]
    )
