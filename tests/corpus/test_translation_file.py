"""Translation files of every accepted format: keyed TSV, a filled-in template, plain
English, a saved English web page; and the files that are refused."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from c5tui.corpus.translation_file import read_translation_file
from c5tui.errors import InputError
from tests.corpus.perturb import bundled, cases

SOURCE = bundled()


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_keyed_tsv_is_taken_as_it_says(tmp_path: Path) -> None:
    path = write(tmp_path, "en.tsv", "title\tA title\np01.s01\tFirst.\np03.s02\tLater.\n")
    read = read_translation_file(path, SOURCE.kazakh)
    assert read.translation.origin == "keyed"
    assert read.translation.sentences == {"p01.s01": "First.", "p03.s02": "Later."}
    assert read.translation.title == "A title"
    assert len(read.untranslated) == len(SOURCE.kazakh.sentences) - 2


def test_a_template_fills_only_the_cells_that_were_filled(tmp_path: Path) -> None:
    text = (
        "# c5tui translation template\n"
        "title\t\tАҚШ-тың …\n"
        "p01.s01\tFilled in.\tАСТАНА. KAZINFORM — …\n"
        "p01.s02\t\tФилософия, …\n"
    )
    read = read_translation_file(write(tmp_path, "t.tsv", text), SOURCE.kazakh)
    assert read.translation.sentences == {"p01.s01": "Filled in."}
    assert read.translation.title is None


def test_a_keyed_line_without_english_names_its_file_and_line(tmp_path: Path) -> None:
    path = write(tmp_path, "bad.tsv", "p01.s01\tFine.\np01.s02\n")
    with pytest.raises(InputError, match=r"bad\.tsv:2: expected 'key<TAB>translation'"):
        read_translation_file(path, SOURCE.kazakh)


def test_a_key_that_is_no_sentence_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "bad.tsv", "p01.s01\tFine.\np99.s01\tNowhere.\n")
    with pytest.raises(InputError, match=r"bad\.tsv:2: 'p99\.s01' is not a sentence"):
        read_translation_file(path, SOURCE.kazakh)


def test_plain_english_is_aligned(tmp_path: Path) -> None:
    case = next(c for c in cases() if c.name == "blank-line paragraphs")
    read = read_translation_file(write(tmp_path, "en.txt", case.text), SOURCE.kazakh)
    assert read.translation.origin == "aligned"
    assert read.translation.source == str(tmp_path / "en.txt")
    assert read.translation.sentences == {k: v for k, v in case.gold.items() if v}


def test_a_saved_english_page_is_extracted_then_aligned(tmp_path: Path) -> None:
    pytest.importorskip("trafilatura")
    paragraphs = "\n".join(
        f"<p>{html.escape(' '.join(sentences))}</p>" for _, sentences in SOURCE.paragraphs
    )
    page = (
        "<!doctype html><html><head><meta charset='utf-8'>"
        f"<title>{html.escape(SOURCE.title_en)} | Kazinform</title>"
        "<meta property='og:site_name' content='Kazinform'></head><body>"
        "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        f"<article><h1>{html.escape(SOURCE.title_en)}</h1>{paragraphs}</article>"
        "<footer>© Kazinform</footer></body></html>"
    )
    read = read_translation_file(write(tmp_path, "en.html", page), SOURCE.kazakh)
    got = read.translation.sentences
    right = sum(got.get(key) == text for key, text in SOURCE.english.items())
    assert right / len(SOURCE.english) >= 0.98
    assert read.translation.title == SOURCE.title_en


def test_kazakh_given_as_the_english_is_refused(tmp_path: Path) -> None:
    text = "\n".join(s.text for s in SOURCE.kazakh.sentences[:10])
    with pytest.raises(InputError, match="mostly in Cyrillic"):
        read_translation_file(write(tmp_path, "kk.txt", text), SOURCE.kazakh)


def test_binary_and_empty_files_are_refused(tmp_path: Path) -> None:
    pdf = tmp_path / "en.pdf"
    pdf.write_bytes(b"%PDF-1.7 ...")
    with pytest.raises(InputError, match="a PDF document"):
        read_translation_file(pdf, SOURCE.kazakh)
    with pytest.raises(InputError, match="empty"):
        read_translation_file(write(tmp_path, "empty.txt", "\n"), SOURCE.kazakh)
