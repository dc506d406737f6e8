"""A folder import commits each article whole and builds the search index once, at the end;
an interrupted one leaves its committed articles queued, and the next open indexes them."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from c5tui.cli import cli
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
    # Interrupted while the third article is being stored (the next ones are parsed in a
    # worker processes meanwhile): its transaction is rolled back.
    real_import = Workspace._import
    calls = 0

    def interrupted(self: Workspace, *args: Any, **kwargs: Any) -> Any:
        nonlocal calls
        calls += 1
        if calls == 3:
            raise KeyboardInterrupt
        return real_import(self, *args, **kwargs)

    monkeypatch.setattr(Workspace, "_import", interrupted)
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


STORED = (
    "SELECT d.title, d.outlet, d.date, s.key, s.kk, u.speaker, u.role, t.tag_id, t.evidence"
    " FROM sentences s JOIN documents d ON d.id = s.document_id AND d.bundled = 0"
    " JOIN turns u ON u.id = s.turn_id"
    " LEFT JOIN sentence_tags t ON t.sentence_id = s.id"
    " ORDER BY d.title, s.key, t.tag_id"
)


def stored(db: Path) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(STORED).fetchall()
    finally:
        conn.close()


def test_a_folder_parsed_in_a_worker_is_stored_as_its_articles_one_by_one(
    db_path: Path, folder: Path, tmp_path: Path
) -> None:
    """The folder's articles are parsed and tagged in worker processes while others are stored; the
    quotes, speakers, roles and tags are those of importing each article on its own, and
    a file that cannot be read is reported in its place while the rest go on."""
    (folder / "broken.txt").write_bytes(b"\xff\xfe\x00 not text")
    code, _out, err = invoke(db_path, "import", str(folder))
    assert code == 2, err
    assert "broken.txt" in err
    assert f"{len(NAMES) + 1} articles: {len(NAMES)} imported" in err
    one_by_one = tmp_path / "one-by-one.db"
    for name in sorted(NAMES):
        code, _out, err = invoke(one_by_one, "import", str(folder / f"{name}.txt"))
        assert code == 0, err
    rows = stored(db_path)
    assert rows == stored(one_by_one)
    assert {row[5] for row in rows} - {None, ""}  # speakers were attributed
