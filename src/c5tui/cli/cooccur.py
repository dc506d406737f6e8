"""``c5tui cooccur``: how often actors and sectors are on the same quote."""

from __future__ import annotations

import click

from c5tui.cli.group import cli, opened
from c5tui.cli.output import emit_json
from c5tui.tagging.cooccur import KINDS, Matrix
from c5tui.text.display import printable


def matrix_lines(matrix: Matrix) -> list[str]:
    """A plain-text table: one row per row tag (English label), one column per tag id."""
    labels = [printable(t.label_en, keep="") for t in matrix.rows]
    first = max([len(label) for label in labels] + [0])
    heads = [printable(t.id, keep="") for t in matrix.cols]
    widths = [max(len(h), len(str(max((r[c] for r in matrix.counts), default=0)))) for c, h in
              enumerate(heads)]  # fmt: skip
    lines = [" " * first + "  " + "  ".join(h.rjust(w) for h, w in zip(heads, widths, strict=True))]
    for label, counts in zip(labels, matrix.counts, strict=True):
        cells = "  ".join(str(n).rjust(w) for n, w in zip(counts, widths, strict=True))
        lines.append(f"{label.ljust(first)}  {cells}")
    return lines


@cli.command()
@click.argument("query", required=False)
@click.option("--rows", type=click.Choice(KINDS), default="actor", show_default=True)
@click.option(
    "--cols", type=click.Choice(KINDS), help="Column tags  [default: the kind rows are not]"
)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per cell, per line.")
@click.pass_context
def cooccur(
    ctx: click.Context, query: str | None, rows: str, cols: str | None, as_json: bool
) -> None:
    """Count the quotes on which a row tag and a column tag are both (actor × sector).

    A child actor counts for its parent (trump for usa). QUERY (search syntax) limits the
    count to the quotes it finds; without it, the whole corpus is counted.
    """
    cols = cols or ("sector" if rows == "actor" else "actor")
    with opened(ctx) as workspace:
        matrix = workspace.cooccurrence(rows, cols, query)
    if as_json:
        for cell in matrix.cells():
            emit_json(
                {
                    "row": cell.row.id,
                    "row_label": cell.row.label_en,
                    "col": cell.col.id,
                    "col_label": cell.col.label_en,
                    "count": cell.count,
                }
            )
        return
    if not matrix.rows or not matrix.cols:
        click.echo(f"no quote has both an {rows} tag and a {cols} tag")
        return
    for line in matrix_lines(matrix):
        click.echo(line)
    scope = f"the {matrix.quotes} tagged quotes matching {query!r}" if query else None
    click.echo(f"over {scope or f'{matrix.quotes} tagged quotes'}")
