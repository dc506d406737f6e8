"""Translation commands: show a document's English with its provenance, type it, review it."""

from __future__ import annotations

from typing import Any

import click

from c5tui.cli.group import cli, opened
from c5tui.cli.notes import read_body
from c5tui.cli.output import emit_json, emit_row
from c5tui.cli.params import ItemId
from c5tui.model import Sentence


def translation_json(sentence: Sentence) -> dict[str, Any]:
    provenance = sentence.en_provenance
    return {
        "id": sentence.id,
        "document": sentence.document_id,
        "key": sentence.key,
        "en": sentence.en,
        "origin": provenance.origin if provenance else None,
        "source": provenance.source if provenance else None,
        "confidence": provenance.confidence if provenance else None,
        "needs_review": provenance.needs_review if provenance else False,
        "reviewed": provenance.reviewed if provenance else False,
        "updated_at": provenance.updated_at if provenance else None,
    }


@cli.group()
def translation() -> None:
    """A document's English: where each sentence's came from, typing it, reviewing it."""


@translation.command("show")
@click.argument("document_id", type=ItemId("document"))
@click.option("--json", "as_json", is_flag=True, help="One JSON object per sentence, per line.")
@click.pass_context
def translation_show(ctx: click.Context, document_id: int, as_json: bool) -> None:
    """Each sentence's key, English, origin, source, confidence and review state."""
    with opened(ctx) as workspace:
        sentences = workspace.quotes(document_id)
    for sentence in sentences:
        if as_json:
            emit_json(translation_json(sentence))
        else:
            provenance = sentence.en_provenance
            summary = provenance.summary if provenance else "-"
            source = (provenance.source if provenance else None) or "-"
            emit_row(sentence.key, summary, source, sentence.en or "-")


@translation.command("set")
@click.argument("document_id", type=ItemId("document"))
@click.argument("key")
@click.argument("text", required=False)
@click.pass_context
def translation_set(ctx: click.Context, document_id: int, key: str, text: str | None) -> None:
    """Type the English of sentence KEY (e.g. p03.s01); TEXT may come on standard input."""
    with opened(ctx) as workspace:
        sentence = workspace.quote_by_key(document_id, key)
        workspace.translate(sentence.id, read_body(text))
    click.echo(f"{key}: English set (typed, not yet reviewed)")


@translation.command("review")
@click.argument("document_id", type=ItemId("document"))
@click.argument("keys", nargs=-1, required=True)
@click.pass_context
def translation_review(ctx: click.Context, document_id: int, keys: tuple[str, ...]) -> None:
    """Mark the English of sentences KEY... as read by a person; all of them, or none."""
    with opened(ctx) as workspace:
        ids = [workspace.quote_by_key(document_id, key).id for key in keys]
        changed = workspace.set_reviewed(ids)
    click.echo(f"{len(changed)} marked reviewed ({len(keys) - len(changed)} were already)")
