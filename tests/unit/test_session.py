"""The session: each action commits, can be undone and is announced."""

from __future__ import annotations

import pytest

from c5tui.errors import InputError
from c5tui.model import Tag
from c5tui.session import Change, Session
from c5tui.workspace import Workspace


@pytest.fixture
def session(workspace: Workspace) -> Session:
    return Session(workspace)


def user_tags(workspace: Workspace, owner: str, owner_id: int) -> set[str]:
    item = workspace.quote(owner_id) if owner == "sentence" else workspace.claim(owner_id)
    refs = item.tags
    return {r.tag for r in refs if r.source == "user"}


def test_quotes_and_claims_are_tagged_in_one_change(session: Session, workspace: Workspace) -> None:
    quote = workspace.quotes()[5].id
    claim = workspace.claims()[0].id
    heard: list[Change] = []
    session.subscribe(heard.append)
    change = session.tag_items([("sentence", quote), ("claim", claim)], add=["nasa"])
    assert change.message == "Tagged nasa on 1 quote and 1 claim"
    assert change.owners == (("sentence", quote), ("claim", claim))
    assert heard == [change]
    assert user_tags(workspace, "sentence", quote) == {"nasa"}
    assert user_tags(workspace, "claim", claim) == {"nasa"}
    assert len(session.history) == 1
    session.undo()
    assert user_tags(workspace, "sentence", quote) == set()
    assert user_tags(workspace, "claim", claim) == set()


def test_tagging_several_items_is_all_or_nothing(session: Session, workspace: Workspace) -> None:
    quote = workspace.quotes()[5].id
    with pytest.raises(Exception, match="no claim"):
        session.tag_items([("sentence", quote), ("claim", 999999)], add=["nasa"])
    assert user_tags(workspace, "sentence", quote) == set()
    assert len(session.history) == 0


def test_a_created_tag_goes_on_quotes_and_claims_and_one_undo_takes_it_back(
    session: Session, workspace: Workspace
) -> None:
    quotes = [q.id for q in workspace.quotes()[:2]]
    claim = workspace.claims()[0].id
    tag = Tag("rare_earths", "sector", "Сирек жер", "Rare earths", origin="user")
    items = [("sentence", quotes[0]), ("sentence", quotes[1]), ("claim", claim)]
    change = session.create_tag(tag, items)
    assert change.message == "Created rare_earths and tagged 2 quotes and 1 claim"
    assert user_tags(workspace, "claim", claim) == {"rare_earths"}
    session.undo()
    assert "rare_earths" not in {t.id for t in workspace.tags()}
    assert user_tags(workspace, "sentence", quotes[0]) == set()


def test_a_tag_that_cannot_be_created_leaves_nothing_behind(
    session: Session, workspace: Workspace
) -> None:
    tag = Tag("usa", "actor", "АҚШ", "USA", origin="user")
    with pytest.raises(InputError):
        session.create_tag(tag, [("sentence", workspace.quotes()[0].id)])
    assert len(session.history) == 0
