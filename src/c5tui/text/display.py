"""Stored text made safe to show on a terminal, without hiding what it holds.

Notes, labels and article text are kept verbatim, but a terminal reads control
characters as commands: ESC starts sequences that retitle the window, clear the
screen or (OSC 52) write the clipboard, and bidi overrides make text read other than
it is. For display each such character is replaced by a visible stand-in.
"""

from __future__ import annotations

import re
from functools import cache

# C0 controls and DEL have Unicode "control pictures": ESC shows as ␛, BEL as ␇.
_PICTURES = {c: chr(0x2400 + c) for c in range(0x20)} | {0x7F: "\u2421"}
# C1 controls (0x9B is CSI on its own) and the bidi embeddings, overrides and isolates.
_ESCAPED = [*range(0x80, 0xA0), *range(0x202A, 0x202F), *range(0x2066, 0x206A)]
# What json.dumps(ensure_ascii=False) writes raw although a terminal acts on it.
_RAW_IN_JSON = re.compile("[" + "".join(map(chr, [0x7F, *_ESCAPED])) + "]")


@cache
def _table(keep: str) -> dict[int, str]:
    table = {c: p for c, p in _PICTURES.items() if chr(c) not in keep}
    table.update({c: f"\\x{c:02x}" if c < 0x100 else f"\\u{c:04x}" for c in _ESCAPED})
    return table


def printable(text: str, *, keep: str = "\t\n") -> str:
    """``text`` with every control character shown visibly (``\\x1b`` → ``␛``).

    ``keep`` names the layout characters left as they are; ``keep=""`` gives one line
    whose tabs and newlines show too, for a tab-separated row.
    """
    return text.translate(_table(keep))


def json_terminal_safe(json_text: str) -> str:
    """JSON text with DEL, C1 and bidi controls as ``\\u`` escapes: the same JSON value.

    They can only stand inside JSON strings, where an escape reads back as the character.
    """
    return _RAW_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", json_text)
