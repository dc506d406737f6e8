"""Markdown export with citations: front matter, quotes in both languages, claims, sources.

The output is CommonMark with YAML front matter. Quotes, titles and notes are escaped
(see :mod:`c5tui.export.escape`), so what a Markdown renderer shows is what is stored.
The same request gives the same bytes, apart from ``exported_at``.
"""

from __future__ import annotations

from c5tui.export.escape import escape_block, escape_inline
from c5tui.export.frontmatter import front_matter
from c5tui.export.gather import ExportData, gather
from c5tui.export.request import (
    ExportRequest,
    GroupBy,
    Lang,
    filter_request,
    ids_request,
    search_request,
    selection_request,
)
from c5tui.model import Claim, Document, Note, Sentence, TagRef
from c5tui.store.clock import now
from c5tui.workspace import Workspace

__all__ = [
    "ExportRequest",
    "GroupBy",
    "Lang",
    "filter_request",
    "ids_request",
    "render_markdown",
    "search_request",
    "selection_request",
]

UNTAGGED = "Untagged"


def render_markdown(
    workspace: Workspace, request: ExportRequest, *, exported_at: str | None = None
) -> str:
    """The Markdown document for a request; ``exported_at`` defaults to now (UTC)."""
    data = gather(workspace, request)
    return _Renderer(data, request, exported_at or now()).render()


def document_title(document: Document, lang: str) -> str:
    """The title to cite: the English one for an English-only export, if there is one."""
    return (document.title_en or document.title) if lang == "en" else document.title


def export_title(data: ExportData, request: ExportRequest) -> str:
    if request.title:
        return request.title
    sources = data.sources()
    if len(sources) == 1:
        document = sources[0]
        return f"{document.outlet}, {document.cited_date}: {document.title_en or document.title}"
    if sources:
        return f"Evidence from {len(sources)} documents"
    return "c5tui export"


class _Renderer:
    def __init__(self, data: ExportData, request: ExportRequest, exported_at: str) -> None:
        self.data = data
        self.request = request
        self.exported_at = exported_at
        self.tags = data.tags

    # -- the document ---------------------------------------------------------------------

    def render(self) -> str:
        blocks = [self.front_matter().rstrip("\n"), f"# {escape_inline(self.title())}"]
        for heading, quotes in self.groups():
            if heading is not None:
                blocks.append(f"## {escape_inline(heading)}")
            for quote in quotes:
                blocks.extend(self.quote(quote))
        if self.data.claims:
            blocks.append("## Claims")
            for claim in self.data.claims:
                blocks.extend(self.claim(claim))
        sources = self.data.sources()
        if sources:
            blocks.append("## Sources")
            blocks.append("\n".join(self.source(d) for d in sources))
        return "\n\n".join(blocks) + "\n"

    def title(self) -> str:
        return export_title(self.data, self.request)

    def front_matter(self) -> str:
        description = dict(self.request.description)
        query = description.pop("query", None)
        sources = self.data.sources()
        outlets = list(dict.fromkeys(d.outlet for d in sources))
        return front_matter(
            {
                "title": self.title(),
                "outlet": ", ".join(outlets),
                "documents": [
                    {"title": d.title, "title_en": d.title_en, "date": d.date, "url": d.url}
                    for d in sources
                ],
                "exported_at": self.exported_at,
                "query": query,
                "filters": description,
                "lang": self.request.lang,
                "group_by": self.request.group_by,
                "counts": {
                    "quotes": len(self.data.quotes),
                    "claims": len(self.data.claims),
                    "notes": self.data.note_count(),
                },
            }
        )

    # -- grouping -------------------------------------------------------------------------

    def groups(self) -> list[tuple[str | None, list[Sentence]]]:
        quotes = list(self.data.quotes)
        group_by = self.request.group_by
        if group_by == "none":
            return [(None, quotes)] if quotes else []
        if group_by == "document":
            documents = sorted(
                {q.document_id for q in quotes},
                key=lambda i: (self.data.documents[i].date or "", i),
            )
            return [
                (
                    self.document_heading(self.data.documents[i]),
                    [q for q in quotes if q.document_id == i],
                )
                for i in documents
            ]
        groups: list[tuple[str | None, list[Sentence]]] = []
        for tag in self.data.codebook:
            if tag.kind != group_by:
                continue
            members = [q for q in quotes if any(t.tag == tag.id for t in q.tags)]
            if members:
                groups.append((tag.label_en, members))
        untagged = [q for q in quotes if not any(t.kind == group_by for t in q.tags)]
        if untagged:
            groups.append((UNTAGGED, untagged))
        return groups

    def document_heading(self, document: Document) -> str:
        title = document_title(document, self.request.lang)
        return f"«{title}» — {document.outlet}, {document.cited_date}"

    # -- one quote ------------------------------------------------------------------------

    def texts(self, quote: Sentence) -> list[str]:
        lang = self.request.lang
        if lang == "kk" or (lang == "en" and quote.en is None):
            return [quote.kk]
        if lang == "en":
            return [quote.en or ""]
        return [quote.kk] if quote.en is None else [quote.kk, quote.en]

    def quote(self, quote: Sentence) -> list[str]:
        blocks = [escape_block(text, "> ") for text in self.texts(quote)]
        blocks.append(self.citation(quote))
        items = []
        tags = self.tag_line(quote.tags)
        if tags:
            items.append(f"- {escape_inline(tags)}")
        for claim in self.data.quote_claims.get(quote.id, ()):
            items.append(escape_block(claim.statement, f"- Claim ({claim.qualified_kind}): ", "  "))
        items.extend(self.note(n) for n in self.data.quote_notes.get(quote.id, ()))
        if items:
            blocks.append("\n".join(items))
        return blocks

    def citation(self, quote: Sentence) -> str:
        document = self.data.documents[quote.document_id]
        title = document_title(document, self.request.lang)
        text = (
            f"— {quote.speaker}, {quote.role} · {document.outlet}, {document.cited_date}, «{title}»"
            f" · {quote.locator} · id {quote.id}"
        )
        return escape_inline(text)

    def tag_line(self, refs: tuple[TagRef, ...]) -> str:
        parts = []
        for kind, name in (("sector", "Sectors"), ("actor", "Actors")):
            labels = [t.label_en for t in self.data.ordered(refs, kind)]
            if labels:
                parts.append(f"{name}: {', '.join(labels)}")
        return " · ".join(parts)

    def note(self, note: Note) -> str:
        when = note.created_at[:10]
        if note.updated_at[:10] != when:
            when += f", edited {note.updated_at[:10]}"
        if note.conflict:
            when += ", conflict"
        return escape_block(note.body, f"- Note ({escape_inline(when)}): ", "  ")

    # -- claims and sources ---------------------------------------------------------------

    def claim(self, claim: Claim) -> list[str]:
        blocks = [
            f"### Claim {escape_inline(claim.key)} ({claim.qualified_kind})",
            escape_block(claim.statement),
        ]
        items = []
        for sentence_id in claim.sentence_ids:
            quote = self.data.cited.get(sentence_id)
            if quote is not None:
                # A claim may be stated in several documents: each quote cites its own.
                document = self.data.documents[quote.document_id]
                items.append(
                    "- "
                    + escape_inline(
                        f"Stated in {quote.locator} · id {quote.id} — {quote.speaker},"
                        f" {quote.role} · {document.outlet}, {document.cited_date}"
                    )
                )
        tags = self.tag_line(claim.tags)
        if tags:
            items.append(f"- {escape_inline(tags)}")
        items.extend(self.note(n) for n in self.data.claim_notes.get(claim.id, ()))
        if items:
            blocks.append("\n".join(items))
        return blocks

    def source(self, document: Document) -> str:
        text = f"{document.outlet}, {document.cited_date}: «{document.title}»"
        if document.title_en:
            text += f" (“{document.title_en}”)"
        text += f" · {document.source_name} · sha256 {document.content_hash[:16]}"
        line = "- " + escape_inline(text)
        if document.url:
            line += " · " + _url(document.url)
        return line


def _url(url: str) -> str:
    """An autolink for a plain web address; anything else as escaped text."""
    if url.startswith(("http://", "https://")) and not any(c in url for c in " <>\t\n\"'`"):
        return f"<{url}>"
    return escape_inline(url)
