"""English text of any layout read into paragraphs of sentences, for the aligner.

Accepted layouts: one paragraph per line, paragraphs separated by blank lines, one sentence
per line, and text copied from a browser whose lines break anywhere. A line that does not
end a sentence runs on into the next; a blank line always ends a paragraph, and in a text
wrapped at a width (most lines run on) only a blank line does. Sentences are
split by sentencex (abbreviations, initials, decimals), with one fix of our own: a
Kazinform dateline («ASTANA. KAZINFORM —») starts its sentence rather than being one.
"""

from __future__ import annotations

import re
import unicodedata
from itertools import pairwise

from sentencex import segment

# A line ending like this ends a sentence; any other line runs on into the next.
_ENDS_SENTENCE = re.compile(r"""[.!?…:;]["'”’»)\]]*$""")
_BROKEN_WORD = re.compile(r"[^\W\d_]-$")
# «ASTANA.» or «NUR-SULTAN.» alone: the city of a dateline, split off by the splitter.
_DATELINE_CITY = re.compile(r"^[A-ZÀ-Þ][A-ZÀ-Þ'’ -]{1,30}\.$")


def paragraphs(text: str) -> list[list[str]]:
    """The paragraphs of an English text, each a list of its sentences."""
    blocks: list[list[str]] = []
    pending: list[str] = []

    def close() -> None:
        if pending:
            blocks.append(split_sentences(_join(pending)))
            pending.clear()

    lines = [" ".join(unicodedata.normalize("NFC", raw).split()) for raw in text.split("\n")]
    wrapped = _hard_wrapped(lines)
    first = True
    for line in lines:
        if not line:
            close()
            continue
        pending.append(line)
        # The first line is a headline, which ends without a full stop. In a hard-wrapped
        # text a line may end a sentence without ending its paragraph.
        if first or (not wrapped and _ENDS_SENTENCE.search(line)):
            close()
        first = False
    close()
    return [block for block in blocks if block]


def _hard_wrapped(lines: list[str]) -> bool:
    """Whether the text is wrapped at a width, paragraphs between blank lines: most lines
    followed by another (the headline aside) then run on into it."""
    followed = [line for line, after in pairwise(lines[1:]) if line and after]
    running_on = sum(1 for line in followed if not _ENDS_SENTENCE.search(line))
    return running_on * 2 > len(followed)


def _join(lines: list[str]) -> str:
    """Lines of one paragraph as one: a word broken at its hyphen is whole again."""
    text = lines[0]
    for line in lines[1:]:
        text += line if _BROKEN_WORD.search(text) else " " + line
    return text


def split_sentences(paragraph: str) -> list[str]:
    """The sentences of one paragraph of English."""
    pieces = [piece.strip() for piece in segment("en", paragraph)]
    sentences: list[str] = []
    for piece in pieces:
        if not piece:
            continue
        if sentences and _DATELINE_CITY.match(sentences[-1]):
            sentences[-1] = f"{sentences[-1]} {piece}"
        else:
            sentences.append(piece)
    return sentences
