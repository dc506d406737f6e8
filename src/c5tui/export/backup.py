"""A lossless backup of a user's work as JSON Lines, keyed by stable identifiers.

The work is what a researcher adds to the corpus: codebook tags of their own, tag
decisions, notes and the selection basket. Row ids differ between databases, so every
record names its target by the document's content hash and the sentence key
(``p12.s03``) or the claim key. The first line is a header; then one record per line:

``{"type": "tag_def", ...}``   a user tag of the codebook (parents before children)
``{"type": "tag", ...}``       a tag on a quote or claim, with its source and ``removed``
``{"type": "note", ...}``      a note with ``created_at``, ``updated_at``, ``conflict``
``{"type": "selection", ...}`` a basket item with its ``position`` (1, 2, …); a section
                               heading has ``heading`` (its text) instead of a target
``{"type": "translation", ...}`` English you typed or reviewed, with its provenance

Curated and automatic tags are included for reference; a merge writes only user ones.
"""

from __future__ import annotations

import json
from typing import Any

from c5tui.clock import now
from c5tui.workspace import Workspace

FORMAT = "c5tui-work"
# Version 2 added translation records; a version 1 file is read as it always was.
VERSION = 2


def _tag_definitions(workspace: Workspace) -> list[dict[str, Any]]:
    user = [t for t in workspace.tags() if t.origin == "user"]
    by_id = {t.id: t for t in user}
    ordered: list[str] = []

    def visit(tag_id: str, path: tuple[str, ...] = ()) -> None:
        if tag_id in ordered or tag_id in path:
            return
        parent = by_id[tag_id].parent
        if parent in by_id:
            visit(parent, (*path, tag_id))
        ordered.append(tag_id)

    for tag in user:
        visit(tag.id)
    return [{"type": "tag_def", **tag.definition_json()} for tag in (by_id[i] for i in ordered)]


def work_records(workspace: Workspace, *, exported_at: str | None = None) -> list[dict[str, Any]]:
    """The header and every record of the user's work, in a stable order."""
    sentences, claims = workspace.work_targets()
    documents = [
        {"hash": d.content_hash, "title": d.title, "date": d.date, "outlet": d.outlet}
        for d in workspace.documents()
    ]
    records: list[dict[str, Any]] = [
        {
            "format": FORMAT,
            "version": VERSION,
            "exported_at": exported_at or now(),
            "documents": documents,
        }
    ]
    records.extend(_tag_definitions(workspace))
    for decision in workspace.tag_decisions():
        targets = sentences if decision.owner == "sentence" else claims
        record: dict[str, Any] = {"type": "tag", **targets[decision.owner_id], "tag": decision.tag}
        record.update(source=decision.source, removed=decision.removed)
        if decision.evidence is not None:
            record["evidence"] = decision.evidence
        records.append(record)

    def target(sentence_id: int | None, claim_id: int | None) -> dict[str, str]:
        return sentences[sentence_id] if sentence_id is not None else claims[claim_id or 0]

    for note in sorted(workspace.all_notes(), key=lambda n: (n.created_at, n.id)):
        records.append(
            {
                "type": "note",
                **target(note.sentence_id, note.claim_id),
                "body": note.body,
                "created_at": note.created_at,
                "updated_at": note.updated_at,
                "conflict": note.conflict,
            }
        )
    for position, item in enumerate(workspace.selection(), start=1):
        if item.heading is not None:
            records.append({"type": "selection", "heading": item.heading, "position": position})
            continue
        records.append(
            {"type": "selection", **target(item.sentence_id, item.claim_id), "position": position}
        )
    for english in workspace.user_translations():
        provenance = english.provenance
        records.append(
            {
                "type": "translation",
                **sentences[english.sentence_id],
                "lang": english.lang,
                "text": english.text,
                "origin": provenance.origin,
                "source": provenance.source,
                "confidence": provenance.confidence,
                "needs_review": provenance.needs_review,
                "reviewed": provenance.reviewed,
                "updated_at": provenance.updated_at,
            }
        )
    return records


def dump_records(records: list[dict[str, Any]]) -> str:
    """Records as JSON Lines text: one object per line, each line newline-terminated."""
    return "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records)


def render_work(workspace: Workspace, *, exported_at: str | None = None) -> str:
    """The whole backup of the user's work as JSON Lines text."""
    return dump_records(work_records(workspace, exported_at=exported_at))
