"""The auto-tagger against a hand annotation of the real articles in tests/data/articles.

The annotation (tests/data/tags-annotation.toml) was made by reading the texts; the
figures per group are printed by benchmarks/tagging_bench.py. Floors sit a little below
what the tagger reaches, so that a regression fails.
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
def counts() -> dict[str, Tally]:
    codebook = load_codebook(resources.bundled_codebook())
    tagger = AutoTagger(codebook)
    articles = load_annotation(DATA / "tags-annotation.toml", {t.id for t in codebook})
    assert {a.name for a in articles} == {p.stem for p in ARTICLES.glob("*.expected")}
    triples = []
    for article in articles:
        sentences = article_sentences(ARTICLES, article.name)
        assert set(article.sentences) <= {s.key for s in sentences}, article.name
        for sentence in sentences:
            found = {t.tag for t in tagger.tag(sentence.text)}
            triples.append((f"{article.name} {sentence.key}", article.tags_of(sentence.key), found))
    return tally(triples, codebook)


def test_sector_tags_are_precise(counts: dict[str, Tally]) -> None:
    score = counts["sector"].score()
    assert score.precision >= 0.9, counts["sector"].errors
    assert score.f1 >= 0.75, counts["sector"].errors


def test_actor_tags(counts: dict[str, Tally]) -> None:
    score = counts["actor"].score()
    assert score.precision >= 0.95, counts["actor"].errors
    assert score.f1 >= 0.9, counts["actor"].errors
