"""Export commands: Markdown with citations, CSV, a JSON Lines backup, and merging one."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import click

from c5tui.cli.group import cli, opened
from c5tui.cli.output import emit_document, emit_json
from c5tui.cli.params import parse_ids
from c5tui.errors import InputError
from c5tui.export.request import (
    GROUPS,
    LANGS,
    ExportRequest,
    filter_request,
    ids_request,
    search_request,
    selection_request,
)
from c5tui.workspace import Workspace

FORMATS = ("markdown", "jsonl", "csv")


def plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def build_request(
    workspace: Workspace,
    *,
    from_selection: bool,
    query: str | None,
    ids: str | None,
    claims: str | None,
    sector: str | None,
    actor: str | None,
    limit: int,
    **options: object,
) -> ExportRequest:
    """The request the options describe: the selection (default), a search, or ids."""
    if from_selection + (query is not None) + (ids is not None) > 1:
        raise InputError("choose one of --selection, --query and --ids")
    claim_ids = parse_ids(claims, "--claims", "claim") if claims is not None else []
    if ids is not None:
        quote_ids = parse_ids(ids, "--ids", "quote")
        description = {"source": "ids", "ids": ",".join(map(str, quote_ids))}
        request = ids_request(workspace, quote_ids, claim_ids, description=description, **options)
        empty = "no quotes given"
    elif query is not None:
        text = query + "".join(f" {k}:{v}" for k, v in (("sector", sector), ("actor", actor)) if v)
        for tag_id in (sector, actor):
            if tag_id:
                workspace.require_tag(tag_id)
        request = search_request(
            workspace,
            text,
            limit=limit,
            claim_ids=claim_ids,
            description={"source": "query", "query": query},
            **options,
        )
        empty = f"no quotes match {query!r}"
    else:
        request = selection_request(workspace, **options)
        if claim_ids:
            for claim_id in claim_ids:
                workspace.claim(claim_id)
            extra = tuple(i for i in claim_ids if i not in request.claim_ids)
            request = dataclasses.replace(request, claim_ids=request.claim_ids + extra)
        empty = "the selection is empty; select quotes with 'c5tui select ID…'"
    before = bool(request.sentence_ids or request.claim_ids)
    request = filter_request(workspace, request, sector=sector, actor=actor)
    if claims is not None:
        description = {**request.description, "claims": ",".join(map(str, request.claim_ids))}
        request = dataclasses.replace(request, description=description)
    if not (request.sentence_ids or request.claim_ids):
        if before:
            empty = "no quotes or claims carry the tags asked for (--sector, --actor)"
        raise InputError(f"nothing to export: {empty}")
    return request


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
@click.option("--group-by", type=click.Choice(GROUPS), default="document", show_default=True)
@click.option("--lang", type=click.Choice(LANGS), default="both", show_default=True)
@click.option("--with-notes/--no-notes", default=True, show_default=True)
@click.option("--title", default="", help="Title of the Markdown document.")
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
    group_by: str,
    lang: str,
    with_notes: bool,
    title: str,
    fmt: str,
    output: str,
    force: bool,
) -> None:
    """Export quotes with citations (Markdown or CSV), or back up your work (jsonl).

    Markdown and CSV take the selection basket by default, or --query or --ids. The
    jsonl backup holds your tags, notes, selection and codebook additions, for
    'c5tui import-work' into another database.
    """
    from c5tui.export.backup import dump_records, work_records
    from c5tui.export.markdown import render_markdown
    from c5tui.export.tabular import render_csv
    from c5tui.export.write import check_target, write_text
    from c5tui.paths import resolve_database_path

    target = None if output == "-" else Path(output)
    database = resolve_database_path(ctx.obj.get("db"))
    if target is not None:
        check_target(target, force=force, database=database)
    with opened(ctx) as workspace:
        if fmt == "jsonl":
            if from_selection or any(v is not None for v in (query, ids, claims, sector, actor)):
                raise InputError(
                    "a jsonl backup holds all your work; --selection, --query, --ids,"
                    " --claims, --sector and --actor are for markdown and csv"
                )
            records = work_records(workspace)
            text = dump_records(records)
            kinds = [r["type"] for r in records[1:]]
            mine = sum(1 for r in records[1:] if r["type"] == "tag" and r["source"] == "user")
            summary = ", ".join(
                [
                    plural(kinds.count("tag_def"), "codebook tag"),
                    plural(mine, "tag decision"),
                    plural(kinds.count("note"), "note"),
                    plural(kinds.count("selection"), "selection item"),
                ]
            )
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
                lang=lang,
                group_by=group_by,
                with_notes=with_notes,
                title=title,
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
