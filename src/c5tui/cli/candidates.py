"""Candidate actors: the people, organisations and places the text names that the codebook
lacks, and the analyst's decisions on them (accept, reject, merge into a tag)."""

from __future__ import annotations

import click

from c5tui.cli.group import cli, opened
from c5tui.cli.output import emit_json
from c5tui.text.display import printable


@cli.group(invoke_without_command=True)
@click.option("--document", "document_id", type=int, help="Only the candidates of this document.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per candidate, per line.")
@click.pass_context
def candidates(ctx: click.Context, document_id: int | None, as_json: bool) -> None:
    """Actors the text names that the codebook lacks, most quoted first.

    Each has its base name (label), kind (person, organisation or place), every form
    seen with its Latin spelling (aliases), the quotes naming it, a suggested parent and
    a tag it may be the same as (merge).
    """
    if ctx.invoked_subcommand is not None:
        return
    with opened(ctx) as workspace:
        found = workspace.candidates(document_id)
    for candidate in found:
        if as_json:
            emit_json(candidate.as_json())
            continue
        hints = []
        if candidate.parent:
            hints.append(f"parent {candidate.parent}")
        if candidate.merge:
            hints.append(f"same as {candidate.merge}?")
        extra = f"  ({', '.join(hints)})" if hints else ""
        line = f"{candidate.kind:<12} {len(candidate.quotes):>3}  {candidate.label}{extra}"
        click.echo(printable(line, keep=""))


@candidates.command("accept")
@click.argument("label")
@click.option("--id", "tag_id", help="The new tag's id (default: from its Latin name).")
@click.option("--parent", help="Parent actor, e.g. kazakhstan (default: the suggested one).")
@click.pass_context
def candidates_accept(
    ctx: click.Context, label: str, tag_id: str | None, parent: str | None
) -> None:
    """Make a candidate an actor tag; its quotes are tagged with it."""
    with opened(ctx) as workspace:
        accepted = workspace.accept_candidate(label, tag_id, parent)
    tag = accepted.tag
    under = f" under {tag.parent}" if tag.parent else ""
    count = len(accepted.candidate.quotes)
    quotes = f"{count} quote{'' if count == 1 else 's'}"
    message = f"accepted {accepted.candidate.label} as actor {tag.id}{under} ({quotes})"
    click.echo(printable(message, keep=""))


@candidates.command("reject")
@click.argument("label")
@click.pass_context
def candidates_reject(ctx: click.Context, label: str) -> None:
    """Never propose this candidate again, under any of its names."""
    with opened(ctx) as workspace:
        candidate = workspace.reject_candidate(label)
    click.echo(printable(f"rejected {candidate.label}", keep=""))


@candidates.command("merge")
@click.argument("label")
@click.argument("tag_id", metavar="INTO")
@click.pass_context
def candidates_merge(ctx: click.Context, label: str, tag_id: str) -> None:
    """Add a candidate's names to an existing tag (``merge "Қасым-Жомарт Тоқаев" president_kz``)."""
    with opened(ctx) as workspace:
        candidate, _before = workspace.merge_candidate(label, tag_id)
    click.echo(printable(f"merged {candidate.label} into {tag_id}", keep=""))
