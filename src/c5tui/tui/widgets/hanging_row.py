"""A row with a lead (a tick, a count) and a label that wraps under itself, not the lead."""

from __future__ import annotations

from rich.console import Console
from rich.segment import Segment
from rich.text import Text
from textual._context import active_app
from textual.css.styles import RulesMap
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual


class HangingRow(Visual):
    """``[x] 12 Trade and`` / ``       investment``: the facet panel's rows.

    A two-column Rich table drew the same, at about 0.5 ms a row for its height alone:
    the panel of a large corpus has hundreds of facets, all measured when it is filled.
    Here the label is wrapped once for each width it is drawn at.
    """

    def __init__(self, lead: Text, label: Text) -> None:
        self.lead = lead
        self.label = label
        self._wrapped: tuple[int, list[Text]] | None = None

    def __rich__(self) -> Text:
        return Text.assemble(self.lead, " ", self.label)

    def _lines(self, width: int) -> list[Text]:
        if self._wrapped is None or self._wrapped[0] != width:
            console: Console = active_app.get().console
            room = max(1, width - self.lead.cell_len - 1)
            self._wrapped = (width, list(self.label.wrap(console, room)) or [Text()])
        return self._wrapped[1]

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return self.lead.cell_len + 1 + self.label.cell_len

    def get_height(self, rules: RulesMap, width: int) -> int:
        return len(self._lines(width))

    def render_strips(
        self, width: int, height: int | None, style: Style, options: RenderOptions
    ) -> list[Strip]:
        console: Console = active_app.get().console
        base = style.rich_style
        indent = Text(" " * self.lead.cell_len)
        strips = []
        for number, line in enumerate(self._lines(width)):
            row = Text.assemble(self.lead if number == 0 else indent, " ", line)
            segments = list(Segment.apply_style(row.render(console), base))
            strips.append(Strip(Segment.adjust_line_length(segments, width, style=base), width))
        return strips[:height] if height is not None else strips
