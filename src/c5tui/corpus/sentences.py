"""Sentence splitting for Kazakh news paragraphs.

Rules, in order of the traps they avoid:
- the caller passes one source line at a time, so a line is always a hard boundary;
- a boundary is ``.``, ``?`` or ``!`` (possibly repeated, possibly followed by closing
  quotes) then whitespace then something that can open a sentence: an upper-case
  letter, a digit or an opening quote;
- never inside «…» or “…” quotations, never at an ellipsis (``…`` or ``...``), never
  after an initial (``Р.``) or a known abbreviation (``млрд.``, ``т.б.``, ``Inc.``),
  never inside a dateline (``АСТАНА. KAZINFORM``);
- never before a dash that a lower-case word follows: ``«…болды?» – деп сұрады X`` is
  one sentence, its reporting clause included.
"""

from __future__ import annotations

import re

from c5tui.parsed import ParsedSentence

TERMINATORS = ".?!"
OPENING_QUOTES = "«“„\"'("
CLOSING_QUOTES = "»”\"')"
QUOTE_PAIRS = {"«": "»", "“": "”", "„": "“"}
_QUOTE_OR_TERMINATOR = re.compile(
    "[" + re.escape("".join({*QUOTE_PAIRS, *QUOTE_PAIRS.values(), *TERMINATORS})) + "]"
)

# Lower-cased, without the final dot. Kazakh, Russian and English abbreviations
# seen in news text; an abbreviation's dot never ends a sentence.
ABBREVIATIONS = frozenset(
    {
        "ж",
        "жж",
        "млрд",
        "млн",
        "мың",
        "трлн",
        "т.б",
        "т.с.с",
        "т.е",
        "т.к",
        "т.д",
        "т.п",
        "г",
        "гг",
        "др",
        "проф",
        "акад",
        "мм",
        "см",
        "км",
        "тг",
        "руб",
        "inc",
        "corp",
        "ltd",
        "co",
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "vs",
        "etc",
        "e.g",
        "i.e",
        "u.s",
        "no",
        "st",
    }
)

DATELINE = re.compile(
    r"^[^\W\d_][^\W\d_\- ]*(?:[\- ][^\W\d_]+)*\.\s*(?:KAZINFORM|ҚазАқпарат|ҚАЗАҚПАРАТ)\b",
    re.UNICODE,
)


def _word_before(text: str, end: int) -> str:
    """The run of letters and inner dots that ends at ``end`` (exclusive)."""
    start = end
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "."):
        start -= 1
    return text[start:end]


def _is_abbreviation(text: str, dot: int) -> bool:
    word = _word_before(text, dot).strip(".")
    if not word:
        return False
    if len(word) == 1 and word.isupper():
        return True  # an initial: Р. Мұстафин
    if re.fullmatch(r"(?:[^\W\d_]\.)+[^\W\d_]", word) and all(len(p) == 1 for p in word.split(".")):
        return True  # Н.Ә., U.S.
    return word.lower() in ABBREVIATIONS


def _can_open_sentence(ch: str) -> bool:
    return ch.isupper() or ch.isdigit() or ch in OPENING_QUOTES or ch in "—–-"


def _reporting_dash(line: str, at: int) -> bool:
    """A dash then a lower-case word (``«…болды?» – деп сұрады``) goes on with the sentence."""
    if line[at] not in "—–-":
        return False
    rest = line[at + 1 :].lstrip()
    return bool(rest) and rest[0].islower()


def split_sentences(line: str, offset: int = 0) -> list[ParsedSentence]:
    """Split one source line into sentences.

    ``offset`` is the position of ``line[0]`` in the whole source text, so the
    returned offsets point into the source. Leading whitespace of the line is not
    part of any sentence; whitespace after each sentence is kept in ``space_after``.
    """
    sentences: list[ParsedSentence] = []
    dateline = DATELINE.match(line.lstrip())
    skip_until = (len(line) - len(line.lstrip())) + dateline.end() if dateline else -1
    pos = len(line) - len(line.lstrip())
    start = pos
    depth: list[str] = []
    n = len(line)
    while pos < n:
        ch = line[pos]
        if ch in QUOTE_PAIRS and not (depth and depth[-1] == ch):
            depth.append(QUOTE_PAIRS[ch])
        elif depth and ch == depth[-1]:
            depth.pop()
        if ch in TERMINATORS and pos >= skip_until:
            end = pos
            while end < n and line[end] in TERMINATORS:
                end += 1
            run = line[pos:end]
            is_ellipsis = run.startswith("..")
            close = end
            inner_depth = list(depth)
            while close < n and line[close] in CLOSING_QUOTES and inner_depth:
                if line[close] == inner_depth[-1]:
                    inner_depth.pop()
                close += 1
            ws = close
            while ws < n and line[ws].isspace():
                ws += 1
            boundary = (
                not is_ellipsis
                and not inner_depth
                and ws > close
                and ws < n
                and _can_open_sentence(line[ws])
                and not _reporting_dash(line, ws)
                and not (run == "." and _is_abbreviation(line, pos))
            )
            if boundary:
                sentences.append(
                    ParsedSentence(
                        line[start:close], line[close:ws], offset + start, offset + close
                    )
                )
                depth = inner_depth
                start = ws
                pos = ws
                continue
            pos = end if end > pos else pos + 1
            continue
        # Only quotes and terminators change anything: go straight to the next one.
        found = _QUOTE_OR_TERMINATOR.search(line, pos + 1)
        pos = found.start() if found else n
    stripped_end = len(line.rstrip())
    if start < stripped_end:
        sentences.append(
            ParsedSentence(
                line[start:stripped_end], line[stripped_end:], offset + start, offset + stripped_end
            )
        )
    elif sentences:
        last = sentences[-1]
        sentences[-1] = ParsedSentence(
            last.text, last.space_after + line[start:], last.start, last.end
        )
    return sentences
