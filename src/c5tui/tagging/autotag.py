"""The auto-tagger: codebook aliases found in a sentence, through inflection and across scripts.

Aliases are folded and tokenized like the text (``c5tui.text``), so «АҚШ-тың» meets the
alias АҚШ, «минералдардың» meets минерал and «Qazaqstan» meets Қазақстан. A word matches an
alias word when it is the same key, when one of its Kazakh stems is that key, or when their
English stems agree. Multi-word aliases must match consecutive words. Very short alias words
(three letters or fewer) must match exactly, which keeps ақша (money) from АҚШ (USA).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from c5tui.model import Tag
from c5tui.text import Token, english_stem, kazakh_stems, tokenize

SHORT = 3


@dataclass(frozen=True, slots=True)
class AutoTag:
    tag: str
    side: Literal["kk", "en"]
    start: int
    end: int
    evidence: str


def _forms(key: str) -> set[str]:
    """Every form a text word can be matched by."""
    forms = {key, english_stem(key)}
    forms.update(s for s in kazakh_stems(key) if len(s) > SHORT)
    return forms


class AutoTagger:
    """Find codebook tags in Kazakh and English text, with the words that show them."""

    def __init__(self, tags: Iterable[Tag]) -> None:
        # first alias word -> [(tag id, every alias word)]
        self._index: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        for tag in tags:
            for alias in (tag.label_en, tag.label_kk, *tag.aliases):
                words = tuple(t.key for t in tokenize(alias))
                if words:
                    for first in self._alias_forms(words[0]):
                        self._index.setdefault(first, []).append((tag.id, words))

    @staticmethod
    def _alias_forms(key: str) -> set[str]:
        return {key} if len(key) <= SHORT else {key, english_stem(key)}

    def _word_matches(self, alias_word: str, token: Token) -> bool:
        if len(alias_word) <= SHORT:
            return token.key == alias_word
        return bool(self._alias_forms(alias_word) & _forms(token.key))

    def _find(self, text: str, side: Literal["kk", "en"]) -> list[AutoTag]:
        tokens = tokenize(text)
        found: list[AutoTag] = []
        for i, token in enumerate(tokens):
            candidates = {token.key} | _forms(token.key)
            for form in candidates:
                for tag_id, words in self._index.get(form, ()):
                    span = tokens[i : i + len(words)]
                    if len(span) == len(words) and all(
                        self._word_matches(w, t) for w, t in zip(words, span, strict=True)
                    ):
                        start, end = span[0].start, span[-1].end
                        found.append(AutoTag(tag_id, side, start, end, text[start:end]))
        return found

    def tag(self, kk: str, en: str | None = None) -> list[AutoTag]:
        """Tags found in a sentence (Kazakh first, then English), one entry per match."""
        found = self._find(kk, "kk")
        if en:
            found += self._find(en, "en")
        seen: set[tuple[str, str, int]] = set()
        unique = []
        for item in found:
            if (item.tag, item.side, item.start) not in seen:
                seen.add((item.tag, item.side, item.start))
                unique.append(item)
        return unique
