"""Note commands: annotate a quote or claim; list, edit and delete notes."""

from __future__ import annotations

import sys

import click

from c5tui.bounded_read import MIB, read_stream
from c5tui.cli.group import cli, opened
from c5tui.cli.output import emit_json, emit_row
from c5tui.cli.params import ItemId, claim_flag
from c5tui.errors import InputError
from c5tui.model import Note

# A note is read whole before it is stored; piping a file or /dev/zero must not exhaust memory.
NOTE_MAX_BYTES = MIB
STDIN = "standard input"


def note_json(note: Note) -> dict[str, object]:
    return {
        "id": note.id,
        "quote": note.sentence_id,
        "claim": note.claim_id,
        "body": note.body,
        "created_at": note.created_at,
        "updated_at": note.updated_at,
        "conflict": note.conflict,
    }


def read_body(text: str | None) -> str:
    """The note text: the argument, else standard input (bounded, strict UTF-8)."""
    if text is not None:
        return text
    if sys.stdin is None or sys.stdin.isatty():
        raise InputError("give the note text as an argument or on standard input")
    data = read_stream(sys.stdin.buffer, limit=NOTE_MAX_BYTES, kind="note", name=STDIN)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start})", path=STDIN
        ) from None


@cli.command()
@click.argument("item_id", type=ItemId("quote", or_claim=True))
@click.argument("text", required=False)
@claim_flag("ITEM_ID is a claim, not a quote.")
@click.option("--json", "as_json", is_flag=True, help="Print the new note as JSON.")
@click.pass_context
def annotate(
    ctx: click.Context, item_id: int, text: str | None, claim: bool, as_json: bool
) -> None:
    """Add a note to a quote (or claim); TEXT may come on standard input."""
    with opened(ctx) as workspace:
        note = workspace.add_note("claim" if claim else "sentence", item_id, read_body(text))
    if as_json:
        emit_json(note_json(note))
    else:
        click.echo(f"note {note.id} added to {'claim' if claim else 'quote'} {item_id}")


@cli.group(invoke_without_command=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per note, per line.")
@click.pass_context
def notes(ctx: click.Context, as_json: bool) -> None:
    """Every note, oldest first."""
    if ctx.invoked_subcommand is not None:
        return
    with opened(ctx) as workspace:
        found = workspace.all_notes()
    for note in found:
        if as_json:
            emit_json(note_json(note))
        else:
            target = f"quote {note.sentence_id}" if note.sentence_id else f"claim {note.claim_id}"
            flag = " [conflict]" if note.conflict else ""
            emit_row(note.id, target, f"{note.updated_at}{flag}", note.body)


@notes.command("edit")
@click.argument("note_id", type=ItemId("note"))
@click.argument("text", required=False)
@click.pass_context
def notes_edit(ctx: click.Context, note_id: int, text: str | None) -> None:
    """Replace the text of a note."""
    with opened(ctx) as workspace:
        workspace.edit_note(note_id, read_body(text))
    click.echo(f"note {note_id} updated")


@notes.command("delete")
@click.argument("note_id", type=ItemId("note"))
@click.pass_context
def notes_delete(ctx: click.Context, note_id: int) -> None:
    """Delete a note."""
    with opened(ctx) as workspace:
        workspace.delete_note(note_id)
    click.echo(f"note {note_id} deleted")
