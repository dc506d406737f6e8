"""What a format reader hands on: the article's text and what its source told about it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ImportOptions:
    """What the user said about an article; each given value wins over what is found."""

    format: str | None = None  # None: detect it
    title: str | None = None
    date: str | None = None
    outlet: str | None = None
    url: str | None = None
    speaker: str | None = None


@dataclass(frozen=True, slots=True)
class ArticleSource:
    """An article as read from a file, a page or a URL, before it is parsed.

    ``text`` is the normalised text that every stored offset points into; the body is
    its lines from ``body_offset`` on (``body_line`` is that line's number, for errors).
    ``date`` is ``None`` when the source does not tell it.
    """

    text: str
    body_offset: int
    body_line: int
    title: str
    date: str | None
    source_name: str
    source_format: str
    outlet: str | None = None  # as page metadata names it
    url: str | None = None
    author: str | None = None
