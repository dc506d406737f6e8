"""Escaped text renders, under CommonMark, exactly as the stored text."""

from __future__ import annotations

import pytest
from export_checks import MD, plain_text
from hypothesis import given, settings
from hypothesis import strategies as st

from c5tui.export.escape import escape_block, escape_inline, escape_line

HOSTILE = [
    "*x*",
    "_a_",
    "# h",
    "| t |",
    "<b>",
    "[l](u)",
    "`code`",
    "```",
    "> q",
    "- item",
    "1. item",
    "1) x",
    "+ x",
    "\\",
    "a\\",
    "&amp;",
    "&#32;",
    "~~~",
    "~~strike~~",
    "===",
    "---",
    "***",
    "* * *",
    "trailing two spaces  ",
    "  leading spaces",
    "    indented code",
    "\ttab",
    "multi\nline",
    "para\n\npara",
    "ends with newline\n",
    "\nstarts with newline",
    "title\n===",
    "title\n---",
    "line  \nhard break",
    "<!-- comment -->",
    "<https://example.org>",
    "![img](x.png)",
    "[ref]: /url",
    "[^1]",
    "$x^2$ and 2^10^",
    "==highlight==",
    "#tag in Obsidian",
    "(1) pandoc list",
    "a) pandoc list",
    ": definition",
    "windows\r\nline end",
    "nbsp\u00a0",
    "\u3000ideographic space",
    "line\u2028separator",
    "Қазақстан *мен* АҚШ",
    "escape\x1b and bell\x07 inside",
]


def rendered(source: str) -> str:
    """The text of the single paragraph that ``source`` parses to."""
    inlines = [t for t in MD.parse(source) if t.type == "inline"]
    assert len(inlines) == 1, source
    return plain_text(inlines[0])


@pytest.mark.parametrize("text", HOSTILE)
@pytest.mark.parametrize(
    ("prefix", "indent", "label"),
    [("", None, ""), ("> ", None, ""), ("- ", "  ", "Note (2025-11-06): ")],
    ids=["paragraph", "blockquote", "list-item"],
)
def test_hostile_text_renders_verbatim(
    text: str, prefix: str, indent: str | None, label: str
) -> None:
    assert rendered(escape_block(text, prefix + label, indent)) == label + text


MARKDOWN_HEAVY = (
    st.lists(
        st.sampled_from(
            [*"*_#|<>[]()`\\&;!-+=.:)~$^\"' \t\n\r1aZй\u00a0\u2028", "&amp;", "1. ", "    "]
        ),
        min_size=1,
        max_size=30,
    )
    .map("".join)
    .filter(lambda s: bool(s.strip()))
)


@settings(max_examples=400, deadline=None)
@given(text=MARKDOWN_HEAVY)
def test_any_markdown_heavy_text_round_trips(text: str) -> None:
    assert rendered(escape_block(text, "> ")) == text
    assert rendered(escape_block(text, "- Note: ", "  ")) == "Note: " + text


@settings(max_examples=200, deadline=None)
@given(
    text=st.text(
        st.characters(exclude_categories=("Cc", "Cs")) | st.sampled_from("\t\n\r\x0c"),
        min_size=1,
    ).filter(str.strip)
)
def test_any_unicode_text_round_trips(text: str) -> None:
    assert rendered(escape_block(text, "> ")) == text


def test_ordinary_text_is_left_readable() -> None:
    plain = "Қытай бүгін әлемдегі сирек металл өңдейтін қуаттың 80%-ын бақылап отыр."
    assert escape_inline(plain) == plain
    assert escape_line("«C5+1» саммиті — АҚШ-тың (DFC) 6 қараша") == (
        "«C5+1» саммиті — АҚШ-тың (DFC) 6 қараша"
    )
    assert escape_line("Mr. Smith, AT&T, a = b") == "Mr. Smith, AT&T, a = b"


def test_block_starts_are_escaped_once() -> None:
    assert escape_line("> q") == "\\> q"
    assert escape_line("- item") == "\\- item"
    assert escape_line("1. item") == "1\\. item"
    assert escape_line("1) x") == "1\\) x"
    assert escape_line("# h") == "\\# h"
    assert escape_line("  x  ") == "&#32;&#32;x&#32;&#32;"
