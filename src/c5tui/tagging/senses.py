"""English alias words whose neighbours show another sense: a power plant is no great power.

Each entry lists the words that, right after or right before the alias word, make it
another word; all are compared as stemmed search keys.
"""

from __future__ import annotations

from c5tui.text import Token, english_stem, fold


def _keys(words: str) -> frozenset[str]:
    return frozenset(english_stem(fold(word)) for word in words.split())


# alias word -> (words after it, words before it) that give it another sense
OTHER_SENSE: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    fold("power"): (
        _keys("plant station grid line supply generation capacity outage sector unit"),
        _keys("fired nuclear solar wind hydro electric thermal purchasing horse"),
    ),
    fold("balance"): (_keys("sheet"), _keys("trade bank account")),
    fold("security"): (_keys("deposit"), _keys("social food")),
}


def other_sense(alias_key: str, tokens: list[Token], first: int, last: int) -> bool:
    """Whether the words around ``tokens[first:last + 1]`` give the alias another sense."""
    senses = OTHER_SENSE.get(alias_key)
    if senses is None:
        return False
    after, before = senses
    next_word = english_stem(tokens[last + 1].key) if last + 1 < len(tokens) else ""
    prev_word = english_stem(tokens[first - 1].key) if first > 0 else ""
    return next_word in after or prev_word in before
