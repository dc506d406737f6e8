"""A laid-out block of the Read view as Textual strips, styled once for each look."""

from __future__ import annotations

from dataclasses import dataclass, field

from rich.console import Console
from rich.style import Style
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
        strips = []
        for line in block.lines:
            # Body lines are exactly as wide as the view; only headings need padding.
            strip = Strip(list(line.render(console)))
            if strip.cell_length != width:
                strip = strip.crop_extend(0, width, None)
            strips.append(strip)
        return cls(strips, block.body)

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
