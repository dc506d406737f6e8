"""What to export: quotes and claims in the user's order, with the layout asked for."""

from __future__ import annotations

import dataclasses
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

from c5tui.bounded_read import read_file
from c5tui.errors import InputError, NotFoundError
from c5tui.ids import parse_ids
from c5tui.workspace import Workspace

Lang = Literal["kk", "en", "both"]
GroupBy = Literal["document", "sector", "actor", "none"]
Citations = Literal["notes", "inline"]
LANGS: tuple[str, ...] = ("kk", "en", "both")
GROUPS: tuple[str, ...] = ("document", "sector", "actor", "none")
CITATIONS: tuple[str, ...] = ("notes", "inline")
# One piece of a brief, in order: ("sentence", id), ("claim", id) or ("heading", text).
Entry = tuple[str, int | str]


@dataclass(frozen=True)
class ExportRequest:
    """Quotes (sentence ids) and claims to export, in order, and how to lay them out.

    ``entries`` is the brief's order, quotes and claims interleaved with section headings
    (the basket's order); without it, the quotes come first, then the claims.
    ``group_by="none"`` keeps that order; document, sector or actor regroup it.
    ``description`` names the query and filters that chose them; it goes into the front
    matter as it is. ``title`` overrides the title made from the documents; ``intro`` is
    the analyst's opening text. ``citations`` is ``notes`` (footnotes) or ``inline``.
    """

    sentence_ids: tuple[int, ...] = ()
    claim_ids: tuple[int, ...] = ()
    lang: Lang = "both"
    group_by: GroupBy = "none"
    with_notes: bool = True
    description: dict[str, str] = field(default_factory=dict)
    title: str = ""
    entries: tuple[Entry, ...] = ()
    intro: str = ""
    citations: Citations = "notes"
    with_cooccurrence: bool = False

    def __post_init__(self) -> None:
        if self.lang not in LANGS:
            raise InputError(f"language {self.lang!r}: use kk, en or both")
        if self.group_by not in GROUPS:
            raise InputError(f"grouping {self.group_by!r}: use document, sector, actor or none")
        if self.citations not in CITATIONS:
            raise InputError(f"citations {self.citations!r}: use notes or inline")

    def order(self) -> tuple[Entry, ...]:
        """The brief's pieces in order: the entries given, or the quotes then the claims."""
        if self.entries:
            return self.entries
        return tuple(("sentence", i) for i in self.sentence_ids) + tuple(
            ("claim", i) for i in self.claim_ids
        )


MAX_INTRO_BYTES = 64 * 1024


def read_intro(path: Path, database: Path | None = None) -> str:
    """The text of an intro file: UTF-8, not too long, never the database itself."""
    raw = read_file(path, limit=MAX_INTRO_BYTES, kind="intro file", database=database)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{path}: the intro file is not UTF-8 text") from None
    return unicodedata.normalize("NFC", text)


def _unique(ids: Any) -> tuple[int, ...]:
    return tuple(dict.fromkeys(int(i) for i in ids))


def selection_request(workspace: Workspace, **options: Any) -> ExportRequest:
    """The quotes, claims and headings of the selection basket, in basket order."""
    items = workspace.selection()
    options.setdefault("description", {"source": "selection"})
    entries: list[Entry] = [
        ("heading", i.heading) if i.heading is not None else (i.kind, i.item_id) for i in items
    ]
    return ExportRequest(
        sentence_ids=_unique(i.sentence_id for i in items if i.sentence_id is not None),
        claim_ids=_unique(i.claim_id for i in items if i.claim_id is not None),
        entries=tuple(entries),
        **options,
    )


def ids_request(
    workspace: Workspace,
    sentence_ids: tuple[int, ...] | list[int],
    claim_ids: tuple[int, ...] | list[int] = (),
    **options: Any,
) -> ExportRequest:
    """Quotes and claims named by id, in the order given; an unknown id is an error."""
    quotes = _unique(sentence_ids)
    claims = _unique(claim_ids)
    found = {q.id for q in workspace.quotes_by_id(quotes)}
    for quote_id in quotes:
        if quote_id not in found:
            raise NotFoundError(f"no quote with id {quote_id}")
    for claim_id in claims:
        workspace.claim(claim_id)
    return ExportRequest(sentence_ids=quotes, claim_ids=claims, **options)


def search_request(
    workspace: Workspace,
    query: str,
    *,
    limit: int = 1000,
    claim_ids: tuple[int, ...] | list[int] = (),
    glossary: bool = True,
    **options: Any,
) -> ExportRequest:
    """The quotes a search finds, best first (the query syntax of the search box)."""
    if not query.strip():
        raise InputError("the search query is empty")
    found = workspace.search_ids(query, limit=limit, glossary=glossary)
    options.setdefault("description", {"source": "query", "query": query})
    return ids_request(workspace, found, claim_ids, **options)


def filter_request(
    workspace: Workspace,
    request: ExportRequest,
    *,
    sector: str | None = None,
    actor: str | None = None,
) -> ExportRequest:
    """Keep the quotes and claims tagged with ``sector`` and ``actor``.

    A parent actor includes its children: ``usa`` keeps a quote tagged ``trump``.
    """
    families = [workspace.tag_family(tag_id) for tag_id in (sector, actor) if tag_id]
    if not families:
        return request

    def keep(tags: set[str]) -> bool:
        return all(family & tags for family in families)

    quotes = [
        q.id for q in workspace.quotes_by_id(request.sentence_ids) if keep({t.tag for t in q.tags})
    ]
    claim_tags = {c.id: {t.tag for t in c.tags} for c in workspace.claims()}
    kept_claims = [i for i in request.claim_ids if i in claim_tags and keep(claim_tags[i])]
    kept = {("sentence", i) for i in quotes} | {("claim", i) for i in kept_claims}
    entries = tuple(e for e in request.entries if e[0] == "heading" or e in kept)
    description = dict(request.description)
    if sector:
        description["sector"] = sector
    if actor:
        description["actor"] = actor
    return replace(
        request,
        sentence_ids=tuple(quotes),
        claim_ids=tuple(kept_claims),
        entries=entries,
        description=description,
    )


def build_request(
    workspace: Workspace,
    *,
    from_selection: bool = False,
    query: str | None = None,
    ids: str | None = None,
    claims: str | None = None,
    sector: str | None = None,
    actor: str | None = None,
    limit: int = 1000,
    glossary: bool = True,
    **options: Any,
) -> ExportRequest:
    """The request a front end's options describe: the selection (default), a search, or ids.

    ``ids`` and ``claims`` are the text typed (``57,12,3``); ``sector`` and ``actor`` keep
    only what carries those tags; ``glossary`` is the search's glossary switch. Nothing to
    export is an error saying why.
    """
    if from_selection + (query is not None) + (ids is not None) > 1:
        raise InputError("choose one of --selection, --query and --ids")
    claim_ids = parse_ids(claims, "--claims", "claim") if claims is not None else []
    if ids is not None:
        quote_ids = parse_ids(ids, "--ids", "quote")
        description = {"source": "ids", "ids": ",".join(map(str, quote_ids))}
        request = ids_request(workspace, quote_ids, claim_ids, description=description, **options)
        empty = "no quotes given"
    elif query is not None:
        text = query + "".join(f" {k}:{v}" for k, v in (("sector", sector), ("actor", actor)) if v)
        for tag_id in (sector, actor):
            if tag_id:
                workspace.require_tag(tag_id)
        request = search_request(
            workspace,
            text,
            limit=limit,
            claim_ids=claim_ids,
            glossary=glossary,
            # Said only when off: the brief then lacks the glossary's hits.
            description={
                "source": "query",
                "query": query,
                **({} if glossary else {"glossary": "off"}),
            },
            **options,
        )
        empty = f"no quotes match {query!r}"
    else:
        request = selection_request(workspace, **options)
        if claim_ids:
            for claim_id in claim_ids:
                workspace.claim(claim_id)
            extra = tuple(i for i in claim_ids if i not in request.claim_ids)
            request = dataclasses.replace(
                request,
                claim_ids=request.claim_ids + extra,
                entries=request.entries + tuple(("claim", i) for i in extra),
            )
        empty = "the selection is empty; select quotes with 'c5tui select ID…'"
    before = bool(request.sentence_ids or request.claim_ids)
    request = filter_request(workspace, request, sector=sector, actor=actor)
    if claims is not None:
        description = {**request.description, "claims": ",".join(map(str, request.claim_ids))}
        request = dataclasses.replace(request, description=description)
    if not (request.sentence_ids or request.claim_ids):
        if before:
            empty = "no quotes or claims carry the tags asked for (--sector, --actor)"
        raise InputError(f"nothing to export: {empty}")
    return request
