"""How one sentence pair of the Read view is laid out: gutter, Kazakh │ English, tag marks.

A block is the lines of one sentence: the turn heading or paragraph break before it
(when it opens one), then its Kazakh and English wrapped side by side, with its tag
marks after the Kazakh. Heights are first estimated from the text lengths alone, so a
document of any size can be opened without laying out every sentence; a block's exact
height is known once it is laid out.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from rich.console import Console
from rich.text import Text

from c5tui.model import Outline, Sentence, Tag
from c5tui.tui import render

Opening = Literal["turn", "paragraph", ""]
Spans = render.Spans

RULE = " │ "
MIN_COLUMN = 8
# Words are not broken, so a wrapped line ends a few cells short on average.
SLACK = 3
UNTRANSLATED = "(not translated)"


@dataclass(frozen=True, slots=True)
class Columns:
    """Where things go on a line ``width`` cells wide."""

    width: int
    number: int  # cells for the widest ¶ number, the ¶ sign included
    # False for a document with no English at all: its Kazakh reads the full width,
    # not beside a column of "(not translated)".
    english: bool = True

    @classmethod
    def fit(cls, width: int, outline: Outline) -> Columns:
        last = max(outline.paragraphs, default=1)
        return cls(width, len(f"¶{last}"), any(outline.en_lengths))

    @property
    def gutter(self) -> int:
        """Markers (selected, noted), a space, the ¶ number, a space."""
        return 2 + 1 + self.number + 1

    @property
    def kk(self) -> int:
        if not self.english:
            return max(MIN_COLUMN, self.width - self.gutter)
        return max(MIN_COLUMN, (self.width - self.gutter - len(RULE)) // 2)

    @property
    def en(self) -> int:
        if not self.english:
            return 0
        return max(MIN_COLUMN, self.width - self.gutter - len(RULE) - self.kk)


@dataclass(frozen=True, slots=True)
class Block:
    """A laid-out sentence: its lines, and where the sentence itself starts in them."""

    lines: list[Text]
    body: int


def column_heads(columns: Columns) -> Text:
    """``Kazakh │ English`` over the two columns, for a line above the view."""
    line = Text(" " * columns.gutter, no_wrap=True, end="")
    english = Text("English") if columns.english else Text("Kazakh (no English yet: i types it)")
    if not columns.english:
        line.append_text(_padded(english, columns.kk))
        return line
    line.append_text(_ruled(Text("Kazakh"), english, columns))
    return line


def opening(outline: Outline, index: int) -> Opening:
    """Whether the sentence at ``index`` opens a turn, a paragraph, or neither."""
    if index == 0 or outline.turns[index] != outline.turns[index - 1]:
        return "turn"
    if outline.paragraphs[index] != outline.paragraphs[index - 1]:
        return "paragraph"
    return ""


def lines_before(outline: Outline) -> list[int]:
    """For each sentence, the lines before it: a blank and its turn heading, or a break."""
    turns, paragraphs = outline.turns, outline.paragraphs
    if not turns:
        return []
    return [1] + [
        2 if turn != previous_turn else int(paragraph != previous_paragraph)
        for turn, previous_turn, paragraph, previous_paragraph in zip(
            turns[1:], turns, paragraphs[1:], paragraphs, strict=False
        )
    ]


def estimate_heights(outline: Outline, before: list[int], columns: Columns) -> list[int]:
    """Each block's height guessed from its text lengths: cheap enough for every sentence."""
    kk_room = max(1, columns.kk - SLACK)
    if not columns.english:
        return [
            b + max(1, -(-kk // kk_room)) for b, kk in zip(before, outline.kk_lengths, strict=True)
        ]
    en_room = max(1, columns.en - SLACK)
    untranslated = len(UNTRANSLATED)
    return [
        b + max(1, -(-kk // kk_room), -(-(en or untranslated) // en_room))
        for b, kk, en in zip(before, outline.kk_lengths, outline.en_lengths, strict=True)
    ]


def lay_out(
    quote: Sentence,
    columns: Columns,
    *,
    opens: Opening,
    first: bool,
    spans: tuple[Spans, Spans] = ((), ()),
    codebook: Mapping[str, Tag],
    console: Console,
) -> Block:
    """The lines of one sentence pair, each exactly ``columns.width`` cells wide or less."""
    lines: list[Text] = []
    if opens == "turn":
        if not first:
            lines.append(Text())
        lines.append(render.turn_heading(quote))
    elif opens == "paragraph":
        lines.append(Text(" " * columns.gutter) + _ruled(Text(), Text(), columns))
    body = len(lines)

    style = "italic" if quote.role == "question" else ""
    kk_spans, en_spans = spans
    kk = list(render.highlighted(quote.kk, kk_spans, style=style).wrap(console, columns.kk))
    if quote.en:
        english = render.highlighted(quote.en, en_spans, style=style)
    else:
        english = Text(UNTRANSLATED, style="dim italic")
    en = list(english.wrap(console, columns.en)) if columns.english else []
    if quote.tags:
        _add_chips(kk, render.tag_chips(quote.tags, codebook), columns.kk)

    for row in range(max(len(kk), len(en))):
        line = _gutter(quote, columns, opens) if row == 0 else Text(" " * columns.gutter)
        left = kk[row] if row < len(kk) else Text()
        right = en[row] if row < len(en) else Text()
        line.append_text(_ruled(left, right, columns))
        lines.append(line)
    return Block(lines, body)


def _add_chips(lines: list[Text], chips: Text, width: int) -> None:
    """Tag marks after the Kazakh text where they fit, else on a line of their own."""
    last = lines[-1].copy()
    last.rstrip()
    if last.cell_len + 2 + chips.cell_len <= width:
        last.append("  ")
        last.append_text(chips)
        lines[-1] = last
    else:
        chips.truncate(width, overflow="ellipsis")
        lines.append(chips)


def _gutter(quote: Sentence, columns: Columns, opens: Opening) -> Text:
    line = render.markers(quote)
    number = f"¶{quote.paragraph}" if opens else ""
    line.append(" " + number.rjust(columns.number) + " ", style="dim")
    return line


def _ruled(kk: Text, en: Text, columns: Columns) -> Text:
    """The two columns of one line, padded, with the rule between them (or Kazakh alone)."""
    line = Text(no_wrap=True, end="")
    line.append_text(_padded(kk, columns.kk))
    if not columns.english:
        return line
    line.append(RULE, style="dim")
    line.append_text(_padded(en, columns.en))
    return line


def _padded(part: Text, width: int) -> Text:
    part = part.copy()
    part.rstrip()
    part.truncate(width, pad=True)
    return part
