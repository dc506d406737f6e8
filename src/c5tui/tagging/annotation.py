"""Hand-made tag annotations of article files, for measuring the auto-tagger on them.

The file (``tests/data/tags-annotation.toml``) gives, per article name, the tags of each
sentence key and whether the article was held out while the tagger was tuned.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from c5tui.errors import InputError
from c5tui.tagging.codebook import read_toml


@dataclass(frozen=True, slots=True)
class AnnotatedArticle:
    name: str
    heldout: bool
    sentences: dict[str, frozenset[str]]

    def tags_of(self, key: str) -> frozenset[str]:
        """The annotated tags of one sentence; none when it is not listed."""
        return self.sentences.get(key, frozenset())

    def document_tags(self) -> frozenset[str]:
        """A document's tags: the union of its sentences' tags."""
        return frozenset().union(*self.sentences.values())


def load_annotation(path: Path, tag_ids: Iterable[str]) -> list[AnnotatedArticle]:
    """Read an annotation file; every tag must be in the codebook."""
    known = set(tag_ids)
    articles = read_toml(path).get("article", {})
    if not isinstance(articles, dict):
        raise InputError("[article] is not a table", path=str(path))
    found = []
    for name, entry in sorted(articles.items()):
        sentences: dict[str, frozenset[str]] = {}
        for key, tags in entry.get("sentences", {}).items():
            unknown = set(tags) - known
            if unknown:
                raise InputError(f"{name} {key}: unknown tags {sorted(unknown)}", path=str(path))
            sentences[key] = frozenset(tags)
        found.append(AnnotatedArticle(name, bool(entry.get("heldout", False)), sentences))
    return found


@dataclass(frozen=True, slots=True)
class ArticleSentence:
    key: str
    text: str
    role: str


def article_sentences(directory: Path, name: str) -> list[ArticleSentence]:
    """The sentences of one annotated article file, parsed as an import would."""
    from c5tui.corpus.evaluate import options_of, read_expectation
    from c5tui.corpus.keys import numbered_sentences
    from c5tui.corpus.reader import load_article

    expected = directory / f"{name}.expected"
    source = next(p for p in directory.glob(name + ".*") if p.suffix != ".expected")
    document = load_article(source, options_of(read_expectation(expected)))
    return [
        ArticleSentence(key, sentence.text, turn.role)
        for key, _p, _s, turn, _paragraph, sentence in numbered_sentences(document)
    ]


def load_claim_annotation(path: Path) -> dict[str, dict[str, str]]:
    """Hand-marked claims: article name → sentence key → kind."""
    claims = read_toml(path).get("claims", {})
    if not isinstance(claims, dict):
        raise InputError("[claims] is not a table", path=str(path))
    return {name: dict(entries) for name, entries in claims.items()}
