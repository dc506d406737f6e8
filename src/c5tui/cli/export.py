"""Export commands: Markdown with citations, CSV, a JSON Lines backup, and merging one."""

from __future__ import annotations

import dataclasses
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

import click

from c5tui.cli.group import cli, opened
from c5tui.cli.output import emit_document, emit_json
from c5tui.errors import InputError
from c5tui.export.request import CITATIONS, GROUPS, LANGS, build_request, read_intro

if TYPE_CHECKING:
    from c5tui.workspace import Workspace

FORMATS = ("markdown", "jsonl", "csv")


def plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


@cli.command("export")
@click.option("--selection", "from_selection", is_flag=True, help="The selection basket (default).")
@click.option("--query", "-q", help="The quotes a search finds, best first (search syntax).")
@click.option("--ids", help="These quote ids, in this order, e.g. 57,12,3.")
@click.option("--claims", help="Also these claims, e.g. 1,2.")
@click.option("--sector", help="Only quotes and claims with this sector tag.")
@click.option("--actor", help="Only quotes and claims with this actor (or a child of it).")
@click.option(
    "--limit",
    default=1000,
    show_default=True,
    type=click.IntRange(1, 100_000),
    help="With --query: at most this many quotes.",
)
@click.option(
    "--no-glossary",
    "no_glossary",
    is_flag=True,
    help="With --query: only the words typed, no glossary hits (as search --no-glossary).",
)
@click.option(
    "--group-by",
    type=click.Choice(GROUPS),
    default="none",
    show_default=True,
    help="none keeps the basket's order and headings; or regroup by document, sector, actor.",
)
@click.option(
    "--lang",
    type=click.Choice(LANGS),
    default="both",
    show_default=True,
    help="en: an English brief; both: Kazakh then English; kk: Kazakh.",
)
@click.option("--with-notes/--no-notes", default=True, show_default=True)
@click.option("--title", default="", help="Title of the brief.")
@click.option(
    "--intro",
    "intro_file",
    type=click.Path(path_type=Path),
    help="A text file whose paragraphs open the brief.",
)
@click.option(
    "--with-cooccurrence",
    is_flag=True,
    help="Open the brief with a table of actors × sectors over its quotes.",
)
@click.option(
    "--citations",
    type=click.Choice(CITATIONS),
    default="notes",
    show_default=True,
    help="notes: footnotes (Chicago-like); inline: short references after each quote.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="markdown",
    show_default=True,
    help="markdown: quotes with citations; csv: quotes with tags; jsonl: a backup of your work.",
)
@click.option("-o", "--output", required=True, help="File to write, or - for standard output.")
@click.option("--force", is_flag=True, help="Overwrite the output file if it exists.")
@click.pass_context
def export(
    ctx: click.Context,
    from_selection: bool,
    query: str | None,
    ids: str | None,
    claims: str | None,
    sector: str | None,
    actor: str | None,
    limit: int,
    no_glossary: bool,
    group_by: str,
    lang: str,
    with_notes: bool,
    title: str,
    intro_file: Path | None,
    citations: str,
    with_cooccurrence: bool,
    fmt: str,
    output: str,
    force: bool,
) -> None:
    """Export a cited brief (Markdown), quotes with tags (CSV), or back up your work (jsonl).

    Markdown and CSV take the selection basket by default, in its order with its
    headings, or --query or --ids. `pandoc brief.md -o brief.docx` makes a Word file with
    the footnotes as footnotes. The
    jsonl backup holds only your own work (tags, notes, selection, codebook additions
    and edits, claims and verdicts, candidate decisions, English you typed or reviewed),
    for 'c5tui import-work' into another database.
    """
    from c5tui.export.markdown import render_markdown
    from c5tui.export.tabular import render_csv
    from c5tui.export.write import check_target, write_text
    from c5tui.paths import resolve_database_path

    target = None if output == "-" else Path(output)
    database = resolve_database_path(ctx.obj.get("db"))
    intro = read_intro(intro_file, database) if intro_file is not None else ""
    if target is not None:
        check_target(target, force=force, database=database)
    with opened(ctx) as workspace:
        if fmt == "jsonl":
            if from_selection or any(v is not None for v in (query, ids, claims, sector, actor)):
                raise InputError(
                    "a jsonl backup holds all your work; --selection, --query, --ids,"
                    " --claims, --sector and --actor are for markdown and csv"
                )
            counts = _backup(workspace, target, force, database)
            parts = [
                plural(counts["tag_def"], "codebook tag"),
                plural(counts["tag"], "tag decision"),
                plural(counts["note"], "note"),
                plural(counts["selection"], "selection item"),
            ]
            others = {
                "claim": counts["claim"],
                "codebook edit": counts["tag_edit"],
                "claim verdict": counts["suggestion"],
                "candidate decision": counts["candidate"],
                "English sentence": counts["translation"],
            }
            parts += [plural(n, word) for word, n in others.items() if n]
            summary = ", ".join(parts)
            if target is not None:
                click.echo(f"wrote {target}: {summary}")
            return
        else:
            request = build_request(
                workspace,
                from_selection=from_selection,
                query=query,
                ids=ids,
                claims=claims,
                sector=sector,
                actor=actor,
                limit=limit,
                glossary=not no_glossary,
                lang=lang,
                group_by=group_by,
                with_notes=with_notes,
                title=title,
                intro=intro,
                citations=citations,
                with_cooccurrence=with_cooccurrence,
            )
            if fmt == "csv":
                text = render_csv(workspace, request)
            else:
                text = render_markdown(workspace, request)
            summary = (
                f"{plural(len(request.sentence_ids), 'quote')},"
                f" {plural(len(request.claim_ids), 'claim')}"
            )
    if target is None:
        emit_document(text)
        return
    write_text(target, text, force=force, database=database)
    click.echo(f"wrote {target}: {summary}")


def _backup(workspace: Workspace, target: Path | None, force: bool, database: Path) -> Counter[str]:
    """Stream the backup into the file, or line by line to standard output."""
    from c5tui.export.backup import counted_lines, work_records, write_work

    if target is not None:
        return write_work(workspace, target, force=force, database=database)
    counts: Counter[str] = Counter()
    for line in counted_lines(work_records(workspace), counts):
        emit_document(line)
    return counts


@cli.command("import-work")
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the counts as a JSON object.")
@click.pass_context
def import_work(ctx: click.Context, file: Path, as_json: bool) -> None:
    """Merge a work backup (export --format jsonl) into this database.

    Importing the same file twice changes nothing; a note that two people changed is
    kept in both versions, flagged as a conflict. Nothing is written if a line is bad.
    """
    from c5tui.export.merge import merge_work, read_work
    from c5tui.paths import resolve_database_path

    read_work(file, database=resolve_database_path(ctx.obj.get("db")))
    with opened(ctx) as workspace:
        result = merge_work(workspace, file)
    if as_json:
        emit_json(dataclasses.asdict(result))
    else:
        click.echo(result.summary(str(file)))
