"""The auto-tagger with the bundled codebook on the false positives seen in real articles."""

from __future__ import annotations

import pytest

from c5tui import resources
from c5tui.model import Tag
from c5tui.tagging.autotag import AutoTagger
from c5tui.tagging.codebook import load_codebook


@pytest.fixture(scope="module")
def tagger() -> AutoTagger:
    return AutoTagger(load_codebook(resources.bundled_codebook()))


def tags_of(tagger: AutoTagger, kk: str, en: str | None = None) -> set[str]:
    return {t.tag for t in tagger.tag(kk, en)}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # ұ/у, ң/н: exact Kazakh letters, not the search fold
        ("Бұл ұран халыққа таныс.", set()),
        ("Ұранды жиі айтады.", set()),
        ("Уранның қоры мол.", {"minerals"}),
        ("Кең дала.", set()),  # кең (wide) is not кен (ore)
        ("Кен орны ашылды.", {"minerals"}),
        # English and Latin aliases do not apply to Kazakh Cyrillic words
        ("Оны білмейтін қазақ кемде-кем.", set()),  # Kazakh (the English alias)
        ("Қалада 3 мың орындық балабақша салынып жатыр.", set()),  # mining → min
        # a capital in the alias needs one in the text
        ("Дешті-Қыпшақтың астанасы Сығанақ.", set()),
        ("Астанада форум өтті.", {"kazakhstan"}),
        ("Ақ үй мұны айтты.", {"usa"}),
        ("ақ үй салынды.", set()),  # a white house
    ],
)
def test_exact_letters_in_kazakh_cyrillic(
    tagger: AutoTagger, sentence: str, expected: set[str]
) -> None:
    assert tags_of(tagger, sentence) == expected


def test_a_russian_keyboard_text_is_still_folded(tagger: AutoTagger) -> None:
    # No Kazakh letter at all: the words were typed on a Russian layout.
    assert tags_of(tagger, "Казакстанга инвестиция келеди") == {"kazakhstan", "trade_investment"}


def test_latin_kazakh_keeps_vowel_harmony(tagger: AutoTagger) -> None:
    # ötındı (asked) folds like отынды (fuel, accusative) but has front vowels.
    assert tags_of(tagger, "BAQ ökilderinen dwrıs aqparat taratudı ötindi.") == set()
    assert tags_of(tagger, "Qazaqstannyŋ sifrlyq keŋıstıgı.") >= {"kazakhstan"}


def test_the_dateline_is_not_evidence(tagger: AutoTagger) -> None:
    lead = "АСТАНА. KAZINFORM — Мемлекет басшысы жазба жариялады."
    assert tags_of(tagger, lead) == {"president_kz"}
    assert tags_of(tagger, "ASTANA. KAZINFORM — The summit will be held in Washington.") == {
        "usa",
        "geopolitics",
    }
    assert "kazakhstan" in tags_of(tagger, "Астана мен Бурабай арасында әуе рейсі ашылады.")


def test_outlets_names_are_not_evidence(tagger: AutoTagger) -> None:
    assert tags_of(tagger, "“The Qazaq Times”") == set()
    assert tags_of(tagger, "Бұл туралы «Егемен Қазақстан» жазды.") == set()


@pytest.mark.parametrize(
    ("sentence", "en"),
    [
        (
            "Философия, саясаттану және дінтану институтының Цифрлық әлеуметтік ғылымдар "
            "орталығының жетекшісі Рүстем Мұстафин сұхбат берді.",
            "Rustem Mustafin, head of the Center for Digital Social Sciences at the Institute "
            "of Philosophy, shared this view.",
        ),
        ("Білім басқармасының басшысы мектептер дайын екенін айтты.", None),
        ("Көлік вице-министрі брифингте сөйледі.", None),
    ],
)
def test_institutions_names_show_no_sector(
    tagger: AutoTagger, sentence: str, en: str | None
) -> None:
    assert {t for t in tags_of(tagger, sentence, en) if t != "kazakhstan"} == set()


def test_the_same_words_outside_a_name_are_topical(tagger: AutoTagger) -> None:
    assert "technology" in tags_of(tagger, "Фермерлер цифрлық платформаларды пайдаланады.")
    assert "technology" in tags_of(tagger, "Мәтін.", "Farmers use digital platforms.")
    assert "logistics" in tags_of(tagger, "Көлік дәліздері дамиды.")


def test_power_needs_its_sense(tagger: AutoTagger) -> None:
    plants = tags_of(tagger, "Мәтін.", "They will modernise coal-fired power plants.")
    assert "geopolitics" not in plants
    assert "fossil_fuels" in plants
    assert "geopolitics" in tags_of(tagger, "Мәтін.", "Great powers compete in the region.")
    assert "geopolitics" in tags_of(tagger, "Мәтін.", "A regional technological power.")


def test_exact_matching_follows_inflection_at_the_join() -> None:
    tagger = AutoTagger(
        [Tag("topic", "sector", "Тақырып", "Topic", aliases=("металл", "аймақ", "халық"))]
    )
    for word in ("тақырыбы", "металы", "металдар", "аймағы", "аймақтағы", "халқы"):
        assert tags_of(tagger, f"Бұл {word} туралы.") == {"topic"}, word
