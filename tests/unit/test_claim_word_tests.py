"""Certainty markers and claim suggestions test a few words before each pattern; the answer
is the same as every pattern applied to every sentence, the way they were read before."""

from __future__ import annotations

import re
import sqlite3
import sys
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from c5tui.corpus.keys import numbered_sentences
from c5tui.corpus.reader import load_article
from c5tui.tagging import certainty, suggest
from c5tui.tagging.annotation import article_sentences
from c5tui.tagging.certainty import Certainty, certainty_of, markers
from c5tui.text import word_keys

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
SEED = ROOT.parent / "shared" / "seed"  # the seed the repository's fixtures came from

# The reference functions below are the bodies of markers, _statistic, _recommendation and
# suggest as they were before the word tests, copied on purpose: a reference that shared
# the code it checks would prove nothing. They use the modules' own patterns.


def reference_markers(kk: str) -> list[tuple[Certainty, str]]:
    """Every pattern over the whole text, the contrast read for every text."""
    contrast = certainty._IF.search(kk) is None and (
        certainty._CONTRAST.search(kk) is not None or certainty._past_main_verb(kk)
    )
    return [
        (kind, found.group(0))
        for kind, pattern in certainty._MARKERS
        for found in pattern.finditer(kk)
        if not (kind == "conditional" and contrast)
    ]


def reference_statistic(kk: str) -> str | None:
    for number in suggest._DIGITS.finditer(kk):
        after = kk[number.end() : number.end() + 20]
        if after.startswith("-") or suggest._NOT_A_MEASURE.match(after):
            continue
        return number.group(0)
    for word in suggest._NUMBER_WORD.finditer(kk):
        unit = suggest._UNITS.match(kk[word.end() :])
        if unit:
            return kk[word.start() : word.end() + unit.end()]
    fraction = suggest._FRACTION.search(kk)
    return fraction.group(0) if fraction else None


def reference_recommendation(kk: str) -> str | None:
    found = suggest._NORMATIVE.search(kk)
    if found:
        return found.group(0)
    return next((w for w, key in word_keys(kk) if key in suggest._NORMATIVE_KEYS), None)


def reference_suggest(kk: str, question: bool = False) -> tuple[str, str, str] | None:
    if question or kk.rstrip('»"” )').endswith("?"):
        return None
    found = reference_markers(kk)
    sure = certainty_of(found)
    future = [
        words
        for kind, words in found
        if kind in ("expected", "conditional") or words.lower() == "мүмкін"
    ]
    if future:
        return ("forecast", sure, future[0])
    normative = reference_recommendation(kk)
    if normative:
        return ("recommendation", sure, normative)
    number = reference_statistic(kk)
    return ("statistic", sure, number) if number else None


def suggested(kk: str) -> tuple[str, str, str] | None:
    found = suggest.suggest(kk)
    return None if found is None else (found.kind, found.certainty, found.evidence)


# The old wide letter forms IGNORECASE takes for с, т, д, о; str.lower() leaves them alone.
WIDE = str.maketrans({"с": "\u1c83", "т": "\u1c84", "д": "\u1c81", "о": "\u1c82"})


def _article_texts() -> Iterator[str]:
    for path in [*sorted((ROOT / "fixtures").glob("*.kk.txt")), *sorted(SEED.glob("*.kk.txt"))]:
        yield from (sentence.text for *_, sentence in numbered_sentences(load_article(path)))
    for expected in sorted(DATA.glob("articles*/*.expected")):
        yield from (s.text for s in article_sentences(expected.parent, expected.stem))
    for db in sorted(DATA.glob("*.db")):
        with sqlite3.connect(f"file:{db}?mode=ro&immutable=1", uri=True) as conn:
            yield from (kk for (kk,) in conn.execute("SELECT kk FROM sentences"))


def _lines() -> Iterator[str]:
    """Every line of every text file of the fixtures: quotes, annotations, translations."""
    for path in sorted([*(ROOT / "fixtures").rglob("*"), *DATA.rglob("*"), *SEED.glob("*")]):
        if path.is_file() and path.suffix != ".db":
            try:
                yield from path.read_text(encoding="utf-8").splitlines()
            except UnicodeDecodeError:
                continue


@cache
def fixture_texts() -> tuple[str, ...]:
    """Each Kazakh sentence and line of the fixtures, as written, upper-cased and in wide
    letters."""
    texts = dict.fromkeys([*_article_texts(), *_lines()])
    return tuple(dict.fromkeys(v for t in texts for v in (t, t.upper(), t.translate(WIDE))))


# Every unit a number word takes, as the pattern has them, each to stand alone in a sentence.
UNITS = (
    "пайыз", "есеге", "миллион", "миллиард", "млн", "млрд", "мың", "тонна", "доллар", "теңге",
    "еуро", "шақырым", "километр", "гектар", "астам", "%",
)  # fmt: skip
TRICKY = [
    "ЕГЕР ВАШИНГТОН ШЕКТЕУЛЕРДІ ҚАЙТА ҚАРАСА, ЖОЛ АШЫЛАДЫ.",
    "Егер бағасы түссе, экспорт азаяды.",
    "Егер, әрине, келісім болса.",
    "егер",
    "Бұл мүмкін емес.",
    "Бұл МҮМКІН ЕМЕС, бірақ мүмкін.",
    "Бұл бізге жаңа мүмкіндік береді.",
    "Мүмкін",
    "Ол дұрыс сияқты.",
    "Ол дұрыс СИЯҚТЫ",
    "Барлау сияқты маңызды шаруа.",
    "Жаңбыр жауса, егін жақсы шығады.",
    "Бағасы түссе , экспорт азаяр еді.",
    "Ол келсе,бұл жолы кетеді.",
    "Ол кезде келсе, қазір кетеді.",
    "Ол келсе, басшы қолдаған еді.",
    "Әсіресе, жастар келеді.",
    "ӘСІРЕСЕ, немесе, әйтпесе, көбінесе, жастар келеді.",
    "Әсіресе,",
    "5болса, бәрі өзгереді.",
    "Инфляция 12% болды.",
    "Инфляция 12 % болды.",
    "Өсім жиырма % болды.",
    "Инфляция 12,5 пайызға түсті.",
    "Өсім 1.5 есе.",
    "Шаруашылықтардың үштен бірі өтінім берді.",
    "ҮШТЕН БІРІ келді.",
    "Төрттен бірі, бестен бірі, ондан бірі.",
    "Төрттен бірі келді.",
    "Бестен бірі келді.",
    "Ондан бірі келді.",
    *(f"Өсім жиырма {unit} болды." for unit in UNITS),
    "Халықтың жартысы келді.",
    "Жүз мың тонна астық жиналды.",
    "ЕКІ ЕСЕГЕ өсті.",
    "Бір миллионнан астам адам келеді.",
    "2025 жылы саммит өтті.",
    "Ол 80-сессияда сөз сөйледі.",
    "Керек.",
    "Үкімет қаржы бөлуі КЕРЕК.",
    "Әкімдер міндетті».",
    "Әкімдік қажетті қаржы бөледі.",
    "Resmi derekközderge ǧana senu QAJET.",
    "Бұл кереек.",
    "Қателеспесем, бұл дұрыс.",
    "ҚАТЕЛЕСПЕСЕМ",
    "Бұл ықтимал, шамасы, шығармыз.",
    # every marker word alone
    "Бұл ықтимал.",
    "Шамасы, ол келеді.",
    "Ол келер шығармын.",
    "Ол айтуынша келеді.",
    "Ол пікірінше келеді.",
    "Ол жазуынша келеді.",
    "Ол деп есептейтін адам.",
    "Ол бағаланып отыр.",
    "Ол жоспарлануда.",
    "Ол деп күтті.",
    "Келісім жасалады деп күтеміз.",
    "Жаңа келісімдер КҮТІЛУДЕ.",
    "Жоспарланған жұмыс.",
    "Бұл негізгі технология саналады.",
    "Ол дұрыс деп САНАЙДЫ, деп есептейді.",
    "Оның айтуынша, пікірінше, жазуынша, бағаланып отыр.",
    "Инфляция 12 пайызға төмендеді ме?",
    "",
    "?",
    "%",
]


def test_the_fixtures_and_hard_cases_read_as_before() -> None:
    texts = [*fixture_texts(), *TRICKY, *(t.translate(WIDE) for t in TRICKY)]
    assert len(texts) > 5000
    assert [markers(t) for t in texts] == [reference_markers(t) for t in texts]
    assert [suggested(t) for t in texts] == [reference_suggest(t) for t in texts]
    # Enough of each kind that a word test skipping too much would show.
    kinds = {kind for t in texts for kind, _ in markers(t)}
    assert kinds == {"hedged", "conditional", "expected", "reported"}
    found = {s[0] for t in texts if (s := suggested(t))}
    assert found == {"forecast", "recommendation", "statistic"}


@pytest.mark.parametrize(
    ("kk", "found"),
    [
        ("ЕГЕР ОЛ ҚАРАСА, ЖОЛ АШЫЛАДЫ.", [("conditional", "ЕГЕР"), ("conditional", "ҚАРАСА,")]),
        ("Бұл мүмкін емес.", []),
        ("Бұл бізге жаңа мүмкіндік береді.", []),
        ("Ол дұрыс сияқты.", [("hedged", "сияқты")]),
        ("Ол дұрыᲃ ᲃияқты.", [("hedged", "ᲃияқты")]),  # the wide с that lower() keeps
        ("Әсіресе, жастар келеді.", []),
        ("Жаңбыр жауса, егін шығады.", [("conditional", "жауса,")]),
        ("Ол кезде келсе, қазір кетеді.", []),
    ],
)  # fmt: skip
def test_hard_cases(kk: str, found: list[tuple[str, str]]) -> None:
    assert markers(kk) == found


@pytest.mark.parametrize(
    ("kk", "evidence"),
    [
        ("Инфляция 12% болды.", "12%"),
        ("Өсім жиырма % болды.", "жиырма %"),
        ("Шаруашылықтардың ҮШТЕН БІРІ өтінім берді.", "ҮШТЕН БІРІ"),
        ("Жүз мың тонна астық жиналды.", "Жүз мың"),
        ("Бұл кереек.", "кереек"),  # folds to kerek, found only by its key
    ],
)
def test_hard_suggestions(kk: str, evidence: str) -> None:
    found = suggest.suggest(kk)
    assert found is not None and found.evidence == evidence


def test_every_letter_a_pattern_matches_casefolds_to_the_word_tested() -> None:
    """The word tests hold because IGNORECASE takes a letter only for letters that
    casefold() maps onto it (lower() would miss ᲃ, which IGNORECASE takes for с)."""
    tested = [
        *(w for words in certainty.NEEDED.values() for w in words),
        *suggest.UNIT_WORDS,
        *suggest.FRACTION_WORDS,
        *suggest.NORMATIVE_WORDS,
    ]
    everything = "".join(chr(i) for i in range(sys.maxunicode + 1) if not 0xD800 <= i <= 0xDFFF)
    for letter in sorted(set("".join(tested))):
        taken = re.compile(re.escape(letter), re.IGNORECASE).findall(everything)
        assert letter.casefold() == letter
        assert {c.casefold() for c in taken} == {letter}, letter


PIECES = st.sampled_from(
    [
        *(w for words in certainty.NEEDED.values() for w in words),
        *suggest.UNIT_WORDS,
        *suggest.FRACTION_WORDS,
        *suggest.NORMATIVE_WORDS,
        *suggest._NUMBER_WORDS,
        "егер", "мүмкін емес", "мүмкіндік", "сияқты.", "болса", "келсе", "әсіресе", "немесе",
        "бұл жолы", "ол кезде", "қазір", "тұрды", "еді", "қолдаған", "деп", "күтеміз",
        "күтілуде", "саналады", "бірі", "12", "3,5", "2025", "жылы", "қыркүйек", "-сессия",
        "kerek", "qajet", "кереек", " ", " ", ",", ".", "?", "»", "%", "-", "_", "5",
        "\u1c83", "\u1c84", "а", "е", "с", "ы", "і", "Қ", "Ү", "\u00a0",
    ]
)  # fmt: skip
MADE_UP = st.lists(PIECES, max_size=14).map("".join) | st.lists(PIECES, max_size=14).map(
    lambda pieces: "".join(pieces).upper()
)


@settings(max_examples=400, deadline=None)
@given(kk=MADE_UP)
def test_made_up_sentences_read_as_before(kk: str) -> None:
    assert markers(kk) == reference_markers(kk)
    assert suggested(kk) == reference_suggest(kk)
