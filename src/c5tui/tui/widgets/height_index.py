"""Line offsets of a long run of blocks of varying height, updated one block at a time.

A Fenwick tree over the heights: the offset of a block, the block at a line and a
change of one height each cost O(log n), so a view of 100,000 sentences can scroll,
jump and re-measure a sentence without summing every height before it.
"""

from __future__ import annotations

from collections.abc import Sequence


class HeightIndex:
    """Heights of blocks ``0..n-1`` (each at least one line) and their line offsets."""

    def __init__(self, heights: Sequence[int]) -> None:
        self._heights = list(heights)
        size = len(self._heights)
        tree = [0, *self._heights]
        for i in range(1, size + 1):
            parent = i + (i & -i)
            if parent <= size:
                tree[parent] += tree[i]
        self._tree = tree
        self.total = sum(self._heights)
        self._top_bit = 1 << (size.bit_length() - 1) if size else 0

    def __len__(self) -> int:
        return len(self._heights)

    def height(self, block: int) -> int:
        return self._heights[block]

    def offset(self, block: int) -> int:
        """The first line of ``block``: the sum of the heights before it."""
        total, i = 0, block
        tree = self._tree
        while i > 0:
            total += tree[i]
            i -= i & -i
        return total

    def find(self, line: int) -> int:
        """The block that holds ``line`` (lines past the end belong to the last block)."""
        position, remaining = 0, line
        tree, size, step = self._tree, len(self._heights), self._top_bit
        while step:
            ahead = position + step
            if ahead <= size and tree[ahead] <= remaining:
                position = ahead
                remaining -= tree[ahead]
            step >>= 1
        return min(position, size - 1)

    def set(self, block: int, height: int) -> bool:
        """Give ``block`` a new height; True if it changed."""
        delta = height - self._heights[block]
        if not delta:
            return False
        self._heights[block] = height
        self.total += delta
        i, size, tree = block + 1, len(self._heights), self._tree
        while i <= size:
            tree[i] += delta
            i += i & -i
        return True
