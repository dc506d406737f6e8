"""Tag commands: the codebook with counts, and user tags on quotes and claims."""

from __future__ import annotations

import re

import click

from c5tui.cli.group import cli, opened
from c5tui.cli.output import emit_json
from c5tui.cli.params import ItemId, claim_flag
from c5tui.errors import InputError
from c5tui.model import Tag
from c5tui.text.display import printable

TAG_CHANGE = re.compile(r"^([+-])([a-z0-9_]+)$")


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
            emit_json(
                {
                    **tag.definition_json(),
                    "origin": tag.origin,
                    "count": counts.get(tag.id, 0),
                }
            )
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


@tags.command("rename")
@click.argument("old")
@click.argument("new")
@click.pass_context
def tags_rename(ctx: click.Context, old: str, new: str) -> None:
    """Give a tag a new id; its quotes, claims and children follow."""
    with opened(ctx) as workspace:
        workspace.rename_tag(old, new)
    click.echo(f"renamed {old} to {new}")


@tags.command("relabel")
@click.argument("tag_id")
@click.option("--label-en", help="New English label.")
@click.option("--label-kk", help="New Kazakh label.")
@click.pass_context
def tags_relabel(
    ctx: click.Context, tag_id: str, label_en: str | None, label_kk: str | None
) -> None:
    """Change a tag's English or Kazakh label."""
    if label_en is None and label_kk is None:
        raise InputError("relabel needs --label-en or --label-kk")
    with opened(ctx) as workspace:
        workspace.relabel_tag(tag_id, label_en, label_kk)
    click.echo(f"relabelled {tag_id}")


@tags.command("parent")
@click.argument("tag_id")
@click.argument("parent", required=False)
@click.option("--none", "no_parent", is_flag=True, help="Put the tag under no parent.")
@click.pass_context
def tags_parent(ctx: click.Context, tag_id: str, parent: str | None, no_parent: bool) -> None:
    """Put an actor tag under another (a company under its country), or under none."""
    if (parent is None) == (not no_parent):
        raise InputError("give a PARENT tag or --none")
    with opened(ctx) as workspace:
        workspace.set_tag_parent(tag_id, parent)
    click.echo(f"{tag_id} is now under {parent}" if parent else f"{tag_id} is now at the top")


@tags.command("delete")
@click.argument("tag_id")
@click.pass_context
def tags_delete(ctx: click.Context, tag_id: str) -> None:
    """Delete a tag you made, with its tags on quotes and claims."""
    with opened(ctx) as workspace:
        workspace.delete_tag(tag_id)
    click.echo(f"deleted {tag_id}")
