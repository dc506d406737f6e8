"""Running the auto-tagger over stored sentences and recording its tags with their evidence."""

from __future__ import annotations

from collections.abc import Sequence

import sqlite_utils

from c5tui.store import tags as tags_store
from c5tui.tagging.autotag import AutoTagger
from c5tui.tagging.evidence import format_evidence


def auto_tag_sentences(db: sqlite_utils.Database, sentence_ids: Sequence[int]) -> int:
    """Replace the auto tags of these sentences; the caller holds the transaction.

    User decisions are separate rows and stay untouched, so they win over any re-tagging.
    Returns the number of auto tags written.
    """
    tagger = AutoTagger(tags_store.list_tags(db))
    written = 0
    for start in range(0, len(sentence_ids), 500):
        chunk = list(sentence_ids[start : start + 500])
        marks = ",".join("?" * len(chunk))
        rows = db.execute(f"SELECT id, kk, en FROM sentences WHERE id IN ({marks})", chunk)
        for sentence_id, kk, en in rows.fetchall():
            found: dict[str, str] = {}
            for tag in tagger.tag(kk, en):
                evidence = format_evidence(tag.side, tag.start, tag.end, tag.evidence)
                found.setdefault(tag.tag, evidence)
            tags_store.replace_auto_tags(db, sentence_id, found.items())
            written += len(found)
    return written
