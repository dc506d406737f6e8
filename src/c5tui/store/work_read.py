"""Reading the user's work for a backup, row by row and keyed by stable references.

Every function here is a generator over one query that reads only what the user made
(the partial indexes of schema version 11 keep that independent of the corpus's size),
and joins each row to its document's content hash and its sentence or claim key, so
nothing is held per sentence of the corpus. Row ids never leave this module.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import AbstractContextManager

from c5tui.model import Provenance, Tag
from c5tui.store import tags as tags_store
from c5tui.store.connection import read_snapshot
from c5tui.store.database import Database
from c5tui.store.translations import TEXT_OF, source_of
from c5tui.work_records import (
    CandidateDecision,
    ClaimState,
    StoredClaim,
    StoredNote,
    TagDecision,
    UserTranslation,
    WorkRef,
)


def worked_documents(db: Database) -> Iterator[tuple[str, str, str, str]]:
    """(hash, title, date, outlet) of every document the user's work refers to."""
    rows = db.execute(
        "WITH worked(sentence_id, claim_id) AS ("
        " SELECT sentence_id, NULL FROM sentence_tags WHERE source = 'user'"
        " UNION SELECT NULL, claim_id FROM claim_tags WHERE source = 'user'"
        " UNION SELECT sentence_id, claim_id FROM annotations"
        " UNION SELECT sentence_id, claim_id FROM selection WHERE heading IS NULL"
        " UNION SELECT sentence_id, NULL FROM translations"
        "  WHERE (origin = 'typed' OR reviewed = 1) AND origin <> 'bundled'"
        " UNION SELECT sentence_id, claim_id FROM claim_suggestions WHERE status <> 'suggested'"
        " UNION SELECT NULL, id FROM claims WHERE source = 'user')"
        " SELECT d.content_hash, d.title, d.date, d.outlet FROM documents d WHERE d.id IN ("
        "  SELECT s.document_id FROM worked w JOIN sentences s ON s.id = w.sentence_id"
        "  UNION SELECT c.document_id FROM worked w JOIN claims c ON c.id = w.claim_id)"
        " ORDER BY d.id"
    )
    for row in rows:
        yield row[0], row[1], row[2], row[3]


def user_tags(db: Database) -> Iterator[Tag]:
    """Tags the user made, parents before children."""
    user = [t for t in tags_store.list_tags(db) if t.origin == "user"]
    by_id = {t.id: t for t in user}
    done: set[str] = set()

    def visit(tag: Tag, path: frozenset[str]) -> Iterator[Tag]:
        if tag.id in done or tag.id in path:
            return
        parent = by_id.get(tag.parent or "")
        if parent is not None:
            yield from visit(parent, path | {tag.id})
        done.add(tag.id)
        yield tag

    for tag in user:
        yield from visit(tag, frozenset())


def codebook_tags(db: Database) -> Iterator[Tag]:
    """The tags that came with the codebook, as they are now."""
    yield from (t for t in tags_store.list_tags(db) if t.origin == "codebook")


def tag_decisions(db: Database) -> Iterator[TagDecision]:
    """The user's tag decisions on quotes, then on claims, by document and place."""
    for owner, table, column, joined, order in (
        ("sentence", "sentence_tags", "sentence_id", "sentences", "s.position"),
        ("claim", "claim_tags", "claim_id", "claims", "s.id"),
    ):
        rows = db.execute(
            f"SELECT d.content_hash, s.key, x.tag_id, x.removed, x.evidence FROM {table} x"
            f" CROSS JOIN {joined} s ON s.id = x.{column} JOIN documents d ON d.id = s.document_id"
            f" WHERE x.source = 'user' ORDER BY s.document_id, {order}, x.tag_id"
        )
        for digest, key, tag, removed, evidence in rows:
            yield TagDecision(owner, (digest, key), tag, bool(removed), evidence)


def _owner_columns(alias: str) -> str:
    """SQL giving (owner, document hash, key) of a row with sentence_id or claim_id."""
    return (
        f"CASE WHEN {alias}.sentence_id IS NULL THEN 'claim' ELSE 'sentence' END,"
        f" (SELECT d.content_hash FROM documents d WHERE d.id = coalesce("
        f"  (SELECT document_id FROM sentences WHERE id = {alias}.sentence_id),"
        f"  (SELECT document_id FROM claims WHERE id = {alias}.claim_id))),"
        f" coalesce((SELECT key FROM sentences WHERE id = {alias}.sentence_id),"
        f"  (SELECT key FROM claims WHERE id = {alias}.claim_id))"
    )


def notes(db: Database) -> Iterator[StoredNote]:
    """Every note, oldest first."""
    rows = db.execute(
        f"SELECT {_owner_columns('a')}, a.body, a.created_at, a.updated_at, a.conflict"
        " FROM annotations a ORDER BY a.created_at, a.id"
    )
    for owner, digest, key, body, created, updated, conflict in rows:
        yield StoredNote(owner, (digest, key), body, created, updated, bool(conflict))


def selection(db: Database) -> Iterator[tuple[str, WorkRef | str]]:
    """The basket in order: (owner, reference), or ("heading", its text)."""
    rows = db.execute(
        f"SELECT {_owner_columns('b')}, b.heading FROM selection b ORDER BY b.position, b.id"
    )
    for owner, digest, key, heading in rows:
        if heading is not None:
            yield "heading", heading
        else:
            yield owner, (digest, key)


def user_translations(db: Database) -> Iterator[UserTranslation]:
    """The English the user typed or reviewed, in document order."""
    rows = db.execute(
        f"SELECT d.content_hash, s.key, t.lang, {TEXT_OF}, t.origin, {source_of('t')},"
        " t.confidence,"
        " t.needs_review, t.reviewed, t.updated_at FROM translations t"
        " CROSS JOIN sentences s ON s.id = t.sentence_id JOIN documents d ON d.id = s.document_id"
        " WHERE (t.origin = 'typed' OR t.reviewed = 1) AND t.origin <> 'bundled'"
        " ORDER BY s.document_id, s.position, t.lang"
    )
    for digest, key, lang, text, origin, source, confidence, needs, reviewed, stamp in rows:
        provenance = Provenance(origin, source, confidence, bool(needs), bool(reviewed), stamp)
        yield UserTranslation((digest, key), lang, text, provenance)


_CLAIM = (
    "SELECT c.id, d.content_hash, c.key, c.source, c.created_at, c.statement, c.kind,"
    " c.certainty, (SELECT json_group_array(json_array(d2.content_hash, s.key))"
    "  FROM claim_sentences cs JOIN sentences s ON s.id = cs.sentence_id"
    "  JOIN documents d2 ON d2.id = s.document_id WHERE cs.claim_id = c.id)"
    " FROM claims c JOIN documents d ON d.id = c.document_id"
)


def _claim(row: tuple) -> StoredClaim:
    quotes = tuple(sorted((str(q[0]), str(q[1])) for q in json.loads(row[8] or "[]")))
    return StoredClaim(
        int(row[0]), (row[1], row[2]), row[3], row[4], ClaimState(row[5], row[6], row[7], quotes)
    )


def user_claims(db: Database) -> Iterator[StoredClaim]:
    """Claims the user made (accepted suggestions), by document and id."""
    rows = db.execute(f"{_CLAIM} WHERE c.source = 'user' ORDER BY c.document_id, c.id")
    for row in rows:
        yield _claim(row)


def curated_claims(db: Database) -> Iterator[StoredClaim]:
    """The claims that came with the bundled interview, as they are now."""
    rows = db.execute(
        f"{_CLAIM} WHERE c.source = 'curated' AND d.bundled = 1 ORDER BY c.document_id, c.id"
    )
    for row in rows:
        yield _claim(row)


def find_claim(db: Database, document_id: int, key: str) -> StoredClaim | None:
    row = db.execute(f"{_CLAIM} WHERE c.document_id = ? AND c.key = ?", [document_id, key])
    found = row.fetchone()
    return _claim(found) if found else None


def verdicts(db: Database) -> Iterator[tuple[WorkRef, str, str | None]]:
    """(quote, accepted or dismissed, the claim key made) of every reviewed suggestion."""
    rows = db.execute(
        "SELECT d.content_hash, s.key, g.status, c.key FROM claim_suggestions g"
        " CROSS JOIN sentences s ON s.id = g.sentence_id JOIN documents d ON d.id = s.document_id"
        " LEFT JOIN claims c ON c.id = g.claim_id"
        " WHERE g.status <> 'suggested' ORDER BY s.document_id, s.position"
    )
    for digest, key, status, claim in rows:
        yield (digest, key), status, claim


def candidate_decisions(db: Database) -> Iterator[CandidateDecision]:
    """(name key, label, decision, tag id, decided at) of every decision on a candidate."""
    rows = db.execute(
        "SELECT key, label, decision, tag_id, decided_at FROM candidate_decisions ORDER BY key"
    )
    for key, label, decision, tag_id, decided_at in rows:
        yield str(key), str(label), str(decision), tag_id, str(decided_at)


class UserWork:
    """The user's work in one database, as a backup reads it: one generator per kind."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def snapshot(self) -> AbstractContextManager[Database]:
        """Read everything below from one snapshot of the database."""
        return read_snapshot(self._db)

    def documents(self) -> Iterator[tuple[str, str, str, str]]:
        return worked_documents(self._db)

    def user_tags(self) -> Iterator[Tag]:
        return user_tags(self._db)

    def codebook_tags(self) -> Iterator[Tag]:
        return codebook_tags(self._db)

    def candidate_decisions(self) -> Iterator[CandidateDecision]:
        return candidate_decisions(self._db)

    def user_claims(self) -> Iterator[StoredClaim]:
        return user_claims(self._db)

    def curated_claims(self) -> Iterator[StoredClaim]:
        return curated_claims(self._db)

    def verdicts(self) -> Iterator[tuple[WorkRef, str, str | None]]:
        return verdicts(self._db)

    def tag_decisions(self) -> Iterator[TagDecision]:
        return tag_decisions(self._db)

    def notes(self) -> Iterator[StoredNote]:
        return notes(self._db)

    def selection(self) -> Iterator[tuple[str, WorkRef | str]]:
        return selection(self._db)

    def translations(self) -> Iterator[UserTranslation]:
        return user_translations(self._db)
