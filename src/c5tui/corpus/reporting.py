"""Kazakh reporting speech: where a quote closes and whom the closing names.

``— …, — деді X.``, ``«…» деп санайды X.``, ``"…", – деп жазды X.``, ``- деген ойын
келтірді X подкаст барысында.``: a dash or a closing quote mark, a reporting verb, then
the speaker and perhaps where it was said. Latin-script outlets write ``dedi``,
``dep jazdy``. Indirect speech (``… деп баяндады`` with no dash or quote mark before it)
is narration and is not matched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from c5tui.corpus.speakers import LETTER, LOWER, ROLE_NOUNS, UPPER

DASHES = "—–-"
_FINITE = r"(?:ды|ді|ты|ті)"
_LATIN_FINITE = r"(?:dy|di|dı|ty|ti|tı)"
_KK = f"[{LOWER}-]+"
VERB = (
    r"(?:деді|дейді|деген\s+ойын\s+келтірді|деген\s+пікір\s+білдірді|деген\s+пікірде"
    rf"|деп\s+(?:{_KK}{_FINITE}|{_KK}\s+{_KK}{_FINITE})|делінген|делген"
    r"|dedi|dedı|deıdi|deidi|deydi|delıngen|delingen"
    rf"|dep\s+(?:{_KK}{_LATIN_FINITE}|{_KK}\s+{_KK}{_LATIN_FINITE}))"
)
_NO_DASH_CLAUSE = rf"(?:(?!\s[{DASHES}]\s)[^«»\"“”])*?"
CLOSE = re.compile(
    rf"(?:(?P<mark>[»\"”])\s*,?\s*(?:[{DASHES}]\s*)?|[,.!?…]\s*[{DASHES}]\s*|\s[{DASHES}]\s+)"
    rf"(?P<verb>{VERB})(?![{LETTER}])(?P<tail>{_NO_DASH_CLAUSE})\s*[.!?…]*\s*$"
)
OUTLET_WORDS = re.compile(
    r"^(?:kazinform|қазақпарат|baq\.kz|zakon\.kz|[\w-]+\.kz|тілші\w*|tılşı\w*)$", re.I
)
_ROLE_WORDS = frozenset(form for forms in ROLE_NOUNS.values() for form in forms)
_PLACE_ENDINGS = ("нда", "нде", "да", "де", "та", "те", "ға", "ге", "қа", "ке")
_GENITIVE = ("ның", "нің", "дың", "дің", "тың", "тің", "nyń", "niń", "dyń", "diń", "tyń", "tiń")
OPENERS = "«“„"


@dataclass(frozen=True, slots=True)
class Closing:
    """A reporting clause at the end of a sentence: the verb and the speaker phrase."""

    verb: str
    phrase: str  # "" when the clause names nobody (``— деді.``, ``делінген хабарламада``)
    start: int  # where the clause (its dash or quote mark) begins in the sentence
    after_quote_mark: bool

    @property
    def impersonal(self) -> bool:
        """``делінген хабарламада``: the words of a statement, credited to its source."""
        return self.verb.startswith(("делін", "делген", "delın", "delin"))


def closing(sentence: str) -> Closing | None:
    """The reporting clause that ends ``sentence``, if it has one."""
    match = CLOSE.search(sentence)
    if match is None:
        return None
    verb = " ".join(match.group("verb").split())
    if verb.startswith(("деп хабарла", "dep habarla")):
        return None  # the outlet's credit line (деп хабарлайды BAQ.KZ), not a quote
    return Closing(
        verb, speaker_phrase(match.group("tail")), match.start(), bool(match.group("mark"))
    )


def _possessive(word: str) -> bool:
    return word.lower().endswith(("ы", "і", "ı", "i"))


def speaker_phrase(tail: str) -> str:
    """The words of ``tail`` that name the speaker, without where or to whom it was said.

    ``Мемлекет басшысы Үкіметтің кеңейтілген отырысында`` → ``Мемлекет басшысы``;
    ``Рүстем Мұстафин Kazinform тілшісіне берген сұхбатында`` → ``Рүстем Мұстафин``.
    """
    words = [w.strip(',.;:!?()«»"“”') for w in tail.split()]
    words = [w for w in words if w]
    taken: list[str] = []
    for i, word in enumerate(words):
        lowered = word.lower()
        if OUTLET_WORDS.match(word):
            break
        if word[:1].isupper():
            if taken and lowered.endswith(_PLACE_ENDINGS) and not _possessive(word):
                break
            taken.append(word)
        elif lowered in ("ол", "ol") and not taken:
            taken.append(word)
            break
        elif lowered in _ROLE_WORDS or (_possessive(word) and taken):
            taken.append(word)
        elif i + 1 < len(words) and _possessive(words[i + 1]) and not words[i + 1][:1].isupper():
            taken.append(word)  # a compound head: облыс әкімдігі, көлік вице-министрі
        else:
            break
        if tail.split()[i].endswith(","):
            break  # an apposition follows: "X, профессор"
    while len(taken) > 1 and taken[-1].lower().endswith(_GENITIVE):
        taken.pop()
    return " ".join(taken)


def unbalanced_opening(text: str) -> bool:
    """Whether a quotation opened in ``text`` is still open at its end."""
    if text.count("«") > text.count("»") or text.count("“") > text.count("”"):
        return True
    return text.count('"') % 2 == 1 and text.lstrip()[:1] == '"'


def closes_quotation(text: str) -> bool:
    return (
        text.count("»") > text.count("«")
        or text.count("”") > text.count("“")
        or (text.count('"') % 2 == 1 and text.lstrip()[:1] != '"')
    )


def starts_with_quote(text: str) -> bool:
    return text.lstrip()[:1] in (*OPENERS, '"')


def opens_quote_before(text: str, end: int) -> bool:
    """Whether a quotation mark opens in ``text`` before position ``end``."""
    head = text[:end]
    return any(mark in head for mark in OPENERS) or head.count('"') >= 1


_INLINE_INTRO = re.compile(r"^(?P<who>[^:«\"]{2,80}?):\s*[«\"“]")
_AROUND = re.compile(r"айтуынша|пікірінше|сөзінше|мәліметінше|aıtýynsha|aituynsha", re.I)
_SOURCE = re.compile(
    rf"(?P<src>[{UPPER}][{LETTER}-]+?)(?:ға|ге|қа|ке|на|не)\s+сілтеме\s+жасап"
    rf"|(?P<svc>[{UPPER}][{LETTER}-]+(?:\s[{LETTER}-]+)?\s+баспасөз\s+қызметі)"
)


def inline_introducer(text: str) -> str | None:
    """``Мемлекет басшысы: «…»`` names its speaker before a colon."""
    match = _INLINE_INTRO.match(text)
    return match.group("who").strip() if match else None


def reported_around(text: str) -> int | None:
    """Where ``X-тың айтуынша`` (according to X) stands in ``text``, if it does."""
    match = _AROUND.search(text)
    return match.start() if match else None


def statement_source(text: str) -> str | None:
    """The source a news item cites for a statement (``Ақордаға сілтеме жасап``)."""
    match = _SOURCE.search(text)
    if match is None:
        return None
    return match.group("src") or match.group("svc")
