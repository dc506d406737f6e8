"""A large index is keyed in worker processes: the same index, and the same answers, as
keyed here; where no worker can run, it is keyed here."""

from __future__ import annotations

from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pytest

from c5tui.search import index as index_module
from c5tui.search import keying
from c5tui.search.engine import SearchEngine
from c5tui.workspace import Workspace

ARTICLES = Path(__file__).resolve().parents[1] / "data" / "articles"
QUERIES = ["литий", "Qazaqstan", "жылу маусымы", "coal reserves", "АҚШ sector:minerals"]


def index_of(workspace: Workspace) -> list[tuple[int, str, str]]:
    return workspace.db.execute("SELECT rowid, kk, en FROM search_index ORDER BY rowid").fetchall()


def answers(db_path: Path) -> dict[str, list[int]]:
    with SearchEngine(db_path) as engine:
        return {q: [hit.sentence_id for hit in engine.search(q, limit=50)] for q in QUERIES}


@pytest.fixture
def corpus(workspace: Workspace, monkeypatch: pytest.MonkeyPatch) -> Workspace:
    for article in sorted(ARTICLES.glob("*.txt"))[:6]:
        workspace.import_article(article, auto_tag=False)
    monkeypatch.setattr(keying, "CHUNK", 20)  # a few hundred sentences make several chunks
    monkeypatch.setattr(keying, "PARALLEL_FROM", 2)
    return workspace


def counted_keys(monkeypatch: pytest.MonkeyPatch) -> list[str | None]:
    """The texts keyed in this process from now on (workers key with their own copy)."""
    calls: list[str | None] = []
    real = index_module.index_keys

    def counted(text: str | None) -> str:
        calls.append(text)
        return real(text)

    monkeypatch.setattr(index_module, "index_keys", counted)
    return calls


def test_a_reindex_keyed_in_workers_is_the_index_keyed_here(
    corpus: Workspace, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sentences = corpus.db.execute("SELECT count(*) FROM sentences").fetchone()[0]
    assert sentences > 6 * keying.CHUNK
    monkeypatch.setattr(keying, "PARALLEL_FROM", 10**6)  # every chunk keyed here
    corpus.reindex()
    here, found_here = index_of(corpus), answers(db_path)
    assert all(found_here.values())

    monkeypatch.setattr(keying, "PARALLEL_FROM", 2)
    calls = counted_keys(monkeypatch)
    assert corpus.reindex() == sentences
    assert calls == []  # every chunk was keyed in a worker
    assert index_of(corpus) == here
    assert answers(db_path) == found_here


class NoWorkers:
    """A pool whose workers cannot start, as for a program read from standard input."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        pass

    def __enter__(self) -> NoWorkers:
        return self

    def __exit__(self, *exc: object) -> None:
        pass

    def submit(self, *args: object) -> None:
        raise BrokenProcessPool("no worker could start")


def test_without_workers_the_index_is_keyed_here(
    corpus: Workspace, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(keying, "PARALLEL_FROM", 10**6)
    corpus.reindex()
    here, found_here = index_of(corpus), answers(db_path)
    monkeypatch.setattr(keying, "PARALLEL_FROM", 2)
    monkeypatch.setattr(keying, "ProcessPoolExecutor", NoWorkers)
    calls = counted_keys(monkeypatch)
    corpus.reindex()
    assert len(calls) == 2 * len(here)  # Kazakh and English of every sentence, here
    assert index_of(corpus) == here
    assert answers(db_path) == found_here
