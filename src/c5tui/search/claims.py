"""Finding claims by words: every query word must match a word of the statement or its quotes."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from c5tui.model import Claim, Sentence
from c5tui.text import english_stem, kazakh_stems, tokenize


def _word_keys(texts: Iterable[str | None]) -> set[str]:
    keys: set[str] = set()
    for text in texts:
        if text:
            for token in tokenize(text):
                keys.add(token.key)
                keys.update(kazakh_stems(token.key))
                keys.add(english_stem(token.key))
    return keys


def claim_matches(claim: Claim, quotes: Mapping[int, Sentence], query: str) -> bool:
    """True if each word of ``query`` starts a word (or its stem) of the claim or its quotes."""
    wanted = [token.key for token in tokenize(query)]
    if not wanted:
        return True
    texts: list[str | None] = [claim.statement]
    for sentence_id in claim.sentence_ids:
        quote = quotes.get(sentence_id)
        if quote is not None:
            texts += [quote.kk, quote.en]
    keys = _word_keys(texts)
    return all(
        any(key.startswith(w) or key.startswith(min(kazakh_stems(w), key=len)) for key in keys)
        for w in wanted
    )
