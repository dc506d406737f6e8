"""Claims found by the search engine: the query language of Workspace.find_claims, in the
order the interview makes them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from c5tui.search.engine import SearchEngine
from c5tui.workspace import Workspace


@pytest.fixture
def engine(db_path: Path) -> Iterator[SearchEngine]:
    with SearchEngine(db_path) as opened:
        yield opened


def test_claims_come_in_document_order(engine: SearchEngine, workspace: Workspace) -> None:
    position = {q.id: q.position for q in workspace.quotes()}
    found = engine.claims(engine.parse(""))
    firsts = [min(position[i] for i in c.sentence_ids) for c in found]
    assert len(found) == len(workspace.claims())
    assert firsts == sorted(firsts)
    assert found[0].key == "c13"  # the summit's date, in the lead


@pytest.mark.parametrize(
    "query", ["coal", "kind:forecast", "actor:USA -methane", "role:lead", '"coal reserves"']
)
def test_claims_match_as_in_the_workspace(
    engine: SearchEngine, workspace: Workspace, query: str
) -> None:
    found = engine.claims(engine.parse(query))
    assert found
    assert {c.key for c in found} == {c.key for c in workspace.find_claims(query=query)}
