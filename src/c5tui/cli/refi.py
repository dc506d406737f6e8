"""REFI-QDA exchange files: the codebook as .qdc, the project as .qdpx."""

from __future__ import annotations

from pathlib import Path

import click

from c5tui.cli.group import cli, opened
from c5tui.text.display import printable


@cli.group("refi-qda")
def refi_qda() -> None:
    """REFI-QDA exchange files for QualCoder, ATLAS.ti, MAXQDA, NVivo and others."""


@refi_qda.command("codebook")
@click.argument("path", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--force", is_flag=True, help="Overwrite the file if it exists.")
@click.pass_context
def refi_codebook(ctx: click.Context, path: Path, force: bool) -> None:
    """Write the codebook (sectors, actors under their parents) as a .qdc file."""
    with opened(ctx) as workspace:
        count = workspace.export_codebook_qdc(path, force=force)
    click.echo(printable(f"wrote {count} codes to {path}", keep=""))


@refi_qda.command("project")
@click.argument("path", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--force", is_flag=True, help="Overwrite the file if it exists.")
@click.pass_context
def refi_project(ctx: click.Context, path: Path, force: bool) -> None:
    """Write the documents, codes, tagged quotes and notes as a .qdpx project."""
    with opened(ctx) as workspace:
        count = workspace.export_project_qdpx(path, force=force)
    noun = "document" if count == 1 else "documents"
    click.echo(printable(f"wrote {count} {noun} to {path}", keep=""))
