"""The auto-tagger on hand-made sentences: inflection, hyphens, scripts, false friends."""

from __future__ import annotations

import pytest

from c5tui.model import Tag
from c5tui.tagging.autotag import AutoTagger

TAGS = [
    Tag("usa", "actor", "АҚШ", "USA", aliases=("Вашингтон", "Ақ үй", "америкалық", "Washington")),
    Tag("kazakhstan", "actor", "Қазақстан", "Kazakhstan", aliases=("Астана", "қазақстандық")),
    Tag("minerals", "sector", "Минералдар", "Minerals", aliases=("минерал", "литий", "rare earth")),
    Tag("fossil_fuels", "sector", "Қазба отын", "Fossil fuels", aliases=("көмір", "coal")),
    Tag("energy_transition", "sector", "Энергетикалық ауысу", "Energy transition",
        aliases=("көміртегі бейтараптығы", "carbon neutrality")),
]  # fmt: skip


def tags_of(kk: str, en: str | None = None) -> set[str]:
    return {t.tag for t in AutoTagger(TAGS).tag(kk, en)}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("АҚШ-тың мүддесі айқын.", {"usa"}),
        ("Қазақстанға инвестиция келеді.", {"kazakhstan"}),
        ("Минералдардың маңызы зор.", {"minerals"}),
        ("Көмірді терең өңдеу керек.", {"fossil_fuels"}),
        ("Ақ үй мұны түсінеді.", {"usa"}),
        ("Qazaqstan men Vashington.", {"kazakhstan", "usa"}),
        ("Америкалық компаниялар келді.", {"usa"}),
        ("Ол ақшаға көбірек тоқталады.", set()),  # money, not the USA
        ("Көміртегі бейтараптығына жету.", {"energy_transition"}),  # carbon, not coal
        ("Үй салынды.", set()),
    ],
)
def test_kazakh_sentences(sentence: str, expected: set[str]) -> None:
    assert tags_of(sentence) == expected


def test_english_side_is_read() -> None:
    assert tags_of("Мәтін.", "Rare earth metals and coal in Washington.") == {
        "minerals",
        "fossil_fuels",
        "usa",
    }


def test_evidence_is_the_matched_text() -> None:
    [found] = AutoTagger(TAGS).tag("Бұл АҚШ-тың ісі.")
    assert (found.tag, found.side, found.evidence) == ("usa", "kk", "АҚШ")
    assert "Бұл АҚШ-тың ісі."[found.start : found.end] == "АҚШ"
