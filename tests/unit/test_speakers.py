"""Speaker names in base form, reporting clauses, and the splitter before a reporting dash."""

from __future__ import annotations

import pytest

from c5tui.corpus.reporting import closing, speaker_phrase
from c5tui.corpus.sentences import split_sentences
from c5tui.corpus.speakers import SpeakerBook, base_name, persons_in


@pytest.mark.parametrize(
    ("written", "base"),
    [
        ("Рүстем Мұстафинді", "Рүстем Мұстафин"),
        ("Мұстафиннің", "Мұстафин"),
        ("Мұстафинмен", "Мұстафин"),
        ("Р. Мұстафин", "Р.Мұстафин"),
        ("Серікбай Оспанұлын", "Серікбай Оспанұлы"),
        ("Тоқаевтың", "Тоқаев"),
        ("Айгүл Сейітова", "Айгүл Сейітова"),
    ],
)
def test_names_are_reduced_to_their_base_form(written: str, base: str) -> None:
    assert base_name(written) == base


def test_the_fullest_spelling_and_role_nouns_resolve() -> None:
    book = SpeakerBook()
    book.learn("Саясаттанушы Рүстем Мұстафинді сөзге тарттық.")
    book.learn("Энергетика министрі Ерлан Ақкенженов айтты.")
    assert book.resolve("Р.Мұстафин") == "Рүстем Мұстафин"
    assert book.resolve("Мұстафин") == "Рүстем Мұстафин"
    assert book.roles["министр"] == ["Ерлан Ақкенженов"]
    assert book.resolve("сарапшы") == "сарапшы"  # named with no one: stays the role noun


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        (
            "Бұл маңызды, — деді Мемлекет басшысы Үкіметтің кеңейтілген отырысында.",
            "Мемлекет басшысы",
        ),
        (
            "Біз дайынбыз, - дейді Рүстем Мұстафин Kazinform тілшісіне берген сұхбатында.",
            "Рүстем Мұстафин",
        ),
        ("«Инфляция баяулайды» деп санайды Қасымов.", "Қасымов"),
        ("Бәрі дұрыс, - деді облыс әкімдігі.", "облыс әкімдігі"),
        ("Солай, - деген ойын келтірді Нұрлан Әбдіров подкаст барысында.", "Нұрлан Әбдіров"),
        ("«Дұрыс», – деді ол.", "ол"),
    ],
)
def test_a_reporting_clause_names_its_speaker(sentence: str, phrase: str) -> None:
    found = closing(sentence)
    assert found is not None and found.phrase == phrase


@pytest.mark.parametrize(
    "sentence",
    [
        "Әкімдер проблема жоқ деп баяндады.",  # indirect speech: no dash, no quote mark
        "Форум өтті, деп хабарлайды BAQ.KZ.",  # the outlet's credit line
        'Абайдың: "Бірлік – ақылға бірлік" деген сөзі өзекті.',
    ],
)
def test_narration_has_no_reporting_clause(sentence: str) -> None:
    assert closing(sentence) is None


def test_speaker_phrase_stops_at_the_place() -> None:
    assert speaker_phrase(" Мемлекет басшысы Үкіметтің отырысында") == "Мемлекет басшысы"


def test_a_question_in_quotes_stays_with_its_reporting_dash() -> None:
    text = "«Жастар неге белсенді болды?» – деп сұрады Мұстафин. Жауабы дайын."
    assert [s.text for s in split_sentences(text)] == [
        "«Жастар неге белсенді болды?» – деп сұрады Мұстафин.",
        "Жауабы дайын.",
    ]
    assert [s.text for s in split_sentences("- Неге? - деді ол.")] == ["- Неге? - деді ол."]


def test_persons_are_found_with_initials_and_without_role_nouns() -> None:
    assert persons_in("Сарапшы Асқар Жұмабеков айтты") == [(8, "Асқар Жұмабеков")]
    assert [n for _, n in persons_in("Н.Ә.Назарбаев пен Р. Мұстафин")] == [
        "Н.Ә.Назарбаев",
        "Р.Мұстафин",
    ]
