"""A row of Rich text that is one line, drawn straight from Rich: the results list's rows."""

from __future__ import annotations

from collections.abc import Callable

from rich.console import Console
from rich.segment import Segment
from rich.text import Text
from textual._context import active_app
from textual.css.styles import RulesMap
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual


class OneLine(Visual):
    """A row already laid out for its list's width: one line, never wrapped.

    Given a Rich ``Text``, an ``OptionList`` converts it to Textual ``Content`` and wraps it
    to learn its height, about 0.2 ms a row; the results list draws a screenful of new
    rows on every key, so its rows skip both (about 0.04 ms a row). The text is made when
    the row is first drawn (``build``): a page of rows is handed to the list at once, and
    only those on screen are made then, so the rest cost neither the keystroke nor another
    frame later.
    """

    def __init__(self, build: Callable[[], Text]) -> None:
        self._build: Callable[[], Text] | None = build
        self._text: Text | None = None

    @property
    def text(self) -> Text:
        if self._text is None:
            assert self._build is not None
            self._text, self._build = self._build(), None
        return self._text

    def __rich__(self) -> Text:
        return self.text

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return self.text.cell_len

    def get_height(self, rules: RulesMap, width: int) -> int:
        return 1

    def render_strips(
        self, width: int, height: int | None, style: Style, options: RenderOptions
    ) -> list[Strip]:
        console: Console = active_app.get().console
        text = self.text
        if text.cell_len > width:  # laid out for a wider list: it is laid out again soon
            text = text.copy()
            text.truncate(width, overflow="ellipsis")
        base = style.rich_style
        segments = list(Segment.apply_style(text.render(console), base))
        return [Strip(Segment.adjust_line_length(segments, width, style=base), width)]
