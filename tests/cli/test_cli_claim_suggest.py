"""c5tui claims suggest: claims suggested again for stored documents — only new ones, never
what the analyst dismissed, accepted or already has as a claim."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.cli.test_cli_claim_review import ARTICLES, import_article
from tests.cli.test_cli_work import invoke, lines

FROZEN_V4 = Path(__file__).resolve().parents[1] / "data" / "c5tui-v4.db"


def suggested(db: Path, *args: str) -> list[dict]:
    code, out, err = invoke(db, "claims", "suggested", "--json", *args)
    assert code == 0, err
    return lines(out)


def by_id(suggestion: dict) -> int:
    return int(suggestion["id"])


def claimed_quotes(db: Path) -> set[int]:
    code, out, err = invoke(db, "claims", "--json")
    assert code == 0, err
    return {i for claim in lines(out) for i in claim["quotes"]}


def test_articles_imported_before_suggestions_get_theirs(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    shutil.copyfile(FROZEN_V4, db)  # two articles imported by a version that suggested nothing
    assert suggested(db) == []
    code, out, err = invoke(db, "claims", "suggest", "--document", "3", "--json")
    assert code == 0, err
    new = lines(out)
    assert new and {s["document"] for s in new} == {3}
    assert all(s["status"] == "suggested" and s["kk"] and s["speaker"] for s in new)
    assert [s["id"] for s in suggested(db)] == [s["id"] for s in new]

    code, out, err = invoke(db, "claims", "suggest")
    assert code == 0, err
    rows = out.splitlines()
    assert rows[-1].startswith(f"{len(rows) - 1} new claim suggestions")
    assert all(
        row.split("\t")[1] in {"statistic", "forecast", "recommendation"} for row in rows[:-1]
    )
    everything = suggested(db)
    assert {s["document"] for s in everything} == {1, 2, 3}
    # The bundled interview's curated claims are not suggested a second time.
    assert not {s["quote"] for s in everything} & claimed_quotes(db)

    code, out, err = invoke(db, "claims", "suggest")
    assert (code, out) == (0, "0 new claim suggestions\n"), err
    assert suggested(db) == everything


def test_dismissed_accepted_and_edited_are_never_suggested_again(db_path: Path) -> None:
    tenge = import_article(db_path, ARTICLES / "zakon-tenge-rate.txt")
    post = import_article(db_path, ARTICLES / "kazinform-president-post.txt")
    [forecast] = suggested(db_path, "--document", str(tenge))
    assert invoke(db_path, "claims", "dismiss", str(forecast["id"]))[0] == 0
    first, *rest = suggested(db_path, "--document", str(post))
    code, out, err = invoke(db_path, "claims", "accept", str(first["id"]), "--json")
    assert code == 0, err
    claim = lines(out)[0]
    statement = "The claim in the analyst's own words."
    assert invoke(db_path, "claims", "edit", str(claim["id"]), "--statement", statement)[0] == 0
    before = suggested(db_path, "--status", "all")

    code, out, err = invoke(db_path, "claims", "suggest", "--json")
    assert code == 0, err
    new = lines(out)
    # Only the bundled interview had quotes never suggested; its claims stay claims.
    assert new and {s["document"] for s in new} == {1}
    assert not {s["quote"] for s in new} & claimed_quotes(db_path)
    after = suggested(db_path, "--status", "all")
    assert sorted(after, key=by_id) == sorted(before + new, key=by_id)
    quotes = [s["quote"] for s in after]
    assert len(quotes) == len(set(quotes))  # one suggestion per quote, ever
    status = {s["id"]: s["status"] for s in after}
    assert (status[forecast["id"]], status[first["id"]]) == ("dismissed", "accepted")
    assert {s["id"] for s in rest} <= {s["id"] for s in suggested(db_path)}
    code, out, _ = invoke(db_path, "claims", "--document", str(post), "--json")
    assert [(c["id"], c["statement"]) for c in lines(out)] == [(claim["id"], statement)]


def test_bad_document_ids(db_path: Path) -> None:
    for value, message in (("999", "no document 999"), ("abc", "'abc' is not an id")):
        code, out, err = invoke(db_path, "claims", "suggest", "--document", value)
        assert code == 2 and out == "" and err.count("\n") == 1, err
        assert message in err
    assert suggested(db_path) == []
