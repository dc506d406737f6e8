"""The corpus commands through a real subprocess on a real temporary database."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import click

from c5tui import resources


def run(db: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "C5TUI_DB": str(db)}
    env.pop("C5TUI_DEBUG", None)
    return subprocess.run(
        [sys.executable, "-m", "c5tui", *args],
        capture_output=True,
        text=True,
        env=env,
        input=stdin,
        timeout=120,
    )


def test_fresh_database_lists_every_sentence_with_translation(tmp_path: Path) -> None:
    db = tmp_path / "new" / "c5.db"
    db.parent.mkdir()
    result = run(db, "quotes", "--json")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 122
    assert all(r["en"] for r in rows), "every sentence has its English translation"
    assert {r["role"] for r in rows} == {"lead", "question", "answer"}
    answers = {r["speaker"] for r in rows if r["role"] == "answer"}
    assert answers == {"Рүстем Мұстафин"}
    for field in ("id", "document", "paragraph", "sentence", "kk", "sectors", "actors"):
        assert field in rows[0]
    # The Kazakh sentences, with their spacing and turn markers, rebuild the source.
    source = resources.bundled_article().read_text(encoding="utf-8")
    for row in rows:
        assert source[row["start"] : row["end"]] == row["kk"]


def test_stats_counts_the_bundled_interview(tmp_path: Path) -> None:
    result = run(tmp_path / "c5.db", "stats", "--json")
    assert result.returncode == 0, result.stderr
    stats = json.loads(result.stdout)
    assert stats["documents"] == 1
    assert stats["turns"] == 11
    assert stats["sentences"] == 122
    assert stats["translated"] == 122


def test_import_is_idempotent(tmp_path: Path) -> None:
    db = tmp_path / "c5.db"
    article = tmp_path / "news.txt"
    article.write_text(
        " date 2025-12-01 Жаңа мақала\n"
        "АСТАНА. KAZINFORM — Сарапшы Айгүл Сейітова Kazinform тілшісіне сұхбат берді.\n"
        "— Литий туралы не айтасыз?\n"
        "— Литий қоры маңызды. Қытай да қызығады.\n",
        encoding="utf-8",
    )
    first = run(db, "import", str(article), "--json")
    assert first.returncode == 0, first.stderr
    created = json.loads(first.stdout)
    assert created["created"] is True and created["sentences"] == 4
    second = run(db, "import", str(article), "--json")
    assert json.loads(second.stdout) == {
        **created,
        "created": False,
        "translated": 0,
        "auto_tags": 0,
    }
    stats = json.loads(run(db, "stats", "--json").stdout)
    assert stats["documents"] == 2
    assert stats["sentences"] == 126
    quotes = [
        json.loads(x)
        for x in run(db, "quotes", "--document", "2", "--json").stdout.split("\n")
        if x
    ]
    assert [q["role"] for q in quotes] == ["lead", "question", "answer", "answer"]
    assert quotes[2]["speaker"] == "Айгүл Сейітова"
    assert quotes[2]["en"] is None


def test_import_with_translation(tmp_path: Path) -> None:
    db = tmp_path / "c5.db"
    article = tmp_path / "a.txt"
    article.write_text(
        " date 2025-12-01 Тақырып\nБірінші сөйлем. Екінші сөйлем.\n", encoding="utf-8"
    )
    translation = tmp_path / "a.en.tsv"
    translation.write_text("title\tTitle\np01.s01\tFirst sentence.\n", encoding="utf-8")
    result = run(db, "import", str(article), "--translation", str(translation), "--json")
    assert json.loads(result.stdout)["translated"] == 1
    quotes = [
        json.loads(x)
        for x in run(db, "quotes", "--document", "2", "--json").stdout.split("\n")
        if x
    ]
    assert [q["en"] for q in quotes] == ["First sentence.", None]


def test_misaligned_translation_is_refused_and_nothing_imported(tmp_path: Path) -> None:
    db = tmp_path / "c5.db"
    article = tmp_path / "a.txt"
    article.write_text(" date 2025-12-01 Тақырып\nБірінші сөйлем.\n", encoding="utf-8")
    translation = tmp_path / "a.en.tsv"
    translation.write_text("p01.s01\tFirst.\np07.s02\tNo such sentence.\n", encoding="utf-8")
    result = run(db, "import", str(article), "--translation", str(translation))
    assert result.returncode == 2
    assert result.stderr.strip() == (
        f"c5tui: error: {translation}:2: 'p07.s02' is not a sentence of the article; "
        "the translation does not align"
    )
    assert "Traceback" not in result.stderr
    assert json.loads(run(db, "stats", "--json").stdout)["documents"] == 1


def test_text_without_a_date_line_is_imported_with_the_date_unknown(tmp_path: Path) -> None:
    db = tmp_path / "c5.db"
    article = tmp_path / "pasted.txt"
    article.write_text("Тақырып\nМәтін бар.\n", encoding="utf-8")
    result = run(db, "import", str(article), "--json")
    assert result.returncode == 0, result.stderr
    listed = [json.loads(line) for line in run(db, "documents", "--json").stdout.splitlines()]
    assert (listed[-1]["title"], listed[-1]["date"], listed[-1]["outlet"]) == (
        "Тақырып",
        None,
        "unknown",
    )


def test_malformed_date_line_error_is_one_line(tmp_path: Path) -> None:
    article = tmp_path / "bad.txt"
    article.write_text(" date 5 Nov Title\nText.\n", encoding="utf-8")
    result = run(tmp_path / "c5.db", "import", str(article))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert f"{article}:1: expected a first line" in result.stderr


def test_impossible_date_is_refused_and_nothing_imported(tmp_path: Path) -> None:
    db = tmp_path / "c5.db"
    article = tmp_path / "feb.txt"
    article.write_text(" date 2025-02-31 Тақырып\nБірінші сөйлем.\n", encoding="utf-8")
    result = run(db, "import", str(article))
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == f"c5tui: error: {article}:1: invalid date '2025-02-31'\n"
    assert json.loads(run(db, "stats", "--json").stdout)["documents"] == 1


def test_unknown_document_is_an_error(tmp_path: Path) -> None:
    result = run(tmp_path / "c5.db", "quotes", "--document", "99")
    assert result.returncode == 2
    assert result.stderr == "c5tui: error: no document 99\n"


def test_debug_shows_a_traceback(tmp_path: Path) -> None:
    result = run(tmp_path / "c5.db", "--debug", "quotes", "--document", "99")
    assert result.returncode != 0
    assert "Traceback" in result.stderr


def test_every_command_has_help() -> None:
    from c5tui.cli import cli

    with click.Context(cli) as ctx:
        for name in cli.list_commands(ctx):
            command = cli.get_command(ctx, name)
            assert command is not None and command.help, f"{name} has no help text"
