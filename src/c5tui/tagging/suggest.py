"""Claims worth checking in a new quote: statistics, forecasts and recommendations.

Read from the Kazakh, for the analyst to accept, edit or dismiss:
- a **forecast** is expected (``деп күтеміз``, ``күтілуде``), conditional (``Егер …``,
  ``… болса, …``) or possible (``мүмкін``);
- a **recommendation** says what must or should be done (``керек``, ``қажет``, ``тиіс``,
  a closing ``міндетті``), in Cyrillic or Latin script;
- a **statistic** has a number that counts or measures (``12 пайызға``, ``18 жылу электр
  орталығы``, ``бір миллионнан астам``, ``екі есеге``, ``үштен бірі``), not a date, a year,
  an ordinal (``80-сессия``) or a span of years.
Questions are not claims. The statement offered is the quote itself (its English if it
has one), so it keeps every hedge the speaker used.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from c5tui.store.database import Database
from c5tui.store.suggestions import insert_suggestions
from c5tui.tagging.certainty import Certainty, certainty_of, markers_folded
from c5tui.text import word_keys
from c5tui.text.tokens import token_keys

SuggestedKind = Literal["statistic", "forecast", "recommendation"]

_W = r"[^\W\d_]"
_MONTHS = re.findall(
    r"\S+",
    "қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан "
    "january february march april may june july august september october november december",
)
# What follows a number that makes it a date, a year or a span of time, not a measure.
_NOT_A_MEASURE = re.compile(
    rf"^[\s-]*(?:(?:{'|'.join(_MONTHS)}){_W}*|жыл(?!у){_W}*|ғасыр{_W}*|күн{_W}*|сағат{_W}*"
    rf"|тамыз|жылы|[-–]?(?:ші|шы|інші|ыншы|сессия){_W}*)",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)?(?:\s?%)?")
_NUMBER_WORDS = re.findall(
    r"\S+",
    "бір екі үш төрт бес алты жеті сегіз тоғыз он жиырма отыз қырық елу алпыс жетпіс сексен "
    "тоқсан жүз мың миллион миллиард",
)
_NUMBER_WORD = re.compile(rf"(?<!{_W})(?:{'|'.join(_NUMBER_WORDS)})(?!{_W})", re.I)
# A number word counts only with a unit, a measure or "more than" after it.
_UNITS = re.compile(
    rf"^\s*(?:пайыз{_W}*|есе{_W}*|миллион{_W}*|миллиард{_W}*|млн|млрд|мың{_W}*|тонна{_W}*"
    rf"|доллар{_W}*|теңге{_W}*|еуро{_W}*|шақырым{_W}*|километр{_W}*|гектар{_W}*|астам"
    rf"|%)",
    re.IGNORECASE,
)
_FRACTION = re.compile(rf"(?<!{_W})(?:үштен|төрттен|бестен|ондан)\s+бір{_W}*|жартысы", re.I)
# тиісті and міндетті say "must" only as the predicate, at the sentence's end; before a
# noun they are "the relevant", "compulsory" (тиісті бөлімшелері, the relevant units).
_NORMATIVE = re.compile(
    rf"(?<!{_W})(?:керек|қажет|тиіс|(?:тиісті|міндетті)(?=\s*[.!»\"]))(?!{_W})",
    re.IGNORECASE,
)
# Not тиіс: it folds as тіс (a tooth) does, and where a Latin fixture has it, it is
# attributive ("jöneltıluı tiıs", due to be shipped), not a call to act.
_NORMATIVE_KEYS = frozenset({"kerek", "kajet"})
# Case-folded words one of which a text must hold for a pattern to match, tested first
# because the patterns' look-behinds make a search try every position (casefold as in
# certainty.NEEDED). A unit must follow a number word, so the units stand for _NUMBER_WORD.
UNIT_WORDS: tuple[str, ...] = (
    "пайыз", "есе", "миллион", "миллиард", "млн", "млрд", "мың", "тонна", "доллар", "теңге",
    "еуро", "шақырым", "километр", "гектар", "астам", "%",
)  # fmt: skip
FRACTION_WORDS: tuple[str, ...] = ("үштен", "төрттен", "бестен", "ондан", "жартысы")
NORMATIVE_WORDS: tuple[str, ...] = ("керек", "қажет", "тиіс", "міндетті")
_A_DIGIT = re.compile(r"\d")  # what every _DIGITS match starts with


@dataclass(frozen=True, slots=True)
class Suggestion:
    kind: SuggestedKind
    certainty: Certainty
    evidence: str  # the words that make it one


def _statistic(kk: str, folded: str) -> str | None:
    """The first number that counts or measures; ``folded`` is ``kk.casefold()``."""
    if _A_DIGIT.search(kk):
        for number in _DIGITS.finditer(kk):
            after = kk[number.end() : number.end() + 20]
            if after.startswith("-") or _NOT_A_MEASURE.match(after):
                continue
            return number.group(0)
    if any(unit in folded for unit in UNIT_WORDS):
        for word in _NUMBER_WORD.finditer(kk):
            unit = _UNITS.match(kk[word.end() :])
            if unit:
                return kk[word.start() : word.end() + unit.end()]
    if not any(word in folded for word in FRACTION_WORDS):
        return None
    fraction = _FRACTION.search(kk)
    return fraction.group(0) if fraction else None


def _recommendation(kk: str, folded: str) -> str | None:
    """The word that says what must be done; ``folded`` is ``kk.casefold()``."""
    if any(word in folded for word in NORMATIVE_WORDS):
        found = _NORMATIVE.search(kk)
        if found:
            return found.group(0)
    # Latin-script Kazakh (qajet, kerek): compared on folded words. The keys alone, read
    # without a loop over the words, rule out most sentences first.
    if _NORMATIVE_KEYS.isdisjoint(token_keys(kk)):
        return None
    return next((word for word, key in word_keys(kk) if key in _NORMATIVE_KEYS), None)


def suggest(kk: str, *, question: bool = False) -> Suggestion | None:
    """The claim a Kazakh sentence may state, or None."""
    if question or kk.rstrip('»"” )').endswith("?"):
        return None
    folded = kk.casefold()  # for the cheap word tests before each pattern
    found = markers_folded(kk, folded)
    certainty = certainty_of(found)
    future = [
        words
        for kind, words in found
        if kind in ("expected", "conditional") or words.lower() == "мүмкін"
    ]
    if future:
        return Suggestion("forecast", certainty, future[0])
    normative = _recommendation(kk, folded)
    if normative:
        return Suggestion("recommendation", certainty, normative)
    number = _statistic(kk, folded)
    if number:
        return Suggestion("statistic", certainty, number)
    return None


SuggestionRow = tuple[int, str, str, str, str]  # sentence id, kind, certainty, statement, evidence
# What :func:`suggest` made of (Kazakh, whether a question turn's): found ahead, where the
# database is not at hand (a bulk import's workers).
FoundClaims = dict[tuple[str, bool], Suggestion | None]


def claims_of_texts(texts: Iterable[tuple[str, bool]]) -> FoundClaims:
    """The claim each (Kazakh, whether a question turn's) may state, or None."""
    return {(kk, question): suggest(kk, question=question) for kk, question in texts}


def find_suggestions(
    db: Database, document_id: int, found: FoundClaims | None = None
) -> list[SuggestionRow]:
    """The claims one document's quotes may state, read without writing anything.

    Only quotes that have never had a suggestion (whatever the analyst's verdict on it)
    and state no claim yet are read, so a second run finds only what is new. The
    statement offered is the quote's English when it has one, else its Kazakh. What
    ``found`` holds for a quote's text and turn is taken as found; the rest is read here.
    """
    rows = db.execute(
        "SELECT s.id, s.kk, s.en, t.role FROM sentences s JOIN turns t ON t.id = s.turn_id"
        " WHERE s.document_id = ?"
        " AND NOT EXISTS (SELECT 1 FROM claim_suggestions c WHERE c.sentence_id = s.id)"
        " AND NOT EXISTS (SELECT 1 FROM claim_sentences c WHERE c.sentence_id = s.id)"
        " ORDER BY s.position",
        [document_id],
    ).fetchall()
    known = found or {}
    suggested: list[SuggestionRow] = []
    for sentence_id, kk, en, role in rows:
        question = role == "question"
        if (kk, question) in known:
            suggestion = known[(kk, question)]
        else:
            suggestion = suggest(kk, question=question)
        if suggestion is not None:
            statement = en or kk
            suggested.append(
                (sentence_id, suggestion.kind, suggestion.certainty, statement, suggestion.evidence)
            )
    return suggested


def suggest_document(db: Database, document_id: int, found: FoundClaims | None = None) -> list[int]:
    """Suggest the claims of one document's quotes; the caller holds the transaction.

    Returns the ids of the suggestions added.
    """
    return insert_suggestions(db, document_id, find_suggestions(db, document_id, found))
