"""Corpus commands: open the TUI, list quotes, count things, rebuild the index."""

from __future__ import annotations

import sys

import click

from c5tui.cli.group import cli, opened
from c5tui.cli.output import emit_json, emit_row, place, role_label, sentence_json
from c5tui.cli.params import ItemId


@cli.command()
@click.pass_context
def tui(ctx: click.Context) -> None:
    """Open the terminal interface (the default command)."""
    from c5tui.paths import resolve_database_path
    from c5tui.tui.launch import open_and_run

    open_and_run(resolve_database_path(ctx.obj.get("db")))


@cli.command()
@click.option("--document", "document_id", type=ItemId("document"), help="Only this document.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.pass_context
def quotes(ctx: click.Context, document_id: int | None, as_json: bool) -> None:
    """Every quote (sentence) in document order."""
    with opened(ctx) as workspace:
        labels = workspace.document_labels()
        for sentence in workspace.quotes(document_id):
            if as_json:
                emit_json(sentence_json(sentence))
            else:
                emit_row(sentence.id, place(sentence, labels), role_label(sentence), sentence.kk)


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print as a JSON object.")
@click.pass_context
def stats(ctx: click.Context, as_json: bool) -> None:
    """How many documents, turns, quotes, claims, tags, notes and selected items."""
    with opened(ctx) as workspace:
        counts = workspace.stats()
    if as_json:
        emit_json(counts)
    else:
        width = max(len(k) for k in counts)
        for name, value in counts.items():
            click.echo(f"{name:<{width}}  {value}")


@cli.command()
@click.pass_context
def reindex(ctx: click.Context) -> None:
    """Rebuild the search index from the stored sentences."""
    with opened(ctx) as workspace:
        count = workspace.reindex()
    click.echo(f"{count} sentences indexed")


@cli.command()
@click.option("--document", "document_id", type=ItemId("document"), help="Only this document.")
@click.pass_context
def retag(ctx: click.Context, document_id: int | None) -> None:
    """Run the auto-tagger again on imported articles; curated and your own tags stay.

    Work is committed every 10,000 sentences; if it is interrupted, run it again.
    """
    progress = _progress_line if sys.stderr.isatty() else None
    with opened(ctx) as workspace:
        written = workspace.retag(document_id, progress=progress)
    if progress is not None:
        click.echo("", err=True)
    click.echo(f"{written} auto tags written")


def _progress_line(done: int, total: int) -> None:
    click.echo(f"\rretagged {done:,} of {total:,} sentences", err=True, nl=False)
