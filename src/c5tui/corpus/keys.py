"""Stable sentence keys: ``p12.s03`` is paragraph 12, sentence 3 of a document."""

from __future__ import annotations

from collections.abc import Iterator

from c5tui.parsed import ParsedDocument, ParsedParagraph, ParsedSentence, ParsedTurn


def sentence_key(paragraph: int, sentence: int) -> str:
    return f"p{paragraph:02d}.s{sentence:02d}"


def numbered_sentences(
    document: ParsedDocument,
) -> Iterator[tuple[str, int, int, ParsedTurn, ParsedParagraph, ParsedSentence]]:
    """Every sentence with its key, ¶ number and s number (both 1-based), in document order."""
    turns = document.turns
    turn_of = {cell: turn for turn in turns for cell in turn.sentences}
    for p_index, paragraph in enumerate(document.body):
        for s_index, sentence in enumerate(paragraph.sentences):
            key = sentence_key(p_index + 1, s_index + 1)
            yield key, p_index + 1, s_index + 1, turn_of[(p_index, s_index)], paragraph, sentence
