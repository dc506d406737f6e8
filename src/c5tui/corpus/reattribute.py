"""Parse a stored document again (its speaker or outlet changed) without moving a sentence."""

from __future__ import annotations

from c5tui.corpus.build import build_document
from c5tui.corpus.source import ArticleSource, ImportOptions
from c5tui.parsed import ParsedDocument


def reparse(
    text: str,
    source_format: str,
    body_offset: int,
    *,
    title: str,
    date: str | None,
    outlet: str,
    url: str | None,
    speaker: str | None,
) -> ParsedDocument:
    """The stored text parsed again from its first paragraph on, with the given metadata.

    ``body_offset`` is where the stored first paragraph starts, so the paragraphs and
    sentences come out exactly as stored, whatever title the document has now.
    """
    source = ArticleSource(
        text=text,
        body_offset=body_offset,
        body_line=text[:body_offset].count("\n") + 1,
        title=title,
        date=date,
        source_name="<stored>",
        source_format=source_format,
    )
    options = ImportOptions(title=title, date=date, outlet=outlet, url=url, speaker=speaker)
    return build_document(source, options)
