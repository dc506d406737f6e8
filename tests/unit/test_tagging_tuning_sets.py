"""The hand-made tags of the later tuning sets (tests/data/articles-tuningN) fit the articles.

Each set is a folder of articles in the plain-text import format, a README listing each
article's source, and a TOML annotation (tests/data/tags-annotation-tuningN.toml) made by
reading the Kazakh, without running the tagger. These tests check only that the annotation
fits its articles; benchmarks/tagging_bench.py scores the auto-tagger against it.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pytest

from c5tui import resources
from c5tui.corpus.keys import numbered_sentences
from c5tui.corpus.reader import load_article
from c5tui.tagging.annotation import AnnotatedArticle, load_annotation
from c5tui.tagging.codebook import load_codebook

DATA = Path(__file__).resolve().parents[1] / "data"
CODEBOOK = load_codebook(resources.bundled_codebook())
ALL_SECTORS = tuple(t.id for t in CODEBOOK if t.kind == "sector")


@dataclass(frozen=True, slots=True)
class TuningSet:
    number: int
    sectors: tuple[str, ...]  # the sectors the set was chosen to cover
    untagged: int = 0  # sentences without any tag it keeps, so that precision is tested

    @property
    def folder(self) -> Path:
        return DATA / f"articles-tuning{self.number}"

    def annotated(self) -> list[AnnotatedArticle]:
        path = DATA / f"tags-annotation-tuning{self.number}.toml"
        return load_annotation(path, {t.id for t in CODEBOOK})

    def sentence_keys(self, name: str) -> list[str]:
        document = load_article(self.folder / f"{name}.txt")
        return [key for key, *_ in numbered_sentences(document)]


SETS = [
    TuningSet(2, ALL_SECTORS),
    TuningSet(3, ("agriculture", "technology", "trade_investment", "geopolitics", "logistics"), 10),
    TuningSet(4, tuple(s for s in ALL_SECTORS if s != "fossil_fuels"), 15),
    TuningSet(5, ALL_SECTORS),
    TuningSet(6, tuple(s for s in ALL_SECTORS if s != "energy_transition"), 15),
]
each_set = pytest.mark.parametrize("tuning", SETS, ids=lambda s: f"tuning{s.number}")


@each_set
def test_the_annotation_covers_every_article(tuning: TuningSet) -> None:
    names = {a.name for a in tuning.annotated()}
    assert names == {p.stem for p in tuning.folder.glob("*.txt")}


@each_set
def test_the_annotation_names_only_sentences_the_importer_gives(tuning: TuningSet) -> None:
    for article in tuning.annotated():
        assert article.sentences, article.name
        assert set(article.sentences) <= set(tuning.sentence_keys(article.name)), article.name


@each_set
def test_the_sectors_the_set_is_for_are_in_its_gold_tags(tuning: TuningSet) -> None:
    gold = set().union(*(a.document_tags() for a in tuning.annotated()))
    assert set(tuning.sectors) <= gold


@each_set
def test_the_set_keeps_sentences_without_any_tag(tuning: TuningSet) -> None:
    untagged = [
        (article.name, key)
        for article in tuning.annotated()
        for key in tuning.sentence_keys(article.name)
        if key not in article.sentences
    ]
    assert len(untagged) >= tuning.untagged


@each_set
def test_the_articles_are_stored_in_nfc_and_listed_with_their_source(tuning: TuningSet) -> None:
    readme = (tuning.folder / "README.md").read_text(encoding="utf-8")
    for path in tuning.folder.glob("*.txt"):
        text = path.read_text(encoding="utf-8")
        assert text == unicodedata.normalize("NFC", text), path.name
        assert f"| {path.stem} | " in readme, path.name
