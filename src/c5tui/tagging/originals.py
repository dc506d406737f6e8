"""The codebook and the curated claims as the program ships them, to tell the user's edits.

A backup carries a codebook tag or a curated claim only where the user changed it, and
says what it was, so a merge changes it only in a database that still holds the original.
"""

from __future__ import annotations

from c5tui import resources
from c5tui.model import Tag
from c5tui.store import tags as tags_store
from c5tui.store.database import Database
from c5tui.tagging.certainty import claim_certainty
from c5tui.tagging.codebook import load_codebook
from c5tui.tagging.curated import load_curated
from c5tui.work_records import ClaimState


def bundled_tags() -> dict[str, Tag]:
    """The bundled codebook's tags, by id."""
    return {t.id: t for t in load_codebook(resources.bundled_codebook())}


def curated_claims(db: Database) -> dict[str, ClaimState]:
    """The bundled interview's curated claims as seeded, by claim key (none without it)."""
    row = db.execute("SELECT id, content_hash FROM documents WHERE bundled = 1").fetchone()
    if row is None:
        return {}
    document_id, digest = row
    kk = {
        key: text
        for key, text in db.execute(
            "SELECT key, kk FROM sentences WHERE document_id = ?", [document_id]
        )
    }
    tag_ids = {t.id for t in tags_store.list_tags(db)}
    curated = load_curated(resources.bundled_curated(), tag_ids, kk)
    return {
        claim.key: ClaimState(
            claim.statement,
            claim.kind,
            claim_certainty(kk[k] for k in claim.sentences),
            tuple(sorted((digest, k) for k in claim.sentences)),
        )
        for claim in curated.claims
    }
