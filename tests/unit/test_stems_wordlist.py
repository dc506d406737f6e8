"""The stemmer on inflected words of real text, and the rules for what changes at the join."""

from __future__ import annotations

from pathlib import Path

import pytest

from c5tui.text import fold, kazakh_stems

WORDLIST = Path(__file__).resolve().parents[1] / "data" / "stems-wordlist.tsv"


def read_wordlist() -> list[tuple[str, str]]:
    lines = WORDLIST.read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line and not line.startswith("#")]
    return [(form, lemma) for form, lemma in rows]


def reduces_to(form: str, lemma: str) -> bool:
    return fold(lemma) in kazakh_stems(fold(form))


def test_at_least_95_percent_of_the_word_list_reduce_to_their_lemma() -> None:
    pairs = read_wordlist()
    assert len(pairs) >= 100
    missed = [(form, lemma) for form, lemma in pairs if not reduces_to(form, lemma)]
    assert len(missed) / len(pairs) <= 0.05, missed


@pytest.mark.parametrize(
    ("form", "lemma"),
    [
        ("тақырыбы", "тақырып"),  # б → п before a vowel suffix
        ("аймағы", "аймақ"),  # ғ → қ
        ("тізбегін", "тізбек"),  # г → к
        ("өзбекстаннан", "өзбекстан"),  # нн collapsed by folding
        ("сұраққа", "сұрақ"),  # ққ
        ("стандарттарын", "стандарт"),  # тт
        ("жүйесін", "жүйе"),  # possessive -сін
        ("логистикасын", "логистика"),  # possessive -сын
        ("аймақтағы", "аймақ"),  # -тағы after a voiceless consonant
        ("халқы", "халық"),  # a dropped high vowel
        ("кәсіпорны", "кәсіпорын"),  # the same, where -ны would also have been stripped
        ("суарусыз", "суару"),  # -сыз, "without"
    ],
)
def test_rules_at_the_join(form: str, lemma: str) -> None:
    assert reduces_to(form, lemma)


@pytest.mark.parametrize(
    ("form", "not_lemma"),
    [
        ("көміртегі", "көмір"),  # carbon is not coal: after р the suffix would be -дегі
        ("ақшаға", "ақш"),  # money is not the USA
    ],
)
def test_false_friends_stay_apart(form: str, not_lemma: str) -> None:
    assert not reduces_to(form, not_lemma)
