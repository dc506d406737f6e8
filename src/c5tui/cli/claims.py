"""Claim commands: list claims; review the claims suggested on import; edit and link them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import click

from c5tui.cli.group import cli, in_session, opened
from c5tui.cli.output import claim_json, emit_json, emit_row
from c5tui.cli.params import ItemId
from c5tui.ids import parse_ids
from c5tui.model import ClaimSuggestion, Sentence
from c5tui.tagging.certainty import CERTAINTIES
from c5tui.tagging.curated import CLAIM_KINDS


@cli.group(invoke_without_command=True)
@click.option("--document", "document_id", type=ItemId("document"), help="Only this document.")
@click.option("--sector", help="Only claims with this sector (id or label).")
@click.option("--actor", help="Only claims with this actor (id or label).")
@click.option(
    "--kind", help="fact, statistic, forecast, opinion or recommendation (F/S/P/O/R, prediction…)."
)
@click.option("--query", "-q", help="Words and filters, as in 'c5tui search'.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per claim, per line.")
@click.pass_context
def claims(
    ctx: click.Context,
    document_id: int | None,
    sector: str | None,
    actor: str | None,
    kind: str | None,
    query: str | None,
    as_json: bool,
) -> None:
    """The checkable claims of the interviews, with the quotes that state them."""
    if ctx.invoked_subcommand is not None:
        return
    from c5tui.search.query import with_filters

    options = [("sector", sector), ("actor", actor), ("kind", kind)]
    text = with_filters(query or "", [(key, value) for key, value in options if value])
    with opened(ctx) as workspace:
        parsed = workspace.parse_query(text)
        parsed.raise_errors()
        found = workspace.find_claims(document_id=document_id, query=parsed)
    for claim in found:
        if as_json:
            emit_json(claim_json(claim))
        else:
            quotes = ",".join(str(i) for i in claim.sentence_ids)
            emit_row(claim.id, claim.kind, claim.certainty or "", f"[{quotes}]", claim.statement)


def suggestion_json(suggestion: ClaimSuggestion, quote: Sentence) -> dict[str, Any]:
    return {
        "id": suggestion.id,
        "document": suggestion.document_id,
        "quote": suggestion.sentence_id,
        "locator": quote.locator,
        "speaker": quote.speaker,
        "kind": suggestion.kind,
        "certainty": suggestion.certainty,
        "statement": suggestion.statement,
        "kk": quote.kk,
        "evidence": suggestion.evidence,
        "status": suggestion.status,
        "claim": suggestion.claim_id,
    }


@claims.command()
@click.option("--document", "document_id", type=ItemId("document"), help="Only this document.")
@click.option(
    "--status",
    type=click.Choice(["suggested", "accepted", "dismissed", "all"]),
    default="suggested",
    show_default=True,
    help="Which suggestions to list.",
)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per suggestion, per line.")
@click.pass_context
def suggested(ctx: click.Context, document_id: int | None, status: str, as_json: bool) -> None:
    """Claims suggested on import (statistics, forecasts, recommendations), for review."""
    with opened(ctx) as workspace:
        found = workspace.claim_suggestions(document_id, None if status == "all" else status)
        quotes = {q.id: q for q in workspace.quotes_by_id(s.sentence_id for s in found)}
    emit_suggestions(found, quotes, as_json)


def emit_suggestions(
    suggestions: Sequence[ClaimSuggestion], quotes: Mapping[int, Sentence], as_json: bool
) -> None:
    for suggestion in suggestions:
        quote = quotes[suggestion.sentence_id]
        if as_json:
            emit_json(suggestion_json(suggestion, quote))
        else:
            emit_row(
                suggestion.id,
                suggestion.kind,
                suggestion.certainty,
                f"{quote.locator} · {quote.speaker}",
                suggestion.statement,
            )


@claims.command()
@click.option("--document", "document_id", type=ItemId("document"), help="Only this document.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per new suggestion.")
@click.pass_context
def suggest(ctx: click.Context, document_id: int | None, as_json: bool) -> None:
    """Suggest claims again for stored documents (all, or one) and list the new ones.

    A quote is suggested once: one you dismissed or accepted, or that states a claim
    already, is never suggested again. Text output ends with how many are new.
    """
    with in_session(ctx) as session:
        change = session.suggest_claims(document_id)
        ids = [s.sentence_id for s in change.suggestions]
        quotes = {q.id: q for q in session.workspace.quotes_by_id(ids)}
    emit_suggestions(change.suggestions, quotes, as_json)
    if not as_json:
        review = " (review them with 'c5tui claims suggested')" if change.suggestions else ""
        click.echo(change.message + review)


@claims.command()
@click.argument("suggestion_id", type=ItemId("claim suggestion"))
@click.option("--statement", help="The claim in your words (keep the speaker's hedges).")
@click.option("--kind", type=click.Choice(CLAIM_KINDS), help="Another kind than suggested.")
@click.option("--json", "as_json", is_flag=True, help="Print the new claim as JSON.")
@click.pass_context
def accept(
    ctx: click.Context,
    suggestion_id: int,
    statement: str | None,
    kind: str | None,
    as_json: bool,
) -> None:
    """Make a suggested claim a claim, as suggested or edited."""
    with opened(ctx) as workspace:
        claim = workspace.accept_suggestion(suggestion_id, statement=statement, kind=kind)
    if as_json:
        emit_json(claim_json(claim))
    else:
        click.echo(f"claim {claim.id} accepted from suggestion {suggestion_id}")


@claims.command()
@click.argument("suggestion_ids", nargs=-1, required=True, type=ItemId("claim suggestion"))
@click.pass_context
def dismiss(ctx: click.Context, suggestion_ids: tuple[int, ...]) -> None:
    """Set suggested claims aside; they are no longer listed as suggested."""
    with opened(ctx) as workspace:
        for suggestion_id in suggestion_ids:
            workspace.dismiss_suggestion(suggestion_id)
    click.echo(f"{len(suggestion_ids)} dismissed")


@claims.command()
@click.argument("claim_id", type=ItemId("claim"))
@click.option("--statement", help="A new statement (keep the speaker's hedges).")
@click.option("--kind", type=click.Choice(CLAIM_KINDS), help="A new kind.")
@click.option("--certainty", type=click.Choice(CERTAINTIES), help="A new certainty.")
@click.option("--link", help="Quotes that state it too, of any document, e.g. 12,840.")
@click.option("--json", "as_json", is_flag=True, help="Print the claim as JSON.")
@click.pass_context
def edit(
    ctx: click.Context,
    claim_id: int,
    statement: str | None,
    kind: str | None,
    certainty: str | None,
    link: str | None,
    as_json: bool,
) -> None:
    """Change a claim's statement, kind or certainty, or link more quotes that state it."""
    quote_ids = parse_ids(link, "--link", "quote") if link is not None else []
    with opened(ctx) as workspace:
        if statement is not None or kind is not None or certainty is not None:
            workspace.edit_claim(claim_id, statement=statement, kind=kind, certainty=certainty)
        if quote_ids:
            workspace.link_quotes(claim_id, quote_ids)
        claim = workspace.claim(claim_id)
    if as_json:
        emit_json(claim_json(claim))
    else:
        quotes = ",".join(str(i) for i in claim.sentence_ids)
        click.echo(f"claim {claim.id} ({claim.qualified_kind}) [{quotes}]: {claim.statement}")
