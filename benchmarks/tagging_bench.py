"""Auto-tagger precision, recall and F1 per kind on the hand-annotated articles.

    .venv/bin/python benchmarks/tagging_bench.py [--errors]

The annotation (tests/data/tags-annotation.toml) was made by reading the articles; the
articles marked held out were not looked at while tuning. Prints sentence- and
document-level scores for the tuned, held-out and all articles, then for the second, third,
fourth, fifth and sixth tuning sets (tests/data/articles-tuning2 to -tuning6, annotated without
running the tagger, imported as a user imports them), then the bundled interview against its
curated tags.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from c5tui import resources
from c5tui.tagging.annotation import AnnotatedArticle, article_sentences, load_annotation
from c5tui.tagging.autotag import AutoTagger
from c5tui.tagging.codebook import load_codebook
from c5tui.tagging.evaluate import KINDS, Tally, tally

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "tests" / "data" / "articles"
ANNOTATION = ROOT / "tests" / "data" / "tags-annotation.toml"


def found_tags(tagger: AutoTagger, article: AnnotatedArticle) -> dict[str, set[str]]:
    """The tagger's tags of every sentence of one article, by sentence key."""
    return {
        s.key: {t.tag for t in tagger.tag(s.text)}
        for s in article_sentences(ARTICLES, article.name)
    }


def report(label: str, counts: dict[str, Tally], errors: bool) -> None:
    for kind in KINDS:
        s = counts[kind].score()
        print(
            f"{label:<24} {kind:<7} P {s.precision:.2f}  R {s.recall:.2f}  F1 {s.f1:.2f}"
            f"  (gold {s.support}, tp {counts[kind].tp}, fp {counts[kind].fp})"
        )
        if errors:
            for error in counts[kind].errors:
                print(f"    {error}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--errors", action="store_true", help="list every wrong or missed tag")
    errors = parser.parse_args().errors
    codebook = load_codebook(resources.bundled_codebook())
    tagger = AutoTagger(codebook)
    articles = load_annotation(ANNOTATION, {t.id for t in codebook})
    found = {a.name: found_tags(tagger, a) for a in articles}
    groups = {
        "tuned": [a for a in articles if not a.heldout],
        "held out": [a for a in articles if a.heldout],
        "all": articles,
    }
    for name, group in groups.items():
        sentences = [
            (f"{a.name} {key}", a.tags_of(key), tags)
            for a in group
            for key, tags in found[a.name].items()
        ]
        documents = [
            (a.name, a.document_tags(), set().union(*found[a.name].values())) for a in group
        ]
        report(f"{name} ({len(group)}) sentences", tally(sentences, codebook), errors)
        report(f"{name} ({len(group)}) documents", tally(documents, codebook), errors)
    for number in (2, 3, 4, 5, 6):
        tuning_set(codebook, number, errors)
    bundled(codebook, tagger)


def tuning_set(codebook: list, number: int, errors: bool) -> None:
    """A later tuning set (tests/data/articles-tuningN), imported as a user imports it."""
    import tempfile

    from c5tui.workspace import Workspace

    folder = ROOT / "tests" / "data" / f"articles-tuning{number}"
    annotation = ROOT / "tests" / "data" / f"tags-annotation-tuning{number}.toml"
    articles = load_annotation(annotation, {t.id for t in codebook})
    found: dict[str, dict[str, set[str]]] = {}
    with tempfile.TemporaryDirectory() as scratch, Workspace.open(Path(scratch) / "t.db") as ws:
        for article in articles:
            document = ws.import_article(folder / f"{article.name}.txt").document_id
            found[article.name] = {q.key: {t.tag for t in q.tags} for q in ws.quotes(document)}
    sentences = [
        (f"{a.name} {key}", a.tags_of(key), tags)
        for a in articles
        for key, tags in found[a.name].items()
    ]
    documents = [
        (a.name, a.document_tags(), set().union(*found[a.name].values())) for a in articles
    ]
    label = f"tuning {number} ({len(articles)})"
    report(f"{label} sentences", tally(sentences, codebook), errors)
    report(f"{label} documents", tally(documents, codebook), errors)


def bundled(codebook: list, tagger: AutoTagger) -> None:
    import tempfile

    from c5tui.tagging.curated import load_curated
    from c5tui.tagging.evaluate import evaluate
    from c5tui.workspace import Workspace

    with tempfile.TemporaryDirectory() as folder, Workspace.open(Path(folder) / "b.db") as ws:
        sentences = ws.quotes()
        curated = load_curated(
            resources.bundled_curated(), {t.id for t in codebook}, {s.key for s in sentences}
        )
        for kind, s in evaluate(tagger, curated.tags, sentences, codebook).items():
            print(
                f"{'bundled interview':<24} {kind:<7} P {s.precision:.2f}  R {s.recall:.2f}"
                f"  F1 {s.f1:.2f}  (gold {s.support})"
            )


if __name__ == "__main__":
    main()
