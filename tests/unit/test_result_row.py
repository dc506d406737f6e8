"""A row of the results list: the words around the first hit, then as many tags as fit."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rich.text import Text

from c5tui.model import Sentence, Tag, TagRef
from c5tui.tui.render import highlighted, keyword_in_context, result_row
from c5tui.workspace import Workspace

LONG = (
    "Мысалы, Джо Байден кезінде Нью-Йоркте өткен кездесудің декларативті, тіпті академиялық"
    " сипаты басым болса, бұл жолы Дональд Трамп нақты, прагматикалық және тікелей"
    " транзакциялық бетбұрысқа дайын екенін аңғартып үлгерді."
)
MANY_TAGS = tuple(
    TagRef(tag, kind, "curated")
    for tag, kind in [
        ("geopolitics", "sector"),
        ("trade_investment", "sector"),
        ("biden", "actor"),
        ("trump", "actor"),
    ]
)


@pytest.fixture
def quote(workspace: Workspace) -> Sentence:
    return workspace.quotes()[5]


@pytest.fixture
def codebook(workspace: Workspace) -> dict[str, Tag]:
    return {tag.id: tag for tag in workspace.tags()}


def span_of(text: str, word: str) -> tuple[tuple[int, int], ...]:
    start = text.index(word)
    return ((start, start + len(word)),)


def marked(row: Text) -> list[str]:
    """The characters shown in bold reverse: the highlighted hits."""
    return [row.plain[s.start : s.end] for s in row.spans if s.style == "bold reverse"]


def test_a_hit_far_into_a_long_sentence_is_shown_with_its_context(
    quote: Sentence, codebook: dict[str, Tag]
) -> None:
    spans = span_of(LONG, "транзакциялық")
    row = result_row(replace(quote, kk=LONG, tags=MANY_TAGS), LONG, spans, codebook, 100)
    assert row.cell_len == 100
    assert marked(row) == ["транзакциялық"]
    # The cut start is marked, and the words just before the hit stay for context.
    assert "…" in row.plain.split("транзакциялық")[0]
    assert "тікелей транзакциялық бетбұрысқа" in row.plain
    assert "#geopolitics" in row.plain


def test_tags_take_what_is_left_never_the_hit(quote: Sentence, codebook: dict[str, Tag]) -> None:
    spans = span_of(LONG, "үлгерді")
    row = result_row(replace(quote, kk=LONG, tags=MANY_TAGS), LONG, spans, codebook, 50)
    assert row.cell_len == 50
    assert marked(row) == ["үлгерді"]


def test_a_short_sentence_is_shown_whole_without_ellipsis(
    quote: Sentence, codebook: dict[str, Tag]
) -> None:
    text = "Литий қоры бар."
    row = result_row(replace(quote, kk=text, tags=()), text, span_of(text, "қоры"), codebook, 80)
    assert "Литий қоры бар." in row.plain
    assert "…" not in row.plain
    assert marked(row) == ["қоры"]


def test_highlights_survive_double_spaces_and_newlines(
    quote: Sentence, codebook: dict[str, Tag]
) -> None:
    text = "Біріншіден,  мұнай\nжәне   литий\n\nқоры  бар."
    spans = span_of(text, "литий") + span_of(text, "қоры")
    row = result_row(replace(quote, kk=text, tags=()), text, spans, codebook, 80)
    # A row is one line: the stored text's runs of spaces and newlines show as one space.
    assert "Біріншіден, мұнай және литий қоры бар." in row.plain
    assert marked(row) == ["литий", "қоры"]


def test_highlighted_moves_the_spans_with_the_text_made_one_line() -> None:
    text = "Біріншіден,\n\n  литий  қоры"
    shown = highlighted(text, span_of(text, "литий"), one_line=True)
    assert shown.plain == "Біріншіден, литий қоры"
    assert marked(shown) == ["литий"]


@given(
    st.lists(st.sampled_from(["литий", "уран", "a", "көмір", "  ", "\n", "\x1b"]), max_size=40),
    st.integers(min_value=0, max_value=39),
    st.integers(min_value=8, max_value=80),
)
def test_the_window_is_as_wide_as_asked_and_holds_the_first_hit(
    words: list[str], pick: int, width: int
) -> None:
    text = " ".join(words)
    starts = [i for i in range(len(text)) if text.startswith("литий", i)]
    spans = ((starts[pick % len(starts)], starts[pick % len(starts)] + 5),) if starts else ()
    shown = keyword_in_context(text, spans[:1], width)
    assert shown.cell_len == width
    if spans:
        assert marked(shown) and marked(shown)[0] == "литий"
