"""A rare tag's sentences as a text index of their own, searched instead of the corpus's.

Beside a text match the engine checks a tag filter hit by hit, on the tag table's key, and
stops at the first page of hits: quick while the tag is common. For a rare tag most hits
fail the check, so the match runs on through the whole corpus (a one-letter prefix with a
rare actor reads every sentence). Asking FTS5 for the tag's rows one by one is slower still
(it runs the whole match again for each). So when a filter's tags are on at most
:data:`RARE` rows, the search index's keys of their sentences are copied into a temporary
FTS5 table made like the search index, and the same match runs there: its cost follows the
tag, not the corpus. The copy is kept while the filter and the database stay the same, so
typing on in the search box reuses it.

Which sentences are copied follows :func:`c5tui.store.tags.effective_tags_sql` to the
letter; the engine still checks its whole filter condition on each hit, so the copy only
has to hold every sentence that can pass.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from c5tui.search.query import Query
from c5tui.search.vocabulary import TAG_KEYS, Vocabulary
from c5tui.store.tags import effective_tags_sql

# Tag rows (every source, removals included) up to which a filter's sentences are copied:
# about 10 ms of copying per thousand, paid once per filter.
RARE = 2000
NARROW_TABLE = "c5_narrow"


@dataclass(frozen=True, slots=True)
class TextIndex:
    """Where a search's text match runs: what to put after FROM, and the MATCH operand."""

    source: str
    operand: str


MAIN = TextIndex("search_index", "search_index")
# Aliased, so that the engine's conditions on ``search_index.rowid`` read the copy's rows.
NARROW = TextIndex(f"temp.{NARROW_TABLE} AS search_index", f"search_index.{NARROW_TABLE}")


def tag_families(query: Query, vocabulary: Vocabulary) -> list[tuple[str, ...]]:
    """For each filter clause every hit must pass by its tags alone, the tags it accepts."""
    families: list[tuple[str, ...]] = []
    for clause in query.filter_clauses:
        if clause.negated or not all(a.key in TAG_KEYS for a in clause.filters):
            continue
        family = set().union(*(vocabulary.family(a.values) for a in clause.filters))
        if family:
            families.append(tuple(sorted(family)))
    return families


class Narrowing:
    """The temporary copy of one rare filter's sentences, on one connection."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self._rows: dict[tuple[tuple[str, ...], int], int] = {}  # bounded row counts
        self._held: tuple[tuple[str, ...], int] | None = None  # what the copy holds

    def index_for(self, families: list[tuple[str, ...]], version: int) -> TextIndex:
        """The copy of the rarest family's sentences if one is rare enough, else the corpus."""
        rare = [f for f in families if self._row_count(f, version) <= RARE]
        if not rare:
            return MAIN
        family = min(rare, key=lambda f: self._row_count(f, version))
        if self._held != (family, version):
            try:
                self._copy(family)
            except sqlite3.OperationalError as exc:
                self._conn.rollback()
                # Interrupted: the copy stays empty, so the search finds nothing, as an
                # interrupted search does; any other failure: the corpus, slower.
                return NARROW if "interrupt" in str(exc) else MAIN
            self._held = (family, version)
        return NARROW

    def _row_count(self, family: tuple[str, ...], version: int) -> int:
        """The family's tag rows, counted only as far as RARE + 1."""
        key = (family, version)
        if key not in self._rows:
            if len(self._rows) > 64:
                self._rows.clear()
            marks = ",".join("?" * len(family))
            (count,) = self._conn.execute(
                f"SELECT count(*) FROM (SELECT 1 FROM sentence_tags WHERE tag_id IN ({marks})"
                " LIMIT ?)",
                [*family, RARE + 1],
            ).fetchone()
            self._rows[key] = int(count)
        return self._rows[key]

    def _copy(self, family: tuple[str, ...]) -> None:
        conn = self._conn
        (definition,) = conn.execute(
            "SELECT sql FROM main.sqlite_master WHERE name = 'search_index'"
        ).fetchone()
        # The same tokenizer and options as the search index, so a match means the same.
        using = definition[definition.upper().index(" USING ") :]
        self._held = None
        conn.execute(f"DROP TABLE IF EXISTS temp.{NARROW_TABLE}")
        conn.execute(f"CREATE VIRTUAL TABLE temp.{NARROW_TABLE}{using}")
        marks = ",".join("?" * len(family))
        conn.execute(
            f"INSERT INTO temp.{NARROW_TABLE} (rowid, kk, en)"
            " SELECT rowid, kk, en FROM main.search_index WHERE rowid IN"
            f" (SELECT owner FROM ({effective_tags_sql('sentence')}) WHERE tag_id IN ({marks}))",
            list(family),
        )
        conn.commit()  # no transaction stays open on the corpus
