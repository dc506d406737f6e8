"""Corpus commands: open the TUI, import articles, list quotes, count things."""

from __future__ import annotations

from pathlib import Path

import click

from c5tui.cli.group import cli, opened
from c5tui.cli.output import emit_json, role_label, sentence_json


@cli.command()
@click.pass_context
def tui(ctx: click.Context) -> None:
    """Open the terminal interface (the default command)."""
    from c5tui.paths import resolve_database_path
    from c5tui.tui.app import run_app

    run_app(resolve_database_path(ctx.obj.get("db")))


@cli.command("import")
@click.argument("article", type=click.Path(path_type=Path))
@click.option(
    "--translation",
    type=click.Path(path_type=Path),
    help="Aligned English translation: 'p01.s01<TAB>text' lines.",
)
@click.option("--speaker", help="The interviewee's name, if the lead does not tell it.")
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
@click.pass_context
def import_(
    ctx: click.Context,
    article: Path,
    translation: Path | None,
    speaker: str | None,
    as_json: bool,
) -> None:
    """Import a Kazinform-format article (all of it, or nothing)."""
    with opened(ctx) as workspace:
        result = workspace.import_article(article, translation, interviewee=speaker)
    if as_json:
        emit_json(
            {
                "document": result.document_id,
                "created": result.created,
                "sentences": result.sentences,
                "translated": result.translated,
            }
        )
    elif result.created:
        click.echo(
            f"imported document {result.document_id}: {result.sentences} sentences, "
            f"{result.translated} translated"
        )
    else:
        click.echo(f"already imported as document {result.document_id}; nothing added")


@cli.command()
@click.option("--document", "document_id", type=int, help="Only this document.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.pass_context
def quotes(ctx: click.Context, document_id: int | None, as_json: bool) -> None:
    """Every quote (sentence) in document order."""
    with opened(ctx) as workspace:
        for sentence in workspace.quotes(document_id):
            if as_json:
                emit_json(sentence_json(sentence))
            else:
                click.echo(
                    f"{sentence.id}\t{sentence.locator}\t{role_label(sentence)}\t{sentence.kk}"
                )


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
