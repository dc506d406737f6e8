"""Laying out one sentence pair of the Read view: widths, openings, tag marks, estimates."""

from __future__ import annotations

from rich.console import Console

from c5tui.model import Outline, Sentence, TagRef
from c5tui.tui.widgets import aligned_layout
from c5tui.tui.widgets.aligned_layout import Columns

OUTLINE = Outline(1, (1, 2, 3, 4), (1, 1, 2, 3), (0, 0, 0, 1), (40, 300, 20, 80), (40, 0, 20, 90))


def sentence(kk: str, en: str | None, *, role: str = "answer", tags: tuple = ()) -> Sentence:
    return Sentence(1, 1, "p02.s01", 3, 2, 1, 1, role, "Speaker", kk, en, 0, 1, tags)  # type: ignore[arg-type]


def plain(block: aligned_layout.Block) -> list[str]:
    return [line.plain for line in block.lines]


def test_openings_give_a_heading_a_paragraph_break_or_nothing() -> None:
    assert [aligned_layout.opening(OUTLINE, i) for i in range(4)] == [
        "turn",
        "",
        "paragraph",
        "turn",
    ]
    assert aligned_layout.lines_before(OUTLINE) == [1, 0, 1, 2]


def test_lines_are_as_wide_as_the_view_with_the_rule_in_one_column() -> None:
    columns = Columns.fit(80, OUTLINE)
    quote = sentence("Қазақстан " * 12, "Kazakhstan " * 9)
    block = aligned_layout.lay_out(
        quote, columns, opens="paragraph", first=False, codebook={}, console=Console()
    )
    lines = plain(block)
    assert block.body == 1  # the paragraph break before the sentence
    assert all(len(line) == 80 for line in lines)
    rule = columns.gutter + columns.kk + 1
    assert all(line[rule] == "│" for line in lines)
    assert lines[1].lstrip().startswith("¶2 Қазақстан")


def test_tag_marks_follow_the_kazakh_text_where_they_fit() -> None:
    columns = Columns.fit(100, OUTLINE)
    tags = (TagRef("minerals", "sector", "curated"), TagRef("usa", "actor", "user"))
    short = aligned_layout.lay_out(
        sentence("Литий.", "Lithium.", tags=tags),
        columns,
        opens="",
        first=False,
        codebook={},
        console=Console(),
    )
    assert len(short.lines) == 1 and "#minerals +usa" in short.lines[0].plain
    untranslated = aligned_layout.lay_out(
        sentence("Литий.", None), columns, opens="", first=False, codebook={}, console=Console()
    )
    assert "(not translated)" in untranslated.lines[0].plain


def test_estimates_come_from_the_lengths_and_the_lines_before() -> None:
    columns = Columns.fit(80, OUTLINE)
    before = aligned_layout.lines_before(OUTLINE)
    estimates = aligned_layout.estimate_heights(OUTLINE, before, columns)
    assert estimates[0] == 1 + 2  # heading, then 40 characters over two narrow lines
    assert estimates[1] > estimates[2]  # 300 characters take more lines than 20


def test_a_document_without_english_reads_full_width_in_kazakh() -> None:
    kazakh_only = Outline(1, (1, 2), (1, 1), (0, 0), (300, 40), (0, 0))
    columns = Columns.fit(80, kazakh_only)
    assert not columns.english and columns.kk == 80 - columns.gutter
    quote = sentence("Қазақстан " * 12, None)
    block = aligned_layout.lay_out(
        quote, columns, opens="", first=False, codebook={}, console=Console()
    )
    lines = plain(block)
    assert not any(aligned_layout.RULE in line or "not translated" in line for line in lines)
    assert len(lines) == 2  # 120 characters of Kazakh on two lines of 74, not four of 36
    assert all(len(line) <= 80 for line in lines)
    assert aligned_layout.estimate_heights(kazakh_only, [1, 0], columns) == [1 + 5, 1]
    # One translated sentence brings the English column back for the whole document.
    assert Columns.fit(80, Outline(1, (1, 2), (1, 1), (0, 0), (300, 40), (0, 12))).english
