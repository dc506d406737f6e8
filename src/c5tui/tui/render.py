"""Rich renderables shared by the screens: highlighted quotes, tag chips, detail blocks.

Stored text goes through :func:`printable` on its way in, so that an escape sequence
in a note or an article shows as text instead of acting on the terminal.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from itertools import accumulate

from rich.text import Text

from c5tui.model import Claim, Note, Sentence, Tag, TagRef
from c5tui.text.display import printable

Spans = tuple[tuple[int, int], ...]

# Curated, auto and user tags must be told apart at a glance, also without colour.
TAG_STYLES = {"curated": "bold", "auto": "italic", "user": "bold underline"}
TAG_MARKS = {"curated": "#", "auto": "~", "user": "+"}
ROLE_NAMES = {"lead": "lead", "question": "question", "answer": "answer"}
ROW_CHARS = 300
ROW_TAGS = 3
ROLE_MARKS = {"lead": "L", "question": "Q", "answer": "A"}


def highlighted(text: str, spans: Spans = (), *, style: str = "") -> Text:
    """The text, shown safely, with the matched characters in bold reverse."""
    shown = printable(text)
    if shown != text:
        # A control character shows as more than one character: move the spans with it.
        at = [0, *accumulate(len(printable(c)) for c in text)]
        spans = tuple((at[min(s, len(text))], at[min(e, len(text))]) for s, e in spans)
    rich = Text(shown, style=style)
    for start, end in spans:
        rich.stylize("bold reverse", start, end)
    return rich


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
    quote: Sentence, text: str, spans: Spans, codebook: Mapping[str, Tag], width: int
) -> Text:
    """One line of the results list, laid out for ``width`` cells.

    Markers and place on the left, the matched text, the tag chips on the right. Plain
    text, not a table: a page of rows is laid out on every keystroke.
    """
    line = markers(quote)
    line.append(f" {quote.locator:<8}{ROLE_MARKS[quote.role]}  ", style="dim")
    flat = " ".join(text.split())
    body = highlighted(flat[:ROW_CHARS], spans if flat == text else ())
    shown_tags = sorted(quote.tags, key=lambda r: (r.kind != "sector", r.tag))
    chips = tag_chips(shown_tags[:ROW_TAGS], codebook)
    if len(shown_tags) > ROW_TAGS:
        chips.append(f" +{len(shown_tags) - ROW_TAGS}", style="dim")
    chips.truncate(max(0, width // 3), overflow="ellipsis")
    room = max(1, width - line.cell_len - chips.cell_len - 1)
    body.truncate(room, overflow="ellipsis", pad=True)
    line.append_text(body)
    line.append(" ")
    line.append_text(chips)
    return line


def citation(quote: Sentence, date: str = "", title: str = "") -> Text:
    """``Рүстем Мұстафин · answer · ¶12 s3 · 2025-11-05``: who said it and where."""
    line = Text(style="dim")
    line.append(printable(quote.speaker), style="bold")
    line.append(f" · {ROLE_NAMES[quote.role]} · {quote.locator}")
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


def tag_block(refs: Iterable[TagRef], codebook: Mapping[str, Tag]) -> Text:
    """Every tag with its label and source; auto tags also show their evidence."""
    out = Text()
    for ref in sorted(refs, key=lambda r: (r.kind != "sector", r.tag)):
        tag = codebook.get(ref.tag)
        label = tag.label_en if tag else ref.tag
        if out:
            out.append("  ")
        out.append(TAG_MARKS[ref.source] + printable(ref.tag), style=tag_style(ref, codebook))
        detail = f" {label} ({ref.source}"
        if ref.source == "auto" and ref.evidence:
            detail += f": {ref.evidence}"
        out.append(printable(detail + ")"), style="dim")
    return out or Text("no tags", style="dim")


def claims_block(claims: Sequence[Claim]) -> Text:
    return Text("\n").join(
        Text.assemble((f"◆ {claim.kind}: ", "bold"), printable(claim.statement)) for claim in claims
    )


def note_line(note: Note) -> Text:
    line = Text(f"✎ {note.updated_at[:16].replace('T', ' ')} ", style="bold yellow")
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
    parts = [tag_block(quote.tags, codebook)]
    if claims:
        parts.append(claims_block(claims))
    if notes:
        parts.append(notes_block(notes))
    return Text("\n").join(parts)


def turn_heading(quote: Sentence) -> Text:
    """``Q  Kazinform тілшісі · question``: who speaks in the turn that starts here."""
    line = Text()
    line.append(f"{ROLE_MARKS[quote.role]} ", style="bold reverse")
    line.append(f" {printable(quote.speaker)}", style="bold")
    line.append(f" · {ROLE_NAMES[quote.role]}", style="dim")
    return line
