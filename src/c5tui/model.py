"""Frozen data objects shared by every layer: what the store returns and the views show.

A parsed source is in :mod:`c5tui.parsed`; a person's work as a backup holds it, in
:mod:`c5tui.work_records` (loaded by what needs them, not by opening the TUI).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Role = Literal["lead", "narration", "question", "answer", "quote"]
DocumentKind = Literal["interview", "news", "commentary"]
ROLES: tuple[Role, ...] = ("lead", "narration", "question", "answer", "quote")
DOCUMENT_KINDS: tuple[DocumentKind, ...] = ("interview", "news", "commentary")
UNKNOWN_OUTLET = "unknown"
Side = Literal["kk", "en"]
TagKind = Literal["sector", "actor"]
TagSource = Literal["curated", "auto", "user"]
ClaimKind = Literal["fact", "statistic", "forecast", "opinion", "recommendation"]


@dataclass(frozen=True, slots=True)
class Document:
    id: int
    title: str
    title_en: str | None
    date: str | None  # None: the source does not tell it
    outlet: str
    url: str | None
    source_name: str
    content_hash: str
    interviewee: str
    sentence_count: int = 0
    kind: DocumentKind = "interview"
    author: str | None = None
    speaker_en: str | None = None  # the English name the user gave the document's speaker

    @property
    def date_label(self) -> str:
        """The date as shown to people: ``date unknown`` when the source did not tell it."""
        return self.date or "date unknown"

    @property
    def cited_date(self) -> str:
        """The date in a citation: ``n.d.`` (no date) when the source did not tell it."""
        return self.date or "n.d."


@dataclass(frozen=True, slots=True)
class TagRef:
    """A tag as attached to one sentence or claim, with where it came from."""

    tag: str
    kind: TagKind
    source: TagSource
    evidence: str | None = None


class Tagged:
    """Sector and actor tag ids of a tagged quote or claim (its ``tags``)."""

    __slots__ = ()
    tags: tuple[TagRef, ...]

    @property
    def sectors(self) -> list[str]:
        return sorted({t.tag for t in self.tags if t.kind == "sector"})

    @property
    def actors(self) -> list[str]:
        return sorted({t.tag for t in self.tags if t.kind == "actor"})


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where a sentence's translation came from, and whether a person has read it.

    ``origin`` is ``bundled``, ``aligned`` (from a twin article), ``keyed`` (from a
    key<TAB>text file) or ``typed`` (in the TUI or with ``translation set``).
    """

    origin: str
    source: str | None = None
    confidence: float | None = None
    needs_review: bool = False
    reviewed: bool = False
    updated_at: str = ""

    @property
    def wants_reading(self) -> bool:
        """The aligner asked for this link to be read, and no one has yet."""
        return self.needs_review and not self.reviewed

    @property
    def summary(self) -> str:
        """``aligned 0.82 needs review``, ``typed reviewed``, ``keyed unreviewed``."""
        words = [self.origin]
        if self.confidence is not None:
            words.append(f"{self.confidence:.2f}")
        if self.reviewed:
            words.append("reviewed")
        else:
            words.append("needs review" if self.needs_review else "unreviewed")
        return " ".join(words)


@dataclass(frozen=True, slots=True)
class Share:
    """How much of a document is translated into a language, and how much of that read."""

    sentences: int
    translated: int
    reviewed: int

    @property
    def label(self) -> str:
        """``12/40 in English · 5 reviewed``, or ``0/40 in English`` with none at all."""
        label = f"{self.translated}/{self.sentences} in English"
        return f"{label} · {self.reviewed} reviewed" if self.translated else label


@dataclass(frozen=True, slots=True)
class Sentence(Tagged):
    """One stored quote with its place in the source and its tags."""

    id: int
    document_id: int
    key: str
    position: int
    paragraph: int
    sentence: int
    turn: int
    role: Role
    speaker: str
    kk: str
    en: str | None
    start: int
    end: int
    tags: tuple[TagRef, ...] = ()
    selected: bool = False
    note_count: int = 0
    # Curated and auto tags the user took off: not in ``tags``, but worth showing.
    removed_tags: tuple[TagRef, ...] = ()
    # Where ``en`` came from; None when the sentence has no English.
    en_provenance: Provenance | None = None

    @property
    def locator(self) -> str:
        """Human citation of the place in the source, e.g. ``¶12 s3``."""
        return f"¶{self.paragraph} s{self.sentence}"

    @property
    def wants_translation_work(self) -> bool:
        """No English yet, or English the aligner asked a person to read."""
        return self.en is None or bool(self.en_provenance and self.en_provenance.wants_reading)


@dataclass(frozen=True, slots=True)
class Tag:
    """A codebook entry."""

    id: str
    kind: TagKind
    label_kk: str
    label_en: str
    definition: str = ""
    aliases: tuple[str, ...] = ()
    parent: str | None = None
    colour: str | None = None
    origin: str = "codebook"

    def definition_json(self) -> dict[str, object]:
        """The codebook entry as JSON-ready fields (as in codebook.toml)."""
        return {
            "id": self.id,
            "kind": self.kind,
            "label_kk": self.label_kk,
            "label_en": self.label_en,
            "definition": self.definition,
            "aliases": list(self.aliases),
            "parent": self.parent,
            "colour": self.colour,
        }


@dataclass(frozen=True, slots=True)
class Claim(Tagged):
    id: int
    document_id: int
    key: str
    statement: str
    kind: ClaimKind
    sentence_ids: tuple[int, ...] = ()
    tags: tuple[TagRef, ...] = ()
    selected: bool = False
    note_count: int = 0
    # asserted, hedged, expected, conditional or reported (c5tui.tagging.certainty);
    # None only until the workspace has read it from the quotes
    certainty: str | None = None

    @property
    def qualified_kind(self) -> str:
        """The kind, with the certainty when the speaker does more than assert it."""
        if self.certainty in (None, "asserted"):
            return self.kind
        return f"{self.kind}, {self.certainty}"


@dataclass(frozen=True, slots=True)
class ClaimSuggestion:
    """A claim the importer found in a quote, waiting for the analyst's review."""

    id: int
    document_id: int
    sentence_id: int
    kind: str  # statistic, forecast or recommendation
    certainty: str
    statement: str
    evidence: str  # the words that made it a suggestion
    status: str = "suggested"  # or accepted, dismissed
    claim_id: int | None = None


@dataclass(frozen=True, slots=True)
class Note:
    id: int
    sentence_id: int | None
    claim_id: int | None
    body: str
    created_at: str
    updated_at: str
    conflict: bool = False


@dataclass(frozen=True, slots=True)
class Hit:
    """One search result: which sentence, how good, which side matched and where."""

    sentence_id: int
    score: float
    matched: Side
    spans: tuple[tuple[int, int], ...] = field(default=())
    kk_spans: tuple[tuple[int, int], ...] = field(default=())
    en_spans: tuple[tuple[int, int], ...] = field(default=())
    # (query term, word of the text) for each glossary rendering found: «uranium», «уранды».
    glossary: tuple[tuple[str, str], ...] = field(default=())


@dataclass(frozen=True, slots=True)
class Outline:
    """A document's sentences in order without their text: enough to lay out a long view.

    Index ``i`` is the sentence at document position ``i + 1``. Lengths are in
    characters; an untranslated sentence has an English length of 0.
    """

    document_id: int
    ids: tuple[int, ...] = ()
    paragraphs: tuple[int, ...] = ()
    turns: tuple[int, ...] = ()
    kk_lengths: tuple[int, ...] = ()
    en_lengths: tuple[int, ...] = ()

    def __len__(self) -> int:
        return len(self.ids)
