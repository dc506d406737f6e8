"""Changing the codebook: candidates accepted, rejected or merged, tags renamed, relabelled,
given a parent or deleted. Each function is one step inside the caller's transaction and
returns what undoing it needs; the auto-tagger re-runs on the quotes a change affects."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from c5tui.errors import InputError, NotFoundError
from c5tui.model import Tag
from c5tui.store import candidates as decisions_store
from c5tui.store import tags as tags_store
from c5tui.store.database import Database
from c5tui.tagging.apply import auto_tag_sentences
from c5tui.tagging.candidates import Candidate, find_candidates
from c5tui.text.fold import fold
from c5tui.text.latin import has_cyrillic

_KIND_WORDS = {"person": "A person", "organisation": "An organisation", "place": "A place"}


def candidates(db: Database, document_id: int | None = None) -> list[Candidate]:
    """Candidates in the stored quotes (of one document, or all), minus those decided."""
    sql = "SELECT id, document_id, kk FROM sentences"
    args: list[object] = []
    if document_id is not None:
        sql += " WHERE document_id = ?"
        args.append(document_id)
    rows = [(int(r[0]), int(r[1]), str(r[2])) for r in db.execute(sql + " ORDER BY id", args)]
    decided = decisions_store.decided_keys(db)
    found = find_candidates(rows, tags_store.list_tags(db))
    return [c for c in found if not (c.alias_keys & decided)]


def find_candidate(db: Database, label: str) -> Candidate:
    """The candidate with this label (or one of its names, in any script)."""
    key = fold(label)
    found = candidates(db)
    for candidate in found:
        if candidate.key == key:
            return candidate
    for candidate in found:
        if key in candidate.alias_keys:
            return candidate
    raise NotFoundError(f"no candidate {label!r}; see 'c5tui candidates'")


@dataclass(frozen=True, slots=True)
class Accepted:
    tag: Tag
    candidate: Candidate


def accept(
    db: Database,
    candidate: Candidate,
    tag_id: str | None = None,
    parent: str | None = None,
) -> Accepted:
    """Make a candidate an actor tag with both labels and its names in every script."""
    label_kk = candidate.label
    label_en = candidate.label_en
    if not has_cyrillic(label_kk) and has_cyrillic(label_en):
        label_kk, label_en = label_en, label_kk
    tag = Tag(
        id=tag_id or candidate.suggested_id,
        kind="actor",
        label_kk=label_kk,
        label_en=label_en,
        definition=f"{_KIND_WORDS.get(candidate.kind, 'An actor')} found in the text.",
        aliases=candidate.aliases,
        parent=parent if parent is not None else candidate.parent,
        origin="user",
    )
    tags_store.validate_new_tag(db, tag)
    tags_store.upsert_codebook(db, [tag])
    decisions_store.record(db, candidate.alias_keys, candidate.label, "accepted", tag.id)
    auto_tag_sentences(db, list(candidate.quotes))
    return Accepted(tag, candidate)


def unaccept(db: Database, accepted: Accepted) -> None:
    """Undo :func:`accept`: the tag and everything on it go, the candidate comes back."""
    delete_tag(db, accepted.tag.id, check_user=False)
    decisions_store.forget(db, accepted.candidate.alias_keys)
    auto_tag_sentences(db, list(accepted.candidate.quotes))


def reject(db: Database, candidate: Candidate) -> None:
    """Never propose this candidate again, under any of its names."""
    decisions_store.record(db, candidate.alias_keys, candidate.label, "rejected", None)


def unreject(db: Database, candidate: Candidate) -> None:
    decisions_store.forget(db, candidate.alias_keys)


def merge(db: Database, candidate: Candidate, into: str) -> Tag:
    """Add the candidate's names to an existing tag; returns the tag as it was."""
    before = tags_store.get_tag(db, into)
    aliases = list(before.aliases)
    known = {fold(a) for a in (*aliases, before.label_kk, before.label_en)}
    for name in candidate.aliases:
        if fold(name) not in known:
            aliases.append(name)
            known.add(fold(name))
    tags_store.upsert_codebook(db, [dataclasses.replace(before, aliases=tuple(aliases))])
    decisions_store.record(db, candidate.alias_keys, candidate.label, "merged", into)
    auto_tag_sentences(db, list(candidate.quotes))
    return before


def unmerge(db: Database, candidate: Candidate, before: Tag) -> None:
    tags_store.upsert_codebook(db, [before])
    decisions_store.forget(db, candidate.alias_keys)
    auto_tag_sentences(db, list(candidate.quotes))


# -- tags ---------------------------------------------------------------------------------


def _require_user_tag(db: Database, tag_id: str) -> Tag:
    tag = tags_store.get_tag(db, tag_id)
    if tag.origin != "user":
        raise InputError(
            f"tag {tag_id!r} comes with the codebook; only your own tags can be changed so"
        )
    return tag


def rename(db: Database, old: str, new: str) -> None:
    """Give a user tag a new id; its quotes, claims, children and decisions follow it."""
    tag = _require_user_tag(db, old)
    tags_store.validate_new_tag(db, dataclasses.replace(tag, id=new, parent=None))
    children = [r[0] for r in db.execute("SELECT id FROM tags WHERE parent = ?", [old])]
    db.conn.execute("UPDATE tags SET parent = NULL WHERE parent = ?", [old])
    # sentence_tags and claim_tags follow by ON UPDATE CASCADE.
    db.conn.execute("UPDATE tags SET id = ? WHERE id = ?", [new, old])
    for child in children:
        db.conn.execute("UPDATE tags SET parent = ? WHERE id = ?", [new, child])
    db.conn.execute("UPDATE candidate_decisions SET tag_id = ? WHERE tag_id = ?", [new, old])


def relabel(db: Database, tag_id: str, label_en: str | None, label_kk: str | None) -> Tag:
    """New English and/or Kazakh labels; returns the tag as it was."""
    before = tags_store.get_tag(db, tag_id)
    label_en = before.label_en if label_en is None else label_en.strip()
    label_kk = before.label_kk if label_kk is None else label_kk.strip()
    if not label_en or not label_kk:
        raise InputError(f"tag {tag_id!r}: labels cannot be empty")
    after = dataclasses.replace(before, label_en=label_en, label_kk=label_kk)
    tags_store.upsert_codebook(db, [after])
    return before


def set_parent(db: Database, tag_id: str, parent: str | None) -> Tag:
    """Put an actor under another (or under none); returns the tag as it was."""
    before = tags_store.get_tag(db, tag_id)
    if before.kind != "actor":
        raise InputError(f"tag {tag_id!r}: only actors have a parent")
    if parent is not None:
        if parent == tag_id or parent in tags_store.descendants(db, tag_id):
            raise InputError(f"tag {tag_id!r} cannot go under {parent!r}: that makes a cycle")
        owner = tags_store.get_tag(db, parent)
        if owner.kind != "actor":
            raise InputError(f"tag {tag_id!r}: parent {parent!r} is not an actor tag")
    tags_store.upsert_codebook(db, [dataclasses.replace(before, parent=parent)])
    return before


@dataclass(frozen=True, slots=True)
class Deleted:
    """A deleted tag with everything that pointed at it, to put back on undo."""

    tag: Tag
    sentence_rows: tuple[tuple[object, ...], ...]
    claim_rows: tuple[tuple[object, ...], ...]
    children: tuple[str, ...]
    decisions: tuple[decisions_store.Decision, ...]


def delete_tag(db: Database, tag_id: str, *, check_user: bool = True) -> Deleted:
    """Take a user tag out of the codebook with its tags on quotes and claims."""
    tag = _require_user_tag(db, tag_id) if check_user else tags_store.get_tag(db, tag_id)
    columns = "tag_id, source, removed, evidence, created_at"
    sentence_rows = tuple(
        tuple(r)
        for r in db.execute(
            f"SELECT sentence_id, {columns} FROM sentence_tags WHERE tag_id = ?", [tag_id]
        )
    )
    claim_rows = tuple(
        tuple(r)
        for r in db.execute(
            f"SELECT claim_id, {columns} FROM claim_tags WHERE tag_id = ?", [tag_id]
        )
    )
    children = tuple(r[0] for r in db.execute("SELECT id FROM tags WHERE parent = ?", [tag_id]))
    keys = [
        r[0] for r in db.execute("SELECT key FROM candidate_decisions WHERE tag_id = ?", [tag_id])
    ]
    decisions = tuple(decisions_store.decisions_for(db, keys))
    db.conn.execute("UPDATE tags SET parent = NULL WHERE parent = ?", [tag_id])
    db.conn.execute("DELETE FROM sentence_tags WHERE tag_id = ?", [tag_id])
    db.conn.execute("DELETE FROM claim_tags WHERE tag_id = ?", [tag_id])
    decisions_store.forget(db, keys)
    db.conn.execute("DELETE FROM tags WHERE id = ?", [tag_id])
    return Deleted(tag, sentence_rows, claim_rows, children, decisions)


def undelete(db: Database, deleted: Deleted) -> None:
    tags_store.upsert_codebook(db, [deleted.tag])
    columns = "tag_id, source, removed, evidence, created_at"
    for table, owner, rows in (
        ("sentence_tags", "sentence_id", deleted.sentence_rows),
        ("claim_tags", "claim_id", deleted.claim_rows),
    ):
        for row in rows:
            db.conn.execute(
                f"INSERT OR REPLACE INTO {table} ({owner}, {columns}) VALUES (?, ?, ?, ?, ?, ?)",
                list(row),
            )
    for child in deleted.children:
        db.conn.execute("UPDATE tags SET parent = ? WHERE id = ?", [deleted.tag.id, child])
    decisions_store.restore(db, deleted.decisions)
