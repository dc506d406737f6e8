"""Checks shared by the hand-annotated tuning sets (tests/data/articles-tuningN).

Each set is a folder of articles in the plain-text import format, a README listing each
article's source, and a TOML annotation made by reading the Kazakh. These checks test only
that the annotation fits its articles; scoring the auto-tagger against it is left to the
caller.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from pathlib import Path

from c5tui import resources
from c5tui.corpus.keys import numbered_sentences
from c5tui.corpus.reader import load_article
from c5tui.tagging.annotation import AnnotatedArticle, load_annotation
from c5tui.tagging.codebook import load_codebook

DATA = Path(__file__).resolve().parent / "data"


def codebook_sectors() -> set[str]:
    return {t.id for t in load_codebook(resources.bundled_codebook()) if t.kind == "sector"}


def load_set(annotation: Path) -> list[AnnotatedArticle]:
    codebook = load_codebook(resources.bundled_codebook())
    return load_annotation(annotation, {t.id for t in codebook})


def sentence_keys(folder: Path, name: str) -> list[str]:
    document = load_article(folder / f"{name}.txt")
    return [key for key, *_ in numbered_sentences(document)]


def check_covers_every_article(annotated: list[AnnotatedArticle], folder: Path) -> None:
    assert {a.name for a in annotated} == {p.stem for p in folder.glob("*.txt")}


def check_names_only_given_sentences(annotated: list[AnnotatedArticle], folder: Path) -> None:
    for article in annotated:
        assert article.sentences, article.name
        assert set(article.sentences) <= set(sentence_keys(folder, article.name)), article.name


def check_sectors_present(annotated: list[AnnotatedArticle], sectors: Iterable[str]) -> None:
    assert set(sectors) <= set().union(*(a.document_tags() for a in annotated))


def check_stored_in_nfc_and_listed(folder: Path) -> None:
    readme = (folder / "README.md").read_text(encoding="utf-8")
    for path in folder.glob("*.txt"):
        text = path.read_text(encoding="utf-8")
        assert text == unicodedata.normalize("NFC", text), path.name
        assert f"| {path.stem} | " in readme, path.name
