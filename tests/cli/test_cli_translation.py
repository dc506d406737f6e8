"""`c5tui translation show/set/review`: the English of a document, with its provenance."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from tests.cli.test_cli_corpus import run
from tests.cli.test_cli_documents import documents

ARTICLES = Path(__file__).resolve().parents[1] / "data" / "articles"


def shown(db: Path, document: int) -> dict[str, dict[str, object]]:
    result = run(db, "translation", "show", str(document), "--json")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    return {str(row["key"]): row for row in rows}


def test_typed_english_is_shown_with_its_origin_and_reviewed_on_request(tmp_path: Path) -> None:
    db = tmp_path / "c5.db"
    assert run(db, "import", str(ARTICLES / "kazinform-burabay-flights.txt")).returncode == 0
    before = shown(db, 2)
    assert len(before) == 10
    assert before["p03.s01"]["en"] is None and before["p03.s01"]["origin"] is None

    result = run(db, "translation", "set", "2", "p03.s01", "No air route is being planned.")
    assert result.returncode == 0, result.stderr
    piped = run(db, "translation", "set", "2", "p03.s02", stdin="But small aviation must grow.\n")
    assert piped.returncode == 0, piped.stderr
    after = shown(db, 2)
    assert after["p03.s01"]["en"] == "No air route is being planned."
    assert after["p03.s02"]["en"] == "But small aviation must grow."
    assert (after["p03.s01"]["origin"], after["p03.s01"]["reviewed"]) == ("typed", False)

    review = run(db, "translation", "review", "2", "p03.s01")
    assert review.returncode == 0, review.stderr
    assert review.stdout.strip() == "1 marked reviewed (0 were already)"
    assert shown(db, 2)["p03.s01"]["reviewed"] is True
    # Either every sentence named can be reviewed, or none is marked.
    refused = run(db, "translation", "review", "2", "p03.s02", "p04.s01")
    assert refused.returncode == 2
    assert refused.stderr.strip() == "c5tui: error: ¶4 s1 has no English to review"
    assert shown(db, 2)["p03.s02"]["reviewed"] is False

    listed = {d["id"]: d for d in documents(db)}
    assert (listed[2]["translated"], listed[2]["reviewed"]) == (2, 1)
    assert (listed[1]["translated"], listed[1]["reviewed"]) == (122, 122)
    text = run(db, "translation", "show", "2")
    assert "p03.s01\ttyped reviewed\t-\tNo air route is being planned." in text.stdout
    assert "p03.s02\ttyped unreviewed\t-\tBut small aviation must grow." in text.stdout
    assert "p01.s01\t-\t-\t-" in text.stdout
    assert sqlite3.connect(db).execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_bad_keys_documents_and_empty_text_are_one_line_errors(tmp_path: Path) -> None:
    db = tmp_path / "c5.db"
    missing = run(db, "translation", "set", "1", "p99.s01", "Text.")
    assert (missing.returncode, missing.stderr.strip()) == (
        2,
        "c5tui: error: document 1 has no sentence 'p99.s01'",
    )
    nodoc = run(db, "translation", "show", "7")
    assert nodoc.stderr.strip() == "c5tui: error: no document 7"
    empty = run(db, "translation", "set", "1", "p01.s01", "   ")
    assert empty.returncode == 2
    assert empty.stderr.strip() == "c5tui: error: an English translation cannot be empty"
    assert shown(db, 1)["p01.s01"]["origin"] == "bundled"
