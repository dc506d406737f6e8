"""How sure a speaker is of a claim, read from the Kazakh of the quote that states it.

Markers (shared/KAZAKH.md): hedged — ``Қателеспесем``, ``сияқты`` closing a clause,
``шығар``/``шығармыз``, ``мүмкін`` (not ``мүмкін емес``, not ``мүмкіндік``), ``ықтимал``;
expected — ``деп күтеміз``, ``деп күтіп отырмыз``, ``күтілуде``, ``жоспарланған``;
conditional — ``Егер …``, or a clause ending in -са/-се before a comma unless the sentence
sets two times against each other (``ол кезде … болса, бұл жолы …`` is "whereas") or its
main verb is in the past (``… келсе, … тұрды``: "whereas … came, … stood"); reported —
``саналады``, ``деп санайды``, ``деп есептейді``, ``айтуынша``, ``пікірінше``, ``бағаланып
отыр``. A quote with none is asserted. When markers of several kinds meet, the least sure
wins: hedged, then conditional, expected, reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Literal

Certainty = Literal["asserted", "hedged", "expected", "conditional", "reported"]
CERTAINTIES: tuple[Certainty, ...] = ("asserted", "hedged", "expected", "conditional", "reported")

_W = r"[^\W\d_]"  # a letter
_MARKERS: tuple[tuple[Certainty, re.Pattern[str]], ...] = (
    (
        "hedged",
        re.compile(
            rf"(?<!{_W})(?:қателеспесем|ықтимал|шамасы|шығар(?:мын|мыз|сың|сыз|сыздар)?"
            rf"|мүмкін(?!\s+емес)|сияқты(?=\s*(?:[.,;:!?…»\")]|$)))(?!{_W})",
            re.IGNORECASE,
        ),
    ),
    (
        "conditional",
        re.compile(
            rf"(?<!{_W})(?:егер(?!{_W})|(?!(?:әсіресе|немесе|әйтпесе|көбінесе)[\s,]){_W}+(?:са|се)\s*,)",
            re.IGNORECASE,
        ),
    ),
    (
        "expected",
        re.compile(
            rf"(?<!{_W})(?:деп\s+күт{_W}*|күтіл(?:уде|еді|іп\s+отыр){_W}*|жоспарлан(?:ған|уда))",
            re.IGNORECASE,
        ),
    ),
    (
        "reported",
        re.compile(
            rf"(?<!{_W})(?:саналады|деп\s+(?:сана|есепте)(?:йды|йді|йтын)|айтуынша|пікірінше"
            rf"|жазуынша|бағаланып\s+отыр)(?!{_W})",
            re.IGNORECASE,
        ),
    ),
)
_RANK: dict[Certainty, int] = {"hedged": 0, "conditional": 1, "expected": 2, "reported": 3}
# Words, case-folded, one of which a text must hold for each pattern above to match. The
# patterns begin with a look-behind, so a search tries every position; testing a few
# substrings first skips them on most sentences. casefold, not lower: IGNORECASE matches
# the old wide forms of с, т, д, о (ᲃ, ᲄ …) to the plain letters, and only casefold maps
# them there.
NEEDED: dict[Certainty, tuple[str, ...]] = {
    "hedged": ("қателеспесем", "ықтимал", "шамасы", "шығар", "мүмкін", "сияқты"),
    "conditional": ("егер", "са", "се"),
    "expected": ("күт", "жоспарлан"),
    "reported": ("сана", "есепте", "айтуынша", "пікірінше", "жазуынша", "бағаланып"),
}
# Without ``егер``, a conditional marker needs this part of its pattern: -са/-се, a comma.
_CLAUSE_END = re.compile(r"(?:са|се)\s*,", re.IGNORECASE)
_IF = re.compile(rf"(?<!{_W})егер(?!{_W})", re.IGNORECASE)
# "X болса, Y" contrasts two times or cases ("whereas") when one of these is in the sentence.
_CONTRAST = re.compile(
    rf"(?<!{_W})(?:бұл жолы|ол кезде|кезінде|бұрын|қазір|керісінше)(?!{_W})", re.IGNORECASE
)
_LETTERS = re.compile(rf"{_W}+")
_VOWELS = "аәеёиоөуұүыіэюяй"
# The past participle and habitual past (келген, болатын), alone or before ``еді``.
_PAST_PARTICIPLE = ("ған", "ген", "қан", "кен", "атын", "етін", "йтын", "йтін")


def _past_main_verb(kk: str) -> bool:
    """Whether the sentence ends in a verb in the past: -ды/-ді after a consonant (тұрды,
    келді, not the present ашылады, келеді), a past participle, or one before ``еді``
    (``қолдаған еді``; ``азаяр еді``, "would", is not past). The past of a verb whose stem
    ends in a vowel (ойлады) looks like a present and is missed: the condition then stays."""
    words = _LETTERS.findall(kk.lower())
    if not words:
        return False
    last = words[-1]
    if last == "еді":
        return len(words) > 1 and words[-2].endswith(_PAST_PARTICIPLE)
    if last.endswith(("ды", "ді", "ты", "ті")) and len(last) > 3:
        return last[-3] not in _VOWELS
    return last.endswith(_PAST_PARTICIPLE)


# English words a statement of each kind of quote keeps (may, if, expected, considered …).
ENGLISH_HEDGES: dict[Certainty, re.Pattern[str]] = {
    "hedged": re.compile(
        r"\b(?:may|might|could|possibl[ey]|probabl[ey]|perhaps|likely|seems?|appears?"
        r"|apparently|mistaken|arguably|suggests?)\b",
        re.IGNORECASE,
    ),
    "conditional": re.compile(r"\b(?:if|provided|unless|would|should|when)\b", re.IGNORECASE),
    "expected": re.compile(
        r"\b(?:expect\w*|anticipat\w*|planned|plans?|forecast\w*|projected|will|set to)\b",
        re.IGNORECASE,
    ),
    "reported": re.compile(
        r"\b(?:considered|regarded|seen as|according|believes?|thinks?|says?|said|reported\w*"
        r"|view|estimated)\b",
        re.IGNORECASE,
    ),
}


def markers(kk: str) -> list[tuple[Certainty, str]]:
    """Every certainty marker in a Kazakh text, with the words that show it."""
    return markers_folded(kk, kk.casefold())


def markers_folded(kk: str, folded: str) -> list[tuple[Certainty, str]]:
    """:func:`markers` of a text whose ``casefold()`` the caller has already made."""
    found: list[tuple[Certainty, str]] = []
    for certainty, pattern in _MARKERS:
        if not any(word in folded for word in NEEDED[certainty]):
            continue
        if certainty == "conditional":
            if "егер" not in folded and _CLAUSE_END.search(kk) is None:
                continue
            matched = [(certainty, m.group(0)) for m in pattern.finditer(kk)]
            # Read only when there is a condition to cancel: few sentences have one.
            if matched and not _contrast(kk):
                found += matched
            continue
        found += [(certainty, m.group(0)) for m in pattern.finditer(kk)]
    return found


def _contrast(kk: str) -> bool:
    """Whether a -са/-се clause sets two times or cases against each other ("whereas")."""
    return _IF.search(kk) is None and (_CONTRAST.search(kk) is not None or _past_main_verb(kk))


def detect_certainty(kk: str) -> Certainty:
    """The speaker's certainty a Kazakh quote shows; ``asserted`` when nothing qualifies it."""
    return certainty_of(markers(kk))


def certainty_of(found: Iterable[tuple[Certainty, str]]) -> Certainty:
    """The certainty the markers found in a quote show: the least sure one counts."""
    kinds = {certainty for certainty, _ in found}
    return min(kinds, key=_RANK.__getitem__) if kinds else "asserted"


def claim_certainty(quotes_kk: Iterable[str]) -> Certainty:
    """A claim's certainty from all the quotes that state it: the least sure one counts."""
    found = [c for c in map(detect_certainty, quotes_kk) if c != "asserted"]
    return min(found, key=_RANK.__getitem__) if found else "asserted"


def drops_hedge(statement: str, quotes_kk: Iterable[str]) -> Certainty | None:
    """The hedge a claim's statement loses from its quotes, if it does; None if it keeps it.

    A statement keeps a hedge when it has an English word of the same kind (``may`` for
    ``мүмкін``, ``expected`` for ``күтілуде``) or of a less sure one.
    """
    certainty = claim_certainty(quotes_kk)
    if certainty == "asserted":
        return None
    kept = [c for c, rank in _RANK.items() if rank <= _RANK[certainty]]
    if any(ENGLISH_HEDGES[c].search(statement) for c in kept):
        return None
    return certainty
