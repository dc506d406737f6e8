"""Frozen data objects a parser makes of a source: the document, before it is stored."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any, TypeVar

from c5tui.model import DocumentKind, Role

T = TypeVar("T")


def pickled_as_fields(cls: type[T]) -> type[T]:
    """Pickle a frozen slotted dataclass as its class and field values: a bulk import sends
    every parsed article from a worker process, thousands of these each, and the default
    (a state set one field at a time after creation) takes twice as long both ways."""
    names = tuple(f.name for f in fields(cls))  # type: ignore[arg-type]

    def reduce(self: T) -> tuple[type[T], tuple[Any, ...]]:
        return cls, tuple([getattr(self, name) for name in names])

    setattr(cls, "__reduce__", reduce)  # noqa: B010 (mypy: a method cannot be assigned)
    return cls


@pickled_as_fields
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


@pickled_as_fields
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


@pickled_as_fields
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
