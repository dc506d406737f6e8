"""The search command: the same engine and query syntax as the TUI."""

from __future__ import annotations

import click

from c5tui.cli.group import cli, opened
from c5tui.cli.output import emit_json, emit_row, place, role_label, sentence_json


@cli.command()
@click.argument("query", nargs=-1, required=True)
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1, 10_000))
@click.option("--sector", "sectors", multiple=True, help="Only quotes with this sector tag.")
@click.option("--actor", "actors", multiple=True, help="Only quotes with this actor tag.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per hit, per line.")
@click.option(
    "--no-glossary",
    "no_glossary",
    is_flag=True,
    help="Match only the words typed: no English→Kazakh (or Kazakh→English) glossary hits.",
)
@click.pass_context
def search(
    ctx: click.Context,
    query: tuple[str, ...],
    limit: int,
    sectors: tuple[str, ...],
    actors: tuple[str, ...],
    as_json: bool,
    no_glossary: bool,
) -> None:
    """Search quotes in Kazakh (Cyrillic or Latin, any keyboard) and English.

    QUERY has words, "exact phrases", -excluded words, a OR b, and filters: sector: actor:
    kind: (id, label or alias) speaker: role:question|answer|lead has:note|claim|tag
    is:selected doc:; an unknown filter value is an error. English terms also find their
    Kazakh renderings in untranslated text through the glossary (below every direct hit,
    with a negative score); --json names each pair found under "glossary".
    """
    from c5tui.search.engine import SearchEngine
    from c5tui.search.query import with_filters

    options = [("sector", s) for s in sectors] + [("actor", a) for a in actors]
    text = with_filters(" ".join(query), options)
    with opened(ctx) as workspace:
        assert workspace.path is not None
        with SearchEngine(workspace.path) as engine:
            parsed = engine.parse(text)
            parsed.raise_errors()
            hits = engine.search(parsed, limit=limit, glossary=not no_glossary)
        sentences = {s.id: s for s in workspace.quotes_by_id([h.sentence_id for h in hits])}
        labels = workspace.document_labels()
    for hit in hits:
        sentence = sentences[hit.sentence_id]
        if as_json:
            emit_json(
                {
                    **sentence_json(sentence),
                    "score": hit.score,
                    "matched": hit.matched,
                    "spans": [list(span) for span in hit.spans],
                    "glossary": [{"term": term, "word": word} for term, word in hit.glossary],
                }
            )
        else:
            text_shown = sentence.kk if hit.matched == "kk" else (sentence.en or "")
            emit_row(
                sentence.id,
                f"{hit.score:.2f}",
                place(sentence, labels),
                role_label(sentence),
                text_shown,
            )
