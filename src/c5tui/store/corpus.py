"""Documents, turns, paragraphs and sentences: writes at import, reads for every view."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from c5tui.errors import NotFoundError
from c5tui.model import Document, Outline, Provenance, Sentence
from c5tui.store import translations
from c5tui.store.clock import now
from c5tui.store.database import Database
from c5tui.store.source_texts import unpack
from c5tui.store.tags import effective_sentence_tags, removed_sentence_tags

# Setting English from a translation file lives with the translations; importers call it here.
from c5tui.store.translations import set_translation as set_translation


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
    en_provenance: Provenance | None = None  # where ``en`` came from (keyed, if not said)


@dataclass(frozen=True, slots=True)
class DocumentRow:
    content_hash: str
    title: str
    title_en: str | None
    date: str | None
    outlet: str
    dateline: str
    interviewee: str
    correspondent: str
    source_name: str
    source_text_zlib: bytes  # see source_texts.pack
    bundled: bool
    turns: Sequence[tuple[str, str]]  # (role, speaker)
    paragraphs: Sequence[tuple[int, str, int, int]]  # (turn index, marker, start, end)
    sentences: Sequence[SentenceRow]
    url: str | None = None
    kind: str = "interview"
    author: str | None = None
    source_format: str = "kazinform"
    speaker_override: str | None = None


def document_id_by_hash(db: Database, content_hash: str) -> int | None:
    row = db.execute("SELECT id FROM documents WHERE content_hash = ?", [content_hash]).fetchone()
    return int(row[0]) if row else None


def insert_document(db: Database, doc: DocumentRow) -> tuple[int, list[int]]:
    """Insert a whole document; the caller holds the transaction. Returns (id, sentence ids)."""
    conn = db.conn
    cursor = conn.execute(
        "INSERT INTO documents (content_hash, title, title_en, date, outlet, url, dateline,"
        " interviewee, correspondent, source_name, source_text_zlib, bundled, imported_at, kind,"
        " author, source_format, speaker_override)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
            doc.source_text_zlib,
            int(doc.bundled),
            now(),
            doc.kind,
            doc.author,
            doc.source_format,
            doc.speaker_override,
        ],
    )
    document_id = int(cursor.lastrowid or 0)
    turn_ids = _insert_turns(db, document_id, doc.turns)
    # Ids are given, not read back row by row, so that each table takes one executemany;
    # they are the ids SQLite would choose (max + 1 on), as this transaction holds the lock.
    paragraph_ids = _next_ids(db, "paragraphs", len(doc.paragraphs))
    conn.executemany(
        'INSERT INTO paragraphs (id, document_id, turn_id, position, marker, start, "end")'
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (paragraph_ids[i], document_id, turn_ids[turn], i + 1, marker, start, end)
            for i, (turn, marker, start, end) in enumerate(doc.paragraphs)
        ],
    )
    sentence_ids = _next_ids(db, "sentences", len(doc.sentences))
    # ``en`` is the cache of the translations row written below (see migration 0005).
    conn.executemany(
        "INSERT INTO sentences (id, document_id, paragraph_id, turn_id, position, paragraph,"
        ' sentence, key, kk, en, space_after, start, "end")'
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                sentence_ids[i],
                document_id,
                paragraph_ids[row.paragraph],
                turn_ids[row.turn],
                i + 1,
                row.paragraph_number,
                row.sentence_number,
                row.key,
                row.kk,
                row.en,
                row.space_after,
                row.start,
                row.end,
            )
            for i, row in enumerate(doc.sentences)
        ],
    )
    # The sentences were inserted with their English: only where it came from is left.
    translations.put_provenance_many(
        db,
        [
            (sentence_id, row.en, row.en_provenance or Provenance("keyed"))
            for sentence_id, row in zip(sentence_ids, doc.sentences, strict=True)
            if row.en is not None
        ],
    )
    return document_id, sentence_ids


def _next_ids(db: Database, table: str, count: int) -> list[int]:
    (top,) = db.conn.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()
    return list(range(int(top) + 1, int(top) + 1 + count))


def _insert_turns(
    db: Database, document_id: int, turns: Sequence[tuple[str, str]], first: int = 0
) -> list[int]:
    ids = []
    for position, (role, speaker) in enumerate(turns, start=first):
        cursor = db.conn.execute(
            "INSERT INTO turns (document_id, position, role, speaker) VALUES (?, ?, ?, ?)",
            [document_id, position, role, speaker],
        )
        ids.append(int(cursor.lastrowid or 0))
    return ids


def replace_turns(
    db: Database,
    document_id: int,
    turns: Sequence[tuple[str, str]],
    paragraph_turns: Sequence[int],
    sentence_turns: Sequence[int],
) -> None:
    """Give a document new turns (a re-attribution); sentences, tags and notes stay.

    ``paragraph_turns`` and ``sentence_turns`` index ``turns`` in ¶ and sentence order.
    The caller holds the transaction. The old turns are dropped only once nothing refers
    to them, since dropping a turn deletes its sentences.
    """
    conn = db.conn
    old = [r[0] for r in conn.execute("SELECT id FROM turns WHERE document_id = ?", [document_id])]
    top = conn.execute(
        "SELECT coalesce(max(position), 0) + 1 FROM turns WHERE document_id = ?", [document_id]
    ).fetchone()[0]
    new_ids = _insert_turns(db, document_id, turns, first=int(top))
    paragraphs = conn.execute(
        "SELECT id FROM paragraphs WHERE document_id = ? ORDER BY position", [document_id]
    ).fetchall()
    sentences = conn.execute(
        "SELECT id FROM sentences WHERE document_id = ? ORDER BY position", [document_id]
    ).fetchall()
    if len(paragraphs) != len(paragraph_turns) or len(sentences) != len(sentence_turns):
        raise ValueError("the new turns do not fit the stored paragraphs and sentences")
    conn.executemany(
        "UPDATE paragraphs SET turn_id = ? WHERE id = ?",
        [(new_ids[t], row[0]) for row, t in zip(paragraphs, paragraph_turns, strict=True)],
    )
    conn.executemany(
        "UPDATE sentences SET turn_id = ? WHERE id = ?",
        [(new_ids[t], row[0]) for row, t in zip(sentences, sentence_turns, strict=True)],
    )
    conn.executemany("DELETE FROM turns WHERE id = ?", [(i,) for i in old])
    conn.executemany(
        "UPDATE turns SET position = ? WHERE id = ?", [(i, t) for i, t in enumerate(new_ids)]
    )


_DOCUMENT_COLUMNS = (
    "d.id, d.title, d.title_en, d.date, d.outlet, d.url, d.source_name, d.content_hash,"
    " d.interviewee, (SELECT count(*) FROM sentences s WHERE s.document_id = d.id),"
    " d.kind, d.author, d.speaker_en"
)


def list_documents(db: Database) -> list[Document]:
    rows = db.execute(f"SELECT {_DOCUMENT_COLUMNS} FROM documents d ORDER BY d.id").fetchall()
    return [Document(*row) for row in rows]


def get_document(db: Database, document_id: int) -> Document:
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
    " (SELECT count(*) FROM annotations a WHERE a.sentence_id = s.id),"
    f" tr.origin, {translations.source_of('tr')}, tr.confidence, tr.needs_review,"
    " tr.reviewed, tr.updated_at"
    " FROM sentences s JOIN turns t ON t.id = s.turn_id"
    " LEFT JOIN translations tr ON tr.sentence_id = s.id AND tr.lang = 'en'"
)


def _build(db: Database, rows: Iterable[tuple]) -> list[Sentence]:
    rows = list(rows)
    ids = [row[0] for row in rows]
    tags = effective_sentence_tags(db, ids)
    removed = removed_sentence_tags(db, ids)
    return [
        Sentence(
            *row[:13],  # type: ignore[misc]  # the 13 leading columns, in field order
            tags=tags.get(row[0], ()),
            removed_tags=removed.get(row[0], ()),
            selected=bool(row[13]),
            note_count=int(row[14]),
            en_provenance=None if row[15] is None else translations.provenance_of(row[15:21]),
        )
        for row in rows
    ]


def list_sentences(db: Database, document_id: int | None = None) -> list[Sentence]:
    """Every sentence in document order, optionally of one document."""
    if document_id is None:
        rows = db.execute(f"{_SENTENCE_SELECT} ORDER BY s.document_id, s.position")
    else:
        rows = db.execute(
            f"{_SENTENCE_SELECT} WHERE s.document_id = ? ORDER BY s.position", [document_id]
        )
    return _build(db, rows)


def get_sentences(db: Database, ids: Sequence[int]) -> list[Sentence]:
    """The sentences with these ids, in the order given; unknown ids are skipped."""
    found: dict[int, Sentence] = {}
    for chunk_start in range(0, len(ids), 500):
        chunk = list(ids[chunk_start : chunk_start + 500])
        marks = ",".join("?" * len(chunk))
        rows = db.execute(f"{_SENTENCE_SELECT} WHERE s.id IN ({marks})", chunk)
        found.update((s.id, s) for s in _build(db, rows))
    return [found[i] for i in ids if i in found]


def get_sentence(db: Database, sentence_id: int) -> Sentence:
    found = get_sentences(db, [sentence_id])
    if not found:
        raise NotFoundError(f"no quote with id {sentence_id}")
    return found[0]


def sentences_in_range(db: Database, document_id: int, first: int, last: int) -> list[Sentence]:
    """Sentences at document positions ``first..last`` inclusive (for windowed views)."""
    rows = db.execute(
        f"{_SENTENCE_SELECT} WHERE s.document_id = ? AND s.position BETWEEN ? AND ?"
        " ORDER BY s.position",
        [document_id, first, last],
    )
    return _build(db, rows)


def outline(db: Database, document_id: int) -> Outline:
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


def turn_sentences(db: Database, sentence_id: int) -> list[Sentence]:
    """All sentences of the turn that holds this sentence (its context)."""
    rows = db.execute(
        f"{_SENTENCE_SELECT} WHERE s.turn_id = (SELECT turn_id FROM sentences WHERE id = ?)"
        " ORDER BY s.position",
        [sentence_id],
    )
    return _build(db, rows)


@dataclass(frozen=True, slots=True)
class DocumentWork:
    """What of the user's work hangs on one document (gone with it if it is removed)."""

    notes: int
    user_tags: int
    selected: int
    claims: int
    typed_english: int = 0

    @property
    def precious(self) -> bool:
        """Notes, tags and typed English are the user's own writing: removing them needs
        ``--force``."""
        return bool(self.notes or self.user_tags or self.typed_english)


def document_work(db: Database, document_id: int) -> DocumentWork:
    # Each count is over the rows that point at one of the document's sentences or claims.
    on_document = (
        "sentence_id IN (SELECT id FROM sentences WHERE document_id = :d)"
        " OR claim_id IN (SELECT id FROM claims WHERE document_id = :d)"
    )

    def count(sql: str) -> int:
        return int(db.execute(sql, {"d": document_id}).fetchone()[0])

    return DocumentWork(
        notes=count(f"SELECT count(*) FROM annotations WHERE {on_document}"),
        user_tags=count(
            "SELECT (SELECT count(*) FROM sentence_tags WHERE source = 'user' AND sentence_id"
            " IN (SELECT id FROM sentences WHERE document_id = :d)) + (SELECT count(*) FROM"
            " claim_tags WHERE source = 'user' AND claim_id IN"
            " (SELECT id FROM claims WHERE document_id = :d))"
        ),
        selected=count(f"SELECT count(*) FROM selection WHERE {on_document}"),
        claims=count("SELECT count(*) FROM claims WHERE document_id = :d"),
        typed_english=count(
            "SELECT count(*) FROM translations WHERE origin = 'typed'"
            " AND sentence_id IN (SELECT id FROM sentences WHERE document_id = :d)"
        ),
    )


def delete_document(db: Database, document_id: int) -> int:
    """Delete a document and all that hangs on it; the caller holds the transaction.

    Returns how many sentences went. The search index is kept in step here, since
    the FTS table has no foreign key to cascade through.
    """
    ids = [
        r[0] for r in db.execute("SELECT id FROM sentences WHERE document_id = ?", [document_id])
    ]
    db.conn.executemany("DELETE FROM search_index WHERE rowid = ?", [(i,) for i in ids])
    db.conn.executemany(
        "DELETE FROM search_index_pending WHERE sentence_id = ?", [(i,) for i in ids]
    )
    db.conn.execute("DELETE FROM documents WHERE id = ?", [document_id])
    return len(ids)


def update_metadata(db: Database, document_id: int, changes: dict[str, object]) -> None:
    """Set document columns (title, date, outlet, url, …); the caller holds the transaction."""
    allowed = {
        "title",
        "date",
        "outlet",
        "url",
        "interviewee",
        "kind",
        "speaker_override",
        "speaker_en",
    }
    unknown = set(changes) - allowed
    if unknown:
        raise ValueError(f"not document metadata: {sorted(unknown)}")
    for column, value in changes.items():
        db.conn.execute(f"UPDATE documents SET {column} = ? WHERE id = ?", [value, document_id])


def source_of(db: Database, document_id: int) -> tuple[str, str, str | None]:
    """The stored source text, its format and the speaker the user gave, for re-parsing."""
    row = db.execute(
        "SELECT source_text_zlib, source_format, speaker_override FROM documents WHERE id = ?",
        [document_id],
    ).fetchone()
    if row is None:
        raise NotFoundError(f"no document {document_id}")
    return unpack(row[0], document_id), row[1], row[2]


def speaker_override(db: Database, document_id: int) -> str | None:
    """The speaker the user gave for a document, without reading its source text."""
    row = db.execute(
        "SELECT speaker_override FROM documents WHERE id = ?", [document_id]
    ).fetchone()
    if row is None:
        raise NotFoundError(f"no document {document_id}")
    return None if row[0] is None else str(row[0])


def document_speakers(db: Database) -> dict[int, list[str]]:
    """Everyone quoted or answering in each document, in order of first appearance."""
    found: dict[int, list[str]] = {}
    for document_id, speaker in db.execute(
        "SELECT document_id, speaker FROM turns WHERE role IN ('quote', 'answer')"
        " ORDER BY document_id, position"
    ):
        names = found.setdefault(int(document_id), [])
        if speaker not in names:
            names.append(speaker)
    return found


def document_tags(db: Database) -> dict[int, list[str]]:
    """The tags in force on each document's quotes (a user's removal hides a tag)."""
    rows = db.execute(
        "SELECT DISTINCT s.document_id, t.tag_id FROM sentence_tags t"
        " JOIN sentences s ON s.id = t.sentence_id WHERE t.removed = 0"
        " AND NOT EXISTS (SELECT 1 FROM sentence_tags u WHERE u.sentence_id = t.sentence_id"
        " AND u.tag_id = t.tag_id AND u.source = 'user' AND u.removed = 1)"
        " ORDER BY s.document_id, t.tag_id"
    )
    found: dict[int, list[str]] = {}
    for document_id, tag in rows:
        found.setdefault(int(document_id), []).append(tag)
    return found


def counts(db: Database) -> dict[str, int]:
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
