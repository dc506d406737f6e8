"""Merging a work backup (``c5tui export --format jsonl``) into this database.

The merge is idempotent: importing the same file twice changes nothing. Only user tag
decisions are written (curated and automatic tags are the corpus's own); where this
database already holds a different decision of yours, yours is kept. A note whose text
is already on the same quote or claim is skipped; a note written at the same moment on
the same target as a note here, but with other text (two people edited the same note),
is added, and both versions are flagged as a conflict. Selection items are appended in the file's
order. English you typed or reviewed is written where the sentence has no English, or
English no one here typed or reviewed; where this database holds English of yours with
other text, yours is kept. Records about documents this database does not hold are
counted and skipped.

The whole file is checked line by line before anything is written, and written in one
transaction: a bad line names ``file:line`` and leaves the database as it was.
"""

from __future__ import annotations

import json
import math
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlite_utils

from c5tui.bounded_read import MIB, read_file
from c5tui.corpus.translation import ORIGINS
from c5tui.errors import InputError
from c5tui.export.backup import FORMAT, VERSION
from c5tui.model import Provenance, Tag
from c5tui.store import notes as notes_store
from c5tui.store import selection as selection_store
from c5tui.store import tags as tags_store
from c5tui.store import translations as translations_store
from c5tui.store.connection import transaction
from c5tui.workspace import Workspace

TYPES = ("tag_def", "tag", "note", "selection", "translation")
# Far above any real backup; the file is held in memory while it is checked.
MAX_BYTES = 256 * MIB


@dataclass(frozen=True, slots=True)
class Record:
    line: int
    type: str
    data: dict[str, Any]


@dataclass
class MergeResult:
    """What a merge did, for the one-line summary."""

    tag_defs: int = 0
    tags: int = 0
    notes: int = 0
    selection: int = 0
    translations: int = 0
    translation_conflicts: int = 0
    conflicts: int = 0
    tag_conflicts: int = 0
    unchanged: int = 0
    skipped: int = 0
    unknown_documents: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.tag_defs or self.tags or self.notes or self.selection or self.translations)

    def summary(self, name: str) -> str:
        english = f", {self.translations} English sentences" if self.translations else ""
        if self.translation_conflicts:
            english += f" ({self.translation_conflicts} differing from yours: yours kept)"
        return (
            f"{name}: added {self.tag_defs} codebook tags, {self.tags} tag decisions,"
            f" {self.notes} notes, {self.selection} selection items{english};"
            f" {self.conflicts} conflicting notes kept and flagged;"
            f" {self.tag_conflicts} differing tag decisions (yours kept);"
            f" {self.unchanged} already present;"
            f" {self.skipped} skipped ({self.unknown_documents} unknown documents)"
        )


# -- reading and checking -----------------------------------------------------------------


class _Line:
    """Checks on one record, each failure an InputError naming ``file:line``."""

    def __init__(self, path: str, number: int, data: dict[str, Any]) -> None:
        self.path = path
        self.number = number
        self.data = data

    def fail(self, message: str) -> InputError:
        return InputError(message, path=self.path, line=self.number)

    def text(self, key: str, *, optional: bool = False, empty: bool = True) -> str | None:
        value = self.data.get(key)
        if value is None and optional:
            return None
        if not isinstance(value, str):
            raise self.fail(f"{key!r} must be a string")
        if not empty and not value.strip():
            raise self.fail(f"{key!r} cannot be empty")
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise self.fail(f"{key!r} holds text that is not valid Unicode") from None
        return value

    def timestamp(self, key: str) -> None:
        value = self.text(key, empty=False)
        try:
            datetime.fromisoformat(value or "")
        except ValueError:
            raise self.fail(f"invalid timestamp {value!r} in {key!r}") from None

    def flag(self, key: str, default: bool | None = None) -> bool:
        value = self.data.get(key, default)
        if not isinstance(value, bool):
            raise self.fail(f"{key!r} must be true or false")
        return value

    def target(self) -> None:
        self.text("document", empty=False)
        has_sentence = "sentence" in self.data
        has_claim = "claim" in self.data
        if has_sentence == has_claim:
            raise self.fail("a record names either a 'sentence' or a 'claim'")
        self.text("sentence" if has_sentence else "claim", empty=False)


def _check(line: _Line) -> str:
    kind = line.data.get("type")
    if kind not in TYPES:
        raise line.fail(f"unknown record type {kind!r} (expected {', '.join(TYPES)})")
    if kind == "tag_def":
        for key in ("id", "kind", "label_kk", "label_en"):
            line.text(key, empty=False)
        line.text("definition", optional=True)
        line.text("parent", optional=True)
        line.text("colour", optional=True)
        aliases = line.data.get("aliases", [])
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise line.fail("'aliases' must be a list of strings")
    elif kind == "tag":
        line.target()
        line.text("tag", empty=False)
        if line.data.get("source") not in ("curated", "auto", "user"):
            raise line.fail("'source' must be curated, auto or user")
        line.flag("removed", False)
        line.text("evidence", optional=True)
    elif kind == "translation":
        if "sentence" not in line.data:
            raise line.fail("a translation record names a 'sentence'")
        line.target()
        line.text("lang", empty=False)
        line.text("text", empty=False)
        if line.data.get("origin") not in ORIGINS:
            raise line.fail(f"'origin' must be one of {', '.join(ORIGINS)}")
        line.text("source", optional=True)
        confidence = line.data.get("confidence")
        if confidence is not None and (
            isinstance(confidence, bool)
            or not isinstance(confidence, int | float)
            or not 0 <= confidence <= 1
        ):
            raise line.fail("'confidence' must be a number from 0 to 1, or null")
        line.flag("needs_review", False)
        line.flag("reviewed", False)
        line.timestamp("updated_at")
    elif kind == "note":
        line.target()
        line.text("body", empty=False)
        # Stored as they are, then shown as dates and compared: they must be real times.
        line.timestamp("created_at")
        line.timestamp("updated_at")
        line.flag("conflict", False)
    else:
        line.target()
        position = line.data.get("position")
        if isinstance(position, bool) or not isinstance(position, int | float):
            raise line.fail("'position' must be a number")
        try:
            finite = math.isfinite(position)
        except OverflowError:
            finite = False
        if not finite:
            # Positions are sorted as floats: NaN, infinities and huge integers cannot be.
            raise line.fail("'position' must be a finite number")
    return str(kind)


def read_work(path: Path, *, database: Path | None = None) -> list[Record]:
    """Read and check a work file; the first bad line raises an error naming it.

    ``database``, the database in use, is refused as the work file without opening it.
    """
    name = str(path)
    raw = read_file(Path(path), limit=MAX_BYTES, kind="work file", database=database)
    records: list[Record] = []
    header_seen = False
    for number, chunk in enumerate(raw.split(b"\n"), start=1):
        if number == 1 and chunk.startswith(b"\xef\xbb\xbf"):
            chunk = chunk[3:]
        chunk = chunk.removesuffix(b"\r")
        try:
            text = chunk.decode("utf-8")
        except UnicodeDecodeError:
            raise InputError("not UTF-8 text", path=name, line=number) from None
        if not text.strip():
            continue
        data = _parse_line(text, name, number)
        if not isinstance(data, dict):
            raise InputError("expected a JSON object", path=name, line=number)
        if not header_seen:
            _check_header(data, name, number)
            header_seen = True
            continue
        records.append(Record(number, _check(_Line(name, number, data)), data))
    if not header_seen:
        raise InputError("empty file; expected a c5tui work backup", path=name)
    return records


def _parse_line(text: str, name: str, number: int) -> Any:
    """One line's JSON; the parser's own limits are reported like any other bad line."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"not valid JSON ({exc.msg})", path=name, line=number) from None
    except ValueError as exc:
        # Python refuses to convert longer integers (CVE-2020-10735).
        digits = sys.get_int_max_str_digits()
        why = f"a number of over {digits} digits" if "digits" in str(exc) else str(exc)
        raise InputError(f"not valid JSON ({why})", path=name, line=number) from None
    except RecursionError:
        raise InputError("not valid JSON (nested too deeply)", path=name, line=number) from None


def _check_header(data: dict[str, Any], name: str, number: int) -> None:
    if data.get("format") != FORMAT:
        raise InputError(
            f"not a c5tui work backup (expected a header with format {FORMAT!r})",
            path=name,
            line=number,
        )
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise InputError("the header's 'version' must be a positive number", path=name, line=number)
    if version > VERSION:
        raise InputError(
            f"written by a newer c5tui (format version {version}, this one reads {VERSION});"
            " upgrade c5tui to import it",
            path=name,
            line=number,
        )


# -- writing ------------------------------------------------------------------------------


class _Merger:
    def __init__(self, db: sqlite_utils.Database, name: str) -> None:
        self.db = db
        self.name = name
        self.result = MergeResult()
        self.documents: dict[str, int | None] = {}
        self.unknown: set[str] = set()
        self.added: set[int] = set()

    def owner(self, data: dict[str, Any]) -> tuple[str, int] | None:
        """The quote or claim a record names here, or None (counted as skipped)."""
        digest = data["document"]
        if digest not in self.documents:
            row = self.db.execute(
                "SELECT id FROM documents WHERE content_hash = ?", [digest]
            ).fetchone()
            self.documents[digest] = int(row[0]) if row else None
        document_id = self.documents[digest]
        if document_id is None:
            self.unknown.add(digest)
            return None
        if "sentence" in data:
            sql = "SELECT id FROM sentences WHERE document_id = ? AND key = ?"
            owner, key = "sentence", data["sentence"]
        else:
            sql = "SELECT id FROM claims WHERE document_id = ? AND key = ?"
            owner, key = "claim", data["claim"]
        row = self.db.execute(sql, [document_id, key]).fetchone()
        return (owner, int(row[0])) if row else None

    def tag_def(self, record: Record) -> None:
        data = record.data
        row = self.db.execute("SELECT kind FROM tags WHERE id = ?", [data["id"]]).fetchone()
        if row is not None:
            if row[0] == data["kind"]:
                self.result.unchanged += 1
            else:
                self.result.tag_conflicts += 1
            return
        tag = Tag(
            id=data["id"],
            kind=data["kind"],
            label_kk=data["label_kk"],
            label_en=data["label_en"],
            definition=data.get("definition") or "",
            aliases=tuple(data.get("aliases") or ()),
            parent=data.get("parent"),
            colour=data.get("colour"),
            origin="user",
        )
        try:
            tags_store.validate_new_tag(self.db, tag)
        except InputError as exc:
            raise InputError(str(exc), path=self.name, line=record.line) from None
        tags_store.upsert_codebook(self.db, [tag])
        self.result.tag_defs += 1

    def tag(self, record: Record) -> None:
        data = record.data
        if data["source"] != "user":
            return
        owner = self.owner(data)
        known = self.db.execute("SELECT 1 FROM tags WHERE id = ?", [data["tag"]]).fetchone()
        if owner is None or known is None:
            self.result.skipped += 1
            return
        wanted = not data.get("removed", False)
        state = tags_store.user_tag_state(self.db, owner[0], owner[1], data["tag"])
        if state is None:
            tags_store.attach(self.db, owner[0], owner[1], data["tag"], "user", removed=not wanted)
            self.result.tags += 1
        elif state == wanted:
            self.result.unchanged += 1
        else:
            self.result.tag_conflicts += 1

    def note(self, record: Record) -> None:
        data = record.data
        owner = self.owner(data)
        if owner is None:
            self.result.skipped += 1
            return
        key = {"sentence_id": owner[1]} if owner[0] == "sentence" else {"claim_id": owner[1]}
        # Only notes that were here before the merge count: the file's own notes never
        # conflict with one another.
        existing = [n for n in notes_store.notes_for(self.db, **key) if n.id not in self.added]
        if any(n.body == data["body"] for n in existing):
            self.result.unchanged += 1
            return
        clashes = [n for n in existing if n.created_at == data["created_at"]]
        note_id = notes_store.add_note(
            self.db,
            body=data["body"],
            created_at=data["created_at"],
            conflict=bool(clashes) or bool(data.get("conflict", False)),
            **key,
        )
        self.added.add(note_id)
        self.db.conn.execute(
            "UPDATE annotations SET updated_at = ? WHERE id = ?", [data["updated_at"], note_id]
        )
        for clash in clashes:
            self.db.conn.execute("UPDATE annotations SET conflict = 1 WHERE id = ?", [clash.id])
        self.result.notes += 1
        if clashes:
            self.result.conflicts += 1

    def translation(self, record: Record) -> None:
        data = record.data
        owner = self.owner(data)
        if owner is None:
            self.result.skipped += 1
            return
        lang = data["lang"]
        here = translations_store.get(self.db, owner[1], lang)
        reviewed = bool(data.get("reviewed", False))
        if here is not None and here.text == data["text"]:
            if reviewed and not here.provenance.reviewed:
                translations_store.set_reviewed(self.db, [owner[1]], True, lang)
                self.result.translations += 1
            else:
                self.result.unchanged += 1
            return
        if here is not None and (here.provenance.origin == "typed" or here.provenance.reviewed):
            self.result.translation_conflicts += 1
            return
        provenance = Provenance(
            data["origin"],
            data.get("source"),
            data.get("confidence"),
            bool(data.get("needs_review", False)),
            reviewed,
            data["updated_at"],
        )
        translations_store.put(self.db, owner[1], data["text"], provenance, lang)
        self.result.translations += 1

    def selection(self, record: Record) -> None:
        owner = self.owner(record.data)
        if owner is None:
            self.result.skipped += 1
        elif selection_store.select(self.db, owner[0], owner[1]):
            self.result.selection += 1
        else:
            self.result.unchanged += 1


def merge_work(workspace: Workspace, path: Path) -> MergeResult:
    """Merge a work backup into the workspace in one transaction; see the module notes."""
    records = read_work(path, database=workspace.path)
    merger = _Merger(workspace.db, str(path))
    by_type = {kind: [r for r in records if r.type == kind] for kind in TYPES}
    by_type["selection"].sort(key=lambda r: float(r.data["position"]))
    with transaction(workspace.db):
        for record in by_type["tag_def"]:
            merger.tag_def(record)
        for record in by_type["tag"]:
            merger.tag(record)
        for record in by_type["note"]:
            merger.note(record)
        for record in by_type["selection"]:
            merger.selection(record)
        for record in by_type["translation"]:
            merger.translation(record)
        if by_type["translation"]:
            from c5tui.search.index import index_sentences

            owners = [merger.owner(r.data) for r in by_type["translation"]]
            index_sentences(workspace.db, [o[1] for o in owners if o is not None])
    merger.result.unknown_documents = len(merger.unknown)
    return merger.result
