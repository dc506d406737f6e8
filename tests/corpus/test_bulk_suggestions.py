"""A bulk import finds claim suggestions in its workers: the same ones, not found again here."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from c5tui.tagging import suggest as suggest_module
from c5tui.workspace import Workspace

ARTICLES = Path(__file__).resolve().parents[1] / "data" / "articles"


def suggestions_of(workspace: Workspace) -> list[tuple[str, str, str, str, str, str]]:
    return workspace.db.execute(
        "SELECT d.title, s.key, c.kind, c.certainty, c.statement, c.evidence"
        " FROM claim_suggestions c JOIN sentences s ON s.id = c.sentence_id"
        " JOIN documents d ON d.id = c.document_id ORDER BY d.title, s.position"
    ).fetchall()


def test_bulk_import_suggests_what_one_by_one_does_without_suggesting_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    articles = sorted(ARTICLES.glob("*.txt"))[:6]
    folder = tmp_path / "in"
    folder.mkdir()
    for article in articles:
        shutil.copy(article, folder / article.name)
    with Workspace.open(tmp_path / "one.db") as one:
        for article in sorted(folder.glob("*.txt")):
            one.import_article(article, None)
        expected = suggestions_of(one)
    assert len(expected) >= 5

    calls: list[str] = []
    real = suggest_module.suggest

    def counted(kk: str, *, question: bool = False) -> object:
        calls.append(kk)
        return real(kk, question=question)

    monkeypatch.setattr(suggest_module, "suggest", counted)  # this process only
    with Workspace.open(tmp_path / "bulk.db") as bulk:
        results = list(bulk.import_articles([(a, None) for a in sorted(folder.glob("*.txt"))]))
        assert not [r for r in results if isinstance(r, Exception)]
        bulk.index_pending()
        assert suggestions_of(bulk) == expected
    assert calls == []  # every sentence was read for claims in a worker
