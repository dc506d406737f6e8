"""The auto-tagger on unseen real articles (tests/data/articles-blind3), as an import tags them.

The annotation (tests/data/tags-annotation-blind3.toml) was made by reading the Kazakh,
without running the tagger on these texts, and the codebook was never tuned on them (the
earlier unseen sets, once scored, became tests/data/articles-tuning5 and -tuning6).
``pytest -s`` prints precision, recall and F1 per tag kind at sentence and document level;
the assertions check that the annotation fits the articles as imported, not the scores.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from c5tui import resources
from c5tui.tagging.annotation import AnnotatedArticle, load_annotation
from c5tui.tagging.codebook import load_codebook
from c5tui.tagging.evaluate import KINDS, Tally, tally
from c5tui.workspace import Workspace

DATA = Path(__file__).resolve().parents[1] / "data"
BLIND = DATA / "articles-blind3"
ANNOTATION = DATA / "tags-annotation-blind3.toml"


@dataclass(frozen=True, slots=True)
class Imported:
    """One blind article's annotation and the tags its import gave, by sentence key."""

    article: AnnotatedArticle
    found: dict[str, set[str]]


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> list[Imported]:
    codebook = load_codebook(resources.bundled_codebook())
    articles = load_annotation(ANNOTATION, {t.id for t in codebook})
    found = []
    with Workspace.open(tmp_path_factory.mktemp("blind") / "blind.db") as workspace:
        for article in articles:
            result = workspace.import_article(BLIND / f"{article.name}.txt")
            quotes = workspace.quotes(result.document_id)
            found.append(Imported(article, {q.key: {t.tag for t in q.tags} for q in quotes}))
    return found


def test_the_annotation_covers_every_article_and_names_only_imported_sentences(
    imported: list[Imported],
) -> None:
    assert {i.article.name for i in imported} == {p.stem for p in BLIND.glob("*.txt")}
    for item in imported:
        assert item.article.heldout, item.article.name
        assert set(item.article.sentences) <= set(item.found), item.article.name


def test_every_sector_is_in_the_gold_tags(imported: list[Imported]) -> None:
    codebook = load_codebook(resources.bundled_codebook())
    sectors = {t.id for t in codebook if t.kind == "sector"}
    gold = set().union(*(i.article.document_tags() for i in imported))
    assert sectors <= gold


def test_print_the_scores(imported: list[Imported]) -> None:
    codebook = load_codebook(resources.bundled_codebook())
    sentences = tally(
        (
            (f"{i.article.name} {key}", i.article.tags_of(key), tags)
            for i in imported
            for key, tags in i.found.items()
        ),
        codebook,
    )
    documents = tally(
        (
            (i.article.name, i.article.document_tags(), set().union(*i.found.values()))
            for i in imported
        ),
        codebook,
    )
    print()
    for level, counts in (("sentences", sentences), ("documents", documents)):
        for kind in KINDS:
            print(score_line(f"blind ({len(imported)}) {level}", kind, counts[kind]))
    gold = sum(len(i.article.sentences.get(key, ())) for i in imported for key in i.found)
    assert sum(counts.tp + counts.fn for counts in sentences.values()) == gold


def score_line(label: str, kind: str, counts: Tally) -> str:
    s = counts.score()
    return (
        f"{label:<24} {kind:<7} P {s.precision:.2f}  R {s.recall:.2f}  F1 {s.f1:.2f}"
        f"  (gold {s.support}, tp {counts.tp}, fp {counts.fp})"
    )
