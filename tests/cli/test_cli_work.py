"""Tagging, notes, selection, claims and search through the CLI on a real database."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from c5tui.cli import cli


def invoke(db: Path, *args: str, stdin: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["--db", str(db), *args], input=stdin)
    return result.exit_code, result.stdout, result.stderr


def lines(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line]


def test_search_json_fields(db_path: Path) -> None:
    code, out, _ = invoke(db_path, "search", "литий", "--json", "--limit", "3")
    assert code == 0
    hits = lines(out)
    assert hits[0]["key"] == "p06.s01"
    for field in ("id", "score", "kk", "en", "sectors", "actors", "speaker", "matched", "spans"):
        assert field in hits[0]
    assert hits[0]["matched"] == "kk"


def test_search_with_unknown_tag_option_is_an_error(db_path: Path) -> None:
    code, _, err = invoke(db_path, "search", "литий", "--sector", "nope")
    assert code == 2
    assert "unknown sector 'nope'" in err


def test_user_tag_add_and_remove(db_path: Path) -> None:
    code, _, _ = invoke(db_path, "tags", "add", "ports", "--kind", "sector", "--label-en", "Ports")
    assert code == 0
    code, _, _ = invoke(db_path, "tag", "5", "+ports", "-geopolitics")
    assert code == 0
    [quote] = [q for q in lines(invoke(db_path, "quotes", "--json")[1]) if q["id"] == 5]
    assert "ports" in quote["sectors"]
    assert "geopolitics" not in quote["sectors"]
    assert {"id": "ports", "kind": "sector", "source": "user", "evidence": None} in quote["tags"]
    code, _, err = invoke(db_path, "tag", "5", "minerals")
    assert code == 2 and "expected +TAG or -TAG" in err


def test_notes_via_argument_and_stdin(db_path: Path) -> None:
    assert invoke(db_path, "annotate", "7", "First *note*")[0] == 0
    assert invoke(db_path, "annotate", "7", stdin="Second\nline\n")[0] == 0
    notes = lines(invoke(db_path, "notes", "--json")[1])
    assert [n["body"] for n in notes] == ["First *note*", "Second\nline\n"]
    assert invoke(db_path, "notes", "edit", str(notes[0]["id"]), "Changed")[0] == 0
    assert invoke(db_path, "notes", "delete", str(notes[1]["id"]))[0] == 0
    assert [n["body"] for n in lines(invoke(db_path, "notes", "--json")[1])] == ["Changed"]
    code, _, err = invoke(db_path, "notes", "delete", "999")
    assert code == 2 and "no note with id 999" in err


def test_selection_commands(db_path: Path) -> None:
    assert invoke(db_path, "select", "3", "1", "2")[1] == "3 added; 3 in the selection\n"
    assert [i["id"] for i in lines(invoke(db_path, "selection", "--json")[1])] == [3, 1, 2]
    assert invoke(db_path, "unselect", "1")[1] == "1 removed; 2 in the selection\n"
    code, _, err = invoke(db_path, "select", "100000")
    assert code == 2 and "no quote with id 100000" in err


def test_claims_filter_by_tag_kind_and_words(db_path: Path) -> None:
    everything = lines(invoke(db_path, "claims", "--json")[1])
    assert len(everything) >= 20
    china = lines(invoke(db_path, "claims", "--actor", "china", "--json")[1])
    assert china and all("china" in c["actors"] for c in china)
    words = lines(invoke(db_path, "claims", "-q", "80%", "--json")[1])
    assert any("80%" in c["statement"] for c in words)
    stats = lines(invoke(db_path, "claims", "--kind", "statistic", "--json")[1])
    assert stats and {c["kind"] for c in stats} == {"statistic"}


def test_tags_lists_codebook_with_counts(db_path: Path) -> None:
    tags = {t["id"]: t for t in lines(invoke(db_path, "tags", "--json")[1])}
    assert {"minerals", "logistics", "usa", "trump", "wabtec"} <= set(tags)
    assert tags["trump"]["parent"] == "usa"
    assert tags["usa"]["count"] >= tags["trump"]["count"] > 0


def test_user_tag_survives_reimport_and_retag(tmp_path: Path, db_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(
        " date 2025-12-01 Т\nАҚШ пен Қытай литий туралы келісті. Басқа сөйлем.\n", encoding="utf-8"
    )
    imported = json.loads(invoke(db_path, "import", str(article), "--json")[1])
    assert imported["auto_tags"] > 0
    quotes = lines(invoke(db_path, "quotes", "--document", str(imported["document"]), "--json")[1])
    first = quotes[0]
    assert {"usa", "china"} <= set(first["actors"])
    assert any(t["source"] == "auto" and t["evidence"] for t in first["tags"])
    invoke(db_path, "tag", str(first["id"]), "-usa", "+energy_transition")
    invoke(db_path, "import", str(article))
    invoke(db_path, "retag")
    after = lines(invoke(db_path, "quotes", "--document", str(imported["document"]), "--json")[1])
    assert "usa" not in after[0]["actors"]
    assert "energy_transition" in after[0]["sectors"]
    assert "china" in after[0]["actors"]
