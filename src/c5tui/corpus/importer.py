"""Turn a parsed article (and its translation) into rows for the store."""

from __future__ import annotations

from c5tui.corpus.keys import sentence_key
from c5tui.corpus.translation import Translation
from c5tui.parsed import ParsedDocument
from c5tui.store.corpus import DocumentRow, SentenceRow
from c5tui.store.source_texts import pack
from c5tui.store.translations import provenance_for


def turn_rows(
    document: ParsedDocument,
) -> tuple[list[tuple[str, str]], list[int], dict[tuple[int, int], int]]:
    """The turns as (role, speaker), each paragraph's turn (that of its first sentence)
    and each sentence's turn, by (paragraph, sentence) index."""
    turns = document.turns
    by_cell = {cell: i for i, turn in enumerate(turns) for cell in turn.sentences}
    paragraph_turns = [by_cell[(p, 0)] for p in range(len(document.body))]
    return [(t.role, t.speaker) for t in turns], paragraph_turns, by_cell


def document_row(
    document: ParsedDocument, translation: Translation | None = None, *, bundled: bool = False
) -> DocumentRow:
    """The store's view of a parsed document, with the English side filled in where known."""
    english = translation.sentences if translation else {}
    turns, paragraph_turns, by_cell = turn_rows(document)
    paragraphs = [
        (paragraph_turns[i], p.marker, p.start, p.end) for i, p in enumerate(document.body)
    ]
    sentences: list[SentenceRow] = []
    for p_index, paragraph in enumerate(document.body):
        for s_index, sentence in enumerate(paragraph.sentences):
            key = sentence_key(p_index + 1, s_index + 1)
            sentences.append(
                SentenceRow(
                    key=key,
                    turn=by_cell[(p_index, s_index)],
                    paragraph=p_index,
                    paragraph_number=p_index + 1,
                    sentence_number=s_index + 1,
                    kk=sentence.text,
                    en=english.get(key),
                    en_provenance=(
                        provenance_for(translation, key, bundled=bundled)
                        if translation and key in english
                        else None
                    ),
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
        # Compressed here: a bulk import runs this in its parse workers, beside the parsing.
        source_text_zlib=pack(document.source_text),
        bundled=bundled,
        turns=turns,
        paragraphs=paragraphs,
        sentences=sentences,
        url=document.url,
        kind=document.kind,
        author=document.author,
    )
