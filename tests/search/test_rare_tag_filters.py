"""A rare tag filter is searched on a copy of its sentences: the same hits in the same order
as the straightforward statement, on a real auto-tagged database."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from c5tui.model import Tag
from c5tui.search import narrowing
from c5tui.search.engine import SearchEngine
from c5tui.store.database import Database
from c5tui.store.tags import descendants, effective_tags_sql
from c5tui.workspace import Workspace

ARTICLES = Path(__file__).resolve().parents[1] / "data" / "articles"
EVERY = 5000  # more than the corpus holds: every hit
# (query, its text alone, the tags a hit needs one of (or a child of one), those it must not)
CHECKED: list[tuple[str, str, tuple[str, ...], tuple[str, ...]]] = [
    ("Қазақстан sector:logistics", "Қазақстан", ("logistics",), ()),
    ("Президент actor:kazakhstan", "Президент", ("kazakhstan",), ()),  # a child counts
    ("к actor:kazakhstan", "к", ("kazakhstan",), ()),  # a one-letter prefix
    ("АҚШ actor:usa", "АҚШ", ("usa",), ()),
    (
        "энергетика sector:energy_transition -sector:geopolitics",
        "энергетика",
        ("energy_transition",),
        ("geopolitics",),
    ),
    ("уран OR литий sector:minerals", "уран OR литий", ("minerals",), ()),
    ("ел sector:technology OR sector:agriculture", "ел", ("agriculture", "technology"), ()),
]


@pytest.fixture(scope="module")
def tagged_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled interview (curated tags) and real news articles imported with auto tags."""
    path = tmp_path_factory.mktemp("tagged") / "tagged.db"
    with Workspace.open(path) as workspace:
        for article in sorted(ARTICLES.glob("*.txt")):
            workspace.import_article(article)
        (auto,) = workspace.db.execute(
            "SELECT count(*) FROM sentence_tags WHERE source = 'auto'"
        ).fetchone()
        assert auto > 20
        workspace.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


@pytest.fixture
def tagged(tmp_path: Path, tagged_template: Path) -> Path:
    path = tmp_path / "tagged.db"
    shutil.copyfile(tagged_template, path)
    return path


@pytest.fixture
def engine(tagged: Path) -> Iterator[SearchEngine]:
    with SearchEngine(tagged) as opened:
        yield opened


def carrying(db: Path, tags: tuple[str, ...]) -> set[int]:
    """The sentences with one of the tags or a tag below one, by the one statement of the rule."""
    conn = sqlite3.connect(db)
    family = tuple({t for tag in tags for t in descendants(Database(conn), tag)})
    marks = ",".join("?" * len(family))
    rows = conn.execute(
        f"SELECT owner FROM ({effective_tags_sql('sentence')}) WHERE tag_id IN ({marks})", family
    ).fetchall()
    conn.close()
    return {r[0] for r in rows}


def ranked(engine: SearchEngine, query: str, limit: int = EVERY) -> list[tuple[int, float]]:
    return [(h.sentence_id, h.score) for h in engine.search(engine.parse(query), limit=limit)]


def matched_tables(engine: SearchEngine, query: str) -> list[str]:
    """The FROM clause of each text match one search runs."""
    statements: list[str] = []
    engine.conn.set_trace_callback(statements.append)
    try:
        engine.search(engine.parse(query), limit=50)
    finally:
        engine.conn.set_trace_callback(None)
    return [s.split(" FROM ", 1)[1].split(" WHERE ")[0] for s in statements if " MATCH " in s]


def test_a_rare_tag_is_matched_on_its_own_sentences(engine: SearchEngine) -> None:
    tables = matched_tables(engine, "Президент actor:kazakhstan")
    assert tables and all(t.startswith("temp.c5_narrow") for t in tables), tables


def test_a_common_tag_is_probed_hit_by_hit(
    engine: SearchEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(narrowing, "RARE", 10)
    assert set(matched_tables(engine, "Қазақстан sector:geopolitics")) == {"search_index"}
    # Of two filters, the rarer one's sentences are searched.
    tables = matched_tables(engine, "Қазақстан sector:geopolitics actor:wabtec")
    assert tables and all(t.startswith("temp.c5_narrow") for t in tables), tables


@pytest.mark.parametrize(("query", "text", "family", "excluded"), CHECKED)
def test_filtered_hits_are_the_text_hits_carrying_the_tag_in_order(
    tagged: Path,
    engine: SearchEngine,
    query: str,
    text: str,
    family: tuple[str, ...],
    excluded: tuple[str, ...],
) -> None:
    wanted = (
        carrying(tagged, family) - carrying(tagged, excluded)
        if excluded
        else carrying(tagged, family)
    )
    expected = [hit for hit in ranked(engine, text) if hit[0] in wanted]
    assert expected, query  # the check is worth nothing on an empty answer
    assert ranked(engine, query) == expected


@pytest.mark.parametrize("query", [checked[0] for checked in CHECKED])
def test_the_first_page_is_the_one_the_corpus_gives(
    engine: SearchEngine, monkeypatch: pytest.MonkeyPatch, query: str
) -> None:
    narrowed = ranked(engine, query, limit=20)
    monkeypatch.setattr(narrowing, "RARE", -1)  # every filter probed on the corpus
    assert ranked(engine, query, limit=20) == narrowed


def test_a_filter_alone_and_a_negated_one(tagged: Path, engine: SearchEngine) -> None:
    alone = [h[0] for h in ranked(engine, "actor:kazakhstan")]
    family = ("kazakhstan",)
    assert alone == sorted(carrying(tagged, family))
    everything = {h[0] for h in ranked(engine, "Қазақстан")}
    without = {h[0] for h in ranked(engine, "Қазақстан -actor:kazakhstan")}
    assert without == everything - carrying(tagged, family)


def test_a_tag_the_user_removes_or_adds_changes_the_next_search(
    tagged: Path, engine: SearchEngine
) -> None:
    query = "министр actor:kazakhstan"
    first = ranked(engine, query)
    assert first  # the copy of the filter's sentences is made now
    removed = first[0][0]
    plain = {h[0] for h in ranked(engine, "министр")} - {h[0] for h in first}
    assert plain
    added = min(plain)
    with Workspace.open(tagged) as workspace:
        tags = {t.tag for t in workspace.quote(removed).tags}
        workspace.set_tags(
            "sentence", removed, remove=sorted(tags & {"kazakhstan", "president_kz"})
        )
        workspace.set_tags("sentence", added, add=["president_kz"])  # a child of kazakhstan
    after = {h[0] for h in ranked(engine, query)}
    assert removed not in after
    assert added in after


def test_a_user_tag_filters_like_any_other(tagged: Path, engine: SearchEngine) -> None:
    some = [h[0] for h in ranked(engine, "Қазақстан")][:3]
    with Workspace.open(tagged) as workspace:
        workspace.create_tag(
            Tag("steppe_rail", "sector", "Дала темір жолы", "Steppe rail"),
            on=[("sentence", i) for i in some],
        )
    assert [h[0] for h in ranked(engine, "Қазақстан sector:steppe_rail")] == some
    assert matched_tables(engine, "Қазақстан sector:steppe_rail")[0].startswith("temp.c5_narrow")


def test_a_copy_interrupted_finds_nothing_and_the_next_search_makes_it(
    engine: SearchEngine,
) -> None:
    expected = ranked(engine, "министр actor:kazakhstan")
    assert expected
    ranked(engine, "АҚШ actor:usa")  # the copy now holds another filter's sentences
    copying: list[str] = []

    def trace(statement: str) -> None:
        # A newer search's thread calls SearchEngine.interrupt while the copy is written.
        if "INSERT INTO 'temp'." in statement and not copying:
            copying.append(statement)
            engine.interrupt()

    engine.conn.set_trace_callback(trace)
    try:
        assert ranked(engine, "министр actor:kazakhstan") == []
    finally:
        engine.conn.set_trace_callback(None)
    assert copying
    assert ranked(engine, "министр actor:kazakhstan") == expected


@pytest.mark.parametrize("query", [checked[0] for checked in CHECKED])
def test_the_facets_are_the_ones_the_corpus_gives(
    engine: SearchEngine, monkeypatch: pytest.MonkeyPatch, query: str
) -> None:
    parsed = engine.parse(query)
    narrowed = (engine.tag_counts(parsed), engine.document_counts(parsed))
    assert narrowed[0] and narrowed[1]
    monkeypatch.setattr(narrowing, "RARE", -1)
    assert (engine.tag_counts(parsed), engine.document_counts(parsed)) == narrowed
