"""Sentence splitting on the traps of Kazinform text."""

from __future__ import annotations

import pytest

from c5tui.corpus.sentences import split_sentences


def texts(line: str) -> list[str]:
    return [s.text for s in split_sentences(line)]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Бір. Екі.", ["Бір.", "Екі."]),
        ("Не дейсіз? Иә!", ["Не дейсіз?", "Иә!"]),
        (
            "АСТАНА. KAZINFORM — 6 қараша күні саммит өтеді. Бұл маңызды.",
            ["АСТАНА. KAZINFORM — 6 қараша күні саммит өтеді.", "Бұл маңызды."],
        ),
        ("АСТАНА.KAZINFORM - Жаңалық. Екінші.", ["АСТАНА.KAZINFORM - Жаңалық.", "Екінші."]),
        ("ҚАРАҒАНДЫ. KAZINFORM – Жаңалық.", ["ҚАРАҒАНДЫ. KAZINFORM – Жаңалық."]),
        ("Көлік, логистика… Қазақстан қайда?", ["Көлік, логистика… Қазақстан қайда?"]),
        ("Күте тұрыңыз... Енді бастаймыз.", ["Күте тұрыңыз... Енді бастаймыз."]),
        (
            "Ол «Бұл жақсы. Біз дайынбыз» деді. Сосын кетті.",
            ["Ол «Бұл жақсы. Біз дайынбыз» деді.", "Сосын кетті."],
        ),
        ("«Бұл жақсы.» Сосын кетті.", ["«Бұл жақсы.»", "Сосын кетті."]),
        ("Р. Мұстафин айтты. Сосын кетті.", ["Р. Мұстафин айтты.", "Сосын кетті."]),
        ("Н.Ә. Назарбаев келді.", ["Н.Ә. Назарбаев келді."]),
        ("Құны 5 млрд. теңге болды. Жаңа жоба.", ["Құны 5 млрд. теңге болды.", "Жаңа жоба."]),
        ("Wabtec Inc. Қазақстанда. Иә.", ["Wabtec Inc. Қазақстанда.", "Иә."]),
        ("Өсім болды. 10 жыл бұрын басталды.", ["Өсім болды.", "10 жыл бұрын басталды."]),
        ("«C5+1» саммиті. XXI ғасыр.", ["«C5+1» саммиті.", "XXI ғасыр."]),
        ("Қытай 80%-ын бақылайды. Бұл көп.", ["Қытай 80%-ын бақылайды.", "Бұл көп."]),
        ("Сан 2.5 пайыз. Жоқ.", ["Сан 2.5 пайыз.", "Жоқ."]),
        ("бір. екі.", ["бір. екі."]),
        ("Соңында нүкте жоқ", ["Соңында нүкте жоқ"]),
    ],
)
def test_split(line: str, expected: list[str]) -> None:
    assert texts(line) == expected


def test_offsets_and_spacing_rebuild_the_line() -> None:
    line = "  Бір.   Екі?  Үш!  "
    sentences = split_sentences(line, offset=100)
    rebuilt = line[: len(line) - len(line.lstrip())] + "".join(
        s.text + s.space_after for s in sentences
    )
    assert rebuilt == line
    for s in sentences:
        assert line[s.start - 100 : s.end - 100] == s.text


def test_blank_line_has_no_sentences() -> None:
    assert split_sentences("   ") == []
