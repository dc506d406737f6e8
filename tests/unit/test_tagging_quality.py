"""The auto-tagger measured against the curated tags of the whole bundled interview."""

from __future__ import annotations

from c5tui import resources
from c5tui.tagging.autotag import AutoTagger
from c5tui.tagging.codebook import load_codebook
from c5tui.tagging.curated import load_curated
from c5tui.tagging.evaluate import evaluate
from c5tui.workspace import Workspace

# Floors a little below what the tagger reaches today; the targets are 0.85 and 0.75.
ACTOR_F1_FLOOR = 0.85
SECTOR_F1_FLOOR = 0.75


def test_auto_tagger_agrees_with_the_curated_tags(workspace: Workspace) -> None:
    codebook = load_codebook(resources.bundled_codebook())
    sentences = workspace.quotes()
    curated = load_curated(
        resources.bundled_curated(), {t.id for t in codebook}, {s.key for s in sentences}
    )
    scores = evaluate(AutoTagger(codebook), curated.tags, sentences, codebook)
    print({kind: score for kind, score in scores.items()})
    assert scores["actor"].f1 >= ACTOR_F1_FLOOR
    assert scores["sector"].f1 >= SECTOR_F1_FLOOR


def test_bundled_interview_is_fully_curated(workspace: Workspace) -> None:
    sentences = workspace.quotes()
    curated = load_curated(
        resources.bundled_curated(),
        {t.id for t in workspace.tags()},
        {s.key for s in sentences},
    )
    assert set(curated.tags) == {s.key for s in sentences}
    assert len(workspace.claims()) == len(curated.claims) >= 20
    tagged = [s for s in sentences if s.tags]
    assert all(t.source == "curated" for s in tagged for t in s.tags)
    assert len(tagged) > 100
