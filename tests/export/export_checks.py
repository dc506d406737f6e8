"""Reading an export back: CommonMark text of quotes and notes, and the YAML front matter."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.front_matter import front_matter_plugin

MD = MarkdownIt("commonmark").use(front_matter_plugin)
TEXT_TOKENS = {"text", "text_special"}
BREAKS = {"softbreak", "hardbreak"}
NOTE = re.compile(r"^Note \(([^)]*)\): ", re.DOTALL)


def plain_text(inline: Token) -> str:
    """The text a renderer shows for an inline token; any markup at all is an error."""
    parts = []
    for child in inline.children or []:
        if child.type in TEXT_TOKENS:
            parts.append(child.content)
        elif child.type in BREAKS:
            parts.append("\n")
        else:
            raise AssertionError(f"markup {child.type!r} in {inline.content!r}")
    return "".join(parts)


@dataclass
class Rendered:
    """What a CommonMark reader sees in an export."""

    front_matter: str = ""
    quotes: list[str] = field(default_factory=list)
    items: list[str] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    headings: list[tuple[str, str]] = field(default_factory=list)

    def notes(self) -> list[tuple[str, str]]:
        """(label, body) of every note item, in order."""
        found = []
        for item in self.items:
            match = NOTE.match(item)
            if match:
                found.append((match.group(1), item[match.end() :]))
        return found


def read_markdown(markdown: str) -> Rendered:
    rendered = Rendered()
    stack: list[str] = []
    heading = ""
    for token in MD.parse(markdown):
        if token.type == "front_matter":
            rendered.front_matter = token.content
        elif token.nesting == 1:
            stack.append(token.type)
            heading = token.tag if token.type == "heading_open" else heading
        elif token.nesting == -1:
            stack.pop()
        elif token.type == "inline":
            text = plain_text(token)
            if stack[-1] == "heading_open":
                rendered.headings.append((heading, text))
            elif "blockquote_open" in stack:
                rendered.quotes.append(text)
            elif "list_item_open" in stack:
                rendered.items.append(text)
            else:
                rendered.paragraphs.append(text)
        elif token.type in ("code_block", "fence", "html_block"):
            raise AssertionError(f"unexpected {token.type}: {token.content!r}")
    return rendered


_LINE = re.compile(
    r'^(?P<indent>(?: {2})*)(?P<dash>- )?(?P<key>[A-Za-z_][A-Za-z0-9_]*|"(?:[^"\\]|\\.)*"):'
    r"(?: (?P<value>.+))?$"
)


def parse_front_matter(markdown: str) -> dict[str, Any]:
    """Parse the front matter with the strict subset it is written in.

    Checks the ``---`` fences, and that every line is ``key: <JSON value>``, ``key:``
    opening a nested mapping or list, or ``- key: <JSON>`` starting a list element.
    """
    lines = markdown.split("\n")
    assert lines[0] == "---", lines[0]
    end = lines.index("---", 1)
    body = lines[1:end]
    for line in body:
        assert _LINE.match(line), f"not a YAML line of the expected form: {line!r}"
    value, index = _mapping(body, 0, 0)
    assert index == len(body)
    return value


def _key(raw: str) -> str:
    return json.loads(raw) if raw.startswith('"') else raw


def _mapping(lines: list[str], index: int, indent: int) -> tuple[dict[str, Any], int]:
    result: dict[str, Any] = {}
    while index < len(lines):
        match = _LINE.match(lines[index])
        assert match is not None
        if len(match["indent"]) < indent or (match["dash"] and len(match["indent"]) == indent):
            break
        assert len(match["indent"]) == indent, lines[index]
        key, value = _key(match["key"]), match["value"]
        index += 1
        if value is not None:
            result[key] = json.loads(value)
            continue
        nested_list = index < len(lines) and lines[index].startswith(" " * (indent + 2) + "- ")
        if nested_list:
            items = []
            while index < len(lines) and lines[index].startswith(" " * (indent + 2) + "- "):
                lines[index] = " " * (indent + 4) + lines[index][indent + 4 :]
                item, index = _mapping(lines, index, indent + 4)
                items.append(item)
            result[key] = items
        else:
            result[key], index = _mapping(lines, index, indent + 2)
    return result, index
