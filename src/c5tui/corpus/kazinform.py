"""Parse article text (a Kazinform date-line text or plain text) given as a string or a file.

The Kazinform format: a first line `` date YYYY-MM-DD <title>`` (or `` date unknown
<title>``), a lead paragraph that opens with a dateline (``АСТАНА. KAZINFORM — …``), then
one paragraph per line. Text without the date line is plain text: the title on the first
line. See :mod:`c5tui.corpus.attribution` for how turns, quotes and speakers are found.
"""

from __future__ import annotations

from pathlib import Path

from c5tui.corpus.build import build_document
from c5tui.corpus.decode import MAX_BYTES, decode_source, is_calendar_date
from c5tui.corpus.formats.kazinform import is_kazinform, read_kazinform
from c5tui.corpus.formats.text import read_text
from c5tui.corpus.reader import load_article
from c5tui.corpus.source import ImportOptions
from c5tui.parsed import ParsedDocument

__all__ = ["MAX_BYTES", "decode_source", "is_calendar_date", "parse_article", "read_article"]


def parse_article(
    text: str,
    source_name: str = "<text>",
    *,
    interviewee: str | None = None,
    options: ImportOptions | None = None,
) -> ParsedDocument:
    """Parse decoded article text. Raises :class:`InputError` naming the line at fault."""
    options = options or ImportOptions(speaker=interviewee)
    if options.format == "kazinform" or (options.format is None and is_kazinform(text)):
        source = read_kazinform(text, source_name)
    else:
        source = read_text(text, source_name, title=options.title)
    return build_document(source, options)


def read_article(
    path: Path,
    *,
    interviewee: str | None = None,
    database: Path | None = None,
    options: ImportOptions | None = None,
) -> ParsedDocument:
    """Read, detect, decode and parse an article file (never ``database``, the one in use)."""
    return load_article(path, options or ImportOptions(speaker=interviewee), database=database)
