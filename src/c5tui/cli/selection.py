"""Selection commands: put quotes, claims and headings in the basket, take them out, list it."""

from __future__ import annotations

import click

from c5tui.cli.group import cli, opened
from c5tui.cli.output import emit_json, emit_row, place
from c5tui.cli.params import ItemId, claim_flag
from c5tui.text.display import printable


@cli.command()
@click.argument("item_ids", type=ItemId("quote", or_claim=True), nargs=-1, required=True)
@claim_flag("The ids are claims, not quotes.")
@click.pass_context
def select(ctx: click.Context, item_ids: tuple[int, ...], claim: bool) -> None:
    """Add quotes (or claims) to the selection basket, in the order given."""
    owner = "claim" if claim else "sentence"
    with opened(ctx) as workspace:
        added = workspace.select_many(owner, item_ids)
        total = len(workspace.selection())
    click.echo(f"{added} added; {total} in the selection")


@cli.command()
@click.argument("item_ids", type=ItemId("quote", or_claim=True), nargs=-1)
@claim_flag("The ids are claims, not quotes.")
@click.option("--all", "everything", is_flag=True, help="Empty the basket.")
@click.pass_context
def unselect(ctx: click.Context, item_ids: tuple[int, ...], claim: bool, everything: bool) -> None:
    """Take quotes (or claims) out of the selection basket."""
    owner = "claim" if claim else "sentence"
    with opened(ctx) as workspace:
        if everything:
            removed = workspace.clear_selection()
        else:
            removed = workspace.unselect_many(owner, item_ids)
        total = len(workspace.selection())
    click.echo(f"{removed} removed; {total} in the selection")


@cli.group(invoke_without_command=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per item, per line.")
@click.pass_context
def selection(ctx: click.Context, as_json: bool) -> None:
    """The selection basket in its order; `selection move` reorders it, `selection heading`
    opens a section of the brief."""
    if ctx.invoked_subcommand is not None:
        return
    with opened(ctx) as workspace:
        items = workspace.selection()
        quotes = {
            q.id: q for q in workspace.quotes_by_id([i.sentence_id for i in items if i.sentence_id])
        }
        claims = {c.id: c for c in workspace.claims()}
        labels = workspace.document_labels()
    for item in items:
        if item.heading is not None:
            if as_json:
                emit_json({"kind": "heading", "id": item.row_id, "text": item.heading})
            else:
                emit_row("heading", item.row_id, "", item.heading)
        elif item.sentence_id is not None:
            quote = quotes[item.sentence_id]
            if as_json:
                emit_json({"kind": "quote", "id": quote.id, "kk": quote.kk, "en": quote.en})
            else:
                emit_row("quote", quote.id, place(quote, labels), quote.kk)
        elif item.claim_id is not None:
            claim = claims[item.claim_id]
            if as_json:
                emit_json({"kind": "claim", "id": claim.id, "statement": claim.statement})
            else:
                emit_row("claim", claim.id, claim.kind, claim.statement)


@selection.command("move")
@click.argument("item_id", type=ItemId("quote", or_claim=True))
@claim_flag("The ids are claims, not quotes.")
@click.option(
    "--to", "place", type=click.IntRange(min=1), help="The place to move to (1 is first)."
)
@click.option("--before", type=ItemId("quote", or_claim=True), help="Put it before this item.")
@click.option("--after", type=ItemId("quote", or_claim=True), help="Put it after this item.")
@click.pass_context
def move(
    ctx: click.Context,
    item_id: int,
    claim: bool,
    place: int | None,
    before: int | None,
    after: int | None,
) -> None:
    """Move a quote (or claim) in the basket: to a place, or before or after another item."""
    if sum(option is not None for option in (place, before, after)) != 1:
        raise click.UsageError("give exactly one of --to N, --before ID, --after ID")
    owner = "claim" if claim else "sentence"
    with opened(ctx) as workspace:
        now_at = workspace.move_selected_to(owner, item_id, place=place, before=before, after=after)
        total = len(workspace.selection())
    click.echo(f"{'claim' if claim else 'quote'} {item_id} is now {now_at} of {total}")


@selection.command("heading")
@click.argument("text", required=False)
@click.option("--before", type=ItemId("quote", or_claim=True), help="Put it before this item.")
@click.option("--after", type=ItemId("quote", or_claim=True), help="Put it after this item.")
@claim_flag("--before/--after name a claim, not a quote.")
@click.option("--rename", "rename_id", type=ItemId("heading"), help="Give this heading TEXT.")
@click.option("--remove", "remove_id", type=ItemId("heading"), help="Take this heading out.")
@click.pass_context
def heading(
    ctx: click.Context,
    text: str | None,
    before: int | None,
    after: int | None,
    claim: bool,
    rename_id: int | None,
    remove_id: int | None,
) -> None:
    """Put a section heading in the basket (the end, or --before/--after an item).

    The brief opens a section there. `selection` lists headings with their ids, for
    --rename ID TEXT and --remove ID.
    """
    if before is not None and after is not None:
        raise click.UsageError("give --before or --after, not both")
    if remove_id is not None:
        if text is not None or rename_id is not None or other_given(before, after):
            raise click.UsageError("--remove ID takes no text and no other option")
        with opened(ctx) as workspace:
            removed, _ = workspace.remove_heading(remove_id)
        click.echo(f"heading {remove_id} removed: {printable(removed)}")
        return
    if text is None:
        raise click.UsageError("give the heading's text")
    with opened(ctx) as workspace:
        if rename_id is not None:
            if before is not None or after is not None:
                raise click.UsageError("--rename takes no --before or --after")
            workspace.rename_heading(rename_id, text)
            click.echo(f"heading {rename_id} renamed")
            return
        other = before if before is not None else after
        next_to = None if other is None else ("claim" if claim else "sentence", other)
        heading_id = workspace.add_heading(text, next_to=next_to, after=after is not None)
        total = len(workspace.selection())
    click.echo(f"heading {heading_id} added; {total} in the selection")


def other_given(before: int | None, after: int | None) -> bool:
    return before is not None or after is not None
