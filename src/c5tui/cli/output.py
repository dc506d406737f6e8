"""How quotes and claims are printed: JSON objects and one-line text rows."""

from __future__ import annotations

import json
from typing import Any

import click

from c5tui.model import Claim, Sentence


def emit_json(obj: Any) -> None:
    click.echo(json.dumps(obj, ensure_ascii=False))


def sentence_json(sentence: Sentence) -> dict[str, Any]:
    return {
        "id": sentence.id,
        "document": sentence.document_id,
        "key": sentence.key,
        "paragraph": sentence.paragraph,
        "sentence": sentence.sentence,
        "position": sentence.position,
        "role": sentence.role,
        "speaker": sentence.speaker,
        "kk": sentence.kk,
        "en": sentence.en,
        "sectors": sentence.sectors,
        "actors": sentence.actors,
        "tags": [
            {"id": t.tag, "kind": t.kind, "source": t.source, "evidence": t.evidence}
            for t in sentence.tags
        ],
        "selected": sentence.selected,
        "notes": sentence.note_count,
        "start": sentence.start,
        "end": sentence.end,
    }


def claim_json(claim: Claim) -> dict[str, Any]:
    return {
        "id": claim.id,
        "document": claim.document_id,
        "key": claim.key,
        "kind": claim.kind,
        "statement": claim.statement,
        "quotes": list(claim.sentence_ids),
        "sectors": claim.sectors,
        "actors": claim.actors,
        "tags": [{"id": t.tag, "kind": t.kind, "source": t.source} for t in claim.tags],
        "selected": claim.selected,
        "notes": claim.note_count,
    }


def role_label(sentence: Sentence) -> str:
    return {"lead": "lead", "question": "Q", "answer": "A"}[sentence.role]
