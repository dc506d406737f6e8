"""Folding skips taking diacritics off a word that has none left: the key is the same as
when every word is decomposed and its combining marks dropped."""

from __future__ import annotations

import re
import sys
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from c5tui.text import fold

fold_module = sys.modules["c5tui.text.fold"]


def fold_decomposing_every_word(text: str) -> str:
    """Folding as first written: NFD and the marks dropped for every text."""
    lowered = text.replace("İ", "i").lower().translate(fold_module._TABLE)
    stripped = "".join(
        ch for ch in unicodedata.normalize("NFD", lowered) if not unicodedata.combining(ch)
    ).translate(fold_module._TABLE)
    latin = fold_module._DIGRAPHS.sub(lambda m: fold_module._DIGRAPH_MAP[m.group(0)], stripped)
    latin = fold_module._NOT_KEY.sub(" ", latin.replace("'", "").replace("’", ""))
    return re.sub(r"([a-z])\1+", r"\1", latin).strip()


# Kazakh and Russian Cyrillic, 2021 Latin with its diacritics, combining marks, Turkish İ.
LETTERS = "аәбвгғдеёжзиійкқлмнңоөпрстуұүфхһцчшщъыьэюяАӘҒҚҢӨҰҮІЁÄäÖöÜüŞşÇçĞğIıİŊŋÑñ"
TEXT = st.text(
    alphabet=st.one_of(
        st.sampled_from(LETTERS),
        st.sampled_from("\u0300\u0301\u0306\u0308\u0327 '’-"),
        st.characters(codec="utf-8"),
    ),
    max_size=30,
)


@settings(max_examples=3000, deadline=None)
@given(TEXT)
def test_the_same_key_as_decomposing_every_word(text: str) -> None:
    assert fold.__wrapped__(text) == fold_decomposing_every_word(text)


def test_words_of_each_alphabet() -> None:
    for word in ["Қазақстанның", "Qazaqstannyñ", "Казахстан", "Mäjilis", "Ñ", "café", "İ"]:
        assert fold(word) == fold_decomposing_every_word(word), word
