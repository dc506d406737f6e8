"""Search keys (folding across scripts and keyboards, tokens, light stemming) and display."""

from c5tui.text.fold import fold
from c5tui.text.stems import english_stem, inflection_stems, kazakh_stems
from c5tui.text.tokens import Token, query_terms, token_keys, tokenize, word_keys

__all__ = [
    "Token",
    "english_stem",
    "fold",
    "inflection_stems",
    "kazakh_stems",
    "query_terms",
    "token_keys",
    "tokenize",
    "word_keys",
]
