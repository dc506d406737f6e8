"""Importing folders and several files, listing, editing and removing documents (CLI)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from tests.cli.test_cli_corpus import run

ARTICLES = Path(__file__).resolve().parents[1] / "data" / "articles"
PAGES = Path(__file__).resolve().parents[1] / "data" / "pages"


def quotes_of(db: Path, document: int) -> list[dict[str, object]]:
    result = run(db, "quotes", "--document", str(document), "--json")
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def documents(db: Path) -> list[dict[str, object]]:
    result = run(db, "documents", "--json")
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_a_folder_with_one_bad_file_imports_the_rest_and_lists_the_failure(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("zakon-tenge-rate.txt", "astana-schools.txt", "ult-tokayev-kostanay.txt"):
        shutil.copy(ARTICLES / name, folder / name)
    (folder / "broken.txt").write_text(" date 2025-02-31 Жаман күн\nМәтін.\n", encoding="utf-8")
    (folder / "notes.tsv").write_text("p01.s01\tignored\n", encoding="utf-8")
    db = tmp_path / "c5.db"
    result = run(db, "import", str(folder))
    assert result.returncode == 2
    assert f"c5tui: error: {folder / 'broken.txt'}:1: invalid date '2025-02-31'" in result.stderr
    assert "4 articles: 3 imported, 0 already there, 1 failed" in result.stderr
    assert result.stderr.rstrip().endswith(f"failed: {folder / 'broken.txt'}")
    listed = documents(db)
    assert len(listed) == 4  # the bundled interview and the three good articles
    again = run(
        db, "import", str(folder / "zakon-tenge-rate.txt"), str(folder / "astana-schools.txt")
    )
    assert again.returncode == 0, again.stderr
    assert "2 articles: 0 imported, 2 already there, 0 failed" in again.stdout


def test_documents_lists_metadata_speakers_and_counts(tmp_path: Path) -> None:
    db = tmp_path / "c5.db"
    assert run(db, "import", str(ARTICLES / "kazinform-president-post.txt")).returncode == 0
    assert run(db, "import", str(ARTICLES / "massaget-kostanay-name.txt")).returncode == 0
    bundled, post, pasted = documents(db)
    assert bundled["kind"] == "interview" and bundled["translated"] == 122
    assert bundled["speakers"] == ["Рүстем Мұстафин"]
    assert "minerals" in bundled["tags"]
    assert (post["outlet"], post["date"], post["kind"]) == ("Kazinform", "2025-11-20", "news")
    assert post["speakers"] == ["Қасым-Жомарт Тоқаев", "Серік Жұманғарин", "Нұрлан Әбдіров"]
    assert (pasted["date"], pasted["outlet"], pasted["url"]) == (None, "Massaget.kz", None)
    for key in ("id", "title", "title_en", "sentences", "translated", "tags"):
        assert key in pasted
    text = run(db, "documents").stdout.splitlines()
    assert text[2].split("\t")[1:4] == ["date unknown", "Massaget.kz", "news"]


def test_document_edits_metadata_and_reattributes_a_new_speaker(tmp_path: Path) -> None:
    db = tmp_path / "c5.db"
    run(db, "import", str(ARTICLES / "aikyn-farm-digital.txt"))
    quotes = quotes_of(db, 2)
    ids = {q["key"]: q["id"] for q in quotes}
    assert run(db, "annotate", str(ids["p04.s01"]), "check the subsidy figure").returncode == 0
    result = run(
        db,
        "document",
        "2",
        "--date",
        "unknown",
        "--url",
        "https://aikyn.kz/x",
        "--speaker",
        "Гүлнар Сейітова",
        "--json",
    )
    assert result.returncode == 0, result.stderr
    shown = json.loads(result.stdout)
    assert (shown["date"], shown["url"], shown["speakers"]) == (
        None,
        "https://aikyn.kz/x",
        ["Гүлнар Сейітова"],
    )
    after = quotes_of(db, 2)
    answers = {q["speaker"] for q in after if q["role"] == "answer"}
    assert answers == {"Гүлнар Сейітова"}
    # Every sentence kept its id, and the note stays on its quote.
    assert {q["key"]: q["id"] for q in after} == ids
    assert next(q for q in after if q["key"] == "p04.s01")["notes"] == 1
    bad = run(db, "document", "2", "--date", "2025-13-01")
    assert (bad.returncode, bad.stderr) == (2, "c5tui: error: invalid date '2025-13-01'\n")


def test_citations_use_the_real_outlet_and_n_d_for_an_unknown_date(tmp_path: Path) -> None:
    db = tmp_path / "c5.db"
    run(db, "import", str(ARTICLES / "massaget-kostanay-name.txt"))
    quote = next(q for q in quotes_of(db, 2) if q["role"] == "quote")
    out = tmp_path / "report.md"
    assert run(db, "export", "--ids", str(quote["id"]), "-o", str(out)).returncode == 0
    text = out.read_text(encoding="utf-8")
    # The role noun in English; the outlet as the page names it; n.d. for no date.
    assert "[^1]: regional akimat, quoted in «" in text
    assert "», Massaget.kz, n.d., ¶" in text
    assert "Kazinform" not in text


def test_remove_refuses_with_notes_then_backs_up_and_removes(tmp_path: Path) -> None:
    db = tmp_path / "c5.db"
    run(db, "import", str(ARTICLES / "zakon-tenge-rate.txt"))
    first = quotes_of(db, 2)[0]
    run(db, "annotate", str(first["id"]), "a note")
    run(db, "tag", str(first["id"]), "+minerals")
    refused = run(db, "remove", "2")
    assert refused.returncode == 2
    assert refused.stderr == (
        "c5tui: error: document 2 has 1 note and 1 tag of yours, which would go with it; "
        "rerun with --force to remove it (your work is backed up first)\n"
    )
    assert len(documents(db)) == 2
    removed = run(db, "remove", "2", "--force")
    assert removed.returncode == 0, removed.stderr
    lines = removed.stdout.splitlines()
    assert lines[0].startswith("removed document 2 «Экономист: теңге бағамы")
    assert "1 notes, 1 tags of yours" in lines[0]
    backup = Path(lines[1].rsplit(" ", 1)[1])
    assert backup.parent == db.parent and backup.name.startswith("c5.db.work-")
    assert '"body": "a note"' in backup.read_text(encoding="utf-8")
    assert [d["id"] for d in documents(db)] == [1]
    assert json.loads(run(db, "stats", "--json").stdout)["annotations"] == 0
    assert run(db, "search", "инфляция", "--json").stdout == ""
    assert run(db, "remove", "2").stderr == "c5tui: error: no document 2\n"


def test_unknown_formats_are_one_line_each(tmp_path: Path) -> None:
    db = tmp_path / "c5.db"
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.7\n...")
    result = run(db, "import", str(pdf))
    assert result.returncode == 2
    assert result.stderr == (
        f"c5tui: error: {pdf}: unknown format: a PDF document; c5tui imports articles as "
        "UTF-8 text (.txt) or saved web pages (.html)\n"
    )
    forced = run(db, "import", "--format", "docx", str(ARTICLES / "astana-schools.txt"))
    assert forced.returncode == 2
    assert "unknown format 'docx'" in forced.stderr
    page = run(db, "import", str(PAGES / "no-article.html"))
    assert (
        page.stderr
        == f"c5tui: error: {PAGES / 'no-article.html'}: no article text found in the page\n"
    )
    assert len(documents(db)) == 1


def test_plain_text_options_title_date_outlet_speaker(tmp_path: Path) -> None:
    db = tmp_path / "c5.db"
    pasted = tmp_path / "pasted.txt"
    pasted.write_text(
        "АСТАНА. KAZINFORM — Сарапшы Асқар Жұмабеков Kazinform тілшісіне сұхбат берді.\n"
        "— Литий туралы не айтасыз?\n— Литий қоры маңызды.\n",
        encoding="utf-8",
    )
    no_title = run(db, "import", str(pasted))
    assert no_title.returncode == 2 and "--title" in no_title.stderr
    result = run(
        db,
        "import",
        str(pasted),
        "--title",
        "Литий туралы",
        "--date",
        "2025-12-01",
        "--url",
        "https://inform.kz/x",
        "--json",
    )
    assert result.returncode == 0, result.stderr
    made = json.loads(result.stdout)
    assert (made["title"], made["date"], made["kind"], made["speakers"]) == (
        "Литий туралы",
        "2025-12-01",
        "interview",
        ["Асқар Жұмабеков"],
    )


def test_with_two_documents_every_locator_names_its_document(tmp_path: Path) -> None:
    db = tmp_path / "c5.db"
    assert run(db, "import", str(ARTICLES / "kazinform-president-post.txt")).returncode == 0
    bundled, post = documents(db)
    assert (bundled["label"], post["label"]) == ("Kazinform 11-05", "Kazinform 11-20")
    found = run(db, "search", "экономика", "--limit", "200")
    assert found.returncode == 0, found.stderr
    places = {line.split("\t")[2].rsplit(" ¶", 1)[0] for line in found.stdout.splitlines()}
    assert places == {"Kazinform 11-05", "Kazinform 11-20"}
    listed = run(db, "quotes", "--document", str(post["id"]))
    assert listed.stdout.splitlines()[0].split("\t")[1] == "Kazinform 11-20 ¶1 s1"


def test_with_one_document_the_locator_stays_bare(tmp_path: Path) -> None:
    db = tmp_path / "c5.db"
    listed = run(db, "quotes")
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.splitlines()[0].split("\t")[1] == "¶1 s1"
    assert documents(db)[0]["label"] is None
