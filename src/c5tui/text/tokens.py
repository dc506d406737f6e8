"""Word tokens with their offsets in the original text and their folded keys."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from c5tui.text.fold import fold

# Letters, digits and combining marks; inner apostrophes stay in the word (2017 drafts: a').
_WORD = re.compile(r"(?:[^\W_]|[\u0300-\u036f])+(?:['’](?:[^\W_]|[\u0300-\u036f])+)*")


class Token(NamedTuple):
    """A word: its offsets, its text and its key (a tuple: tokenizing a corpus makes
    millions, and a tuple is several times cheaper to make than a frozen dataclass)."""

    start: int
    end: int
    text: str
    key: str


def tokenize(text: str) -> list[Token]:
    """Word tokens of ``text``; hyphens, spaces and punctuation split words (АҚШ-тың → АҚШ, тың)."""
    tokens = []
    for match in _WORD.finditer(text):
        key = fold(match.group(0)).replace(" ", "")
        if key:
            tokens.append(Token(match.start(), match.end(), match.group(0), key))
    return tokens


def word_keys(text: str) -> Iterator[tuple[str, str]]:
    """Each token's (text, key), as :func:`tokenize` finds them, without their offsets."""
    for word in _WORD.findall(text):
        key = fold(word).replace(" ", "")
        if key:
            yield word, key


def token_keys(text: str) -> list[str]:
    """The keys of :func:`tokenize`'s tokens, without building the tokens (for indexing)."""
    return [key for _word, key in word_keys(text)]


def query_terms(text: str) -> list[str]:
    """The folded keys of a query's words, in order."""
    return token_keys(text)
