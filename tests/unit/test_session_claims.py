"""Reviewing suggested claims through the session: each verdict commits and can be undone."""

from __future__ import annotations

from pathlib import Path

import pytest

from c5tui.session import Change, Session
from c5tui.workspace import Workspace

ARTICLE = Path(__file__).resolve().parents[1] / "data" / "articles" / "kazinform-president-post.txt"


@pytest.fixture
def session(workspace: Workspace) -> Session:
    workspace.import_article(ARTICLE)
    return Session(workspace)


def test_accepting_makes_a_claim_and_undo_puts_the_suggestion_back(session: Session) -> None:
    ws = session.workspace
    heard: list[Change] = []
    session.subscribe(heard.append)
    first = ws.claim_suggestions()[0]
    before = len(ws.claims())
    change = session.accept_suggestion(first.id, statement="The Government must curb inflation.")
    (claim_id,) = [owner_id for _owner, owner_id in change.owners]
    claim = ws.claim(claim_id)
    assert (claim.statement, claim.kind, claim.sentence_ids) == (
        "The Government must curb inflation.",
        first.kind,
        (first.sentence_id,),
    )
    assert claim.certainty == first.certainty
    assert first.id not in {s.id for s in ws.claim_suggestions()}
    assert heard == [change]
    session.undo()
    assert len(ws.claims()) == before
    assert first.id in {s.id for s in ws.claim_suggestions()}


def test_dismiss_and_undo(session: Session) -> None:
    ws = session.workspace
    first = ws.claim_suggestions()[0]
    session.dismiss_suggestion(first.id)
    assert [s.id for s in ws.claim_suggestions(status="dismissed")] == [first.id]
    session.undo()
    assert ws.claim_suggestions(status="dismissed") == []


def test_edit_and_link_quotes_from_another_document_undo(session: Session) -> None:
    ws = session.workspace
    claim = ws.claims()[0]
    other = next(q for q in ws.quotes() if q.document_id != claim.document_id)
    session.edit_claim(claim.id, kind="opinion", certainty="hedged")
    assert (ws.claim(claim.id).kind, ws.claim(claim.id).certainty) == ("opinion", "hedged")
    session.link_quotes(claim.id, [other.id, claim.sentence_ids[0]])
    assert ws.claim(claim.id).sentence_ids == (*claim.sentence_ids, other.id)
    session.undo()
    assert ws.claim(claim.id).sentence_ids == claim.sentence_ids
    session.undo()
    assert ws.claim(claim.id) == claim


def test_suggesting_again_is_one_undoable_action(session: Session) -> None:
    ws = session.workspace
    heard: list[Change] = []
    session.subscribe(heard.append)
    imported = ws.claim_suggestions()
    dismissed = imported[0]
    session.dismiss_suggestion(dismissed.id)
    change = session.suggest_claims()
    new = list(change.suggestions)
    # The bundled interview was never suggested; the article's quotes were, on import.
    assert new and {s.document_id for s in new} == {1}
    assert change.message == f"{len(new)} new claim suggestions"
    assert heard[-1] is change and change.area == "claims"
    assert {s.id for s in ws.claim_suggestions()} == {s.id for s in imported[1:] + new}
    assert len(session.history) == 2
    session.undo()
    assert {s.id for s in ws.claim_suggestions()} == {s.id for s in imported[1:]}
    again = session.suggest_claims().suggestions
    assert [s.sentence_id for s in again] == [s.sentence_id for s in new]
    assert again == tuple(ws.claim_suggestions(1))
    assert not session.suggest_claims().suggestions  # nothing new the second time
    assert dismissed.id in {s.id for s in ws.claim_suggestions(status="dismissed")}
