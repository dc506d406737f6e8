"""Precision, recall and F1 of the auto-tagger against curated tags, per tag kind."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from c5tui.model import Sentence, Tag
from c5tui.tagging.autotag import AutoTagger


@dataclass(frozen=True, slots=True)
class Score:
    precision: float
    recall: float
    f1: float
    support: int


def evaluate(
    tagger: AutoTagger,
    curated: Mapping[str, tuple[str, ...]],
    sentences: list[Sentence],
    codebook: list[Tag],
) -> dict[str, Score]:
    """Micro-averaged scores per kind (``sector``, ``actor``) over the curated sentences."""
    kinds = {t.id: t.kind for t in codebook}
    counts = {kind: [0, 0, 0] for kind in ("sector", "actor")}  # tp, fp, fn
    for sentence in sentences:
        gold = set(curated.get(sentence.key, ()))
        found = {t.tag for t in tagger.tag(sentence.kk, sentence.en)}
        for kind, (tp_fp_fn) in counts.items():
            g = {t for t in gold if kinds.get(t) == kind}
            f = {t for t in found if kinds.get(t) == kind}
            tp_fp_fn[0] += len(g & f)
            tp_fp_fn[1] += len(f - g)
            tp_fp_fn[2] += len(g - f)
    scores = {}
    for kind, (tp, fp, fn) in counts.items():
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        scores[kind] = Score(precision, recall, f1, tp + fn)
    return scores
