"""Commands that take several ids or tags check them all before changing anything."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from c5tui.cli import cli
from c5tui.workspace import Workspace


def invoke(db: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["--db", str(db), *args])
    return result.exit_code, result.stdout, result.stderr


def basket(db: Path) -> list[tuple[int | None, int | None]]:
    with Workspace.open(db) as workspace:
        return [(i.sentence_id, i.claim_id) for i in workspace.selection()]


def test_select_with_an_unknown_id_selects_nothing(db_path: Path) -> None:
    code, out, err = invoke(db_path, "select", "1", "2", "99999", "3")
    assert (code, out, err) == (2, "", "c5tui: error: no quote with id 99999\n")
    assert basket(db_path) == []


def test_select_claims_with_an_unknown_id_selects_nothing(db_path: Path) -> None:
    code, _, err = invoke(db_path, "select", "--claim", "1", "99999")
    assert (code, err) == (2, "c5tui: error: no claim with id 99999\n")
    assert basket(db_path) == []


def test_select_keeps_the_order_given_and_counts_only_new_items(db_path: Path) -> None:
    assert invoke(db_path, "select", "3")[0] == 0
    code, out, _ = invoke(db_path, "select", "5", "3", "1", "5")
    assert (code, out) == (0, "2 added; 3 in the selection\n")
    assert basket(db_path) == [(3, None), (5, None), (1, None)]


def test_unselect_with_an_unknown_id_removes_nothing(db_path: Path) -> None:
    invoke(db_path, "select", "1", "2")
    code, out, err = invoke(db_path, "unselect", "1", "99999", "2")
    assert (code, out, err) == (2, "", "c5tui: error: no quote with id 99999\n")
    assert basket(db_path) == [(1, None), (2, None)]
    code, out, _ = invoke(db_path, "unselect", "2", "4")
    assert (code, out) == (0, "1 removed; 1 in the selection\n")


def test_tag_with_an_unknown_tag_changes_no_tag(db_path: Path) -> None:
    with Workspace.open(db_path) as workspace:
        before = workspace.quote(1).tags
    code, _, err = invoke(db_path, "tag", "1", "+minerals", "+nope", "-usa")
    assert code == 2
    assert err.startswith("c5tui: error: unknown tag 'nope'")
    with Workspace.open(db_path) as workspace:
        assert workspace.quote(1).tags == before
