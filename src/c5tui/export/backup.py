"""A lossless backup of a user's work as JSON Lines, keyed by stable identifiers.

The work is what a researcher adds to the corpus, and nothing else: no automatic or
curated tag, no sentence, no suggestion still waiting for review. Row ids differ between
databases, so every record names its target by the document's content hash and the
sentence key (``p12.s03``) or the claim key. The first line is a header listing the
documents the work is on; then one record per line:

``{"type": "tag_def", ...}``    a user tag of the codebook (parents before children)
``{"type": "tag_edit", ...}``   a codebook tag you changed: ``aliases_added`` (a candidate
                                merged into it), and labels or parent with their ``was``
``{"type": "candidate", ...}``  a candidate actor you accepted, rejected or merged, by
                                the name ``key``
``{"type": "claim", ...}``      a claim you made (an accepted suggestion), or a curated
                                claim you edited (with ``was``), with all its ``quotes``,
                                of any document
``{"type": "suggestion", ...}`` your verdict on a suggested claim: accepted (with the
                                ``claim_key`` it made) or dismissed
``{"type": "tag", ...}``        a tag you added to a quote or claim, or ``removed``
``{"type": "note", ...}``       a note with ``created_at``, ``updated_at``, ``conflict``
``{"type": "selection", ...}``  a basket item with its ``position`` (1, 2, …); a section
                                heading has ``heading`` (its text) instead of a target
``{"type": "translation", ...}`` English you typed or reviewed, with its provenance

Records are produced one at a time from the store and written as they come, so a backup
costs memory and time in proportion to the work, whatever the size of the corpus.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from c5tui.clock import now
from c5tui.export.write import write_lines
from c5tui.model import Tag
from c5tui.work_records import ClaimState, WorkRef
from c5tui.workspace import Workspace

FORMAT = "c5tui-work"
# Version 2 added translation records; version 3 writes only the user's own tags and adds
# tag_edit, candidate, claim and suggestion records. Versions 1 and 2 are read as before.
VERSION = 3

Record = dict[str, Any]


def _target(owner: str, ref: WorkRef) -> dict[str, str]:
    return {"document": ref[0], owner: ref[1]}


def _quotes(quotes: Iterable[WorkRef]) -> list[dict[str, str]]:
    return [_target("sentence", ref) for ref in quotes]


def _claim_fields(state: ClaimState) -> Record:
    return {
        "statement": state.statement,
        "kind": state.kind,
        "certainty": state.certainty,
        "quotes": _quotes(state.quotes),
    }


def _tag_fields(tag: Tag) -> Record:
    return {"label_kk": tag.label_kk, "label_en": tag.label_en, "parent": tag.parent}


def _tag_edit(tag: Tag, was: Tag) -> Record | None:
    """A codebook tag's changes: names added (merged candidates), labels and parent.

    Names missing from an older database's codebook are not edits: only additions count.
    """
    added = [a for a in tag.aliases if a not in was.aliases]
    now_fields, was_fields = _tag_fields(tag), _tag_fields(was)
    changed = {k: v for k, v in now_fields.items() if v != was_fields[k]}
    if not added and not changed:
        return None
    before = {k: was_fields[k] for k in changed}
    return {"type": "tag_edit", "id": tag.id, **changed, "aliases_added": added, "was": before}


def _codebook_records(workspace: Workspace) -> Iterator[Record]:
    work = workspace.user_work()
    for tag in work.user_tags():
        yield {"type": "tag_def", **tag.definition_json()}
    shipped = workspace.shipped_tags()
    for tag in work.codebook_tags():
        was = shipped.get(tag.id)
        edit = _tag_edit(tag, was) if was is not None else None
        if edit is not None:
            yield edit
    for key, label, decision, tag_id, decided_at in work.candidate_decisions():
        yield {
            "type": "candidate",
            "key": key,
            "label": label,
            "decision": decision,
            "tag": tag_id,
            "decided_at": decided_at,
        }


def _claim_records(workspace: Workspace) -> Iterator[Record]:
    work = workspace.user_work()
    for claim in work.user_claims():
        yield {
            "type": "claim",
            **_target("claim", claim.ref),
            "source": "user",
            **_claim_fields(claim.state),
            "created_at": claim.created_at,
        }
    originals = workspace.shipped_claims()
    for claim in work.curated_claims():
        was = originals.get(claim.ref[1])
        if was is not None and claim.state != was:
            yield {
                "type": "claim",
                **_target("claim", claim.ref),
                "source": "curated",
                **_claim_fields(claim.state),
                "created_at": claim.created_at,
                "was": _claim_fields(was),
            }
    for ref, status, claim_key in work.verdicts():
        record: Record = {"type": "suggestion", **_target("sentence", ref), "status": status}
        if claim_key is not None:
            record["claim_key"] = claim_key
        yield record


def _quote_records(workspace: Workspace) -> Iterator[Record]:
    work = workspace.user_work()
    for decision in work.tag_decisions():
        record: Record = {"type": "tag", **_target(decision.owner, decision.ref)}
        record.update(tag=decision.tag, source="user", removed=decision.removed)
        if decision.evidence is not None:
            record["evidence"] = decision.evidence
        yield record
    for note in work.notes():
        yield {
            "type": "note",
            **_target(note.owner, note.ref),
            "body": note.body,
            "created_at": note.created_at,
            "updated_at": note.updated_at,
            "conflict": note.conflict,
        }
    for position, (owner, item) in enumerate(work.selection(), start=1):
        if isinstance(item, str):
            yield {"type": "selection", "heading": item, "position": position}
        else:
            yield {"type": "selection", **_target(owner, item), "position": position}
    for english in work.translations():
        provenance = english.provenance
        yield {
            "type": "translation",
            **_target("sentence", english.ref),
            "lang": english.lang,
            "text": english.text,
            "origin": provenance.origin,
            "source": provenance.source,
            "confidence": provenance.confidence,
            "needs_review": provenance.needs_review,
            "reviewed": provenance.reviewed,
            "updated_at": provenance.updated_at,
        }


def work_records(workspace: Workspace, *, exported_at: str | None = None) -> Iterator[Record]:
    """The header, then every record of the user's work, in a stable order.

    All of it is read from one snapshot of the database, so a write by another program
    while the backup runs is either wholly in it or not at all.
    """
    work = workspace.user_work()
    with work.snapshot():
        documents = [
            {"hash": digest, "title": title, "date": date, "outlet": outlet}
            for digest, title, date, outlet in work.documents()
        ]
        yield {
            "format": FORMAT,
            "version": VERSION,
            "exported_at": exported_at or now(),
            "documents": documents,
        }
        yield from _codebook_records(workspace)
        yield from _claim_records(workspace)
        yield from _quote_records(workspace)


def dump_record(record: Record) -> str:
    """One record as a line of JSON Lines, newline-terminated."""
    return json.dumps(record, ensure_ascii=False) + "\n"


def render_work(workspace: Workspace, *, exported_at: str | None = None) -> str:
    """The whole backup of the user's work as JSON Lines text."""
    return "".join(map(dump_record, work_records(workspace, exported_at=exported_at)))


def counted_lines(records: Iterable[Record], counts: Counter[str]) -> Iterator[str]:
    """Records as lines, counting each record's type (the header is not counted)."""
    for record in records:
        kind = record.get("type")
        if kind is not None:
            counts[str(kind)] += 1
        yield dump_record(record)


def write_work(
    workspace: Workspace, path: Path, *, force: bool = False, database: Path | None = None
) -> Counter[str]:
    """Stream the backup into ``path`` (safely: see :func:`write_lines`); returns the
    number of records of each type."""
    counts: Counter[str] = Counter()
    lines = counted_lines(work_records(workspace), counts)
    write_lines(path, lines, force=force, database=database)
    return counts
