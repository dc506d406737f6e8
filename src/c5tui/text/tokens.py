"""Word tokens with their offsets in the original text and their folded keys."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from c5tui.text.fold import fold

# Letters, digits and combining marks; inner apostrophes stay in the word (2017 drafts: a').
# Underscores split words too: the text is matched with each one made a space (offsets
# stay), so that a word is one character class, twice as fast as a choice per letter.
_WORD = re.compile(r"[\w\u0300-\u036f]+(?:['’][\w\u0300-\u036f]+)*")


def _words_of(text: str) -> str:
    return text.replace("_", " ")


@lru_cache(maxsize=1 << 17)
def _key(word: str) -> str:
    return fold(word).replace(" ", "")


class Token(NamedTuple):
    """A word: its offsets, its text and its key (a tuple: tokenizing a corpus makes
    millions, and a tuple is several times cheaper to make than a frozen dataclass)."""

    start: int
    end: int
    text: str
    key: str


_new_tuple = tuple.__new__
# The text split into what lies between words and the words ([gap, word, gap, …, gap]):
# offsets counted from the pieces' lengths cost less than a match object per word.
_GAPS_AND_WORDS = re.compile(f"({_WORD.pattern})")


def tokenize(text: str) -> list[Token]:
    """Word tokens of ``text``; hyphens, spaces and punctuation split words (АҚШ-тың → АҚШ, тың)."""
    pieces = _GAPS_AND_WORDS.split(_words_of(text))
    tokens: list[Token] = []
    append = tokens.append
    key_of = _key
    start = len(pieces[0])
    for word, gap in zip(pieces[1::2], pieces[2::2], strict=True):
        end = start + len(word)
        key = key_of(word)
        if key:
            # tuple.__new__ directly: a corpus makes millions of tokens, and the named
            # tuple's own constructor adds a Python call to each.
            append(_new_tuple(Token, (start, end, word, key)))
        start = end + len(gap)
    return tokens


def word_keys(text: str) -> Iterator[tuple[str, str]]:
    """Each token's (text, key), as :func:`tokenize` finds them, without their offsets."""
    for word in _WORD.findall(_words_of(text)):
        key = _key(word)
        if key:
            yield word, key


def token_keys(text: str) -> list[str]:
    """The keys of :func:`tokenize`'s tokens, without building the tokens (for indexing)."""
    return list(filter(None, map(_key, _WORD.findall(_words_of(text)))))


def query_terms(text: str) -> list[str]:
    """The folded keys of a query's words, in order."""
    return token_keys(text)
