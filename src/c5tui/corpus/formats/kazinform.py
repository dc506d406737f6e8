"""The Kazinform text format: a first line `` date YYYY-MM-DD <title>`` (or ``date unknown``)."""

from __future__ import annotations

import re

from c5tui.corpus.decode import check_date
from c5tui.corpus.source import ArticleSource
from c5tui.errors import InputError

HEADER = re.compile(
    r"^\s*date\s+(?:(?P<date>\d{4}-\d{2}-\d{2})|(?P<unknown>unknown))\s+(?P<title>\S.*?)\s*$"
)
# A first line that means to be a date line: a clearer error than "no title".
LOOKS_LIKE_HEADER = re.compile(r"^\s*date\s+\S+")


def is_kazinform(text: str) -> bool:
    """Whether the text's first line is a Kazinform date line."""
    return bool(LOOKS_LIKE_HEADER.match(text.split("\n", 1)[0]))


def read_kazinform(text: str, source_name: str) -> ArticleSource:
    """Parse the date line; the body is every line after it."""
    first = text.split("\n", 1)[0]
    header = HEADER.match(first)
    if header is None:
        raise InputError(
            "expected a first line ' date YYYY-MM-DD <title>' or ' date unknown <title>', "
            f"found {first[:60]!r}",
            path=source_name,
            line=1,
        )
    date = header.group("date")
    if date is not None:
        check_date(date, source_name, 1)
    return ArticleSource(
        text=text,
        body_offset=len(first) + 1,
        body_line=2,
        title=header.group("title"),
        date=date,
        source_name=source_name,
        source_format="kazinform",
    )
