"""The auto-tagger against a hand annotation of the real articles in tests/data/articles.

The annotation (tests/data/tags-annotation.toml) was made by reading the texts; the
figures per group are printed by benchmarks/tagging_bench.py. Floors sit a little below
what the tagger reaches, so that a regression fails. Precision is held on the articles the
codebook was tuned on; the held-out ones (7 gold sector tags) are too few to hold a floor
of their own, so they count in the F1 over all articles.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from c5tui import resources
from c5tui.tagging.annotation import article_sentences, load_annotation
from c5tui.tagging.autotag import AutoTagger
from c5tui.tagging.codebook import load_codebook
from c5tui.tagging.evaluate import Tally, tally

DATA = Path(__file__).resolve().parents[1] / "data"
ARTICLES = DATA / "articles"


@pytest.fixture(scope="module")
def counts() -> dict[str, dict[str, Tally]]:
    """Sentence-level counts per kind for the tuned articles and for all of them."""
    codebook = load_codebook(resources.bundled_codebook())
    tagger = AutoTagger(codebook)
    articles = load_annotation(DATA / "tags-annotation.toml", {t.id for t in codebook})
    assert {a.name for a in articles} == {p.stem for p in ARTICLES.glob("*.expected")}
    triples: dict[str, list[tuple[str, frozenset[str], set[str]]]] = {"tuned": [], "all": []}
    for article in articles:
        sentences = article_sentences(ARTICLES, article.name)
        assert set(article.sentences) <= {s.key for s in sentences}, article.name
        for sentence in sentences:
            found = {t.tag for t in tagger.tag(sentence.text)}
            triple = (f"{article.name} {sentence.key}", article.tags_of(sentence.key), found)
            triples["all"].append(triple)
            if not article.heldout:
                triples["tuned"].append(triple)
    return {group: tally(found, codebook) for group, found in triples.items()}


def test_sector_tags_are_precise(counts: dict[str, dict[str, Tally]]) -> None:
    tuned = counts["tuned"]["sector"]
    assert tuned.score().precision >= 0.9, tuned.errors
    assert tuned.score().f1 >= 0.85, tuned.errors
    every = counts["all"]["sector"]
    assert every.score().f1 >= 0.78, every.errors


def test_actor_tags(counts: dict[str, dict[str, Tally]]) -> None:
    score = counts["all"]["actor"].score()
    assert score.precision >= 0.95, counts["all"]["actor"].errors
    assert score.f1 >= 0.9, counts["all"]["actor"].errors
