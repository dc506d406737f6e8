"""Claims' certainty in `c5tui claims` output, text and JSON, on the seeded interview."""

from __future__ import annotations

from pathlib import Path

from c5tui.workspace import Workspace
from tests.cli.test_cli_work import invoke, lines

CERTAINTIES = {"asserted", "hedged", "expected", "conditional", "reported"}


def test_every_claim_has_a_certainty_and_hedged_quotes_give_hedged_claims(db_path: Path) -> None:
    claims = lines(invoke(db_path, "claims", "--json")[1])
    assert {c["certainty"] for c in claims} <= CERTAINTIES
    with Workspace.open(db_path) as workspace:
        quotes = {q.id: q.kk for q in workspace.quotes()}
    hedged = [c for c in claims if any("Қателеспесем" in quotes[i] for i in c["quotes"])]
    assert hedged and {c["certainty"] for c in hedged} == {"hedged"}
    assert {"asserted", "hedged", "conditional", "reported"} <= {c["certainty"] for c in claims}


def test_the_text_rows_show_the_certainty_after_the_kind(db_path: Path) -> None:
    code, out, _ = invoke(db_path, "claims", "--kind", "forecast")
    assert code == 0
    rows = [line.split("\t") for line in out.splitlines()]
    assert rows and all(row[1] == "forecast" and row[2] in CERTAINTIES for row in rows)
    assert "conditional" in {row[2] for row in rows}  # Егер … қараса, …
