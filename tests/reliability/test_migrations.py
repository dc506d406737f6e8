"""A database from schema version 1 (frozen fixture) is migrated forward, backup first."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from c5tui.errors import StoreError
from c5tui.search.engine import SearchEngine
from c5tui.store import translations as translations_store
from c5tui.store.corpus import source_of
from c5tui.store.migrations import available_migrations, latest_version
from c5tui.workspace import Workspace

FROZEN = Path(__file__).resolve().parents[1] / "data" / "c5tui-v1.db"


def copy_of(frozen: Path, tmp_path: Path) -> Path:
    """A copy of a frozen database, to be migrated."""
    db = tmp_path / frozen.name.replace("c5tui-", "")
    shutil.copyfile(frozen, db)
    return db


def assert_sound(conn: sqlite3.Connection) -> None:
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_v1_database_migrates_with_backup_and_keeps_user_work(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    shutil.copyfile(FROZEN, db)
    original = FROZEN.read_bytes()
    with Workspace.open(db) as workspace:
        notes = workspace.all_notes()
        selected = workspace.selection()
        assert [n.body for n in notes] == ["v1 note: check the 80% figure"]
        assert notes[0].created_at == "2025-11-06T10:00:00+00:00"
        assert len(selected) == 1
        assert workspace.stats()["sentences"] == 122
    backups = list(tmp_path.glob("old.db.v1-*.bak"))
    assert len(backups) == 1
    assert sqlite3.connect(backups[0]).execute("PRAGMA user_version").fetchone()[0] == 1
    assert sqlite3.connect(db).execute("PRAGMA user_version").fetchone()[0] == latest_version()
    with SearchEngine(db) as engine:
        assert engine.search("литий", limit=1)
    assert FROZEN.read_bytes() == original


FROZEN_V3 = Path(__file__).resolve().parents[1] / "data" / "c5tui-v3.db"
TAG_ROWS = "SELECT sentence_id, tag_id, source, removed FROM sentence_tags"


def test_v3_database_rebuilt_for_news_keeps_every_row_and_the_work(tmp_path: Path) -> None:
    """Version 4 rebuilds documents and turns; nothing that refers to them may be lost."""
    db = tmp_path / "v3.db"
    shutil.copyfile(FROZEN_V3, db)
    before = sqlite3.connect(FROZEN_V3)
    counts = {
        table: before.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in ("documents", "turns", "paragraphs", "sentences", "claims")
    }
    tag_rows = set(before.execute(TAG_ROWS).fetchall())
    before.close()
    with Workspace.open(db) as workspace:
        for table, count in counts.items():
            assert workspace.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == count
        # Version 5 adds curated tags to the bundled interview; none may go.
        assert tag_rows <= set(map(tuple, workspace.db.execute(TAG_ROWS).fetchall()))
        assert sorted(n.body for n in workspace.all_notes()) == [
            "v3 note on the interview",
            "v3 note: lithium reserves",
        ]
        assert len(workspace.selection()) == 1
        documents = workspace.documents()
        assert [d.kind for d in documents] == ["interview", "interview"]
        assert documents[0].date == "2025-11-05"
        assert workspace.db.execute("PRAGMA foreign_key_check").fetchall() == []
        assert workspace.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert workspace.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        # The rebuilt tables take the new values: an unknown date and a quote turn.
        workspace.update_document(2, date=None)
        assert workspace.document(2).date is None
    assert list(tmp_path.glob("v3.db.v3-*.bak"))
    with SearchEngine(db) as engine:
        assert engine.search("литий", limit=1)


def test_two_migrations_with_one_number_are_refused(tmp_path: Path) -> None:
    """The second file would otherwise never run on a database the first brought to it."""
    (tmp_path / "0001_initial.sql").write_text("CREATE TABLE a (x);\n", encoding="utf-8")
    (tmp_path / "0002_one.sql").write_text("CREATE TABLE b (x);\n", encoding="utf-8")
    (tmp_path / "0002_other.sql").write_text("CREATE TABLE c (x);\n", encoding="utf-8")
    with pytest.raises(StoreError, match="share migration number 2"):
        available_migrations(tmp_path)


FROZEN_V4 = Path(__file__).resolve().parents[1] / "data" / "c5tui-v4.db"


def test_v4_database_keeps_its_english_and_marks_where_it_came_from(tmp_path: Path) -> None:
    """Version 6 records provenance: the bundled English is bundled and reviewed, the
    English of an imported article came from a file whose name was not kept."""
    db = tmp_path / "v4.db"
    shutil.copyfile(FROZEN_V4, db)
    before = sqlite3.connect(FROZEN_V4)
    english = dict(before.execute("SELECT id, en FROM sentences WHERE en IS NOT NULL"))
    before.close()
    assert len(english) == 124
    with Workspace.open(db) as workspace:
        quotes = {q.id: q for q in workspace.quotes()}
        now = {i: q.en for i, q in quotes.items() if q.en is not None}
        assert now.keys() == english.keys()
        # The bundled English takes the review's corrections (version 5); the rest is kept.
        kept = {i for i in english if quotes[i].document_id != 1}
        assert kept and {i: now[i] for i in kept} == {i: english[i] for i in kept}
        assert "percentages" in now[next(i for i, q in quotes.items() if q.key == "p10.s03")]
        bundled = [q for q in quotes.values() if q.document_id == 1]
        assert len(bundled) == 122
        for quote in bundled:
            assert quote.en_provenance is not None
            assert (quote.en_provenance.origin, quote.en_provenance.reviewed) == ("bundled", True)
        keyed = {q.key: q.en_provenance for q in quotes.values() if q.document_id == 2 and q.en}
        assert sorted(keyed) == ["p01.s01", "p03.s01"]
        for provenance in keyed.values():
            assert provenance is not None
            assert provenance.origin == "keyed"
            assert provenance.source is None
            assert not provenance.reviewed
        assert all(
            q.en is None and q.en_provenance is None for q in quotes.values() if q.document_id == 3
        )
        # The user's work of version 4 is all there.
        assert sorted(n.body for n in workspace.all_notes()) == [
            "v4 note on the bundled interview",
            "v4 note: no flights planned",
        ]
        assert [item.sentence_id for item in workspace.selection()] == [125, 5]
        assert "logistics" in {t.tag for t in quotes[126].tags if t.source == "user"}
        assert workspace.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert workspace.db.execute("PRAGMA foreign_key_check").fetchall() == []
    backups = list(tmp_path.glob("v4.db.v4-*.bak"))
    assert len(backups) == 1
    assert sqlite3.connect(backups[0]).execute("PRAGMA user_version").fetchone()[0] == 4
    with SearchEngine(db) as engine:
        assert engine.search("Burabay", limit=1)


def test_claims_made_before_version_8_get_their_certainty_from_their_quotes(
    tmp_path: Path,
) -> None:
    db = tmp_path / "v3.db"
    shutil.copyfile(FROZEN_V3, db)
    with Workspace.open(db) as workspace:
        claims = workspace.claims()
        quotes = {q.id: q for q in workspace.quotes()}
    assert claims and all(c.certainty is not None for c in claims)
    hedged = [c for c in claims if any("Қателеспесем" in quotes[i].kk for i in c.sentence_ids)]
    assert hedged and {c.certainty for c in hedged} == {"hedged"}
    reported = [c for c in claims if any("саналады" in quotes[i].kk for i in c.sentence_ids)]
    assert reported and {c.certainty for c in reported} <= {"reported", "hedged"}
    with pytest.raises(sqlite3.IntegrityError):
        sqlite3.connect(db).execute("UPDATE claims SET certainty = 'sure' WHERE id = 1")


ALL_TAG_ROWS = "SELECT * FROM sentence_tags ORDER BY sentence_id, tag_id, source"


# Made by the code of version 9 (migrations up to 0009): the bundled interview and
# akorda-heating-season.txt imported and auto-tagged, one auto tag removed by the user and
# "minerals" added by the user to the next quote.
FROZEN_V9 = Path(__file__).resolve().parents[1] / "data" / "c5tui-v9.db"


def test_version_10_drops_the_unread_prefix_indexes_and_keeps_every_answer_and_tag(
    tmp_path: Path,
) -> None:
    db = copy_of(FROZEN_V9, tmp_path)
    queries = ["литий", "жылу маусымы", "Qazaqstan", "coal reserves", "АҚШ sector:minerals"]
    with SearchEngine(db) as engine:
        answers = {
            q: [(h.sentence_id, h.score) for h in engine.search(q, limit=50)] for q in queries
        }
    before = sqlite3.connect(db)
    tag_rows = before.execute(ALL_TAG_ROWS).fetchall()
    index_pages = before.execute(
        "SELECT count(*) FROM dbstat WHERE name = 'search_index_data'"
    ).fetchone()[0]
    before.close()
    with Workspace.open(db) as workspace:
        conn = workspace.db.conn
        # Every tag kept; since version 15 an auto tag has no time.
        assert conn.execute(ALL_TAG_ROWS).fetchall() == [
            (*row[:5], None if row[2] == "auto" else row[5]) for row in tag_rows
        ]
        schema = dict(conn.execute("SELECT name, sql FROM sqlite_master").fetchall())
        assert "prefix" not in schema["search_index"]
        assert "WITHOUT ROWID" in schema["sentence_tags"]
        assert "sentence_tags_tag" in schema
        assert_sound(conn)
        smaller = conn.execute(
            "SELECT count(*) FROM dbstat WHERE name = 'search_index_data'"
        ).fetchone()[0]
        assert smaller < index_pages / 2
    backups = list(tmp_path.glob("v9.db.v9-*.bak"))
    assert len(backups) == 1
    with SearchEngine(db) as engine:
        assert answers == {
            q: [(h.sentence_id, h.score) for h in engine.search(q, limit=50)] for q in queries
        }
        assert all(answers[q] for q in ("литий", "АҚШ sector:minerals"))


def test_version_13_keeps_every_source_text_compressed_and_the_same(tmp_path: Path) -> None:
    for frozen in (FROZEN_V4, FROZEN_V9):
        db = tmp_path / frozen.name
        shutil.copyfile(frozen, db)
        before = sqlite3.connect(frozen)
        texts = dict(before.execute("SELECT id, source_text FROM documents"))
        before.close()
        assert len(texts) >= 2
        with Workspace.open(db) as workspace:
            conn = workspace.db.conn
            columns = {row[1] for row in conn.execute("PRAGMA table_info(documents)")}
            assert "source_text" not in columns
            for document_id, text in texts.items():
                assert source_of(workspace.db, document_id)[0] == text
            stored = conn.execute("SELECT sum(length(source_text_zlib)) FROM documents")
            assert stored.fetchone()[0] < sum(len(t.encode("utf-8")) for t in texts.values()) / 2
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_version_14_keeps_the_english_once_with_its_provenance(tmp_path: Path) -> None:
    db = copy_of(FROZEN_V9, tmp_path)
    conn = sqlite3.connect(db)
    with conn:
        # A sentence's English changed in sentences.en alone, outside c5tui: the
        # translations row was the record, and its text is the one kept.
        conn.execute("UPDATE sentences SET en = 'Edited outside.' WHERE id = 5")
    record = {
        row[0]: row[1:]
        for row in conn.execute(
            "SELECT sentence_id, text, origin, source, confidence, needs_review, reviewed,"
            " updated_at FROM translations WHERE lang = 'en'"
        )
    }
    conn.close()
    assert len(record) == 122
    with Workspace.open(db) as workspace:
        conn = workspace.db.conn
        assert (
            conn.execute("SELECT count(*) FROM translations WHERE text IS NOT NULL").fetchone()[0]
            == 0
        )
        for sentence_id, (text, *provenance) in record.items():
            stored = translations_store.get(workspace.db, sentence_id)
            assert stored is not None and stored.text == text
            assert workspace.quote(sentence_id).en == text
            assert tuple(provenance) == (
                stored.provenance.origin,
                stored.provenance.source,
                stored.provenance.confidence,
                int(stored.provenance.needs_review),
                int(stored.provenance.reviewed),
                stored.provenance.updated_at,
            )
        assert_sound(conn)


def test_version_15_names_each_translation_file_once_and_keeps_every_provenance(
    tmp_path: Path,
) -> None:
    db = copy_of(FROZEN_V9, tmp_path)
    conn = sqlite3.connect(db)
    with conn:
        # A second file, as a user's own English for the heating-season article would be.
        conn.execute(
            "INSERT INTO translations (sentence_id, lang, text, origin, source, updated_at)"
            " SELECT id, 'en', 'Heating season.', 'keyed', '/home/me/heating.en.tsv',"
            " '2025-12-01T10:00:00+00:00' FROM sentences WHERE document_id = 2 LIMIT 2"
        )
        conn.execute(
            "UPDATE sentences SET en = 'Heating season.' WHERE id IN"
            " (SELECT sentence_id FROM translations WHERE source = '/home/me/heating.en.tsv')"
        )
    sources = dict(
        conn.execute("SELECT sentence_id, source FROM translations WHERE lang = 'en'").fetchall()
    )
    conn.close()
    assert len(set(sources.values())) == 2 and len(sources) == 124
    with Workspace.open(db) as workspace:
        conn = workspace.db.conn
        columns = {row[1] for row in conn.execute("PRAGMA table_info(translations)")}
        assert "source" not in columns and "source_id" in columns
        paths = [row[0] for row in conn.execute("SELECT path FROM translation_sources")]
        assert sorted(paths) == sorted(set(sources.values()))
        for sentence_id, source in sources.items():
            stored = translations_store.get(workspace.db, sentence_id)
            assert stored is not None and stored.provenance.source == source
            assert workspace.quote(sentence_id).en_provenance.source == source  # type: ignore[union-attr]
        assert_sound(conn)


def test_version_15_keeps_every_tag_and_the_time_of_those_a_person_or_the_release_made(
    tmp_path: Path,
) -> None:
    db = copy_of(FROZEN_V9, tmp_path)
    before = sqlite3.connect(db)
    tag_rows = before.execute(ALL_TAG_ROWS).fetchall()
    before.close()
    sources = {row[2] for row in tag_rows}
    assert sources == {"auto", "curated", "user"}
    with Workspace.open(db) as workspace:
        conn = workspace.db.conn
        after = conn.execute(ALL_TAG_ROWS).fetchall()
        assert [row[:5] for row in after] == [row[:5] for row in tag_rows]
        for old, new in zip(tag_rows, after, strict=True):
            assert new[5] == (None if old[2] == "auto" else old[5])
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute(
                "INSERT INTO sentence_tags (sentence_id, tag_id, source) VALUES (1, 'usa', 'user')"
            )
        # A retag writes auto tags without a time; the user's tags keep theirs.
        workspace.retag()
        stamps = dict(
            conn.execute(
                "SELECT source, count(created_at) FROM sentence_tags GROUP BY source"
            ).fetchall()
        )
        assert stamps["auto"] == 0 and stamps["user"] > 0 and stamps["curated"] > 0
        assert_sound(conn)


def test_an_upgrade_that_rebuilds_tables_gives_their_old_pages_back(tmp_path: Path) -> None:
    db = copy_of(FROZEN_V9, tmp_path)
    with Workspace.open(db) as workspace:
        conn = workspace.db.conn
        assert conn.execute("PRAGMA freelist_count").fetchone()[0] == 0
        wal = db.with_name(db.name + "-wal")
        assert not wal.exists() or wal.stat().st_size < db.stat().st_size / 4
        assert_sound(conn)
    assert db.stat().st_size < FROZEN_V9.stat().st_size
    assert len(list(tmp_path.glob("v9.db.v9-*.bak"))) == 1  # the backup is the old file


def test_two_processes_upgrading_one_database_at_once_both_open_it(tmp_path: Path) -> None:
    """A user starts the TUI and a command on a database an older c5tui made: each step
    runs once, the file is compacted by whichever gets to it, both open it."""
    db = copy_of(FROZEN_V9, tmp_path)
    before = sqlite3.connect(db)
    user_tags = before.execute(
        "SELECT sentence_id, tag_id, removed, created_at FROM sentence_tags"
        " WHERE source = 'user' ORDER BY 1, 2"
    ).fetchall()
    before.close()
    assert user_tags
    env = {k: v for k, v in os.environ.items() if k != "C5TUI_DEBUG"}
    command = [sys.executable, "-m", "c5tui", "--db", str(db), "stats", "--json"]
    both = [
        subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
        for _ in range(2)
    ]
    for process in both:
        out, err = process.communicate(timeout=120)
        assert process.returncode == 0, err
        assert b'"sentences"' in out
    with Workspace.open(db) as workspace:
        conn = workspace.db.conn
        assert conn.execute("PRAGMA user_version").fetchone()[0] == latest_version()
        assert (
            conn.execute(
                "SELECT sentence_id, tag_id, removed, created_at FROM sentence_tags"
                " WHERE source = 'user' ORDER BY 1, 2"
            ).fetchall()
            == user_tags
        )
        assert_sound(conn)


def test_the_tui_says_an_upgrade_is_coming_before_it_waits_for_it(tmp_path: Path) -> None:
    from c5tui.store.migrations import upgrade_notice

    db = copy_of(FROZEN_V9, tmp_path)
    notice = upgrade_notice(db)
    assert notice == (
        f"c5tui: upgrading {db} from schema 9 to {latest_version()}; the database as it was"
        f" is kept beside it as {db.name}.v9-<time>.bak"
    )
    with Workspace.open(db):
        pass
    assert upgrade_notice(db) is None  # current now
    assert upgrade_notice(tmp_path / "new.db") is None
    text = tmp_path / "notes.txt"
    text.write_text("not a database\n" * 100)
    assert upgrade_notice(text) is None
