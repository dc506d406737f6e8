"""The backup holds the user's work only; older backups are still read and merged."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from c5tui.export.backup import VERSION, render_work
from c5tui.export.merge import merge_work
from c5tui.workspace import Workspace

DATA = Path(__file__).resolve().parents[1] / "data"


def test_a_backup_of_an_auto_tagged_corpus_without_work_is_only_its_header(
    workspace: Workspace,
) -> None:
    for name in ("akorda-heating-season", "zakon-tenge-rate", "kazinform-burabay-flights"):
        workspace.import_article(DATA / "articles" / f"{name}.txt")
    auto = workspace.db.execute("SELECT count(*) FROM sentence_tags WHERE source = 'auto'")
    assert auto.fetchone()[0] > 0 and workspace.claim_suggestions()
    lines = render_work(workspace).splitlines()
    assert len(lines) == 1
    header = json.loads(lines[0])
    assert (header["format"], header["version"], header["documents"]) == ("c5tui-work", 3, [])


def test_the_header_lists_only_the_documents_you_worked_on(workspace: Workspace) -> None:
    document = workspace.import_article(DATA / "articles" / "zakon-tenge-rate.txt").document_id
    workspace.add_note("sentence", workspace.quotes(document)[0].id, "Check the rate.")
    header = json.loads(render_work(workspace).splitlines()[0])
    assert [d["hash"] for d in header["documents"]] == [workspace.document(document).content_hash]


@pytest.mark.parametrize("version", [1, 2])
def test_a_backup_of_an_older_version_still_merges(
    version: int, tmp_path: Path, seeded_template: Path
) -> None:
    """Frozen files written by versions 1 and 2 (curated tags and all) merge as they did."""
    assert version < VERSION
    path = tmp_path / "colleague.db"
    shutil.copyfile(seeded_template, path)
    work = DATA / f"work-v{version}.jsonl"
    assert json.loads(work.read_text().splitlines()[0])["version"] == version
    with Workspace.open(path) as other:
        result = merge_work(other, work)
        assert (result.tag_defs, result.tags, result.notes, result.selection) == (2, 6, 4, 9)
        assert {t.id for t in other.tags() if t.origin == "user"} == {"ports", "aktau"}
        assert [i.heading for i in other.selection() if i.heading] == ["Critical minerals"]
        user = other.db.execute("SELECT count(*) FROM sentence_tags WHERE source = 'user'")
        assert user.fetchone()[0] == 4
        assert not merge_work(other, work).changed


def test_no_query_of_the_backup_reads_the_whole_corpus(workspace: Workspace) -> None:
    """Every table that grows with the corpus is reached through an index of user rows."""
    workspace.import_article(DATA / "articles" / "zakon-tenge-rate.txt")
    workspace.add_note("sentence", 5, "A note.")
    workspace.set_tags("sentence", 5, add=["usa"])
    statements: list[str] = []
    workspace.db.conn.set_trace_callback(statements.append)
    try:
        render_work(workspace)
    finally:
        workspace.db.conn.set_trace_callback(None)
    reads = [s for s in statements if s.lstrip().upper().startswith(("SELECT", "WITH"))]
    assert len(reads) >= 10
    # The backup's queries name these tables s, x, t and g.
    grows = re.compile(
        r"^SCAN (sentences|sentence_tags|claim_tags|translations|claim_suggestions|[sxtg])\b"
    )
    scans = [
        (sql, detail)
        for sql in reads
        for detail in (str(r[3]) for r in workspace.db.execute(f"EXPLAIN QUERY PLAN {sql}"))
        if grows.match(detail) and not re.search(r"_by_user|_decided", detail)
    ]
    assert scans == []
