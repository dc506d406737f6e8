"""Candidate actors found in the real annotated articles, and junk never proposed."""

from __future__ import annotations

from pathlib import Path

import pytest

from c5tui import resources
from c5tui.corpus.reader import load_article
from c5tui.tagging.candidate_scores import load_annotation, score
from c5tui.tagging.candidates import Candidate, find_candidates
from c5tui.tagging.codebook import load_codebook
from c5tui.text.fold import fold

ARTICLES = Path(__file__).resolve().parents[1] / "data" / "articles"


@pytest.fixture(scope="module")
def codebook() -> list:
    return load_codebook(resources.bundled_codebook())


def _sentences(paths: list[Path]) -> list[tuple[int, int, str]]:
    rows: list[tuple[int, int, str]] = []
    for document, path in enumerate(paths):
        for sentence in load_article(path).sentences():
            rows.append((len(rows) + 1, document, sentence.text))
    return rows


@pytest.fixture(scope="module")
def found(codebook: list) -> list[Candidate]:
    return find_candidates(_sentences(sorted(ARTICLES.glob("*.txt"))), codebook)


def _by_label(found: list[Candidate], label: str) -> Candidate:
    matches = [c for c in found if c.label == label]
    assert matches, f"{label} not proposed; got {[c.label for c in found]}"
    return matches[0]


def _text(*sentences: str) -> list[tuple[int, int, str]]:
    return [(i, 1, s) for i, s in enumerate(sentences, start=1)]


def test_people_with_their_case_forms_reduced_to_one_name(found: list[Candidate]) -> None:
    akkenzhenov = _by_label(found, "Ерлан Ақкенженов")  # ...Ақкенженовты, ...Ақкенженовтың
    assert akkenzhenov.kind == "person"
    assert {"Ерлан Ақкенженовты", "Ерлан Ақкенженовтың", "Erlan Aqkenjenov"} <= set(
        akkenzhenov.aliases
    )
    assert akkenzhenov.parent == "kazakhstan"  # Энергетика министрі: an official
    mustafin = _by_label(found, "Рүстем Мұстафин")  # Мұстафинді, Р.Мұстафиннің, Р. Мұстафин
    assert len(mustafin.quotes) == 4
    assert "Р.Мұстафиннің" in mustafin.aliases


def test_the_president_is_in_the_codebook_in_both_scripts(found: list[Candidate]) -> None:
    # president_kz has Тоқаев, Toqaev and Ақорда: no case form of them is a candidate.
    known = (fold("Тоқаев"), fold("Toqaev"), fold("Ақорда"))
    for candidate in found:
        for name in (candidate.label, *candidate.aliases):
            assert not any(fold(w).startswith(known) for w in name.split()), name


def test_a_person_after_the_head_of_states_title_may_merge_with_the_president(
    codebook: list,
) -> None:
    found = find_candidates(_text("Мемлекет басшысы Нұрсұлтан Назарбаевпен кездесті."), codebook)
    assert [(c.label, c.kind, c.merge) for c in found] == [
        ("Нұрсұлтан Назарбаев", "person", "president_kz")
    ]


def test_organisations_and_places(found: list[Candidate]) -> None:
    assert _by_label(found, "Ұлттық банк").kind == "organisation"
    assert _by_label(found, "Наша газета").kind == "organisation"  # "…" басылымының
    assert _by_label(found, "TikTok").kind == "organisation"  # Latin name in Cyrillic text
    akimat = _by_label(found, "Қостанай облысының әкімдігі")
    assert akimat.kind == "organisation" and akimat.parent == "kazakhstan"
    assert _by_label(found, "Қырғызстан").kind == "place"
    region = _by_label(found, "Қостанай облысы")  # not the city Қостанай
    assert region.parent == "kazakhstan" and "Kostanay Region" in region.aliases
    russia = _by_label(found, "Ресей")  # found in the Latin edition as Resei, Reseidıŋ
    assert "Reseidıŋ" in russia.aliases and russia.suggested_id == "russia"
    villages = {"Аманқарағай", "Новонежинка", "Калинино", "Лесное", "Озерное"}
    assert villages <= {c.label for c in found if c.kind == "place"}


def test_junk_is_never_proposed(found: list[Candidate]) -> None:
    junk = {
        "бұл", "сондықтан", "алайда", "бірақ", "биыл", "үкімет", "президент", "мемлекет",
        "бақ", "baq", "министр", "әкімдік", "екіншіден", "оның", "инфляция", "kazinform",
        "zakon kz", "baq kz", "казакпарат", "massaget kz", "aikyn kz", "adyrna", "sonda",
    }  # fmt: skip
    for candidate in found:
        assert fold(candidate.label) not in junk, candidate.label
        assert fold(candidate.label.split()[0]) not in junk - {"мемлекет"}, candidate.label
    # Already in the codebook under an alias: Астана, Өзбекстан, БҰҰ, Орталық Азия.
    labels = {fold(c.label) for c in found}
    assert not labels & {fold(n) for n in ("Астана", "Өзбекстан", "БҰҰ", "Орталық Азия")}


def test_sentence_initial_function_words_and_generic_nouns(codebook: list) -> None:
    found = find_candidates(
        _text(
            "Бұл жоба Тоқаевпен келісілді.",
            "Сондықтан министр Тоқаевты қолдады.",
            "Алайда Үкімет бұл туралы үндемеді.",
            "Мемлекет басшысы Қасым-Жомарт Тоқаев Glencore компаниясының басшысын қабылдады.",
            "Қазақстан World Bank-пен және «Қазақстан темір жолы» компаниясымен келісім жасады.",
        ),
        codebook,
    )
    labels = {c.label: c for c in found}
    # Тоқаев (any case form) is president_kz's; "Тоқаев Glencore" is no organisation.
    assert set(labels) == {"Glencore", "Дүниежүзілік банк", "Қазақстан темір жолы"}
    assert labels["Glencore"].aliases == ("Glencore",)
    assert labels["Қазақстан темір жолы"].parent == "kazakhstan"
    bank = labels["Дүниежүзілік банк"]  # the gazetteer's Kazakh name for the World Bank
    assert (bank.kind, bank.label_en, bank.suggested_id) == (
        "organisation",
        "World Bank",
        "world_bank",
    )
    assert "World Bank-пен" in bank.aliases


def test_against_the_hand_annotation(found: list[Candidate]) -> None:
    """tests/data/articles/actors.toml was written by reading the articles; the floors are
    below what the finder reaches (see benchmarks/candidates_bench.py)."""
    result = score(found, load_annotation(ARTICLES / "actors.toml"))
    assert result.precision >= 0.9, result.wrong
    assert result.recall >= 0.9, result.missed
    assert result.kind_accuracy >= 0.95


def test_codebook_names_are_not_candidates(codebook: list) -> None:
    seed = find_candidates(_sentences([resources.bundled_article()]), codebook)
    labels = {c.label for c in seed}
    for known in ("Wabtec", "Chevron", "ExxonMobil", "AST Petroleum", "Трамп", "ESG"):
        assert not any(known in label for label in labels), labels
