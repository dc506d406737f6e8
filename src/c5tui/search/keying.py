"""The index keys of many sentences at once, worked out in worker processes beside the
writing when there are many (a bulk import's index, a reindex).

Folding and splitting a sentence into keys is pure Python and about half of building the
index: at a million sentences, 14 of 30 s. Two workers key the next chunks while this
process writes the last one into the index. Workers are spawned (they hold no SQLite
connection); where none can start (a program read from standard input), or one fails,
the keys are worked out here."""

from __future__ import annotations

import multiprocessing
import sqlite3
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from c5tui.worker_processes import exit_with_parent, workers_can_start

Row = tuple[int, str | None, str | None]
Keyed = list[tuple[int, str, str]]

CHUNK = 20_000  # sentences read, keyed and written at a time
PARALLEL_FROM = 10  # chunks: fewer are keyed here, sooner than two workers would start
WORKERS = 2
AHEAD = 3  # chunks read and handed to the workers before the oldest is written


def keyed_chunks(
    cursor: sqlite3.Cursor, index_keys: Callable[[str | None], str]
) -> Iterator[Keyed]:
    """The (id, Kazakh keys, English keys) of each row of ``cursor`` (id, kk, en), a chunk
    at a time, in the cursor's order."""

    def here(chunk: list[Row]) -> Keyed:
        return [(sentence_id, index_keys(kk), index_keys(en)) for sentence_id, kk, en in chunk]

    first: list[list[Row]] = []
    while len(first) < PARALLEL_FROM and (chunk := cursor.fetchmany(CHUNK)):
        first.append(chunk)
    if len(first) < PARALLEL_FROM or not workers_can_start():
        yield from map(here, _chained(first, cursor))
        return
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(WORKERS, mp_context=context, initializer=exit_with_parent) as pool:

        def start(chunk: list[Row]) -> Future[Keyed] | None:
            try:
                return pool.submit(keyed_rows, chunk)
            except BrokenProcessPool:
                return None

        def result(chunk: list[Row], future: Future[Keyed] | None) -> Keyed:
            try:
                return here(chunk) if future is None else future.result()
            except BrokenProcessPool:
                return here(chunk)

        pending: deque[tuple[list[Row], Future[Keyed] | None]] = deque()
        for chunk in _chained(first, cursor):
            pending.append((chunk, start(chunk)))
            if len(pending) >= AHEAD:
                yield result(*pending.popleft())
        while pending:
            yield result(*pending.popleft())


def _chained(first: list[list[Row]], cursor: sqlite3.Cursor) -> Iterator[list[Row]]:
    yield from first
    while chunk := cursor.fetchmany(CHUNK):
        yield chunk


def keyed_rows(chunk: list[Row]) -> Keyed:
    """In a worker: the keys of a chunk of rows."""
    from c5tui.search.index import index_keys

    return [(sentence_id, index_keys(kk), index_keys(en)) for sentence_id, kk, en in chunk]
