"""Quotes with their tags as CSV, for spreadsheets: one row per quote, text verbatim."""

from __future__ import annotations

import csv
import io

from c5tui.export.gather import gather
from c5tui.export.request import ExportRequest
from c5tui.workspace import Workspace

BASE_COLUMNS = (
    "id",
    "outlet",
    "date",
    "document",
    "key",
    "locator",
    "role",
    "speaker",
)


def columns(request: ExportRequest) -> list[str]:
    langs: list[str] = ["kk", "en"] if request.lang == "both" else [request.lang]
    if "en" in langs:
        langs.append("en_provenance")  # where the English came from, and if it was read
    tail = ["sectors", "actors", "sector_ids", "actor_ids", "claims"]
    return [*BASE_COLUMNS, *langs, *tail, *(["notes"] if request.with_notes else [])]


def render_csv(workspace: Workspace, request: ExportRequest) -> str:
    """The quotes of a request in its order, as CSV text (RFC 4180, with a header row).

    Several tags, claims or notes in one cell are separated by line breaks; a
    spreadsheet shows them on separate lines of the cell.
    """
    data = gather(workspace, request)
    names = columns(request)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(names)
    for quote in data.quotes:
        document = data.documents[quote.document_id]
        sectors = data.ordered(quote.tags, "sector")
        actors = data.ordered(quote.tags, "actor")
        row = {
            "id": str(quote.id),
            "outlet": document.outlet,
            "date": document.date or "",
            "document": document.title,
            "key": quote.key,
            "locator": quote.locator,
            "role": quote.role,
            "speaker": quote.speaker,
            "kk": quote.kk,
            "en": quote.en or "",
            "en_provenance": quote.en_provenance.summary if quote.en_provenance else "",
            "sectors": "\n".join(t.label_en for t in sectors),
            "actors": "\n".join(t.label_en for t in actors),
            "sector_ids": " ".join(t.id for t in sectors),
            "actor_ids": " ".join(t.id for t in actors),
            "claims": "\n".join(
                f"{c.qualified_kind}: {c.statement}" for c in data.quote_claims.get(quote.id, ())
            ),
            "notes": "\n\n".join(n.body for n in data.quote_notes.get(quote.id, ())),
        }
        writer.writerow([row[name] for name in names])
    return buffer.getvalue()
