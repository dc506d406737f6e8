"""The Kazinform parser on the real interview and on edge cases."""

from __future__ import annotations

from pathlib import Path

import pytest

from c5tui.corpus.kazinform import decode_source, parse_article, read_article
from c5tui.corpus.keys import numbered_sentences
from c5tui.errors import InputError


def test_seed_interview_structure(seed_article: Path) -> None:
    doc = read_article(seed_article)
    assert doc.date == "2025-11-05"
    assert doc.title.startswith("АҚШ-тың Орталық Азияға қызығушылығының")
    assert doc.outlet == "Kazinform"
    assert doc.interviewee == "Рүстем Мұстафин"
    assert doc.dateline.startswith("АСТАНА. KAZINFORM")
    roles = [t.role for t in doc.turns]
    assert roles[0] == "lead"
    # Turns alternate question/answer after the lead: 5 questions, 5 answers.
    assert roles[1:] == ["question", "answer"] * 5
    assert {t.speaker for t in doc.turns if t.role == "answer"} == {"Рүстем Мұстафин"}
    assert {t.speaker for t in doc.turns if t.role == "question"} == {"Kazinform тілшісі"}
    assert len(doc.paragraphs()) == 40
    assert len(doc.sentences()) == 122


def test_round_trip_whole_interview(seed_article: Path) -> None:
    """Sentences joined give back each paragraph; offsets point at the verbatim text."""
    doc = read_article(seed_article)
    source = seed_article.read_text(encoding="utf-8")
    assert doc.source_text == source
    source_paragraphs = [line for line in source.split("\n")[1:] if line.strip()]
    assert [p.text for p in doc.paragraphs()] == source_paragraphs
    for paragraph in doc.paragraphs():
        assert source[paragraph.start : paragraph.end] == paragraph.text
        for sentence in paragraph.sentences:
            assert source[sentence.start : sentence.end] == sentence.text


def test_known_traps_in_the_interview(seed_article: Path) -> None:
    doc = read_article(seed_article)
    by_key = {key: s.text for key, _p, _s, _t, _para, s in numbered_sentences(doc)}
    assert by_key["p01.s01"].startswith("АСТАНА. KAZINFORM — 6 қараша")
    assert by_key["p02.s01"].startswith("«C5+1» саммитінің")
    assert "80%-ын" in by_key["p17.s02"]
    assert by_key["p25.s01"].startswith("Көлік, логистика, ауыл шаруашылығы… Қазақстан")
    assert by_key["p35.s07"].startswith("10 жыл бұрын «таза көмір»")
    assert "XXI ғасыр" in by_key["p08.s05"]
    # An em-dash inside a sentence (the copula) does not open a turn.
    assert by_key["p08.s02"] == "Бұл — аймақтың егемендігін күшейтетін сигнал."


def article(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def test_article_without_questions_is_lead_then_narration() -> None:
    doc = parse_article(
        article(" date 2025-01-02 Жаңалық", "АСТАНА. KAZINFORM — Бірінші. Екінші.", "Үшінші абзац.")
    )
    assert [t.role for t in doc.turns] == ["lead", "narration"]
    assert doc.kind == "news"
    assert len(doc.sentences()) == 3


def test_date_unknown_is_accepted_and_stays_unknown() -> None:
    doc = parse_article(article(" date unknown Жаңалық", "АСТАНА. KAZINFORM — Мәтін."), "x.txt")
    assert doc.date is None
    assert doc.title == "Жаңалық"
    assert doc.outlet == "Kazinform"


def test_missing_date_line_reads_the_title_from_the_first_line() -> None:
    doc = parse_article(article("Жаңалық", "АСТАНА. KAZINFORM — Мәтін."), "x.txt")
    assert (doc.title, doc.date, doc.outlet) == ("Жаңалық", None, "Kazinform")


def test_a_lead_without_a_title_line_asks_for_a_title() -> None:
    with pytest.raises(InputError, match=r"x\.txt:1: .*give the title with --title"):
        parse_article(article("АСТАНА. KAZINFORM — Мәтін."), "x.txt")


def test_a_malformed_date_line_is_a_clear_error() -> None:
    with pytest.raises(InputError, match=r"x\.txt:1: expected a first line ' date YYYY-MM-DD"):
        parse_article(article(" date 5 Nov Тақырып", "Мәтін."), "x.txt")


@pytest.mark.parametrize(
    "date", ["2025-13-40", "2025-02-31", "2023-02-29", "0000-01-01", "2025-04-31", "٢٠٢٥-٠١-٠١"]
)
def test_impossible_date_is_refused(date: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_article(article(f" date {date} Тақырып", "Мәтін."), "x.txt")
    assert str(caught.value) == f"x.txt:1: invalid date {date!r}"


def test_a_leap_day_is_a_date() -> None:
    assert parse_article(article(" date 2024-02-29 Тақырып", "Мәтін.")).date == "2024-02-29"


def test_date_line_alone_is_refused() -> None:
    with pytest.raises(InputError, match="no text"):
        parse_article(" date 2025-01-02 Тақырып\n\n")


def test_crlf_and_bom_input_parse_like_lf(seed_article: Path) -> None:
    raw = seed_article.read_bytes()
    crlf = b"\xef\xbb\xbf" + raw.replace(b"\n", b"\r\n")
    lf = read_article(seed_article)
    doc = parse_article(decode_source(crlf, "crlf.txt"), "crlf.txt")
    assert [s.text for s in doc.sentences()] == [s.text for s in lf.sentences()]
    assert doc.content_hash == lf.content_hash


def test_utf16_with_bom_is_read() -> None:
    text = article(" date 2025-01-02 Тақырып", "Қазақстан. Екі.")
    assert decode_source(text.encode("utf-16"), "u16.txt") == text


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"   \n", "empty"),
        (" date 2025-01-02 Заголовок\nТекст".encode("cp1251"), "not UTF-8"),
        (b" date 2025-01-02 x\nab\x00cd", "NUL"),
    ],
)
def test_undecodable_input_is_refused(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        decode_source(data, "bad.txt")


def test_non_utf8_error_names_the_line() -> None:
    data = " date 2025-01-02 Title\nFirst line.\nОшибка".encode("cp1251")
    with pytest.raises(InputError, match=r"bad\.txt:3: not UTF-8"):
        decode_source(data, "bad.txt")


def test_turn_markers_of_other_outlets() -> None:
    doc = parse_article(
        article(
            " date 2025-01-02 Сұхбат",
            "АСТАНА. KAZINFORM — Сарапшы Асқар Жұмабеков Kazinform тілшісіне айтты.",
            "– Сұрақ бар ма?",
            "- Жауап бар.",
            "Жауаптың жалғасы.",
        )
    )
    assert [t.role for t in doc.turns] == ["lead", "question", "answer"]
    assert doc.turns[2].speaker == "Асқар Жұмабеков"
    assert len(doc.turns[2].paragraphs) == 2


def test_paragraph_with_ellipsis_is_one_sentence() -> None:
    doc = parse_article(article(" date 2025-01-02 T", "Lead.", "— Көлік… Қайсысы?"))
    assert [s.text for s in doc.turns[1].paragraphs[0].sentences] == ["Көлік… Қайсысы?"]
    assert doc.turns[1].paragraphs[0].marker == "— "


def test_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_article(tmp_path / "absent.txt")
