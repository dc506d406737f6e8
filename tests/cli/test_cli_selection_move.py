"""`c5tui selection move`: the basket reordered from the command line, in one transaction."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from c5tui.cli import cli


def c5(db: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["--db", str(db), *args])
    return result.exit_code, result.output


def order(db: Path) -> list[int]:
    code, out = c5(db, "selection", "--json")
    assert code == 0, out
    return [json.loads(line)["id"] for line in out.splitlines()]


@pytest.fixture
def basket(db_path: Path) -> Path:
    assert c5(db_path, "select", "10", "20", "30", "40")[0] == 0
    return db_path


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("40", "--to", "1"), [40, 10, 20, 30]),
        (("10", "--to", "3"), [20, 30, 10, 40]),
        (("10", "--to", "99"), [20, 30, 40, 10]),  # past the end is the end
        (("40", "--before", "20"), [10, 40, 20, 30]),
        (("10", "--after", "30"), [20, 30, 10, 40]),
        (("10", "--before", "40"), [20, 30, 10, 40]),
        (("40", "--after", "10"), [10, 40, 20, 30]),
    ],
)
def test_move_puts_the_item_where_asked(
    basket: Path, args: tuple[str, ...], expected: list[int]
) -> None:
    code, out = c5(basket, "selection", "move", *args)
    assert code == 0, out
    assert order(basket) == expected
    assert out == f"quote {args[0]} is now {expected.index(int(args[0])) + 1} of 4\n"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("99", "--to", "1"), "no selected quote with id 99"),
        (("10", "--before", "77"), "no selected quote with id 77"),
        (("10",), "give exactly one of --to N, --before ID, --after ID"),
        (("10", "--to", "1", "--after", "20"), "give exactly one of"),
        (("10", "--to", "0"), "0"),
    ],
)
def test_a_bad_move_changes_nothing(basket: Path, args: tuple[str, ...], message: str) -> None:
    code, out = c5(basket, "selection", "move", *args)
    assert code == 2
    assert out.startswith("c5tui: error: ") and message in out
    assert out.count("\n") == 1
    assert order(basket) == [10, 20, 30, 40]
