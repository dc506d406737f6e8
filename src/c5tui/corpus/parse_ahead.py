"""Articles read, parsed and auto-tagged in worker processes while one is being stored.

Parsing an article (splitting, attribution, aligning its translation) and finding its auto
tags are pure Python and need no database, so a bulk import hands both to worker
processes and stores, writes the tags and indexes in this one: the work overlaps on two
cores. The tags found are used only if the codebook is still the one they were found with
and the stored text is the text tagged; anything else is tagged again here. Workers hold
no SQLite connection (they are spawned, not forked), so they may read any file."""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from c5tui.errors import C5Error
from c5tui.worker_processes import exit_with_parent, workers_can_start

if TYPE_CHECKING:
    from c5tui.corpus.aligned_translation import TranslationRead
    from c5tui.corpus.source import ImportOptions
    from c5tui.model import Tag
    from c5tui.parsed import ParsedDocument
    from c5tui.tagging.apply import TextTags
    from c5tui.tagging.suggest import FoundClaims

# Parsed articles waiting to be stored: enough to keep the worker busy, few enough that
# a large import does not hold many articles in memory.
AHEAD = 3
# Two workers: with this process, they keep two cores busy (parsing and tagging take
# about as long as storing).
WORKERS = 2


@dataclass(frozen=True, slots=True)
class ParseRequest:
    """What one article's parse needs besides its file."""

    options: ImportOptions
    database: Path | None
    timeout: float | None
    rewrite: bool | None
    tags: tuple[Tag, ...]  # the codebook: the aligner's lexicon and the auto-tagger's names
    auto_tag: bool = True


@dataclass(frozen=True, slots=True)
class Parsed:
    """An article parsed, its translation read, (when auto-tagging) the auto tags of each
    (Kazakh, English) pair it will store, found with ``request.tags``, and the claim each
    of its quotes may state."""

    document: ParsedDocument
    read: TranslationRead | None
    auto_tags: TextTags | None
    claims: FoundClaims | None = None


def parse_article(target: str | Path, translation: Path | None, request: ParseRequest) -> Parsed:
    """Read and parse an article and its translation, as the import does before it writes."""
    from c5tui.corpus.lexicon import Lexicon
    from c5tui.corpus.reader import load_article
    from c5tui.corpus.translation_file import kazakh_of, read_translation_file

    document = load_article(
        target, request.options, database=request.database, timeout=request.timeout
    )
    read = None
    if translation is not None:
        lexicon = Lexicon.of_codebook(list(request.tags)) if request.tags else None
        read = read_translation_file(
            translation,
            kazakh_of(document),
            database=request.database,
            lexicon=lexicon,
            rewrite=request.rewrite,
        )
    from c5tui.corpus.importer import document_row
    from c5tui.tagging.suggest import claims_of_texts

    row = document_row(document, read.translation if read else None)
    auto_tags = None
    if request.auto_tag:
        from c5tui.tagging.apply import tags_of_texts

        auto_tags = tags_of_texts(list(request.tags), [(s.kk, s.en) for s in row.sentences])
    claims = claims_of_texts((s.kk, row.turns[s.turn][0] == "question") for s in row.sentences)
    return Parsed(document, read, auto_tags, claims)


def parsed_ahead(
    articles: Sequence[tuple[str | Path, Path | None]], request: ParseRequest
) -> Iterator[Parsed | C5Error]:
    """Each article parsed, in order, a few ahead in worker processes; an article that
    cannot be read gives its error in its place and the rest go on. Where no worker can
    be started (a program read from standard input cannot be spawned), they are parsed
    here."""
    queued = iter(articles)
    if not workers_can_start():
        yield from _parsed_here(queued, request)
        return
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(WORKERS, mp_context=context, initializer=exit_with_parent) as pool:
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
    yield from _parsed_here([*left, *queued], request)


def _parsed_here(
    articles: Iterable[tuple[str | Path, Path | None]], request: ParseRequest
) -> Iterator[Parsed | C5Error]:
    for target, translation in articles:
        try:
            yield parse_article(target, translation, request)
        except C5Error as error:
            yield error
