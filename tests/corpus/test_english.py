"""Reading English text of any layout into paragraphs and sentences."""

from __future__ import annotations

from c5tui.corpus.english import paragraphs, split_sentences


def test_abbreviations_initials_and_decimals_do_not_end_sentences() -> None:
    text = (
        "Mr. Smith met U.S. officials on Monday. They spent 3.5 billion dollars, e.g. on "
        "roads. J. R. Tolkien was not there."
    )
    assert split_sentences(text) == [
        "Mr. Smith met U.S. officials on Monday.",
        "They spent 3.5 billion dollars, e.g. on roads.",
        "J. R. Tolkien was not there.",
    ]


def test_a_kazinform_dateline_opens_its_sentence() -> None:
    assert split_sentences("ASTANA. KAZINFORM — The summit opened. Talks went on.") == [
        "ASTANA. KAZINFORM — The summit opened.",
        "Talks went on.",
    ]
    assert split_sentences("NUR-SULTAN. KAZINFORM – Snow fell.") == [
        "NUR-SULTAN. KAZINFORM – Snow fell."
    ]


def test_one_paragraph_per_line_and_the_headline_alone() -> None:
    text = "A headline without a stop\nFirst one. Second one.\nThird one?\n"
    assert paragraphs(text) == [
        ["A headline without a stop"],
        ["First one.", "Second one."],
        ["Third one?"],
    ]


def test_blank_line_paragraphs_with_hard_wrapped_lines() -> None:
    text = "Title\n\nThe first paragraph is wrapped\nat an odd place. It goes on\nhere.\n\nNext.\n"
    assert paragraphs(text) == [
        ["Title"],
        ["The first paragraph is wrapped at an odd place.", "It goes on here."],
        ["Next."],
    ]


def test_a_word_broken_at_its_hyphen_is_whole_again() -> None:
    assert paragraphs("Title\nA multi-\nvector policy works.\n") == [
        ["Title"],
        ["A multi-vector policy works."],
    ]


def test_a_blank_line_ends_a_paragraph_even_without_a_stop() -> None:
    text = "Title\nPhoto: Kazinform\n\nThe text starts here.\n"
    assert paragraphs(text) == [["Title"], ["Photo: Kazinform"], ["The text starts here."]]


def test_runs_of_spaces_and_decomposed_letters() -> None:
    text = "Title\n  Cafe\u0301   opened.  \n\n"
    assert paragraphs(text) == [["Title"], ["Café opened."]]


def test_a_hard_wrapped_line_ending_a_sentence_does_not_end_its_paragraph() -> None:
    text = (
        "Title\n\nThe first paragraph is wrapped at\nan odd place, and one line ends a\n"
        "sentence.\nThe paragraph goes on after it\nand ends here.\n\nNext one is\nshort.\n"
    )
    assert paragraphs(text) == [
        ["Title"],
        [
            "The first paragraph is wrapped at an odd place, and one line ends a sentence.",
            "The paragraph goes on after it and ends here.",
        ],
        ["Next one is short."],
    ]
