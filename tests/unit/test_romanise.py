"""Kazakh names for English readers, checked against spellings written by hand.

The expected spellings are the ones English-language press and passports use for these
people and names (Tokayev, Nazarbayev, Yerlan, Zhanna), not this module's output.
"""

from __future__ import annotations

import pytest

from c5tui.text.romanise import english_speaker, romanise

NAMES = [
    ("Рүстем Мұстафин", "Rustem Mustafin"),
    ("Қасым-Жомарт Тоқаев", "Kasym-Zhomart Tokayev"),
    ("Нұрсұлтан Назарбаев", "Nursultan Nazarbayev"),
    ("Ерлан Қарин", "Yerlan Karin"),
    ("Жанна Шаханова", "Zhanna Shakhanova"),
    ("Айгүл Әбілқызы", "Aygul Abilkyzy"),
    ("Шыңғыс Өмірзақ", "Shyngys Omirzak"),
    ("ЖҰМАДІЛДАЕВ", "ZHUMADILDAYEV"),
    ("Юлия Цой", "Yuliya Tsoy"),
]


@pytest.mark.parametrize(("kazakh", "english"), NAMES)
def test_names_read_as_english_readers_spell_them(kazakh: str, english: str) -> None:
    assert romanise(kazakh) == english


def test_latin_text_digits_and_punctuation_stay_as_they_are() -> None:
    assert romanise("C5+1 саммиті, 2025") == "C5+1 sammiti, 2025"
    assert romanise("Kazinform") == "Kazinform"


@pytest.mark.parametrize(
    ("speaker", "english"),
    [
        ("Kazinform тілшісі", "Kazinform correspondent"),
        ("тілші", "correspondent"),
        ("сарапшы", "expert"),
        ("Мемлекет басшысы", "Head of State"),
        ("Рүстем Мұстафин", "Rustem Mustafin"),
    ],
)
def test_role_nouns_become_english_words(speaker: str, english: str) -> None:
    assert english_speaker(speaker) == english
