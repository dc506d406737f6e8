"""Rich renderables shared by the screens: highlighted quotes, tag chips, detail blocks.

Stored text goes through :func:`printable` on its way in, so that an escape sequence
in a note or an article shows as text instead of acting on the terminal.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime

from rich.text import Text

from c5tui.model import Claim, Note, Sentence, Tag, TagRef
from c5tui.tagging.evidence import parse_evidence, words_around
from c5tui.text.display import printable

Spans = tuple[tuple[int, int], ...]

# Curated, auto and user tags must be told apart at a glance, also without colour.
TAG_STYLES = {"curated": "bold", "auto": "italic", "user": "bold underline"}
TAG_MARKS = {"curated": "#", "auto": "~", "user": "+"}
ROLE_NAMES = {
    "lead": "lead",
    "narration": "narration",
    "question": "question",
    "answer": "answer",
    "quote": "quote",
}
ROW_TAGS = 3
ROLE_MARKS = {"lead": "L", "narration": "N", "question": "Q", "answer": "A", "quote": "C"}
ELLIPSIS = "…"
SNAP = 12  # how far a row's cut start may move on to the next word


def highlighted(text: str, spans: Spans = (), *, style: str = "", one_line: bool = False) -> Text:
    """The text, shown safely, with the matched characters in bold reverse.

    ``one_line`` shows each run of spaces and newlines as one space, for a list row.
    """
    return _marked(*_displayed(text, spans, one_line=one_line), style=style)


def _marked(shown: str, spans: Spans, style: str = "") -> Text:
    rich = Text(shown, style=style)
    for start, end in spans:
        rich.stylize("bold reverse", start, end)
    return rich


def _displayed(text: str, spans: Spans, *, one_line: bool) -> tuple[str, Spans]:
    """The text as shown and its spans moved along with every character that changed."""
    shown = printable(" ".join(text.split()) if one_line else text)
    if shown == text:
        return shown, spans
    # A control character shows as several characters and a run of spaces as one: map
    # each stored offset to its shown one, so that the highlight stays on its word.
    at = [0]
    in_space = True  # leading spaces are dropped
    for char in text:
        if one_line and char.isspace():
            at.append(at[-1] + (0 if in_space else 1))
            in_space = True
        else:
            at.append(at[-1] + len(printable(char)))
            in_space = False
    last = len(text)
    moved = ((at[min(s, last)], at[min(e, last)]) for s, e in spans)
    return shown, tuple((min(s, len(shown)), min(e, len(shown))) for s, e in moved)


def keyword_in_context(text: str, spans: Spans, width: int) -> Text:
    """One line of ``width`` cells around the first hit, with ``…`` where the text is cut."""
    flat, moved = _displayed(text, spans, one_line=True)
    hits = sorted(span for span in moved if span[0] < span[1])
    start, end = _window(flat, hits[0] if hits else (0, 0), width)
    shown = Text()
    if start:
        shown.append(ELLIPSIS, style="dim")
    shown.append_text(_marked(flat, moved)[start:end])
    if end < len(flat):
        shown.append(ELLIPSIS, style="dim")
    shown.truncate(width, pad=True)
    return shown


def _window(flat: str, hit: tuple[int, int], width: int) -> tuple[int, int]:
    """Where a ``width``-character window on the text starts and ends, with the hit inside.

    A third of the room left by the hit goes before it, the rest after: a reader takes
    in the hit with the words that follow it. Each cut side costs one ``…``.
    """
    length = len(flat)
    if length <= width:
        return 0, length
    hit_start, hit_end = hit
    room = width - 2
    start = max(0, hit_start - max(0, room - (hit_end - hit_start)) // 3)
    start = min(start, length - (width - 1))  # no room wasted after the end
    space = flat.find(" ", max(0, start - 1), hit_start)
    if start and 0 <= space < start + SNAP:
        start = space + 1  # open on a word, not in the middle of one
    if start + width - 1 >= length:
        return start, length
    return start, start + width - (2 if start else 1)


def tag_style(ref: TagRef, codebook: Mapping[str, Tag]) -> str:
    tag = codebook.get(ref.tag)
    colour = tag.colour if tag and tag.colour else ("cyan" if ref.kind == "sector" else "magenta")
    return f"{TAG_STYLES[ref.source]} {colour}"


def tag_chips(refs: Iterable[TagRef], codebook: Mapping[str, Tag]) -> Text:
    """Compact chips: ``#minerals ~usa +mine`` (curated, auto, user)."""
    chips = Text(no_wrap=True, overflow="ellipsis")
    for ref in sorted(refs, key=lambda r: (r.kind != "sector", r.tag)):
        if chips:
            chips.append(" ")
        chips.append(TAG_MARKS[ref.source] + printable(ref.tag), style=tag_style(ref, codebook))
    return chips


def markers(quote: Sentence) -> Text:
    """Selection and note markers for a list row."""
    line = Text(no_wrap=True)
    line.append("●" if quote.selected else " ", style="bold green")
    line.append("✎" if quote.note_count else " ", style="bold yellow")
    return line


def result_row(
    quote: Sentence,
    text: str,
    spans: Spans,
    codebook: Mapping[str, Tag],
    width: int,
    label: str = "",
    *,
    glossary: bool = False,
) -> Text:
    """One line of the results list, laid out for ``width`` cells.

    Markers and place on the left, the words around the first hit, the tag chips on the
    right in the room the words leave. Plain text, not a table: a page of rows is laid out
    on every keystroke. ``label`` names the document when there are several. A glossary
    hit (found through a translation of the query's words) is marked ``≈`` before its words.
    """
    line = markers(quote)
    if label:
        line.append(f" {printable(label)}", style="cyan")
    mark = "≈ " if glossary else "  "
    line.append(f" {quote.locator:<8}{ROLE_MARKS[quote.role]}{mark}", style="dim")
    shown_tags = sorted(quote.tags, key=lambda r: (r.kind != "sector", r.tag))
    chips = tag_chips(shown_tags[:ROW_TAGS], codebook)
    if len(shown_tags) > ROW_TAGS:
        chips.append(f" +{len(shown_tags) - ROW_TAGS}", style="dim")
    room = max(1, width - line.cell_len)
    words = len(" ".join(text.split()))
    hit = max((e - s for s, e in spans), default=0)
    # The words keep most of the row and always the hit; the chips get what is left.
    body = max(room - chips.cell_len - 1, min(words, room * 2 // 3), min(room, hit + 2))
    body = min(body, room)
    chips.truncate(max(0, room - body - 1), overflow="ellipsis")
    line.append_text(keyword_in_context(text, spans, body))
    if chips:
        line.append(" ")
        line.append_text(chips)
    return line


def glossary_pairs(pairs: Sequence[tuple[str, str]]) -> Text:
    """``  ≈ uranium → уранды``: the glossary renderings the quote was found by, or nothing."""
    out = Text()
    for term, word in pairs:
        out.append("  ≈ ", style="dim")
        out.append(printable(term, keep=""))
        out.append(" → ", style="dim")
        out.append(printable(word, keep=""), style="bold")
    return out


def citation(quote: Sentence, date: str = "", title: str = "", label: str = "") -> Text:
    """``Рүстем Мұстафин · answer · Kazinform 11-05 ¶12 s3 · 2025-11-05``: who said it
    and where (the document's label when there are several)."""
    line = Text(style="dim")
    line.append(printable(quote.speaker), style="bold")
    place = f"{printable(label)} {quote.locator}" if label else quote.locator
    line.append(f" · {ROLE_NAMES[quote.role]} · {place}")
    if date:
        line.append(f" · {printable(date)}")
    if title:
        line.append(f" · {printable(title)}")
    return line


def in_context(quote: Sentence, turn: Sequence[Sentence], side: str, spans: Spans = ()) -> Text:
    """The quote between its neighbours in the same turn, the neighbours dimmed."""
    index = next((i for i, s in enumerate(turn) if s.id == quote.id), None)
    before = turn[index - 1] if index else None
    after = turn[index + 1] if index is not None and index + 1 < len(turn) else None
    out = Text()
    if before is not None:
        out.append(printable(_side_text(before, side)) + " ", style="dim")
    current = _side_text(quote, side)
    out.append_text(highlighted(current, spans, style="bold"))
    if after is not None:
        out.append(" " + printable(_side_text(after, side)), style="dim")
    return out


def _side_text(quote: Sentence, side: str) -> str:
    if side == "kk":
        return quote.kk
    return quote.en or "(not translated)"


def tag_block(
    refs: Iterable[TagRef],
    codebook: Mapping[str, Tag],
    removed: Iterable[TagRef] = (),
    sides: Mapping[str, str] | None = None,
) -> Text:
    """Every tag with its label and source; auto tags also show their evidence.

    ``removed`` are curated and auto tags the user took off, shown so they can be put back;
    ``sides`` (the Kazakh and English text) lets evidence show the words around a match.
    """
    out = Text()
    for ref in sorted(refs, key=lambda r: (r.kind != "sector", r.tag)):
        tag = codebook.get(ref.tag)
        label = tag.label_en if tag else ref.tag
        if out:
            out.append("  ")
        out.append(TAG_MARKS[ref.source] + printable(ref.tag), style=tag_style(ref, codebook))
        if ref.source == "auto" and ref.evidence:
            out.append(printable(f" {label} (auto: "), style="dim")
            out.append_text(evidence_words(ref.evidence, sides or {}))
            out.append(")", style="dim")
        else:
            out.append(printable(f" {label} ({ref.source})"), style="dim")
    for ref in sorted(removed, key=lambda r: (r.kind != "sector", r.tag)):
        if out:
            out.append("  ")
        out.append(f"−{printable(ref.tag)}", style="dim strike")
        out.append(" (removed by you)", style="dim")
    return out or Text("no tags", style="dim")


def evidence_words(stored: str, sides: Mapping[str, str]) -> Text:
    """``«…және АҚШ-тың экономикалық…»``: the matched words, bold, among their neighbours."""
    evidence = parse_evidence(stored)
    if evidence is None:
        return Text(stored, style="dim")
    found = words_around(sides.get(evidence.side, ""), evidence)
    if found is None:
        return Text(f"«{evidence.text}»", style="dim")
    before, match, after = found
    return Text.assemble(("«" + before, "dim"), (match, "bold"), (after + "»", "dim"))


def claims_block(claims: Sequence[Claim]) -> Text:
    return Text("\n").join(
        Text.assemble((f"◆ {claim.kind}: ", "bold"), printable(claim.statement)) for claim in claims
    )


def local_time(stamp: str) -> str:
    """``2026-12-01 23:19 EKB``: a stored UTC time in the user's zone, which it names."""
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp[:16].replace("T", " ")
    local = (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone()
    zone = local.tzname() or ""
    if not zone.isalpha():  # a zone with no abbreviation calls itself "+05"
        offset = local.strftime("%z")
        zone = f"UTC{offset[:3]}:{offset[3:5]}"
    return f"{local:%Y-%m-%d %H:%M} {zone}"


def note_line(note: Note) -> Text:
    line = Text(f"✎ {local_time(note.updated_at)} ", style="bold yellow")
    if note.conflict:
        line.append("[conflict] ", style="bold red")
    line.append(printable(note.body))
    return line


def notes_block(notes: Sequence[Note]) -> Text:
    return Text("\n").join(note_line(note) for note in notes)


def detail_extras(
    quote: Sentence,
    claims: Sequence[Claim],
    notes: Sequence[Note],
    codebook: Mapping[str, Tag],
) -> Text:
    sides = {"kk": quote.kk, "en": quote.en or ""}
    parts = [tag_block(quote.tags, codebook, quote.removed_tags, sides)]
    english = english_note(quote)
    if english is not None:
        parts.insert(0, english)
    if claims:
        parts.append(claims_block(claims))
    if notes:
        parts.append(notes_block(notes))
    return Text("\n").join(parts)


def english_note(quote: Sentence) -> Text | None:
    """Where unreviewed or aligned English came from, with the key that marks it read."""
    provenance = quote.en_provenance
    if provenance is None or (provenance.reviewed and provenance.origin != "aligned"):
        return None
    line = Text("English: ", style="bold")
    line.append(printable(provenance.summary))
    if provenance.source:
        line.append(f" · from {printable(provenance.source)}", style="dim")
    if not provenance.reviewed:
        line.append(" · v marks it reviewed, i edits it", style="dim")
    return line


def turn_heading(quote: Sentence) -> Text:
    """``Q  Kazinform тілшісі · question``: who speaks in the turn that starts here."""
    line = Text()
    line.append(f"{ROLE_MARKS[quote.role]} ", style="bold reverse")
    line.append(f" {printable(quote.speaker)}", style="bold")
    line.append(f" · {ROLE_NAMES[quote.role]}", style="dim")
    return line
