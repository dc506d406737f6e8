"""Concepts both sides name, by the codebook: the aligner's evidence beyond names.

The codebook's tags carry their Kazakh and English aliases (АҚШ/USA, Ақ үй/White House,
сирек металл/rare metal), so the auto-tagger finding the same tag in a Kazakh and an
English sentence is a light bilingual lexicon at work. In an open workspace the lexicon is
the workspace's own codebook, with the aliases its user added; elsewhere the bundled one.
Unlike a name or a number this is soft evidence: it lowers a link's cost without making it
an anchored link.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from c5tui import resources
from c5tui.corpus.shared import SharedTerms
from c5tui.tagging.autotag import AutoTagger
from c5tui.tagging.codebook import load_codebook

CONCEPT_WEIGHT = 1.0


@cache
def bundled_tagger() -> AutoTagger:
    """The auto-tagger of the bundled codebook, built once per process."""
    return AutoTagger(load_codebook(resources.bundled_codebook()))


class Concepts(SharedTerms):
    """The codebook concepts of each sentence on both sides, and what sharing them is worth."""

    def __init__(
        self, kazakh: Sequence[str], english: Sequence[str], tagger: AutoTagger | None = None
    ) -> None:
        tagger = tagger or bundled_tagger()
        super().__init__(
            [{found.tag for found in tagger.tag(text)} for text in kazakh],
            [{found.tag for found in tagger.tag("", text)} for text in english],
            CONCEPT_WEIGHT,
        )
