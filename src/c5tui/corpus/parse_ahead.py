"""Articles read and parsed in a worker process while the one before is being stored.

Parsing an article (splitting, attribution, aligning its translation) is pure Python and
needs no database, so a bulk import hands it to one worker process and stores, tags and
indexes in this one: the two overlap on two cores. The worker holds no SQLite connection
(it is spawned, not forked), so it may read any file.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from c5tui.errors import C5Error
from c5tui.worker_processes import exit_with_parent

if TYPE_CHECKING:
    from c5tui.corpus.aligned_translation import TranslationRead
    from c5tui.corpus.source import ImportOptions
    from c5tui.model import Tag
    from c5tui.parsed import ParsedDocument

# Parsed articles waiting to be stored: enough to keep the worker busy, few enough that
# a large import does not hold many articles in memory.
AHEAD = 2


@dataclass(frozen=True, slots=True)
class ParseRequest:
    """What one article's parse needs besides its file."""

    options: ImportOptions
    database: Path | None
    timeout: float | None
    rewrite: bool | None
    tags: tuple[Tag, ...]  # the codebook, the aligner's lexicon


Parsed = tuple["ParsedDocument", "TranslationRead | None"]


def parse_article(target: str | Path, translation: Path | None, request: ParseRequest) -> Parsed:
    """Read and parse an article and its translation, as the import does before it writes."""
    from c5tui.corpus.lexicon import Lexicon
    from c5tui.corpus.reader import load_article
    from c5tui.corpus.translation_file import kazakh_of, read_translation_file

    document = load_article(
        target, request.options, database=request.database, timeout=request.timeout
    )
    if translation is None:
        return document, None
    lexicon = Lexicon.of_codebook(list(request.tags)) if request.tags else None
    read = read_translation_file(
        translation,
        kazakh_of(document),
        database=request.database,
        lexicon=lexicon,
        rewrite=request.rewrite,
    )
    return document, read


def parsed_ahead(
    articles: Sequence[tuple[str | Path, Path | None]], request: ParseRequest
) -> Iterator[Parsed | C5Error]:
    """Each article parsed, in order, a few ahead in a worker process; an article that
    cannot be read gives its error in its place and the rest go on. Where no worker can
    be started (a program read from standard input cannot be spawned), they are parsed
    here."""
    context = multiprocessing.get_context("spawn")
    queued = iter(articles)
    with ProcessPoolExecutor(1, mp_context=context, initializer=exit_with_parent) as pool:
        pending: deque[tuple[tuple[str | Path, Path | None], Future[Parsed]]] = deque()

        def submit_next() -> None:
            for article in queued:
                pending.append((article, pool.submit(parse_article, *article, request)))
                return

        for _ in range(AHEAD):
            submit_next()
        while pending:
            article, future = pending.popleft()
            try:
                parsed: Parsed | C5Error = future.result()
            except C5Error as error:
                parsed = error
            except BrokenProcessPool:
                left = [article, *(waiting for waiting, _future in pending)]
                break
            submit_next()  # the worker parses on while this one is stored
            yield parsed
        else:
            return
    for target, translation in [*left, *queued]:
        try:
            yield parse_article(target, translation, request)
        except C5Error as error:
            yield error
