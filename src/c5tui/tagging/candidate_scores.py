"""Candidates scored against a hand annotation of the actors an article set names.

A candidate is right when one of its names (label, base forms or forms seen, folded)
is a form the annotation gives for an actor the codebook lacks; a second candidate for
the same actor counts as wrong. Annotated actors already in the codebook must not be
proposed: they are left out of recall and count against precision when proposed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from c5tui.errors import InputError
from c5tui.tagging.candidates import Candidate
from c5tui.tagging.codebook import read_toml
from c5tui.text.fold import fold


@dataclass(frozen=True, slots=True)
class Annotated:
    kind: str
    forms: tuple[str, ...]
    codebook: str | None

    @property
    def keys(self) -> frozenset[str]:
        return frozenset(fold(f.strip("«»")) for f in self.forms)


@dataclass(frozen=True, slots=True)
class Scores:
    proposed: int
    correct: int
    correct_kind: int
    expected: int
    found: int
    missed: tuple[str, ...]
    wrong: tuple[str, ...]

    @property
    def precision(self) -> float:
        return self.correct / self.proposed if self.proposed else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.expected if self.expected else 0.0

    @property
    def kind_accuracy(self) -> float:
        return self.correct_kind / self.correct if self.correct else 0.0


def load_annotation(path: Path) -> list[Annotated]:
    data = read_toml(path)
    entries = data.get("actor")
    if not isinstance(entries, list):
        raise InputError("expected [[actor]] tables", path=str(path))
    return [
        Annotated(
            str(e["kind"]),
            tuple(str(f) for f in e["forms"]),
            str(e["codebook"]) if e.get("codebook") else None,
        )
        for e in entries
        if isinstance(e, dict)
    ]


def score(candidates: Sequence[Candidate], annotation: Sequence[Annotated]) -> Scores:
    """Precision, recall and kind accuracy of candidates against the annotation."""
    wanted = [a for a in annotation if a.codebook is None]
    matched: set[int] = set()
    correct = correct_kind = 0
    wrong: list[str] = []
    for candidate in candidates:
        names = {candidate.key, *(fold(a) for a in candidate.aliases)}
        hit = next((i for i, a in enumerate(wanted) if a.keys & names), None)
        if hit is None or hit in matched:
            wrong.append(candidate.label)
            continue
        matched.add(hit)
        correct += 1
        correct_kind += wanted[hit].kind == candidate.kind
    missed = tuple(a.forms[0] for i, a in enumerate(wanted) if i not in matched)
    return Scores(
        len(candidates), correct, correct_kind, len(wanted), len(matched), missed, tuple(wrong)
    )
