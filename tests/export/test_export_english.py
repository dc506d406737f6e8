"""Exports say when quoted English is unreviewed, aligned from a twin, or missing."""

from __future__ import annotations

from pathlib import Path

from export_checks import parse_front_matter
from export_work import EXPORTED_AT

from c5tui.corpus.translation import Translation
from c5tui.export.markdown import ExportRequest, render_markdown
from c5tui.session import Session
from c5tui.store import corpus as corpus_store
from c5tui.store.connection import transaction
from c5tui.workspace import Workspace

BURABAY = (
    Path(__file__).resolve().parents[1] / "data" / "articles" / "kazinform-burabay-flights.txt"
)


def worked_article(workspace: Workspace) -> dict[str, int]:
    """The Burabay piece with English typed on one sentence and aligned on two, one read."""
    document = workspace.import_article(BURABAY, auto_tag=False).document_id
    aligned = Translation(
        None,
        {"p01.s01": "The vice minister answered at a briefing.", "p02.s01": "The akim said so."},
        origin="aligned",
        source="burabay-en.html",
        confidence={"p01.s01": 0.9, "p02.s01": 0.5},
        needs_review=frozenset({"p02.s01"}),
    )
    with transaction(workspace.db):
        corpus_store.set_translation(workspace.db, document, aligned)
    keys = {q.key: q.id for q in workspace.quotes(document)}
    session = Session(workspace)
    session.translate(keys["p03.s01"], "No air route is being planned.")
    session.mark_reviewed([keys["p01.s01"]])
    return keys


def footnotes(markdown: str) -> list[str]:
    """The footnotes' text in order (one per quote), without their stable anchors."""
    return [
        line.split(": ", 1)[1].split(" <!--")[0]
        for line in markdown.splitlines()
        if line.startswith("[^")
    ]


def marker(footnote: str) -> str:
    for words in (
        "English aligned and unreviewed",
        "English aligned",
        "English unreviewed",
        "Kazakh original, not yet translated",
    ):
        if words in footnote:
            return words
    return ""


def test_citations_mark_aligned_unreviewed_and_missing_english(workspace: Workspace) -> None:
    keys = worked_article(workspace)
    bundled = workspace.quotes(1)[4].id
    order = (keys["p01.s01"], keys["p02.s01"], keys["p03.s01"], keys["p03.s02"], bundled)
    request = ExportRequest(sentence_ids=order, lang="en", group_by="none")
    markdown = render_markdown(workspace, request, exported_at=EXPORTED_AT)
    assert [marker(f) for f in footnotes(markdown)] == [
        "English aligned",
        "English aligned and unreviewed",
        "English unreviewed",
        "Kazakh original, not yet translated",
        "",
    ]
    # The untranslated quote is given in Kazakh, never as an empty quote.
    untranslated = workspace.quote(keys["p03.s02"])
    assert f"> {untranslated.kk}" in markdown
    assert "\n>\n" not in markdown and "\n> \n" not in markdown
    counts = parse_front_matter(markdown)["counts"]
    assert counts["english"] == {"translated": 4, "untranslated": 1, "unreviewed": 2, "aligned": 2}


def test_a_kazakh_export_says_nothing_of_english_and_reviewed_english_goes_unmarked(
    workspace: Workspace,
) -> None:
    keys = worked_article(workspace)
    kazakh = ExportRequest(sentence_ids=(keys["p02.s01"], keys["p03.s02"]), lang="kk")
    markdown = render_markdown(workspace, kazakh, exported_at=EXPORTED_AT)
    assert "English" not in markdown
    assert "english" not in parse_front_matter(markdown)["counts"]
    bundled = ExportRequest(sentence_ids=tuple(q.id for q in workspace.quotes(1)[:3]))
    markdown = render_markdown(workspace, bundled, exported_at=EXPORTED_AT)
    assert not any(marker(f) for f in footnotes(markdown))
    assert "english" not in parse_front_matter(markdown)["counts"]
    both = ExportRequest(sentence_ids=(keys["p03.s02"], keys["p03.s01"]), lang="both")
    notes = footnotes(render_markdown(workspace, both, exported_at=EXPORTED_AT))
    assert [marker(f) for f in notes] == ["", "English unreviewed"]
