"""The bilingual domain glossary: English terms and Kazakh lemmas, loaded once, looked up fast.

The data is ``glossary.tsv`` in this package (see its header for the format). Loading
parses, folds and indexes it once per process; a look-up then costs a few dictionary
probes per query word, whatever the glossary's size.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

from c5tui.text import english_stem, fold, tokenize
from c5tui.text.inflection import genitive, inflects, inflects_key, key_stems_of
from c5tui.text.letters import letters, typed_exactly

GLOSSARY_FILE = "glossary.tsv"
KINDS = ("n", "v", "w")  # noun or fixed phrase, verb stem, word matched as written
_NOTE = re.compile(r"\([^)]*\)")


@dataclass(frozen=True, slots=True)
class Lemma:
    """A Kazakh rendering: its words as written, in exact letters and as search keys."""

    text: str
    words: tuple[str, ...]  # exact-letter spelling of each word
    keys: tuple[str, ...]  # folded key of each word
    kind: str

    def matches_word(self, position: int, written: str) -> bool:
        """True if a text word (exact letters) can stand at ``position`` of this lemma."""
        lemma = self.words[position]
        if self.kind == "w":
            return written == lemma
        if position < len(self.words) - 1:
            return genitive(written, lemma)  # the last word of a phrase inflects
        return inflects(written, lemma, verb=self.kind == "v")

    def matches_key(self, position: int, key: str) -> bool:
        """Like :meth:`matches_word` for a folded query word."""
        if self.kind == "w":
            return key == self.keys[position]
        if position < len(self.words) - 1:
            return genitive(key, self.keys[position])
        return inflects_key(key, self.words[position], verb=self.kind == "v")

    def prefixes(self) -> tuple[tuple[str, ...], ...]:
        """Per word, the key prefixes a matching text word starts with (for the index).

        Two when the word has ұ: the older Latin spelling writes it w, which folds to v.
        """
        last = len(self.words) - 1
        out = []
        for i, (word, key) in enumerate(zip(self.words, self.keys, strict=True)):
            if i < last or self.kind == "w":
                found = [key]
            else:
                found = [_common_prefix([k for k, _vowel in key_stems_of(word)])]
            if "ū" in word:
                found.append(fold(word.replace("ū", "w"))[: len(found[0])])
            out.append(tuple(dict.fromkeys(found)))
        return tuple(out)


@dataclass(frozen=True, slots=True)
class English:
    """An English term: its words as search keys and their light stems."""

    text: str
    keys: tuple[str, ...]
    stems: tuple[str, ...]

    def matches_key(self, position: int, key: str) -> bool:
        return key == self.keys[position] or english_stem(key) == self.stems[position]


@dataclass(frozen=True, slots=True)
class Entry:
    """One line of the glossary: English terms and the Kazakh lemmas they translate."""

    english: tuple[English, ...]
    kazakh: tuple[Lemma, ...]


def _common_prefix(words: Sequence[str]) -> str:
    first = min(words, key=len)
    for i, ch in enumerate(first):
        if any(w[i] != ch for w in words):
            return first[:i]
    return first


def _english(text: str) -> English | None:
    keys = tuple(t.key for t in tokenize(_NOTE.sub(" ", text)))
    if not keys:
        return None
    return English(text.strip(), keys, tuple(english_stem(k) for k in keys))


def _lemma(text: str, kind: str) -> Lemma | None:
    tokens = tokenize(text)
    if not tokens:
        return None
    words = tuple(letters(t.text) for t in tokens)
    return Lemma(text.strip(), words, tuple(t.key for t in tokens), kind)


def parse_glossary(text: str) -> list[Entry]:
    """The entries of glossary text; comment lines (``#``) and blank lines are skipped."""
    entries = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 3 or fields[2].strip() not in KINDS:
            raise ValueError(f"{GLOSSARY_FILE} line {number}: expected English, Kazakh, kind")
        kind = fields[2].strip()
        english = [e for t in fields[0].split("|") if (e := _english(t))]
        kazakh = [k for t in fields[1].split("|") if (k := _lemma(t, kind))]
        if not english or not kazakh:
            raise ValueError(f"{GLOSSARY_FILE} line {number}: an empty side")
        entries.append(Entry(tuple(english), tuple(kazakh)))
    return entries


class Glossary:
    """Look-ups both ways: English word sequences → lemmas, Kazakh query words → English."""

    def __init__(self, entries: Sequence[Entry]) -> None:
        self.entries = tuple(entries)
        self._by_english: dict[tuple[str, ...], list[Entry]] = defaultdict(list)
        self._by_kazakh: dict[str, list[tuple[Lemma, Entry]]] = defaultdict(list)
        for entry in self.entries:
            for english in entry.english:
                self._by_english[english.stems].append(entry)
            for lemma in entry.kazakh:
                # Only the last word inflects: a phrase is found by its first word's key.
                if len(lemma.words) > 1:
                    self._by_kazakh[lemma.keys[0]].append((lemma, entry))
                    continue
                for key, _vowel in key_stems_of(lemma.words[0]):
                    self._by_kazakh[key].append((lemma, entry))
        sizes = [len(e.keys) for entry in self.entries for e in entry.english]
        sizes += [len(k.keys) for entry in self.entries for k in entry.kazakh]
        self.longest = max(sizes, default=1)

    def __len__(self) -> int:
        return len(self.entries)

    def english_entries(self, keys: Sequence[str]) -> list[Entry]:
        """Entries with an English term of exactly these folded words (any light inflection)."""
        return list(dict.fromkeys(self._by_english.get(tuple(english_stem(k) for k in keys), ())))

    def kazakh_lemmas(self, keys: Sequence[str], typed: Sequence[str]) -> list[tuple[Lemma, Entry]]:
        """Lemmas these query words are a form of; words typed with Kazakh letters must agree."""
        first = keys[0]
        found: list[tuple[Lemma, Entry]] = []
        # A lemma's key is a prefix of its forms' keys: probe each prefix of the first word.
        for end in range(2, len(first) + 1):
            for lemma, entry in self._by_kazakh.get(first[:end], ()):
                if len(lemma.words) == len(keys) and _query_matches(lemma, keys, typed):
                    found.append((lemma, entry))
        return list(dict.fromkeys(found))


def _query_matches(lemma: Lemma, keys: Sequence[str], typed: Sequence[str]) -> bool:
    for i, (key, word) in enumerate(zip(keys, typed, strict=True)):
        if typed_exactly(word):
            if not lemma.matches_word(i, letters(word)):
                return False
        elif not lemma.matches_key(i, key):
            return False
    return True


@cache
def load_glossary() -> Glossary:
    """The bundled glossary, parsed once per process."""
    text = resources.files("c5tui.search").joinpath(GLOSSARY_FILE).read_text(encoding="utf-8")
    return Glossary(parse_glossary(text))
