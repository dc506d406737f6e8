"""A laid-out block of the Read view as Textual strips, styled once for each look."""

from __future__ import annotations

from dataclasses import dataclass, field

from rich.console import Console
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.strip import Strip

from c5tui.tui.widgets.aligned_layout import Block


@dataclass(slots=True)
class LaidBlock:
    """A block's lines as strips, with the last styling asked for kept.

    A frame asks for a block's lines one by one, plain or under the cursor.
    """

    strips: list[Strip]
    body: int
    _styled: tuple[tuple[Style, Style | None], list[Strip]] | None = field(default=None)

    @classmethod
    def of(cls, block: Block, width: int, console: Console) -> LaidBlock:
        # Rendered as one text, not line by line: its styles are worked out once.
        joined = Text("\n", end="").join(block.lines)
        lines = Segment.split_and_crop_lines(
            joined.render(console), width, pad=True, include_new_lines=False
        )
        return cls([Strip(line, width) for line in lines], block.body)

    def styled(self, base: Style, cursor: Style | None) -> list[Strip]:
        key = (base, cursor)
        if self._styled is None or self._styled[0] != key:
            under = base if cursor is None else base + cursor
            strips = [
                strip.apply_style(base if row < self.body else under)
                for row, strip in enumerate(self.strips)
            ]
            self._styled = (key, strips)
        return self._styled[1]
