"""Precision, recall and F1 of the auto-tagger against tags a person gave, per tag kind."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from c5tui.model import Sentence, Tag
from c5tui.tagging.autotag import AutoTagger

KINDS = ("sector", "actor")


@dataclass(frozen=True, slots=True)
class Score:
    precision: float
    recall: float
    f1: float
    support: int


@dataclass(slots=True)
class Tally:
    """True positives, false positives and false negatives of one kind of tag."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, gold: set[str], found: set[str], where: str = "") -> None:
        self.tp += len(gold & found)
        self.fp += len(found - gold)
        self.fn += len(gold - found)
        self.errors += [f"{where} +{t}" for t in sorted(found - gold)]
        self.errors += [f"{where} -{t}" for t in sorted(gold - found)]

    def score(self) -> Score:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return Score(precision, recall, f1, self.tp + self.fn)


def tally(
    pairs: Iterable[tuple[str, Iterable[str], Iterable[str]]], codebook: Iterable[Tag]
) -> dict[str, Tally]:
    """Micro-averaged counts per kind over (where, gold tags, found tags) triples."""
    kinds = {t.id: t.kind for t in codebook}
    counts = {kind: Tally() for kind in KINDS}
    for where, gold, found in pairs:
        for kind, count in counts.items():
            count.add(
                {t for t in gold if kinds.get(t) == kind},
                {t for t in found if kinds.get(t) == kind},
                where,
            )
    return counts


def evaluate(
    tagger: AutoTagger,
    curated: Mapping[str, tuple[str, ...]],
    sentences: list[Sentence],
    codebook: list[Tag],
) -> dict[str, Score]:
    """Micro-averaged scores per kind (``sector``, ``actor``) over the curated sentences."""
    pairs = (
        (s.key, curated.get(s.key, ()), {t.tag for t in tagger.tag(s.kk, s.en)}) for s in sentences
    )
    return {kind: count.score() for kind, count in tally(pairs, codebook).items()}
