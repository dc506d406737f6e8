"""From an article's text and metadata to a parsed document: paragraphs, sentences, voices."""

from __future__ import annotations

import hashlib
import re

from c5tui.corpus.attribution import attribute
from c5tui.corpus.decode import check_date
from c5tui.corpus.outlets import choose_outlet, dateline, outlet_in_text
from c5tui.corpus.sentences import split_sentences
from c5tui.corpus.source import ArticleSource, ImportOptions
from c5tui.errors import InputError
from c5tui.parsed import ParsedDocument, ParsedParagraph

TURN_MARKER = re.compile(r"^[—–-]\s+")


def body_paragraphs(source: ArticleSource) -> list[ParsedParagraph]:
    """One paragraph per non-blank body line; a dash and a space after the lead is a marker."""
    offset = source.body_offset
    paragraphs: list[ParsedParagraph] = []
    for number, line in enumerate(source.text[offset:].split("\n"), start=source.body_line):
        if line.strip():
            marker_match = TURN_MARKER.match(line)
            marker = marker_match.group(0) if marker_match else ""
            sentences = split_sentences(line[len(marker) :], offset + len(marker))
            if not sentences:
                raise InputError(
                    "a paragraph holds only a turn marker", path=source.source_name, line=number
                )
            paragraphs.append(ParsedParagraph(marker, tuple(sentences), offset, offset + len(line)))
        offset += len(line) + 1
    if not paragraphs:
        what = "a date line" if source.source_format == "kazinform" else "a title"
        raise InputError(
            f"the article has {what} but no text", path=source.source_name, line=source.body_line
        )
    return paragraphs


def build_document(source: ArticleSource, options: ImportOptions | None = None) -> ParsedDocument:
    """Parse an article source; the user's options win over what the source tells."""
    options = options or ImportOptions()
    date = check_date(options.date) if options.date else source.date
    title = (options.title or source.title).strip()
    if not title:
        raise InputError("the article has no title; give one with --title", path=source.source_name)
    body = body_paragraphs(source)
    texts = [p.text for p in body]
    outlet = choose_outlet(options.outlet, outlet_in_text(texts), source.outlet)
    found = attribute(body, outlet=outlet, title=title, speaker=options.speaker)
    return ParsedDocument(
        title=title,
        date=date,
        outlet=outlet,
        dateline=dateline(texts[0]),
        interviewee=found.interviewee,
        correspondent=found.correspondent,
        source_name=source.source_name,
        source_text=source.text,
        content_hash=hashlib.sha256(source.text.encode("utf-8")).hexdigest(),
        body=tuple(body),
        voices=found.voices,
        kind=found.kind,
        url=options.url or source.url,
        author=source.author,
        source_format=source.source_format,
    )
