"""Parts of a sentence that are not topical evidence: datelines, outlets, institutions.

A dateline (``АСТАНА. KAZINFORM —``) says where the piece was filed and an outlet's name
(«Егемен Қазақстан», The Qazaq Times) who published it: neither shows an actor or a
sector. An institution's proper name (``Цифрлық әлеуметтік ғылымдар орталығы``,
``Білім басқармасы``, ``Reseidıŋ syrtqy ıster ministrlıgı``, ``Center for Digital Social
Sciences``) names who speaks, not what about, so sectors are not taken from it (actors
still are: ``Астана қаласы әкімдігі``), nor is a Latin name quoted in Kazakh text («Day
of AI»). A country's name that only begins a short quoted name («Қазақстан темір жолы»)
is a company's, not the country.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import compress, count
from operator import itemgetter

from c5tui.corpus.outlets import DATED_DATELINE, DATELINE, DATELINE_OUTLETS, KNOWN
from c5tui.text import Token, token_keys
from c5tui.text.latin import to_latin

Span = tuple[int, int]

_OUTLETS = sorted({*KNOWN, "the qazaq times", "qazaq times"}, key=len, reverse=True)
_OUTLET_NAMES = r"(?<!\w)(?:" + "|".join(re.escape(name) for name in _OUTLETS) + r")(?!\w)"
_OUTLET = re.compile(_OUTLET_NAMES, re.IGNORECASE)
# The names are lower case: matched in the lowered text, the search is several times faster.
_OUTLET_LOWER = re.compile(_OUTLET_NAMES)
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


# The words of each outlet's name: a text without all the words of one names no outlet.
_OUTLET_WORDS = tuple(frozenset(token_keys(name)) for name in _OUTLETS)
# Each word of an outlet's name -> the names it is in: a text without any such word (most
# texts) is ruled out by one set operation, and the words it has of them are all that an
# outlet's name needs.
_OUTLETS_OF_WORD = {
    word: [words for words in _OUTLET_WORDS if word in words]
    for word in sorted(set().union(*_OUTLET_WORDS))
}
_OUTLET_KEYS = frozenset(_OUTLETS_OF_WORD)
_KEY = itemgetter(3)  # a token's key, read without a Python call per token
_TEXT = itemgetter(2)  # a token's text


def _names_an_outlet(tokens: list[Token]) -> bool:
    """Whether the words of some outlet's name are all among these words."""
    hits = _OUTLET_KEYS.intersection(map(_KEY, tokens))
    return bool(hits) and any(words <= hits for key in hits for words in _OUTLETS_OF_WORD[key])


def masked_spans(text: str, tokens: list[Token] | None = None) -> list[Span]:
    """Spans whose words show neither actors nor sectors: the dateline and outlets' names.

    ``tokens``, the text's words, let a text naming no outlet skip the search for one."""
    spans: list[Span] = []
    if tokens is None or _names_an_outlet(tokens):
        lowered = text.lower()
        # Lowering keeps offsets unless a letter grows (İ → i̇); then search the text itself.
        if len(lowered) == len(text):
            spans += [m.span() for m in _OUTLET_LOWER.finditer(lowered)]
        else:
            spans += [m.span() for m in _OUTLET.finditer(text)]
    if any(outlet in text for outlet in DATELINE_OUTLETS):
        dateline = DATELINE.match(text)
        if dateline:
            spans.append(dateline.span())
    dated = DATED_DATELINE.match(text)
    if dated:
        spans.append(dated.span())
    return spans


def institution_spans(tokens: list[Token]) -> list[Span]:
    """Spans of institutions' proper names and official titles in a sentence's words."""
    spans: list[Span] = []
    heads = list(map(_head_kind, map(_TEXT, tokens)))  # most words head no name
    for i in compress(count(), heads):
        token, head = tokens[i], heads[i]
        if head is _KAZAKH_HEAD:
            start = _capital_before(tokens, i)
            if start is not None:
                spans.append((tokens[start].start, token.end))
        elif head is _ENGLISH_HEAD:
            spans.append(_english_name(tokens, i))
    return spans


_KAZAKH_HEAD, _ENGLISH_HEAD = "kk", "en"


# Words repeat: a corpus asks about a few thousand words, millions of times.
@lru_cache(maxsize=1 << 16)
def _head_kind(word: str) -> str | None:
    """Whether a word heads an institution's name in Kazakh or in English."""
    lower = word.lower()
    if lower.startswith(_KAZAKH_HEADS):
        return _KAZAKH_HEAD
    if lower in _ENGLISH_HEADS and word[0].isupper():
        return _ENGLISH_HEAD
    return None


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
    if "«" not in text:  # what each name opens with; most sentences have none
        return []
    return [m.span() for m in _LEGAL_NAME.finditer(text)]


_GUILLEMETS = re.compile(r"«([^«»]{1,120})»")
_QUOTED = re.compile(r"«([^«»]{1,120})»|\"([^\"«»]{1,120})\"")
NAME_IN_QUOTES_WORDS = 4
_SAID = re.compile(r"[\s,]*(?:деді|деп|деген|дейді|дегенді|dedi|dep|degen)(?!\w)", re.I)
_CYRILLIC = re.compile(r"[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]")
_LATIN = re.compile(r"[A-Za-z]")


def latin_name_spans(text: str) -> list[Span]:
    """Latin-script names in «…» inside Kazakh Cyrillic text («Massachusetts Institute of
    Technology», «Day of AI»): a foreign body's or a product's name, not its topic."""
    if "«" not in text or not _CYRILLIC.search(text):
        return []
    return [
        m.span()
        for m in _GUILLEMETS.finditer(text)
        if _LATIN.search(m.group(1)) and not _CYRILLIC.search(m.group(1))
    ]


def named_after(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` only begins a longer name in «…» or "…":
    «Қазақстан темір жолы», "Kazakh Invest" and «Astana-1» are companies and a substation,
    not the country. A format joined by a dash («Орталық Азия – Қытай») names its parts;
    a longer «…» («Қазақстан цифрлық державаға айналуы керек») or words followed by деді
    are a quotation, not a name."""
    if "«" not in text and '"' not in text:  # no name in quotes; most sentences have none
        return False
    for match in _QUOTED.finditer(text):
        group = 1 if match.group(1) is not None else 2
        inside_start, inside_end = match.span(group)
        if inside_start <= start and end <= inside_end:
            if len(match.group(group).split()) > NAME_IN_QUOTES_WORDS:
                return False
            if _SAID.match(text, match.end()):
                return False  # «Қазақстан жеңді» деді: words quoted, not a name
            rest = text[end:inside_end]
            return bool(rest.strip()) and not rest.lstrip().startswith(("–", "—", "- "))
    return False


# Three or more fields listed before «салалар/саласында» (forums on "цифрлық даму,
# туризм, энергетика, бизнес салаларында"): a list of fields is not what the sentence is
# about. Items are a few words each, so a clause ending in «сала» does not qualify.
_FIELD_LIST = re.compile(
    r"(?<![\w-])(?:[^\W\d_][\w-]*(?:\s[^\W\d_][\w-]*){0,2},\s+){2,}"
    r"(?:(?:және|тіпті|мен)\s+)?[^\W\d_][\w-]*(?:\s[^\W\d_][\w-]*){0,2}\s+сала(?:сы|лар)\w*"
)


_ITEM = re.compile(r"[^,]+")
_LEAD = re.compile(r"^\s*(?:(?:соның\s+)?ішінде\s+|және\s+|тіпті\s+|мен\s+)*")
_FIELDS_WORD = re.compile(r"\s+сала(?:сы|лар)\w*\s*$")


def field_lists(text: str) -> list[list[Span]]:
    """Each list of fields named before «салалар» (``… туризм, энергетика салаларында``),
    as the spans of its items."""
    if "сала" not in text:  # the list's last word; most sentences have none
        return []
    lists = []
    for match in _FIELD_LIST.finditer(text):
        items = []
        for item in _ITEM.finditer(match.group(0)):
            words = item.group(0)
            lead = _LEAD.match(words)
            tail = _FIELDS_WORD.search(words)
            start = match.start() + item.start() + (lead.end() if lead else 0)
            items.append(
                (start, match.start() + item.start() + (tail.start() if tail else len(words)))
            )
        lists.append(items)
    return lists


def overlaps(start: int, end: int, spans: list[Span]) -> bool:
    return any(start < s_end and s_start < end for s_start, s_end in spans)
