"""Documents, turns, paragraphs and sentences: writes at import, reads for every view."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import sqlite_utils

from c5tui.errors import NotFoundError
from c5tui.model import Document, Outline, Sentence
from c5tui.store.clock import now
from c5tui.store.tags import effective_sentence_tags


@dataclass(frozen=True, slots=True)
class SentenceRow:
    """A sentence to insert; ``turn`` and ``paragraph`` index the lists given alongside."""

    key: str
    turn: int
    paragraph: int
    paragraph_number: int
    sentence_number: int
    kk: str
    en: str | None
    space_after: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class DocumentRow:
    content_hash: str
    title: str
    title_en: str | None
    date: str
    outlet: str
    dateline: str
    interviewee: str
    correspondent: str
    source_name: str
    source_text: str
    bundled: bool
    turns: Sequence[tuple[str, str]]  # (role, speaker)
    paragraphs: Sequence[tuple[int, str, int, int]]  # (turn index, marker, start, end)
    sentences: Sequence[SentenceRow]
    url: str | None = None


def document_id_by_hash(db: sqlite_utils.Database, content_hash: str) -> int | None:
    row = db.execute("SELECT id FROM documents WHERE content_hash = ?", [content_hash]).fetchone()
    return int(row[0]) if row else None


def insert_document(db: sqlite_utils.Database, doc: DocumentRow) -> tuple[int, list[int]]:
    """Insert a whole document; the caller holds the transaction. Returns (id, sentence ids)."""
    conn = db.conn
    cursor = conn.execute(
        "INSERT INTO documents (content_hash, title, title_en, date, outlet, url, dateline,"
        " interviewee, correspondent, source_name, source_text, bundled, imported_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            doc.content_hash,
            doc.title,
            doc.title_en,
            doc.date,
            doc.outlet,
            doc.url,
            doc.dateline,
            doc.interviewee,
            doc.correspondent,
            doc.source_name,
            doc.source_text,
            int(doc.bundled),
            now(),
        ],
    )
    document_id = int(cursor.lastrowid or 0)
    turn_ids = []
    for position, (role, speaker) in enumerate(doc.turns):
        cursor = conn.execute(
            "INSERT INTO turns (document_id, position, role, speaker) VALUES (?, ?, ?, ?)",
            [document_id, position, role, speaker],
        )
        turn_ids.append(int(cursor.lastrowid or 0))
    paragraph_ids = []
    for position, (turn, marker, start, end) in enumerate(doc.paragraphs, start=1):
        cursor = conn.execute(
            'INSERT INTO paragraphs (document_id, turn_id, position, marker, start, "end")'
            " VALUES (?, ?, ?, ?, ?, ?)",
            [document_id, turn_ids[turn], position, marker, start, end],
        )
        paragraph_ids.append(int(cursor.lastrowid or 0))
    sentence_ids = []
    for position, row in enumerate(doc.sentences, start=1):
        cursor = conn.execute(
            "INSERT INTO sentences (document_id, paragraph_id, turn_id, position, paragraph,"
            ' sentence, key, kk, en, space_after, start, "end")'
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                document_id,
                paragraph_ids[row.paragraph],
                turn_ids[row.turn],
                position,
                row.paragraph_number,
                row.sentence_number,
                row.key,
                row.kk,
                row.en,
                row.space_after,
                row.start,
                row.end,
            ],
        )
        sentence_ids.append(int(cursor.lastrowid or 0))
    return document_id, sentence_ids


_DOCUMENT_COLUMNS = (
    "d.id, d.title, d.title_en, d.date, d.outlet, d.url, d.source_name, d.content_hash,"
    " d.interviewee, (SELECT count(*) FROM sentences s WHERE s.document_id = d.id)"
)


def list_documents(db: sqlite_utils.Database) -> list[Document]:
    rows = db.execute(f"SELECT {_DOCUMENT_COLUMNS} FROM documents d ORDER BY d.id").fetchall()
    return [Document(*row) for row in rows]


def get_document(db: sqlite_utils.Database, document_id: int) -> Document:
    row = db.execute(
        f"SELECT {_DOCUMENT_COLUMNS} FROM documents d WHERE d.id = ?", [document_id]
    ).fetchone()
    if row is None:
        raise NotFoundError(f"no document {document_id}")
    return Document(*row)


_SENTENCE_SELECT = (
    "SELECT s.id, s.document_id, s.key, s.position, s.paragraph, s.sentence, t.position,"
    ' t.role, t.speaker, s.kk, s.en, s.start, s."end",'
    " EXISTS (SELECT 1 FROM selection x WHERE x.sentence_id = s.id),"
    " (SELECT count(*) FROM annotations a WHERE a.sentence_id = s.id)"
    " FROM sentences s JOIN turns t ON t.id = s.turn_id"
)


def _build(db: sqlite_utils.Database, rows: Iterable[tuple]) -> list[Sentence]:
    rows = list(rows)
    tags = effective_sentence_tags(db, [row[0] for row in rows])
    return [
        Sentence(
            *row[:13],  # type: ignore[misc]  # the 13 leading columns, in field order
            tags=tags.get(row[0], ()),
            selected=bool(row[13]),
            note_count=int(row[14]),
        )
        for row in rows
    ]


def list_sentences(db: sqlite_utils.Database, document_id: int | None = None) -> list[Sentence]:
    """Every sentence in document order, optionally of one document."""
    if document_id is None:
        rows = db.execute(f"{_SENTENCE_SELECT} ORDER BY s.document_id, s.position")
    else:
        rows = db.execute(
            f"{_SENTENCE_SELECT} WHERE s.document_id = ? ORDER BY s.position", [document_id]
        )
    return _build(db, rows)


def get_sentences(db: sqlite_utils.Database, ids: Sequence[int]) -> list[Sentence]:
    """The sentences with these ids, in the order given; unknown ids are skipped."""
    found: dict[int, Sentence] = {}
    for chunk_start in range(0, len(ids), 500):
        chunk = list(ids[chunk_start : chunk_start + 500])
        marks = ",".join("?" * len(chunk))
        rows = db.execute(f"{_SENTENCE_SELECT} WHERE s.id IN ({marks})", chunk)
        found.update((s.id, s) for s in _build(db, rows))
    return [found[i] for i in ids if i in found]


def get_sentence(db: sqlite_utils.Database, sentence_id: int) -> Sentence:
    found = get_sentences(db, [sentence_id])
    if not found:
        raise NotFoundError(f"no quote with id {sentence_id}")
    return found[0]


def sentences_in_range(
    db: sqlite_utils.Database, document_id: int, first: int, last: int
) -> list[Sentence]:
    """Sentences at document positions ``first..last`` inclusive (for windowed views)."""
    rows = db.execute(
        f"{_SENTENCE_SELECT} WHERE s.document_id = ? AND s.position BETWEEN ? AND ?"
        " ORDER BY s.position",
        [document_id, first, last],
    )
    return _build(db, rows)


def outline(db: sqlite_utils.Database, document_id: int) -> Outline:
    """A document's sentences in order: ids, ¶ and turn numbers, text lengths."""
    rows = db.execute(
        "SELECT s.id, s.paragraph, t.position, length(s.kk), coalesce(length(s.en), 0)"
        " FROM sentences s JOIN turns t ON t.id = s.turn_id"
        " WHERE s.document_id = ? ORDER BY s.position",
        [document_id],
    ).fetchall()
    if not rows:
        return Outline(document_id)
    ids, paragraphs, turns, kk, en = zip(*rows, strict=True)
    return Outline(document_id, ids, paragraphs, turns, kk, en)


def turn_sentences(db: sqlite_utils.Database, sentence_id: int) -> list[Sentence]:
    """All sentences of the turn that holds this sentence (its context)."""
    rows = db.execute(
        f"{_SENTENCE_SELECT} WHERE s.turn_id = (SELECT turn_id FROM sentences WHERE id = ?)"
        " ORDER BY s.position",
        [sentence_id],
    )
    return _build(db, rows)


def set_translation(
    db: sqlite_utils.Database, document_id: int, translations: dict[str, str]
) -> int:
    """Set the English side of sentences by key; the caller holds the transaction."""
    changed = 0
    for key, text in translations.items():
        changed += db.conn.execute(
            "UPDATE sentences SET en = ? WHERE document_id = ? AND key = ?",
            [text, document_id, key],
        ).rowcount
    return changed


def counts(db: sqlite_utils.Database) -> dict[str, int]:
    """How many of each thing the store holds."""
    queries = {
        "documents": "SELECT count(*) FROM documents",
        "turns": "SELECT count(*) FROM turns",
        "sentences": "SELECT count(*) FROM sentences",
        "translated": "SELECT count(*) FROM sentences WHERE en IS NOT NULL",
        "claims": "SELECT count(*) FROM claims",
        "tags": "SELECT count(*) FROM tags",
        "tagged_sentences": (
            "SELECT count(DISTINCT sentence_id) FROM sentence_tags WHERE removed = 0"
        ),
        "annotations": "SELECT count(*) FROM annotations",
        "selected": "SELECT count(*) FROM selection",
    }
    return {name: int(db.execute(sql).fetchone()[0]) for name, sql in queries.items()}
