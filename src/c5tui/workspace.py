"""The core service both front ends use: one method per user action, one transaction each.

A :class:`Workspace` is a database opened, migrated and (when new) seeded with the
bundled interview. The CLI and the TUI call these methods and nothing lower.
"""

from __future__ import annotations

import dataclasses
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from c5tui import resources
from c5tui.corpus.labels import document_labels
from c5tui.errors import C5Error, DatabaseBusyError, InputError, NotFoundError, no_such
from c5tui.model import Claim, ClaimSuggestion, Document, Note, Outline, Sentence, Share, Tag
from c5tui.paths import default_database_path
from c5tui.store import corpus as corpus_store
from c5tui.store import notes as notes_store
from c5tui.store import selection as selection_store
from c5tui.store import tags as tags_store
from c5tui.store import translations as translations_store
from c5tui.store.connection import busy_timeout_ms, open_database, transaction
from c5tui.store.database import Database

# A quote ("sentence", id) or a claim ("claim", id): what users tag, annotate and select.
Item = tuple[str, int]
# Per document, the claims its quotes may state (see find_claim_suggestions): (sentence id,
# kind, certainty, statement, evidence) each.
FoundSuggestions = list[tuple[int, list[tuple[int, str, str, str, str]]]]

if TYPE_CHECKING:
    # Reading and importing articles, backups and merges are loaded when used: the TUI
    # opens without them.
    from c5tui.corpus.aligned_translation import KazakhText, TranslationRead
    from c5tui.corpus.source import ImportOptions
    from c5tui.corpus.translation import Translation
    from c5tui.export.refi import SourceText
    from c5tui.parsed import ParsedDocument
    from c5tui.search.query import Query
    from c5tui.search.vocabulary import Vocabulary
    from c5tui.store.work_read import UserWork
    from c5tui.tagging.apply import TextTags
    from c5tui.tagging.candidates import Candidate
    from c5tui.tagging.cooccur import Matrix
    from c5tui.tagging.manage import Accepted, Deleted
    from c5tui.tagging.suggest import FoundClaims
    from c5tui.work_records import ClaimState, MergeResult, WorkRecord


@dataclass(frozen=True, slots=True)
class TranslationSummary:
    """What a translation file gave a document: for the line a user reads after adding it."""

    document_id: int
    source: str
    origin: str  # 'keyed' (a TSV with keys) or 'aligned' (plain English or a page)
    translated: int  # sentences given English
    needs_review: int  # of those, links the aligner is unsure of
    untranslated: int  # sentences the file has no English for, left without any
    merged: int  # sentences whose English is on the sentence before (one English for two)
    unmatched: int  # English sentences with no Kazakh counterpart
    rewrite: bool = False  # aligned as a rewrite: links only where content is shared
    kept: int = 0  # sentences the file has no English for that keep the English they had

    @classmethod
    def of(
        cls,
        document_id: int,
        read: TranslationRead,
        translated: int,
        had_english: frozenset[str] = frozenset(),
    ) -> TranslationSummary:
        """``had_english``: keys of the sentences that had English before the file came."""
        translation = read.translation
        kept = sum(key in had_english for key in read.untranslated)
        return cls(
            document_id,
            translation.source or "",
            translation.origin,
            translated,
            len(translation.needs_review),
            len(read.untranslated) - kept,
            len(read.merged),
            len(read.unmatched),
            read.rewrite,
            kept,
        )


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
    translation: TranslationSummary | None = None
    suggested_claims: int = 0


@dataclass(frozen=True, slots=True)
class DocumentSummary:
    """A document as listed: its metadata with who speaks in it and how far it is worked."""

    document: Document
    speakers: tuple[str, ...]
    translated: int
    tags: tuple[str, ...]
    reviewed: int = 0  # of the translated sentences, how many a person has read
    label: str | None = None  # ``Kazinform 11-05``, when there are several documents


@dataclass(frozen=True, slots=True)
class Removal:
    """A removed document and what of the user's work went with it."""

    document: Document
    sentences: int
    work: corpus_store.DocumentWork
    backup: Path | None


def typed_english(text: str) -> str:
    """A typed translation as stored: NFC, on one line (a sentence has no line breaks)."""
    english = " ".join(unicodedata.normalize("NFC", text).split())
    if not english:
        raise InputError("an English translation cannot be empty")
    return english


class _Unset:
    """No change asked for (``None`` means "clear it" where a value may be unknown)."""


UNSET = _Unset()


MAX_HEADING = 200


def heading_text(text: str) -> str:
    """A basket heading as stored: one line, trimmed, not empty, not too long."""
    text = " ".join(text.split())
    if not text:
        raise InputError("a heading needs some words")
    if len(text) > MAX_HEADING:
        raise InputError(f"a heading has at most {MAX_HEADING} characters")
    return text


def _work_words(work: corpus_store.DocumentWork) -> str:
    parts = []
    words = (
        (work.notes, "note"),
        (work.user_tags, "tag"),
        (work.typed_english, "typed English sentence"),
    )
    for count, noun in words:
        if count:
            parts.append(f"{count} {noun}{'' if count == 1 else 's'}")
    return " and ".join(parts)


class Workspace:
    """A c5tui database with the operations users perform on it."""

    def __init__(self, db: Database, path: Path | None = None) -> None:
        self.db = db
        self.path = path
        self._vocabulary: tuple[tuple[int, int], Vocabulary] | None = None

    @classmethod
    def open(cls, path: Path | str, *, seed: bool = True, check: bool = True) -> Workspace:
        """Open a database, creating and seeding it with the bundled interview if it is new.

        ``check=False``: no integrity check, for a further connection to a file just opened.
        """
        path = Path(path)
        db = open_database(path, create_parents=path == default_database_path(), check=check)
        workspace = cls(db, path)
        if seed and not workspace.has_documents():
            workspace.seed_bundled()
        workspace._index_pending()
        workspace._read_pending_certainty()
        workspace._add_shipped_names()
        return workspace

    def _index_pending(self) -> None:
        self.index_pending()

    def index_pending(self) -> int:
        """Index the sentences queued for the search index (by a bulk import or a schema
        migration), in one transaction; returns how many there were."""
        if not self.db.execute("SELECT 1 FROM search_index_pending LIMIT 1").fetchone():
            return 0
        from c5tui.search.index import index_pending  # loaded only when there is work

        with transaction(self.db):
            return index_pending(self.db)

    def _read_pending_certainty(self) -> None:
        if self.db.execute("SELECT 1 FROM claims WHERE certainty IS NULL LIMIT 1").fetchone():
            from c5tui.tagging.seed import read_pending_certainty  # only when there is work

            with transaction(self.db):
                read_pending_certainty(self.db)

    def _add_shipped_names(self) -> None:
        """Names a newer bundled codebook has for the stored codebook's tags, added once."""
        from c5tui.tagging import bundled_names

        if bundled_names.is_current(self.db):
            return
        # Not worth waiting for: with another program writing, the next open adds them.
        self.db.execute("PRAGMA busy_timeout = 0")
        try:
            with transaction(self.db):
                if not bundled_names.is_current(self.db):  # another process did it meanwhile
                    bundled_names.add_shipped_names(self.db)
        except DatabaseBusyError:
            pass
        finally:
            self.db.execute(f"PRAGMA busy_timeout = {busy_timeout_ms()}")

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
        from c5tui.corpus.reader import load_article
        from c5tui.tagging.seed import seed_codebook, seed_curated

        document = load_article(resources.bundled_article())
        read = self._read_translation(document, resources.bundled_translation())
        if read is not None:
            bundled = dataclasses.replace(read.translation, origin="bundled")
            read = dataclasses.replace(read, translation=bundled)
        with transaction(self.db):
            seed_codebook(self.db)
            result = self._import(document, read, bundled=True)
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
        rewrite: bool | None = None,
        index: bool = True,
    ) -> ImportResult:
        """Import one article (a file or an http(s) URL) in one transaction: all of it,
        or nothing; then auto-tag it. The source (and its translation, aligned if it is
        plain English) is read and parsed before the write lock is taken, so a slow page
        never holds the database. ``rewrite``: whether plain English is a rewrite of the
        article rather than a translation (None: told by its sentence count).

        With ``index=False`` (a bulk import) the new sentences are queued for the search
        index instead, in the same transaction; :meth:`index_pending` indexes every queued
        sentence in one pass, and opening the database does it for any left queued."""
        from c5tui.corpus.reader import load_article
        from c5tui.corpus.source import ImportOptions

        options = options or ImportOptions(speaker=interviewee)
        document = load_article(path, options, database=self.path, timeout=timeout)
        read = self._read_translation(document, translation, rewrite=rewrite)
        return self._store_article(document, read, options, auto_tag=auto_tag, index=index)

    def import_articles(
        self,
        articles: Sequence[tuple[Path | str, Path | None]],
        *,
        options: ImportOptions | None = None,
        auto_tag: bool = True,
        timeout: float | None = None,
        rewrite: bool | None = None,
    ) -> Iterator[ImportResult | C5Error]:
        """A bulk import: each (article, translation or None) stored as
        :meth:`import_article` stores it with ``index=False`` — each in one transaction,
        all of it or nothing — while the next ones are parsed and tagged in worker processes. Gives
        each article's result, or the error that kept it out, in order; the caller
        indexes the new sentences with :meth:`index_pending` at the end."""
        from c5tui.corpus.parse_ahead import ParseRequest, parsed_ahead
        from c5tui.corpus.source import ImportOptions

        options = options or ImportOptions()
        codebook = tuple(tags_store.list_tags(self.db))
        request = ParseRequest(options, self.path, timeout, rewrite, codebook, auto_tag)
        for parsed in parsed_ahead(articles, request):
            if isinstance(parsed, C5Error):
                yield parsed
                continue
            found = None if parsed.auto_tags is None else (codebook, parsed.auto_tags)
            try:
                yield self._store_article(
                    parsed.document,
                    parsed.read,
                    options,
                    auto_tag=auto_tag,
                    index=False,
                    found_before=found,
                    claims_before=parsed.claims,
                )
            except C5Error as error:
                yield error

    def _store_article(
        self,
        document: ParsedDocument,
        read: TranslationRead | None,
        options: ImportOptions,
        *,
        auto_tag: bool,
        index: bool,
        found_before: tuple[tuple[Tag, ...], TextTags] | None = None,
        claims_before: FoundClaims | None = None,
    ) -> ImportResult:
        """Store a parsed article in one transaction, auto-tag it (with the tags its parse
        found, where they still hold), suggest its claims."""
        with transaction(self.db):
            result = self._import(document, read, speaker=options.speaker, index=index)
            if result.created and auto_tag:
                from c5tui.tagging.apply import auto_tag_sentences

                written = auto_tag_sentences(
                    self.db, self._sentence_ids(result.document_id), found_before=found_before
                )
                result = dataclasses.replace(result, auto_tags=written)
            if result.created:
                from c5tui.tagging.suggest import suggest_document

                suggested = suggest_document(self.db, result.document_id, claims_before)
                result = dataclasses.replace(result, suggested_claims=len(suggested))
        return result

    def _read_translation(
        self, document: ParsedDocument, path: Path | None, *, rewrite: bool | None = None
    ) -> TranslationRead | None:
        """A translation file read (and aligned) for a parsed article, outside any lock."""
        from c5tui.corpus.translation_file import kazakh_of

        if path is None:
            return None
        return self._read_translation_of(path, kazakh_of(document), rewrite)

    def _read_translation_of(
        self, path: Path, kazakh: KazakhText, rewrite: bool | None
    ) -> TranslationRead:
        """A translation file read for these sentences, aligned with this workspace's
        codebook as lexicon (the bundled one while the store holds no tags)."""
        from c5tui.corpus.lexicon import Lexicon
        from c5tui.corpus.translation_file import read_translation_file

        tags = tags_store.list_tags(self.db)
        lexicon = Lexicon.of_codebook(tags) if tags else None
        return read_translation_file(
            path, kazakh, database=self.path, lexicon=lexicon, rewrite=rewrite
        )

    def _import(
        self,
        document: ParsedDocument,
        read: TranslationRead | None,
        *,
        bundled: bool = False,
        speaker: str | None = None,
        index: bool = True,
    ) -> ImportResult:
        from c5tui.corpus.importer import document_row
        from c5tui.search.index import index_sentences, queue_sentences

        translation = read.translation if read else None

        def result(
            document_id: int, created: bool, sentences: int, translated: int
        ) -> ImportResult:
            summary = TranslationSummary.of(document_id, read, translated) if read else None
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
                translation=summary,
            )

        existing = corpus_store.document_id_by_hash(self.db, document.content_hash)
        if existing is not None:
            translated = 0
            if translation is not None:
                translated = self._store_translation(existing, translation, bundled=bundled)
            return result(existing, False, len(document.sentences()), translated)
        row = document_row(document, translation, bundled=bundled)
        row = dataclasses.replace(row, speaker_override=speaker)
        document_id, sentence_ids = corpus_store.insert_document(self.db, row)
        if index:
            index_sentences(self.db, sentence_ids)
        else:
            queue_sentences(self.db, sentence_ids)
        translated = sum(1 for s in row.sentences if s.en)
        return result(document_id, True, len(sentence_ids), translated)

    def _store_translation(
        self, document_id: int, translation: Translation, *, bundled: bool = False
    ) -> int:
        """Set a stored document's English (the caller holds the transaction); reindex it."""
        from c5tui.search.index import index_sentences

        translated = corpus_store.set_translation(
            self.db, document_id, translation, bundled=bundled
        )
        if translation.title:
            self.db.conn.execute(
                "UPDATE documents SET title_en = ? WHERE id = ?", [translation.title, document_id]
            )
        index_sentences(self.db, self._sentence_ids(document_id))
        return translated

    def _kazakh_text(self, document_id: int) -> KazakhText:
        from c5tui.corpus.aligned_translation import kazakh_text

        document = corpus_store.get_document(self.db, document_id)
        sentences = corpus_store.list_sentences(self.db, document_id)
        return kazakh_text(document.title, [(s.key, s.paragraph, s.kk) for s in sentences])

    def add_translation(
        self, document_id: int, path: Path | str, *, rewrite: bool | None = None
    ) -> TranslationSummary:
        """Give a stored document the English of a file (keyed TSV, plain English or a saved
        page), in one transaction. Plain English is aligned first, before the write lock is
        taken; sentences it has no English for keep what they had. ``rewrite`` as for
        :meth:`import_article`."""
        read = self._read_translation_of(Path(path), self._kazakh_text(document_id), rewrite)
        with transaction(self.db):
            had_english = frozenset(
                key
                for (key,) in self.db.execute(
                    "SELECT key FROM sentences WHERE document_id = ? AND en IS NOT NULL",
                    [document_id],
                )
            )
            translated = self._store_translation(document_id, read.translation)
        return TranslationSummary.of(document_id, read, translated, had_english)

    def translation_template(self, document_id: int, *, missing_only: bool = False) -> str:
        """The keyed TSV of a document with its Kazakh beside each empty English cell."""
        from c5tui.corpus.translation_template import render_template

        document = corpus_store.get_document(self.db, document_id)
        sentences = corpus_store.list_sentences(self.db, document_id)
        rows = [(s.key, s.kk) for s in sentences if not (missing_only and s.en)]
        return render_template(document_id, document.title, rows)

    def retag(
        self,
        document_id: int | None = None,
        *,
        progress: Callable[[int, int], None] | None = None,
    ) -> int:
        """Run the auto-tagger again (after a codebook change); curated and user tags stay.

        Committed every few thousand sentences (see :func:`retag_in_batches`): an
        interrupted retag leaves each quote with its old or its new auto tags, never a mix,
        and running it again finishes the work. ``progress`` hears (done, total) per batch.
        """
        from c5tui.tagging.apply import retag_in_batches

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
        return retag_in_batches(self.db, ids, progress=progress)

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
        """Every document with its speakers, translated and reviewed counts and tags, by id."""
        speakers = corpus_store.document_speakers(self.db)
        shares = translations_store.shares(self.db)
        tags = corpus_store.document_tags(self.db)
        documents = self.documents()
        labels = document_labels(documents)
        none = Share(0, 0, 0)
        return [
            DocumentSummary(
                d,
                tuple(speakers.get(d.id, ())),
                shares.get(d.id, none).translated,
                tuple(tags.get(d.id, ())),
                reviewed=shares.get(d.id, none).reviewed,
                label=labels.get(d.id),
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
        speaker_en: str | _Unset | None = UNSET,
    ) -> tuple[Document, Document]:
        """Change a document's metadata in one transaction; returns (before, after).

        ``date=None`` makes the date unknown. A new speaker or outlet re-attributes the
        document: its turns are built again from the stored text, and every sentence,
        tag, note and claim stays where it is. ``speaker_en`` is the speaker's name as an
        English brief cites it (``None``: romanise the Kazakh name).
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
        if not isinstance(speaker_en, _Unset):
            changes["speaker_en"] = (speaker_en or "").strip() or None
        with transaction(self.db):
            before = corpus_store.get_document(self.db, document_id)
            corpus_store.update_metadata(self.db, document_id, changes)
            if not isinstance(speaker, _Unset) or "outlet" in changes:
                self._reattribute(document_id, speaker)
        return before, corpus_store.get_document(self.db, document_id)

    def _reattribute(self, document_id: int, speaker: str | _Unset | None) -> None:
        from c5tui.corpus.importer import turn_rows
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
        return corpus_store.speaker_override(self.db, document_id)

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
        from c5tui.clock import now
        from c5tui.export.backup import write_work

        if self.path is None:
            return None
        stamp = now().replace(":", "").replace("-", "")[:15]
        target = self.path.with_name(f"{self.path.name}.work-{stamp}.jsonl")
        write_work(self, target, force=True, database=self.path)
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

    # -- translations ---------------------------------------------------------------------

    def quote_by_key(self, document_id: int, key: str) -> Sentence:
        """A document's sentence by its locator key (``p03.s01``)."""
        corpus_store.get_document(self.db, document_id)
        row = self.db.execute(
            "SELECT id FROM sentences WHERE document_id = ? AND key = ?", [document_id, key]
        ).fetchone()
        if row is None:
            raise NotFoundError(f"document {document_id} has no sentence {key!r}")
        return self.quote(int(row[0]))

    def translate(self, sentence_id: int, text: str) -> translations_store.StoredTranslation | None:
        """Set a sentence's English as typed by the user; returns what it was, for undo."""
        from c5tui.model import Provenance
        from c5tui.search.index import index_sentences

        english = typed_english(text)
        with transaction(self.db):
            corpus_store.get_sentence(self.db, sentence_id)
            before = translations_store.get(self.db, sentence_id)
            translations_store.put(self.db, sentence_id, english, Provenance("typed"))
            index_sentences(self.db, [sentence_id])
        return before

    def restore_translation(
        self, sentence_id: int, before: translations_store.StoredTranslation | None
    ) -> None:
        """Put a sentence's English back as it was (none, if ``before`` is None)."""
        from c5tui.search.index import index_sentences

        with transaction(self.db):
            corpus_store.get_sentence(self.db, sentence_id)
            translations_store.restore(self.db, sentence_id, before)
            index_sentences(self.db, [sentence_id])

    def set_reviewed(self, sentence_ids: Sequence[int], reviewed: bool = True) -> list[int]:
        """Mark sentences' English read by a person (or not); returns those that changed.

        All or none: every sentence must exist and have English.
        """
        with transaction(self.db):
            for quote in self._require_quotes(sentence_ids):
                if quote.en is None:
                    raise InputError(f"{quote.locator} has no English to review")
            return translations_store.set_reviewed(self.db, sentence_ids, reviewed)

    def _require_quotes(self, sentence_ids: Sequence[int]) -> list[Sentence]:
        found = corpus_store.get_sentences(self.db, sentence_ids)
        missing = set(sentence_ids) - {q.id for q in found}
        if missing:
            raise no_such("quote", min(missing))
        return found

    def translation_shares(self) -> dict[int, Share]:
        """Each document's translated and reviewed counts of English sentences."""
        return translations_store.shares(self.db)

    def translation_share(self, document_id: int) -> Share:
        """One document's translated and reviewed counts of English sentences."""
        found = translations_store.shares(self.db, document_id=document_id)
        return found.get(document_id, Share(0, 0, 0))

    def next_wanting_translation(
        self, document_id: int, position: int, forward: bool = True
    ) -> int | None:
        """The position of the nearest untranslated or needs-review sentence past ``position``."""
        return translations_store.next_wanting_work(self.db, document_id, position, forward)

    # -- tags -----------------------------------------------------------------------------

    def tags(self) -> list[Tag]:
        return tags_store.list_tags(self.db)

    def codebook(self) -> list[Tag]:
        """The codebook as written: sectors then actors, each in file order, user tags last."""
        return tags_store.codebook_order(self.db)

    def tag_family(self, tag_id: str) -> set[str]:
        """The tag and every tag below it (``usa`` includes ``trump``); unknown tags raise."""
        tags_store.require_tag(self.db, tag_id)
        return set(tags_store.descendants(self.db, tag_id))

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

    def cooccurrence(
        self,
        rows: str = "actor",
        cols: str = "sector",
        query: str | None = None,
        *,
        within: Iterable[int] | None = None,
    ) -> Matrix:
        """Quote counts where a ``rows`` tag and a ``cols`` tag are both on a quote.

        Over the whole corpus, the quotes a search query finds (search-box syntax), and/or
        the quotes ``within`` (a brief's).
        """
        from c5tui.tagging.cooccur import check_kinds, cooccurrence

        check_kinds(rows, cols)
        scope = None if within is None else set(within)
        if query is not None and query.strip():
            found = set(self.search_ids(query))
            scope = found if scope is None else scope & found
        return cooccurrence(
            self.codebook(),
            tags_store.tag_members(self.db),
            self.tag_family,
            rows=rows,
            cols=cols,
            scope=scope,
        )

    def search_ids(self, query: str, limit: int = 100_000, *, glossary: bool = True) -> list[int]:
        """The quotes a search finds, best first; ``glossary`` adds glossary hits last."""
        from c5tui.search.engine import SearchEngine

        if self.path is None:
            raise InputError("search needs a database file")
        with SearchEngine(self.path) as engine:
            return [h.sentence_id for h in engine.search(query, limit=limit, glossary=glossary)]

    def tag(self, tag_id: str) -> Tag:
        """The codebook entry with this id."""
        return tags_store.get_tag(self.db, tag_id)

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
            text = corpus_store.source_of(self.db, document.id)[0]
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

    def claim_suggestions(
        self, document_id: int | None = None, status: str | None = "suggested"
    ) -> list[ClaimSuggestion]:
        """Claims suggested on import, in document order, of one status (None: all)."""
        from c5tui.store.suggestions import list_suggestions

        return list_suggestions(self.db, document_id, status)

    def suggest_claims(self, document_id: int | None = None) -> list[ClaimSuggestion]:
        """Suggest claims again for stored documents (one, or all) in one transaction;
        returns the new suggestions. A quote is suggested once, ever: one dismissed,
        accepted or stating a claim already is left as it is."""
        return self.add_claim_suggestions(self.find_claim_suggestions(document_id))

    def find_claim_suggestions(self, document_id: int | None = None) -> FoundSuggestions:
        """The claims stored documents (one, or all) may state, read without writing.

        Reading the text takes seconds on a large corpus: the TUI does it on a connection
        of its own, so that no other change waits for it."""
        from c5tui.tagging.suggest import find_suggestions

        if document_id is not None:
            corpus_store.get_document(self.db, document_id)
        ids = [document_id] if document_id is not None else [d.id for d in self.documents()]
        return [(document, find_suggestions(self.db, document)) for document in ids]

    def add_claim_suggestions(self, found: FoundSuggestions) -> list[ClaimSuggestion]:
        """Store what :meth:`find_claim_suggestions` found, in one transaction; a quote
        suggested or claimed meanwhile is checked again as it is written and left out."""
        from c5tui.store.suggestions import insert_suggestions, suggestions_by_id

        with transaction(self.db):
            added = [
                i for document, rows in found for i in insert_suggestions(self.db, document, rows)
            ]
            return suggestions_by_id(self.db, added)

    def withdraw_suggestions(self, suggestion_ids: Sequence[int]) -> None:
        """Take back suggestions still waiting for review (undoing :meth:`suggest_claims`)."""
        from c5tui.store.suggestions import withdraw_suggestions

        with transaction(self.db):
            withdraw_suggestions(self.db, suggestion_ids)

    def accept_suggestion(
        self, suggestion_id: int, *, statement: str | None = None, kind: str | None = None
    ) -> Claim:
        """Make a suggested claim a claim (edited if asked), stated by its quote."""
        from c5tui.store import claims as claims_store
        from c5tui.store import suggestions

        with transaction(self.db):
            found = suggestions.get_suggestion(self.db, suggestion_id)
            if found.status != "suggested":
                raise InputError(f"claim suggestion {suggestion_id} is {found.status} already")
            text = _claim_text(statement if statement is not None else found.statement)
            key = "s-" + self.quote(found.sentence_id).key
            claim_id = claims_store.insert_claim(
                self.db,
                found.document_id,
                key,
                text,
                _claim_kind(kind or found.kind),
                [found.sentence_id],
                source="user",
                certainty=found.certainty,
            )
            suggestions.set_verdict(self.db, suggestion_id, "accepted", claim_id)
        return self.claim(claim_id)

    def dismiss_suggestion(self, suggestion_id: int) -> None:
        from c5tui.store import suggestions

        with transaction(self.db):
            found = suggestions.get_suggestion(self.db, suggestion_id)
            if found.status != "suggested":
                raise InputError(f"claim suggestion {suggestion_id} is {found.status} already")
            suggestions.set_verdict(self.db, suggestion_id, "dismissed")

    def reopen_suggestion(self, suggestion_id: int) -> None:
        """Put a suggestion back for review, removing the claim accepting it made."""
        from c5tui.store import claims as claims_store
        from c5tui.store import suggestions

        with transaction(self.db):
            found = suggestions.get_suggestion(self.db, suggestion_id)
            if found.claim_id is not None:
                claims_store.delete_claim(self.db, found.claim_id)
            suggestions.set_verdict(self.db, suggestion_id, "suggested")

    def edit_claim(
        self,
        claim_id: int,
        *,
        statement: str | None = None,
        kind: str | None = None,
        certainty: str | None = None,
    ) -> tuple[Claim, Claim]:
        """Change a claim's statement, kind or certainty; returns (before, after)."""
        from c5tui.store.claims import update_claim
        from c5tui.tagging.certainty import CERTAINTIES

        if certainty is not None and certainty not in CERTAINTIES:
            raise InputError(f"certainty must be one of {', '.join(CERTAINTIES)}")
        with transaction(self.db):
            before = self.claim(claim_id)
            update_claim(
                self.db,
                claim_id,
                _claim_text(statement) if statement is not None else before.statement,
                _claim_kind(kind) if kind is not None else before.kind,
                certainty if certainty is not None else before.certainty,
            )
        return before, self.claim(claim_id)

    def link_quotes(self, claim_id: int, sentence_ids: Sequence[int]) -> list[int]:
        """Add quotes, from any document, that state a claim too; returns those added."""
        from c5tui.store.claims import link_sentences

        with transaction(self.db):
            self.claim(claim_id)
            self._require_owners("sentence", sentence_ids)
            return link_sentences(self.db, claim_id, list(sentence_ids))

    def unlink_quotes(self, claim_id: int, sentence_ids: Sequence[int]) -> None:
        from c5tui.store.claims import unlink_sentences

        with transaction(self.db):
            unlink_sentences(self.db, claim_id, list(sentence_ids))

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

    # -- the user's work as a whole ------------------------------------------------------

    def user_work(self) -> UserWork:
        """The user's work here, read kind by kind for a backup (never the corpus)."""
        from c5tui.store.work_read import UserWork  # backups and merges load their own code

        return UserWork(self.db)

    def shipped_tags(self) -> dict[str, Tag]:
        """The codebook's tags as the program ships them, to tell the user's edits."""
        from c5tui.tagging.originals import bundled_tags

        return bundled_tags()

    def shipped_claims(self) -> dict[str, ClaimState]:
        """The bundled interview's curated claims as seeded, by claim key."""
        from c5tui.tagging.originals import curated_claims

        return curated_claims(self.db)

    def merge_work_records(self, records: list[WorkRecord], name: str) -> MergeResult:
        """Write a checked work backup's records in one transaction (see export.merge)."""
        from c5tui.search.index import index_sentences
        from c5tui.store import work as work_store
        from c5tui.tagging.apply import auto_tag_sentences

        def retag(db: Database) -> None:
            ids = [
                r[0]
                for r in db.execute(
                    "SELECT id FROM sentences WHERE document_id IN"
                    " (SELECT id FROM documents WHERE bundled = 0) ORDER BY id"
                )
            ]
            auto_tag_sentences(db, ids)

        return work_store.merge_records(self.db, records, name, index_sentences, retag)

    def add_heading(self, text: str, *, next_to: Item | None = None, after: bool = False) -> int:
        """Put a section heading in the basket: at the end, or before (after) an item.

        Returns the heading's id. The text is one line of words; it opens a section of the
        brief in the basket's order.
        """
        text = heading_text(text)
        with transaction(self.db):
            target = None
            if next_to is not None:
                target = selection_store.place_of(self.db, *next_to)
                if target is None:
                    noun = "quote" if next_to[0] == "sentence" else next_to[0]
                    raise no_such(f"selected {noun}", next_to[1])
            heading_id = selection_store.add_heading(self.db, text)
            if target is not None:
                selection_store.move_to(self.db, "heading", heading_id, target + after)
        return heading_id

    def heading(self, heading_id: int) -> tuple[str, float]:
        """A basket heading's text and position."""
        found = selection_store.heading(self.db, heading_id)
        if found is None:
            raise no_such("heading", heading_id)
        return found

    def rename_heading(self, heading_id: int, text: str) -> str:
        """Give a heading new text; returns the text it had."""
        text = heading_text(text)
        with transaction(self.db):
            before, _ = self.heading(heading_id)
            selection_store.rename_heading(self.db, heading_id, text)
        return before

    def remove_heading(self, heading_id: int) -> tuple[str, float]:
        """Take a heading out of the basket; returns its text and position (for undo)."""
        with transaction(self.db):
            found = self.heading(heading_id)
            selection_store.remove_heading(self.db, heading_id)
        return found

    def restore_heading(self, heading_id: int, text: str, position: float) -> None:
        with transaction(self.db):
            selection_store.restore_heading(self.db, heading_id, text, position)

    def clear_selection(self) -> int:
        with transaction(self.db):
            return selection_store.clear(self.db)


def _claim_text(statement: str) -> str:
    if not statement.strip():
        raise InputError("a claim's statement cannot be empty")
    return statement.strip()


def _claim_kind(kind: str) -> str:
    from c5tui.tagging.curated import CLAIM_KINDS

    if kind not in CLAIM_KINDS:
        raise InputError(f"a claim's kind is one of {', '.join(CLAIM_KINDS)}, not {kind!r}")
    return kind
