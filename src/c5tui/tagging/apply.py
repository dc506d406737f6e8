"""Running the auto-tagger over stored sentences and recording its tags with their evidence.

Only rows of source ``auto`` are ever written here: the user's tags and removals are rows
of their own and win over any re-tagging. A sentence's auto tags are replaced whole, in one
statement batch, so no quote is ever left with half of its new tags.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import sqlite_utils

from c5tui.store import tags as tags_store
from c5tui.store.clock import now
from c5tui.store.connection import transaction
from c5tui.tagging.autotag import AutoTagger
from c5tui.tagging.evidence import format_evidence

READ_CHUNK = 500
# A retag of the whole corpus commits every this many sentences: a crash loses one batch
# of work at most, and other programs may write between batches.
COMMIT_EVERY = 10_000

Found = dict[int, dict[str, str]]  # sentence id -> tag id -> evidence


def auto_tag_sentences(db: sqlite_utils.Database, sentence_ids: Sequence[int]) -> int:
    """Replace the auto tags of these sentences; the caller holds the transaction.

    Returns the number of auto tags the sentences now carry.
    """
    tagger = AutoTagger(tags_store.list_tags(db))
    return sum(_tag_chunk(db, tagger, chunk) for chunk in _chunks(sentence_ids, READ_CHUNK))


def retag_in_batches(
    db: sqlite_utils.Database,
    sentence_ids: Sequence[int],
    *,
    batch: int | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Replace the auto tags of these sentences, committing every ``batch`` sentences.

    Each batch (``COMMIT_EVERY`` by default) is its own transaction, so an interruption
    leaves every sentence either with its old auto tags or with its new ones; running it
    again redoes the rest.
    ``progress`` is told, after each commit, how many sentences are done and of how many.
    """
    tagger = AutoTagger(tags_store.list_tags(db))
    written = done = 0
    for ids in _chunks(sentence_ids, batch or COMMIT_EVERY):
        with transaction(db):
            written += sum(_tag_chunk(db, tagger, chunk) for chunk in _chunks(ids, READ_CHUNK))
        done += len(ids)
        if progress is not None:
            progress(done, len(sentence_ids))
    return written


def _chunks(ids: Sequence[int], size: int) -> list[list[int]]:
    return [list(ids[start : start + size]) for start in range(0, len(ids), size)]


def _tag_chunk(db: sqlite_utils.Database, tagger: AutoTagger, ids: list[int]) -> int:
    marks = ",".join("?" * len(ids))
    found: Found = {}
    for sentence_id, kk, en in db.execute(
        f"SELECT id, kk, en FROM sentences WHERE id IN ({marks})", ids
    ).fetchall():
        tags: dict[str, str] = {}
        for tag in tagger.tag(kk, en):
            tags.setdefault(tag.tag, format_evidence(tag.side, tag.start, tag.end, tag.evidence))
        found[sentence_id] = tags
    _write(db, ids, marks, found)
    return sum(len(tags) for tags in found.values())


def _write(db: sqlite_utils.Database, ids: list[int], marks: str, found: Found) -> None:
    """Make the stored auto tags of ``ids`` those ``found``, touching only what differs.

    A retag after a small codebook change then writes a few rows, not every tag again.
    """
    stored: dict[int, dict[str, str | None]] = {}
    for sentence_id, tag_id, evidence, removed in db.execute(
        "SELECT sentence_id, tag_id, evidence, removed FROM sentence_tags"
        f" WHERE source = 'auto' AND sentence_id IN ({marks})",
        ids,
    ):
        # An auto row marked removed (none is written so) is rewritten, never kept as is.
        stored.setdefault(sentence_id, {})[tag_id] = None if removed else evidence
    gone, changed, added = [], [], []
    for sentence_id in ids:
        old, new = stored.get(sentence_id, {}), found.get(sentence_id, {})
        gone += [(sentence_id, tag) for tag in old.keys() - new.keys()]
        for tag, evidence in new.items():
            if tag not in old:
                added.append((sentence_id, tag, evidence))
            elif old[tag] != evidence:
                changed.append((evidence, sentence_id, tag))
    conn = db.conn
    conn.executemany(
        "DELETE FROM sentence_tags WHERE sentence_id = ? AND tag_id = ? AND source = 'auto'", gone
    )
    conn.executemany(
        "UPDATE sentence_tags SET evidence = ?, removed = 0 WHERE sentence_id = ? AND tag_id = ?"
        " AND source = 'auto'",
        changed,
    )
    stamp = now()
    conn.executemany(
        "INSERT INTO sentence_tags (sentence_id, tag_id, source, removed, evidence, created_at)"
        " VALUES (?, ?, 'auto', 0, ?, ?)",
        [(*row, stamp) for row in added],
    )
