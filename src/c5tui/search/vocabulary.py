"""What filter values mean: tags by id, label or alias in any spelling, kinds, roles, flags.

One vocabulary serves quotes and claims, the CLI and the TUI. Values are compared by their
folded search key (any script, keyboard or case), then by stem, then as a unique prefix.
A value it does not know gets a message naming the nearest values it does know.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache

from c5tui.model import Tag
from c5tui.text import english_stem, fold, kazakh_stems

# Keys whose values are free text, matched as typed.
FREE_KEYS = ("speaker", "doc")
TAG_KEYS = ("sector", "actor")
FILTER_KEYS = (*TAG_KEYS, "kind", "role", "has", "is", *FREE_KEYS)

# Each value with the other names users give it (Kazakh in Cyrillic; folding finds Latin).
CLAIM_KINDS: dict[str, tuple[str, ...]] = {
    "fact": ("f", "факт", "дерек"),
    "statistic": ("s", "stat", "statistics", "number", "figure", "статистика"),
    "forecast": ("p", "prediction", "predict", "projection", "expectation", "болжам"),
    "opinion": ("o", "view", "assessment", "judgement", "judgment", "пікір"),
    "recommendation": ("r", "recommend", "advice", "proposal", "suggestion", "ұсыныс"),
}
ROLES: dict[str, tuple[str, ...]] = {
    "question": ("q", "ask", "сұрақ"),
    "answer": ("a", "reply", "жауап"),
    "lead": ("l", "intro", "лид"),
    "narration": ("n", "narrative", "баяндау"),
    "quote": ("c", "quoted", "speech", "citation", "дәйексөз"),
}
HAS: dict[str, tuple[str, ...]] = {
    "note": ("annotation", "ескертпе"),
    "claim": ("тұжырым",),
    "tag": ("tagged", "тег"),
}
IS: dict[str, tuple[str, ...]] = {"selected": ("selection", "basket", "таңдалған")}
_FIXED = {"kind": CLAIM_KINDS, "role": ROLES, "has": HAS, "is": IS}

_NOUNS = {"kind": "claim kind", "has": "has: value", "is": "is: value"}
MIN_PREFIX = 3
SUGGEST_CUTOFF = 70.0
RUNNER_UP = 10.0
MAX_LISTED = 6


@dataclass(frozen=True, slots=True)
class Resolved:
    """A filter value understood (``values``), or not (``problem`` says why)."""

    values: tuple[str, ...] = ()
    problem: str | None = None


def _word_forms(key: str) -> set[str]:
    forms = {key}
    if " " not in key:
        forms.update(kazakh_stems(key))
        forms.add(english_stem(key))
    return forms


class _Names:
    """Values of one filter key and every name they go by, folded."""

    def __init__(self, names: Mapping[str, Iterable[str]]) -> None:
        self.values = list(names)
        self.exact: dict[str, list[str]] = {}
        self.forms: dict[str, list[str]] = {}
        self.choices: list[tuple[str, str]] = []  # (folded name, value), for suggestions
        for value, aliases in names.items():
            for name in {value, *aliases}:
                key = fold(name)
                if not key:
                    continue
                self._add(self.exact, key, value)
                for form in _word_forms(key):
                    self._add(self.forms, form, value)
                self.choices.append((key, value))

    @staticmethod
    def _add(index: dict[str, list[str]], key: str, value: str) -> None:
        found = index.setdefault(key, [])
        if value not in found:
            found.append(value)

    def resolve(self, typed: str) -> list[str]:
        key = fold(typed)
        if key in self.exact:
            return self.exact[key]
        by_form = {v for form in _word_forms(key) for v in self.forms.get(form, [])}
        if by_form:
            return sorted(by_form, key=self.values.index)
        if len(key) >= MIN_PREFIX:
            starting = {v for name, v in self.choices if name.startswith(key)}
            if len(starting) == 1:
                return list(starting)
        return []

    def nearest(self, typed: str) -> list[str]:
        """The values most like ``typed``: those it starts, else the closest in spelling."""
        from rapidfuzz import fuzz, process  # only for a value that is not known

        key = fold(typed)
        starting = {v for name, v in self.choices if len(key) > 1 and name.startswith(key)}
        if starting:
            return sorted(starting, key=self.values.index)[:MAX_LISTED]
        best: dict[str, float] = {}
        names = [name for name, _value in self.choices]
        for _name, score, index in process.extract(
            key, names, scorer=fuzz.ratio, score_cutoff=SUGGEST_CUTOFF, limit=None
        ):
            value = self.choices[index][1]
            best[value] = max(best.get(value, 0.0), score)
        # Only the close runners-up: "forcast" suggests forecast, not fact too.
        top = max(best.values(), default=0.0)
        close = [v for v in best if best[v] >= top - RUNNER_UP]
        return sorted(close, key=lambda v: (-best[v], self.values.index(v)))[:MAX_LISTED]


@cache
def _fixed_names(key: str) -> _Names:
    """The names of a key whose values do not depend on the codebook."""
    return _Names(_FIXED[key])


class Vocabulary:
    """The filter values of one codebook. Without a codebook, tag values are taken as ids."""

    def __init__(self, tags: Iterable[Tag] | None = None) -> None:
        self.tags = None if tags is None else list(tags)
        # Each key's names are folded and stemmed when a filter of that key is first read:
        # most queries have none, and every search opened a vocabulary for them.
        self._names: dict[str, _Names] = {}
        self._children: dict[str, list[str]] = {}
        for tag in self.tags or ():
            if tag.parent:
                self._children.setdefault(tag.parent, []).append(tag.id)

    def _names_of(self, key: str) -> _Names:
        names = self._names.get(key)
        if names is None:
            if key in TAG_KEYS:
                chosen = [t for t in self.tags or () if t.kind == key]
                names = _Names({t.id: (t.label_en, t.label_kk, *t.aliases) for t in chosen})
            else:
                names = _fixed_names(key)
            self._names[key] = names
        return names

    def resolve(self, key: str, typed: str) -> Resolved:
        """What ``key:typed`` means; ``key`` is one of :data:`FILTER_KEYS`."""
        if key in FREE_KEYS:
            return Resolved((typed,))
        if key in TAG_KEYS and self.tags is None:
            return Resolved((typed.lower(),))
        names = self._names_of(key)
        found = names.resolve(typed)
        if found:
            return Resolved(tuple(found))
        return Resolved(problem=self._problem(key, typed, names))

    def _problem(self, key: str, typed: str, names: _Names) -> str:
        noun = _NOUNS.get(key, key)
        near = names.nearest(typed)
        if near:
            return f"unknown {noun} {typed!r} (did you mean: {', '.join(near)})"
        known = names.values[:MAX_LISTED] + (["…"] if len(names.values) > MAX_LISTED else [])
        return f"unknown {noun} {typed!r} (known: {', '.join(known) or 'none'})"

    def family(self, tag_ids: Iterable[str]) -> set[str]:
        """The tags and every tag below them: a child actor counts for its parent."""
        found: set[str] = set()
        todo = list(tag_ids)
        while todo:
            tag_id = todo.pop()
            if tag_id not in found:
                found.add(tag_id)
                todo.extend(self._children.get(tag_id, ()))
        return found
