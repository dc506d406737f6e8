"""English text of any layout read into paragraphs of sentences, for the aligner.

Accepted layouts: one paragraph per line, paragraphs separated by blank lines, one sentence
per line, and text copied from a browser whose lines break anywhere. A line that does not
end a sentence runs on into the next; a blank line always ends a paragraph. Sentences are
split by sentencex (abbreviations, initials, decimals), with one fix of our own: a
Kazinform dateline («ASTANA. KAZINFORM —») starts its sentence rather than being one.
"""

from __future__ import annotations

import re
import unicodedata

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

    first = True
    for raw in text.split("\n"):
        line = " ".join(unicodedata.normalize("NFC", raw).split())
        if not line:
            close()
            continue
        pending.append(line)
        # The first line is a headline, which ends without a full stop.
        if first or _ENDS_SENTENCE.search(line):
            close()
        first = False
    close()
    return [block for block in blocks if block]


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
