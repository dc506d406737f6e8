"""The auto-tagger: codebook aliases found in a sentence, through inflection and across scripts.

Aliases are folded and tokenized like the text (``c5tui.text``), so «АҚШ-тың» meets the
alias АҚШ and «минералдардың» meets минерал. A word matches an alias word when it is the
same key, when one of its Kazakh stems is that key, or when their English stems agree.
Unlike search, tagging is exact where the script allows it (:mod:`c5tui.tagging.spelling`):
in Kazakh Cyrillic only Cyrillic aliases apply, on their own letters (``ұран`` is not
``уран``); Latin and English aliases apply to Latin words. An alias written with a capital
(Астана, Ақ үй) needs a capital in the text (``астанасы``, a capital city, is not Astana).
Multi-word aliases must match consecutive words. Very short alias words (three letters or
fewer) must match exactly, which keeps ақша (money) from АҚШ (USA); a short Kazakh word in
lower case (газ, кен, мыс) may take noun endings (газды, кені), but nothing else (газет,
newspaper, is not gas). An English translation is read with the Latin and English aliases
only: folded, «мыс» (copper) would be "miss". Datelines, outlets' names and, for sectors,
institutions' names are not evidence (:mod:`.not_topical`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, count
from operator import itemgetter
from typing import Literal, NamedTuple, cast

from c5tui.model import Tag
from c5tui.tagging.not_topical import (
    field_lists,
    institution_spans,
    latin_name_spans,
    legal_name_spans,
    masked_spans,
    named_after,
    overlaps,
)
from c5tui.tagging.senses import guarded, of_another_country, other_sense
from c5tui.tagging.spelling import harmony_clash, is_cyrillic, is_kazakh_cyrillic, same_letters
from c5tui.text import Token, english_stem, fold, kazakh_stems, tokenize
from c5tui.text.inflection import denominal_stems, inflects, inflects_key
from c5tui.text.latin import to_latin

SHORT = 3


class AutoTag(NamedTuple):
    """A tag found, with where its evidence is (a tuple: a retag makes millions)."""

    tag: str
    side: Literal["kk", "en"]
    start: int
    end: int
    evidence: str


_new_tuple = tuple.__new__  # a named tuple made without the Python call of its constructor
_TEXT = itemgetter(2)  # a token's text


@dataclass(frozen=True, slots=True)
class AliasWord:
    """One word of an alias: its search key and how it is written."""

    key: str
    text: str
    proper: bool = True  # written as in running text (an alias), not as a title (a label)

    @property
    def capital(self) -> bool:
        return self.proper and self.text[:1].isupper()

    @property
    def cyrillic(self) -> bool:
        return is_cyrillic(self.text)

    @property
    def declines(self) -> bool:
        """A short Kazakh common noun, which may take noun endings (not АҚШ or БҰҰ)."""
        return self.cyrillic and self.text.islower()


def _stem(key: str) -> str:
    # An English stem shorter than four letters (mining → min) meets too many words.
    stem = english_stem(key)
    return stem if len(stem) > SHORT else key


# Words repeat across a corpus: a retag of 100k sentences meets a few thousand keys.
@lru_cache(maxsize=1 << 16)
def _forms(key: str) -> frozenset[str]:
    """Every form a text word can be matched by."""
    forms = {key, _stem(key)}
    forms.update(s for s in kazakh_stems(key) if len(s) > SHORT)
    forms.update(denominal_stems(key))
    return frozenset(forms)


@lru_cache(maxsize=4096)
def _latin_key(text: str) -> str:
    """The search key of a Cyrillic word as the Latin alphabet writes it (ҚХР → QHR)."""
    return fold(to_latin(text)).replace(" ", "")


def _short_key(alias: AliasWord, token: Token) -> str:
    """The key a short alias is compared by: a Cyrillic abbreviation in Latin text by its
    Latin spelling, since folding alone merges ҚХР (China) with QR (Kazakhstan)."""
    if alias.cyrillic and not is_cyrillic(token.text):
        return _latin_key(alias.text)
    return alias.key


Entry = tuple[str, tuple[AliasWord, ...]]  # (tag id, every alias word)


def _lookups(key: str) -> frozenset[str]:
    """The index keys to look a text word up by: its forms, and a short stem (газ|ды)."""
    return _forms(key) | {key[:SHORT]}


class AutoTagger:
    """Find codebook tags in Kazakh and English text, with the words that show them."""

    def __init__(self, tags: Iterable[Tag]) -> None:
        # first alias word's forms -> [(tag id, every alias word)]
        self._index: dict[str, list[Entry]] = {}
        self._kinds: dict[str, str] = {}
        # Per text word: the aliases that may start at it, and each word test's answer.
        self._starts: dict[str, tuple[Entry, ...]] = {}
        self._matches: dict[tuple[AliasWord, str, bool, bool], bool] = {}
        # Per (exact, English), per text word: the aliases whose first word it matches.
        self._first_matched: dict[tuple[bool, bool], dict[str, tuple[Entry, ...]]] = {}
        for tag in tags:
            self._kinds[tag.id] = tag.kind
            # Labels are capitalised as titles, aliases as the names are written.
            labels = [(tag.label_en, False), (tag.label_kk, False)]
            for alias, proper in (*labels, *((a, True) for a in tag.aliases)):
                words = tuple(AliasWord(t.key, t.text, proper) for t in tokenize(alias))
                if words:
                    for first in self._first_word_keys(words[0]):
                        self._index.setdefault(first, []).append((tag.id, words))
        self._sectors = {tag_id for tag_id, kind in self._kinds.items() if kind == "sector"}

    @staticmethod
    def _alias_forms(key: str) -> set[str]:
        return {key} if len(key) <= SHORT else {key, _stem(key)}

    @staticmethod
    def _first_word_keys(word: AliasWord) -> set[str]:
        keys = AutoTagger._alias_forms(word.key)
        if len(word.key) <= SHORT and word.cyrillic:
            keys.add(_latin_key(word.text))
        return keys

    def _word_test(self, alias: AliasWord, token: Token, exact: bool, english: bool) -> bool:
        if alias.capital and token.text[:1].islower():
            return False
        if english and alias.cyrillic:
            return False
        if is_cyrillic(token.text):
            if exact and not (alias.cyrillic and same_letters(alias.text, token.text)):
                return False
        elif alias.cyrillic and harmony_clash(alias.text, token.text):
            return False
        if len(alias.key) <= SHORT:
            if token.key == _short_key(alias, token):
                return True
            if not alias.declines:
                return False
            if exact and is_cyrillic(token.text):
                return inflects(token.text, alias.text)
            return inflects_key(token.key, alias.text)
        return bool(self._alias_forms(alias.key) & _forms(token.key))

    def _entries(self, key: str) -> tuple[Entry, ...]:
        """The aliases whose first word one of this word's forms (or its short stem) may be."""
        entries = self._starts.get(key)
        if entries is None:
            found = [e for form in sorted(_lookups(key)) for e in self._index.get(form, ())]
            # The longest alias first, in a fixed order: its words are the evidence shown.
            entries = tuple(sorted(found, key=lambda entry: -len(entry[1])))
            self._starts[key] = entries
        return entries

    def _matching_starts(self, token: Token, exact: bool, english: bool) -> tuple[Entry, ...]:
        """The aliases that start at this word and whose first word it matches."""
        known = self._first_matched.setdefault((exact, english), {})
        entries = known.get(token.text)
        if entries is None:
            entries = tuple(
                e
                for e in self._entries(token.key)
                if self._word_test(e[1][0], token, exact, english)
            )
            known[token.text] = entries
        return entries

    def _find(self, text: str, side: Literal["kk", "en"]) -> list[AutoTag]:
        tokens = tokenize(text)
        exact = is_kazakh_cyrillic(text)
        english = side == "en"
        # The aliases each word may start, its answer known from an earlier sentence for
        # most words; read in one pass, so the words that start none cost no loop turn.
        first_matched = self._first_matched.setdefault((exact, english), {})
        known = list(map(first_matched.get, map(_TEXT, tokens)))
        if None in known:
            known = [
                self._matching_starts(token, exact, english) if entries is None else entries
                for entries, token in zip(known, tokens, strict=True)
            ]
        starts = cast(list[tuple[Entry, ...]], known)
        # Most words start no alias: what is not evidence is worked out only on a match.
        masked: list[tuple[int, int]] | None = None
        institutions: list[tuple[int, int]] | None = None
        found: list[AutoTag] = []
        shown: set[tuple[str, int]] = set()
        sectors = self._sectors
        matches = self._matches
        for i in compress(count(), starts):
            token = tokens[i]
            start = token.start
            for tag_id, words in starts[i]:
                if (tag_id, start) in shown:
                    continue  # another alias already showed this tag here
                length = len(words)
                if length > 1:
                    if i + length > len(tokens):
                        continue
                    for k in range(1, length):
                        # A word's text (and the text's script) decides the answer.
                        asked = (words[k], tokens[i + k].text, exact, english)
                        answer = matches.get(asked)
                        if answer is None:
                            answer = matches[asked] = self._word_test(
                                words[k], tokens[i + k], exact, english
                            )
                        if not answer:
                            break
                    else:
                        end = tokens[i + length - 1].end
                    if not answer:
                        continue
                else:
                    end = token.end
                if masked is None:
                    masked = masked_spans(text, tokens)
                if masked and overlaps(start, end, masked):
                    continue
                if tag_id in sectors:
                    if institutions is None:
                        institutions = [
                            *institution_spans(tokens),
                            *legal_name_spans(text),
                            *latin_name_spans(text),
                        ]
                    if institutions and overlaps(start, end, institutions):
                        continue
                elif named_after(text, start, end):
                    continue
                if length == 1:
                    key = words[0].key
                    if guarded(key) and other_sense(key, tokens, i, i):
                        continue
                elif of_another_country(words[0].key, tokens, i):
                    continue
                shown.add((tag_id, start))
                found.append(_new_tuple(AutoTag, (tag_id, side, start, end, text[start:end])))
        if not found:
            return found
        return self._without_mixed_field_lists(text, found)

    def _without_mixed_field_lists(self, text: str, found: list[AutoTag]) -> list[AutoTag]:
        """Sector evidence in a list of fields that also names fields outside the codebook
        («цифрлық даму, туризм, энергетика, бизнес салаларында форумдар»): the sentence is
        about the forums, not those fields. A list of the codebook's fields alone («мұнай,
        газ, уран салаларында») is its topic."""
        if "сала" not in text:  # what every list of fields ends with (see field_lists)
            return found
        sectors = [t for t in found if self._kinds[t.tag] == "sector"]
        if not sectors:
            return found
        dropped: set[int] = set()
        for items in field_lists(text):
            inside = [t for t in sectors if overlaps(t.start, t.end, [(items[0][0], items[-1][1])])]
            if not inside:
                continue
            if all(any(overlaps(t.start, t.end, [item]) for t in inside) for item in items):
                continue
            dropped.update(id(t) for t in inside)
        return [t for t in found if id(t) not in dropped]

    def tag(self, kk: str, en: str | None = None) -> list[AutoTag]:
        """Tags found in a sentence (Kazakh first, then English), one entry per match."""
        # Each side gives one entry per tag and place (the first alias to show it).
        found = self._find(kk, "kk")
        if en:
            found += self._find(en, "en")
        return found
