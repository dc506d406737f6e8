"""Ids that name nothing, however large, are a clean input error in every command."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from c5tui.cli import cli

HUGE = str(2**63)
HUGER = "9" * 30


def invoke(db: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["--db", str(db), *args], input="a note")
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("number", [HUGE, HUGER])
@pytest.mark.parametrize(
    ("args", "noun"),
    [
        (("annotate", "{}", "text"), "quote"),
        (("annotate", "{}", "text", "--claim"), "claim"),
        (("annotate", "--claim", "{}", "text"), "claim"),
        (("tag", "{}", "+minerals"), "quote"),
        (("tag", "{}", "+minerals", "--claim"), "claim"),
        (("select", "1", "{}"), "quote"),
        (("select", "{}", "--claim"), "claim"),
        (("unselect", "{}"), "quote"),
        (("notes", "edit", "{}", "text"), "note"),
        (("notes", "delete", "{}"), "note"),
        (("export", "--ids", "1,{}", "-o", "-"), "quote"),
        (("export", "--claims", "{}", "-o", "-"), "claim"),
        (("quotes", "--document", "{}"), "document"),
        (("claims", "--document", "{}"), "document"),
        (("retag", "--document", "{}"), "document"),
    ],
)
def test_an_id_beyond_sqlite_integers_is_not_found(
    db_path: Path, args: tuple[str, ...], noun: str, number: str
) -> None:
    code, out, err = invoke(db_path, *(a.format(number) for a in args))
    assert (code, out) == (2, "")
    wording = f"no document {number}" if noun == "document" else f"no {noun} with id {number}"
    assert err == f"c5tui: error: {wording}\n"


def test_claims_of_an_unknown_document_is_an_error_as_for_quotes(db_path: Path) -> None:
    assert invoke(db_path, "claims", "--document", "99") == (
        2,
        "",
        "c5tui: error: no document 99\n",
    )
