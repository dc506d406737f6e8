"""An analyst's work on two news articles goes to a colleague: tags, a note, an accepted
claim suggestion (linked to a quote of the other article), a dismissed one and an
accepted candidate, all done with the CLI in one database, backed up, and merged with
`import-work` into a second database that has imported the same articles."""

from __future__ import annotations

import json
from pathlib import Path

from tests.sessions.helpers import cli, stored

ARTICLES = Path(__file__).resolve().parents[1] / "data" / "articles"
FILES = [str(ARTICLES / f"{name}.txt") for name in ("akorda-heating-season", "zakon-tenge-rate")]


def quote_id(db: Path, words: str) -> int:
    rows = stored(db, f"SELECT id FROM sentences WHERE kk LIKE '%{words}%'")
    assert len(rows) == 1, words
    return int(str(rows[0][0]))


def suggestion_id(db: Path, words: str) -> int:
    lines = [line for line in cli(db, "claims", "suggested").splitlines() if words in line]
    assert len(lines) == 1, words
    return int(lines[0].split("\t")[0])


def test_work_done_in_one_database_is_all_there_after_import_work_in_another(
    tmp_path: Path,
) -> None:
    mine, theirs = tmp_path / "mine.db", tmp_path / "theirs.db"
    for db in (mine, theirs):
        cli(db, "import", *FILES)

    heating = quote_id(mine, "Жылу маусымына дайындық")
    rate = quote_id(mine, "мұнай бағасы тұрақты")
    cli(mine, "tag", str(heating), "+energy_transition", "-kazakhstan")
    cli(mine, "annotate", str(heating), "Ask the akimat for the repair schedule.")
    accepted = json.loads(
        cli(
            mine,
            "claims",
            "accept",
            str(suggestion_id(mine, "18 жылу электр")),
            "--statement",
            "This year 18 heat power plants were repaired, the minister says.",
            "--json",
        )
    )
    cli(mine, "claims", "edit", str(accepted["id"]), "--link", str(rate))
    cli(mine, "claims", "dismiss", str(suggestion_id(mine, "мұнай бағасы тұрақты")))
    cli(mine, "candidates", "accept", "Айдар Қасымов")
    cli(mine, "select", str(heating))
    work = tmp_path / "work.jsonl"
    out = cli(mine, "export", "--format", "jsonl", "-o", str(work))
    assert "1 claim" in out and "candidate decision" in out
    # Nothing automatic in it: every tag record is a decision of the analyst's.
    records = [json.loads(line) for line in work.read_text(encoding="utf-8").splitlines()]
    assert {r["source"] for r in records if r.get("type") == "tag"} == {"user"}
    assert len(records) < 20

    merged = json.loads(cli(theirs, "import-work", str(work), "--json"))
    assert (merged["claims"], merged["verdicts"], merged["notes"], merged["tags"]) == (1, 2, 1, 2)
    assert merged["candidates"] >= 1 and merged["tag_defs"] == 1
    assert (merged["skipped"], merged["claim_conflicts"], merged["conflicts"]) == (0, 0, 0)

    # The colleague's store shows all of it.
    there = quote_id(theirs, "Жылу маусымына дайындық")
    tags = stored(
        theirs,
        f"SELECT tag_id, removed FROM sentence_tags WHERE sentence_id = {there} AND source = 'user'"
        " ORDER BY tag_id",
    )
    assert tags == [("energy_transition", 0), ("kazakhstan", 1)]
    notes = [json.loads(line) for line in cli(theirs, "notes", "--json").splitlines()]
    assert [n["body"] for n in notes] == ["Ask the akimat for the repair schedule."]
    claims = stored(
        theirs,
        "SELECT c.statement, group_concat(s.kk, ' | ') FROM claims c"
        " JOIN claim_sentences cs ON cs.claim_id = c.id JOIN sentences s ON s.id = cs.sentence_id"
        " WHERE c.source = 'user' GROUP BY c.id",
    )
    assert len(claims) == 1
    statement, quotes = claims[0]
    assert statement == "This year 18 heat power plants were repaired, the minister says."
    assert "18 жылу электр" in str(quotes) and "мұнай бағасы тұрақты" in str(quotes)
    assert "мұнай бағасы тұрақты" not in cli(theirs, "claims", "suggested")
    assert "18 жылу электр" not in cli(theirs, "claims", "suggested")
    assert "aidar_qasymov" in cli(theirs, "tags")
    assert "Айдар Қасымов" not in cli(theirs, "candidates")
    auto = stored(theirs, "SELECT count(*) FROM sentence_tags WHERE tag_id = 'aidar_qasymov'")
    assert auto == stored(mine, "SELECT count(*) FROM sentence_tags WHERE tag_id = 'aidar_qasymov'")
    assert auto[0][0] > 0
    assert stored(theirs, "SELECT sentence_id FROM selection") == [(there,)]

    again = cli(theirs, "import-work", str(work), "--json")
    assert json.loads(again)["unchanged"] > 0
    assert not any(v for k, v in json.loads(again).items() if k not in ("unchanged", "skipped"))
    assert stored(theirs, "PRAGMA integrity_check") == [("ok",)]
