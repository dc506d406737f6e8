"""The stemmer looks only at the suffixes a word can end with, and finds what the plain
loop over every suffix finds, in the same order, on any key."""

from __future__ import annotations

import string
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from c5tui.text import stems
from c5tui.text.tokens import token_keys

ROOT = Path(__file__).resolve().parents[2]


def every_suffix(key: str, suffixes: list[str]) -> tuple[str, ...]:
    """The stemmer as first written: each word tried against every suffix, in order."""
    every_letter = set(key) | set(string.ascii_lowercase + string.digits)
    return stems._strip(key, dict.fromkeys(every_letter, tuple(suffixes)))


def both(key: str) -> None:
    assert stems.kazakh_stems.__wrapped__(key) == every_suffix(key, stems._ALL), key
    assert stems.inflection_stems.__wrapped__(key) == every_suffix(key, stems._INFLECTIONS_ONLY), (
        key
    )


# Folded keys are ASCII letters and digits; suffix letters come often, as in real words.
KEYS = st.text(alphabet="aeioulnrdtgkmsbpzhjfvc0123456789", min_size=1, max_size=24)


@settings(max_examples=3000, deadline=None)
@given(KEYS)
def test_any_key(key: str) -> None:
    both(key)


def test_every_word_of_the_fixtures() -> None:
    keys: set[str] = set()
    for pattern in ("*.txt", "*.tsv"):
        for path in [*(ROOT / "fixtures").glob(pattern), *(ROOT / "tests" / "data").rglob(pattern)]:
            keys.update(token_keys(path.read_text(encoding="utf-8")))
    assert len(keys) > 4000
    for key in keys:
        both(key)
