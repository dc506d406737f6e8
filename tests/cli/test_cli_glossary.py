"""`c5tui search` with and without the glossary, on a real database."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from c5tui.cli import cli

FALSE_FRIENDS = Path(__file__).resolve().parents[1] / "data" / "glossary" / "false-friends.txt"


def search(db: Path, *args: str) -> list[dict]:
    result = CliRunner().invoke(cli, ["--db", str(db), "search", *args, "--json", "--limit", "100"])
    assert result.exit_code == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines() if line]


def test_search_names_the_kazakh_word_a_glossary_hit_was_found_by(db_path: Path) -> None:
    imported = CliRunner().invoke(cli, ["--db", str(db_path), "import", str(FALSE_FRIENDS)])
    assert imported.exit_code == 0, imported.stderr
    hits = search(db_path, "uranium")
    untranslated = [h for h in hits if h["en"] is None]
    assert [h["glossary"] for h in untranslated] == [
        [{"term": "uranium", "word": "уранды"}],
        [{"term": "uranium", "word": "Уранның"}],
    ]
    assert all(h["score"] < 0 <= min(d["score"] for d in hits if d["en"]) for h in untranslated)
    word = untranslated[0]["kk"][slice(*untranslated[0]["spans"][0])]
    assert word == "уранды"


def test_no_glossary_keeps_to_the_words_typed(db_path: Path) -> None:
    CliRunner().invoke(cli, ["--db", str(db_path), "import", str(FALSE_FRIENDS)])
    hits = search(db_path, "uranium", "--no-glossary")
    assert hits and all(h["en"] is not None and not h["glossary"] for h in hits)


def test_export_by_query_follows_the_glossary_switch(db_path: Path, tmp_path: Path) -> None:
    CliRunner().invoke(cli, ["--db", str(db_path), "import", str(FALSE_FRIENDS)])
    briefs = {}
    for name, extra in (("with", []), ("without", ["--no-glossary"])):
        out = tmp_path / f"{name}.md"
        result = CliRunner().invoke(
            cli, ["--db", str(db_path), "export", "--query", "uranium", *extra, "-o", str(out)]
        )
        assert result.exit_code == 0, result.stderr
        briefs[name] = out.read_text(encoding="utf-8")
    assert "уранды" in briefs["with"] and "Уранның" in briefs["with"]
    assert "уранды" not in briefs["without"] and "Уранның" not in briefs["without"]
    assert "uranium" in briefs["without"]  # the bundled interview's direct hits stay
    assert 'glossary: "off"' in briefs["without"]
