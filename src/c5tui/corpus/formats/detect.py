"""Which format an article's bytes are in: a Kazinform text, plain text or a web page."""

from __future__ import annotations

from c5tui.errors import InputError

FORMATS = ("kazinform", "text", "html")
# Files people may point at by mistake: named, so the refusal says what the file is.
_MAGIC = (
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (a Word, OpenDocument or EPUB file?)"),
    (b"\xd0\xcf\x11\xe0", "an old Word or Excel document"),
    (b"{\\rtf", "an RTF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"SQLite format 3\x00", "a SQLite database"),
)
HTML_SUFFIXES = (".html", ".htm", ".xhtml")


def refuse_binary(data: bytes, name: str) -> None:
    """Refuse a file in a format that is no article's, naming what it is."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise InputError(
                f"unknown format: {what}; c5tui imports articles as UTF-8 text (.txt) "
                "or saved web pages (.html)",
                path=name,
            )


def looks_like_html(data: bytes) -> bool:
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html")):
        return True
    return head.startswith(b"<") and any(tag in head for tag in (b"<head", b"<body", b"<meta"))


def detect_format(data: bytes, name: str) -> str:
    """``html`` for a web page, ``kazinform`` for a date-line text, else ``text``."""
    from c5tui.corpus.formats.kazinform import LOOKS_LIKE_HEADER

    refuse_binary(data, name)
    if looks_like_html(data) or name.lower().endswith(HTML_SUFFIXES):
        return "html"
    first = data.lstrip(b"\xef\xbb\xbf").split(b"\n", 1)[0]
    if LOOKS_LIKE_HEADER.match(first.decode("utf-8", "replace")):
        return "kazinform"
    return "text"


def check_format(name: str | None) -> str | None:
    """A ``--format`` value, checked."""
    if name is None or name == "auto":
        return None
    if name not in FORMATS:
        raise InputError(f"unknown format {name!r} (choose from: auto, {', '.join(FORMATS)})")
    return name
