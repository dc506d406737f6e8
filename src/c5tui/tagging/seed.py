"""Seeding a new database with the codebook, curated tags and claims of the bundled interview."""

from __future__ import annotations

from c5tui import resources
from c5tui.store import tags as tags_store
from c5tui.store.claims import claims_without_certainty, insert_claim, set_certainty
from c5tui.store.database import Database
from c5tui.tagging.certainty import claim_certainty
from c5tui.tagging.codebook import load_codebook
from c5tui.tagging.curated import load_curated


def seed_codebook(db: Database) -> int:
    """Write the bundled codebook; the caller holds the transaction."""
    from c5tui.tagging.bundled_names import stamp

    written = tags_store.upsert_codebook(db, load_codebook(resources.bundled_codebook()))
    stamp(db)
    return written


def seed_curated(db: Database, document_id: int) -> None:
    """Attach the curated tags and claims (with their certainty) to the bundled interview.

    The caller holds the transaction.
    """
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
        ids = [keys[k] for k in claim.sentences]
        claim_id = insert_claim(db, document_id, claim.key, claim.statement, claim.kind, ids)
        for tag_id in claim.tags:
            tags_store.attach(db, "claim", claim_id, tag_id, "curated")
    read_pending_certainty(db)


def read_pending_certainty(db: Database) -> int:
    """Read the certainty of claims that have none yet from their quotes' Kazakh.

    Claims made before schema version 8 and claims just seeded have none; the caller holds
    the transaction. Returns how many claims were given one.
    """
    pending = claims_without_certainty(db)
    set_certainty(db, {claim_id: claim_certainty(kk) for claim_id, kk in pending.items()})
    return len(pending)
