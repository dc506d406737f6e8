"""The query language of quotes and claims: words, "phrases", filters, NOT and OR.

- words (``литий``, ``Qazaqstan``): each must match a word, by its stem, in either language;
- ``"exact phrase"``: these words, in this order;
- ``key:value`` filters (quote a value with spaces: ``speaker:"Рүстем Мұстафин"``); the
  values they accept are in :mod:`c5tui.search.vocabulary`;
- ``-term`` or ``NOT term`` excludes a word, a phrase or a filter;
- ``a OR b`` accepts either: two words (or phrases), or two filters.

Anything else, including unknown ``word:word`` pairs and stray quotes, is searched as
text. Parsing never fails: a filter value the vocabulary does not know is left out and
reported in :attr:`Query.errors`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from c5tui.errors import InputError
from c5tui.search.vocabulary import FILTER_KEYS, Vocabulary
from c5tui.text import query_terms

MAX_QUERY_CHARS = 2000
_TOKEN = re.compile(
    r"(?P<neg>-(?=\S))?"
    r'(?:(?P<key>[A-Za-z]+)[:=](?:"(?P<quoted>[^"]*)"|(?P<bare>[^\s"]*))'
    r'|"(?P<phrase>[^"]*)"'
    r"|(?P<word>\S+))"
)
MIXED_OR = "OR joins two words or two filters, not a word and a filter"
NEGATED_OR = "OR cannot join an excluded term"


@dataclass(frozen=True, slots=True)
class Words:
    """Text to match: one typed word (all of its keys) or an exact phrase."""

    text: str
    keys: tuple[str, ...]
    phrase: bool = False


@dataclass(frozen=True, slots=True)
class Filter:
    """A ``key:value`` filter and what its value means (tag ids, a kind, a role…)."""

    key: str
    value: str
    values: tuple[str, ...]
    span: tuple[int, int] = (0, 0)  # where it stands in the typed query


Atom = Words | Filter


@dataclass(frozen=True, slots=True)
class Clause:
    """Alternatives joined by OR, all words or all filters; a negated clause must not hold."""

    atoms: tuple[Atom, ...]
    negated: bool = False

    @property
    def is_text(self) -> bool:
        return isinstance(self.atoms[0], Words)

    @property
    def words(self) -> tuple[Words, ...]:
        return tuple(a for a in self.atoms if isinstance(a, Words))

    @property
    def filters(self) -> tuple[Filter, ...]:
        return tuple(a for a in self.atoms if isinstance(a, Filter))


@dataclass(frozen=True, slots=True)
class Query:
    """A parsed query: every clause must hold."""

    clauses: tuple[Clause, ...] = ()
    errors: tuple[str, ...] = ()

    @property
    def text_clauses(self) -> tuple[Clause, ...]:
        """Words and phrases that must match."""
        return tuple(c for c in self.clauses if c.is_text and not c.negated)

    @property
    def excluded(self) -> tuple[Words, ...]:
        """Words and phrases that must not match."""
        return tuple(a for c in self.clauses if c.negated for a in c.words)

    @property
    def filter_clauses(self) -> tuple[Clause, ...]:
        return tuple(c for c in self.clauses if not c.is_text)

    @property
    def text(self) -> str:
        """The wanted words as typed, phrases included."""
        return " ".join(a.text for c in self.text_clauses for a in c.words)

    @property
    def phrases(self) -> tuple[str, ...]:
        return tuple(a.text for c in self.text_clauses for a in c.words if a.phrase)

    def active_tags(self, key: str) -> set[str]:
        """The tag ids that wanted ``key`` filters name (``sector`` or ``actor``)."""
        return {
            value
            for clause in self.filter_clauses
            if not clause.negated
            for atom in clause.filters
            if atom.key == key
            for value in atom.values
        }

    def raise_errors(self) -> None:
        """Raise the problems of the query as one :class:`InputError`, if it has any."""
        if self.errors:
            raise InputError("; ".join(self.errors))


def parse_query(raw: str, vocabulary: Vocabulary | None = None) -> Query:
    """Parse a typed query. Never raises; without a vocabulary, tag values are taken as ids."""
    return _Parser(vocabulary or Vocabulary()).parse(raw[:MAX_QUERY_CHARS])


class _Parser:
    def __init__(self, vocabulary: Vocabulary) -> None:
        self.vocabulary = vocabulary
        self.clauses: list[Clause] = []
        self.errors: list[str] = []

    def parse(self, raw: str) -> Query:
        negate = join = after_atom = False
        for match in _TOKEN.finditer(raw):
            word = match.group("word")
            if word in ("NOT", "OR", "AND") and not match.group("neg"):
                negate = negate or word == "NOT"
                join = join or (word == "OR" and after_atom)
                continue
            atom = self._atom(match)
            if atom is not None:
                self._add(atom, negate or bool(match.group("neg")), join)
            negate = join = False
            after_atom = atom is not None
        return Query(tuple(self.clauses), tuple(dict.fromkeys(self.errors)))

    def _atom(self, match: re.Match[str]) -> Atom | None:
        key = (match.group("key") or "").lower()
        if key in FILTER_KEYS:
            typed = (match.group("quoted") or match.group("bare") or "").strip()
            if not typed:
                return None  # still being typed
            resolved = self.vocabulary.resolve(key, typed)
            if resolved.problem:
                self.errors.append(resolved.problem)
                return None
            return Filter(key, typed, resolved.values, (match.start(), match.end()))
        phrase = match.group("phrase")
        if phrase is not None:
            text, exact = phrase.strip(), True
        else:
            start = match.start() + (1 if match.group("neg") else 0)
            text, exact = match.string[start : match.end()].replace('"', " ").strip(), False
        keys = tuple(query_terms(text))
        return Words(text, keys, exact) if keys else None

    def _add(self, atom: Atom, negated: bool, join: bool) -> None:
        if join and self.clauses:
            last = self.clauses[-1]
            if last.negated or negated:
                self.errors.append(NEGATED_OR)
            elif last.is_text != isinstance(atom, Words):
                self.errors.append(MIXED_OR)
            else:
                self.clauses[-1] = Clause((*last.atoms, atom))
                return
        self.clauses.append(Clause((atom,), negated))


def toggle_filter(raw: str, key: str, value: str, vocabulary: Vocabulary | None = None) -> str:
    """The query with the wanted ``key:value`` filter removed if present, else added."""
    query = parse_query(raw, vocabulary)
    spans = sorted(
        (
            atom.span
            for clause in query.filter_clauses
            if not clause.negated
            for atom in clause.filters
            if atom.key == key and value in atom.values
        ),
        reverse=True,
    )
    text = raw[:MAX_QUERY_CHARS]
    for start, end in spans:
        text = text[:start] + " " + text[end:]
    if not spans:
        text = f"{text} {key}:{value}"
    words = text.split()
    return " ".join(words) + " " if words else ""


def with_filters(raw: str, filters: Iterable[tuple[str, str]]) -> str:
    """The query with ``key:value`` filters appended (from command-line options)."""
    quoted = [f'{key}:"{value}"' if " " in value else f"{key}:{value}" for key, value in filters]
    return " ".join([raw, *quoted]).strip()
