"""Frozen data objects shared by every layer: parsed documents and what the store returns."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

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
class Voice:
    """Who speaks a sentence and in which role: the outlet's narration, a quote, an answer."""

    role: Role
    speaker: str


@dataclass(frozen=True, slots=True)
class ParsedTurn:
    """A run of sentences spoken by one speaker in one role.

    ``paragraphs`` are the paragraphs the run touches; ``sentences`` are (paragraph index,
    sentence index) pairs into the document's paragraphs, in order.
    """

    role: Role
    speaker: str
    paragraphs: tuple[ParsedParagraph, ...]
    sentences: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class ParsedDocument:
    """A whole article, ready to be written to the store.

    ``body`` holds the paragraphs in source order and ``voices`` the voice of each of
    their sentences (one tuple per paragraph); turns are the runs of equal voices.
    ``date`` is ``None`` when the source does not tell it: it is never guessed.
    """

    title: str
    date: str | None
    outlet: str
    dateline: str
    interviewee: str
    correspondent: str
    source_name: str
    source_text: str
    content_hash: str
    body: tuple[ParsedParagraph, ...]
    voices: tuple[tuple[Voice, ...], ...]
    kind: DocumentKind = "interview"
    url: str | None = None
    author: str | None = None
    source_format: str = "kazinform"

    def paragraphs(self) -> list[ParsedParagraph]:
        return list(self.body)

    def sentences(self) -> list[ParsedSentence]:
        return [s for p in self.body for s in p.sentences]

    @property
    def turns(self) -> tuple[ParsedTurn, ...]:
        """The runs of sentences with one voice; a new dash-opened paragraph starts a run."""
        runs: list[tuple[Voice, list[tuple[int, int]]]] = []
        for p_index, (paragraph, voices) in enumerate(zip(self.body, self.voices, strict=True)):
            for s_index, voice in enumerate(voices):
                opens = s_index == 0 and bool(paragraph.marker)
                if runs and runs[-1][0] == voice and not opens:
                    runs[-1][1].append((p_index, s_index))
                else:
                    runs.append((voice, [(p_index, s_index)]))
        turns = []
        for voice, members in runs:
            touched = tuple(self.body[i] for i in dict.fromkeys(p for p, _ in members))
            turns.append(ParsedTurn(voice.role, voice.speaker, touched, tuple(members)))
        return tuple(turns)

    def speakers(self) -> list[str]:
        """Everyone quoted or answering, in order of first appearance."""
        found = [v.speaker for vs in self.voices for v in vs if v.role in ("quote", "answer")]
        return list(dict.fromkeys(found))


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


# The record types of a work backup, in the order a merge writes them.
# Tags and claims come before what may be on them: a note on a claim you made needs the claim.
WORK_RECORD_TYPES = (
    "tag_def",
    "tag_edit",
    "candidate",
    "claim",
    "suggestion",
    "tag",
    "note",
    "selection",
    "translation",
)


@dataclass(frozen=True, slots=True)
class WorkRecord:
    """One checked line of a work backup: its line number, type and JSON object."""

    line: int
    type: str
    data: dict[str, Any]


@dataclass
class MergeResult:
    """What a merge did, for the one-line summary."""

    tag_defs: int = 0
    tags: int = 0
    notes: int = 0
    selection: int = 0
    translations: int = 0
    translation_conflicts: int = 0
    tag_edits: int = 0
    candidates: int = 0
    claims: int = 0
    verdicts: int = 0
    claim_conflicts: int = 0
    conflicts: int = 0
    tag_conflicts: int = 0
    unchanged: int = 0
    skipped: int = 0
    unknown_documents: int = 0

    @property
    def changed(self) -> bool:
        return bool(
            self.tag_defs
            or self.tags
            or self.notes
            or self.selection
            or self.translations
            or self.tag_edits
            or self.candidates
            or self.claims
            or self.verdicts
        )

    def summary(self, name: str) -> str:
        english = f", {self.translations} English sentences" if self.translations else ""
        if self.translation_conflicts:
            english += f" ({self.translation_conflicts} differing from yours: yours kept)"
        decisions = ""
        if self.tag_edits or self.candidates or self.claims or self.verdicts:
            decisions = (
                f", {self.tag_edits} codebook edits, {self.candidates} candidate decisions,"
                f" {self.claims} claims, {self.verdicts} claim verdicts"
            )
        if self.claim_conflicts:
            decisions += (
                f" ({self.claim_conflicts} claims, verdicts or codebook decisions"
                " differing from yours: yours kept)"
            )
        return (
            f"{name}: added {self.tag_defs} codebook tags, {self.tags} tag decisions,"
            f" {self.notes} notes, {self.selection} selection items{english}{decisions};"
            f" {self.conflicts} conflicting notes kept and flagged;"
            f" {self.tag_conflicts} differing tag decisions (yours kept);"
            f" {self.unchanged} already present;"
            f" {self.skipped} skipped ({self.unknown_documents} unknown documents)"
        )


# -- the user's work as a backup reads it ------------------------------------------------

# A quote or claim across databases: its document's content hash, and its key there.
WorkRef = tuple[str, str]

# A decision on a candidate actor: name key, label, decision, tag id, when.
CandidateDecision = tuple[str, str, str, str | None, str]


@dataclass(frozen=True, slots=True)
class TagDecision:
    """The user's decision on one tag of a quote or claim: added, or removed."""

    owner: str  # sentence or claim
    ref: WorkRef
    tag: str
    removed: bool
    evidence: str | None


@dataclass(frozen=True, slots=True)
class StoredNote:
    owner: str
    ref: WorkRef
    body: str
    created_at: str
    updated_at: str
    conflict: bool


@dataclass(frozen=True, slots=True)
class UserTranslation:
    """English that is the user's work: typed by them, or reviewed by them."""

    ref: WorkRef
    lang: str
    text: str
    provenance: Provenance


@dataclass(frozen=True, slots=True)
class ClaimState:
    """What a claim says and which quotes state it, comparable across databases."""

    statement: str
    kind: str
    certainty: str | None
    quotes: tuple[WorkRef, ...]  # sorted

    def same_words(self, other: ClaimState) -> bool:
        return (self.statement, self.kind, self.certainty) == (
            other.statement,
            other.kind,
            other.certainty,
        )


@dataclass(frozen=True, slots=True)
class StoredClaim:
    id: int
    ref: WorkRef
    source: str
    created_at: str
    state: ClaimState
