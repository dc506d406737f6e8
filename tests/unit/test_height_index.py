"""The height index: offsets, the block at a line and height changes agree with a plain sum."""

from __future__ import annotations

from itertools import accumulate

from hypothesis import given
from hypothesis import strategies as st

from c5tui.tui.widgets.height_index import HeightIndex

heights = st.lists(st.integers(min_value=1, max_value=12), min_size=1, max_size=300)


@given(heights, st.data())
def test_offsets_and_lookups_match_a_running_sum(sizes: list[int], data: st.DataObject) -> None:
    index = HeightIndex(sizes)
    changes = data.draw(
        st.lists(st.tuples(st.integers(0, len(sizes) - 1), st.integers(1, 12)), max_size=20)
    )
    for block, height in changes:
        index.set(block, height)
        sizes[block] = height
    starts = [0, *accumulate(sizes)]
    assert index.total == starts[-1]
    for block in range(len(sizes)):
        assert index.offset(block) == starts[block]
        assert index.height(block) == sizes[block]
        assert index.find(starts[block]) == block
        assert index.find(starts[block + 1] - 1) == block
    assert index.find(index.total + 5) == len(sizes) - 1


def test_a_change_of_height_reports_whether_it_changed() -> None:
    index = HeightIndex([2, 3])
    assert index.set(1, 4) and not index.set(1, 4)
    assert index.total == 6
