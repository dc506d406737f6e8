"""The search engine's contract: hits, sides, spans, filters, tiers, and safety."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from c5tui.search.engine import SearchEngine
from c5tui.search.query import parse_query
from c5tui.workspace import Workspace


@pytest.fixture
def engine(db_path: Path) -> SearchEngine:
    with SearchEngine(db_path) as opened:
        yield opened


def by_key(workspace: Workspace) -> dict[str, int]:
    return {q.key: q.id for q in workspace.quotes()}


def test_hit_carries_side_and_spans_of_the_match(
    engine: SearchEngine, workspace: Workspace
) -> None:
    hit = engine.search("литий", limit=1)[0]
    quote = workspace.quote(hit.sentence_id)
    assert hit.matched == "kk"
    assert [quote.kk[a:b] for a, b in hit.spans] == ["литий"]
    english = engine.search("lithium", limit=1)[0]
    assert english.matched == "en"
    text = workspace.quote(english.sentence_id).en or ""
    assert [text[a:b].lower() for a, b in english.en_spans] == ["lithium"]


def test_inflected_spans_cover_whole_words(engine: SearchEngine, workspace: Workspace) -> None:
    hits = engine.search("минерал", limit=10)
    words = {workspace.quote(h.sentence_id).kk[a:b] for h in hits for a, b in h.kk_spans}
    assert {"минералдардың", "минералдар"} <= words


def test_tiers_rank_exact_phrase_then_all_terms(engine: SearchEngine) -> None:
    hits = engine.search("Орталық Азия", limit=50)
    scores = [h.score for h in hits]
    assert scores == sorted(scores, reverse=True)
    assert hits[0].score >= 3.0  # the exact phrase tier


def test_ties_keep_document_order(engine: SearchEngine) -> None:
    hits = engine.search("Вашингтон", limit=50)
    for before, after in itertools.pairwise(hits):
        if before.score == after.score:
            assert before.sentence_id < after.sentence_id


def test_filters_in_the_query(engine: SearchEngine, workspace: Workspace) -> None:
    questions = engine.search("role:question", limit=200)
    assert len(questions) == 9
    assert {workspace.quote(h.sentence_id).role for h in questions} == {"question"}
    answers = engine.search("Қазақстан role:answer", limit=200)
    assert answers and {workspace.quote(h.sentence_id).role for h in answers} == {"answer"}
    speaker = engine.search('speaker:"Рүстем"', limit=500)
    assert {workspace.quote(h.sentence_id).speaker for h in speaker} == {"Рүстем Мұстафин"}
    assert engine.search("литий doc:1", limit=5)
    assert engine.search("литий doc:2", limit=5) == []


def test_tag_filters_follow_the_actor_hierarchy(engine: SearchEngine, workspace: Workspace) -> None:
    ids = by_key(workspace)
    trump = {h.sentence_id for h in engine.search("actor:trump", limit=500)}
    usa = {h.sentence_id for h in engine.search("actor:usa", limit=500)}
    assert ids["p15.s03"] in trump  # tagged trump only, found under usa too
    assert trump < usa
    minerals = {h.sentence_id for h in engine.search("sector:minerals", limit=500)}
    assert ids["p06.s01"] in minerals
    workspace.set_tags("sentence", ids["p06.s01"], remove=["minerals"])
    after = {h.sentence_id for h in engine.search("sector:minerals", limit=500)}
    assert after == minerals - {ids["p06.s01"]}  # the user's removal wins
    assert [h.sentence_id for h in engine.search("литий actor:china")] == []


def test_note_and_selection_filters(engine: SearchEngine, workspace: Workspace) -> None:
    ids = by_key(workspace)
    workspace.add_note("sentence", ids["p17.s02"], "check the 80% figure")
    workspace.select("sentence", ids["p06.s01"])
    assert [h.sentence_id for h in engine.search("has:note")] == [ids["p17.s02"]]
    assert [h.sentence_id for h in engine.search("is:selected")] == [ids["p06.s01"]]


def test_empty_query_browses_in_document_order(engine: SearchEngine) -> None:
    hits = engine.search("", limit=5)
    assert [h.sentence_id for h in hits] == sorted(h.sentence_id for h in hits)
    assert len(hits) == 5


def test_engine_sees_new_imports(tmp_path: Path) -> None:
    path = tmp_path / "live.db"
    with Workspace.open(path) as workspace, SearchEngine(path) as engine:
        assert engine.search("зебра") == []
        article = tmp_path / "a.txt"
        article.write_text(" date 2025-01-02 Т\nЗебралар Алматыда көрінді.\n", encoding="utf-8")
        workspace.import_article(article)
        assert len(engine.search("зебра")) == 1


def test_query_parser_never_fails_and_keeps_text() -> None:
    query = parse_query('литий sector:minerals role:q "Ақ үй" foo:bar has:nothing')
    assert query.active_tags("sector") == {"minerals"}
    assert [a.values for c in query.filter_clauses for a in c.filters] == [
        ("minerals",),
        ("question",),
    ]
    assert query.phrases == ("Ақ үй",)
    assert "foo:bar" in query.text
    assert query.errors == ("unknown has: value 'nothing' (known: note, claim, tag)",)


HOSTILE = [
    '"',
    '"""',
    "*",
    "AND",
    "OR NOT",
    "(",
    ")",
    "NEAR(a b, 2)",
    "kk:*",
    "'; DROP TABLE sentences; --",
    "1=1 OR",
    "💥🇰🇿",
    "\u202eлитий",
    "\x00",
    "a" * 10_000,
    "литий " * 2_000,
    "sector:",
    'speaker:"',
    "^",
    "-",
    "+",
    "{kk en}: литий",
    "\udcff\ud800",
]


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_queries_are_safe(engine: SearchEngine, query: str) -> None:
    assert isinstance(engine.search(query), list)


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text())
def test_any_unicode_query_is_safe(engine: SearchEngine, query: str) -> None:
    hits = engine.search(query, limit=10)
    assert len(hits) <= 10
