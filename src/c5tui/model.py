"""Frozen data objects shared by every layer: parsed documents and what the store returns."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Role = Literal["lead", "question", "answer"]
Side = Literal["kk", "en"]
TagKind = Literal["sector", "actor"]
TagSource = Literal["curated", "auto", "user"]
ClaimKind = Literal["fact", "statistic", "forecast", "opinion", "recommendation"]


@dataclass(frozen=True, slots=True)
class ParsedSentence:
    """One sentence as cut from the source text.

    ``text`` is verbatim; ``space_after`` is the whitespace that followed it in the
    paragraph, so that the sentences of a paragraph joined give the paragraph back.
    ``start``/``end`` are character offsets into the normalised source text.
    """

    text: str
    space_after: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class ParsedParagraph:
    """One source line: an optional turn marker (``"— "``) and its sentences."""

    marker: str
    sentences: tuple[ParsedSentence, ...]
    start: int
    end: int

    @property
    def text(self) -> str:
        return self.marker + "".join(s.text + s.space_after for s in self.sentences)


@dataclass(frozen=True, slots=True)
class ParsedTurn:
    """A run of paragraphs spoken by one speaker in one role."""

    role: Role
    speaker: str
    paragraphs: tuple[ParsedParagraph, ...]


@dataclass(frozen=True, slots=True)
class ParsedDocument:
    """A whole article, ready to be written to the store."""

    title: str
    date: str
    outlet: str
    dateline: str
    interviewee: str
    correspondent: str
    source_name: str
    source_text: str
    content_hash: str
    turns: tuple[ParsedTurn, ...]

    def paragraphs(self) -> list[ParsedParagraph]:
        return [p for t in self.turns for p in t.paragraphs]

    def sentences(self) -> list[ParsedSentence]:
        return [s for p in self.paragraphs() for s in p.sentences]


@dataclass(frozen=True, slots=True)
class Document:
    id: int
    title: str
    title_en: str | None
    date: str
    outlet: str
    url: str | None
    source_name: str
    content_hash: str
    interviewee: str
    sentence_count: int = 0


@dataclass(frozen=True, slots=True)
class TagRef:
    """A tag as attached to one sentence or claim, with where it came from."""

    tag: str
    kind: TagKind
    source: TagSource
    evidence: str | None = None


@dataclass(frozen=True, slots=True)
class Sentence:
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

    @property
    def locator(self) -> str:
        """Human citation of the place in the source, e.g. ``¶12 s3``."""
        return f"¶{self.paragraph} s{self.sentence}"

    @property
    def sectors(self) -> list[str]:
        return sorted({t.tag for t in self.tags if t.kind == "sector"})

    @property
    def actors(self) -> list[str]:
        return sorted({t.tag for t in self.tags if t.kind == "actor"})


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
class Claim:
    id: int
    document_id: int
    key: str
    statement: str
    kind: ClaimKind
    sentence_ids: tuple[int, ...] = ()
    tags: tuple[TagRef, ...] = ()
    selected: bool = False
    note_count: int = 0

    @property
    def sectors(self) -> list[str]:
        return sorted({t.tag for t in self.tags if t.kind == "sector"})

    @property
    def actors(self) -> list[str]:
        return sorted({t.tag for t in self.tags if t.kind == "actor"})


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
