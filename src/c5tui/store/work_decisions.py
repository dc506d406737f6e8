"""Merging the user's decisions from a backup: codebook edits, candidates, claims, verdicts.

Each merge writes a decision only where this database has none yet (or still holds what
the backup says it was before); a different decision here is yours and is kept, counted
as a conflict. Running the same merge twice changes nothing.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import sqlite_utils

from c5tui.model import ClaimState, MergeResult, StoredClaim, Tag, WorkRecord, WorkRef
from c5tui.store import candidates as candidates_store
from c5tui.store import claims as claims_store
from c5tui.store import suggestions as suggestions_store
from c5tui.store import tags as tags_store
from c5tui.store.work_read import find_claim


def _tag_fields(tag: Tag) -> dict[str, Any]:
    return {
        "label_kk": tag.label_kk,
        "label_en": tag.label_en,
        "aliases": list(tag.aliases),
        "parent": tag.parent,
    }


def _fields(data: dict[str, Any]) -> dict[str, Any]:
    return {key: data.get(key) for key in ("label_kk", "label_en", "aliases", "parent")}


def _state(data: dict[str, Any]) -> ClaimState:
    quotes = tuple(sorted((q["document"], q["sentence"]) for q in data["quotes"]))
    return ClaimState(data["statement"], data["kind"], data.get("certainty"), quotes)


class DecisionMerging:
    """The part of the merger that writes decisions; see :class:`c5tui.store.work._Merger`."""

    db: sqlite_utils.Database
    result: MergeResult
    retag: bool  # the codebook changed: the auto-tagger runs again after the merge

    def document_id(self, digest: str) -> int | None:
        raise NotImplementedError

    def sentence_id(self, ref: WorkRef) -> int | None:
        document_id = self.document_id(ref[0])
        if document_id is None:
            return None
        row = self.db.execute(
            "SELECT id FROM sentences WHERE document_id = ? AND key = ?", [document_id, ref[1]]
        ).fetchone()
        return int(row[0]) if row else None

    def tag_edit(self, record: WorkRecord) -> None:
        data = record.data
        here = next((t for t in tags_store.list_tags(self.db) if t.id == data["id"]), None)
        parent = data.get("parent")
        if (
            here is None
            or here.origin != "codebook"
            or (parent is not None and not _tag_exists(self.db, parent))
        ):
            self.result.skipped += 1
            return
        if _tag_fields(here) == _fields(data):
            self.result.unchanged += 1
        elif _tag_fields(here) == _fields(data["was"]):
            changed = dataclasses.replace(
                here,
                label_kk=data["label_kk"],
                label_en=data["label_en"],
                aliases=tuple(data["aliases"]),
                parent=parent,
            )
            tags_store.upsert_codebook(self.db, [changed])
            self.result.tag_edits += 1
            self.retag = True
        else:
            self.result.claim_conflicts += 1

    def candidate(self, record: WorkRecord) -> None:
        data = record.data
        tag_id = data.get("tag")
        if tag_id is not None and not _tag_exists(self.db, tag_id):
            self.result.skipped += 1
            return
        here = candidates_store.decisions_for(self.db, [data["key"]])
        if not here:
            candidates_store.put(
                self.db, data["key"], data["label"], data["decision"], tag_id, data["decided_at"]
            )
            self.result.candidates += 1
        elif (here[0][2], here[0][3]) == (data["decision"], tag_id):
            self.result.unchanged += 1
        else:
            self.result.claim_conflicts += 1

    def claim(self, record: WorkRecord) -> None:
        data = record.data
        document_id = self.document_id(data["document"])
        if document_id is None:
            self.result.skipped += 1
            return
        wanted = _state(data)
        found = {ref: self.sentence_id(ref) for ref in wanted.quotes}
        quotes = {ref: i for ref, i in found.items() if i is not None}
        here = find_claim(self.db, document_id, data["claim"])
        if here is None:
            if data["source"] != "user" or not quotes:
                self.result.skipped += 1
                return
            claim_id = claims_store.insert_claim(
                self.db,
                document_id,
                data["claim"],
                wanted.statement,
                wanted.kind,
                list(quotes.values()),
                source="user",
                certainty=wanted.certainty,
            )
            self.db.conn.execute(
                "UPDATE claims SET created_at = ? WHERE id = ?", [data["created_at"], claim_id]
            )
            self.result.claims += 1
        elif here.state == wanted:
            self.result.unchanged += 1
        elif here.source == data["source"] == "curated" and here.state == _state(data["was"]):
            self._apply(here, wanted, quotes)
        elif here.state.same_words(wanted):
            self._link(here, quotes)
        else:
            self.result.claim_conflicts += 1

    def _apply(self, here: StoredClaim, wanted: ClaimState, quotes: dict[WorkRef, int]) -> None:
        """A curated claim still as shipped here takes the edit, quotes and all."""
        claims_store.update_claim(self.db, here.id, wanted.statement, wanted.kind, wanted.certainty)
        gone = [self.sentence_id(ref) for ref in here.state.quotes if ref not in quotes]
        claims_store.unlink_sentences(self.db, here.id, [i for i in gone if i is not None])
        claims_store.link_sentences(self.db, here.id, list(quotes.values()))
        self.result.claims += 1

    def _link(self, here: StoredClaim, quotes: dict[WorkRef, int]) -> None:
        """The same claim here: quotes that state it are added, none taken away."""
        if claims_store.link_sentences(self.db, here.id, list(quotes.values())):
            self.result.claims += 1
        else:
            self.result.unchanged += 1

    def suggestion(self, record: WorkRecord) -> None:
        data = record.data
        sentence = self.sentence_id((data["document"], data["sentence"]))
        row = None
        if sentence is not None:
            row = self.db.execute(
                "SELECT id, document_id, status, claim_id FROM claim_suggestions"
                " WHERE sentence_id = ?",
                [sentence],
            ).fetchone()
        claim_id = None
        if row is not None and data["status"] == "accepted":
            found = find_claim(self.db, int(row[1]), data.get("claim_key") or "")
            claim_id = found.id if found else None
        if row is None or (data["status"] == "accepted" and claim_id is None):
            self.result.skipped += 1
        elif (row[2], row[3]) == (data["status"], claim_id):
            self.result.unchanged += 1
        elif row[2] == "suggested":
            suggestions_store.set_verdict(self.db, int(row[0]), data["status"], claim_id)
            self.result.verdicts += 1
        else:
            self.result.claim_conflicts += 1


def _tag_exists(db: sqlite_utils.Database, tag_id: str) -> bool:
    return db.execute("SELECT 1 FROM tags WHERE id = ?", [tag_id]).fetchone() is not None
