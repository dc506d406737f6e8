"""The hand-made tags of the third tuning set (tests/data/articles-tuning3) fit the articles.

The annotation (tests/data/tags-annotation-tuning3.toml) was made by reading the Kazakh.
This set leans on agriculture, technology, trade, geopolitics and logistics, and keeps
sentences with no sector (ceremony, figures that only continue the topic) so that
precision is tested too. Scoring the auto-tagger against it is left to the caller.
"""

from __future__ import annotations

import pytest

from c5tui.tagging.annotation import AnnotatedArticle
from tests import tuning_sets

TUNING = tuning_sets.DATA / "articles-tuning3"
ANNOTATION = tuning_sets.DATA / "tags-annotation-tuning3.toml"
SECTORS = ("agriculture", "technology", "trade_investment", "geopolitics", "logistics")


@pytest.fixture(scope="module")
def annotated() -> list[AnnotatedArticle]:
    return tuning_sets.load_set(ANNOTATION)


def test_the_annotation_covers_every_article(annotated: list[AnnotatedArticle]) -> None:
    tuning_sets.check_covers_every_article(annotated, TUNING)


def test_the_annotation_names_only_sentences_the_importer_gives(
    annotated: list[AnnotatedArticle],
) -> None:
    tuning_sets.check_names_only_given_sentences(annotated, TUNING)


def test_the_sectors_this_set_is_for_are_in_the_gold_tags(
    annotated: list[AnnotatedArticle],
) -> None:
    assert set(SECTORS) <= tuning_sets.codebook_sectors()
    tuning_sets.check_sectors_present(annotated, SECTORS)


def test_the_set_keeps_sentences_without_any_tag(annotated: list[AnnotatedArticle]) -> None:
    untagged = [
        (article.name, key)
        for article in annotated
        for key in tuning_sets.sentence_keys(TUNING, article.name)
        if key not in article.sentences
    ]
    assert len(untagged) >= 10


def test_the_articles_are_stored_in_nfc_and_listed_with_their_source() -> None:
    tuning_sets.check_stored_in_nfc_and_listed(TUNING)
