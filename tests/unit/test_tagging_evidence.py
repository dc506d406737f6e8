"""Auto-tag evidence: where the words were found, and those words among their neighbours."""

from __future__ import annotations

from c5tui.tagging.evidence import Evidence, format_evidence, parse_evidence, words_around

TEXT = "Біз бүгін Вашингтонмен және АҚШ-тың экономикалық серіктестерімен келісімге қол қойдық."


def test_evidence_is_stored_and_read_back() -> None:
    start = TEXT.index("АҚШ")
    stored = format_evidence("kk", start, start + 3, "АҚШ")
    assert stored == f"kk:{start}-{start + 3} «АҚШ»"
    assert parse_evidence(stored) == Evidence("kk", start, start + 3, "АҚШ")
    assert parse_evidence("not evidence") is None


def test_the_match_is_shown_with_a_few_words_either_side() -> None:
    start = TEXT.index("АҚШ")
    before, match, after = words_around(TEXT, Evidence("kk", start, start + 3, "АҚШ"), words=2)
    # The rest of the matched word ("-тың") is not one of the words around it.
    assert (before, match, after) == (
        "…Вашингтонмен және ",
        "АҚШ",
        "-тың экономикалық серіктестерімен…",
    )


def test_the_start_and_end_of_a_sentence_need_no_ellipsis() -> None:
    text = "АҚШ пен Қытай."
    assert words_around(text, Evidence("kk", 0, 3, "АҚШ"), words=3) == ("", "АҚШ", " пен Қытай.")


def test_stale_offsets_fall_back_to_finding_the_words() -> None:
    evidence = Evidence("kk", 0, 3, "АҚШ")  # offsets of an older version of the text
    assert words_around(TEXT, evidence, words=1) == ("…және ", "АҚШ", "-тың экономикалық…")
    assert words_around("Басқа мәтін.", evidence) is None
