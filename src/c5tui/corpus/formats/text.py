"""Plain text pasted from a browser: the title on the first line (or ``--title``), then the body."""

from __future__ import annotations

from c5tui.corpus.outlets import DATELINE
from c5tui.corpus.source import ArticleSource
from c5tui.errors import InputError


def read_text(text: str, source_name: str, *, title: str | None = None) -> ArticleSource:
    """The first non-blank line is the title unless ``title`` is given (then it is body,
    except a first line that repeats the given title)."""
    offset, line_number = 0, 1
    lines = text.split("\n")
    while line_number <= len(lines) and not lines[line_number - 1].strip():
        offset += len(lines[line_number - 1]) + 1
        line_number += 1
    if line_number > len(lines):
        raise InputError("the file is empty", path=source_name)
    first = lines[line_number - 1]
    if title is not None and first.strip() != title.strip():
        return ArticleSource(text, offset, line_number, title.strip(), None, source_name, "text")
    if title is None and DATELINE.match(first):
        raise InputError(
            "the text starts with its lead, not a title line; give the title with --title",
            path=source_name,
            line=line_number,
        )
    return ArticleSource(
        text=text,
        body_offset=offset + len(first) + 1,
        body_line=line_number + 1,
        title=(title or first).strip(),
        date=None,
        source_name=source_name,
        source_format="text",
    )
