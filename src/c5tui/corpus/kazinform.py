"""Parse a Kazinform-format article into a document of turns, paragraphs and sentences.

The format: a first line `` date YYYY-MM-DD <title>``, a lead paragraph that opens with
a dateline (``АСТАНА. KAZINFORM — …``) and names the interviewee, then one paragraph per
line. A paragraph that starts with a dash and a space opens a new turn; turns alternate
question (the correspondent) and answer (the interviewee); a paragraph without a dash
continues the current turn.
"""

from __future__ import annotations

import dataclasses
import datetime
import hashlib
import re
import unicodedata
from pathlib import Path

from c5tui.bounded_read import MIB, read_file
from c5tui.corpus.sentences import split_sentences
from c5tui.errors import InputError
from c5tui.model import ParsedDocument, ParsedParagraph, ParsedTurn, Role

HEADER = re.compile(r"^\s*date\s+(\d{4})-(\d{2})-(\d{2})\s+(\S.*?)\s*$")
TURN_MARKER = re.compile(r"^[—–-]\s+")
DATELINE = re.compile(r"^\s*([^\W\d_][^\W\d_\- ]*)\.\s*(KAZINFORM)\s*[—–-]?\s*", re.IGNORECASE)
# Name Surname right before "Kazinform тілшісіне" / "... берген сұхбатында".
NAMED_BEFORE_OUTLET = re.compile(
    r"([А-ЯӘҒҚҢӨҰҮҺІЁA-Z][\w’'-]+\s+[А-ЯӘҒҚҢӨҰҮҺІЁA-Z][\w’'-]+)\s+Kazinform"
)
SURNAME = re.compile(
    r"\b([А-ЯӘҒҚҢӨҰҮҺІЁ][а-яәғқңөұүһіё]+\s+[А-ЯӘҒҚҢӨҰҮҺІЁ][а-яәғқңөұүһіё]*"
    r"(?:ов|ев|ин|ова|ева|ина|ұлы|қызы|улы|кызы|енко|ский|ская|бек|бай))\b"
)
MAX_BYTES = 20 * MIB

CORRESPONDENT = "Kazinform тілшісі"
UNKNOWN_INTERVIEWEE = "Сұхбат беруші"


def decode_source(data: bytes, path: str) -> str:
    """Decode article bytes as UTF-8 (a UTF-8 or UTF-16 BOM is honoured); never guess."""
    if not data.strip():
        raise InputError("the file is empty", path=path)
    if len(data) > MAX_BYTES:
        raise InputError(
            f"the file is {len(data) // (1024 * 1024)} MiB; articles over "
            f"{MAX_BYTES // (1024 * 1024)} MiB are refused",
            path=path,
        )
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"broken UTF-16 text at byte {exc.start}", path=path) from None
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = data[: exc.start].count(b"\n") + 1
            raise InputError(
                f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
                "save the file as UTF-8 and import it again",
                path=path,
                line=line,
            ) from None
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise InputError(
            "the file contains NUL characters; it is not a text article", path=path, line=line
        )
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


def is_calendar_date(text: str) -> bool:
    """Whether ``text`` is a real day of the calendar in ASCII ``YYYY-MM-DD`` (not 02-31)."""
    if not (text.isascii() and len(text) == 10):
        return False
    try:
        datetime.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def find_interviewee(lead: str) -> str | None:
    """The person the lead paragraph names as the interviewee, if it can be told."""
    named = NAMED_BEFORE_OUTLET.search(lead)
    if named:
        return named.group(1)
    surnames = SURNAME.findall(lead)
    return surnames[-1] if surnames else None


def parse_article(
    text: str,
    source_name: str = "<text>",
    *,
    interviewee: str | None = None,
) -> ParsedDocument:
    """Parse decoded article text. Raises :class:`InputError` naming the line at fault."""
    lines = text.split("\n")
    header = HEADER.match(lines[0]) if lines else None
    if header is None:
        shown = lines[0][:60] if lines else ""
        raise InputError(
            f"expected a first line ' date YYYY-MM-DD <title>', found {shown!r}",
            path=source_name,
            line=1,
        )
    year, month, day, title = header.groups()
    date = f"{year}-{month}-{day}"
    if not is_calendar_date(date):
        raise InputError(f"invalid date {date!r}", path=source_name, line=1)

    offset = len(lines[0]) + 1
    paragraphs: list[tuple[int, str, int]] = []  # (line number, text, offset)
    for number, line in enumerate(lines[1:], start=2):
        if line.strip():
            paragraphs.append((number, line, offset))
        offset += len(line) + 1
    if not paragraphs:
        raise InputError("the article has a date line but no text", path=source_name, line=2)

    lead_text = paragraphs[0][1]
    dateline = DATELINE.match(lead_text)
    outlet = "Kazinform"
    who = interviewee or find_interviewee(lead_text) or UNKNOWN_INTERVIEWEE

    turns: list[ParsedTurn] = []
    role: Role = "lead"
    speaker = outlet
    current: list[ParsedParagraph] = []
    next_role: Role = "question"
    for index, (number, line, line_offset) in enumerate(paragraphs):
        marker_match = TURN_MARKER.match(line) if index > 0 else None
        if marker_match:
            if current:
                turns.append(ParsedTurn(role, speaker, tuple(current)))
            current = []
            role = next_role
            speaker = CORRESPONDENT if role == "question" else who
            next_role = "answer" if role == "question" else "question"
        marker = marker_match.group(0) if marker_match else ""
        body = line[len(marker) :]
        sentences = split_sentences(body, line_offset + len(marker))
        if not sentences:
            raise InputError("a paragraph holds only a turn marker", path=source_name, line=number)
        current.append(
            ParsedParagraph(marker, tuple(sentences), line_offset, line_offset + len(line))
        )
    turns.append(ParsedTurn(role, speaker, tuple(current)))

    return ParsedDocument(
        title=title,
        date=date,
        outlet=outlet,
        dateline=dateline.group(0).strip() if dateline else "",
        interviewee=who,
        correspondent=CORRESPONDENT,
        source_name=source_name,
        source_text=text,
        content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        turns=tuple(turns),
    )


def read_article(
    path: Path, *, interviewee: str | None = None, database: Path | None = None
) -> ParsedDocument:
    """Read, decode and parse an article file (never ``database``, the one in use)."""
    data = read_file(path, limit=MAX_BYTES, kind="article", database=database)
    # Errors name the path as the user gave it; the store keeps only the file name.
    document = parse_article(decode_source(data, str(path)), str(path), interviewee=interviewee)
    return dataclasses.replace(document, source_name=path.name)
