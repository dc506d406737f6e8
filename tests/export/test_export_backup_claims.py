"""Claim decisions and candidate decisions are the user's work: backed up and merged back."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from c5tui.errors import InputError
from c5tui.export.backup import render_work
from c5tui.export.merge import merge_work
from c5tui.workspace import Workspace

ARTICLES = Path(__file__).resolve().parents[1] / "data" / "articles"
NAMES = ("akorda-heating-season", "zakon-tenge-rate")


def imported(path: Path, template: Path) -> Workspace:
    """A seeded database with two news articles imported and auto-tagged."""
    shutil.copyfile(template, path)
    workspace = Workspace.open(path)
    for name in NAMES:
        workspace.import_article(ARTICLES / f"{name}.txt")
    return workspace


@pytest.fixture
def pair(tmp_path: Path, seeded_template: Path) -> Iterator[tuple[Workspace, Workspace]]:
    mine = imported(tmp_path / "mine.db", seeded_template)
    theirs = imported(tmp_path / "theirs.db", seeded_template)
    try:
        yield mine, theirs
    finally:
        mine.close()
        theirs.close()


def suggestion_on(workspace: Workspace, words: str) -> int:
    found = [s for s in workspace.claim_suggestions() if words in workspace.quote(s.sentence_id).kk]
    assert len(found) == 1, words
    return found[0].id


def quote_with(workspace: Workspace, words: str) -> int:
    found = [q.id for q in workspace.quotes() if words in q.kk]
    assert len(found) == 1, words
    return found[0]


def do_claim_work(workspace: Workspace) -> None:
    """Suggestions accepted (one edited), dismissed; quotes linked across documents;
    a curated claim edited; candidates accepted, rejected and merged; work on a new claim."""
    heating = workspace.accept_suggestion(
        suggestion_on(workspace, "Жылу маусымына дайындық"),
        statement="Preparation for the heating season must finish on time.",
    )
    repaired = workspace.accept_suggestion(suggestion_on(workspace, "18 жылу электр"))
    workspace.dismiss_suggestion(suggestion_on(workspace, "мұнай бағасы тұрақты"))
    workspace.link_quotes(repaired.id, [quote_with(workspace, "мұнай бағасы тұрақты")])
    curated = workspace.claims(1)
    workspace.edit_claim(curated[0].id, statement="An edited curated claim.", certainty="hedged")
    workspace.link_quotes(curated[1].id, [quote_with(workspace, "Жылу маусымына дайындық")])
    workspace.accept_candidate("Айдар Қасымов")
    workspace.reject_candidate("XXI")
    workspace.merge_candidate("Ерлан Ақкенженов", "kazakhstan")
    workspace.add_note("claim", heating.id, "Check the akimat's schedule.")
    workspace.set_tags("claim", heating.id, add=["energy_transition"])
    workspace.select("claim", repaired.id)


def claim_work(workspace: Workspace) -> dict[str, object]:
    """Claims, verdicts, candidate decisions and what they changed, by stable keys."""
    db = workspace.db
    claims = db.execute(
        "SELECT d.content_hash, c.key, c.statement, c.kind, c.certainty, c.source,"
        " (SELECT json_group_array(x) FROM (SELECT d2.content_hash || ':' || s.key AS x"
        "  FROM claim_sentences cs JOIN sentences s ON s.id = cs.sentence_id"
        "  JOIN documents d2 ON d2.id = s.document_id WHERE cs.claim_id = c.id ORDER BY x))"
        " FROM claims c JOIN documents d ON d.id = c.document_id ORDER BY 1, 2"
    ).fetchall()
    verdicts = db.execute(
        "SELECT s.key, g.status, c.key FROM claim_suggestions g"
        " JOIN sentences s ON s.id = g.sentence_id LEFT JOIN claims c ON c.id = g.claim_id"
        " ORDER BY 1"
    ).fetchall()
    decisions = db.execute(
        "SELECT key, label, decision, tag_id FROM candidate_decisions ORDER BY key"
    ).fetchall()
    tags = {t.id: (t.label_kk, t.label_en, t.aliases, t.parent, t.origin) for t in workspace.tags()}
    auto = db.execute(
        "SELECT d.content_hash, s.key, x.tag_id FROM sentence_tags x"
        " JOIN sentences s ON s.id = x.sentence_id JOIN documents d ON d.id = s.document_id"
        " WHERE x.source = 'auto' ORDER BY 1, 2, 3"
    ).fetchall()
    claim_notes = db.execute(
        "SELECT c.key, a.body FROM annotations a JOIN claims c ON c.id = a.claim_id ORDER BY 1"
    ).fetchall()
    claim_tags = db.execute(
        "SELECT c.key, x.tag_id, x.source FROM claim_tags x JOIN claims c ON c.id = x.claim_id"
        " WHERE x.source = 'user' ORDER BY 1, 2"
    ).fetchall()
    basket = [(i.claim_id and workspace.claim(i.claim_id).key) for i in workspace.selection()]
    return {
        "claims": claims,
        "verdicts": verdicts,
        "decisions": decisions,
        "tags": tags,
        "auto": auto,
        "claim_notes": claim_notes,
        "claim_tags": claim_tags,
        "basket": basket,
    }


def test_claim_and_candidate_decisions_come_back_in_a_fresh_database(
    pair: tuple[Workspace, Workspace], tmp_path: Path
) -> None:
    mine, theirs = pair
    before = claim_work(theirs)
    do_claim_work(mine)
    work = tmp_path / "work.jsonl"
    work.write_text(render_work(mine), encoding="utf-8")
    kinds = [json.loads(line).get("type") for line in work.read_text().splitlines()[1:]]
    assert {"claim", "suggestion", "candidate", "tag_edit"} <= set(kinds)

    result = merge_work(theirs, work)
    assert result.changed
    assert (result.conflicts, result.tag_conflicts, result.claim_conflicts) == (0, 0, 0)
    after = claim_work(theirs)
    assert after != before
    assert after == claim_work(mine)
    # An accepted candidate's actor tags its quotes here too; the merged names tag Kazakhstan.
    assert any(tag == "aidar_qasymov" for _, _, tag in after["auto"])  # type: ignore[attr-defined]
    assert "Ерлан Ақкенженов" in after["tags"]["kazakhstan"][2]  # type: ignore[index]

    again = merge_work(theirs, work)
    assert not again.changed
    assert claim_work(theirs) == after


def test_a_claim_you_edited_differently_here_is_kept(
    pair: tuple[Workspace, Workspace], tmp_path: Path
) -> None:
    mine, theirs = pair
    do_claim_work(mine)
    ours = theirs.accept_suggestion(
        suggestion_on(theirs, "Жылу маусымына дайындық"), statement="Our own wording."
    )
    theirs.reject_candidate("Айдар Қасымов")
    work = tmp_path / "work.jsonl"
    work.write_text(render_work(mine), encoding="utf-8")
    result = merge_work(theirs, work)
    assert result.claim_conflicts >= 1
    assert theirs.claim(ours.id).statement == "Our own wording."
    decision = theirs.db.execute(
        "SELECT DISTINCT decision FROM candidate_decisions WHERE label = 'Айдар Қасымов'"
    ).fetchall()
    assert decision == [("rejected",)]
    assert "yours kept" in result.summary("work.jsonl")


HEADER = '{"format": "c5tui-work", "version": 3, "exported_at": "2026-01-01T00:00:00+00:00"}'
STAMP = "2026-01-01T00:00:00+00:00"


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ({"type": "claim", "document": "x", "claim": "s-p01.s01", "source": "user",
          "statement": "S", "kind": "rumour", "quotes": [], "created_at": STAMP},
         "'kind' must be one of"),
        ({"type": "claim", "document": "x", "claim": "c01", "source": "curated",
          "statement": "S", "kind": "fact", "quotes": [], "created_at": STAMP},
         "'was' must be an object"),
        ({"type": "claim", "document": "x", "claim": "c01", "source": "user", "statement": "S",
          "kind": "fact", "quotes": [{"document": "x"}], "created_at": STAMP},
         "'quotes' must be a list of"),
        ({"type": "suggestion", "document": "x", "sentence": "p01.s01", "status": "maybe"},
         "'status' must be accepted or dismissed"),
        ({"type": "suggestion", "document": "x", "sentence": "p01.s01", "status": "accepted"},
         "'claim_key' must be a string"),
        ({"type": "candidate", "key": "k", "label": "L", "decision": "merged",
          "decided_at": STAMP}, "an accepted or merged candidate names its 'tag'"),
        ({"type": "tag_edit", "id": "usa", "label_en": "USA", "aliases_added": []},
         "'was' must be an object"),
        ({"type": "tag_edit", "id": "usa", "aliases_added": "Америка", "was": {}},
         "'aliases_added' must be a list of names"),
    ],
)  # fmt: skip
def test_a_bad_decision_record_is_named_and_nothing_is_written(
    workspace: Workspace, tmp_path: Path, record: dict[str, object], message: str
) -> None:
    work = tmp_path / "bad.jsonl"
    digest = workspace.document(1).content_hash
    note = {"type": "note", "document": digest, "sentence": "p01.s01", "body": "fine",
            "created_at": STAMP, "updated_at": STAMP}  # fmt: skip
    work.write_text(f"{HEADER}\n{json.dumps(note)}\n{json.dumps(record)}\n", encoding="utf-8")
    with pytest.raises(InputError, match=rf"bad\.jsonl:3: {re.escape(message)}"):
        merge_work(workspace, work)
    assert workspace.all_notes() == []


def test_an_older_codebook_is_not_an_edit_and_names_are_only_ever_added(
    workspace: Workspace, tmp_path: Path, seeded_template: Path
) -> None:
    """A database seeded with an older codebook lacks names the program ships now: that
    is not the user's work, and merging never takes names away from another database."""
    import dataclasses

    from c5tui.store import tags as tags_store
    from c5tui.store.connection import transaction

    usa = next(t for t in workspace.tags() if t.id == "usa")
    with transaction(workspace.db):
        older = dataclasses.replace(usa, aliases=usa.aliases[:1])
        tags_store.upsert_codebook(workspace.db, [older])
    assert render_work(workspace).count("\n") == 1
    workspace.relabel_tag("china", label_en="People's Republic of China")
    edits = [json.loads(line) for line in render_work(workspace).splitlines()[1:]]
    assert edits == [
        {"type": "tag_edit", "id": "china", "label_en": "People's Republic of China",
         "aliases_added": [], "was": {"label_en": "China"}},
    ]  # fmt: skip
    work = tmp_path / "work.jsonl"
    work.write_text(render_work(workspace), encoding="utf-8")
    path = tmp_path / "colleague.db"
    shutil.copyfile(seeded_template, path)
    with Workspace.open(path) as other:
        assert merge_work(other, work).tag_edits == 1
        tags = {t.id: t for t in other.tags()}
        assert tags["china"].label_en == "People's Republic of China"
        assert tags["usa"].aliases == usa.aliases
        assert not merge_work(other, work).changed
