"""Tokens are the word pattern's matches, with their offsets, whatever the text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from c5tui.text.tokens import _WORD, Token, _key, tokenize

PIECES = ["АҚШ-тың", "_", " ", "’", "a'b", "\u0301", "«Ақ»", "İ", "5,6"]
TEXT = st.text(alphabet=st.characters(codec=None, exclude_categories=()), max_size=200) | (
    st.lists(st.sampled_from(PIECES)).map("".join)
)


def matched(text: str) -> list[Token]:
    """What tokenize gives, found one match at a time."""
    tokens = []
    for match in _WORD.finditer(text.replace("_", " ")):
        key = _key(match.group())
        if key:
            tokens.append(Token(match.start(), match.end(), match.group(), key))
    return tokens


@settings(max_examples=400, deadline=None)
@given(text=TEXT)
def test_tokens_are_the_matches_of_the_word_pattern(text: str) -> None:
    found = tokenize(text)
    assert found == matched(text)
    assert all(text[t.start : t.end] == t.text for t in found)
