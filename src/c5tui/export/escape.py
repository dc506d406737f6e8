"""Escaping stored text so that Markdown renders it exactly as it was written.

Quotes and notes are user text: ``*x*`` must stay two asterisks and an x, a note that
starts with ``1.`` must not become a list, and ``&amp;`` must not turn into ``&``.
Every character that CommonMark (or the usual extensions of Obsidian, Pandoc and GitHub)
could read as markup is backslash-escaped; whitespace that Markdown would strip at the
start or end of a line is written as a character reference; line breaks inside a text
become hard line breaks, so a multi-line note keeps its lines in every renderer.
Only C0/C1 control characters at the very start or end of a line cannot be kept.
"""

from __future__ import annotations

import re

# Characters that are markup wherever they stand (emphasis, code, links, raw HTML, tables,
# strikethrough, headings and Obsidian tags, Pandoc maths and superscripts).
_ANYWHERE = re.compile(r"([\\`*_\[\]<|~#$^])")
# An ampersand that would start an entity or numeric character reference.
_ENTITY = re.compile(r"&(?=#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{0,31};)")
# Obsidian and Pandoc highlight ``==text==``.
_DOUBLE_EQUALS = re.compile(r"={2,}")
# Characters that open a block when they start a line: block quote, bullet list, setext
# underline, Pandoc definition list.
_LINE_START = frozenset(">-+=:")
# Ordered-list starts: ``1.``, ``1)``, and Pandoc's ``a.``, ``iv)``, ``(1)``.
_ORDERED = re.compile(r"^(\(?(?:[0-9]{1,9}|[A-Za-z]|[ivxlcdmIVXLCDM]{1,6}))([.)])(?=[ \t]|$)")
# A carriage return would end the line: written as a reference.
_CARRIAGE_RETURN = re.compile("\r")
# Control characters a character reference cannot stand for (CommonMark readers turn
# them into U+FFFD); they are kept raw, and only survive away from the ends of a line.
_UNREFERENCEABLE = frozenset(chr(c) for c in (*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20)))
_UNREFERENCEABLE |= frozenset(chr(c) for c in range(0x7F, 0xA0))


def _reference(char: str) -> str:
    return f"&#{ord(char)};"


def _strippable(char: str) -> bool:
    """Whitespace a Markdown parser may strip at the start or end of a line."""
    return (char.isspace() or char in "\ufeff\u200b") and char not in _UNREFERENCEABLE


def escape_inline(text: str) -> str:
    """Escape markup inside a line of text (not the start of a block; see escape_line)."""
    text = _ANYWHERE.sub(r"\\\1", text)
    text = _ENTITY.sub(r"\\&", text)
    text = _DOUBLE_EQUALS.sub(lambda m: "\\=" * len(m.group()), text)
    return _CARRIAGE_RETURN.sub("&#13;", text)


def escape_line(line: str) -> str:
    """Escape one line of text (no newline in it) so that it renders verbatim as a line.

    Leading and trailing whitespace becomes character references, which Markdown keeps
    (plain spaces would be stripped, or make an indented code block or a hard break).
    A line that would otherwise open a block (``> q``, ``- item``, ``1. item``, ``===``)
    gets its first marker character escaped.
    """
    start = 0
    while start < len(line) and _strippable(line[start]):
        start += 1
    end = len(line)
    while end > start and _strippable(line[end - 1]):
        end -= 1
    head = "".join(_reference(c) for c in line[:start])
    tail = "".join(_reference(c) for c in line[end:])
    body = escape_inline(line[start:end])
    if not head and body:
        ordered = _ORDERED.match(body)
        if ordered:
            body = f"{ordered.group(1)}\\{ordered.group(2)}{body[ordered.end() :]}"
        elif body[0] in _LINE_START:
            body = "\\" + body
    return head + body + tail


def escape_lines(text: str) -> list[str]:
    """Markdown source lines for a text that may hold line breaks, to go in one paragraph.

    Lines are joined by hard line breaks (a backslash at the end of the line); newlines at
    the very end of the text are written as ``&#10;`` references, because a paragraph
    cannot end in a line break.
    """
    stripped = text.rstrip("\n")
    trailing = len(text) - len(stripped)
    lines = [escape_line(line) for line in stripped.split("\n")]
    lines[-1] += "&#10;" * trailing
    return [line + "\\" for line in lines[:-1]] + [lines[-1]]


def escape_block(text: str, prefix: str = "", indent: str | None = None) -> str:
    """A whole paragraph for ``text``: first line after ``prefix``, later lines after ``indent``.

    ``prefix="> "`` gives a block quote; ``prefix="- ", indent="  "`` a list item.
    """
    follow = prefix if indent is None else indent
    lines = escape_lines(text)
    return "\n".join([prefix + lines[0], *(follow + line for line in lines[1:])])
