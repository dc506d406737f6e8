"""Keeping the search index (FTS5 over folded token keys) in step with the sentences."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from c5tui.store.database import Database
from c5tui.text import token_keys


def index_keys(text: str | None) -> str:
    """The space-separated folded keys of a text, as stored in the index."""
    if not text:
        return ""
    return " ".join(token_keys(text))


def _rows(db: Database, ids: Sequence[int]) -> Iterable[tuple[int, str, str]]:
    for start in range(0, len(ids), 1000):
        chunk = list(ids[start : start + 1000])
        marks = ",".join("?" * len(chunk))
        for sentence_id, kk, en in db.execute(
            f"SELECT id, kk, en FROM sentences WHERE id IN ({marks})", chunk
        ):
            yield sentence_id, index_keys(kk), index_keys(en)


def index_sentences(db: Database, ids: Sequence[int]) -> int:
    """(Re)index these sentences; the caller holds the transaction."""
    rows = list(_rows(db, ids))
    db.conn.executemany("DELETE FROM search_index WHERE rowid = ?", [(r[0],) for r in rows])
    db.conn.executemany("INSERT INTO search_index (rowid, kk, en) VALUES (?, ?, ?)", rows)
    _add_terms(db, rows)
    return len(rows)


def _add_terms(db: Database, rows: Iterable[tuple[int, str, str]]) -> None:
    terms = {term for _id, kk, en in rows for term in f"{kk} {en}".split()}
    db.conn.executemany(
        "INSERT OR IGNORE INTO search_terms (term) VALUES (?)", [(t,) for t in sorted(terms)]
    )


def queue_sentences(db: Database, ids: Sequence[int]) -> None:
    """Leave these sentences for :func:`index_pending`; the caller holds the transaction."""
    db.conn.executemany(
        "INSERT OR IGNORE INTO search_index_pending (sentence_id) VALUES (?)", [(i,) for i in ids]
    )


def index_pending(db: Database) -> int:
    """Index the sentences left waiting (by a bulk import or a schema migration) in one
    pass; the caller holds the transaction."""
    conn = db.conn
    # A queued sentence may be indexed already (a migration that changed its English).
    conn.execute(
        "DELETE FROM search_index WHERE rowid IN (SELECT sentence_id FROM search_index_pending)"
    )
    count = fill(
        db,
        "SELECT s.id, s.kk, s.en FROM search_index_pending p JOIN sentences s"
        " ON s.id = p.sentence_id ORDER BY s.id",
    )
    conn.execute("DELETE FROM search_index_pending")
    return count


def rebuild(db: Database) -> int:
    """Rebuild the whole index from the sentences; the caller holds the transaction."""
    # Dropped and made again from its own definition, not emptied row by row: deleting
    # leaves tombstones, and each rebuild would leave the file larger than the last.
    (definition,) = db.conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'search_index'"
    ).fetchone()
    db.conn.execute("DROP TABLE search_index")
    db.conn.execute(definition)
    db.conn.execute("DELETE FROM search_terms")
    count = fill(db, "SELECT id, kk, en FROM sentences ORDER BY id")
    db.conn.execute("DELETE FROM search_index_pending")
    return count


def fill(db: Database, select: str, params: Sequence[object] = ()) -> int:
    """Index the sentences ``select`` gives as (id, kk, en), none of them indexed yet, in
    one streamed pass; the caller holds the transaction."""
    from c5tui.search.keying import keyed_chunks

    rows = db.conn.execute(select, params)
    terms: set[str] = set()
    count = 0
    for keyed in keyed_chunks(rows, index_keys):
        db.conn.executemany("INSERT INTO search_index (rowid, kk, en) VALUES (?, ?, ?)", keyed)
        for _id, kk_keys, en_keys in keyed:
            terms.update(kk_keys.split())
            terms.update(en_keys.split())
        count += len(keyed)
    db.conn.executemany(
        "INSERT OR IGNORE INTO search_terms (term) VALUES (?)", [(t,) for t in sorted(terms)]
    )
    return count
