"""Document changes through the session: announced, and a metadata change undone."""

from __future__ import annotations

from pathlib import Path

from c5tui.session import Change, Session
from c5tui.workspace import Workspace

ARTICLES = Path(__file__).resolve().parents[1] / "data" / "articles"


def test_update_document_is_announced_and_undone(workspace: Workspace) -> None:
    result = workspace.import_article(ARTICLES / "aikyn-farm-digital.txt")
    session = Session(workspace)
    heard: list[Change] = []
    session.subscribe(heard.append)
    session.update_document(result.document_id, date=None, speaker="Гүлнар Сейітова")
    assert workspace.document(result.document_id).date is None
    answers = {q.speaker for q in workspace.quotes(result.document_id) if q.role == "answer"}
    assert answers == {"Гүлнар Сейітова"}
    assert heard[-1].area == "documents"
    session.undo()
    document = workspace.document(result.document_id)
    assert document.date == "2024-03-15"
    answers = {q.speaker for q in workspace.quotes(result.document_id) if q.role == "answer"}
    assert answers == {"Гүлнар Сейітқызы"}


def test_remove_document_is_announced(workspace: Workspace) -> None:
    result = workspace.import_article(ARTICLES / "astana-schools.txt")
    session = Session(workspace)
    change = session.remove_document(result.document_id)
    assert change.message == f"Removed document {result.document_id} (5 sentences)"
    assert [d.id for d in workspace.documents()] == [1]
