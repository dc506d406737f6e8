"""Search hits of the Read view: numbered by place, visited forwards and back, wrapping."""

from __future__ import annotations

from c5tui.tui.widgets.hit_list import NO_SPANS, HitList


def test_hits_are_visited_in_document_order_and_wrap_round() -> None:
    hits = HitList({30: (((0, 3),), ()), 5: ((), ((1, 2),)), 12: NO_SPANS})
    assert len(hits) == 3
    assert [hits.after(p, 1) for p in (0, 5, 6, 12, 30, 99)] == [5, 12, 12, 30, 5, 5]
    assert [hits.after(p, -1) for p in (0, 5, 12, 13, 30)] == [30, 30, 5, 12, 12]
    assert hits.number(12) == 2 and hits.number(13) is None
    assert hits.spans(30) == (((0, 3),), ()) and hits.spans(31) == NO_SPANS


def test_changed_names_the_places_whose_highlights_differ() -> None:
    before = HitList({1: NO_SPANS, 2: (((0, 1),), ())})
    after = HitList({2: (((0, 2),), ()), 3: NO_SPANS})
    assert after.changed(before) == {1, 2, 3}
    assert HitList().after(4, 1) is None
