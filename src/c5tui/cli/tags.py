"""Tag commands: the codebook with counts, and user tags on quotes and claims."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import click

from c5tui.cli.group import cli, in_session, opened
from c5tui.cli.output import emit_json
from c5tui.cli.params import ItemId, claim_flag
from c5tui.errors import InputError
from c5tui.model import Tag
from c5tui.text.display import printable

if TYPE_CHECKING:
    from c5tui.workspace import Workspace

TAG_CHANGE = re.compile(r"^([+-])([a-z0-9_]+)$")
JSON_HELP = "Print the tag as JSON, as 'c5tui tags --json' does."


def tag_json(tag: Tag, count: int) -> dict[str, object]:
    """A codebook entry with its origin and how many quotes carry it."""
    return {**tag.definition_json(), "origin": tag.origin, "count": count}


@cli.group(invoke_without_command=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per tag, per line.")
@click.pass_context
def tags(ctx: click.Context, as_json: bool) -> None:
    """The codebook: every sector and actor tag with how many quotes carry it."""
    if ctx.invoked_subcommand is not None:
        return
    with opened(ctx) as workspace:
        codebook = workspace.tags()
        counts = workspace.tag_counts()
    for tag in codebook:
        if as_json:
            emit_json(tag_json(tag, counts.get(tag.id, 0)))
        else:
            parent = f" ({tag.parent})" if tag.parent else ""
            labels = printable(f"{tag.label_en} / {tag.label_kk}", keep="")
            click.echo(f"{tag.kind:<6}  {tag.id + parent:<28} {counts.get(tag.id, 0):>4}  {labels}")


@tags.command("add")
@click.argument("tag_id")
@click.option("--kind", type=click.Choice(["sector", "actor"]), required=True)
@click.option("--label-en", required=True, help="English label.")
@click.option("--label-kk", help="Kazakh label (default: the English one).")
@click.option("--definition", default="", help="One line saying what the tag covers.")
@click.option("--alias", "aliases", multiple=True, help="A name or spelling the auto-tagger finds.")
@click.option("--parent", help="Parent actor (a child tag also counts for its parent).")
@click.option("--colour", help="Display colour, e.g. '#d62728'.")
@click.pass_context
def tags_add(
    ctx: click.Context,
    tag_id: str,
    kind: str,
    label_en: str,
    label_kk: str | None,
    definition: str,
    aliases: tuple[str, ...],
    parent: str | None,
    colour: str | None,
) -> None:
    """Create a user tag in the codebook."""
    tag = Tag(
        id=tag_id,
        kind=kind,  # type: ignore[arg-type]
        label_kk=label_kk or label_en,
        label_en=label_en,
        definition=definition,
        aliases=aliases,
        parent=parent,
        colour=colour,
        origin="user",
    )
    with opened(ctx) as workspace:
        workspace.create_tag(tag)
    click.echo(f"created {kind} tag {tag_id}")


def _echo_tag(workspace: Workspace, tag_id: str, message: str, as_json: bool) -> None:
    if as_json:
        emit_json(tag_json(workspace.tag(tag_id), workspace.tag_counts().get(tag_id, 0)))
    else:
        click.echo(printable(message, keep=""))


@tags.command("rename")
@click.argument("old")
@click.argument("new")
@click.option("--json", "as_json", is_flag=True, help=JSON_HELP)
@click.pass_context
def tags_rename(ctx: click.Context, old: str, new: str, as_json: bool) -> None:
    """Give one of your tags a new id; its quotes, claims and child tags follow it."""
    with in_session(ctx) as session:
        session.rename_tag(old, new)
        _echo_tag(session.workspace, new, f"renamed {old} to {new}", as_json)


@tags.command("relabel")
@click.argument("tag_id", metavar="ID")
@click.option("--en", "--label-en", "label_en", help="New English label.")
@click.option("--kk", "--label-kk", "label_kk", help="New Kazakh label.")
@click.option("--json", "as_json", is_flag=True, help=JSON_HELP)
@click.pass_context
def tags_relabel(
    ctx: click.Context, tag_id: str, label_en: str | None, label_kk: str | None, as_json: bool
) -> None:
    """Change a tag's English and/or Kazakh label (codebook tags too)."""
    if label_en is None and label_kk is None:
        raise click.UsageError("give --en, --kk or both")
    with in_session(ctx) as session:
        session.relabel_tag(tag_id, label_en, label_kk)
        tag = session.workspace.tag(tag_id)
        message = f"relabelled {tag_id}: {tag.label_en} / {tag.label_kk}"
        _echo_tag(session.workspace, tag_id, message, as_json)


@tags.command("parent")
@click.argument("tag_id", metavar="ID")
@click.argument("parent", required=False)
@click.option("--none", "no_parent", is_flag=True, help="Under no parent: a top-level actor.")
@click.option("--json", "as_json", is_flag=True, help=JSON_HELP)
@click.pass_context
def tags_parent(
    ctx: click.Context, tag_id: str, parent: str | None, no_parent: bool, as_json: bool
) -> None:
    """Put an actor tag under another (c5tui tags parent chevron usa), or under none."""
    if (parent is None) == (not no_parent):
        raise click.UsageError(
            "give a PARENT or --none, not both" if no_parent else "give a PARENT or --none"
        )
    with in_session(ctx) as session:
        session.set_tag_parent(tag_id, parent)
        where = f"under {parent}" if parent else "at the top"
        _echo_tag(session.workspace, tag_id, f"{tag_id} is now {where}", as_json)


@tags.command("delete")
@click.argument("tag_id", metavar="ID")
@click.option("--json", "as_json", is_flag=True, help="Print the tag as it was, as JSON.")
@click.pass_context
def tags_delete(ctx: click.Context, tag_id: str, as_json: bool) -> None:
    """Delete one of your tags with its tags on quotes and claims (codebook tags stay)."""
    with in_session(ctx) as session:
        tag = session.workspace.tag(tag_id)
        count = session.workspace.tag_counts().get(tag_id, 0)
        session.delete_tag(tag_id)
    if as_json:
        emit_json(tag_json(tag, count))
    else:
        quotes = f"{count} quote{'' if count == 1 else 's'}"
        click.echo(printable(f"deleted {tag_id} (it was on {quotes})", keep=""))


@cli.command(context_settings={"ignore_unknown_options": True})
@click.argument("item_id", type=ItemId("quote", or_claim=True))
@click.argument("changes", nargs=-1, type=click.UNPROCESSED, required=True)
@claim_flag("ITEM_ID is a claim, not a quote.")
@click.pass_context
def tag(ctx: click.Context, item_id: int, changes: tuple[str, ...], claim: bool) -> None:
    """Add (+ID) or remove (-ID) tags on a quote or claim, e.g. c5tui tag 17 +minerals -usa.

    Your decision is kept apart from curated and automatic tags and always wins.
    """
    add: list[str] = []
    remove: list[str] = []
    for change in changes:
        match = TAG_CHANGE.match(change)
        if match is None:
            raise InputError(f"expected +TAG or -TAG, got {change!r}")
        (add if match.group(1) == "+" else remove).append(match.group(2))
    owner = "claim" if claim else "sentence"
    with opened(ctx) as workspace:
        workspace.set_tags(owner, item_id, add, remove)
        item = workspace.claim(item_id) if claim else workspace.quote(item_id)
    labels = printable(", ".join(t.tag for t in item.tags), keep="") or "no tags"
    click.echo(f"{'claim' if claim else 'quote'} {item_id}: {labels}")
