"""Everything an export shows, read from the store once: quotes, claims, notes, sources."""

from __future__ import annotations

from dataclasses import dataclass

from c5tui.errors import NotFoundError
from c5tui.export.request import ExportRequest
from c5tui.model import Claim, Document, Note, Sentence, Tag, TagRef
from c5tui.tagging.cooccur import Matrix
from c5tui.workspace import Workspace


@dataclass(frozen=True)
class ExportData:
    """The quotes and claims of a request with what is cited alongside them."""

    quotes: tuple[Sentence, ...]
    claims: tuple[Claim, ...]
    documents: dict[int, Document]
    codebook: tuple[Tag, ...]
    quote_claims: dict[int, tuple[Claim, ...]]
    quote_notes: dict[int, tuple[Note, ...]]
    claim_notes: dict[int, tuple[Note, ...]]
    cited: dict[int, Sentence]
    cooccurrence: Matrix | None = None

    def claim(self, claim_id: int) -> Claim | None:
        return next((c for c in self.claims if c.id == claim_id), None)

    @property
    def tags(self) -> dict[str, Tag]:
        return {t.id: t for t in self.codebook}

    def ordered(self, refs: tuple[TagRef, ...], kind: str) -> list[Tag]:
        """The tags of one kind among ``refs``, in codebook order."""
        ids = {r.tag for r in refs if r.kind == kind}
        return [t for t in self.codebook if t.id in ids]

    def sources(self) -> list[Document]:
        """The documents quoted or claimed from, by date then id."""
        used = {q.document_id for q in self.quotes} | {c.document_id for c in self.claims}
        used |= {q.document_id for q in self.cited.values()}  # claims stated elsewhere too
        return sorted((self.documents[i] for i in used), key=lambda d: (d.date or "", d.id))

    def note_count(self) -> int:
        return sum(len(self.quote_notes.get(q.id, ())) for q in self.quotes) + sum(
            len(self.claim_notes.get(c.id, ())) for c in self.claims
        )


def gather(workspace: Workspace, request: ExportRequest) -> ExportData:
    """Read what the request names; an id that does not exist is an error."""
    sentence_ids = list(dict.fromkeys(request.sentence_ids))
    quotes = workspace.quotes_by_id(sentence_ids)
    found = {q.id for q in quotes}
    for quote_id in sentence_ids:
        if quote_id not in found:
            raise NotFoundError(f"no quote with id {quote_id}")
    all_claims = workspace.claims()
    by_id = {c.id: c for c in all_claims}
    claims = []
    for claim_id in dict.fromkeys(request.claim_ids):
        if claim_id not in by_id:
            raise NotFoundError(f"no claim with id {claim_id}")
        claims.append(by_id[claim_id])
    quote_claims: dict[int, list[Claim]] = {}
    for claim in all_claims:
        for sentence_id in claim.sentence_ids:
            if sentence_id in found:
                quote_claims.setdefault(sentence_id, []).append(claim)
    quote_notes: dict[int, list[Note]] = {}
    claim_notes: dict[int, list[Note]] = {}
    if request.with_notes:
        for note in sorted(workspace.all_notes(), key=lambda n: (n.created_at, n.id)):
            if note.sentence_id is not None:
                quote_notes.setdefault(note.sentence_id, []).append(note)
            elif note.claim_id is not None:
                claim_notes.setdefault(note.claim_id, []).append(note)
    cited_ids = sorted({i for c in claims for i in c.sentence_ids})
    matrix = None
    if request.with_cooccurrence:
        matrix = workspace.cooccurrence("actor", "sector", within=[*found, *cited_ids])
    return ExportData(
        quotes=tuple(quotes),
        claims=tuple(claims),
        documents={d.id: d for d in workspace.documents()},
        codebook=tuple(workspace.codebook()),
        quote_claims={k: tuple(v) for k, v in quote_claims.items()},
        quote_notes={k: tuple(v) for k, v in quote_notes.items()},
        claim_notes={k: tuple(v) for k, v in claim_notes.items()},
        cited={q.id: q for q in workspace.quotes_by_id(cited_ids)},
        cooccurrence=matrix,
    )
