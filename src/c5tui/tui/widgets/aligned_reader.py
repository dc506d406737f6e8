"""A whole document as aligned sentence pairs, Kazakh | English, drawn as a virtual view.

Only what is on screen is fetched and laid out. The widget knows every sentence's
place from the document's :class:`~c5tui.model.Outline` (no text), keeps the height of
each sentence's block at the current width in a :class:`HeightIndex` — estimated from
the text lengths, exact once the block has been laid out — and fetches sentences a
window at a time, in a worker thread, through the ``read_window`` function it is given.
Scrolling, jumps and cursor moves therefore cost what is visible, not the document.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from itertools import chain
from typing import ClassVar, TypeVar

from rich.style import Style
from textual import events, work
from textual.binding import Binding, BindingType
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.timer import Timer
from textual.widget import Widget
from textual.worker import get_current_worker

from c5tui.model import Outline, Sentence, Tag
from c5tui.tui.widgets import aligned_layout
from c5tui.tui.widgets.aligned_layout import Columns, Spans
from c5tui.tui.widgets.height_index import HeightIndex
from c5tui.tui.widgets.hit_list import HitList
from c5tui.tui.widgets.strip_block import LaidBlock

# (document id, first position, last position) -> the sentences there, in order.
WindowReader = Callable[[int, int, int], list[Sentence]]

WINDOW = 60  # sentences read beyond each edge of the view
KEEP_ROWS = 3000  # sentences held; those farthest from the cursor are dropped first
KEEP_BLOCKS = 400  # laid-out blocks held
AHEAD_DELAY = 0.05  # seconds of quiet before the pages around the view are laid out
AHEAD_BUDGET = 0.004  # seconds of laying out ahead at a time: a key waits no longer

T = TypeVar("T")


class AlignedReader(ScrollView, can_focus=True):
    """A document's sentences side by side in two languages, with a sentence cursor."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,j", "cursor_down", "Down", show=False, id="reader.cursor_down"),
        Binding("up,k", "cursor_up", "Up", show=False, id="reader.cursor_up"),
        Binding("pagedown", "page_down", "Page down", show=False, id="reader.page_down"),
        Binding("pageup", "page_up", "Page up", show=False, id="reader.page_up"),
        Binding("home", "first", "First", show=False, id="reader.first"),
        Binding("end", "last", "Last", show=False, id="reader.last"),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {"aligned-reader--cursor"}

    DEFAULT_CSS = """
    AlignedReader {
        scrollbar-gutter: stable;
        overflow-x: hidden;
        & > .aligned-reader--cursor {
            background: $block-cursor-blurred-background;
        }
        &:focus > .aligned-reader--cursor {
            background: $block-cursor-background;
            text-style: $block-cursor-text-style;
        }
    }
    """

    class CursorMoved(Message):
        """The cursor is on another sentence, or that sentence's text has arrived."""

        def __init__(self, reader: AlignedReader, sentence_id: int, quote: Sentence | None):
            super().__init__()
            self.reader = reader
            self.sentence_id = sentence_id
            self.quote = quote

        @property
        def control(self) -> AlignedReader:
            return self.reader

    class ColumnsChanged(Message):
        """The view has a new width: where its columns are, for headings above it."""

        def __init__(self, reader: AlignedReader, columns: Columns):
            super().__init__()
            self.reader = reader
            self.columns = columns

        @property
        def control(self) -> AlignedReader:
            return self.reader

    def __init__(
        self,
        read_window: WindowReader,
        *,
        codebook: Mapping[str, Tag] | None = None,
        id: str | None = None,
    ) -> None:
        super().__init__(id=id)
        self._read_window = read_window
        self._codebook: Mapping[str, Tag] = codebook or {}
        self._outline = Outline(0)
        self._before: list[int] = []
        self._index_of: dict[int, int] = {}  # sentence id -> place in the outline
        self._rows: dict[int, Sentence] = {}
        self._blocks: dict[int, LaidBlock] = {}
        self._heights: HeightIndex | None = None
        self._measured = bytearray()  # 1 where a block's height is exact, not estimated
        self._columns: Columns | None = None
        self._width = 0
        self._hits = HitList()
        self._cursor = 0
        # The cursor stays in view as heights become exact, until the view is scrolled
        # by other means than the cursor (the mouse wheel, the scrollbar).
        self._follow = False
        self._center = False  # centre the cursor once the view has a width
        self._settling = False
        self._generation = 0  # a new document (or a reload) drops reads under way
        self._changes = 0
        self._changed_at: dict[int, int] = {}  # block -> the change that last touched it
        self._pending: tuple[int, int] | None = None
        self._styles: tuple[Style, Style] | None = None
        self._ahead: Timer | None = None
        self._ends_read = False
        self._quiet = False  # a scroll that shows the same lines as before: nothing to draw

    # -- public API ------------------------------------------------------------------------

    @property
    def cursor(self) -> int:
        """The cursor's place in the document, 0 for the first sentence."""
        return self._cursor

    @property
    def sentence_id(self) -> int | None:
        """The id of the sentence under the cursor (None before a document is shown)."""
        ids = self._outline.ids
        return ids[self._cursor] if ids else None

    @property
    def current(self) -> Sentence | None:
        """The sentence under the cursor, once its text has been read."""
        return self._rows.get(self._cursor)

    def show(self, outline: Outline, rows: Iterable[Sentence], sentence_id: int) -> None:
        """Show a document with the cursor on ``sentence_id``.

        ``rows`` are the sentences already read: those around ``sentence_id`` make the
        first frame whole; the rest is read as it comes into view or near it.
        """
        old_hits, self._hits = self._hits, HitList()
        if outline is self._outline and self._heights is not None and self._same_width():
            for index in old_hits.changed(self._hits):
                self._blocks.pop(index, None)  # drawn again without the old search's marks
            self._show_again(rows, sentence_id)
            return
        self._generation += 1
        self._pending = None
        self._outline = outline
        self._before = aligned_layout.lines_before(outline)
        self._index_of = dict(zip(outline.ids, range(len(outline.ids)), strict=True))
        self._rows = {row.position - 1: row for row in rows}
        self._ends_read = False
        self._cursor = self._index_of.get(sentence_id, 0)
        self._center = True
        self._reindex()
        self._announce()

    def _show_again(self, rows: Iterable[Sentence], sentence_id: int) -> None:
        """The same document at the same width: what is laid out is kept, only the
        sentences that changed meanwhile are laid out again."""
        for row in rows:
            index = row.position - 1
            if self._rows.get(index) != row:
                self._rows[index] = row
                self._blocks.pop(index, None)
                self._measured[index] = 0
        self._cursor = self._index_of.get(sentence_id, 0)
        self._follow = True
        self._scroll_to_cursor(center=True)
        self._settle()
        self.refresh()
        self._announce()

    def _same_width(self) -> bool:
        return self.is_mounted and self.scrollable_content_region.width == self._width

    def clear(self) -> None:
        """Show nothing until the next :meth:`show`."""
        self.show(Outline(0), (), 0)

    def jump_to(self, sentence_id: int) -> None:
        """Put the cursor on a sentence of the document and bring it into view."""
        index = self._index_of.get(sentence_id)
        if index is not None:
            self._move(index, center=not self._in_view(index))

    def set_codebook(self, codebook: Mapping[str, Tag]) -> None:
        """Draw tag marks with a changed codebook (colours, new tags)."""
        self._codebook = codebook
        self._blocks.clear()  # heights stay: a tag's colour does not change how it wraps
        self.refresh()

    def set_hits(self, hits: Mapping[int, tuple[Spans, Spans]]) -> None:
        """Highlight search hits: Kazakh and English spans by sentence id."""
        found = HitList(
            {self._index_of[sid]: spans for sid, spans in hits.items() if sid in self._index_of}
        )
        changed, self._hits = found.changed(self._hits), found
        for index in changed:
            # Highlights do not change how a sentence wraps: only its lines are drawn again.
            if self._blocks.pop(index, None) is not None:
                self._refresh_block(index)

    @property
    def hit_count(self) -> int:
        return len(self._hits)

    def hit_number(self) -> int | None:
        """Which hit the cursor is on, counting from 1 (None when it is on none)."""
        return self._hits.number(self._cursor)

    def move_to_hit(self, step: int) -> bool:
        """Move to the next hit after the cursor (``step`` 1) or before it (-1), wrapping."""
        target = self._hits.after(self._cursor, step)
        if target is None:
            return False
        self._move(target, center=not self._in_view(target))
        return True

    def refresh_sentences(self, sentence_ids: Iterable[int]) -> None:
        """Read and draw again these sentences only (a tag, a note, a selection changed)."""
        indexes = sorted(self._index_of[s] for s in set(sentence_ids) if s in self._index_of)
        self._changes += 1
        for index in indexes:
            # A read under way may predate the change: its copy of these is not taken.
            self._changed_at[index] = self._changes
        held = [i for i in indexes if i in self._rows]
        if held:
            self._refetch(self._generation, self._changes, self._outline.document_id, _runs(held))

    def reload(self) -> None:
        """Read again what is in view: anything in it may have changed."""
        if self._heights is None:
            return
        first, last = self._visible()
        first, last = max(0, first - WINDOW), min(len(self._outline) - 1, last + WINDOW)
        # Reads under way may predate the change: a new generation drops them.
        self._generation += 1
        self._pending = None
        self._changed_at.clear()
        self._ends_read = False
        # What is in view stays on screen until its fresh text arrives; the rest goes.
        self._rows = {i: row for i, row in self._rows.items() if first <= i <= last}
        self._blocks = {i: b for i, b in self._blocks.items() if i in self._rows}
        self._refetch(self._generation, self._changes, self._outline.document_id, [(first, last)])

    # -- keys ------------------------------------------------------------------------------

    def action_cursor_down(self) -> None:
        self._move(self._cursor + 1)

    def action_cursor_up(self) -> None:
        self._move(self._cursor - 1)

    def action_page_down(self) -> None:
        self._page(1)

    def action_page_up(self) -> None:
        self._page(-1)

    def action_first(self) -> None:
        self._move(0)

    def action_last(self) -> None:
        self._move(len(self._outline) - 1)

    def on_click(self, event: events.Click) -> None:
        if self._heights is not None:
            self._move(self._heights.find(round(self.scroll_y) + event.y))

    def on_focus(self) -> None:
        self._refresh_block(self._cursor)

    def on_blur(self) -> None:
        self._refresh_block(self._cursor)

    # -- moving ----------------------------------------------------------------------------

    def _move(self, index: int, *, center: bool = False) -> None:
        if not len(self._outline):
            return
        index = max(0, min(index, len(self._outline) - 1))
        old, self._cursor = self._cursor, index
        self._follow = True
        if self._heights is None:
            return
        if not self._scroll_to_cursor(center=center):
            # The view stays: only the two sentences the cursor left and reached change.
            self._refresh_block(old)
            self._refresh_block(index)
        self._settle()
        self._schedule_ahead(AHEAD_DELAY)
        if old != index:
            self._announce()

    def _page(self, direction: int) -> None:
        heights = self._heights
        if heights is None:
            return
        page = max(1, self._view_height() - 1)
        target = heights.find(max(0, heights.offset(self._cursor) + direction * page))
        if target == self._cursor:
            target += direction
        # The view moves a page with the cursor, so the cursor keeps its place on screen.
        self._scroll(self.scroll_y + direction * page)
        self._move(target)

    def _scroll_to_cursor(self, *, center: bool = False) -> bool:
        """Scroll the cursor's block (with its heading) into view; True if the view moved."""
        heights = self._heights
        assert heights is not None
        index = self._cursor
        if index in self._rows:
            self._laid(index)  # its exact height, before deciding where the view goes
        top = heights.offset(index)
        bottom = top + heights.height(index)
        view_top, view = round(self.scroll_y), self._view_height()
        if center:
            target = max(0, top - view // 3)
        elif top < view_top:
            target = top
        elif bottom > view_top + view:
            target = min(top, bottom - view)
        else:
            return False
        return self._scroll(target)

    def _scroll(self, y: float) -> bool:
        """Scroll without the view settling in between; True if it moved."""
        before = round(self.scroll_y)
        settling, self._settling = self._settling, True
        try:
            # Forced: the scrollbar may not know of a height set in this same frame.
            self.scroll_to(y=y, animate=False, force=True)
        finally:
            self._settling = settling
        return round(self.scroll_y) != before

    def _in_view(self, index: int) -> bool:
        if self._heights is None:
            return False
        first, last = self._visible()
        return first <= index <= last

    def _announce(self) -> None:
        sentence_id = self.sentence_id
        if sentence_id is not None:
            self.post_message(self.CursorMoved(self, sentence_id, self.current))

    # -- layout ----------------------------------------------------------------------------

    def on_resize(self, event: events.Resize) -> None:
        self._fit_width()

    def _fit_width(self) -> None:
        """Lay the view out for its width if that changed (a resize, or its first size)."""
        if self.scrollable_content_region.width == self._width:
            self._settle()
            return
        heights = self._heights
        anchor = heights.find(round(self.scroll_y)) if heights is not None else None
        keep = self._in_view(self._cursor)
        self._reindex()
        if anchor is not None and self._heights is not None and not self._center:
            # The sentence at the top stays at the top; the cursor stays in view if it was.
            self._scroll(self._heights.offset(anchor))
            self._follow = keep
            self._settle()
            self._repaint()

    def _reindex(self) -> None:
        """Estimate every block's height at the current width (cheap: no text is laid out)."""
        width = self.scrollable_content_region.width if self.is_mounted else 0
        self._width = width
        self._blocks.clear()
        if width <= 0 or not len(self._outline):
            self._heights = None
            return
        columns = Columns.fit(width, self._outline)
        if columns != self._columns:
            self.post_message(self.ColumnsChanged(self, columns))
        self._columns = columns
        self._heights = HeightIndex(
            aligned_layout.estimate_heights(self._outline, self._before, self._columns)
        )
        self._measured = bytearray(len(self._outline))
        self._sync_size()
        if self._center:
            self._center = False
            self._follow = True
            self._scroll_to_cursor(center=True)
            self._settle()
        self._schedule_ahead(AHEAD_DELAY)
        self._repaint()

    def _repaint(self) -> None:
        if not self._quiet:  # while the frame is drawn, what is drawn is already new
            self.refresh()

    def _sync_size(self) -> None:
        """Give the scrollbar the document's height; lay the screen out only if it must."""
        heights = self._heights
        size = Size(self._width, heights.total if heights is not None else 0)
        old = self.virtual_size
        if size == old:
            return
        view = self._view_height()
        if (old.height > view) != (size.height > view):
            self.virtual_size = size  # the scrollbar comes or goes: a layout is due
        else:
            # Only the scrollbar's length changes: no layout of the whole screen for that.
            self.set_reactive(Widget.virtual_size, size)
            settling, self._settling = self._settling, True
            try:
                self._scroll_update(size)  # keeps the view within the new height
            finally:
                self._settling = settling

    def watch_scroll_y(self, old: float, new: float) -> None:
        if self._quiet:
            self.vertical_scrollbar.position = new
            return
        super().watch_scroll_y(old, new)
        if not self._settling:
            self._follow = False  # scrolled by the mouse or the scrollbar: the cursor may go
            self._settle()
            self._schedule_ahead(AHEAD_DELAY)

    def _settle(self) -> None:
        """Lay out what is in view, keep the cursor there if asked, read what is missing."""
        if self._heights is None or self._settling:
            return
        self._settling = True
        try:
            for _ in range(6):
                self._lay_out_visible()
                if not (self._follow and self._scroll_to_cursor()):
                    break
        finally:
            self._settling = False
        self._fetch_missing()

    def _lay_out_visible(self) -> None:
        """Lay out every block in view; more may come into view as estimates shrink."""
        heights = self._heights
        assert heights is not None
        total = heights.total
        for _ in range(6):
            first, last = self._visible()
            wanted = [i for i in range(first, last + 1) if i in self._rows]
            if all(i in self._blocks for i in wanted):
                break
            for index in wanted:
                self._laid(index)
        if heights.total != total:
            self._repaint()

    def _laid(self, index: int) -> LaidBlock:
        """The block at ``index`` laid out (once), its exact height recorded."""
        laid = self._blocks.get(index)
        if laid is not None:
            return laid
        columns, heights = self._columns, self._heights
        assert columns is not None and heights is not None
        block = aligned_layout.lay_out(
            self._rows[index],
            columns,
            opens=aligned_layout.opening(self._outline, index),
            first=index == 0,
            spans=self._hits.spans(index),
            codebook=self._codebook,
            console=self.app.console,
        )
        laid = LaidBlock.of(block, columns.width, self.app.console)
        laid.styled(self.rich_style, None)  # drawn as it will be, while there is time
        self._blocks[index] = laid
        self._measured[index] = 1
        if heights.set(index, len(laid.strips)):
            self._sync_size()
        if len(self._blocks) > KEEP_BLOCKS:
            self._blocks = _nearest(self._blocks, self._cursor, KEEP_BLOCKS // 2)
        return laid

    @property
    def laying_out_ahead(self) -> bool:
        """Whether pages around the view are still to be laid out in idle time."""
        return self._ahead is not None

    def _schedule_ahead(self, delay: float) -> None:
        if self._ahead is not None:
            self._ahead.stop()
        self._ahead = self.set_timer(delay, self._lay_out_ahead)

    def _lay_out_ahead(self) -> None:
        """When the keys rest, lay out what the next key may show: a page below and above
        the view, and the document's first and last pages (Home and End)."""
        self._ahead = None
        heights = self._heights
        if heights is None or self._settling:
            return
        first, last = self._visible()
        size, page = len(heights), last - first + 2
        below = range(last + 1, min(size, last + 1 + page))
        above = range(first - 1, max(-1, first - 1 - page), -1)
        ends = chain(range(max(0, size - page), size), range(min(size, page)))
        wanted = list(chain(below, above, ends))
        self._read_ends(page)
        # Blocks above the view may change height: the view keeps showing the same lines,
        # so the frame on screen stays right and is not drawn again.
        anchor, into = first, round(self.scroll_y) - heights.offset(first)
        started = time.perf_counter()
        self._settling = True
        try:
            for index in wanted:
                if index in self._blocks or index not in self._rows:
                    continue
                self._laid(index)
                if time.perf_counter() - started > AHEAD_BUDGET:
                    self._schedule_ahead(0.001)  # the rest after any key that came meanwhile
                    break
        finally:
            self._settling = False
        self._quiet = True
        try:
            self._scroll(heights.offset(anchor) + into)
        finally:
            self._quiet = False
        if self._follow:
            self._scroll_to_cursor()

    def _visible(self) -> tuple[int, int]:
        heights = self._heights
        assert heights is not None
        top = round(self.scroll_y)
        return heights.find(top), heights.find(top + max(1, self._view_height()) - 1)

    def _view_height(self) -> int:
        return self.scrollable_content_region.height

    def _refresh_block(self, index: int) -> None:
        heights = self._heights
        if heights is not None and 0 <= index < len(heights):
            self.refresh_lines(heights.offset(index), heights.height(index))

    def render_lines(self, crop: Region) -> list[Strip]:
        # Styles are looked up once a frame, not once a line: a lookup costs a fraction of
        # a millisecond, and a frame has dozens of lines.
        self._styles = (self.rich_style, self.get_component_rich_style("aligned-reader--cursor"))
        if self._outline.ids and self.scrollable_content_region.width != self._width:
            # A new width is laid out before this frame is drawn, not a frame later when
            # the Resize event comes: no frame shows lines laid out for another width.
            self._quiet = True
            try:
                self._fit_width()
            finally:
                self._quiet = False
        try:
            return super().render_lines(crop)
        finally:
            self._styles = None

    def render_line(self, y: int) -> Strip:
        heights = self._heights
        base, cursor = self._styles or (
            self.rich_style,
            self.get_component_rich_style("aligned-reader--cursor"),
        )
        line = round(self.scroll_y) + y
        if heights is None or line >= heights.total:
            return Strip.blank(self._width, base)
        index = heights.find(line)
        laid = self._blocks.get(index)
        if laid is None and index in self._rows and self._measured[index]:
            laid = self._laid(index)  # drawn differently, same height: safe mid-frame
        if laid is None:
            # Not read yet, or its height is still a guess: the next frame has it.
            self.call_later(self._settle)
            return Strip.blank(self._width, base)
        strips = laid.styled(base, cursor if index == self._cursor else None)
        row = line - heights.offset(index)
        return strips[row] if row < len(strips) else Strip.blank(self._width, base)

    # -- reading ---------------------------------------------------------------------------

    def _fetch_missing(self) -> None:
        """Read the sentences in view, and a margin around them, that are not held yet."""
        if self._heights is None:
            return
        first, last = self._visible()
        size = len(self._outline)
        near = range(max(0, first - WINDOW // 2), min(size, last + WINDOW // 2 + 1))
        if all(i in self._rows for i in near):
            return
        wide = range(max(0, first - WINDOW), min(size, last + WINDOW + 1))
        missing = [i for i in wide if i not in self._rows]
        span = (missing[0], missing[-1])
        if span != self._pending:
            self._pending = span
            self._fetch(self._generation, self._changes, self._outline.document_id, *span)

    @work(thread=True, exclusive=True, group="aligned-reader-window")
    def _fetch(self, generation: int, stamp: int, document_id: int, first: int, last: int) -> None:
        rows = self._read_window(document_id, first + 1, last + 1)
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._arrived, generation, stamp, rows, False)

    def _refetch(
        self, generation: int, stamp: int, document_id: int, runs: Sequence[tuple[int, int]]
    ) -> None:
        """Read these runs again: what is held of them is replaced."""
        self._read_runs(generation, stamp, document_id, runs, True)

    def _read_ends(self, page: int) -> None:
        """Read the document's first and last pages once, for Home and End."""
        size = len(self._outline)
        if self._ends_read or not size:
            return
        self._ends_read = True
        missing = [
            i
            for i in chain(range(min(size, page)), range(max(0, size - page), size))
            if i not in self._rows
        ]
        if missing:
            runs = _runs(sorted(set(missing)))
            self._read_runs(self._generation, self._changes, self._outline.document_id, runs, False)

    @work(thread=True, group="aligned-reader-runs")
    def _read_runs(
        self,
        generation: int,
        stamp: int,
        document_id: int,
        runs: Sequence[tuple[int, int]],
        fresh: bool,
    ) -> None:
        read = self._read_window
        rows = [row for first, last in runs for row in read(document_id, first + 1, last + 1)]
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._arrived, generation, stamp, rows, fresh)

    def _arrived(self, generation: int, stamp: int, rows: list[Sentence], fresh: bool) -> None:
        """Sentences from the store: hold them, and draw those in view."""
        heights = self._heights
        if generation != self._generation or heights is None or not self.is_attached:
            return
        if not fresh:
            self._pending = None
        first, last = self._visible()
        shown = False  # whether any of them is in view
        for row in rows:
            index = row.position - 1
            if stamp < self._changed_at.get(index, -1):
                continue  # read before a change to it: a fresher read is on its way
            if not fresh and index in self._rows:
                continue
            self._rows[index] = row
            self._blocks.pop(index, None)
            self._measured[index] = 0
            if first <= index <= last:
                shown = True
                before = heights.height(index)
                self._laid(index)
                if fresh and heights.height(index) == before:
                    self._refresh_block(index)  # the one sentence that changed, no more
                else:
                    self.refresh()
        if len(self._rows) > KEEP_ROWS:
            self._rows = _nearest(self._rows, self._cursor, KEEP_ROWS // 2)
        if shown or not fresh:
            self._settle()
        if not fresh and not shown:
            self._schedule_ahead(AHEAD_DELAY)  # read ahead of the view: laid out ahead too
        if any(row.position - 1 == self._cursor for row in rows):
            self._announce()


def _runs(indexes: Sequence[int]) -> list[tuple[int, int]]:
    """Consecutive indexes as (first, last) runs: one read per run."""
    runs: list[tuple[int, int]] = []
    for index in indexes:
        if runs and runs[-1][1] == index - 1:
            runs[-1] = (runs[-1][0], index)
        else:
            runs.append((index, index))
    return runs


def _nearest(items: dict[int, T], centre: int, keep: int) -> dict[int, T]:
    """The ``keep`` entries whose keys are nearest ``centre``."""
    ordered = sorted(items, key=lambda i: abs(i - centre))[:keep]
    return {i: items[i] for i in ordered}
