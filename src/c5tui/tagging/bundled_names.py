"""Bringing a stored codebook up to the names the bundled codebook ships for its tags.

A database keeps the codebook it was seeded with. When a newer c5tui ships more names for
a codebook tag (a sector's topical vocabulary, a new spelling), they are added to the
stored tag; names the user merged in, labels and parents the user changed stay, and no
name is taken away. The stored stamp (``bundled_codebook``) is the digest of the codebook
file it was brought up to, so an up-to-date database is only read.
"""

from __future__ import annotations

import hashlib
import json

from c5tui import resources
from c5tui.store.database import Database


def shipped_digest() -> str:
    return hashlib.sha256(resources.bundled_codebook().read_bytes()).hexdigest()


def is_current(db: Database) -> bool:
    row = db.execute("SELECT sha256 FROM bundled_codebook WHERE id = 1").fetchone()
    return row is not None and row[0] == shipped_digest()


def add_shipped_names(db: Database) -> int:
    """Add the bundled names each stored codebook tag lacks and stamp the database.

    The caller holds the transaction. Returns how many names were added.
    """
    from c5tui.tagging.originals import bundled_tags  # read only when the stamp differs

    stored = {
        tag_id: json.loads(aliases)
        for tag_id, aliases in db.execute("SELECT id, aliases FROM tags WHERE origin = 'codebook'")
    }
    added = 0
    for tag in bundled_tags().values():
        have = stored.get(tag.id)
        if have is None:
            continue
        missing = [a for a in tag.aliases if a not in have]
        if missing:
            db.execute(
                "UPDATE tags SET aliases = ? WHERE id = ?",
                [json.dumps([*have, *missing], ensure_ascii=False), tag.id],
            )
            added += len(missing)
    stamp(db)
    return added


def stamp(db: Database) -> None:
    """Record that the stored codebook holds the bundled one's names; in the transaction."""
    db.execute(
        "INSERT INTO bundled_codebook (id, sha256) VALUES (1, ?)"
        " ON CONFLICT(id) DO UPDATE SET sha256 = excluded.sha256",
        [shipped_digest()],
    )
