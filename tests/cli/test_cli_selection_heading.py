"""`c5tui selection heading`: section headings put, renamed and removed from the command line."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from c5tui.cli import cli


def c5(db: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["--db", str(db), *args])
    return result.exit_code, result.stdout, result.stderr


def basket(db: Path) -> list[tuple[str, object]]:
    code, out, _ = c5(db, "selection", "--json")
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    return [(r["kind"], r["text"] if r["kind"] == "heading" else r["id"]) for r in rows]


def test_a_heading_goes_before_or_after_an_item_and_can_be_renamed_and_removed(
    db_path: Path,
) -> None:
    assert c5(db_path, "select", "1", "36", "6")[0] == 0
    assert c5(db_path, "select", "--claim", "10")[0] == 0
    code, out, _ = c5(db_path, "selection", "heading", "Critical minerals", "--before", "36")
    assert code == 0 and out.startswith("heading ") and out.endswith("5 in the selection\n")
    heading_id = int(out.split()[1])
    assert c5(db_path, "selection", "heading", "Trade", "--after", "10", "--claim")[0] == 0
    assert c5(db_path, "selection", "heading", "Close")[0] == 0  # at the end
    assert basket(db_path) == [
        ("quote", 1),
        ("heading", "Critical minerals"),
        ("quote", 36),
        ("quote", 6),
        ("claim", 10),
        ("heading", "Trade"),
        ("heading", "Close"),
    ]
    code, out, _ = c5(db_path, "selection", "heading", "--rename", str(heading_id), "Minerals")
    assert (code, out) == (0, f"heading {heading_id} renamed\n")
    assert basket(db_path)[1] == ("heading", "Minerals")
    code, out, _ = c5(db_path, "selection", "heading", "--remove", str(heading_id))
    assert (code, out) == (0, f"heading {heading_id} removed: Minerals\n")
    assert ("heading", "Minerals") not in basket(db_path)
    code, out, _ = c5(db_path, "selection")
    assert "heading\t" in out and "\tTrade" in out


def test_bad_headings_are_one_line_errors_and_change_nothing(db_path: Path) -> None:
    assert c5(db_path, "select", "1")[0] == 0
    before = basket(db_path)
    for args, code, message in [
        (("   ",), 2, "a heading needs some words"),
        (("x" * 201,), 2, "at most 200 characters"),
        (("X", "--before", "99"), 2, "no selected quote with id 99"),
        (("--remove", "999"), 2, "no heading with id 999"),
        (("--rename", "999", "X"), 2, "no heading with id 999"),
        (("X", "--before", "1", "--after", "1"), 2, "not both"),
        ((), 2, "give the heading's text"),
    ]:
        result = c5(db_path, "selection", "heading", *args)
        assert result[0] == code, (args, result)
        assert message in result[2] and result[2].count("\n") == 1, (args, result)
    assert basket(db_path) == before
