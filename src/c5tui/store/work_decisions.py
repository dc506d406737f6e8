"""Merging the user's decisions from a backup: codebook edits, candidates, claims, verdicts.

Each merge writes a decision only where this database has none yet (or still holds what
the backup says it was before); a different decision here is yours and is kept, counted
as a conflict. Running the same merge twice changes nothing.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from c5tui.store import candidates as candidates_store
from c5tui.store import claims as claims_store
from c5tui.store import suggestions as suggestions_store
from c5tui.store import tags as tags_store
from c5tui.store.database import Database
from c5tui.store.work_read import find_claim
from c5tui.work_records import ClaimState, MergeResult, StoredClaim, WorkRecord, WorkRef

_TAG_FIELDS = ("label_kk", "label_en", "parent")


def _state(data: dict[str, Any]) -> ClaimState:
    quotes = tuple(sorted((q["document"], q["sentence"]) for q in data["quotes"]))
    return ClaimState(data["statement"], data["kind"], data.get("certainty"), quotes)


class DecisionMerging:
    """The part of the merger that writes decisions; see :class:`c5tui.store.work._Merger`."""

    db: Database
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
        """Names are added; labels and parent change only where they are still as shipped."""
        data = record.data
        here = next((t for t in tags_store.list_tags(self.db) if t.id == data["id"]), None)
        if here is None or here.origin != "codebook":
            self.result.skipped += 1
            return
        changed = {k: data[k] for k in _TAG_FIELDS if k in data}
        parent = changed.get("parent")
        current = {k: getattr(here, k) for k in changed}
        updated = here
        if current != changed:
            if current != {k: data["was"][k] for k in changed} or (
                parent is not None and not _tag_exists(self.db, parent)
            ):
                self.result.claim_conflicts += 1
            else:
                updated = dataclasses.replace(here, **changed)
        missing = [a for a in data["aliases_added"] if a not in here.aliases]
        if missing:
            updated = dataclasses.replace(updated, aliases=(*here.aliases, *missing))
        if updated == here:
            if current == changed:
                self.result.unchanged += 1
            return
        tags_store.upsert_codebook(self.db, [updated])
        self.result.tag_edits += 1
        self.retag = True

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


def _tag_exists(db: Database, tag_id: str) -> bool:
    return db.execute("SELECT 1 FROM tags WHERE id = ?", [tag_id]).fetchone() is not None
