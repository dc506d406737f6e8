"""Document commands: list them, change their metadata, remove one."""

from __future__ import annotations

from typing import Any

import click

from c5tui.cli.group import cli, opened
from c5tui.cli.output import emit_json, emit_row
from c5tui.cli.params import ItemId


def summary_json(summary: Any) -> dict[str, Any]:
    d = summary.document
    return {
        "id": d.id,
        "label": summary.label,
        "title": d.title,
        "title_en": d.title_en,
        "date": d.date,
        "outlet": d.outlet,
        "url": d.url,
        "kind": d.kind,
        "author": d.author,
        "speaker_en": d.speaker_en,
        "speakers": list(summary.speakers),
        "sentences": d.sentence_count,
        "translated": summary.translated,
        "reviewed": summary.reviewed,
        "tags": list(summary.tags),
        "source": d.source_name,
    }


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.pass_context
def documents(ctx: click.Context, as_json: bool) -> None:
    """Every document: id, date, outlet, kind, sentences (translated, reviewed), speakers,
    title."""
    with opened(ctx) as workspace:
        summaries = workspace.document_summaries()
    for summary in summaries:
        if as_json:
            emit_json(summary_json(summary))
            continue
        d = summary.document
        emit_row(
            d.id,
            d.date_label,
            d.outlet,
            d.kind,
            f"{d.sentence_count} ({summary.translated} en, {summary.reviewed} reviewed)",
            ", ".join(summary.speakers) or "-",
            d.title,
        )


@cli.command()
@click.argument("document_id", type=ItemId("document"))
@click.option("--title", help="A new title.")
@click.option("--date", help="A new date, YYYY-MM-DD, or 'unknown'.")
@click.option("--outlet", help="A new outlet ('unknown' if it is not known).")
@click.option("--url", help="A new address ('' clears it).")
@click.option("--speaker", help="A new speaker: quotes and answers are credited again.")
@click.option(
    "--speaker-en",
    help="The speaker's name in English briefs, e.g. 'Rustem Mustafin' ('' romanises it).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the document as JSON.")
@click.pass_context
def document(
    ctx: click.Context,
    document_id: int,
    title: str | None,
    date: str | None,
    outlet: str | None,
    url: str | None,
    speaker: str | None,
    speaker_en: str | None,
    as_json: bool,
) -> None:
    """Show a document, or change its title, date, outlet, URL or speaker (one transaction)."""
    from c5tui.workspace import UNSET

    changes: dict[str, Any] = {}
    if title is not None:
        changes["title"] = title
    if date is not None:
        changes["date"] = None if date.strip().lower() in ("unknown", "") else date.strip()
    if outlet is not None:
        changes["outlet"] = outlet
    if url is not None:
        changes["url"] = url.strip() or None
    if speaker is not None:
        changes["speaker"] = speaker.strip() or None
    if speaker_en is not None:
        changes["speaker_en"] = speaker_en.strip() or None
    with opened(ctx) as workspace:
        if changes:
            workspace.update_document(document_id, **{k: changes.get(k, UNSET) for k in changes})
        summary = next(s for s in workspace.document_summaries() if s.document.id == document_id)
    if as_json:
        emit_json(summary_json(summary))
        return
    data = summary_json(summary)
    if changes:
        click.echo(f"document {document_id} changed: {', '.join(sorted(changes))}")
    for key in ("title", "date", "outlet", "url", "kind", "speakers", "sentences", "translated"):
        value = data[key]
        if key == "date" and value is None:
            value = "date unknown"
        if isinstance(value, list):
            value = ", ".join(value) or "-"
        emit_row(key, "" if value is None else value)


@cli.command()
@click.argument("document_id", type=ItemId("document"))
@click.option("--force", is_flag=True, help="Remove it even with your notes and tags on it.")
@click.pass_context
def remove(ctx: click.Context, document_id: int, force: bool) -> None:
    """Remove a document with its quotes and claims, saying what of your work goes too.

    Refused without --force when you have notes or tags on it; a backup of all your work
    (export --format jsonl) is written beside the database first.
    """
    with opened(ctx) as workspace:
        removal = workspace.remove_document(document_id, force=force)
    work = removal.work
    gone = [
        f"{removal.sentences} sentences",
        f"{work.claims} claims",
        f"{work.notes} notes",
        f"{work.user_tags} tags of yours",
        f"{work.selected} selected items",
    ]
    click.echo(f"removed document {document_id} «{removal.document.title}»: " + ", ".join(gone))
    if removal.backup is not None:
        click.echo(f"your work was backed up first to {removal.backup}")
