"""Read an article from a file or a URL in whatever format it is, and parse it."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from c5tui.bounded_read import read_file
from c5tui.corpus.build import build_document
from c5tui.corpus.decode import MAX_BYTES, decode_source
from c5tui.corpus.formats.detect import detect_format
from c5tui.corpus.formats.fetch import fetch, is_url
from c5tui.corpus.formats.html import read_html
from c5tui.corpus.formats.kazinform import read_kazinform
from c5tui.corpus.formats.text import read_text
from c5tui.corpus.source import ArticleSource, ImportOptions
from c5tui.parsed import ParsedDocument


def source_from_bytes(
    data: bytes,
    name: str,
    options: ImportOptions,
    *,
    url: str | None = None,
    charset: str | None = None,
) -> ArticleSource:
    """The article in ``data``, in the format forced by ``options`` or detected."""
    kind = options.format or detect_format(data, name)
    if kind == "html":
        return read_html(data, name, url=url, charset=charset, title=options.title)
    text = decode_source(data, name)
    if kind == "kazinform":
        return read_kazinform(text, name)
    return read_text(text, name, title=options.title)


def load_article(
    target: str | Path,
    options: ImportOptions | None = None,
    *,
    database: Path | None = None,
    timeout: float | None = None,
) -> ParsedDocument:
    """Read and parse an article file or URL; errors name it as the user gave it."""
    options = options or ImportOptions()
    if isinstance(target, str) and is_url(target):
        page = fetch(target, timeout=timeout)
        forced = options.format if options.format not in (None, "html") else "html"
        source = source_from_bytes(
            page.data,
            target,
            dataclasses.replace(options, format=forced),
            url=page.url,
            charset=page.charset,
        )
        return build_document(source, options)
    path = Path(target)
    data = read_file(path, limit=MAX_BYTES, kind="article", database=database)
    document = build_document(source_from_bytes(data, str(path), options), options)
    # The store keeps only the file name; errors above named the path as given.
    return dataclasses.replace(document, source_name=path.name)
