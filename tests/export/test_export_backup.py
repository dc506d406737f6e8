"""The work backup (JSON Lines) and merging it into another database."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from export_work import EXPORTED_AT, add_note

from c5tui.errors import InputError
from c5tui.export.backup import render_work, work_records
from c5tui.export.merge import merge_work
from c5tui.workspace import Workspace


@pytest.fixture
def other(tmp_path: Path, seeded_template: Path) -> Iterator[Workspace]:
    """A second researcher's fresh database of the same interview."""
    path = tmp_path / "colleague.db"
    shutil.copyfile(seeded_template, path)
    with Workspace.open(path) as opened:
        yield opened


def backup(workspace: Workspace, path: Path) -> Path:
    path.write_text(render_work(workspace, exported_at=EXPORTED_AT), encoding="utf-8")
    return path


def snapshot(workspace: Workspace) -> dict[str, Any]:
    """Everything a user's work consists of, keyed by stable identifiers."""
    keys = {q.id: q.key for q in workspace.quotes()}
    claim_keys = {c.id: c.key for c in workspace.claims()}
    db = workspace.db
    return {
        "tag_defs": [
            (t.id, t.kind, t.label_kk, t.label_en, t.definition, t.aliases, t.parent, t.colour)
            for t in workspace.tags()
            if t.origin == "user"
        ],
        "user_tags": sorted(
            [
                (keys[r[0]], r[1], r[2])
                for r in db.execute(
                    "SELECT sentence_id, tag_id, removed FROM sentence_tags WHERE source = 'user'"
                )
            ]
            + [
                (claim_keys[r[0]], r[1], r[2])
                for r in db.execute(
                    "SELECT claim_id, tag_id, removed FROM claim_tags WHERE source = 'user'"
                )
            ]
        ),
        "effective": {q.key: q.tags for q in workspace.quotes()}
        | {c.key: c.tags for c in workspace.claims()},
        "notes": sorted(
            (
                keys.get(n.sentence_id or 0) or claim_keys[n.claim_id or 0],
                n.body,
                n.created_at,
                n.updated_at,
                n.conflict,
            )
            for n in workspace.all_notes()
        ),
        "selection": [
            keys[i.sentence_id] if i.sentence_id else claim_keys[i.claim_id or 0]
            for i in workspace.selection()
        ],
    }


def test_backup_is_keyed_by_content_hash_and_sentence_key(known_work: Workspace) -> None:
    records = work_records(known_work, exported_at=EXPORTED_AT)
    header, *rest = records
    digest = known_work.document(1).content_hash
    assert header["format"] == "c5tui-work" and header["version"] == 3
    assert header["documents"][0]["hash"] == digest
    assert [r["id"] for r in rest if r["type"] == "tag_def"] == ["ports", "aktau"]
    user = [r for r in rest if r["type"] == "tag" and r["source"] == "user"]
    assert {"type": "tag", "document": digest, "sentence": "p20.s03", "tag": "geopolitics",
            "source": "user", "removed": True} in user  # fmt: skip
    assert {"type": "tag", "document": digest, "claim": "c23", "tag": "europe",
            "source": "user", "removed": True} in user  # fmt: skip
    # Curated and automatic tags are the corpus's, not the user's work: never in the backup.
    assert user == [r for r in rest if r["type"] == "tag"]
    selection = [r for r in rest if r["type"] == "selection"]
    assert [r.get("sentence") or r.get("claim") for r in selection] == [
        "p17.s02", "p35.s03", "p13.s01", "p04.s01", "p20.s03", "p01.s01", "c01", "c23",
    ]  # fmt: skip
    assert [r["position"] for r in selection] == list(range(1, 9))
    for record in rest:
        assert "id" not in record or record["type"] == "tag_def"
        assert "sentence_id" not in record and "claim_id" not in record


def test_round_trip_into_a_fresh_database_reproduces_the_work(
    known_work: Workspace, other: Workspace, tmp_path: Path
) -> None:
    before = snapshot(other)
    result = merge_work(other, backup(known_work, tmp_path / "work.jsonl"))
    assert snapshot(other) == snapshot(known_work)
    assert snapshot(other) != before
    assert render_work(other, exported_at=EXPORTED_AT) == render_work(
        known_work, exported_at=EXPORTED_AT
    )
    assert (result.tag_defs, result.tags, result.notes, result.selection) == (2, 6, 4, 8)
    assert (result.conflicts, result.skipped, result.unknown_documents) == (0, 0, 0)


def test_importing_twice_changes_nothing(
    known_work: Workspace, other: Workspace, tmp_path: Path
) -> None:
    work = backup(known_work, tmp_path / "work.jsonl")
    merge_work(other, work)
    once = snapshot(other)
    again = merge_work(other, work)
    assert snapshot(other) == once
    assert not again.changed
    assert (again.conflicts, again.tag_conflicts) == (0, 0)
    assert again.unchanged == 2 + 6 + 4 + 8
    # Merging one's own work back changes nothing either.
    assert not merge_work(known_work, work).changed


def test_conflicting_note_is_kept_and_both_are_flagged(
    workspace: Workspace, other: Workspace, tmp_path: Path
) -> None:
    stamp = "2025-11-06T09:00:00+00:00"
    add_note(workspace, "Mine: 80% of processing", stamp, sentence_id=36)
    add_note(workspace, "Same in both", "2025-11-06T11:00:00+00:00", sentence_id=36)
    add_note(other, "Theirs: 85% of processing", stamp, sentence_id=36)
    add_note(other, "Same in both", "2025-11-06T12:00:00+00:00", sentence_id=36)
    result = merge_work(other, backup(workspace, tmp_path / "work.jsonl"))
    assert (result.notes, result.conflicts, result.unchanged) == (1, 1, 0 + 1)
    notes = {n.body: n.conflict for n in other.notes("sentence", 36)}
    assert notes == {
        "Theirs: 85% of processing": True,
        "Mine: 80% of processing": True,
        "Same in both": False,
    }
    again = merge_work(other, tmp_path / "work.jsonl")
    assert not again.changed
    assert {n.body: n.conflict for n in other.notes("sentence", 36)} == notes


def test_a_different_tag_decision_of_yours_is_kept(
    workspace: Workspace, other: Workspace, tmp_path: Path
) -> None:
    workspace.set_tags("sentence", 36, add=["usa"], remove=["china"])
    other.set_tags("sentence", 36, add=["china"])
    result = merge_work(other, backup(workspace, tmp_path / "work.jsonl"))
    assert (result.tags, result.tag_conflicts) == (1, 1)
    tags = {t.tag for t in other.quote(36).tags}
    assert {"usa", "china"} <= tags


def test_records_of_an_unknown_document_are_skipped(
    known_work: Workspace, other: Workspace, tmp_path: Path
) -> None:
    work = backup(known_work, tmp_path / "work.jsonl")
    foreign = {"type": "note", "document": "f" * 64, "sentence": "p01.s01", "body": "x",
               "created_at": EXPORTED_AT, "updated_at": EXPORTED_AT, "conflict": False}  # fmt: skip
    unknown_key = {"type": "selection", "document": known_work.document(1).content_hash,
                   "sentence": "p99.s99", "position": 99}  # fmt: skip
    with work.open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(foreign) + "\n" + json.dumps(unknown_key) + "\n")
    result = merge_work(other, work)
    assert (result.skipped, result.unknown_documents) == (2, 1)
    assert result.notes == 4
    assert "2 skipped (1 unknown documents)" in result.summary("work.jsonl")


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("not json", r"work\.jsonl:3: not valid JSON"),
        ("[1, 2]", r"work\.jsonl:3: expected a JSON object"),
        ('{"type": "bookmark"}', r"work\.jsonl:3: unknown record type 'bookmark'"),
        ('{"type": "note", "document": "x", "sentence": "p01.s01", "body": "  ",'
         ' "created_at": "t", "updated_at": "t"}', r"work\.jsonl:3: 'body' cannot be empty"),
        ('{"type": "tag", "document": "x", "sentence": "p01.s01", "claim": "c01", "tag": "usa",'
         ' "source": "user"}', r"work\.jsonl:3: a record names either a 'sentence' or a 'claim'"),
        ('{"type": "tag", "document": "x", "sentence": "p01.s01", "tag": "usa",'
         ' "source": "user", "removed": "no"}', r"work\.jsonl:3: 'removed' must be true or false"),
        ('{"type": "selection", "document": "x", "claim": "c01", "position": "first"}',
         r"work\.jsonl:3: 'position' must be a number"),
    ],
)  # fmt: skip
def test_a_bad_line_is_named_and_nothing_is_written(
    known_work: Workspace, other: Workspace, tmp_path: Path, line: str, message: str
) -> None:
    good = render_work(known_work, exported_at=EXPORTED_AT).splitlines(keepends=True)
    work = tmp_path / "work.jsonl"
    work.write_text(good[0] + good[-1] + line + "\n" + "".join(good[1:-1]), encoding="utf-8")
    before = snapshot(other)
    with pytest.raises(InputError, match=message):
        merge_work(other, work)
    assert snapshot(other) == before


def test_a_bad_header_or_file_is_refused(other: Workspace, tmp_path: Path) -> None:
    work = tmp_path / "work.jsonl"
    cases = {
        "": "empty file",
        '{"format": "something-else", "version": 1}\n': r"work\.jsonl:1: not a c5tui work backup",
        '{"format": "c5tui-work", "version": 4}\n': "written by a newer c5tui",
        '{"format": "c5tui-work", "version": 1}\n\xff\n': None,
    }
    for text, message in cases.items():
        if message is None:
            work.write_bytes(text.encode("utf-8")[:-3] + b"\xff\n")
            message = r"work\.jsonl:2: not UTF-8 text"
        else:
            work.write_text(text, encoding="utf-8")
        with pytest.raises(InputError, match=message):
            merge_work(other, work)
    with pytest.raises(InputError, match=r"missing\.jsonl: no such file"):
        merge_work(other, tmp_path / "missing.jsonl")


def test_a_user_tag_whose_kind_differs_here_is_kept_as_it_is(
    known_work: Workspace, other: Workspace, tmp_path: Path
) -> None:
    from c5tui.model import Tag

    other.create_tag(Tag("ports", "actor", "Порт", "Port authority", origin="user"))
    result = merge_work(other, backup(known_work, tmp_path / "work.jsonl"))
    assert result.tag_conflicts == 1
    assert next(t for t in other.tags() if t.id == "ports").kind == "actor"


def test_basket_headings_go_into_the_backup_and_back_in_their_place(
    workspace: Workspace, other: Workspace, tmp_path: Path
) -> None:
    for sentence_id in (1, 36, 6):
        workspace.select("sentence", sentence_id)
    workspace.add_heading("Critical  minerals", next_to=("sentence", 36))
    records = [r for r in work_records(workspace) if r.get("type") == "selection"]
    assert records[1] == {"type": "selection", "heading": "Critical minerals", "position": 2}
    work = backup(workspace, tmp_path / "work.jsonl")
    merge_work(other, work)

    def basket(ws: Workspace) -> list[str | int]:
        return [i.heading or i.sentence_id or 0 for i in ws.selection()]

    assert basket(other) == [1, "Critical minerals", 36, 6]
    again = merge_work(other, work)  # the same heading is not added twice
    assert not again.changed and basket(other) == [1, "Critical minerals", 36, 6]
