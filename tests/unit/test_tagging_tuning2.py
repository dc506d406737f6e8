"""The hand-made tags of the tuning articles (tests/data/articles-tuning2) fit the articles.

The annotation (tests/data/tags-annotation-tuning2.toml) was made by reading the Kazakh.
These tests check only that it names sentences the importer gives and tags the codebook
has; scoring the auto-tagger against it is left to the caller.
"""

from __future__ import annotations

import pytest

from c5tui.tagging.annotation import AnnotatedArticle
from tests import tuning_sets

TUNING = tuning_sets.DATA / "articles-tuning2"
ANNOTATION = tuning_sets.DATA / "tags-annotation-tuning2.toml"


@pytest.fixture(scope="module")
def annotated() -> list[AnnotatedArticle]:
    return tuning_sets.load_set(ANNOTATION)


def test_the_annotation_covers_every_article(annotated: list[AnnotatedArticle]) -> None:
    tuning_sets.check_covers_every_article(annotated, TUNING)


def test_the_annotation_names_only_sentences_the_importer_gives(
    annotated: list[AnnotatedArticle],
) -> None:
    tuning_sets.check_names_only_given_sentences(annotated, TUNING)


def test_every_sector_is_in_the_gold_tags(annotated: list[AnnotatedArticle]) -> None:
    tuning_sets.check_sectors_present(annotated, tuning_sets.codebook_sectors())


def test_the_articles_are_stored_in_nfc_and_listed_with_their_source() -> None:
    tuning_sets.check_stored_in_nfc_and_listed(TUNING)
