"""The codebook and the tags on sentences and claims, with their source.

Effective tags: every curated, auto and user-added tag, except where the user removed
it. One tag shows once, with its strongest source (user > curated > auto).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Sequence

from c5tui.errors import InputError, NotFoundError
from c5tui.model import Tag, TagRef
from c5tui.store.clock import now
from c5tui.store.database import Database

_RANK = {"user": 0, "curated": 1, "auto": 2}
_TABLES = {"sentence": ("sentence_tags", "sentence_id"), "claim": ("claim_tags", "claim_id")}


def effective_tags_sql(owner: str) -> str:
    """SQL for the tags that count on quotes or claims: ``owner, tag_id, source, evidence``.

    The one statement of the rule: every recorded tag not removed, unless the user removed it.
    """
    table, column = _TABLES[owner]
    return (
        f"SELECT x.{column} AS owner, x.tag_id AS tag_id, x.source AS source,"
        f" x.evidence AS evidence FROM {table} x WHERE {_counts(table, column)}"
    )


def has_effective_tag_sql(owner: str, owner_expression: str, marks: str) -> str:
    """SQL that is true when the item ``owner_expression`` has one of the tags ``marks``
    (``?,?``) by the rule of :func:`effective_tags_sql`, probed item by item on the key.

    A search that stops at its first page of hits looks up only the rows it meets, where
    a set of every tagged item would be built whole first.
    """
    table, column = _TABLES[owner]
    # ``+x.tag_id``: an item has a few tag rows, read in one seek on the key's first column;
    # SQLite would otherwise seek once per listed tag (a parent actor lists a dozen).
    return (
        f"EXISTS (SELECT 1 FROM {table} x WHERE x.{column} = {owner_expression}"
        f" AND +x.tag_id IN ({marks}) AND {_counts(table, column)})"
    )


def _counts(table: str, column: str) -> str:
    # A tag row counts unless it is a removal, or the user removed that tag from the item.
    return (
        f"x.removed = 0 AND NOT EXISTS (SELECT 1 FROM {table} u WHERE u.{column} = x.{column}"
        " AND u.tag_id = x.tag_id AND u.source = 'user' AND u.removed = 1)"
    )


def _chunks(ids: Sequence[int]) -> Iterator[tuple[list[int], str]]:
    """The ids in pieces small enough for one query, each with its ``?,?,…`` marks."""
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        yield chunk, ",".join("?" * len(chunk))


def _effective(db: Database, owner: str, ids: Sequence[int]) -> dict[int, tuple[TagRef, ...]]:
    result: dict[int, dict[str, TagRef]] = {}
    for chunk, marks in _chunks(ids):
        rows = db.execute(
            f"SELECT e.owner, e.tag_id, t.kind, e.source, e.evidence"
            f" FROM ({effective_tags_sql(owner)}) e JOIN tags t ON t.id = e.tag_id"
            f" WHERE e.owner IN ({marks})",
            chunk,
        )
        for owner_id, tag, kind, source, evidence in rows:
            refs = result.setdefault(owner_id, {})
            known = refs.get(tag)
            if known is None or _RANK[source] < _RANK[known.source]:
                refs[tag] = TagRef(
                    tag, kind, source, evidence or (known.evidence if known else None)
                )
    return {
        owner_id: tuple(sorted(refs.values(), key=lambda r: (r.kind, r.tag)))
        for owner_id, refs in result.items()
    }


def effective_sentence_tags(db: Database, ids: Sequence[int]) -> dict[int, tuple[TagRef, ...]]:
    return _effective(db, "sentence", ids)


def effective_claim_tags(db: Database, ids: Sequence[int]) -> dict[int, tuple[TagRef, ...]]:
    return _effective(db, "claim", ids)


def removed_sentence_tags(db: Database, ids: Sequence[int]) -> dict[int, tuple[TagRef, ...]]:
    """Curated and auto tags the user removed, by sentence, with the source they came from."""
    result: dict[int, list[TagRef]] = {}
    for chunk, marks in _chunks(ids):
        rows = db.execute(
            "SELECT DISTINCT u.sentence_id, u.tag_id, t.kind, x.source FROM sentence_tags u"
            " JOIN sentence_tags x ON x.sentence_id = u.sentence_id AND x.tag_id = u.tag_id"
            " AND x.source != 'user' AND x.removed = 0"
            " JOIN tags t ON t.id = u.tag_id"
            f" WHERE u.sentence_id IN ({marks}) AND u.source = 'user' AND u.removed = 1",
            chunk,
        )
        for owner, tag, kind, source in rows:
            refs = result.setdefault(owner, [])
            if all(ref.tag != tag for ref in refs):  # curated and auto both: shown once
                refs.append(TagRef(tag, kind, source))
    return {
        owner: tuple(sorted(refs, key=lambda r: (r.kind, r.tag))) for owner, refs in result.items()
    }


def upsert_codebook(db: Database, tags: Iterable[Tag]) -> int:
    """Write codebook entries (insert or update in place); the caller holds the transaction."""
    count = 0
    for tag in tags:
        db.conn.execute(
            "INSERT INTO tags (id, kind, label_kk, label_en, definition, aliases, parent, colour,"
            " origin, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, label_kk = excluded.label_kk,"
            " label_en = excluded.label_en, definition = excluded.definition,"
            " aliases = excluded.aliases, parent = excluded.parent,"
            " colour = coalesce(excluded.colour, tags.colour)",
            [
                tag.id,
                tag.kind,
                tag.label_kk,
                tag.label_en,
                tag.definition,
                json.dumps(list(tag.aliases), ensure_ascii=False),
                tag.parent,
                tag.colour,
                tag.origin,
                now(),
            ],
        )
        count += 1
    return count


def list_tags(db: Database) -> list[Tag]:
    rows = db.execute(
        "SELECT id, kind, label_kk, label_en, definition, aliases, parent, colour, origin"
        " FROM tags ORDER BY kind DESC, id"
    ).fetchall()
    return [
        Tag(r[0], r[1], r[2], r[3], r[4], tuple(json.loads(r[5] or "[]")), r[6], r[7], r[8])
        for r in rows
    ]


def codebook_order(db: Database) -> list[Tag]:
    """The codebook as written: sectors then actors, each in file order, user tags last."""
    order = {row[0]: n for n, row in enumerate(db.execute("SELECT id FROM tags ORDER BY rowid"))}
    tags = list_tags(db)
    return sorted(tags, key=lambda t: (t.kind != "sector", order.get(t.id, 0), t.id))


def tag_members(db: Database, owner: str = "sentence") -> dict[str, set[int]]:
    """For each tag, the quotes (or claims) it is on, by the effective-tags rule."""
    members: dict[str, set[int]] = {}
    for owner_id, tag_id in db.execute(
        f"SELECT DISTINCT owner, tag_id FROM ({effective_tags_sql(owner)})"
    ):
        members.setdefault(tag_id, set()).add(owner_id)
    return members


def get_tag(db: Database, tag_id: str) -> Tag:
    for tag in list_tags(db):
        if tag.id == tag_id:
            return tag
    raise NotFoundError(f"no tag {tag_id!r} in the codebook")


def descendants(db: Database, tag_id: str) -> list[str]:
    """The tag and every tag below it in the actor hierarchy (a child counts for its parent)."""
    rows = db.execute(
        "WITH RECURSIVE below(id) AS (SELECT ? UNION SELECT t.id FROM tags t JOIN below b"
        " ON t.parent = b.id) SELECT id FROM below",
        [tag_id],
    ).fetchall()
    return [r[0] for r in rows]


def attach(
    db: Database,
    owner: str,
    owner_id: int,
    tag_id: str,
    source: str,
    *,
    removed: bool = False,
    evidence: str | None = None,
) -> None:
    """Record one tag decision; the caller holds the transaction."""
    table, column = _TABLES[owner]
    db.conn.execute(
        f"INSERT INTO {table} ({column}, tag_id, source, removed, evidence, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET removed = excluded.removed,"
        " evidence = excluded.evidence, created_at = excluded.created_at",
        [owner_id, tag_id, source, int(removed), evidence, now()],
    )


def user_tag_state(db: Database, owner: str, owner_id: int, tag_id: str) -> bool | None:
    """The user's own decision on this tag: True added, False removed, None none."""
    table, column = _TABLES[owner]
    row = db.execute(
        f"SELECT removed FROM {table} WHERE {column} = ? AND tag_id = ? AND source = 'user'",
        [owner_id, tag_id],
    ).fetchone()
    return None if row is None else not row[0]


def restore_user_tag_state(
    db: Database, owner: str, owner_id: int, tag_id: str, state: bool | None
) -> None:
    """Put back a user decision exactly as it was (for undo); the caller holds the transaction."""
    table, column = _TABLES[owner]
    if state is None:
        db.conn.execute(
            f"DELETE FROM {table} WHERE {column} = ? AND tag_id = ? AND source = 'user'",
            [owner_id, tag_id],
        )
    else:
        attach(db, owner, owner_id, tag_id, "user", removed=not state)


_TAG_ID = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


def validate_new_tag(db: Database, tag: Tag) -> None:
    """Refuse, with a clear message, a user tag that cannot join the codebook."""
    if not _TAG_ID.match(tag.id):
        raise InputError(
            f"tag id {tag.id!r}: use 1-40 lower-case ASCII letters, digits or _,"
            " starting with a letter"
        )
    if tag.kind not in ("sector", "actor"):
        raise InputError(f"tag kind {tag.kind!r}: use sector or actor")
    if not tag.label_en.strip() or not tag.label_kk.strip():
        raise InputError(f"tag {tag.id!r}: labels cannot be empty")
    if db.execute("SELECT 1 FROM tags WHERE id = ?", [tag.id]).fetchone():
        raise InputError(f"tag {tag.id!r} exists already")
    if tag.parent is not None:
        if tag.kind != "actor":
            raise InputError(f"tag {tag.id!r}: only actors have a parent")
        row = db.execute("SELECT kind FROM tags WHERE id = ?", [tag.parent]).fetchone()
        if row is None or row[0] != "actor":
            raise InputError(f"tag {tag.id!r}: parent {tag.parent!r} is not an actor tag")
    if tag.colour is not None and not _COLOUR.match(tag.colour):
        raise InputError(f"tag {tag.id!r}: colour {tag.colour!r} is not like '#d62728'")


def require_tag(db: Database, tag_id: str) -> None:
    if db.execute("SELECT 1 FROM tags WHERE id = ?", [tag_id]).fetchone() is None:
        raise InputError(
            f"unknown tag {tag_id!r}; see 'c5tui tags' or create it with 'c5tui tags add'"
        )


def tag_counts(db: Database) -> dict[str, int]:
    """Sentences carrying each tag (effective; a child tag also counts for its parents)."""
    rows = db.execute(
        "WITH eff AS (SELECT DISTINCT owner AS sentence_id, tag_id"
        f" FROM ({effective_tags_sql('sentence')})),"
        " up(sentence_id, tag_id) AS (SELECT sentence_id, tag_id FROM eff UNION"
        " SELECT up.sentence_id, t.parent FROM up JOIN tags t ON t.id = up.tag_id"
        " WHERE t.parent IS NOT NULL)"
        " SELECT tag_id, count(DISTINCT sentence_id) FROM up GROUP BY tag_id"
    ).fetchall()
    return {tag: int(n) for tag, n in rows}


def delete_user_tag(db: Database, tag_id: str) -> None:
    """Take a user-created tag out of the codebook with its decisions (undo of creating it)."""
    origin = db.execute("SELECT origin FROM tags WHERE id = ?", [tag_id]).fetchone()
    if origin is None:
        raise NotFoundError(f"no tag {tag_id!r} in the codebook")
    if origin[0] != "user":
        raise InputError(f"tag {tag_id!r} comes with the codebook and cannot be deleted")
    for table, _column in _TABLES.values():
        db.conn.execute(f"DELETE FROM {table} WHERE tag_id = ? AND source = 'user'", [tag_id])
    db.conn.execute("DELETE FROM tags WHERE id = ?", [tag_id])
