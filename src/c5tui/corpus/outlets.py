"""Which outlet published an article, from what its text says (or its page's metadata).

The outlet is never a default guess: a dateline (``АСТАНА. KAZINFORM —``, the earlier
``НҰР-СҰЛТАН. ҚазАқпарат –``, ``АСТАНА, 8 сәуір – Sputnik.``) or a credit line
(``деп хабарлайды BAQ.KZ``) names it; a press service named as the source (``деп
хабарлайды Ақорданың баспасөз қызметі``) is not the outlet. Otherwise the outlet is ``unknown``.
"""

from __future__ import annotations

import re

from c5tui.model import UNKNOWN_OUTLET

# Spellings of outlets seen in credit lines, folded, to their own name for themselves.
KNOWN = {
    "kazinform": "Kazinform",
    "қазақпарат": "Kazinform",
    "казинформ": "Kazinform",
    "inform.kz": "Kazinform",
    "baq.kz": "BAQ.KZ",
    "zakon.kz": "Zakon.kz",
    "kaz.zakon.kz": "Zakon.kz",
    "egemen.kz": "Egemen Qazaqstan",
    "егемен қазақстан": "Egemen Qazaqstan",
    "aikyn.kz": "Aikyn",
    "айқын": "Aikyn",
    "massaget.kz": "Massaget.kz",
    "ұлт ақпарат": "Ұлт ақпарат",
    "ult.kz": "Ұлт ақпарат",
    "adyrna": "Adyrna",
    "adyrna.kz": "Adyrna",
    "tengrinews.kz": "Tengrinews",
    "turkystan.kz": "Turkystan",
    "түркістан": "Turkystan",
    "sputnik": "Sputnik Қазақстан",
    "sputnik.kz": "Sputnik Қазақстан",
}
# The outlet names a dateline is written with: a text holding none of them has no dateline.
DATELINE_OUTLETS = ("KAZINFORM", "Kazinform", "ҚазАқпарат", "ҚАЗАҚПАРАТ")
DATELINE = re.compile(
    r"^\s*[^\W\d_][^\W\d_\- ]*(?:[\- ][^\W\d_]+)*\.\s*"
    rf"({'|'.join(DATELINE_OUTLETS)})\b\s*[—–-]?\s*"
)
_CAPITALS = "A-ZА-ЯӘҒҚҢӨҰҮҺІЁ"
_MONTHS = "қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан"
# A dateline with its date and outlet (``АСТАНА, 8 сәуір – Sputnik.``), or a date and a
# place between slashes (``05.07.2025 /Астана/-``).
DATED_DATELINE = re.compile(
    rf"^\s*[{_CAPITALS}]{{3,}}(?:[\s-][{_CAPITALS}]{{2,}})*,\s*\d{{1,2}}\s+"
    rf"(?:{'|'.join(_MONTHS.split())})\w*\s*[—–-]\s*"
    r"(?:(?P<outlet>[^\s.!?]+(?:\s[^\s.!?]+){0,2})[.!?](?=\s|$))?"
    r"|^\s*\d{1,2}\.\d{1,2}\.\d{4}\s*/[^/]{2,30}/\s*[—–-]?"
)
# "деп хабарлайды X" / "dep habarlaıdy X": X a site name, a quoted name or a Latin name.
_CREDIT = re.compile(
    r"(?:деп\s+хабарлайды|dep\s+habarla[ıiy]dy)\s+"
    r"(?P<name>[«\"“][^»\"”]{2,40}[»\"”]|[\w-]+(?:\.[A-Za-z]{2,4})+|[A-Z][A-Za-z]{2,}"
    r"(?:\s[A-Z][A-Za-z]+)?|[А-ЯӘҒҚҢӨҰҮҺІ][\wәғқңөұүһі]+)",
    re.IGNORECASE,
)
_PRESS_SERVICE = re.compile(r"баспасөз|пресс|қызмет|ведомств|министрлі|әкімдігі", re.IGNORECASE)
# An outlet named after a place (Түркістан) followed by a word of government or geography
# is the place (``Түркістан облысы әкімдігінің баспасөз қызметі``), not the newspaper.
_PLACE_WORD = re.compile(r"(?:облыс|қала|аудан|ауыл|өңір)\w*", re.IGNORECASE)
# The words after a credited name that still belong to it: up to punctuation, five at most.
_NAME_PHRASE = re.compile(r"[^.,;:!?()«»\n]*")


def canonical(name: str) -> str:
    """An outlet's own name for a spelling of it (``ҚазАқпарат`` → ``Kazinform``)."""
    bare = name.strip().strip('«»"“”').strip()
    return KNOWN.get(bare.lower(), bare)


def dateline(lead: str) -> str:
    """The dateline that opens a lead (``АСТАНА. KAZINFORM —``), or ``""``."""
    match = DATELINE.match(lead)
    return match.group(0).strip() if match else ""


def outlet_in_text(paragraphs: list[str]) -> str | None:
    """The outlet a dateline or credit line in the first paragraphs names, if any."""
    if paragraphs:
        match = DATELINE.match(paragraphs[0])
        if match:
            return canonical(match.group(1))
    for text in paragraphs[:2]:
        dated = DATED_DATELINE.match(text)
        if dated and dated.group("outlet"):
            return canonical(dated.group("outlet"))
    for text in paragraphs[:4]:
        for credit in _CREDIT.finditer(text):
            name = credit.group("name")
            phrase_match = _NAME_PHRASE.match(text, credit.end())
            phrase = " ".join(phrase_match.group(0).split()[:5]) if phrase_match else ""
            if _PRESS_SERVICE.search(name) or _PRESS_SERVICE.search(phrase):
                continue
            if _PLACE_WORD.match(phrase):
                continue
            # A bare Cyrillic word after the verb is a source (Ақорданың …), unless known.
            bare_word = name[:1].isupper() and not name.isascii() and not name.startswith("«")
            if bare_word and name.lower() not in KNOWN:
                continue
            return canonical(name)
    return None


def choose_outlet(given: str | None, from_text: str | None, from_metadata: str | None) -> str:
    """The user's word first, then what the text says, then the page's metadata."""
    for candidate in (given, from_text, from_metadata):
        if candidate and candidate.strip():
            return canonical(candidate)
    return UNKNOWN_OUTLET
