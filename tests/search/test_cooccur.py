"""Actor × sector co-occurrence, checked against counts made by reading the curated tags.

The hand counts come from reading fixtures/…curated.toml: e.g. the sentences tagged
``logistics`` that name the USA or one of its children (p04.s02, p10.s03 via trump and
biden, p18.s02, p20.s02, p23.s01 via wabtec, p25.s01, p28.s01, p29.s04 via trump, p31.s01)
are nine.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from c5tui.cli import cli
from c5tui.errors import InputError
from c5tui.workspace import Workspace

# (row, column): quotes, counted by hand from the curated tags of the bundled interview.
HAND_COUNTS = {
    # p23.s01 "…локомотивтер шығаратын Wabtec компаниясы…" is tagged wabtec, whose parent
    # is usa: with p04.s02, p10.s03, p18.s02, p20.s02, p25.s01, p28.s01, p29.s04, p31.s01.
    ("usa", "logistics"): 9,
    # p18.s01, p23.s01, p25.s01, p27.s04 tag kazakhstan itself; no quote tagged logistics
    # names its children (kazmunaygas, ast_petroleum, president_kz).
    ("kazakhstan", "logistics"): 4,
    ("trump", "logistics"): 2,
    ("trump", "geopolitics"): 2,  # p04.s01, p10.s03
    ("china", "minerals"): 1,
    ("uzbekistan", "minerals"): 1,
    ("uzbekistan", "geopolitics"): 1,
    ("uzbekistan", "logistics"): 0,
}


def cell(matrix, row: str, col: str) -> int:  # type: ignore[no-untyped-def]
    rows = [t.id for t in matrix.rows]
    cols = [t.id for t in matrix.cols]
    return matrix.count(rows.index(row), cols.index(col))


def test_counts_match_a_hand_count_with_the_hierarchy_expanded(workspace: Workspace) -> None:
    matrix = workspace.cooccurrence("actor", "sector")
    for (row, col), expected in HAND_COUNTS.items():
        assert cell(matrix, row, col) == expected, (row, col)
    # Swapping rows and columns gives the transposed matrix.
    swapped = workspace.cooccurrence("sector", "actor")
    for (row, col), expected in HAND_COUNTS.items():
        assert cell(swapped, col, row) == expected


def test_a_user_tag_and_a_removed_tag_change_the_counts(workspace: Workspace) -> None:
    before = cell(workspace.cooccurrence(), "china", "minerals")
    workspace.set_tags("sentence", 36, remove=["china"])  # p17.s02, the one china quote
    matrix = workspace.cooccurrence()
    assert "china" not in [t.id for t in matrix.rows] and before == 1
    workspace.set_tags("sentence", 36, add=["china"])
    workspace.set_tags("sentence", 10, add=["china"])  # p06.s01: minerals
    assert cell(workspace.cooccurrence(), "china", "minerals") == 2


def test_a_query_limits_the_count_to_its_matches(workspace: Workspace) -> None:
    found = set(workspace.search_ids("Трамп"))
    assert found
    matrix = workspace.cooccurrence("actor", "sector", "Трамп")
    quotes = {q.id: q for q in workspace.quotes()}
    for c in matrix.cells():
        family = workspace.tag_family(c.row.id)
        cols = workspace.tag_family(c.col.id)
        expected = sum(
            1
            for i in found
            if family & {t.tag for t in quotes[i].tags} and cols & {t.tag for t in quotes[i].tags}
        )
        assert c.count == expected
    assert all(n <= len(found) for row in matrix.counts for n in row)


def test_rows_and_columns_must_be_actor_or_sector(workspace: Workspace) -> None:
    with pytest.raises(InputError, match="actor or sector"):
        workspace.cooccurrence("speaker", "sector")


def test_the_cli_prints_a_table_and_one_json_object_per_cell(db_path: Path) -> None:
    Workspace.open(db_path).close()
    result = CliRunner().invoke(cli, ["--db", str(db_path), "cooccur", "--json"])
    assert result.exit_code == 0, result.output
    cells = [json.loads(line) for line in result.stdout.splitlines()]
    by_cell = {(c["row"], c["col"]): c["count"] for c in cells}
    for key, expected in HAND_COUNTS.items():
        assert by_cell[key] == expected
    assert len({c["row"] for c in cells}) * len({c["col"] for c in cells}) == len(cells)
    text = CliRunner().invoke(cli, ["--db", str(db_path), "cooccur", "--rows", "sector"])
    assert text.exit_code == 0
    header, *rows = text.stdout.splitlines()
    assert header.split()[:2] == ["usa", "kazakhstan"]
    logistics = next(r for r in rows if r.startswith("Logistics "))
    assert logistics.split()[1:3] == ["9", "4"]
    bad = CliRunner().invoke(cli, ["--db", str(db_path), "cooccur", "--rows", "speaker"])
    assert bad.exit_code == 2
