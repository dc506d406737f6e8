"""Saved article pages: text, lead, title, date, author, outlet and URL, built-in test pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from c5tui.corpus.formats.html import clean_title, decode_html
from c5tui.corpus.reader import load_article
from c5tui.corpus.source import ImportOptions
from c5tui.errors import InputError

PAGES = Path(__file__).resolve().parents[1] / "data" / "pages"
ARTICLES = Path(__file__).resolve().parents[1] / "data" / "articles"


def test_a_kazinform_page_keeps_its_lead_and_drops_the_site_photos_and_links() -> None:
    doc = load_article(PAGES / "kazinform-burabay.html")
    assert doc.title == "Астанадан Бурабайға рейс ашыла ма - министрлік жауабы"
    assert (doc.date, doc.outlet, doc.author) == ("2024-05-14", "Kazinform", "Ақерке Нұрланқызы")
    assert doc.url == "https://www.inform.kz/kz/astanadan-burabayga-reys-ashyla-ma-a1"
    assert doc.source_format == "html"
    texts = [p.text for p in doc.paragraphs()]
    assert texts[0].startswith("АСТАНА. KAZINFORM - Көлік вице-министрі")
    assert not any(t.startswith("Фото") or "Оқи отырыңыз" in t or "©" in t for t in texts)
    assert len(texts) == 5
    # The same paragraphs, voices and speakers as the text version of the article.
    text = load_article(ARTICLES / "kazinform-burabay-flights.txt")
    assert texts == [p.text for p in text.paragraphs()]
    assert [(t.role, t.speaker) for t in doc.turns] == [(t.role, t.speaker) for t in text.turns]


def test_a_page_round_trips_its_sentences_and_offsets() -> None:
    for page in PAGES.glob("*.html"):
        if page.name == "no-article.html":
            continue
        doc = load_article(page)
        assert doc.source_text.split("\n", 1)[0] == doc.title
        for paragraph in doc.paragraphs():
            assert doc.source_text[paragraph.start : paragraph.end] == paragraph.text
            for sentence in paragraph.sentences:
                assert doc.source_text[sentence.start : sentence.end] == sentence.text


def test_json_ld_gives_date_author_and_publisher() -> None:
    doc = load_article(PAGES / "baq-forum.html")
    assert (doc.date, doc.outlet, doc.author) == ("2025-10-14", "BAQ.KZ", "Дәурен Әбенов")
    assert doc.title == "Саясаттанушы: Орталық Азия елдері бірлесе әрекет етуге көшті"
    assert doc.speakers() == ["Ержан Сәлімов"]


def test_a_page_without_a_date_has_no_date(tmp_path: Path) -> None:
    html = (PAGES / "baq-forum.html").read_text(encoding="utf-8")
    html = html.replace('"datePublished": "2025-10-14T15:05:00+05:00", ', "").replace(
        '"dateModified": "2025-10-15T09:00:00+05:00",', ""
    )
    page = tmp_path / "nodate.html"
    page.write_text(html, encoding="utf-8")
    assert load_article(page).date is None


def test_options_win_over_the_page() -> None:
    options = ImportOptions(title="Өз тақырыбым", date="2024-05-15", outlet="Aikyn", url="x")
    doc = load_article(PAGES / "kazinform-burabay.html", options)
    assert (doc.title, doc.date, doc.outlet, doc.url) == (
        "Өз тақырыбым",
        "2024-05-15",
        "Aikyn",
        "x",
    )


def test_a_page_with_no_article_text_is_refused() -> None:
    with pytest.raises(InputError, match=r"no-article\.html: no article text found in the page"):
        load_article(PAGES / "no-article.html")


@pytest.mark.parametrize(
    ("title", "site", "clean"),
    [
        ("Тақырып | Kazinform", "Kazinform", "Тақырып"),
        ("Тақырып - BAQ.KZ", "BAQ.KZ", "Тақырып"),
        ("Астана - Бурабай рейсі", None, "Астана - Бурабай рейсі"),
        ("Тақырып | Zakon.kz", None, "Тақырып"),
    ],
)
def test_site_names_are_cut_from_titles(title: str, site: str | None, clean: str) -> None:
    assert clean_title(title, site) == clean


def test_a_page_in_a_declared_encoding_is_read_and_an_undeclared_one_refused() -> None:
    html = '<html><head><meta charset="windows-1251"></head><body>Привет</body></html>'
    assert "Привет" in decode_html(html.encode("cp1251"), "p.html")
    bare = "<html><body>Привет</body></html>".encode("cp1251")
    with pytest.raises(InputError, match="declares no encoding and is not UTF-8"):
        decode_html(bare, "p.html")
