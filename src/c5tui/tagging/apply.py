"""Running the auto-tagger over stored sentences and recording its tags with their evidence.

Only rows of source ``auto`` are ever written here: the user's tags and removals are rows
of their own and win over any re-tagging. A sentence's auto tags are replaced whole, in one
statement batch, so no quote is ever left with half of its new tags.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from typing import TypeVar

from c5tui.model import Tag
from c5tui.store import tags as tags_store
from c5tui.store.connection import transaction
from c5tui.store.database import Database
from c5tui.tagging.autotag import AutoTagger
from c5tui.tagging.evidence import format_evidence
from c5tui.worker_processes import exit_with_parent, workers_can_start

READ_CHUNK = 500
# A retag of the whole corpus commits every this many sentences: a crash loses one batch
# of work at most, and other programs may write between batches.
COMMIT_EVERY = 10_000
# From this many sentences a retag tags in worker processes, one per core: the tagger is
# pure Python, so threads would share one core.
PARALLEL_FROM = 20_000

T = TypeVar("T")
Found = dict[int, dict[str, str]]  # sentence id -> tag id -> evidence
Rows = list[tuple[int, str, str | None]]  # sentence id, Kazakh, English


TextTags = dict[tuple[str, str | None], dict[str, str]]  # (Kazakh, English) -> tag -> evidence


def auto_tag_sentences(
    db: Database,
    sentence_ids: Sequence[int],
    *,
    found_before: tuple[tuple[Tag, ...], TextTags] | None = None,
) -> int:
    """Replace the auto tags of these sentences; the caller holds the transaction.

    ``found_before``: tags already found for these texts (by an import's parsing worker)
    with the codebook they were found with; used where that codebook is still the store's
    and the text is the same, the rest is tagged here. Returns the number of auto tags
    the sentences now carry.
    """
    tags = tags_store.list_tags(db)
    rows = _read(db, sentence_ids)
    found: Found = {}
    if found_before is not None and list(found_before[0]) == tags:
        known = found_before[1]
        for sentence_id, kk, en in rows:
            if (kk, en) in known:
                found[sentence_id] = known[(kk, en)]
    found.update(tags_of(_tagger_of(tags), [row for row in rows if row[0] not in found]))
    _write(db, list(sentence_ids), found)
    return sum(len(tags) for tags in found.values())


def tags_of_texts(tags: list[Tag], texts: Sequence[tuple[str, str | None]]) -> TextTags:
    """The auto tags of each (Kazakh, English) pair, as :func:`auto_tag_sentences` finds them."""
    found = tags_of(_tagger_of(tags), [(n, kk, en) for n, (kk, en) in enumerate(texts)])
    return {pair: found[n] for n, pair in enumerate(texts)}


_last_tagger: tuple[list[Tag], AutoTagger] | None = None


def _tagger_of(tags: list[Tag]) -> AutoTagger:
    """A tagger for this codebook; the last one again while the codebook is the same, so
    a bulk import keeps what it learnt about each word from one article to the next."""
    global _last_tagger
    if _last_tagger is None or _last_tagger[0] != tags:
        _last_tagger = (tags, AutoTagger(tags))
    return _last_tagger[1]


def retag_in_batches(
    db: Database,
    sentence_ids: Sequence[int],
    *,
    batch: int | None = None,
    progress: Callable[[int, int], None] | None = None,
    workers: int | None = None,
) -> int:
    """Replace the auto tags of these sentences, committing every ``batch`` sentences.

    Each batch (``COMMIT_EVERY`` by default) is its own transaction, so an interruption
    leaves every sentence either with its old auto tags or with its new ones; running it
    again redoes the rest. ``progress`` is told, after each commit, how many sentences are
    done and of how many. ``workers`` processes tag (default: one per core from
    ``PARALLEL_FROM`` sentences on, else none); the store is written by this one, while
    they tag the next batch.
    """
    tags = tags_store.list_tags(db)
    if workers is None:
        workers = (os.cpu_count() or 1) if len(sentence_ids) >= PARALLEL_FROM else 1
    batches = _chunks(sentence_ids, batch or COMMIT_EVERY)
    written = done = 0
    here: AutoTagger | None = None
    with _tagging(tags, workers) as start_tagging:

        def queue(number: int) -> tuple[Rows, Callable[[], Found]] | None:
            if number >= len(batches):
                return None
            rows = _read(db, batches[number])
            return rows, start_tagging(rows)

        queued = queue(0)
        for number, ids in enumerate(batches):
            assert queued is not None
            rows, result = queued
            queued = queue(number + 1)
            found = result()
            with transaction(db):
                # A quote edited (or deleted) since it was read is tagged as it is now.
                current = _read(db, ids)
                edited: Rows = []
                if current != rows:  # read in the same order: most batches are unchanged
                    tagged = {row[0]: row for row in rows}
                    edited = [row for row in current if tagged.get(row[0]) != row]
                    now = {row[0] for row in current}
                    found = {sid: t for sid, t in found.items() if sid in now}
                if edited:
                    here = here or AutoTagger(tags)
                    found.update(tags_of(here, edited))
                _write(db, ids, found)
            written += sum(len(tags) for tags in found.values())
            done += len(ids)
            if progress is not None:
                progress(done, len(sentence_ids))
    return written


def tags_of(tagger: AutoTagger, rows: Rows) -> Found:
    """Each sentence's auto tags, with the evidence of the first match of each."""
    found: Found = {}
    for sentence_id, kk, en in rows:
        tags: dict[str, str] = {}
        for tag in tagger.tag(kk, en):
            if tag.tag not in tags:
                tags[tag.tag] = format_evidence(tag.side, tag.start, tag.end, tag.evidence)
        found[sentence_id] = tags
    return found


@contextmanager
def _tagging(tags: list[Tag], workers: int) -> Iterator[Callable[[Rows], Callable[[], Found]]]:
    """A function that starts tagging rows and gives back a call waiting for their tags:
    tagged here when waited for, or at once in ``workers`` processes."""
    if workers <= 1 or not workers_can_start():
        tagger = AutoTagger(tags)
        yield lambda rows: lambda: tags_of(tagger, rows)
        return
    # spawn, not fork: a forked child would inherit this process's SQLite connections.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(
        workers, mp_context=context, initializer=_start_worker, initargs=(tags,)
    ) as pool:

        def start(rows: Rows) -> Callable[[], Found]:
            parts = [pool.submit(_worker_tags, chunk) for chunk in _chunks(rows, READ_CHUNK)]

            def result() -> Found:
                found: Found = {}
                for part in parts:
                    found.update(part.result())
                return found

            return result

        yield start


_worker_tagger: AutoTagger | None = None


def _start_worker(tags: list[Tag]) -> None:
    global _worker_tagger
    exit_with_parent()
    _worker_tagger = AutoTagger(tags)


def _worker_tags(rows: Rows) -> Found:
    assert _worker_tagger is not None
    return tags_of(_worker_tagger, rows)


def _chunks(items: Sequence[T], size: int) -> list[list[T]]:
    return [list(items[start : start + size]) for start in range(0, len(items), size)]


def _read(db: Database, ids: Sequence[int]) -> Rows:
    rows: Rows = []
    for chunk in _chunks(ids, READ_CHUNK):
        marks = ",".join("?" * len(chunk))
        rows += db.execute(f"SELECT id, kk, en FROM sentences WHERE id IN ({marks})", chunk)
    return rows


def _write(db: Database, ids: list[int], found: Found) -> None:
    """Make the stored auto tags of ``ids`` those ``found``, touching only what differs.

    A retag after a small codebook change then writes a few rows, not every tag again.
    """
    stored: dict[int, dict[str, str | None]] = {}
    for chunk in _chunks(ids, READ_CHUNK):
        for sentence_id, tag_id, evidence, removed in db.execute(
            "SELECT sentence_id, tag_id, evidence, removed FROM sentence_tags"
            f" WHERE source = 'auto' AND sentence_id IN ({','.join('?' * len(chunk))})",
            chunk,
        ):
            # An auto row marked removed (none is written so) is rewritten, not kept.
            stored.setdefault(sentence_id, {})[tag_id] = None if removed else evidence
    gone, changed, added = [], [], []
    empty: dict[str, str] = {}
    for sentence_id in ids:
        old, new = stored.get(sentence_id, empty), found.get(sentence_id, empty)
        if old == new:
            continue  # most quotes of a retag keep their tags: one comparison, in C
        gone += [(sentence_id, tag) for tag in old.keys() - new.keys()]
        for tag, evidence in new.items():
            if tag not in old:
                added.append((sentence_id, tag, evidence))
            elif old[tag] != evidence:
                changed.append((evidence, sentence_id, tag))
    conn = db.conn
    conn.executemany(
        "DELETE FROM sentence_tags WHERE sentence_id = ? AND tag_id = ? AND source = 'auto'", gone
    )
    conn.executemany(
        "UPDATE sentence_tags SET evidence = ?, removed = 0 WHERE sentence_id = ? AND tag_id = ?"
        " AND source = 'auto'",
        changed,
    )
    # An auto tag has no time (schema 15): every import and retag writes it again.
    conn.executemany(
        "INSERT INTO sentence_tags (sentence_id, tag_id, source, removed, evidence)"
        " VALUES (?, ?, 'auto', 0, ?)",
        added,
    )
