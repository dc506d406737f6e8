"""Search hits in a document, by place: their highlights, and the next or previous one."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Mapping

from c5tui.tui.render import Spans

NO_SPANS: tuple[Spans, Spans] = ((), ())


class HitList:
    """Hits at places ``0..n-1`` of a document, each with its Kazakh and English spans."""

    def __init__(self, hits: Mapping[int, tuple[Spans, Spans]] | None = None) -> None:
        self._spans = dict(hits or {})
        self._order = sorted(self._spans)

    def __len__(self) -> int:
        return len(self._order)

    def spans(self, place: int) -> tuple[Spans, Spans]:
        return self._spans.get(place, NO_SPANS)

    def changed(self, other: HitList) -> set[int]:
        """The places whose highlights differ between this list and ``other``."""
        places = self._spans.keys() | other._spans.keys()
        return {p for p in places if self._spans.get(p) != other._spans.get(p)}

    def number(self, place: int) -> int | None:
        """Which hit is at ``place``, counting from 1 (None when none is)."""
        at = bisect_left(self._order, place)
        return at + 1 if at < len(self._order) and self._order[at] == place else None

    def after(self, place: int, step: int) -> int | None:
        """The next hit after ``place`` (``step`` 1) or before it (-1), wrapping round."""
        if not self._order:
            return None
        if step > 0:
            return self._order[bisect_right(self._order, place) % len(self._order)]
        return self._order[(bisect_left(self._order, place) - 1) % len(self._order)]
