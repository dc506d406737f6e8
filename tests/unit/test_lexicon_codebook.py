"""The aligner's lexicon of a codebook is built once while the codebook stays the same."""

from __future__ import annotations

import dataclasses

from c5tui.corpus.lexicon import Lexicon
from c5tui.workspace import Workspace


def test_the_same_codebook_gives_the_same_lexicon_and_a_changed_one_a_new_one(
    workspace: Workspace,
) -> None:
    tags = workspace.tags()
    first = Lexicon.of_codebook(tags)
    assert Lexicon.of_codebook(list(tags)) is first  # equal, not the same list
    minerals = next(t for t in tags if t.id == "minerals")
    alias = "зергентас"  # no word of the codebook
    assert not any(t.tag == "minerals" for t in first.tagger.tag(f"Мұнда {alias} бар."))
    changed = [
        dataclasses.replace(t, aliases=(*t.aliases, alias)) if t is minerals else t for t in tags
    ]
    second = Lexicon.of_codebook(changed)
    assert second is not first
    assert any(t.tag == "minerals" for t in second.tagger.tag(f"Мұнда {alias} бар."))
    assert Lexicon.of_codebook(tags) is not second  # back to the first codebook: built again
