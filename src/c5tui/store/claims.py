"""Claims: checkable assertions of an interview, each stated by one or more quotes."""

from __future__ import annotations

from c5tui.model import Claim
from c5tui.store.clock import now
from c5tui.store.database import Database
from c5tui.store.tags import effective_claim_tags

_SELECT = (
    "SELECT c.id, c.document_id, c.key, c.statement, c.kind,"
    " (SELECT group_concat(cs.sentence_id) FROM (SELECT sentence_id FROM claim_sentences"
    "  WHERE claim_id = c.id ORDER BY sentence_id) cs),"
    " EXISTS (SELECT 1 FROM selection x WHERE x.claim_id = c.id),"
    " (SELECT count(*) FROM annotations a WHERE a.claim_id = c.id),"
    " c.certainty"
    " FROM claims c"
)


def _build(db: Database, rows: list[tuple]) -> list[Claim]:
    tags = effective_claim_tags(db, [r[0] for r in rows])
    return [
        Claim(
            r[0],
            r[1],
            r[2],
            r[3],
            r[4],
            tuple(int(x) for x in (r[5] or "").split(",") if x),
            tags.get(r[0], ()),
            bool(r[6]),
            int(r[7]),
            r[8],
        )
        for r in rows
    ]


def list_claims(db: Database, document_id: int | None = None) -> list[Claim]:
    if document_id is None:
        rows = db.execute(f"{_SELECT} ORDER BY c.document_id, c.id").fetchall()
    else:
        rows = db.execute(
            f"{_SELECT} WHERE c.document_id = ? ORDER BY c.id", [document_id]
        ).fetchall()
    return _build(db, rows)


def claims_in_document_order(db: Database) -> list[Claim]:
    """Every claim where the interview makes it: by document, then by its first quote."""
    rows = db.execute(
        f"{_SELECT} ORDER BY c.document_id, (SELECT min(s.position) FROM claim_sentences cs"
        " JOIN sentences s ON s.id = cs.sentence_id WHERE cs.claim_id = c.id), c.id"
    ).fetchall()
    return _build(db, rows)


def claims_for_sentence(db: Database, sentence_id: int) -> list[Claim]:
    rows = db.execute(
        f"{_SELECT} WHERE c.id IN (SELECT claim_id FROM claim_sentences WHERE sentence_id = ?)"
        " ORDER BY c.id",
        [sentence_id],
    ).fetchall()
    return _build(db, rows)


def get_claims(db: Database, ids: list[int]) -> list[Claim]:
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    found = {
        c.id: c
        for c in _build(db, db.execute(f"{_SELECT} WHERE c.id IN ({marks})", ids).fetchall())
    }
    return [found[i] for i in ids if i in found]


def insert_claim(
    db: Database,
    document_id: int,
    key: str,
    statement: str,
    kind: str,
    sentence_ids: list[int],
    source: str = "curated",
    certainty: str | None = None,
) -> int:
    """Insert a claim with its quotes; the caller holds the transaction."""
    cursor = db.conn.execute(
        "INSERT INTO claims (document_id, key, statement, kind, source, created_at, certainty)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [document_id, key, statement, kind, source, now(), certainty],
    )
    claim_id = int(cursor.lastrowid or 0)
    db.conn.executemany(
        "INSERT INTO claim_sentences (claim_id, sentence_id) VALUES (?, ?)",
        [(claim_id, s) for s in sentence_ids],
    )
    return claim_id


def claims_without_certainty(db: Database) -> dict[int, list[str]]:
    """The Kazakh of the quotes of every claim whose certainty is not read yet."""
    rows = db.execute(
        "SELECT c.id, s.kk FROM claims c JOIN claim_sentences cs ON cs.claim_id = c.id"
        " JOIN sentences s ON s.id = cs.sentence_id WHERE c.certainty IS NULL"
        " ORDER BY c.id, s.position"
    ).fetchall()
    found: dict[int, list[str]] = {}
    for claim_id, kk in rows:
        found.setdefault(claim_id, []).append(kk)
    return found


def set_certainty(db: Database, certainties: dict[int, str]) -> None:
    """Record claims' certainty; the caller holds the transaction."""
    db.conn.executemany(
        "UPDATE claims SET certainty = ? WHERE id = ?",
        [(certainty, claim_id) for claim_id, certainty in certainties.items()],
    )


def update_claim(
    db: Database, claim_id: int, statement: str, kind: str, certainty: str | None
) -> None:
    """Change a claim's statement, kind and certainty; the caller holds the transaction."""
    db.conn.execute(
        "UPDATE claims SET statement = ?, kind = ?, certainty = ? WHERE id = ?",
        [statement, kind, certainty, claim_id],
    )


def link_sentences(db: Database, claim_id: int, sentence_ids: list[int]) -> list[int]:
    """Add quotes (of any document) to a claim; returns those that were not linked yet."""
    linked = {
        row[0]
        for row in db.execute(
            "SELECT sentence_id FROM claim_sentences WHERE claim_id = ?", [claim_id]
        )
    }
    added = [i for i in dict.fromkeys(sentence_ids) if i not in linked]
    db.conn.executemany(
        "INSERT INTO claim_sentences (claim_id, sentence_id) VALUES (?, ?)",
        [(claim_id, i) for i in added],
    )
    return added


def unlink_sentences(db: Database, claim_id: int, sentence_ids: list[int]) -> None:
    db.conn.executemany(
        "DELETE FROM claim_sentences WHERE claim_id = ? AND sentence_id = ?",
        [(claim_id, i) for i in sentence_ids],
    )


def delete_claim(db: Database, claim_id: int) -> None:
    """Remove a claim with its links, tags and notes; the caller holds the transaction."""
    db.conn.execute("DELETE FROM claims WHERE id = ?", [claim_id])
