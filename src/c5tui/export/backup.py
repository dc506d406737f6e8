"""A lossless backup of a user's work as JSON Lines, keyed by stable identifiers.

The work is what a researcher adds to the corpus: codebook tags of their own, tag
decisions, notes and the selection basket. Row ids differ between databases, so every
record names its target by the document's content hash and the sentence key
(``p12.s03``) or the claim key. The first line is a header; then one record per line:

``{"type": "tag_def", ...}``   a user tag of the codebook (parents before children)
``{"type": "tag", ...}``       a tag on a quote or claim, with its source and ``removed``
``{"type": "note", ...}``      a note with ``created_at``, ``updated_at``, ``conflict``
``{"type": "selection", ...}`` a basket item with its ``position`` (1, 2, …)
``{"type": "translation", ...}`` English you typed or reviewed, with its provenance

Curated and automatic tags are included for reference; a merge writes only user ones.
"""

from __future__ import annotations

import json
from typing import Any

from c5tui.store.clock import now
from c5tui.store.selection import items as selection_items
from c5tui.store.tags import list_tags
from c5tui.workspace import Workspace

FORMAT = "c5tui-work"
# Version 2 added translation records; a version 1 file is read as it always was.
VERSION = 2


def _targets(workspace: Workspace) -> tuple[dict[int, dict[str, str]], dict[int, dict[str, str]]]:
    """The stable reference of every sentence and claim, by row id."""
    sentences = {
        row[0]: {"document": row[1], "sentence": row[2]}
        for row in workspace.db.execute(
            "SELECT s.id, d.content_hash, s.key FROM sentences s"
            " JOIN documents d ON d.id = s.document_id"
        )
    }
    claims = {
        row[0]: {"document": row[1], "claim": row[2]}
        for row in workspace.db.execute(
            "SELECT c.id, d.content_hash, c.key FROM claims c"
            " JOIN documents d ON d.id = c.document_id"
        )
    }
    return sentences, claims


def _tag_definitions(workspace: Workspace) -> list[dict[str, Any]]:
    user = [t for t in list_tags(workspace.db) if t.origin == "user"]
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
    sentences, claims = _targets(workspace)
    db = workspace.db
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
    for table, column, targets in (
        ("sentence_tags", "sentence_id", sentences),
        ("claim_tags", "claim_id", claims),
    ):
        order = "s.position" if column == "sentence_id" else "s.id"
        joined = "sentences" if column == "sentence_id" else "claims"
        rows = db.execute(
            f"SELECT x.{column}, x.tag_id, x.source, x.removed, x.evidence FROM {table} x"
            f" JOIN {joined} s ON s.id = x.{column}"
            f" ORDER BY s.document_id, {order}, x.tag_id, x.source"
        )
        for owner, tag_id, source, removed, evidence in rows:
            record: dict[str, Any] = {"type": "tag", **targets[owner], "tag": tag_id}
            record.update(source=source, removed=bool(removed))
            if evidence is not None:
                record["evidence"] = evidence
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
    for position, item in enumerate(selection_items(db), start=1):
        records.append(
            {"type": "selection", **target(item.sentence_id, item.claim_id), "position": position}
        )
    records.extend(_translations(workspace, sentences))
    return records


def _translations(
    workspace: Workspace, sentences: dict[int, dict[str, str]]
) -> list[dict[str, Any]]:
    """The English that is the user's work: typed by them, or reviewed by them."""
    rows = workspace.db.execute(
        "SELECT t.sentence_id, t.lang, t.text, t.origin, t.source, t.confidence,"
        " t.needs_review, t.reviewed, t.updated_at FROM translations t"
        " JOIN sentences s ON s.id = t.sentence_id"
        " WHERE t.origin = 'typed' OR (t.reviewed = 1 AND t.origin <> 'bundled')"
        " ORDER BY s.document_id, s.position, t.lang"
    )
    records = []
    for row in rows:
        sentence_id, lang, text, origin, source, confidence, needs_review, reviewed, stamp = row
        records.append(
            {
                "type": "translation",
                **sentences[sentence_id],
                "lang": lang,
                "text": text,
                "origin": origin,
                "source": source,
                "confidence": confidence,
                "needs_review": bool(needs_review),
                "reviewed": bool(reviewed),
                "updated_at": stamp,
            }
        )
    return records


def dump_records(records: list[dict[str, Any]]) -> str:
    """Records as JSON Lines text: one object per line, each line newline-terminated."""
    return "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records)


def render_work(workspace: Workspace, *, exported_at: str | None = None) -> str:
    """The whole backup of the user's work as JSON Lines text."""
    return dump_records(work_records(workspace, exported_at=exported_at))
