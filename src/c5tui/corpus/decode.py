"""Bytes to text for every article format: UTF-8 (or UTF-16 with a BOM), NFC, LF; never guessed."""

from __future__ import annotations

import datetime
import unicodedata

from c5tui.bounded_read import MIB
from c5tui.errors import InputError

MAX_BYTES = 20 * MIB


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
    return normalise(text)


def normalise(text: str) -> str:
    """NFC with LF line ends: the form every stored text and offset refers to."""
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


def check_date(text: str, path: str | None = None, line: int | None = None) -> str:
    """``text`` if it is a calendar date, else an :class:`InputError`."""
    if not is_calendar_date(text):
        raise InputError(f"invalid date {text!r}", path=path, line=line)
    return text
