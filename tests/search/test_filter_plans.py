"""Tag filters beside a text match: SQLite's plan keeps the match running once, and the
filtered hits are exactly the text's hits that carry the tag (or a child of it)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from c5tui.search import narrowing
from c5tui.search.engine import SearchEngine
from c5tui.workspace import Workspace


def executed(engine: SearchEngine, query: str) -> list[str]:
    """The statements (values bound) one search runs that match the text index."""
    statements: list[str] = []
    engine.conn.set_trace_callback(statements.append)
    try:
        engine.search(engine.parse(query), limit=50)
    finally:
        engine.conn.set_trace_callback(None)
    return [s for s in statements if "MATCH" in s and s.lstrip().upper().startswith("SELECT")]


@pytest.mark.parametrize(
    "query", ["энергетика sector:energy_transition", "АҚШ actor:usa -sector:trade_investment"]
)
@pytest.mark.parametrize("rare", [narrowing.RARE, -1], ids=["own-index", "corpus"])
def test_a_tag_filter_is_not_handed_to_the_text_index(
    db_path: Path, query: str, rare: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Every tag of the bundled interview is rare: -1 sends the filter to the corpus's index.
    monkeypatch.setattr(narrowing, "RARE", rare)
    with SearchEngine(db_path) as engine:
        statements = executed(engine, query)
        assert statements
        narrowed = all("temp.c5_narrow" in sql for sql in statements)
        assert narrowed == (rare >= 0), statements
        for sql in statements:
            plan = [row[3] for row in engine.conn.execute("EXPLAIN QUERY PLAN " + sql)]
            text_index = [step for step in plan if "search_index VIRTUAL TABLE" in step]
            assert text_index, plan
            # "INDEX 64:=M…" would mean a rowid list pushed into FTS5: one match per row.
            assert not any(":=" in step for step in text_index), plan
            assert not any("TEMP B-TREE FOR ORDER BY" in step for step in plan), plan


def test_a_quote_s_tags_are_read_in_one_seek_whatever_the_family(db_path: Path) -> None:
    with SearchEngine(db_path) as engine:
        (sql,) = [s for s in executed(engine, "АҚШ actor:usa") if "sentence_tags x" in s][:1]
        plan = [row[3] for row in engine.conn.execute("EXPLAIN QUERY PLAN " + sql)]
    # Not one seek per tag of the family (usa and every actor below it).
    assert "SEARCH x USING PRIMARY KEY (sentence_id=?)" in plan, plan


def test_filtered_hits_are_the_text_hits_that_carry_the_tag(db_path: Path) -> None:
    with Workspace.open(db_path) as workspace:
        parents = {tag.id: tag.parent for tag in workspace.tags()}

        def under_usa(tag: str | None) -> bool:
            while tag is not None:
                if tag == "usa":
                    return True
                tag = parents.get(tag)
            return False

        tagged = {q.id for q in workspace.quotes() if any(under_usa(t.tag) for t in q.tags)}
    with SearchEngine(db_path) as engine:
        text = {h.sentence_id for h in engine.search(engine.parse("АҚШ"), limit=500)}
        both = {h.sentence_id for h in engine.search(engine.parse("АҚШ actor:usa"), limit=500)}
        without = {h.sentence_id for h in engine.search(engine.parse("АҚШ -actor:usa"), limit=500)}
    assert both and both == text & tagged
    assert without == text - tagged


def test_a_tag_the_user_removed_no_longer_passes_the_filter(db_path: Path) -> None:
    with SearchEngine(db_path) as engine:
        first = engine.search(engine.parse("литий sector:minerals"), limit=50)[0].sentence_id
    with Workspace.open(db_path) as workspace:
        workspace.set_tags("sentence", first, remove=["minerals"])
    with SearchEngine(db_path) as engine:
        found = {h.sentence_id for h in engine.search(engine.parse("литий sector:minerals"))}
    assert first not in found


def test_the_plan_check_sees_a_pushed_down_list(db_path: Path) -> None:
    # The assertion above is only worth something if the bad plan reads differently.
    conn = sqlite3.connect(db_path)
    sql = (
        "EXPLAIN QUERY PLAN SELECT rowid FROM search_index WHERE search_index MATCH 'kk : a*'"
        " AND rowid IN (SELECT sentence_id FROM sentence_tags) ORDER BY rowid LIMIT 5"
    )
    plan = [row[3] for row in conn.execute(sql)]
    conn.close()
    assert any(":=" in step for step in plan if "search_index VIRTUAL TABLE" in step), plan
