"""How quotes and claims are printed: JSON objects and one-line text rows.

Stored text is printed verbatim in JSON and with its control characters made visible
in text rows (see :mod:`c5tui.text.display`), so that no stored escape sequence is
ever sent to the terminal as a command.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping
from typing import Any

import click

from c5tui.model import Claim, Sentence
from c5tui.text.display import json_terminal_safe, printable


def emit_json(obj: Any) -> None:
    click.echo(json_terminal_safe(json.dumps(obj, ensure_ascii=False)))


def emit_row(*fields: object) -> None:
    """One tab-separated line; a field's own tabs, newlines and controls show visibly."""
    click.echo("\t".join(printable(str(field), keep="") for field in fields))


def emit_document(text: str) -> None:
    """An export on standard output: verbatim into a pipe or a file, safe on a terminal."""
    click.echo(printable(text) if sys.stdout.isatty() else text, nl=False)


def place(sentence: Sentence, labels: Mapping[int, str]) -> str:
    """Where a quote is: ``¶12 s3``, after its document's label when there are several."""
    label = labels.get(sentence.document_id)
    return f"{label} {sentence.locator}" if label else sentence.locator


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
        "certainty": claim.certainty,
        "statement": claim.statement,
        "quotes": list(claim.sentence_ids),
        "sectors": claim.sectors,
        "actors": claim.actors,
        "tags": [{"id": t.tag, "kind": t.kind, "source": t.source} for t in claim.tags],
        "selected": claim.selected,
        "notes": claim.note_count,
    }


def role_label(sentence: Sentence) -> str:
    labels = {"lead": "lead", "narration": "N", "question": "Q", "answer": "A", "quote": "C"}
    return labels[sentence.role]
