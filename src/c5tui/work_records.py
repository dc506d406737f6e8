"""A person's own work as a backup holds it, and what merging one did: records, tag
decisions, notes, English and claims, comparable across databases."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from c5tui.model import Provenance

# The record types of a work backup, in the order a merge writes them.
# Tags and claims come before what may be on them: a note on a claim you made needs the claim.
WORK_RECORD_TYPES = (
    "tag_def",
    "tag_edit",
    "candidate",
    "claim",
    "suggestion",
    "tag",
    "note",
    "selection",
    "translation",
)


@dataclass(frozen=True, slots=True)
class WorkRecord:
    """One checked line of a work backup: its line number, type and JSON object."""

    line: int
    type: str
    data: dict[str, Any]


@dataclass
class MergeResult:
    """What a merge did, for the one-line summary."""

    tag_defs: int = 0
    tags: int = 0
    notes: int = 0
    selection: int = 0
    translations: int = 0
    translation_conflicts: int = 0
    tag_edits: int = 0
    candidates: int = 0
    claims: int = 0
    verdicts: int = 0
    claim_conflicts: int = 0
    conflicts: int = 0
    tag_conflicts: int = 0
    unchanged: int = 0
    skipped: int = 0
    unknown_documents: int = 0

    @property
    def changed(self) -> bool:
        return bool(
            self.tag_defs
            or self.tags
            or self.notes
            or self.selection
            or self.translations
            or self.tag_edits
            or self.candidates
            or self.claims
            or self.verdicts
        )

    def summary(self, name: str) -> str:
        english = f", {self.translations} English sentences" if self.translations else ""
        if self.translation_conflicts:
            english += f" ({self.translation_conflicts} differing from yours: yours kept)"
        decisions = ""
        if self.tag_edits or self.candidates or self.claims or self.verdicts:
            decisions = (
                f", {self.tag_edits} codebook edits, {self.candidates} candidate decisions,"
                f" {self.claims} claims, {self.verdicts} claim verdicts"
            )
        if self.claim_conflicts:
            decisions += (
                f" ({self.claim_conflicts} claims, verdicts or codebook decisions"
                " differing from yours: yours kept)"
            )
        return (
            f"{name}: added {self.tag_defs} codebook tags, {self.tags} tag decisions,"
            f" {self.notes} notes, {self.selection} selection items{english}{decisions};"
            f" {self.conflicts} conflicting notes kept and flagged;"
            f" {self.tag_conflicts} differing tag decisions (yours kept);"
            f" {self.unchanged} already present;"
            f" {self.skipped} skipped ({self.unknown_documents} unknown documents)"
        )


# -- the user's work as a backup reads it ------------------------------------------------

# A quote or claim across databases: its document's content hash, and its key there.
WorkRef = tuple[str, str]

# A decision on a candidate actor: name key, label, decision, tag id, when.
CandidateDecision = tuple[str, str, str, str | None, str]


@dataclass(frozen=True, slots=True)
class TagDecision:
    """The user's decision on one tag of a quote or claim: added, or removed."""

    owner: str  # sentence or claim
    ref: WorkRef
    tag: str
    removed: bool
    evidence: str | None


@dataclass(frozen=True, slots=True)
class StoredNote:
    owner: str
    ref: WorkRef
    body: str
    created_at: str
    updated_at: str
    conflict: bool


@dataclass(frozen=True, slots=True)
class UserTranslation:
    """English that is the user's work: typed by them, or reviewed by them."""

    ref: WorkRef
    lang: str
    text: str
    provenance: Provenance


@dataclass(frozen=True, slots=True)
class ClaimState:
    """What a claim says and which quotes state it, comparable across databases."""

    statement: str
    kind: str
    certainty: str | None
    quotes: tuple[WorkRef, ...]  # sorted

    def same_words(self, other: ClaimState) -> bool:
        return (self.statement, self.kind, self.certainty) == (
            other.statement,
            other.kind,
            other.certainty,
        )


@dataclass(frozen=True, slots=True)
class StoredClaim:
    id: int
    ref: WorkRef
    source: str
    created_at: str
    state: ClaimState
