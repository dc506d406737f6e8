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
