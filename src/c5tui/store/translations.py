"""Translations of sentences, one per language, with where each came from.

A sentence's English is stored once, in ``sentences.en`` (schema 14); its row in
``translations`` holds where that text came from, with ``text`` NULL. Another language
keeps its text in ``translations``. Both are written together here, in the caller's
transaction; callers refresh the search index of the sentences they change.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import PurePath
from typing import TYPE_CHECKING

from c5tui.model import Provenance, Share
from c5tui.store.clock import now
from c5tui.store.database import Database

if TYPE_CHECKING:
    from c5tui.corpus.translation import Translation

ENGLISH = "en"


@dataclass(frozen=True, slots=True)
class StoredTranslation:
    """One sentence's translation into one language, as stored."""

    sentence_id: int
    lang: str
    text: str
    provenance: Provenance


_COLUMNS = (
    "sentence_id, lang, text, origin, source_id, confidence, needs_review, reviewed, updated_at"
)


def source_of(alias: str) -> str:
    """SQL for the path of the file the translations row ``alias`` came from (schema 15:
    each path is stored once, in translation_sources)."""
    return f"(SELECT ts.path FROM translation_sources ts WHERE ts.id = {alias}.source_id)"


# The provenance columns of a translations row aliased ``t``, in provenance_of's order.
_PROVENANCE = f"t.origin, {source_of('t')}, t.confidence, t.needs_review, t.reviewed, t.updated_at"
# A translation's text: English is the sentence's own column.
TEXT_OF = "CASE WHEN t.lang = 'en' THEN s.en ELSE t.text END"


def provenance_of(row: Sequence[object]) -> Provenance:
    """A provenance from the columns ``origin .. updated_at`` of a translations row."""
    origin, source, confidence, needs_review, reviewed, updated_at = row
    return Provenance(
        str(origin),
        None if source is None else str(source),
        None if confidence is None else float(confidence),  # type: ignore[arg-type]
        bool(needs_review),
        bool(reviewed),
        str(updated_at),
    )


def get(db: Database, sentence_id: int, lang: str = ENGLISH) -> StoredTranslation | None:
    row = db.execute(
        f"SELECT t.sentence_id, t.lang, {TEXT_OF}, {_PROVENANCE} FROM translations t"
        " JOIN sentences s ON s.id = t.sentence_id WHERE t.sentence_id = ? AND t.lang = ?",
        [sentence_id, lang],
    ).fetchone()
    if row is None or row[2] is None:
        return None
    return StoredTranslation(int(row[0]), str(row[1]), str(row[2]), provenance_of(row[3:]))


_UPSERT = (
    f"INSERT INTO translations ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
    " ON CONFLICT (sentence_id, lang) DO UPDATE SET text = excluded.text,"
    " origin = excluded.origin, source_id = excluded.source_id,"
    " confidence = excluded.confidence, needs_review = excluded.needs_review,"
    " reviewed = excluded.reviewed, updated_at = excluded.updated_at"
)


def put(
    db: Database,
    sentence_id: int,
    text: str,
    provenance: Provenance,
    lang: str = ENGLISH,
) -> None:
    """Write one sentence's translation, replacing any; an empty stamp means now."""
    put_many(db, [(sentence_id, text, provenance)], lang)


def put_many(
    db: Database,
    rows: Sequence[tuple[int, str, Provenance]],
    lang: str = ENGLISH,
) -> None:
    """Write translations of several sentences (id, text, provenance) at once."""
    if lang == ENGLISH:
        db.conn.executemany(
            "UPDATE sentences SET en = ? WHERE id = ? AND en IS NOT ?",
            [(text, sentence_id, text) for sentence_id, text, _ in rows],
        )
    put_provenance_many(db, rows, lang)


def put_provenance_many(
    db: Database,
    rows: Sequence[tuple[int, str, Provenance]],
    lang: str = ENGLISH,
) -> None:
    """Write where translations came from; English text must be in ``sentences.en`` already
    (a new document's sentences are inserted with it)."""
    stamp = now()
    source_ids = _source_ids(db, {p.source for _, _, p in rows if p.source is not None})
    db.conn.executemany(
        _UPSERT,
        [
            (
                sentence_id,
                lang,
                None if lang == ENGLISH else text,
                provenance.origin,
                None if provenance.source is None else source_ids[provenance.source],
                provenance.confidence,
                int(provenance.needs_review),
                int(provenance.reviewed),
                provenance.updated_at or stamp,
            )
            for sentence_id, text, provenance in rows
        ],
    )


def _source_ids(db: Database, paths: set[str]) -> dict[str, int]:
    """The number of each translation file's path, new paths numbered here."""
    if not paths:
        return {}
    ordered = sorted(paths)
    db.conn.executemany(
        "INSERT OR IGNORE INTO translation_sources (path) VALUES (?)", [(p,) for p in ordered]
    )
    ids: dict[str, int] = {}
    for path in ordered:
        row = db.execute("SELECT id FROM translation_sources WHERE path = ?", [path]).fetchone()
        ids[path] = int(row[0])
    return ids


def restore(
    db: Database,
    sentence_id: int,
    before: StoredTranslation | None,
    lang: str = ENGLISH,
) -> None:
    """Put back what a sentence's translation was (nothing, if ``before`` is None)."""
    if before is None:
        db.conn.execute(
            "DELETE FROM translations WHERE sentence_id = ? AND lang = ?", [sentence_id, lang]
        )
        if lang == ENGLISH:
            db.conn.execute("UPDATE sentences SET en = NULL WHERE id = ?", [sentence_id])
    else:
        put(db, sentence_id, before.text, before.provenance, lang)


def set_reviewed(
    db: Database, sentence_ids: Sequence[int], reviewed: bool, lang: str = ENGLISH
) -> list[int]:
    """Mark translations read (or not); returns the ids whose flag changed."""
    changed = []
    for sentence_id in sentence_ids:
        cursor = db.conn.execute(
            "UPDATE translations SET reviewed = ?, updated_at = ?"
            " WHERE sentence_id = ? AND lang = ? AND reviewed <> ?",
            [int(reviewed), now(), sentence_id, lang, int(reviewed)],
        )
        if cursor.rowcount:
            changed.append(sentence_id)
    return changed


def provenance_for(translation: Translation, key: str, *, bundled: bool = False) -> Provenance:
    """The provenance a translation file gives one of its sentences."""
    origin = "bundled" if bundled else translation.origin
    source = translation.source
    if bundled and source:
        source = PurePath(source).name  # not the install directory of this machine
    return Provenance(
        origin,
        source=source,
        confidence=translation.confidence.get(key),
        needs_review=key in translation.needs_review,
        # The bundled English is the program's own, checked before release.
        reviewed=origin == "bundled",
    )


def set_translation(
    db: Database, document_id: int, translation: Translation, *, bundled: bool = False
) -> int:
    """Set sentences' English by key from a translation; returns how many keys matched.

    A sentence given the very text it has keeps its reviewed flag: nothing new to read.
    """
    changed = 0
    for key, text in translation.sentences.items():
        row = db.execute(
            "SELECT id FROM sentences WHERE document_id = ? AND key = ?", [document_id, key]
        ).fetchone()
        if row is None:
            continue
        sentence_id = int(row[0])
        provenance = provenance_for(translation, key, bundled=bundled)
        before = get(db, sentence_id)
        if before is not None and before.text == text and before.provenance.reviewed:
            provenance = replace(provenance, reviewed=True)
        put(db, sentence_id, text, provenance)
        changed += 1
    return changed


def shares(db: Database, lang: str = ENGLISH, document_id: int | None = None) -> dict[int, Share]:
    """Each document's (or one document's) translated and reviewed counts in one language."""
    where, params = (
        ("WHERE s.document_id = ?", [lang, document_id]) if document_id else ("", [lang])
    )
    rows = db.execute(
        "SELECT s.document_id, count(*), count(t.sentence_id), coalesce(sum(t.reviewed), 0)"
        " FROM sentences s LEFT JOIN translations t ON t.sentence_id = s.id AND t.lang = ?"
        f" {where} GROUP BY s.document_id",
        params,
    )
    return {int(d): Share(int(n), int(t), int(r)) for d, n, t, r in rows}


def next_wanting_work(db: Database, document_id: int, position: int, forward: bool) -> int | None:
    """The position of the nearest sentence past ``position`` that has no English, or whose
    English the aligner asked to be read and no one has; None when there is none."""
    compare, order = (">", "ASC") if forward else ("<", "DESC")
    row = db.execute(
        "SELECT s.position FROM sentences s"
        " LEFT JOIN translations t ON t.sentence_id = s.id AND t.lang = 'en'"
        f" WHERE s.document_id = ? AND s.position {compare} ?"
        " AND (t.sentence_id IS NULL OR (t.needs_review = 1 AND t.reviewed = 0))"
        f" ORDER BY s.position {order} LIMIT 1",
        [document_id, position],
    ).fetchone()
    return None if row is None else int(row[0])
