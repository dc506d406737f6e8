"""Seeding a new database with the codebook, curated tags and claims of the bundled interview."""

from __future__ import annotations

import sqlite_utils

from c5tui import resources
from c5tui.store import tags as tags_store
from c5tui.store.claims import insert_claim
from c5tui.tagging.codebook import load_codebook
from c5tui.tagging.curated import load_curated


def seed_codebook(db: sqlite_utils.Database) -> int:
    """Write the bundled codebook; the caller holds the transaction."""
    return tags_store.upsert_codebook(db, load_codebook(resources.bundled_codebook()))


def seed_curated(db: sqlite_utils.Database, document_id: int) -> None:
    """Attach the curated tags and claims to the bundled interview; caller holds the transaction."""
    keys = {
        key: sentence_id
        for sentence_id, key in db.execute(
            "SELECT id, key FROM sentences WHERE document_id = ?", [document_id]
        )
    }
    tag_ids = {t.id for t in tags_store.list_tags(db)}
    curated = load_curated(resources.bundled_curated(), tag_ids, keys)
    for key, tags in curated.tags.items():
        for tag_id in tags:
            tags_store.attach(db, "sentence", keys[key], tag_id, "curated")
    for claim in curated.claims:
        claim_id = insert_claim(
            db,
            document_id,
            claim.key,
            claim.statement,
            claim.kind,
            [keys[k] for k in claim.sentences],
        )
        for tag_id in claim.tags:
            tags_store.attach(db, "claim", claim_id, tag_id, "curated")
