"""Claim suggestions read from Kazakh quotes, measured against claims marked by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from c5tui.store.connection import transaction
from c5tui.store.suggestions import insert_suggestions
from c5tui.tagging.annotation import article_sentences, load_claim_annotation
from c5tui.tagging.suggest import find_suggestions, suggest
from c5tui.workspace import Workspace

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.mark.parametrize(
    ("kk", "kind", "certainty"),
    [
        ("Қазан айында жылдық инфляция 12 пайызға дейін төмендеді.", "statistic", "asserted"),
        ("Соңғы бес жылда аймақ ішіндегі сауда екі есеге өсті.", "statistic", "asserted"),
        ("Онда жылына бір миллионнан астам адам келеді.", "statistic", "asserted"),
        ("Биыл 18 жылу электр орталығы жөнделді.", "statistic", "asserted"),
        ("Шаруашылықтардың үштен бірі өтінім берді.", "statistic", "asserted"),
        ("Қазақстанда 33 миллиард тоннадан астам көмір қоры бар.", "statistic", "asserted"),
        ("Биыл бұл көрсеткіш артады деп күтеміз.", "forecast", "expected"),
        ("Мұндай рейстердің ашылуы әбден мүмкін деп санаймыз.", "forecast", "hedged"),
        ("Мұнай бағасы тұрақты болса, ұлттық валюта күзде нығаяды.", "forecast", "conditional"),
        ("Үкімет инфляцияны тежеуге бар күшін салуы керек.", "recommendation", "asserted"),
        ("Әкімдер бағаны қадағалауға міндетті», – деп жазды.", "recommendation", "asserted"),
        ("Resmi derekközderge ǧana senu qajet.", "recommendation", "asserted"),
        ("Әкімдік бұл мәселені шешуге тиісті.", "recommendation", "asserted"),
    ],
)
def test_what_is_suggested(kk: str, kind: str, certainty: str) -> None:
    found = suggest(kk)
    assert found is not None
    assert (found.kind, found.certainty) == (kind, certainty)


@pytest.mark.parametrize(
    "kk",
    [
        "Еске салайық, 2 қыркүйекте Қостанай облысында орман өртенді.",  # a date
        "Мектептер 1 қыркүйекке дейін ашылады.",
        "Ассемблеяның 20 жылдығы аталып өтті.",  # an anniversary
        "Ол 80-сессияда сөз сөйледі.",  # an ordinal
        "2025 жылы саммит өтті.",  # a year
        "Әкімдік қажетті қаржы бөледі.",  # қажетті, necessary: not a recommendation
        "Құтқару қызметінің тиісті бөлімшелері шақырылды.",  # тиісті, the relevant units
        "Бұл бізге мүмкіндік береді.",  # мүмкіндік, opportunity
        "Фермерлер цифрлық платформаларды қаншалықты пайдаланады?",  # a question
        "Сайлауға қатысу белсенділігі жоғары болды.",  # a plain fact
    ],
)
def test_what_is_not(kk: str) -> None:
    assert suggest(kk) is None


def test_latin_tiis_due_to_be_shipped_is_no_recommendation() -> None:
    kk = (
        "Reuters mälımetınşe, TŞO Qara teŋızdegı KQK terminalynan qaŋtar jäne aqpan ailarynda"
        " jöneltıluı tiıs CPC Blend markaly mūnaidyŋ şamamen 600–700 myŋ tonna kölemındegı"
        " bes eksporttyq partiiasyn jöneltuden bas tartqan."
    )
    for text in (kk, kk.upper()):
        found = suggest(text)
        assert found is not None and found.kind == "statistic"


def test_a_question_turn_is_never_a_claim() -> None:
    assert suggest("Инфляция 12 пайызға төмендеді ме", question=True) is None


def test_precision_and_recall_on_the_hand_marked_articles() -> None:
    marked = load_claim_annotation(DATA / "claims-annotation.toml")
    tp = fp = fn = 0
    for path in sorted((DATA / "articles").glob("*.expected")):
        gold = marked.get(path.stem, {})
        for sentence in article_sentences(DATA / "articles", path.stem):
            found = suggest(sentence.text, question=sentence.role == "question") is not None
            tp += found and sentence.key in gold
            fp += found and sentence.key not in gold
            fn += not found and sentence.key in gold
    assert tp + fn >= 20
    assert tp / (tp + fp) >= 0.9
    assert tp / (tp + fn) >= 0.7


def test_a_quote_that_came_to_state_a_claim_meanwhile_is_not_suggested(
    workspace: Workspace,
) -> None:
    # Found before the write lock; meanwhile the analyst links the quote to a claim.
    rows = find_suggestions(workspace.db, 1)
    assert len(rows) >= 2
    claim = workspace.claims(1)[0]
    workspace.link_quotes(claim.id, [rows[0][0]])
    with transaction(workspace.db):
        added = insert_suggestions(workspace.db, 1, rows)
    stored = workspace.claim_suggestions(1)
    assert [s.id for s in stored] == added
    assert [s.sentence_id for s in stored] == [row[0] for row in rows[1:]]
    assert find_suggestions(workspace.db, 1) == []
