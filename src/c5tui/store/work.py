"""Merging a checked backup of the user's work into this database.

Row ids differ between databases, so a backup names each quote by its document's content
hash and sentence key, and each claim by the hash and claim key (see
:mod:`c5tui.store.work_read` for the reading side and :mod:`c5tui.export.merge` for the
rules). Where this database holds a decision of yours that differs, yours is kept.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from c5tui.errors import InputError
from c5tui.model import Provenance, Tag
from c5tui.store import notes as notes_store
from c5tui.store import selection as selection_store
from c5tui.store import tags as tags_store
from c5tui.store import translations as translations_store
from c5tui.store.connection import transaction
from c5tui.store.database import Database
from c5tui.store.work_decisions import DecisionMerging
from c5tui.work_records import WORK_RECORD_TYPES as MERGE_ORDER
from c5tui.work_records import MergeResult, WorkRecord


class _Merger(DecisionMerging):
    def __init__(self, db: Database, name: str) -> None:
        self.db = db
        self.name = name
        self.result = MergeResult()
        self.documents: dict[str, int | None] = {}
        self.unknown: set[str] = set()
        self.added: set[int] = set()
        self.translated: list[int] = []  # sentences whose English the merge wrote
        self.retag = False

    def document_id(self, digest: str) -> int | None:
        """The document with this content hash here (an unknown one is counted)."""
        if digest not in self.documents:
            row = self.db.execute(
                "SELECT id FROM documents WHERE content_hash = ?", [digest]
            ).fetchone()
            self.documents[digest] = int(row[0]) if row else None
        document_id = self.documents[digest]
        if document_id is None:
            self.unknown.add(digest)
        return document_id

    def owner(self, data: dict[str, Any]) -> tuple[str, int] | None:
        """The quote or claim a record names here, or None (counted as skipped)."""
        document_id = self.document_id(data["document"])
        if document_id is None:
            return None
        if "sentence" in data:
            sql = "SELECT id FROM sentences WHERE document_id = ? AND key = ?"
            owner, key = "sentence", data["sentence"]
        else:
            sql = "SELECT id FROM claims WHERE document_id = ? AND key = ?"
            owner, key = "claim", data["claim"]
        row = self.db.execute(sql, [document_id, key]).fetchone()
        return (owner, int(row[0])) if row else None

    def tag_def(self, record: WorkRecord) -> None:
        data = record.data
        row = self.db.execute("SELECT kind FROM tags WHERE id = ?", [data["id"]]).fetchone()
        if row is not None:
            if row[0] == data["kind"]:
                self.result.unchanged += 1
            else:
                self.result.tag_conflicts += 1
            return
        tag = Tag(
            id=data["id"],
            kind=data["kind"],
            label_kk=data["label_kk"],
            label_en=data["label_en"],
            definition=data.get("definition") or "",
            aliases=tuple(data.get("aliases") or ()),
            parent=data.get("parent"),
            colour=data.get("colour"),
            origin="user",
        )
        try:
            tags_store.validate_new_tag(self.db, tag)
        except InputError as exc:
            raise InputError(str(exc), path=self.name, line=record.line) from None
        tags_store.upsert_codebook(self.db, [tag])
        self.result.tag_defs += 1
        self.retag = True

    def tag(self, record: WorkRecord) -> None:
        data = record.data
        if data["source"] != "user":
            return
        owner = self.owner(data)
        known = self.db.execute("SELECT 1 FROM tags WHERE id = ?", [data["tag"]]).fetchone()
        if owner is None or known is None:
            self.result.skipped += 1
            return
        wanted = not data.get("removed", False)
        state = tags_store.user_tag_state(self.db, owner[0], owner[1], data["tag"])
        if state is None:
            tags_store.attach(self.db, owner[0], owner[1], data["tag"], "user", removed=not wanted)
            self.result.tags += 1
        elif state == wanted:
            self.result.unchanged += 1
        else:
            self.result.tag_conflicts += 1

    def note(self, record: WorkRecord) -> None:
        data = record.data
        owner = self.owner(data)
        if owner is None:
            self.result.skipped += 1
            return
        key = {"sentence_id": owner[1]} if owner[0] == "sentence" else {"claim_id": owner[1]}
        # Only notes that were here before the merge count: the file's own notes never
        # conflict with one another.
        existing = [n for n in notes_store.notes_for(self.db, **key) if n.id not in self.added]
        if any(n.body == data["body"] for n in existing):
            self.result.unchanged += 1
            return
        clashes = [n for n in existing if n.created_at == data["created_at"]]
        note_id = notes_store.add_note(
            self.db,
            body=data["body"],
            created_at=data["created_at"],
            conflict=bool(clashes) or bool(data.get("conflict", False)),
            **key,
        )
        self.added.add(note_id)
        self.db.conn.execute(
            "UPDATE annotations SET updated_at = ? WHERE id = ?", [data["updated_at"], note_id]
        )
        for clash in clashes:
            self.db.conn.execute("UPDATE annotations SET conflict = 1 WHERE id = ?", [clash.id])
        self.result.notes += 1
        if clashes:
            self.result.conflicts += 1

    def heading(self, text: str) -> None:
        """A heading already in the basket with the same words is the same heading."""
        if any(i.heading == text for i in selection_store.items(self.db)):
            self.result.unchanged += 1
        else:
            selection_store.add_heading(self.db, text)
            self.result.selection += 1

    def selection(self, record: WorkRecord) -> None:
        if "heading" in record.data:
            self.heading(" ".join(str(record.data["heading"]).split()))
            return
        owner = self.owner(record.data)
        if owner is None:
            self.result.skipped += 1
        elif selection_store.select(self.db, owner[0], owner[1]):
            self.result.selection += 1
        else:
            self.result.unchanged += 1

    def translation(self, record: WorkRecord) -> None:
        """English of yours here is kept; English no one here typed or reviewed is replaced."""
        data = record.data
        owner = self.owner(data)
        if owner is None:
            self.result.skipped += 1
            return
        lang = data["lang"]
        here = translations_store.get(self.db, owner[1], lang)
        reviewed = bool(data.get("reviewed", False))
        if here is not None and here.text == data["text"]:
            if reviewed and not here.provenance.reviewed:
                translations_store.set_reviewed(self.db, [owner[1]], True, lang)
                self.result.translations += 1
            else:
                self.result.unchanged += 1
            return
        if here is not None and (here.provenance.origin == "typed" or here.provenance.reviewed):
            self.result.translation_conflicts += 1
            return
        provenance = Provenance(
            data["origin"],
            data.get("source"),
            data.get("confidence"),
            bool(data.get("needs_review", False)),
            reviewed,
            data["updated_at"],
        )
        translations_store.put(self.db, owner[1], data["text"], provenance, lang)
        self.translated.append(owner[1])
        self.result.translations += 1


def merge_records(
    db: Database,
    records: list[WorkRecord],
    name: str,
    reindex: Callable[[Database, list[int]], object],
    retag: Callable[[Database], object],
) -> MergeResult:
    """Write checked backup records in one transaction, in :data:`MERGE_ORDER`.

    ``reindex`` brings the search keys of re-translated sentences up to date, and
    ``retag`` runs the auto-tagger again when the codebook gained tags or names (an
    accepted or merged candidate), both in the same transaction."""
    merger = _Merger(db, name)
    by_type = {kind: [r for r in records if r.type == kind] for kind in MERGE_ORDER}
    by_type["selection"].sort(key=lambda r: float(r.data["position"]))
    with transaction(db):
        for kind in MERGE_ORDER:
            for record in by_type[kind]:
                getattr(merger, kind)(record)
        if merger.translated:
            reindex(db, merger.translated)
        if merger.retag:
            retag(db)
    merger.result.unknown_documents = len(merger.unknown)
    return merger.result
