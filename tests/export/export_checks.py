"""Reading an export back: CommonMark text of quotes and notes, and the YAML front matter."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.footnote import footnote_plugin
from mdit_py_plugins.front_matter import front_matter_plugin

MD = MarkdownIt("commonmark").use(front_matter_plugin).use(footnote_plugin)
TEXT_TOKENS = {"text", "text_special"}
BREAKS = {"softbreak", "hardbreak"}
NOTE = re.compile(r"^Analyst's note \(([^)]*)\): ", re.DOTALL)
COMMENT = re.compile(r"^<!-- (.*) -->$")
# The one piece of markup the brief writes itself: the bold word opening a claim.
LABELS = ("Claim",)


@dataclass
class Inline:
    """What an inline token shows: its text, footnote references and HTML comments."""

    text: str
    refs: list[str]
    comments: list[str]


def read_inline(inline: Token) -> Inline:
    """The text a renderer shows; markup other than footnotes, comments and labels fails."""
    parts: list[str] = []
    refs: list[str] = []
    comments: list[str] = []
    children = inline.children or []
    for index, child in enumerate(children):
        if child.type in TEXT_TOKENS:
            parts.append(child.content)
        elif child.type in BREAKS:
            parts.append("\n")
        elif child.type == "footnote_ref":
            refs.append(str(child.meta["label"]))
        elif child.type == "html_inline" and COMMENT.match(child.content):
            comments.append(COMMENT.match(child.content)[1])  # type: ignore[index]
        elif child.type == "strong_open" and not "".join(parts):
            label = children[index + 1]
            assert label.content in LABELS, f"bold {label.content!r} in {inline.content!r}"
        elif child.type == "strong_close" and children[index - 1].content in LABELS:
            continue
        else:
            raise AssertionError(f"markup {child.type!r} in {inline.content!r}")
    return Inline("".join(parts).rstrip(" ") if comments else "".join(parts), refs, comments)


def plain_text(inline: Token) -> str:
    return read_inline(inline).text


@dataclass
class Rendered:
    """What a CommonMark reader sees in an export."""

    front_matter: str = ""
    quotes: list[str] = field(default_factory=list)
    items: list[str] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    headings: list[tuple[str, str]] = field(default_factory=list)
    # The footnote labels each block quote refers to, beside ``quotes``.
    quote_refs: list[list[str]] = field(default_factory=list)
    # Every footnote reference in reading order, and each footnote's text by label.
    refs: list[str] = field(default_factory=list)
    footnotes: dict[str, str] = field(default_factory=dict)
    comments: list[str] = field(default_factory=list)
    # Everything in reading order outside footnotes: ("h2", text), ("quote", text), ...
    blocks: list[tuple[str, str]] = field(default_factory=list)

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
    label = ""
    for token in MD.parse(markdown):
        if token.type == "front_matter":
            rendered.front_matter = token.content
        elif token.nesting == 1:
            stack.append(token.type)
            heading = token.tag if token.type == "heading_open" else heading
            label = str(token.meta["label"]) if token.type == "footnote_open" else label
        elif token.nesting == -1:
            stack.pop()
        elif token.type == "inline":
            seen = read_inline(token)
            text = seen.text
            rendered.comments.extend(seen.comments)
            if "footnote_open" in stack:
                rendered.footnotes[label] = text
                continue
            rendered.refs.extend(seen.refs)
            if stack[-1] == "heading_open":
                rendered.headings.append((heading, text))
                rendered.blocks.append((heading, text))
            elif "blockquote_open" in stack:
                rendered.quotes.append(text)
                rendered.quote_refs.append(seen.refs)
                rendered.blocks.append(("quote", text))
            elif "list_item_open" in stack:
                rendered.items.append(text)
                rendered.blocks.append(("item", text))
            else:
                rendered.paragraphs.append(text)
                rendered.blocks.append(("paragraph", text))
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
