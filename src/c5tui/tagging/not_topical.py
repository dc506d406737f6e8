"""Parts of a sentence that are not topical evidence: datelines, outlets, institutions.

A dateline (``АСТАНА. KAZINFORM —``) says where the piece was filed and an outlet's name
(«Егемен Қазақстан», The Qazaq Times) who published it: neither shows an actor or a
sector. An institution's proper name (``Цифрлық әлеуметтік ғылымдар орталығы``,
``Білім басқармасы``, ``Reseidıŋ syrtqy ıster ministrlıgı``, ``Center for Digital Social
Sciences``) names who speaks, not what about, so sectors are not taken from it (actors
still are: ``Астана қаласы әкімдігі``).
"""

from __future__ import annotations

import re

from c5tui.corpus.outlets import DATELINE, KNOWN
from c5tui.text import Token
from c5tui.text.latin import to_latin

Span = tuple[int, int]

_OUTLETS = sorted({*KNOWN, "the qazaq times", "qazaq times"}, key=len, reverse=True)
_OUTLET = re.compile(
    r"(?<!\w)(?:" + "|".join(re.escape(name) for name in _OUTLETS) + r")(?!\w)", re.IGNORECASE
)
# The head nouns of institutions' names (in their possessive forms) and of official titles.
_CYRILLIC_HEADS = (
    "институт", "орталығ", "министрліг", "министрі", "басқарма", "университет", "академия",
    "агенттіг", "комитет", "департамент", "банкі", "палата", "кеңесі", "әкімдіг",
)  # fmt: skip
# The same heads in the 2021 Latin alphabet (Reseidıŋ syrtqy ıster ministrlıgı).
_KAZAKH_HEADS = _CYRILLIC_HEADS + tuple(to_latin(head) for head in _CYRILLIC_HEADS)
_ENGLISH_HEADS = frozenset(
    [
        "institute",
        "center",
        "centre",
        "ministry",
        "minister",
        "university",
        "academy",
        "agency",
        "committee",
        "department",
        "fund",
        "bank",
        "chamber",
        "council",
        "office",
    ]
)
_LINKS = frozenset({"және", "мен", "of", "for", "and", "the", "on"})
NAME_WORDS = 6


def masked_spans(text: str) -> list[Span]:
    """Spans whose words show neither actors nor sectors: the dateline and outlets' names."""
    spans = [m.span() for m in _OUTLET.finditer(text)]
    dateline = DATELINE.match(text)
    if dateline:
        spans.append(dateline.span())
    return spans


def institution_spans(tokens: list[Token]) -> list[Span]:
    """Spans of institutions' proper names and official titles in a sentence's words."""
    spans: list[Span] = []
    for i, token in enumerate(tokens):
        lower = token.text.lower()
        if lower.startswith(_KAZAKH_HEADS):
            start = _capital_before(tokens, i)
            if start is not None:
                spans.append((tokens[start].start, token.end))
        elif lower in _ENGLISH_HEADS and token.text[0].isupper():
            spans.append(_english_name(tokens, i))
    return spans


def _capital_before(tokens: list[Token], head: int) -> int | None:
    """The capitalised word a Kazakh name ending at ``head`` starts with, if near enough."""
    for j in range(head - 1, max(-1, head - 1 - NAME_WORDS), -1):
        if tokens[j].text[0].isupper():
            return j
        if not tokens[j].text[0].isalpha():
            return None
    return None


def _english_name(tokens: list[Token], head: int) -> Span:
    """An English name around its head: ``National Bank``, ``Center for Digital Studies``."""
    start = head
    while start > 0 and tokens[start - 1].text[0].isupper():
        start -= 1
    end = head
    while end + 1 < len(tokens) and (
        tokens[end + 1].text[0].isupper() or tokens[end + 1].text.lower() in _LINKS
    ):
        end += 1
    while end > head and tokens[end].text.lower() in _LINKS:
        end -= 1
    return tokens[start].start, tokens[end].end


# A registered name in guillemets before its legal form: «Қазақстан темір жолы» ҰК» АҚ,
# «Қазатомөнеркәсіп» ҰАК, «Айқын» ЖШС. Without the form («Орта дәліз») a quoted name may be
# the topic itself.
_LEGAL_NAME = re.compile(
    r"«[^«»]{1,80}»(?:\s*[А-ЯӘҒҚҢӨҰҮҺІ]{2,4}»)?\s*(?:АҚ|ҰК|ҰАК|ЖШС|ЖАҚ|РМК|ШЖҚ|ҰБ|ҚФ|ЖК)(?!\w)"
)


def legal_name_spans(text: str) -> list[Span]:
    """Spans of companies' and bodies' registered names with their legal form."""
    return [m.span() for m in _LEGAL_NAME.finditer(text)]


def overlaps(start: int, end: int, spans: list[Span]) -> bool:
    return any(start < s_end and s_start < end for s_start, s_end in spans)
