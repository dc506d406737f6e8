"""``c5tui translation``: a document's English — add it from a file, write a template for
it, show where each sentence's came from, type it, review it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from c5tui.cli.group import cli, opened
from c5tui.cli.notes import read_body
from c5tui.cli.output import emit_document, emit_json, emit_row
from c5tui.cli.params import ItemId
from c5tui.model import Sentence
from c5tui.text.display import printable


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
    """A document's English: add it from a file or a template, show where each sentence's
    came from, type it, review it."""


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


def summary_json(summary: Any) -> dict[str, Any]:
    return {
        "document": summary.document_id,
        "source": summary.source,
        "origin": summary.origin,
        "aligned": summary.translated,
        "needs_review": summary.needs_review,
        "untranslated": summary.untranslated,
        "kept": summary.kept,
        "merged": summary.merged,
        "unmatched_english": summary.unmatched,
        "rewrite": summary.rewrite,
    }


def summary_line(summary: Any) -> str:
    """``aligned 118, needs review 3, left untranslated 4`` and what else the file held."""
    verb = "aligned" if summary.origin == "aligned" else "translated"
    parts = [
        f"{verb} {summary.translated}",
        f"needs review {summary.needs_review}",
        f"left untranslated {summary.untranslated}",
    ]
    if summary.kept:
        parts.append(f"{summary.kept} kept their earlier English")
    if summary.merged:
        parts.append(f"{summary.merged} merged into the sentence before")
    if summary.unmatched:
        parts.append(f"{summary.unmatched} English sentences matched nothing")
    if summary.rewrite:
        parts.append("aligned as a rewrite")
    return ", ".join(parts)


@translation.command("add")
@click.argument("document_id", type=ItemId("document"))
@click.argument("file", type=click.Path(path_type=Path))
@click.option(
    "--rewrite/--no-rewrite",
    default=None,
    help="The English is a rewrite of the article (a twin), not a translation: link only "
    "sentences that share names, numbers or terms (default: told by the sentence count).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@click.pass_context
def add(
    ctx: click.Context, document_id: int, file: Path, rewrite: bool | None, as_json: bool
) -> None:
    """Give document DOCUMENT_ID the English of FILE, in one transaction.

    FILE is a keyed TSV ('p01.s01<TAB>English', or a filled-in template), plain English
    text in any layout (a paragraph or a sentence per line, blank-line paragraphs, text
    copied from a browser) or a saved English web page. Plain English and pages are
    aligned with the Kazakh sentences: sentences without a counterpart stay untranslated,
    and links the aligner is unsure of are marked as needing review. A rewrite (an English
    twin with sentences added and dropped) links only where content is shared.
    """
    with opened(ctx) as workspace:
        summary = workspace.add_translation(document_id, file, rewrite=rewrite)
    if as_json:
        emit_json(summary_json(summary))
        return
    click.echo(printable(f"document {document_id}: {summary_line(summary)}", keep=""))


@translation.command("template")
@click.argument("document_id", type=ItemId("document"))
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    help="The file to write (default: standard output).",
)
@click.option("--missing-only", is_flag=True, help="Only the sentences that have no English.")
@click.option("--force", is_flag=True, help="Overwrite the output file if it exists.")
@click.pass_context
def template(
    ctx: click.Context, document_id: int, output: Path | None, missing_only: bool, force: bool
) -> None:
    """Write document DOCUMENT_ID as a keyed TSV: key, an empty English cell, the Kazakh.

    For a translator or an outside translation tool; `translation add` reads it back and
    fills only the English cells that were filled.
    """
    from c5tui.export.write import write_text

    with opened(ctx) as workspace:
        text = workspace.translation_template(document_id, missing_only=missing_only)
        database = workspace.path
    if output is None or str(output) == "-":
        emit_document(text)
        return
    write_text(output, text, force=force, database=database)
    click.echo(printable(f"wrote {output}", keep=""), err=True)
