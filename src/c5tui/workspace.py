"""The core service both front ends use: one method per user action, one transaction each.

A :class:`Workspace` is a database opened, migrated and (when new) seeded with the
bundled interview. The CLI and the TUI call these methods and nothing lower.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import sqlite_utils

from c5tui import resources
from c5tui.corpus.importer import document_row, turn_rows
from c5tui.corpus.keys import numbered_sentences
from c5tui.corpus.labels import document_labels
from c5tui.corpus.reader import load_article
from c5tui.corpus.source import ImportOptions
from c5tui.corpus.translation import read_translation
from c5tui.errors import InputError, NotFoundError, no_such
from c5tui.model import Claim, Document, Note, Outline, ParsedDocument, Sentence, Tag
from c5tui.paths import default_database_path
from c5tui.store import corpus as corpus_store
from c5tui.store import notes as notes_store
from c5tui.store import selection as selection_store
from c5tui.store import tags as tags_store
from c5tui.store.connection import open_database, transaction

# A quote ("sentence", id) or a claim ("claim", id): what users tag, annotate and select.
Item = tuple[str, int]

if TYPE_CHECKING:
    from c5tui.export.refi import SourceText
    from c5tui.search.query import Query
    from c5tui.search.vocabulary import Vocabulary
    from c5tui.tagging.candidates import Candidate
    from c5tui.tagging.manage import Accepted, Deleted


@dataclass(frozen=True, slots=True)
class ImportResult:
    document_id: int
    created: bool
    sentences: int
    translated: int
    auto_tags: int = 0
    title: str = ""
    kind: str = "interview"
    outlet: str = ""
    date: str | None = None
    speakers: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class DocumentSummary:
    """A document as listed: its metadata with who speaks in it and how far it is worked."""

    document: Document
    speakers: tuple[str, ...]
    translated: int
    tags: tuple[str, ...]
    label: str | None = None  # ``Kazinform 11-05``, when there are several documents


@dataclass(frozen=True, slots=True)
class Removal:
    """A removed document and what of the user's work went with it."""

    document: Document
    sentences: int
    work: corpus_store.DocumentWork
    backup: Path | None


class _Unset:
    """No change asked for (``None`` means "clear it" where a value may be unknown)."""


UNSET = _Unset()


def _work_words(work: corpus_store.DocumentWork) -> str:
    parts = []
    for count, noun in ((work.notes, "note"), (work.user_tags, "tag")):
        if count:
            parts.append(f"{count} {noun}{'' if count == 1 else 's'}")
    return " and ".join(parts)


class Workspace:
    """A c5tui database with the operations users perform on it."""

    def __init__(self, db: sqlite_utils.Database, path: Path | None = None) -> None:
        self.db = db
        self.path = path
        self._vocabulary: tuple[tuple[int, int], Vocabulary] | None = None

    @classmethod
    def open(cls, path: Path | str, *, seed: bool = True) -> Workspace:
        """Open a database, creating and seeding it with the bundled interview if it is new."""
        path = Path(path)
        db = open_database(path, create_parents=path == default_database_path())
        workspace = cls(db, path)
        if seed and not workspace.has_documents():
            workspace.seed_bundled()
        workspace._index_pending()
        return workspace

    def _index_pending(self) -> None:
        from c5tui.search.index import index_pending

        if self.db.execute("SELECT 1 FROM search_index_pending LIMIT 1").fetchone():
            with transaction(self.db):
                index_pending(self.db)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- corpus ---------------------------------------------------------------------------

    def has_documents(self) -> bool:
        return self.db.execute("SELECT 1 FROM documents LIMIT 1").fetchone() is not None

    def seed_bundled(self) -> ImportResult:
        """Import the bundled interview with its translation, codebook, curated tags and claims."""
        from c5tui.tagging.seed import seed_codebook, seed_curated

        document = load_article(resources.bundled_article())
        with transaction(self.db):
            seed_codebook(self.db)
            result = self._import(document, resources.bundled_translation(), bundled=True)
            if result.created:
                seed_curated(self.db, result.document_id)
        return result

    def import_article(
        self,
        path: Path | str,
        translation: Path | None = None,
        *,
        interviewee: str | None = None,
        auto_tag: bool = True,
        options: ImportOptions | None = None,
        timeout: float | None = None,
    ) -> ImportResult:
        """Import one article (a file or an http(s) URL) in one transaction: all of it,
        or nothing; then auto-tag it. The source is read and parsed before the write lock
        is taken, so a slow page never holds the database."""
        options = options or ImportOptions(speaker=interviewee)
        document = load_article(path, options, database=self.path, timeout=timeout)
        with transaction(self.db):
            result = self._import(document, translation, speaker=options.speaker)
            if result.created and auto_tag:
                from c5tui.tagging.apply import auto_tag_sentences

                written = auto_tag_sentences(self.db, self._sentence_ids(result.document_id))
                result = dataclasses.replace(result, auto_tags=written)
        return result

    def _import(
        self,
        document: ParsedDocument,
        translation_path: Path | None,
        *,
        bundled: bool = False,
        speaker: str | None = None,
    ) -> ImportResult:
        from c5tui.search.index import index_sentences

        def result(
            document_id: int, created: bool, sentences: int, translated: int
        ) -> ImportResult:
            return ImportResult(
                document_id,
                created,
                sentences,
                translated,
                title=document.title,
                kind=document.kind,
                outlet=document.outlet,
                date=document.date,
                speakers=tuple(document.speakers()),
            )

        translation = None
        if translation_path is not None:
            keys = {key for key, *_ in numbered_sentences(document)}
            translation = read_translation(translation_path, keys, database=self.path)
        existing = corpus_store.document_id_by_hash(self.db, document.content_hash)
        if existing is not None:
            translated = 0
            if translation is not None:
                translated = corpus_store.set_translation(self.db, existing, translation)
                if translation.title:
                    self.db.conn.execute(
                        "UPDATE documents SET title_en = ? WHERE id = ?",
                        [translation.title, existing],
                    )
                index_sentences(self.db, self._sentence_ids(existing))
            count = len(document.sentences())
            return result(existing, False, count, translated)
        row = document_row(document, translation, bundled=bundled)
        row = dataclasses.replace(row, speaker_override=speaker)
        document_id, sentence_ids = corpus_store.insert_document(self.db, row)
        index_sentences(self.db, sentence_ids)
        translated = sum(1 for s in row.sentences if s.en)
        return result(document_id, True, len(sentence_ids), translated)

    def retag(self, document_id: int | None = None) -> int:
        """Run the auto-tagger again (after a codebook change); curated and user tags stay."""
        from c5tui.tagging.apply import auto_tag_sentences

        if document_id is not None:
            corpus_store.get_document(self.db, document_id)
            ids = self._sentence_ids(document_id)
        else:
            ids = [
                r[0]
                for r in self.db.execute(
                    "SELECT id FROM sentences WHERE document_id IN"
                    " (SELECT id FROM documents WHERE bundled = 0) ORDER BY id"
                )
            ]
        with transaction(self.db):
            return auto_tag_sentences(self.db, ids)

    def reindex(self) -> int:
        """Rebuild the search index from the stored sentences."""
        from c5tui.search.index import rebuild

        with transaction(self.db):
            return rebuild(self.db)

    def _sentence_ids(self, document_id: int) -> list[int]:
        rows = self.db.execute("SELECT id FROM sentences WHERE document_id = ?", [document_id])
        return [r[0] for r in rows]

    def documents(self) -> list[Document]:
        return corpus_store.list_documents(self.db)

    def document_labels(self) -> dict[int, str]:
        """Each document's short label (``Kazinform 11-05``) when there are several."""
        return document_labels(self.documents())

    def document(self, document_id: int) -> Document:
        return corpus_store.get_document(self.db, document_id)

    def document_summaries(self) -> list[DocumentSummary]:
        """Every document with its speakers, translated count and tags, by id."""
        speakers = corpus_store.document_speakers(self.db)
        translated = corpus_store.translated_counts(self.db)
        tags = corpus_store.document_tags(self.db)
        documents = self.documents()
        labels = document_labels(documents)
        return [
            DocumentSummary(
                d,
                tuple(speakers.get(d.id, ())),
                translated.get(d.id, 0),
                tuple(tags.get(d.id, ())),
                labels.get(d.id),
            )
            for d in documents
        ]

    def update_document(
        self,
        document_id: int,
        *,
        title: str | _Unset = UNSET,
        date: str | _Unset | None = UNSET,
        outlet: str | _Unset = UNSET,
        url: str | _Unset | None = UNSET,
        speaker: str | _Unset | None = UNSET,
    ) -> tuple[Document, Document]:
        """Change a document's metadata in one transaction; returns (before, after).

        ``date=None`` makes the date unknown. A new speaker or outlet re-attributes the
        document: its turns are built again from the stored text, and every sentence,
        tag, note and claim stays where it is.
        """
        from c5tui.corpus.decode import check_date
        from c5tui.corpus.outlets import canonical

        changes: dict[str, object] = {}
        if not isinstance(title, _Unset):
            if not title.strip():
                raise InputError("a document's title cannot be empty")
            changes["title"] = title.strip()
        if not isinstance(date, _Unset):
            changes["date"] = check_date(date) if date else None
        if not isinstance(outlet, _Unset):
            if not outlet.strip():
                raise InputError("an outlet cannot be empty (use 'unknown')")
            changes["outlet"] = canonical(outlet)
        if not isinstance(url, _Unset):
            changes["url"] = url or None
        with transaction(self.db):
            before = corpus_store.get_document(self.db, document_id)
            corpus_store.update_metadata(self.db, document_id, changes)
            if not isinstance(speaker, _Unset) or "outlet" in changes:
                self._reattribute(document_id, speaker)
        return before, corpus_store.get_document(self.db, document_id)

    def _reattribute(self, document_id: int, speaker: str | _Unset | None) -> None:
        from c5tui.corpus.reattribute import reparse

        document = corpus_store.get_document(self.db, document_id)
        text, source_format, override = corpus_store.source_of(self.db, document_id)
        if not isinstance(speaker, _Unset):
            override = speaker or None
        first = self.db.execute(
            "SELECT start FROM paragraphs WHERE document_id = ? ORDER BY position LIMIT 1",
            [document_id],
        ).fetchone()
        parsed = reparse(
            text,
            source_format,
            int(first[0]) if first else 0,
            title=document.title,
            date=document.date,
            outlet=document.outlet,
            url=document.url,
            speaker=override,
        )
        turns, paragraph_turns, by_cell = turn_rows(parsed)
        sentence_turns = [
            by_cell[(p, s)]
            for p, paragraph in enumerate(parsed.body)
            for s in range(len(paragraph.sentences))
        ]
        corpus_store.replace_turns(self.db, document_id, turns, paragraph_turns, sentence_turns)
        corpus_store.update_metadata(
            self.db,
            document_id,
            {
                "interviewee": parsed.interviewee,
                "kind": parsed.kind,
                "speaker_override": override,
            },
        )

    def document_speaker_override(self, document_id: int) -> str | None:
        """The speaker the user gave for a document (at import or later), if any."""
        return corpus_store.source_of(self.db, document_id)[2]

    def document_work(self, document_id: int) -> corpus_store.DocumentWork:
        """What of the user's work would go if the document were removed."""
        corpus_store.get_document(self.db, document_id)
        return corpus_store.document_work(self.db, document_id)

    def remove_document(self, document_id: int, *, force: bool = False) -> Removal:
        """Remove a document with its quotes, claims and the work on them, in one transaction.

        Notes and tags of the user's are refused unless ``force``; whenever there is any
        work on the document, a backup of all the user's work is written first (beside the
        database), so that ``import-work`` can bring it back after a re-import.
        """
        document = corpus_store.get_document(self.db, document_id)
        work = corpus_store.document_work(self.db, document_id)
        if work.precious and not force:
            raise InputError(
                f"document {document_id} has {_work_words(work)} of yours, which would go "
                "with it; rerun with --force to remove it (your work is backed up first)"
            )
        backup = self._write_work_backup() if (work.precious or work.selected) else None
        with transaction(self.db):
            sentences = corpus_store.delete_document(self.db, document_id)
        return Removal(document, sentences, work, backup)

    def _write_work_backup(self) -> Path | None:
        from c5tui.export.backup import render_work
        from c5tui.export.write import write_text
        from c5tui.store.clock import now

        if self.path is None:
            return None
        stamp = now().replace(":", "").replace("-", "")[:15]
        target = self.path.with_name(f"{self.path.name}.work-{stamp}.jsonl")
        write_text(target, render_work(self), force=True, database=self.path)
        return target

    def quotes(self, document_id: int | None = None) -> list[Sentence]:
        if document_id is not None:
            corpus_store.get_document(self.db, document_id)
        return corpus_store.list_sentences(self.db, document_id)

    def quote(self, sentence_id: int) -> Sentence:
        return corpus_store.get_sentence(self.db, sentence_id)

    def quotes_by_id(self, ids: Iterable[int]) -> list[Sentence]:
        return corpus_store.get_sentences(self.db, list(ids))

    def context(self, sentence_id: int) -> list[Sentence]:
        return corpus_store.turn_sentences(self.db, sentence_id)

    def window(self, document_id: int, first: int, last: int) -> list[Sentence]:
        return corpus_store.sentences_in_range(self.db, document_id, first, last)

    def outline(self, document_id: int) -> Outline:
        """The document's sentences in order without their text, for laying out long views."""
        corpus_store.get_document(self.db, document_id)
        return corpus_store.outline(self.db, document_id)

    def stats(self) -> dict[str, int]:
        return corpus_store.counts(self.db)

    # -- tags -----------------------------------------------------------------------------

    def tags(self) -> list[Tag]:
        return tags_store.list_tags(self.db)

    def vocabulary(self) -> Vocabulary:
        """What filter values mean in this codebook (tag labels, aliases, kinds, roles)."""
        from c5tui.search.vocabulary import Vocabulary

        # Rebuilt only after a write, here (total_changes) or by another process (data_version).
        version = (self.db.execute("PRAGMA data_version").fetchone()[0], self.db.conn.total_changes)
        if self._vocabulary is None or self._vocabulary[0] != version:
            self._vocabulary = (version, Vocabulary(self.tags()))
        return self._vocabulary[1]

    def parse_query(self, raw: str) -> Query:
        """Parse a query in the language of the search box; problems are in ``errors``."""
        from c5tui.search.query import parse_query

        return parse_query(raw, self.vocabulary())

    def require_tag(self, tag_id: str) -> None:
        """Raise a clear error if the codebook has no such tag."""
        tags_store.require_tag(self.db, tag_id)

    def tag_counts(self) -> dict[str, int]:
        return tags_store.tag_counts(self.db)

    def create_tag(self, tag: Tag, on: Sequence[Item] = ()) -> None:
        """Add a user tag to the codebook and put it on the items ``on``, in one transaction."""
        tags_store.validate_new_tag(self.db, tag)
        with transaction(self.db):
            tags_store.upsert_codebook(self.db, [tag])
            self.set_tags_on(on, add=[tag.id])

    def set_tags(
        self, owner: str, owner_id: int, add: Iterable[str] = (), remove: Iterable[str] = ()
    ) -> list[tuple[str, bool | None]]:
        """Add and remove user tags on a quote or claim in one transaction.

        Returns the previous user decision for each tag touched, so the change can be undone.
        """
        self._require_owner(owner, owner_id)
        changes = [(t, False) for t in add] + [(t, True) for t in remove]
        previous: list[tuple[str, bool | None]] = []
        with transaction(self.db):
            for tag_id, _ in changes:
                tags_store.require_tag(self.db, tag_id)
            for tag_id, removed in changes:
                previous.append(
                    (tag_id, tags_store.user_tag_state(self.db, owner, owner_id, tag_id))
                )
                tags_store.attach(self.db, owner, owner_id, tag_id, "user", removed=removed)
        return previous

    def set_tags_on(
        self, items: Iterable[Item], add: Iterable[str] = (), remove: Iterable[str] = ()
    ) -> list[tuple[Item, list[tuple[str, bool | None]]]]:
        """The same tag change on several quotes and claims: all of them, or none."""
        add, remove = list(add), list(remove)
        with transaction(self.db):
            return [(item, self.set_tags(*item, add, remove)) for item in items]

    def restore_tags(
        self, owner: str, owner_id: int, previous: list[tuple[str, bool | None]]
    ) -> None:
        with transaction(self.db):
            for tag_id, state in reversed(previous):
                tags_store.restore_user_tag_state(self.db, owner, owner_id, tag_id, state)

    def delete_user_tag(self, tag_id: str) -> None:
        """Remove a tag the user created, with the user's decisions on it."""
        with transaction(self.db):
            tags_store.delete_user_tag(self.db, tag_id)

    # -- codebook management: candidates and user tags -------------------------------------

    def candidates(self, document_id: int | None = None) -> list[Candidate]:
        """Actors the text names that the codebook lacks (and the analyst has not decided on)."""
        from c5tui.tagging import manage

        if document_id is not None:
            corpus_store.get_document(self.db, document_id)
        return manage.candidates(self.db, document_id)

    def find_candidate(self, label: str) -> Candidate:
        from c5tui.tagging import manage

        return manage.find_candidate(self.db, label)

    def accept_candidate(
        self, label: str, tag_id: str | None = None, parent: str | None = None
    ) -> Accepted:
        """Make a candidate an actor tag and tag its quotes, in one transaction."""
        from c5tui.tagging import manage

        with transaction(self.db):
            return manage.accept(self.db, manage.find_candidate(self.db, label), tag_id, parent)

    def unaccept_candidate(self, accepted: Accepted) -> None:
        from c5tui.tagging import manage

        with transaction(self.db):
            manage.unaccept(self.db, accepted)

    def reject_candidate(self, label: str) -> Candidate:
        from c5tui.tagging import manage

        with transaction(self.db):
            candidate = manage.find_candidate(self.db, label)
            manage.reject(self.db, candidate)
        return candidate

    def unreject_candidate(self, candidate: Candidate) -> None:
        from c5tui.tagging import manage

        with transaction(self.db):
            manage.unreject(self.db, candidate)

    def merge_candidate(self, label: str, into: str) -> tuple[Candidate, Tag]:
        """Add a candidate's names to a tag; returns the candidate and the tag as it was."""
        from c5tui.tagging import manage

        with transaction(self.db):
            candidate = manage.find_candidate(self.db, label)
            return candidate, manage.merge(self.db, candidate, into)

    def unmerge_candidate(self, candidate: Candidate, before: Tag) -> None:
        from c5tui.tagging import manage

        with transaction(self.db):
            manage.unmerge(self.db, candidate, before)

    def rename_tag(self, old: str, new: str) -> None:
        from c5tui.tagging import manage

        with transaction(self.db):
            manage.rename(self.db, old, new)

    def relabel_tag(
        self, tag_id: str, label_en: str | None = None, label_kk: str | None = None
    ) -> Tag:
        """New labels for a tag; returns the tag as it was."""
        from c5tui.tagging import manage

        with transaction(self.db):
            return manage.relabel(self.db, tag_id, label_en, label_kk)

    def set_tag_parent(self, tag_id: str, parent: str | None) -> Tag:
        """Put an actor tag under another (None: under none); returns the tag as it was."""
        from c5tui.tagging import manage

        with transaction(self.db):
            return manage.set_parent(self.db, tag_id, parent)

    def restore_tag(self, tag: Tag) -> None:
        """Put a tag's labels, aliases and parent back as they were (undo)."""
        with transaction(self.db):
            tags_store.upsert_codebook(self.db, [tag])

    def delete_tag(self, tag_id: str) -> Deleted:
        """Delete a user tag with its tags on quotes and claims; returns what undo needs."""
        from c5tui.tagging import manage

        with transaction(self.db):
            return manage.delete_tag(self.db, tag_id)

    def undelete_tag(self, deleted: Deleted) -> None:
        from c5tui.tagging import manage

        with transaction(self.db):
            manage.undelete(self.db, deleted)

    # -- REFI-QDA exchange files -----------------------------------------------------------

    def export_codebook_qdc(self, path: Path, *, force: bool = False) -> int:
        """Write the codebook as a REFI-QDA ``.qdc`` file; returns the number of codes."""
        from c5tui.export.refi import codebook_qdc
        from c5tui.export.write import write_text

        tags = self.tags()
        write_text(path, codebook_qdc(tags), force=force, database=self.path)
        return len(tags)

    def export_project_qdpx(self, path: Path, *, force: bool = False) -> int:
        """Write every document with its tagged and annotated quotes as a REFI-QDA
        ``.qdpx`` project; returns the number of documents."""
        from datetime import UTC, datetime

        from c5tui.export.refi import project_qdpx
        from c5tui.export.write import write_bytes

        sources = self._refi_sources()
        when = datetime.now(UTC).replace(microsecond=0).isoformat()
        name = self.path.stem if self.path else "c5tui"
        data = project_qdpx(name, self.tags(), sources, when)
        write_bytes(path, data, force=force, database=self.path)
        return len(sources)

    def _refi_sources(self) -> list[SourceText]:
        from c5tui.export.refi import QuoteSpan, SourceText

        notes: dict[int, list[Note]] = {}
        for note in self.all_notes():
            if note.sentence_id is not None:
                notes.setdefault(note.sentence_id, []).append(note)
        sources = []
        for document in self.documents():
            text = self.db.execute(
                "SELECT source_text FROM documents WHERE id = ?", [document.id]
            ).fetchone()[0]
            quotes = [
                QuoteSpan(q.key, q.start, q.end, q.tags, notes.get(q.id, []))
                for q in self.quotes(document.id)
            ]
            sources.append(SourceText(document.content_hash, document.title, text, quotes))
        return sources

    def _require_owners(self, owner: str, owner_ids: Iterable[int]) -> None:
        for owner_id in owner_ids:
            self._require_owner(owner, owner_id)

    def _require_owner(self, owner: str, owner_id: int) -> None:
        table = {"sentence": "sentences", "claim": "claims"}.get(owner)
        if table is None:
            raise InputError(f"cannot tag a {owner!r}")
        if self.db.execute(f"SELECT 1 FROM {table} WHERE id = ?", [owner_id]).fetchone() is None:
            raise NotFoundError(
                f"no {'quote' if owner == 'sentence' else 'claim'} with id {owner_id}"
            )

    # -- claims ---------------------------------------------------------------------------

    def claims(self, document_id: int | None = None) -> list[Claim]:
        from c5tui.store.claims import list_claims

        return list_claims(self.db, document_id)

    def claim(self, claim_id: int) -> Claim:
        from c5tui.store.claims import get_claims

        found = get_claims(self.db, [claim_id])
        if not found:
            raise NotFoundError(f"no claim with id {claim_id}")
        return found[0]

    def claims_by_id(self, ids: Iterable[int]) -> list[Claim]:
        from c5tui.store.claims import get_claims

        return get_claims(self.db, list(ids))

    def find_claims(
        self,
        *,
        document_id: int | None = None,
        sector: str | None = None,
        actor: str | None = None,
        kind: str | None = None,
        query: str | Query | None = None,
    ) -> list[Claim]:
        """Claims filtered by tag id (a parent actor includes its children), kind and a query.

        ``query`` is the search box's language (words, phrases, filters, NOT, OR); a filter
        value it does not know is left out — see :meth:`parse_query` for the problems.
        """
        from c5tui.search.claims import matching_claims

        if document_id is not None:
            corpus_store.get_document(self.db, document_id)
        vocabulary = self.vocabulary()
        parsed = self.parse_query(query) if isinstance(query, str) else query
        found = self.claims(document_id)
        for tag_id in (sector, actor):
            if tag_id:
                tags_store.require_tag(self.db, tag_id)
                family = vocabulary.family([tag_id])
                found = [c for c in found if family & {t.tag for t in c.tags}]
        if kind:
            found = [c for c in found if c.kind == kind]
        if parsed is not None:
            found = matching_claims(self.db, found, parsed, vocabulary)
        return found

    def claims_for_sentence(self, sentence_id: int) -> list[Claim]:
        from c5tui.store.claims import claims_for_sentence

        return claims_for_sentence(self.db, sentence_id)

    # -- notes ----------------------------------------------------------------------------

    def add_note(self, owner: str, owner_id: int, body: str) -> Note:
        self._require_owner(owner, owner_id)
        with transaction(self.db):
            if owner == "sentence":
                note_id = notes_store.add_note(self.db, sentence_id=owner_id, body=body)
            else:
                note_id = notes_store.add_note(self.db, claim_id=owner_id, body=body)
        return notes_store.get_note(self.db, note_id)

    def edit_note(self, note_id: int, body: str) -> tuple[Note, Note]:
        """Change a note's text; returns (before, after)."""
        with transaction(self.db):
            before = notes_store.get_note(self.db, note_id)
            notes_store.update_note(self.db, note_id, body)
        return before, notes_store.get_note(self.db, note_id)

    def delete_note(self, note_id: int) -> Note:
        with transaction(self.db):
            return notes_store.delete_note(self.db, note_id)

    def restore_note(self, note: Note) -> None:
        with transaction(self.db):
            notes_store.restore_note(self.db, note)

    def notes(self, owner: str, owner_id: int) -> list[Note]:
        if owner == "sentence":
            return notes_store.notes_for(self.db, sentence_id=owner_id)
        return notes_store.notes_for(self.db, claim_id=owner_id)

    def all_notes(self) -> list[Note]:
        return notes_store.all_notes(self.db)

    # -- selection ------------------------------------------------------------------------

    def select(self, owner: str, owner_id: int, position: float | None = None) -> bool:
        self._require_owner(owner, owner_id)
        with transaction(self.db):
            return selection_store.select(self.db, owner, owner_id, position)

    def select_many(self, owner: str, owner_ids: Iterable[int]) -> int:
        """Add several items to the end of the basket in the order given, all or none.

        Every id is checked before anything is written; returns how many were new.
        """
        ids = list(owner_ids)
        with transaction(self.db):
            self._require_owners(owner, ids)
            return sum(selection_store.select(self.db, owner, i) for i in ids)

    def unselect_many(self, owner: str, owner_ids: Iterable[int]) -> int:
        """Take several items out of the basket, all or none; returns how many were in it."""
        ids = list(owner_ids)
        with transaction(self.db):
            self._require_owners(owner, ids)
            return sum(selection_store.unselect(self.db, owner, i) is not None for i in ids)

    def unselect(self, owner: str, owner_id: int) -> float | None:
        with transaction(self.db):
            return selection_store.unselect(self.db, owner, owner_id)

    def toggle_selected(self, owner: str, owner_id: int) -> bool:
        """Select if not selected, else unselect; returns whether it is selected now."""
        self._require_owner(owner, owner_id)
        with transaction(self.db):
            if selection_store.is_selected(self.db, owner, owner_id):
                selection_store.unselect(self.db, owner, owner_id)
                return False
            selection_store.select(self.db, owner, owner_id)
            return True

    def selection_position(self, owner: str, owner_id: int) -> float | None:
        """Where the item is in the basket, or None if it is not selected."""
        return selection_store.position_of(self.db, owner, owner_id)

    def selection(self) -> list[selection_store.SelectionItem]:
        return selection_store.items(self.db)

    def move_selected(self, owner: str, owner_id: int, offset: int) -> bool:
        with transaction(self.db):
            return selection_store.move(self.db, owner, owner_id, offset)

    def move_selected_to(
        self,
        owner: str,
        owner_id: int,
        *,
        place: int | None = None,
        before: int | None = None,
        after: int | None = None,
    ) -> int:
        """Move a basket item to ``place`` (1 first), or next to another item of its kind.

        Returns the place it has now.
        """
        noun = "selected quote" if owner == "sentence" else "selected claim"
        with transaction(self.db):
            index = selection_store.place_of(self.db, owner, owner_id)
            if index is None:
                raise no_such(noun, owner_id)
            if place is not None:
                if place < 1:
                    raise InputError(f"place {place}: the first place is 1")
                target = place - 1
            else:
                other = before if before is not None else after
                assert other is not None
                other_index = selection_store.place_of(self.db, owner, other)
                if other_index is None:
                    raise no_such(noun, other)
                target = other_index + (1 if after is not None else 0)
                target -= 1 if target > index else 0  # the item leaves its old place first
            selection_store.move_to(self.db, owner, owner_id, target)
            moved = selection_store.place_of(self.db, owner, owner_id)
        return (moved or 0) + 1

    def clear_selection(self) -> int:
        with transaction(self.db):
            return selection_store.clear(self.db)
