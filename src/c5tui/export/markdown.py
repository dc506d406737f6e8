"""The brief: a cited Markdown document in the basket's order, English first when asked.

Front matter, a title and the analyst's intro, then the pieces in order: section headings,
quotes (Kazakh and/or English) and claims with the words of the quotes that state them,
each with a footnote citation (``[^1]``, the Pandoc/GitHub/Obsidian extension of
CommonMark), the analyst's notes under what they belong to, the sources, the notes.
Stored text is escaped (see :mod:`c5tui.export.escape`), so what a renderer shows is what
is stored. The same request gives the same bytes, apart from ``exported_at``.
"""

from __future__ import annotations

from dataclasses import dataclass

from c5tui.clock import now
from c5tui.export.citation import Citer, anchor
from c5tui.export.english import english_counts
from c5tui.export.escape import escape_block, escape_inline
from c5tui.export.frontmatter import front_matter
from c5tui.export.gather import ExportData, gather
from c5tui.export.request import (
    Entry,
    ExportRequest,
    GroupBy,
    Lang,
    filter_request,
    ids_request,
    search_request,
    selection_request,
)
from c5tui.model import Claim, Document, Note, Sentence
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
NOTE_LABEL = "Analyst's note"


@dataclass(frozen=True, slots=True)
class Brief:
    """A rendered brief with what it holds, for a preview to tell the user."""

    markdown: str
    quotes: int
    claims: int
    notes: int
    untranslated: tuple[Sentence, ...]


def render_brief(
    workspace: Workspace, request: ExportRequest, *, exported_at: str | None = None
) -> Brief:
    """The brief for a request with its counts; ``exported_at`` defaults to now (UTC)."""
    data = gather(workspace, request)
    markdown = _Renderer(data, request, exported_at or now()).render()
    return Brief(
        markdown,
        len(data.quotes),
        len(data.claims),
        data.note_count(),
        tuple(untranslated(data, request)),
    )


def render_markdown(
    workspace: Workspace, request: ExportRequest, *, exported_at: str | None = None
) -> str:
    """The Markdown brief for a request; ``exported_at`` defaults to now (UTC)."""
    return render_brief(workspace, request, exported_at=exported_at).markdown


def export_title(data: ExportData, request: ExportRequest) -> str:
    if request.title.strip():
        return " ".join(request.title.split())
    sources = data.sources()
    if len(sources) == 1:
        document = sources[0]
        citer = Citer(request.lang)
        title = document.title if request.lang == "kk" else document.title_en or document.title
        return f"{document.outlet}, {citer.date(document)}: {title}"
    if sources:
        return f"Evidence from {len(sources)} documents"
    return "c5tui export"


def untranslated(data: ExportData, request: ExportRequest) -> list[Sentence]:
    """The quotes in the brief (claims' quotes too) that have no English yet, in order."""
    seen: dict[int, Sentence] = {}
    quotes = {q.id: q for q in data.quotes}
    for kind, value in request.order():
        if kind == "sentence" and isinstance(value, int) and value in quotes:
            seen.setdefault(value, quotes[value])
        elif kind == "claim" and isinstance(value, int):
            claim = data.claim(value)
            for sentence_id in claim.sentence_ids if claim else ():
                quote = data.cited.get(sentence_id)
                if quote is not None:
                    seen.setdefault(sentence_id, quote)
    return [q for q in seen.values() if q.en is None]


Section = tuple[str | None, list[Entry]]


class _Renderer:
    def __init__(self, data: ExportData, request: ExportRequest, exported_at: str) -> None:
        self.data = data
        self.request = request
        self.exported_at = exported_at
        self.citer = Citer(request.lang)
        self.quotes = {q.id: q for q in data.quotes}
        self.footnotes: list[str] = []
        self.cited_speakers: set[tuple[int, str]] = set()

    # -- the document ---------------------------------------------------------------------

    def render(self) -> str:
        blocks = [self.front_matter().rstrip("\n"), f"# {escape_inline(self.title())}"]
        blocks.extend(self.intro())
        blocks.extend(self.cooccurrence())
        for heading, entries in self.sections():
            if heading is not None:
                blocks.append(f"## {escape_inline(heading)}")
            for kind, value in entries:
                if kind == "sentence" and isinstance(value, int):
                    blocks.extend(self.quote(self.quotes[value]))
                elif kind == "claim" and isinstance(value, int):
                    claim = self.data.claim(value)
                    if claim is not None:
                        blocks.extend(self.claim(claim))
        sources = self.data.sources()
        if sources:
            blocks.append("## Sources")
            blocks.append("\n".join(self.source(d) for d in sources))
        blocks.extend(f"[^{n}]: {text}" for n, text in enumerate(self.footnotes, start=1))
        return "\n\n".join(blocks) + "\n"

    def title(self) -> str:
        return export_title(self.data, self.request)

    def intro(self) -> list[str]:
        """The analyst's intro, paragraph by paragraph, shown as written."""
        text = self.request.intro.replace("\r\n", "\n").strip("\n")
        paragraphs = [p.strip("\n") for p in text.split("\n\n") if p.strip()]
        return [escape_block(p) for p in paragraphs]

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
                "citations": self.request.citations,
                "counts": self.counts(),
            }
        )

    def counts(self) -> dict[str, object]:
        counts: dict[str, object] = {
            "quotes": len(self.data.quotes),
            "claims": len(self.data.claims),
            "notes": self.data.note_count(),
        }
        english = english_counts(self.data.quotes, self.request.lang)
        if english is not None:
            counts["english"] = english
        return counts

    def cooccurrence(self) -> list[str]:
        """Actors × sectors over the brief's quotes, as a small (GFM/Pandoc) pipe table."""
        matrix = self.data.cooccurrence
        if matrix is None or not matrix.rows:
            return []
        head = ["Actor", *(t.label_en for t in matrix.cols)]
        lines = [
            "| " + " | ".join(escape_inline(h) for h in head) + " |",
            "|" + "|".join(["---", *("--:" for _ in matrix.cols)]) + "|",
        ]
        for tag, counts in zip(matrix.rows, matrix.counts, strict=True):
            cells = [escape_inline(tag.label_en), *(str(n) if n else "·" for n in counts)]
            lines.append("| " + " | ".join(cells) + " |")
        noun = "quote" if matrix.quotes == 1 else "quotes"
        note = (
            f"How many of the brief's {matrix.quotes} tagged {noun} name each actor in each"
            " sector (a person counts for their country)."
        )
        return ["## Actors and sectors", escape_block(note), "\n".join(lines)]

    # -- sections -------------------------------------------------------------------------

    def sections(self) -> list[Section]:
        """The pieces under their headings: the basket's own, or the grouping asked for."""
        order = self.request.order()
        group_by = self.request.group_by
        if group_by == "none":
            sections: list[Section] = [(None, [])]
            for kind, value in order:
                if kind == "heading":
                    sections.append((str(value), []))
                else:
                    sections[-1][1].append((kind, value))
            return [s for s in sections if s[1] or s[0] is not None]
        pieces = [e for e in order if e[0] != "heading"]
        if group_by == "document":
            documents = sorted(
                {self.document_of(e).id for e in pieces},
                key=lambda i: (self.data.documents[i].date or "", i),
            )
            return [
                (
                    self.document_heading(self.data.documents[i]),
                    [e for e in pieces if self.document_of(e).id == i],
                )
                for i in documents
            ]
        groups: list[Section] = []
        for tag in self.data.codebook:
            if tag.kind != group_by:
                continue
            members = [e for e in pieces if tag.id in self.tag_ids(e)]
            if members:
                groups.append((tag.label_en, members))
        kinds = {t.id: t.kind for t in self.data.codebook}
        untagged = [e for e in pieces if not any(kinds.get(t) == group_by for t in self.tag_ids(e))]
        if untagged:
            groups.append((UNTAGGED, untagged))
        return groups

    def document_of(self, entry: Entry) -> Document:
        kind, value = entry
        if kind == "sentence":
            return self.data.documents[self.quotes[int(value)].document_id]
        claim = self.data.claim(int(value))
        assert claim is not None
        return self.data.documents[claim.document_id]

    def tag_ids(self, entry: Entry) -> set[str]:
        kind, value = entry
        owner = self.quotes[int(value)] if kind == "sentence" else self.data.claim(int(value))
        return {t.tag for t in owner.tags} if owner is not None else set()

    def document_heading(self, document: Document) -> str:
        return f"{self.citer.title(document)} — {document.outlet}, {self.citer.date(document)}"

    # -- quotes, claims, notes ------------------------------------------------------------

    def texts(self, quote: Sentence) -> list[str]:
        lang = self.request.lang
        if lang == "kk" or quote.en is None:
            return [quote.kk]
        if lang == "en":
            return [quote.en]
        return [quote.kk, quote.en]

    def cite(self, quote: Sentence) -> str:
        """A footnote reference to a new note for ``quote`` (notes style), else ``""``."""
        if self.request.citations != "notes":
            return ""
        document = self.data.documents[quote.document_id]
        # In full the first time a speaker is cited from a document; short after that.
        first = (document.id, quote.speaker) not in self.cited_speakers
        self.cited_speakers.add((document.id, quote.speaker))
        text = escape_inline(self.citer.note(quote, document, first=first))
        if document.url and first:
            text += ", " + _url(document.url)
        self.footnotes.append(f"{text}. {anchor(document, quote.key)}")
        return f"[^{len(self.footnotes)}]"

    def quote_blocks(self, quote: Sentence) -> list[str]:
        """The quote's words as block quotes; the last one carries the citation."""
        blocks = [escape_block(text, "> ") for text in self.texts(quote)]
        blocks[-1] += self.cite(quote)
        if self.request.citations == "inline":
            document = self.data.documents[quote.document_id]
            blocks.append(escape_inline(self.citer.short(quote, document)))
        return blocks

    def quote(self, quote: Sentence) -> list[str]:
        blocks = self.quote_blocks(quote)
        notes = [self.note(n) for n in self.data.quote_notes.get(quote.id, ())]
        if notes:
            blocks.append("\n".join(notes))
        return blocks

    def claim(self, claim: Claim) -> list[str]:
        qualities = ", ".join(self.citer.claim_qualities(claim))
        blocks = [escape_block(claim.statement, f"**Claim** ({escape_inline(qualities)}): ")]
        stated = [self.data.cited[i] for i in claim.sentence_ids if i in self.data.cited]
        for quote in stated:
            blocks.extend(self.quote_blocks(quote))
        if not stated and self.request.citations == "notes":
            document = self.data.documents[claim.document_id]
            cited = escape_inline(self.citer.document_note(document))
            self.footnotes.append(f"{cited}. {anchor(document, claim.key)}")
            blocks[0] += f"[^{len(self.footnotes)}]"
        notes = [self.note(n) for n in self.data.claim_notes.get(claim.id, ())]
        if notes:
            blocks.append("\n".join(notes))
        return blocks

    def note(self, note: Note) -> str:
        when = note.created_at[:10]
        if note.updated_at[:10] != when:
            when += f", edited {note.updated_at[:10]}"
        if note.conflict:
            when += ", conflict"
        return escape_block(note.body, f"- {NOTE_LABEL} ({escape_inline(when)}): ", "  ")

    # -- sources --------------------------------------------------------------------------

    def source(self, document: Document) -> str:
        line = "- " + escape_inline(self.citer.source(document))
        if document.url:
            line += " " + _url(document.url)
        digest = document.content_hash[:16]
        return f"{line} <!-- c5tui source {digest} {_comment(document.source_name)} -->"


def _comment(text: str) -> str:
    """Text that cannot end an HTML comment early."""
    return text.replace("--", "‐‐").replace(">", "›")


def _url(url: str) -> str:
    """An autolink for a plain web address; anything else as escaped text."""
    if url.startswith(("http://", "https://")) and not any(c in url for c in " <>\t\n\"'`"):
        return f"<{url}>"
    return escape_inline(url)
