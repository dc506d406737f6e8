"""Facet counts: how many of *all* the hits of a query carry each tag, a child counting for
its parent.

The expected numbers were counted by hand from ``c5tui quotes --json`` on the bundled
interview (the ``sectors`` and ``actors`` of each quote; for a text query, of the quotes
``c5tui search --json --limit 10000`` lists). The USA's children are trump, biden, dfc,
nasa and noaa; the President of Kazakhstan is under kazakhstan.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from c5tui.search.engine import SearchEngine
from c5tui.workspace import Workspace


@pytest.fixture
def engine(db_path: Path) -> Iterator[SearchEngine]:
    with SearchEngine(db_path) as opened:
        yield opened


def test_counts_cover_every_quote_not_just_the_first_page(engine: SearchEngine) -> None:
    counts = engine.tag_counts(engine.parse(""))
    # 43 quotes name the USA itself; 5 more only one of its children (26 in the first 50),
    # and 2 more only an American company (p23.s01 Wabtec, p38.s04 Chevron).
    assert counts["usa"] == 50
    assert counts["trump"] == 4
    assert counts["kazakhstan"] == 25  # p38.s05 names KazMunayGas, a Kazakh company, only
    assert counts["minerals"] == 18
    assert counts["geopolitics"] == 36
    assert counts["president_kz"] == 1


def test_counts_follow_the_filters_and_the_words(engine: SearchEngine) -> None:
    assert engine.tag_counts(engine.parse("sector:minerals"))["usa"] == 6
    # 23 direct hits, and p36.s04 through the glossary: its English says "[the USA]".
    usa = engine.tag_counts(engine.parse("АҚШ"))
    assert (usa["usa"], usa["geopolitics"], usa["trump"], usa["minerals"]) == (24, 12, 1, 3)
    direct = engine.tag_counts(engine.parse("АҚШ"), glossary=False)
    assert direct["usa"] == 23
    rest = engine.tag_counts(engine.parse("АҚШ -sector:geopolitics"))  # 11 direct, p36.s04
    assert rest["usa"] == 12
    assert "geopolitics" not in rest


def test_no_hit_counts_nothing(engine: SearchEngine) -> None:
    assert engine.tag_counts(engine.parse("zzzzqqqq")) == {}


@pytest.mark.parametrize(
    "query",
    ["литий көмір", "coal reserves", '"Орта дәліз"', "минерал OR уран", "транскапий", "-АҚШ"],
)
def test_counts_agree_with_every_hit_the_search_finds(
    engine: SearchEngine, workspace: Workspace, query: str
) -> None:
    parsed = engine.parse(query)
    hits = engine.search(parsed, limit=10_000)
    parents = {tag.id: tag.parent for tag in workspace.tags()}
    expected: Counter[str] = Counter()
    for quote in workspace.quotes_by_id([h.sentence_id for h in hits]):
        family: set[str] = set()
        for ref in quote.tags:
            tag: str | None = ref.tag
            while tag:
                family.add(tag)
                tag = parents.get(tag)
        expected.update(family)
    assert hits
    assert engine.tag_counts(parsed) == dict(expected)
