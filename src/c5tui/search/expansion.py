"""A query's glossary expansion: which of its words the glossary renders, and how to find them.

An English term (``uranium``, ``joint venture``) is rendered by its Kazakh lemmas, looked for
on the Kazakh side; a Kazakh word (``көмір``, typed on any keyboard) by its English terms,
looked for on the English side. The index narrows the candidates by folded keys; a
candidate counts only if a text word really is the lemma, letter for letter, with Kazakh
endings (:mod:`c5tui.text.inflection`) — so ``uranium`` never finds ``ұран``, slogan.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from c5tui.model import Side
from c5tui.search.glossary import English, Glossary, Lemma
from c5tui.search.query import Clause, Words
from c5tui.search.terms import Term
from c5tui.text import tokenize
from c5tui.text.letters import letters, spellings
from c5tui.text.tokens import Token

# A rendering's words are looked up by prefix: at most this many index terms per word.
Completions = Callable[[str], tuple[str, ...]]


@dataclass(frozen=True, slots=True)
class Target:
    """One rendering of a query term: a Kazakh lemma (side kk) or an English term (side en)."""

    term: str  # the query's words as typed
    side: Side
    rendering: Lemma | English
    # Per word of the rendering, the key prefixes a matching text word starts with.
    starts: tuple[tuple[str, ...], ...] = field(default=(), compare=False)
    # Text word → whether it can stand at each position: a page of hits repeats words.
    _seen: dict[tuple[int, str], bool] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        if isinstance(self.rendering, Lemma):
            starts = self.rendering.prefixes()
        else:
            starts = tuple((stem,) for stem in self.rendering.stems)
        object.__setattr__(self, "starts", starts)

    @property
    def text(self) -> str:
        return self.rendering.text

    def fts(self, completions: Completions) -> str | None:
        """The FTS5 expression of candidate rows, or None if the index cannot hold it."""
        parts = []
        for options in self.starts:
            words = tuple(w for prefix in options for w in completions(prefix))
            if not words:
                return None
            parts.append(f"{self.side} : (" + " OR ".join(f'"{w}"' for w in words) + ")")
        return "(" + " AND ".join(parts) + ")"

    def find(self, tokens: Sequence[Token], keys: str = "") -> list[tuple[int, int]]:
        """Where in the text (token indexes, end exclusive) the rendering stands.

        ``keys``, the tokens' keys joined as " key key…", lets a sentence without any word
        beginning right be passed over in one string search.
        """
        size, first = len(self.starts), self.starts[0]
        if keys and not any(f" {prefix}" in keys for prefix in first):
            return []
        found = []
        for start in range(len(tokens) - size + 1):
            # The cheap test first, inline: most words of a sentence fail it.
            if not tokens[start].key.startswith(first):
                continue
            if all(self._matches(i, tokens[start + i]) for i in range(size)):
                found.append((start, start + size))
        return found

    def _matches(self, position: int, token: Token) -> bool:
        if not token.key.startswith(self.starts[position]):
            return False  # the cheap test first: most words of a sentence fail it
        memo = (position, token.text)
        known = self._seen.get(memo)
        if known is None:
            known = self._seen[memo] = self._check(position, token)
        return known

    def _check(self, position: int, token: Token) -> bool:
        if isinstance(self.rendering, Lemma):
            lemma = self.rendering
            return any(lemma.matches_word(position, word) for word in spellings(token.text))
        return self.rendering.matches_key(position, token.key)


@dataclass(frozen=True, slots=True)
class Group:
    """Consecutive text clauses of a query that one glossary term renders."""

    clauses: tuple[Clause, ...]
    targets: tuple[Target, ...]


@dataclass(frozen=True, slots=True)
class Found:
    """A sentence's glossary matches: character spans per side and (term, word) pairs."""

    kk_spans: tuple[tuple[int, int], ...] = ()
    en_spans: tuple[tuple[int, int], ...] = ()
    pairs: tuple[tuple[str, str], ...] = ()
    exact: float = 1.0  # share of the matched words that are the lemma itself
    groups: frozenset[int] = frozenset()  # indexes of the groups a match was found for


def _typed_words(words: Words) -> list[tuple[str, str]]:
    """(key, word as typed) for each key of one query atom."""
    return [(t.key, t.text) for t in tokenize(words.text)]


def _targets(glossary: Glossary, words: Sequence[tuple[str, str]], typed: str) -> list[Target]:
    keys = [k for k, _t in words]
    found = [
        Target(typed, "kk", lemma)
        for entry in glossary.english_entries(keys)
        for lemma in entry.kazakh
    ]
    found += [
        Target(typed, "en", english)
        for _lemma, entry in glossary.kazakh_lemmas(keys, [t for _k, t in words])
        for english in entry.english
    ]
    return list(dict.fromkeys(found))


def _single_word(clause: Clause) -> list[tuple[str, str]] | None:
    """The (key, typed) words of a clause that is one plain word (not a phrase, no OR)."""
    if len(clause.atoms) != 1 or not isinstance(clause.atoms[0], Words):
        return None
    words = clause.atoms[0]
    return None if words.phrase else _typed_words(words)


def expand(clauses: Sequence[Clause], glossary: Glossary) -> tuple[Group, ...]:
    """The query's groups the glossary renders, longest terms first, left to right."""
    groups: list[Group] = []
    i = 0
    while i < len(clauses):
        taken = _longest_run(clauses, i, glossary)
        if taken is not None:
            groups.append(taken)
            i += len(taken.clauses)
            continue
        targets = [
            t
            for atom in clauses[i].words
            for t in _targets(glossary, _typed_words(atom), atom.text)
        ]
        if targets:
            groups.append(Group((clauses[i],), tuple(dict.fromkeys(targets))))
        i += 1
    return tuple(groups)


def _longest_run(clauses: Sequence[Clause], start: int, glossary: Glossary) -> Group | None:
    """A glossary term over several one-word clauses from ``start`` (``joint venture``)."""
    words: list[tuple[str, str]] = []
    runs: list[int] = []
    for clause in clauses[start : start + glossary.longest]:
        single = _single_word(clause)
        if single is None:
            break
        words += single
        runs.append(len(words))
    for count in range(len(runs), 1, -1):
        taken = words[: runs[count - 1]]
        typed = " ".join(t for _k, t in taken)
        targets = _targets(glossary, taken, typed)
        if targets:
            return Group(tuple(clauses[start : start + count]), tuple(targets))
    return None


def find_all(groups: Sequence[Group], kk: Sequence[Token], en: Sequence[Token]) -> Found:
    """Every glossary match of the groups in a sentence's tokens (Kazakh and English)."""
    spans: dict[Side, list[tuple[int, int]]] = {"kk": [], "en": []}
    pairs: list[tuple[str, str]] = []
    exact: list[float] = []
    matched: set[int] = set()
    joined = {
        side: "".join(f" {t.key}" for t in tokens) for side, tokens in (("kk", kk), ("en", en))
    }
    for index, group in enumerate(groups):
        for target in group.targets:
            tokens = kk if target.side == "kk" else en
            for first, end in target.find(tokens, joined[target.side]):
                matched.add(index)
                words = tokens[first:end]
                spans[target.side] += [(t.start, t.end) for t in words]
                shown = " ".join(t.text for t in words)
                pairs.append((target.term, shown))
                exact.append(1.0 if letters(shown) == letters(target.text) else 0.9)
    return Found(
        tuple(sorted(set(spans["kk"]))),
        tuple(sorted(set(spans["en"]))),
        tuple(dict.fromkeys(pairs)),
        sum(exact) / len(exact) if exact else 1.0,
        frozenset(matched),
    )


def satisfied(
    groups: Sequence[Group], found: Found, terms: Sequence[Term], kk_keys: str, en_keys: str
) -> bool:
    """True if a sentence (its index keys) is a glossary hit of the query.

    Every rendered group is found by the glossary or by its own words, and one at least by
    the glossary: a sentence found only by the words typed is a direct hit.
    """
    if not found.groups:
        return False
    by_key = {t.key: t for t in terms}
    sides: tuple[tuple[Side, list[str]], ...] = (("kk", kk_keys.split()), ("en", en_keys.split()))

    def direct(words: Words) -> bool:
        return all(
            key in by_key and any(by_key[key].quality(w, side) for side, ws in sides for w in ws)
            for key in words.keys
        )

    return all(
        index in found.groups or all(any(direct(a) for a in c.words) for c in group.clauses)
        for index, group in enumerate(groups)
    )
