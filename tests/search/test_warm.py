"""Warming the engine: what a first search with words needs is read before it is typed."""

from __future__ import annotations

from pathlib import Path

from c5tui.search.engine import SearchEngine
from c5tui.search.glossary import load_glossary


def reads_during(engine: SearchEngine, query: str) -> list[str]:
    statements: list[str] = []
    engine.conn.set_trace_callback(statements.append)
    try:
        engine.search(query, limit=5)
    finally:
        engine.conn.set_trace_callback(None)
    return statements


def test_a_first_search_reads_the_index_terms_unless_warmed(db_path: Path) -> None:
    with SearchEngine(db_path) as cold:
        assert any("search_terms" in sql for sql in reads_during(cold, "литий"))
    load_glossary.cache_clear()
    with SearchEngine(db_path) as warmed:
        warmed.warm()
        assert load_glossary.cache_info().currsize == 1  # parsed once, before any search
        reads = reads_during(warmed, "литий")
        assert reads and not any("search_terms" in sql for sql in reads)
        assert warmed.search("литий", limit=1)  # warming changes no answer


def test_warming_runs_a_search_through_the_index_ahead_of_the_first_key(db_path: Path) -> None:
    with SearchEngine(db_path) as warmed:
        reads: list[str] = []
        warmed.conn.set_trace_callback(reads.append)
        warmed.warm()
        warmed.conn.set_trace_callback(None)
        assert any("MATCH" in sql and "search_index" in sql for sql in reads)


def test_a_warmed_engine_answers_every_query_as_a_cold_one(db_path: Path) -> None:
    queries = [
        "е",
        "q",
        "к",
        "Qazaqstannyñ",
        "литий",
        "uran",
        "mineral",
        '"орта дәліз"',
        "sector:energy",
        "-қазақстан уран",
        "kazmunaigaz",
        "",
    ]
    with SearchEngine(db_path) as cold, SearchEngine(db_path) as warmed:
        warmed.warm()
        for query in queries:
            assert warmed.search(query, limit=20) == cold.search(query, limit=20), query


def test_warming_a_closed_engine_does_nothing(db_path: Path) -> None:
    engine = SearchEngine(db_path)
    engine.close()
    engine.warm()  # the app may close while its warming worker waits for the lock
    assert engine.search("литий") == []
