"""The detail pane: the highlighted quote's citation, Kazakh | English, then its tags,
claims and notes, drawn as lines of its own.

Each keystroke shows a new quote here. As four text widgets in two containers, each new
quote laid the whole screen out again to find their heights (about 1.5 ms), and drawing
them cost as much again. The pane's box is fixed by the styles, so it lays out only its
own lines: for its width, once per quote, and draws the ones in view.
"""

from __future__ import annotations

from rich.console import Console
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.geometry import Region, Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from c5tui.tui.widgets.steady_box import SteadyBox

# Room under the citation and under the two sides, and right of each side.
GAP = 1


def wrapped(text: Text, width: int, console: Console) -> list[Strip]:
    """``text`` wrapped to ``width`` cells, each line padded to it; nothing for no text."""
    if not text or width <= 0:
        return []
    options = console.options.update(width=width, height=None, no_wrap=False)
    lines = console.render_lines(text, options, pad=True, new_lines=False)
    return [Strip(line, width) for line in lines]


def side_by_side(left: list[Strip], right: list[Strip], widths: tuple[int, int]) -> list[Strip]:
    """Two columns of lines as one, the shorter one filled out with blank lines."""
    rows = max(len(left), len(right))
    blank = [Strip.blank(widths[0]), Strip.blank(widths[1])]
    return [
        Strip.join(
            [
                left[row] if row < len(left) else blank[0],
                right[row] if row < len(right) else blank[1],
            ]
        )
        for row in range(rows)
    ]


class QuoteDetail(SteadyBox, ScrollView, can_focus=True):
    """A quote's citation, its two sides in columns and what the user made of it."""

    DEFAULT_CSS = """
    QuoteDetail {
        overflow-x: hidden;
    }
    """

    def __init__(self, *, id: str | None = None, can_maximize: bool | None = None) -> None:
        super().__init__(id=id, can_maximize=can_maximize)
        self._meta = Text()
        self._kk = Text()
        self._en = Text()
        self._extras = Text()
        self._lines: list[Strip] = []
        self._laid_width: int | None = None  # the width the lines are laid out for
        self._styled: tuple[Style, list[Strip]] | None = None

    # -- what is shown -------------------------------------------------------------------

    def show(
        self,
        *,
        meta: Text | None = None,
        kk: Text | None = None,
        en: Text | None = None,
        extras: Text | None = None,
        top: bool = False,
    ) -> None:
        """Replace the parts given; ``top`` scrolls back to the start (another quote)."""
        if meta is not None:
            self._meta = meta
        if kk is not None:
            self._kk = kk
        if en is not None:
            self._en = en
        if extras is not None:
            self._extras = extras
        self._lay_out()
        if top:
            self.scroll_to(y=0, animate=False, immediate=True)
        self.refresh()

    @property
    def meta(self) -> str:
        return self._meta.plain

    @property
    def kk(self) -> str:
        return self._kk.plain

    @property
    def en(self) -> str:
        return self._en.plain

    @property
    def extras(self) -> str:
        return self._extras.plain

    def drawn(self) -> list[str]:
        """The text of every line as laid out for the pane, in view or not."""
        return [line.text for line in self._lines]

    # -- laying out ----------------------------------------------------------------------

    def _lines_for(self, width: int) -> list[Strip]:
        console = self.app.console
        lines = wrapped(self._meta, width, console)
        if lines:
            lines += [Strip.blank(width)] * GAP
        left = width - width // 2  # as two 1fr columns share an odd width
        widths = (left, width - left)
        kk = wrapped(self._kk, widths[0] - GAP, console)
        en = wrapped(self._en, widths[1] - GAP, console)
        pad = [Strip.blank(GAP)]
        kk = [Strip.join([line, *pad]) for line in kk]
        en = [Strip.join([line, *pad]) for line in en]
        sides = side_by_side(kk, en, widths)
        if sides:
            lines += [*sides, *[Strip.blank(width)] * GAP]
        return lines + wrapped(self._extras, width, console)

    def _lay_out(self) -> None:
        """Lay the lines out for the pane's width, narrower by a scrollbar if they overflow."""
        region = self.content_region
        if not region.width:
            self._laid_width = None  # laid out once the pane has its size
            return
        width = region.width
        lines = self._lines_for(width)
        if len(lines) > region.height:
            width -= self.styles.scrollbar_size_vertical
            lines = self._lines_for(width)
        self._lines, self._laid_width, self._styled = lines, region.width, None
        size = Size(width, len(lines))
        if size != self.virtual_size:
            self.virtual_size = size  # a steady box: no layout, only the scrollbar's
            self._scroll_update(size)

    def on_resize(self, event: events.Resize) -> None:
        self._lay_out()

    # -- drawing -------------------------------------------------------------------------

    def render_lines(self, crop: Region) -> list[Strip]:
        if self._laid_width != self.content_region.width:
            self._lay_out()  # before the first frame the pane had no width to lay out for
        # The style is looked up once a frame, not once a line: it is most of a line's cost.
        base = self.rich_style
        if self._styled is None or self._styled[0] != base:
            self._styled = (base, [line.apply_style(base) for line in self._lines])
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        assert self._styled is not None  # styled by render_lines, which asks for each line
        base, lines = self._styled
        row = round(self.scroll_y) + y
        if row < len(lines):
            return lines[row]
        width = self.scrollable_content_region.width
        return Strip([Segment(" " * width, base)], width)
