"""Auto-tag evidence: the words that show a tag, where they are, and their neighbours.

Stored as ``kk:49-52 «АҚШ»``: the side of the sentence, the character offsets of the match
and the matched text, so that a reader can see the words and find them again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_STORED = re.compile(r"^(kk|en):(\d+)-(\d+) «(.*)»$", re.DOTALL)
_WORD = re.compile(r"\S+")


@dataclass(frozen=True, slots=True)
class Evidence:
    side: str
    start: int
    end: int
    text: str


def format_evidence(side: str, start: int, end: int, text: str) -> str:
    """The stored form of one match."""
    return f"{side}:{start}-{end} «{text}»"


def parse_evidence(stored: str) -> Evidence | None:
    """The match a stored evidence string describes; None if it is in no known form."""
    found = _STORED.match(stored)
    if found is None:
        return None
    side, start, end, text = found.groups()
    return Evidence(side, int(start), int(end), text)


def words_around(text: str, evidence: Evidence, words: int = 3) -> tuple[str, str, str] | None:
    """(before, match, after): the match with up to ``words`` words on either side.

    Cut text is marked with ``…``. If the text changed since tagging (a new translation),
    the matched words are looked for again; None if they are no longer there.
    """
    start, end = evidence.start, evidence.end
    if text[start:end] != evidence.text:
        start = text.find(evidence.text)
        if start < 0 or not evidence.text:
            return None
        end = start + len(evidence.text)
    return _head(text[:start], words), text[start:end], _tail(text[end:], words)


def _head(head: str, words: int) -> str:
    tokens = list(_WORD.finditer(head))
    # The rest of a word the match starts inside does not count as a word of context.
    keep = words + (1 if tokens and tokens[-1].end() == len(head) else 0)
    if len(tokens) <= keep:
        return head
    return "…" + head[tokens[-keep].start() :]


def _tail(tail: str, words: int) -> str:
    tokens = list(_WORD.finditer(tail))
    keep = words + (1 if tokens and tokens[0].start() == 0 else 0)
    if len(tokens) <= keep:
        return tail
    return tail[: tokens[keep - 1].end()] + "…"
