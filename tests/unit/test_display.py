"""Control characters in stored text are shown, never sent to the terminal as commands."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from c5tui.text.display import printable

HOSTILE = "\x1b]0;pwned\x07 \x1b[2J \x1b]52;c;cHduZWQ=\x07 \x9b31m \u202eevil\u2069 \x7f"


def test_escape_sequences_are_shown_with_control_pictures() -> None:
    assert printable(HOSTILE) == ("␛]0;pwned␇ ␛[2J ␛]52;c;cHduZWQ=␇ \\x9b31m \\u202eevil\\u2069 ␡")


def test_tab_and_newline_stay_unless_a_row_needs_one_line() -> None:
    assert printable("a\tb\nc\r") == "a\tb\nc␍"
    assert printable("a\tb\nc", keep="") == "a␉b␊c"


def test_kazakh_text_is_unchanged() -> None:
    text = "Қазақстан мен Өзбекстан уран, литий қорын ұстап отыр — «сарапшы»."
    assert printable(text) == text


@given(st.text())
def test_no_control_or_bidi_character_survives(text: str) -> None:
    shown = printable(text, keep="")
    assert not any(unicodedata.category(c) == "Cc" for c in shown)
    assert not any(0x202A <= ord(c) <= 0x202E or 0x2066 <= ord(c) <= 0x2069 for c in shown)


def test_a_highlight_after_a_control_character_still_covers_the_match() -> None:
    from c5tui.tui.render import highlighted

    text = "\x9b2J\x1b[1m литий"
    start = text.index("литий")
    shown = highlighted(text, ((start, start + 5),))
    assert shown.plain == "\\x9b2J␛[1m литий"
    (span,) = shown.spans
    assert shown.plain[span.start : span.end] == "литий"
