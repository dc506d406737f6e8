"""What the aligner knows of words: the codebook's concepts and the bilingual glossary.

An open workspace aligns with its own codebook (the tags in its store, with the aliases a
user added), so a user's alias that names a thing in both languages also links sentences;
without a workspace the bundled codebook serves.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from c5tui.corpus.concepts import bundled_tagger
from c5tui.corpus.glossary_terms import GlossaryTerms, bundled_terms
from c5tui.model import Tag
from c5tui.tagging.autotag import AutoTagger


@dataclass(frozen=True, slots=True)
class Lexicon:
    tagger: AutoTagger
    glossary: GlossaryTerms

    @classmethod
    def bundled(cls) -> Lexicon:
        """The bundled codebook and glossary."""
        return cls(bundled_tagger(), bundled_terms())

    @classmethod
    def of_codebook(cls, tags: Iterable[Tag]) -> Lexicon:
        """A workspace's codebook (its tags as stored) with the bundled glossary; the last
        one again while the codebook is the same (a bulk import reads a translation per
        article, and building the tagger took 7 ms of each)."""
        global _last_of_codebook
        codebook = tuple(tags)
        if _last_of_codebook is None or _last_of_codebook[0] != codebook:
            _last_of_codebook = (codebook, cls(AutoTagger(codebook), bundled_terms()))
        return _last_of_codebook[1]


_last_of_codebook: tuple[tuple[Tag, ...], Lexicon] | None = None
