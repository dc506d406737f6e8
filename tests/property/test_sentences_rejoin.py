"""A line split into sentences gives the line back, whatever its quotes and stops."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from c5tui.corpus.sentences import split_sentences

PIECES = ["«", "»", "“", "”", "„", '"', "(", ")", ".", "?", "!", "...", "…", " – ", " — деп"]
PIECES += ["Ол", "айтты", "т.б.", "АҚШ", "5.6", " ", "\t", "ж.", "Р. Мұстафин"]
LINE = st.lists(st.sampled_from(PIECES), max_size=40).map("".join) | st.text(max_size=80)


@settings(max_examples=500, deadline=None)
@given(line=LINE, offset=st.integers(min_value=0, max_value=1000))
def test_the_sentences_of_a_line_joined_are_the_line(line: str, offset: int) -> None:
    sentences = split_sentences(line, offset)
    lead = len(line) - len(line.lstrip())
    if not line.strip():
        assert sentences == []
        return
    assert "".join(s.text + s.space_after for s in sentences) == line[lead:]
    for sentence in sentences:
        assert line[sentence.start - offset : sentence.end - offset] == sentence.text
        assert sentence.text.strip() == sentence.text
