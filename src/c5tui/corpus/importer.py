"""Turn a parsed article (and its translation) into rows for the store."""

from __future__ import annotations

from c5tui.corpus.keys import numbered_sentences
from c5tui.corpus.translation import Translation
from c5tui.model import ParsedDocument
from c5tui.store.corpus import DocumentRow, SentenceRow


def document_row(
    document: ParsedDocument, translation: Translation | None = None, *, bundled: bool = False
) -> DocumentRow:
    """The store's view of a parsed document, with the English side filled in where known."""
    english = translation.sentences if translation else {}
    turns = [(turn.role, turn.speaker) for turn in document.turns]
    paragraphs: list[tuple[int, str, int, int]] = []
    sentences: list[SentenceRow] = []
    turn_index = {id(turn): i for i, turn in enumerate(document.turns)}
    paragraph_index: dict[int, int] = {}
    for key, p_number, s_number, turn, paragraph, sentence in numbered_sentences(document):
        if id(paragraph) not in paragraph_index:
            paragraph_index[id(paragraph)] = len(paragraphs)
            paragraphs.append(
                (turn_index[id(turn)], paragraph.marker, paragraph.start, paragraph.end)
            )
        sentences.append(
            SentenceRow(
                key=key,
                turn=turn_index[id(turn)],
                paragraph=paragraph_index[id(paragraph)],
                paragraph_number=p_number,
                sentence_number=s_number,
                kk=sentence.text,
                en=english.get(key),
                space_after=sentence.space_after,
                start=sentence.start,
                end=sentence.end,
            )
        )
    return DocumentRow(
        content_hash=document.content_hash,
        title=document.title,
        title_en=translation.title if translation else None,
        date=document.date,
        outlet=document.outlet,
        dateline=document.dateline,
        interviewee=document.interviewee,
        correspondent=document.correspondent,
        source_name=document.source_name,
        source_text=document.source_text,
        bundled=bundled,
        turns=turns,
        paragraphs=paragraphs,
        sentences=sentences,
    )
