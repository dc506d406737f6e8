"""A retag commits in batches: an interruption keeps what was committed, leaves no quote
half re-tagged, never touches the user's decisions, and running it again finishes it."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from c5tui.tagging import apply
from c5tui.tagging.autotag import AutoTagger
from c5tui.workspace import Workspace

ARTICLES = Path(__file__).resolve().parents[1] / "data" / "articles"
NAMES = ("kazinform-president-post", "akorda-heating-season", "egemen-zhumadildaev-interview")
STALE = "kk:0-1 «stale»"


def auto_rows(db: Path) -> dict[int, dict[str, str]]:
    conn = sqlite3.connect(db)
    rows = conn.execute(
        "SELECT s.id, t.tag_id, t.evidence FROM sentences s JOIN documents d"
        " ON d.id = s.document_id AND d.bundled = 0"
        " LEFT JOIN sentence_tags t ON t.sentence_id = s.id AND t.source = 'auto'"
        " ORDER BY s.id"
    ).fetchall()
    conn.close()
    found: dict[int, dict[str, str]] = {}
    for sentence_id, tag, evidence in rows:
        found.setdefault(sentence_id, {})
        if tag is not None:
            found[sentence_id][tag] = evidence
    return found


def user_rows(db: Path) -> list[tuple[int, str, int]]:
    conn = sqlite3.connect(db)
    rows = conn.execute(
        "SELECT sentence_id, tag_id, removed FROM sentence_tags WHERE source = 'user' ORDER BY 1, 2"
    ).fetchall()
    conn.close()
    return rows


@pytest.fixture
def imported(db_path: Path) -> Path:
    """Three real articles, auto-tagged on import, then every auto tag made stale (as after
    a codebook change), with a user's tag added and one auto tag removed by the user."""
    with Workspace.open(db_path) as workspace:
        for name in NAMES:
            workspace.import_article(ARTICLES / f"{name}.txt")
        ids = sorted(auto_rows(db_path))
        conn = workspace.db.conn
        with conn:
            conn.execute("UPDATE sentence_tags SET evidence = ? WHERE source = 'auto'", [STALE])
            tagged = conn.execute(
                "SELECT sentence_id, tag_id FROM sentence_tags WHERE source = 'auto'"
                " ORDER BY sentence_id DESC LIMIT 1"
            ).fetchone()
        workspace.set_tags("sentence", ids[0], add=["minerals"])
        workspace.set_tags("sentence", tagged[0], remove=[tagged[1]])
    return db_path


def test_an_interrupted_retag_keeps_its_committed_batches_and_no_quote_half_done(
    imported: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    users = user_rows(imported)
    ids = sorted(auto_rows(imported))
    assert len(ids) > 12
    monkeypatch.setattr(apply, "COMMIT_EVERY", 4)
    real_tag = AutoTagger.tag
    calls = 0

    def failing_tag(self: AutoTagger, kk: str, en: str | None = None) -> list:
        nonlocal calls
        calls += 1
        if calls == 10:  # in the third batch
            raise KeyboardInterrupt
        return real_tag(self, kk, en)

    monkeypatch.setattr(AutoTagger, "tag", failing_tag)
    with Workspace.open(imported) as workspace, pytest.raises(KeyboardInterrupt):
        workspace.retag()
    after = auto_rows(imported)
    # The first two batches are committed with fresh evidence; the rest is as it was.
    for sentence_id in ids[:8]:
        assert STALE not in after[sentence_id].values(), sentence_id
    assert any(after[sentence_id] for sentence_id in ids[:8])
    for sentence_id in ids[8:]:
        assert set(after[sentence_id].values()) <= {STALE}, sentence_id
    assert user_rows(imported) == users
    conn = sqlite3.connect(imported)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_a_retag_run_again_after_an_interruption_ends_as_one_whole_retag(
    imported: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    whole = tmp_path / "whole.db"
    shutil.copyfile(imported, whole)
    with Workspace.open(whole) as workspace:
        expected_written = workspace.retag()
    monkeypatch.setattr(apply, "COMMIT_EVERY", 3)
    real_tag = AutoTagger.tag
    calls = 0

    def failing_once(self: AutoTagger, kk: str, en: str | None = None) -> list:
        nonlocal calls
        calls += 1
        if calls == 7:
            raise KeyboardInterrupt
        return real_tag(self, kk, en)

    monkeypatch.setattr(AutoTagger, "tag", failing_once)
    with Workspace.open(imported) as workspace:
        with pytest.raises(KeyboardInterrupt):
            workspace.retag()
        done: list[tuple[int, int]] = []
        written = workspace.retag(progress=lambda n, total: done.append((n, total)))
    assert written == expected_written
    assert auto_rows(imported) == auto_rows(whole)
    assert user_rows(imported) == user_rows(whole)
    total = len(auto_rows(whole))
    assert done[-1] == (total, total)
    assert [n for n, _ in done] == sorted({min(total, n) for n in range(3, total + 3, 3)})


def test_the_user_decisions_win_after_a_retag(imported: Path) -> None:
    users = user_rows(imported)
    with Workspace.open(imported) as workspace:
        workspace.retag()
        for sentence_id, tag, removed in users:
            tags = {t.tag for t in workspace.quote(sentence_id).tags}
            assert (tag in tags) is not bool(removed), (sentence_id, tag)
    assert user_rows(imported) == users


def test_a_retag_in_worker_processes_writes_what_one_process_writes(
    imported: Path, tmp_path: Path
) -> None:
    alone = tmp_path / "alone.db"
    shutil.copyfile(imported, alone)
    with Workspace.open(alone) as workspace:
        ids = sorted(auto_rows(alone))
        expected = apply.retag_in_batches(workspace.db, ids, batch=7, workers=1)
    with Workspace.open(imported) as workspace:
        assert apply.retag_in_batches(workspace.db, ids, batch=7, workers=2) == expected
    assert auto_rows(imported) == auto_rows(alone)
    assert STALE not in {e for tags in auto_rows(imported).values() for e in tags.values()}
    assert user_rows(imported) == user_rows(alone)


def test_a_translation_typed_while_a_retag_runs_is_tagged_as_typed(imported: Path) -> None:
    """The next batch is read and tagged while this one is written; English typed in
    another program in between is what that quote's tags come from."""
    ids = sorted(auto_rows(imported))
    target = ids[5]  # in the second batch: read before the first batch was committed
    typed = "Uranium and lithium for the Middle Corridor."

    def type_elsewhere(done: int, total: int) -> None:
        if done == 5:
            with Workspace.open(imported) as other:
                other.translate(target, typed)

    with Workspace.open(imported) as workspace:
        before = {t.tag for t in workspace.quote(target).tags}
        apply.retag_in_batches(workspace.db, ids, batch=5, workers=1, progress=type_elsewhere)
        quote = workspace.quote(target)
    assert quote.en == typed
    found = auto_rows(imported)[target]
    assert {"minerals", "logistics"} <= set(found), (before, found)
    assert any(evidence.startswith("en:") for evidence in found.values())
