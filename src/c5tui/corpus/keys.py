"""Stable sentence keys: ``p12.s03`` is paragraph 12, sentence 3 of a document."""

from __future__ import annotations

from collections.abc import Iterator

from c5tui.model import ParsedDocument, ParsedParagraph, ParsedSentence, ParsedTurn


def sentence_key(paragraph: int, sentence: int) -> str:
    return f"p{paragraph:02d}.s{sentence:02d}"


def numbered_sentences(
    document: ParsedDocument,
) -> Iterator[tuple[str, int, int, ParsedTurn, ParsedParagraph, ParsedSentence]]:
    """Every sentence with its key, ¶ number and s number (both 1-based), in document order."""
    paragraph_number = 0
    for turn in document.turns:
        for paragraph in turn.paragraphs:
            paragraph_number += 1
            for sentence_number, sentence in enumerate(paragraph.sentences, start=1):
                key = sentence_key(paragraph_number, sentence_number)
                yield key, paragraph_number, sentence_number, turn, paragraph, sentence
