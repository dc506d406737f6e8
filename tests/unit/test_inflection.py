"""Exact-letter spellings and Kazakh inflection of glossary lemmas, on real word forms."""

from __future__ import annotations

import pytest

from c5tui.text import fold
from c5tui.text.inflection import denominal_stems, inflects, inflects_key
from c5tui.text.letters import letters, spellings, typed_exactly


def test_letters_keep_apart_what_folding_merges() -> None:
    assert fold("ұран") == fold("уран")
    assert letters("ұран") != letters("уран")
    assert letters("Қазақстан") == letters("Qazaqstan") == "qazaqstan"
    # 2021 Latin and Cyrillic read alike, whatever the caron or the early ŋ.
    assert letters("jaǧdaidyŋ") == letters("жағдайдың")


def test_a_latin_word_is_read_in_both_printed_alphabets() -> None:
    # The Qazaq Times writes ұ as w, ы as ı and і as i: «twrğındarı» is тұрғындары.
    assert letters("тұрғындары") in spellings("twrğındarı")
    # Adyrna writes the 2021 alphabet: «ministrlıgı» is министрлігі.
    assert letters("министрлігі") in spellings("ministrlıgı")
    assert spellings("ұран") == (letters("ұран"),)


def test_typed_exactly_means_a_kazakh_only_letter_shows() -> None:
    assert typed_exactly("ұран") and typed_exactly("Qazaqstan")
    assert not typed_exactly("уран") and not typed_exactly("komir")


@pytest.mark.parametrize(
    ("word", "lemma"),
    [
        ("уранды", "уран"),
        ("Уранның", "уран"),
        ("көмірдің", "көмір"),
        ("көмірлер", "көмір"),
        ("кәсіпорны", "кәсіпорын"),  # a closing ы drops before a vowel
        ("кәсіпорнына", "кәсіпорын"),
        ("экономикалығы", "экономикалық"),  # қ voices to ғ before a vowel
        ("шаруашылықтардың", "шаруашылық"),
        ("шаруашылығындағы", "шаруашылығы"),
        ("министрліктің", "министрлік"),
        ("ministrlıgı", "министрлік"),
        ("елдерінің", "ел"),
        ("жылусыз", "жылу"),
        ("айтуынша", "айт"),
    ],
)
def test_inflected_forms_match_their_lemma(word: str, lemma: str) -> None:
    assert inflects(word, lemma, verb=lemma == "айт")


@pytest.mark.parametrize(
    ("word", "lemma", "why"),
    [
        ("ұран", "уран", "slogan, not uranium: ұ is not у"),
        ("ұраны", "уран", "the slogan's"),
        ("ақша", "АҚШ", "money: no bare -а after a consonant"),
        ("көміртегі", "көмір", "carbon: -тегі cannot follow р"),
        ("министрлігі", "министр", "ministry: a derivation is another word"),
        ("әкімдігі", "әкім", "akimat, not akim"),
        ("елорда", "ел", "capital: -орда is no ending"),
        ("суық", "су", "cold, not water"),
    ],
)
def test_false_friends_do_not_match(word: str, lemma: str, why: str) -> None:
    assert not inflects(word, lemma), why


@pytest.mark.parametrize(
    ("word", "lemma"),
    [
        ("мәлімдеді", "мәлімде"),
        ("мәлімдеген", "мәлімде"),
        ("мәлімдейміз", "мәлімде"),
        ("хабарлайды", "хабарла"),
        ("жарияланды", "жарияла"),
        ("қысқартпаймыз", "қысқарт"),
        ("растады", "раста"),
        ("айтқанын", "айт"),
    ],
)
def test_verb_forms_match_their_stem(word: str, lemma: str) -> None:
    assert inflects(word, lemma, verb=True)


@pytest.mark.parametrize(
    ("word", "lemma"), [("айтыс", "айт"), ("артында", "арт"), ("жапырақ", "жап")]
)
def test_words_that_only_begin_like_a_verb_do_not_match(word: str, lemma: str) -> None:
    assert not inflects(word, lemma, verb=True)


def test_a_query_typed_on_a_russian_keyboard_matches_by_key() -> None:
    assert inflects_key(fold("комирдин"), "көмір")
    assert inflects_key(fold("kasipornin"), "кәсіпорын")
    assert not inflects_key(fold("komirtegi"), "көмір")


@pytest.mark.parametrize(
    ("word", "noun"),
    [
        ("экспорттапты", "экспорт"),  # the evidential past, with the doubled т folded once
        ("экспортталыпты", "экспорт"),
        ("экспорттайтын", "экспорт"),
        ("импорттады", "импорт"),
        ("саудалаған", "сауда"),
        ("саудаланды", "сауда"),
        ("тасымалдау", "тасымал"),
    ],
)
def test_a_verb_made_from_a_noun_gives_back_the_noun(word: str, noun: str) -> None:
    assert fold(noun) in denominal_stems(fold(word))


@pytest.mark.parametrize(
    "word",
    ["Астана", "урандағы", "Қазақстанда", "салада", "болашақта", "отбасында", "экспорт"],
)
def test_a_noun_in_the_locative_is_no_verb(word: str) -> None:
    assert denominal_stems(fold(word)) == ()
