"""The hand-made tags of the tuning articles (tests/data/articles-tuning2) fit the articles.

The annotation (tests/data/tags-annotation-tuning2.toml) was made by reading the Kazakh.
These tests check only that it names sentences the importer gives and tags the codebook
has; scoring the auto-tagger against it is left to the caller.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from c5tui import resources
from c5tui.corpus.keys import numbered_sentences
from c5tui.corpus.reader import load_article
from c5tui.tagging.annotation import AnnotatedArticle, load_annotation
from c5tui.tagging.codebook import load_codebook

DATA = Path(__file__).resolve().parents[1] / "data"
TUNING = DATA / "articles-tuning2"
ANNOTATION = DATA / "tags-annotation-tuning2.toml"


@pytest.fixture(scope="module")
def annotated() -> list[AnnotatedArticle]:
    codebook = load_codebook(resources.bundled_codebook())
    return load_annotation(ANNOTATION, {t.id for t in codebook})


def sentence_keys(name: str) -> set[str]:
    document = load_article(TUNING / f"{name}.txt")
    return {key for key, *_ in numbered_sentences(document)}


def test_the_annotation_covers_every_article(annotated: list[AnnotatedArticle]) -> None:
    assert {a.name for a in annotated} == {p.stem for p in TUNING.glob("*.txt")}


def test_the_annotation_names_only_sentences_the_importer_gives(
    annotated: list[AnnotatedArticle],
) -> None:
    for article in annotated:
        assert article.sentences, article.name
        assert set(article.sentences) <= sentence_keys(article.name), article.name


def test_every_sector_is_in_the_gold_tags(annotated: list[AnnotatedArticle]) -> None:
    codebook = load_codebook(resources.bundled_codebook())
    sectors = {t.id for t in codebook if t.kind == "sector"}
    assert sectors <= set().union(*(a.document_tags() for a in annotated))


def test_the_articles_are_stored_in_nfc_and_listed_with_their_source() -> None:
    readme = (TUNING / "README.md").read_text(encoding="utf-8")
    for path in TUNING.glob("*.txt"):
        text = path.read_text(encoding="utf-8")
        assert text == unicodedata.normalize("NFC", text), path.name
        assert f"| {path.stem} | " in readme, path.name
