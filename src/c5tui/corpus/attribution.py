"""Who speaks each sentence: the lead, the outlet's narration, questions, answers, quotes.

An article is first told apart as a Q/A interview or a news piece (:func:`classify`).
In an interview, dash-opened turns alternate question and answer (or, without dashes,
lines ending in ``?`` are questions). In a news piece the outlet narrates and quotes
people; a quote is found by the Kazakh reporting patterns of :mod:`c5tui.corpus.reporting`
and credited to the speaker they name, in base form (:mod:`c5tui.corpus.speakers`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from c5tui.corpus import reporting
from c5tui.corpus.speakers import SpeakerBook, base_name, name_from_title, persons_in, role_base
from c5tui.model import DocumentKind, Role
from c5tui.parsed import ParsedParagraph, Voice

INTERVIEW_WORDS = re.compile(
    r"сұхбат|әңгімелес|suhbat|sūhbat|suqbat|интервью|сауалдарымызға", re.IGNORECASE
)
AUTHOR_LINE = re.compile(r"^\s*(?:Автор|Avtor|Сарапшы|Спикер)\s*:\s*(?P<who>\S.*?)\s*$")
# Discourse openers of the outlet's own narration: they end a quotation left open.
NARRATION_OPENERS = re.compile(
    r"^(?:Айта кет|Еске сал|Бұған дейін|Бұл туралы|Сондай-ақ|Естеріңізге|Ал\s+\S+ның айтуынша"
    r"|Оның айтуынша|Жалпы,|Фото|Сурет|Оқи отырыңыз|Толығырақ|Еске салайық)",
    re.IGNORECASE,
)
NAMED_BEFORE_OUTLET = re.compile(
    r"([А-ЯӘҒҚҢӨҰҮҺІЁA-Z][\w’'-]+\s+[А-ЯӘҒҚҢӨҰҮҺІЁA-Z][\w’'-]+)\s+(?:Kazinform|[\w-]+\.kz)\b",
    re.IGNORECASE,
)
# A lead that presents one person's view to the outlet: a commentary, not a news report.
COMMENTARY_WORDS = re.compile(
    r"тілшісіне|сөзге тарт|пікір білдір|пікірін білдір|түсініктеме бер|комментари|tılşısıne",
    re.IGNORECASE,
)
UNKNOWN_INTERVIEWEE = "Сұхбат беруші"


@dataclass(frozen=True, slots=True)
class Attribution:
    """The voices of an article's paragraphs and what kind of piece it is."""

    kind: DocumentKind
    voices: tuple[tuple[Voice, ...], ...]
    interviewee: str
    correspondent: str


def correspondent_of(outlet: str) -> str:
    from c5tui.model import UNKNOWN_OUTLET

    return "тілші" if outlet == UNKNOWN_OUTLET else f"{outlet} тілшісі"


def _text(paragraph: ParsedParagraph) -> str:
    return "".join(s.text + s.space_after for s in paragraph.sentences).strip()


def find_interviewee(lead: str, title: str = "", paragraphs: list[str] | None = None) -> str | None:
    """The person an interview is with: named before the outlet, in the title, or by ``Автор:``."""
    for text in paragraphs or []:
        author = AUTHOR_LINE.match(text)
        if author:
            return base_name(author.group("who"))
    named = NAMED_BEFORE_OUTLET.search(lead)
    if named and persons_in(named.group(1)):
        return base_name(named.group(1))
    from_title = name_from_title(title)
    if from_title:
        return from_title
    people = persons_in(lead)
    return people[-1][1] if people else None


def _is_list_item(paragraph: ParsedParagraph) -> bool:
    """``- 5 мектеп;``: a dash list item is narration, not a turn or a quote."""
    text = _text(paragraph)
    return text.endswith((";", ",")) or (text[:1].islower() and len(text) < 120)


def classify(body: list[ParsedParagraph]) -> DocumentKind:
    """Interview or news: dash turns whose odd ones are questions and no reporting clauses."""
    after_lead = body[1:] if body and not body[0].marker else body
    dashed = [p for p in after_lead if p.marker and not _is_list_item(p)]
    closings = sum(
        1 for p in after_lead for s in p.sentences if reporting.closing(s.text) is not None
    )
    lead = _text(body[0]) if body else ""
    asks = [_text(p).endswith("?") for p in dashed]
    if dashed and closings < max(1, len(dashed) / 2):
        odd = asks[0::2]
        if sum(odd) >= max(1, len(odd) / 2) or (INTERVIEW_WORDS.search(lead) and len(dashed) > 1):
            return "interview"
    if not dashed and closings == 0:
        questions = [p for p in after_lead if _text(p).endswith("?")]
        if len(questions) >= 2 and len(questions) < len(after_lead):
            return "interview"
    return "news"


def attribute(
    body: list[ParsedParagraph],
    *,
    outlet: str,
    title: str = "",
    speaker: str | None = None,
) -> Attribution:
    """The voice of every sentence of ``body`` (its first paragraph is the lead)."""
    kind = classify(body)
    correspondent = correspondent_of(outlet)
    texts = [_text(p) for p in body]
    if kind == "interview":
        who = speaker or find_interviewee(texts[0], title, texts) or UNKNOWN_INTERVIEWEE
        voices = _interview_voices(body, outlet, who, correspondent)
        return Attribution(kind, voices, who, correspondent)
    voices = _NewsReader(body, outlet, speaker).read()
    quoted = [v.speaker for vs in voices[1:] for v in vs if v.role == "quote"]
    body_sentences = sum(len(vs) for vs in voices[1:])
    one_voice = quoted and len(set(quoted)) == 1 and len(quoted) * 2 >= body_sentences
    if one_voice and COMMENTARY_WORDS.search(texts[0]):
        kind = "commentary"  # one person's view, given to the outlet, carries the piece
    main = speaker or (max(set(quoted), key=quoted.count) if quoted else "")
    return Attribution(kind, voices, main, correspondent)


def _interview_voices(
    body: list[ParsedParagraph], outlet: str, who: str, correspondent: str
) -> tuple[tuple[Voice, ...], ...]:
    # A page that opens straight with the first question has no lead.
    has_lead = bool(body) and not body[0].marker
    lead = Voice("lead", outlet)
    voices: list[tuple[Voice, ...]] = [(lead,) * len(body[0].sentences)] if has_lead else []
    rest = body[1:] if has_lead else body
    dashed = any(p.marker and not _is_list_item(p) for p in rest)
    current: Voice | None = None
    next_role: Role = "question"
    for paragraph in rest:
        text = _text(paragraph)
        if dashed and paragraph.marker and not _is_list_item(paragraph):
            role = next_role
            next_role = "answer" if role == "question" else "question"
            current = Voice(role, correspondent if role == "question" else who)
        elif not dashed and text.endswith("?"):
            current = Voice("question", correspondent)
        elif not dashed and current is not None and current.role == "question":
            current = Voice("answer", who)
        elif AUTHOR_LINE.match(text):
            current = None
        voice = current or Voice("narration", outlet)
        voices.append((voice,) * len(paragraph.sentences))
    return tuple(voices)


@dataclass
class _Pending:
    """A quotation whose speaker is not known yet (its closing clause may come later)."""

    cells: list[tuple[int, int]]
    dash: bool
    intro: str | None = None
    start_paragraph: int = 0
    closed: bool = False  # its quotation marks closed; only a closing clause may follow


@dataclass
class _NewsReader:
    body: list[ParsedParagraph]
    outlet: str
    speaker: str | None
    voices: list[list[Voice | None]] = field(default_factory=list)
    book: SpeakerBook = field(default_factory=SpeakerBook)
    whole: SpeakerBook = field(default_factory=SpeakerBook)
    last_speaker: str | None = None
    last_mentioned: str | None = None
    source: str | None = None
    intro: str | None = None
    pending: _Pending | None = None

    def read(self) -> tuple[tuple[Voice, ...], ...]:
        self.voices = [[None] * len(p.sentences) for p in self.body]
        for paragraph in self.body:
            for sentence in paragraph.sentences:
                self.whole.learn(sentence.text)
        first = 0
        if self.body and not self.body[0].marker:
            self.voices[0] = [Voice("lead", self.outlet)] * len(self.body[0].sentences)
            for sentence in self.body[0].sentences:
                self._narrate_facts(sentence.text)
            first = 1
        for index in range(first, len(self.body)):
            self._paragraph(index)
        self._flush()
        narration = Voice("narration", self.outlet)
        return tuple(tuple(v or narration for v in vs) for vs in self.voices)

    # -- speakers -------------------------------------------------------------------------

    def _resolve(self, phrase: str, closing: reporting.Closing | None = None) -> str:
        if closing is not None and closing.impersonal and not phrase:
            return self.source or self.last_speaker or self.speaker or "unknown"
        if not phrase or phrase.lower() in ("ол", "ol"):
            return self.last_mentioned or self.last_speaker or self.speaker or "unknown"
        role = role_base(phrase)
        if role == "спикер" and self.last_speaker:
            return self.last_speaker  # "the speaker": the one just quoted
        resolved = self.book.resolve(phrase)
        if role and resolved == phrase:
            # Kazakh news calls the President "Мемлекет басшысы" as often as "Президент".
            for name in (role, *(["Мемлекет басшысы"] if role == "Президент" else [])):
                seen = self.book.roles.get(name) or []
                named = seen or self.whole.roles.get(name) or []
                if seen or len(named) == 1:
                    resolved = named[-1]
                    break
        return self.whole.full_name(resolved) if resolved != phrase else resolved

    def _narrate_facts(self, text: str) -> None:
        """What narration tells for later quotes: people named, a source, an introducer."""
        self.book.learn(text)
        people = persons_in(text)
        source = reporting.statement_source(text)
        if source:
            self.source = base_name(source)
        around = reporting.reported_around(text)
        if around is not None:
            before = text[:around]
            named = persons_in(before)
            if named:
                self.last_speaker = self.whole.full_name(named[-1][1])
            elif role_base(before.split()[-1][:-3] if before.split() else ""):
                self.last_speaker = self._resolve(before.split()[-1][:-3])
        if people:
            self.last_mentioned = self.whole.full_name(people[-1][1])
        if text.rstrip().endswith(":"):
            self.intro = self._speaker_named_in(text)

    def _speaker_named_in(self, text: str) -> str | None:
        people = persons_in(text)
        if people:
            return self.whole.full_name(people[-1][1])
        for size in (3, 2, 1):
            for start in range(len(text.split())):
                words = text.split()[start : start + size]
                if role_base(" ".join(words)):
                    return self._resolve(" ".join(w.strip(":,.") for w in words))
        return self.last_mentioned

    # -- quotations -----------------------------------------------------------------------

    def _assign(self, cells: list[tuple[int, int]], speaker: str) -> None:
        for p, s in cells:
            self.voices[p][s] = Voice("quote", speaker)
        self.last_speaker = speaker
        self.last_mentioned = speaker

    def _flush(self) -> None:
        """A quotation that never found its closing clause: the introducer, else the last
        named speaker for its dash paragraph; the rest is narration."""
        pending, self.pending = self.pending, None
        if pending is None:
            return
        if pending.intro:
            self._assign(pending.cells, pending.intro)
            return
        first = [c for c in pending.cells if c[0] == pending.start_paragraph]
        if pending.dash and (self.last_speaker or self.speaker):
            self._assign(first, self.last_speaker or self.speaker or "")

    def _paragraph(self, index: int) -> None:
        paragraph = self.body[index]
        text = _text(paragraph)
        dash = bool(paragraph.marker) and not _is_list_item(paragraph)
        if self.pending is not None and (dash or NARRATION_OPENERS.match(text)):
            self._flush()
        if dash and self.pending is None:
            self.pending = _Pending([], True, self.intro, index)
            self.intro = None
        for number, sentence in enumerate(paragraph.sentences):
            self._sentence(index, number, sentence.text)

    def _sentence(self, index: int, number: int, text: str) -> None:
        cell = (index, number)
        found = reporting.closing(text)
        if self.pending is not None and self.pending.closed and found is None:
            self._flush()
        if self.pending is None and reporting.unbalanced_opening(text):
            intro = reporting.inline_introducer(text)
            who = self._resolve(intro) if intro else self.intro
            self.pending = _Pending([], False, who, index)
            self.intro = None
        if found is not None:
            own_quote = reporting.opens_quote_before(text, found.start)
            pending = self.pending
            separate = own_quote and not reporting.unbalanced_opening(text[: found.start])
            if pending is not None and pending.start_paragraph != index and separate:
                # This paragraph's own «…» quote: the earlier dash paragraph is not its part.
                self._flush()
                pending = None
            speaker = self._resolve(found.phrase, found)
            if pending is not None:
                cells = [*pending.cells, cell]
                self.pending = None
            elif own_quote:
                cells = [cell]
            else:
                # No dash or quote mark opened it (BAQ.KZ style): the paragraph is the quote.
                cells = [(index, k) for k in range(number + 1) if self.voices[index][k] is None]
            self._assign(cells, speaker)
            return
        if self.pending is not None:
            self.pending.cells.append(cell)
            if not self.pending.dash and reporting.closes_quotation(text):
                if self.pending.intro:
                    self._flush()
                else:
                    self.pending.closed = True  # its closing clause may be the next sentence
            return
        intro = reporting.inline_introducer(text)
        if (intro and role_base(intro)) or (intro and persons_in(intro)):
            self._assign([cell], self._resolve(intro))
            return
        self._narrate_facts(text)
