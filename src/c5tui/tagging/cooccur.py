"""Which actors go with which sectors: quote counts where a row tag and a column tag meet.

A quote counts in a cell when it carries the row tag (or a tag below it: ``trump`` counts
for ``usa``) and the column tag (likewise). Rows and columns are in codebook order; a tag
that meets no tag of the other kind in scope is left out.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass

from c5tui.errors import InputError
from c5tui.model import Tag

KINDS = ("actor", "sector")


@dataclass(frozen=True, slots=True)
class Cell:
    row: Tag
    col: Tag
    count: int


@dataclass(frozen=True, slots=True)
class Matrix:
    """Quote counts by row tag and column tag, over ``quotes`` quotes."""

    rows: tuple[Tag, ...]
    cols: tuple[Tag, ...]
    counts: tuple[tuple[int, ...], ...]
    quotes: int

    def count(self, row: int, col: int) -> int:
        return self.counts[row][col]

    @property
    def largest(self) -> int:
        return max((max(r) for r in self.counts if r), default=0)

    def cells(self) -> Iterator[Cell]:
        """Every cell, row by row."""
        for r, row in enumerate(self.rows):
            for c, col in enumerate(self.cols):
                yield Cell(row, col, self.counts[r][c])


def check_kinds(rows: str, cols: str) -> None:
    for kind in (rows, cols):
        if kind not in KINDS:
            raise InputError(f"{kind!r}: rows and columns are actor or sector")


def cooccurrence(
    codebook: Iterable[Tag],
    members: Mapping[str, set[int]],
    family: Callable[[str], set[str]],
    *,
    rows: str = "actor",
    cols: str = "sector",
    scope: set[int] | None = None,
) -> Matrix:
    """The matrix over the quotes in ``scope`` (all quotes when None).

    ``members`` maps each tag to the quotes it is on; ``family(tag)`` is the tag with every
    tag below it (the store's one hierarchy rule).
    """
    check_kinds(rows, cols)
    tags = list(codebook)

    def quotes_of(tag: Tag) -> set[int]:
        found: set[int] = set()
        for member in family(tag.id):
            found |= members.get(member, set())
        return found if scope is None else found & scope

    row_sets = [(t, quotes_of(t)) for t in tags if t.kind == rows]
    col_sets = [(t, quotes_of(t)) for t in tags if t.kind == cols]
    # A tag that meets no tag of the other kind would only add a line of zeros.
    row_sets = [(t, q) for t, q in row_sets if any(q & cq for _, cq in col_sets)]
    col_sets = [(t, q) for t, q in col_sets if any(q & rq for _, rq in row_sets)]
    counts = tuple(tuple(len(rq & cq) for _, cq in col_sets) for _, rq in row_sets)
    everything = set().union(*members.values()) if members else set()
    total = len(everything if scope is None else everything & scope)
    return Matrix(
        rows=tuple(t for t, _ in row_sets),
        cols=tuple(t for t, _ in col_sets),
        counts=counts,
        quotes=total,
    )
