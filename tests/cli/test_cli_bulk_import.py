"""A folder import commits each article whole and builds the search index once, at the end;
an interrupted one leaves its committed articles queued, and the next open indexes them."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from c5tui.cli import cli
from c5tui.corpus import reader as reader_module
from c5tui.search.engine import SearchEngine
from c5tui.workspace import Workspace

ARTICLES = Path(__file__).resolve().parents[1] / "data" / "articles"
NAMES = (
    "akorda-heating-season",
    "astana-schools",
    "kazinform-president-post",
    "egemen-zhumadildaev-interview",
)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name in NAMES:
        shutil.copy(ARTICLES / f"{name}.txt", folder / f"{name}.txt")
    return folder


def invoke(db: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["--db", str(db), *args])
    return result.exit_code, result.stdout, result.stderr


def count(db: Path, sql: str) -> int:
    conn = sqlite3.connect(db)
    try:
        return int(conn.execute(sql).fetchone()[0])
    finally:
        conn.close()


def found(db: Path, sentence_ids: list[int]) -> set[int]:
    """Which of these quotes a search for their own first words finds."""
    conn = sqlite3.connect(db)
    texts = dict(
        conn.execute(
            f"SELECT id, kk FROM sentences WHERE id IN ({','.join('?' * len(sentence_ids))})",
            sentence_ids,
        ).fetchall()
    )
    conn.close()
    hits: set[int] = set()
    with SearchEngine(db) as engine:
        for sentence_id, kk in texts.items():
            query = '"' + " ".join(kk.replace('"', " ").split()[:4]) + '"'
            if sentence_id in {h.sentence_id for h in engine.search(query, limit=200)}:
                hits.add(sentence_id)
    return hits


def new_sentences(db: Path) -> list[int]:
    conn = sqlite3.connect(db)
    rows = conn.execute(
        "SELECT s.id FROM sentences s JOIN documents d ON d.id = s.document_id"
        " WHERE d.bundled = 0 ORDER BY s.id"
    ).fetchall()
    conn.close()
    return [r[0] for r in rows]


def test_a_folder_import_leaves_every_quote_indexed_and_nothing_queued(
    db_path: Path, folder: Path
) -> None:
    code, _out, err = invoke(db_path, "import", str(folder))
    assert code == 0, err
    assert count(db_path, "SELECT count(*) FROM documents WHERE bundled = 0") == len(NAMES)
    assert count(db_path, "SELECT count(*) FROM search_index_pending") == 0
    ids = new_sentences(db_path)
    assert count(db_path, "SELECT count(*) FROM search_index") == count(
        db_path, "SELECT count(*) FROM sentences"
    )
    assert found(db_path, ids) == set(ids)
    assert count(db_path, "SELECT count(*) FROM sentence_tags WHERE source = 'auto'") > 0


def test_an_interrupted_folder_import_keeps_its_articles_and_the_next_open_indexes_them(
    db_path: Path, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_load = reader_module.load_article
    calls = 0

    def interrupted(*args: object, **kwargs: object) -> object:
        nonlocal calls
        calls += 1
        if calls == 3:
            raise KeyboardInterrupt
        return real_load(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(reader_module, "load_article", interrupted)
    code, _out, _err = invoke(db_path, "import", str(folder))
    assert code != 0
    # Two articles are committed whole, tags and all, their quotes queued for the index.
    assert count(db_path, "SELECT count(*) FROM documents WHERE bundled = 0") == 2
    ids = new_sentences(db_path)
    assert count(db_path, "SELECT count(*) FROM search_index_pending") == len(ids)
    assert found(db_path, ids) == set()
    assert count(db_path, "SELECT count(*) FROM sentence_tags WHERE source = 'auto'") > 0
    with Workspace.open(db_path):
        pass
    assert count(db_path, "SELECT count(*) FROM search_index_pending") == 0
    assert found(db_path, ids) == set(ids)
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_one_article_is_found_as_soon_as_it_is_imported(db_path: Path) -> None:
    code, _out, err = invoke(db_path, "import", str(ARTICLES / f"{NAMES[0]}.txt"))
    assert code == 0, err
    assert count(db_path, "SELECT count(*) FROM search_index_pending") == 0
    ids = new_sentences(db_path)
    assert found(db_path, ids) == set(ids)


RETAG_IN_WORKERS = """
import runpy, sys
from c5tui.tagging import apply
apply.PARALLEL_FROM = 1  # this small corpus is tagged in worker processes too
sys.argv = ["c5tui", "--db", sys.argv[1], "retag"]
runpy.run_module("c5tui", run_name="__main__", alter_sys=True)
"""


def test_retag_from_the_command_line_in_worker_processes_tags_like_one(
    db_path: Path, folder: Path, tmp_path: Path
) -> None:
    assert invoke(db_path, "import", str(folder))[0] == 0
    alone = tmp_path / "alone.db"
    shutil.copyfile(db_path, alone)
    code, out, err = invoke(alone, "retag")
    assert code == 0, err
    done = subprocess.run(
        [sys.executable, "-c", RETAG_IN_WORKERS, str(db_path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert (done.returncode, done.stdout, done.stderr) == (0, out, "")
    rows = (
        "SELECT sentence_id, tag_id, evidence FROM sentence_tags WHERE source = 'auto'"
        " ORDER BY 1, 2"
    )
    conn = sqlite3.connect(db_path)
    ours = conn.execute(rows).fetchall()
    conn.close()
    conn = sqlite3.connect(alone)
    assert ours == conn.execute(rows).fetchall()
    conn.close()
