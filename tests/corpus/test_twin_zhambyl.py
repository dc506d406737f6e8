"""A real twin: Kazinform's Kazakh report on Zhambyl region's water, gas and heating works
and its English report of the same briefing (tests/data/twins/zhambyl-water), scored
against a hand annotation. The aligner's thresholds were set on another twin; this one
checks them on text nobody wrote for the test."""

from __future__ import annotations

from c5tui.corpus.aligned_translation import align_english
from c5tui.corpus.english import paragraphs
from tests.corpus.twins import TWINS, read_gold, read_kazakh, score

NAME = "zhambyl-water"
KAZAKH = read_kazakh(NAME)
GOLD = read_gold(NAME)
TEXT = (TWINS / f"{NAME}.en.txt").read_text(encoding="utf-8")
KEYS = [s.key for s in KAZAKH.sentences]


def test_the_english_splits_into_the_annotated_sentences() -> None:
    sentences = [s for paragraph in paragraphs(TEXT) for s in paragraph]
    assert sentences == GOLD.sentences  # the stored English page has no headline


def test_the_english_is_told_for_a_rewrite() -> None:
    # 15 English sentences for 10 Kazakh ones and a headline.
    assert align_english(KAZAKH, TEXT, "twin").rewrite


def test_kazakh_sentences_without_a_counterpart_stay_untranslated() -> None:
    result = score(align_english(KAZAKH, TEXT, "twin"), GOLD, KEYS)
    # p01.s01, p01.s02, p06.s01 and p07.s01 have no English in the twin.
    assert result.filled_wrongly == ()


def test_every_wrong_link_is_flagged_for_review() -> None:
    """What a user can rely on meanwhile: English the aligner gets wrong is asked to be
    checked, never shown as sure."""
    translation = align_english(KAZAKH, TEXT, "twin").translation
    wrong = {k for k, v in translation.sentences.items() if GOLD.english.get(k) != v}
    assert wrong  # measured: p01.s01 (above) and p02.s01 (half of a split)
    assert wrong <= translation.needs_review


def test_links_of_the_real_twin() -> None:
    read = align_english(KAZAKH, TEXT, "twin")
    result = score(read, GOLD, KEYS)
    # No headline in the English: the Kazakh one gets none.
    assert result.title_right
    # Measured: 4 of 6 links right, 4 of the 6 gold links found; p05.s02 (Karatau's boiler
    # houses) is left untranslated and p02.s01 gets only the second of its two sentences.
    assert result.precision >= 0.6
    assert result.recall >= 0.6
    for key in ("p03.s01", "p04.s01", "p05.s01", "p05.s03"):  # 20.5 bn, 350.7 km, M-1, 53%
        assert read.translation.sentences.get(key) == GOLD.english[key]
