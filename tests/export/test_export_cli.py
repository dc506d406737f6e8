"""``c5tui export`` and ``c5tui import-work`` on real databases."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from export_checks import parse_front_matter, read_markdown
from export_work import do_known_work

from c5tui.cli import cli
from c5tui.workspace import Workspace


def invoke(db: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["--db", str(db), *args])
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def worked(db_path: Path) -> Path:
    with Workspace.open(db_path) as workspace:
        do_known_work(workspace)
    return db_path


def quotes(db: Path, ids: list[int]) -> list[str]:
    with Workspace.open(db) as workspace:
        return [t for q in workspace.quotes_by_id(ids) for t in (q.kk, q.en or "")]


def test_export_to_stdout(db_path: Path) -> None:
    code, out, err = invoke(db_path, "export", "--ids", "36,10,6", "-o", "-")
    assert (code, err) == (0, "")
    assert out.startswith("---\ntitle: ")
    assert read_markdown(out).quotes == quotes(db_path, [36, 10, 6])
    meta = parse_front_matter(out)
    assert meta["filters"] == {"source": "ids", "ids": "36,10,6"}
    assert meta["counts"] == {"quotes": 3, "claims": 0, "notes": 0}


def test_export_selection_to_a_file_is_the_golden_file(worked: Path, tmp_path: Path) -> None:
    target = tmp_path / "selection.md"
    code, out, _ = invoke(worked, "export", "-o", str(target))
    assert code == 0
    assert out == f"wrote {target}: 6 quotes, 2 claims\n"
    golden = (Path(__file__).resolve().parent.parent / "data" / "export-golden.md").read_text(
        encoding="utf-8"
    )
    exported_at = re.compile(r'^exported_at: ".*"$', re.MULTILINE)
    written = target.read_text(encoding="utf-8")
    assert exported_at.sub("", written) == exported_at.sub("", golden)
    # Deterministic: a second export differs at most in exported_at.
    invoke(worked, "export", "--selection", "-o", str(target), "--force")
    assert exported_at.sub("", target.read_text(encoding="utf-8")) == exported_at.sub("", golden)


def test_overwrite_needs_force_and_errors_are_one_line(db_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "out.md"
    target.write_text("keep me", encoding="utf-8")
    code, _, err = invoke(db_path, "export", "--ids", "1", "-o", str(target))
    assert code == 2
    assert err == f"c5tui: error: {target} exists; use --force to overwrite\n"
    assert target.read_text(encoding="utf-8") == "keep me"
    code, _, _ = invoke(db_path, "export", "--ids", "1", "-o", str(target), "--force")
    assert code == 0 and target.read_text(encoding="utf-8").startswith("---\n")
    missing = tmp_path / "nope" / "out.md"
    code, _, err = invoke(db_path, "export", "--ids", "1", "-o", str(missing))
    assert (code, err) == (2, f"c5tui: error: {missing.parent}: no such directory\n")
    code, _, err = invoke(db_path, "export", "--ids", "1", "-o", str(tmp_path))
    assert (code, err) == (2, f"c5tui: error: {tmp_path}: is a directory, not a file\n")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--ids", "1,x"], "--ids: 'x' is not an id"),
        (["--ids", "99999"], "no quote with id 99999"),
        (["--ids", "1", "--claims", "999"], "no claim with id 999"),
        (["--ids", "1", "--query", "coal"], "choose one of --selection, --query and --ids"),
        ([], "nothing to export: the selection is empty"),
        (["--query", "zzzqqqxxx"], "nothing to export: no quotes match 'zzzqqqxxx'"),
        (["--ids", "20", "--sector", "minerals"], "no quotes or claims carry the tags"),
        (["--ids", "1", "--sector", "nope"], "unknown tag 'nope'"),
        (["--format", "jsonl", "--ids", "1"], "a jsonl backup holds all your work"),
    ],
)
def test_bad_options_are_clear_errors(db_path: Path, args: list[str], message: str) -> None:
    code, out, err = invoke(db_path, "export", *args, "-o", "-")
    assert code == 2, err
    assert out == ""
    assert err.startswith("c5tui: error: ") and message in err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_query_export_keeps_the_search_order_and_filters(db_path: Path) -> None:
    code, searched, _ = invoke(db_path, "search", "көмір", "--json", "--limit", "1000")
    order = [json.loads(line)["id"] for line in searched.splitlines()]
    code, out, _ = invoke(db_path, "export", "--query", "көмір", "--group-by", "none", "-o", "-")
    assert code == 0
    assert read_markdown(out).quotes == quotes(db_path, order)
    assert parse_front_matter(out)["query"] == "көмір"
    code, out, _ = invoke(
        db_path, "export", "--ids", "33,36,12", "--actor", "usa", "--lang", "en", "-o", "-"
    )
    assert read_markdown(out).quotes == quotes(db_path, [33, 12])[1::2]
    assert parse_front_matter(out)["filters"] == {
        "source": "ids",
        "ids": "33,36,12",
        "actor": "usa",
    }


def test_csv_export_holds_the_quotes_verbatim(worked: Path) -> None:
    code, out, _ = invoke(worked, "export", "--format", "csv", "-o", "-")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out, newline="")))
    with Workspace.open(worked) as workspace:
        expected = workspace.quotes_by_id([36, 91, 27, 6, 45, 1])
        note = workspace.notes("sentence", 36)[0].body
    assert [int(r["id"]) for r in rows] == [q.id for q in expected]
    assert [(r["kk"], r["en"]) for r in rows] == [(q.kk, q.en) for q in expected]
    assert rows[0]["notes"] == note
    assert rows[0]["sector_ids"] == "minerals" and rows[0]["actors"] == "China"
    assert {r["en_provenance"] for r in rows} == {"bundled reviewed"}
    assert rows[4]["sectors"] == "Logistics\nPorts | *harbours*"


def test_jsonl_backup_and_import_work_between_two_databases(
    worked: Path, tmp_path: Path, seeded_template: Path
) -> None:
    work = tmp_path / "work.jsonl"
    code, out, _ = invoke(worked, "export", "--format", "jsonl", "-o", str(work))
    assert code == 0
    assert out == (f"wrote {work}: 2 codebook tags, 6 tag decisions, 4 notes, 8 selection items\n")
    colleague = tmp_path / "colleague.db"
    shutil.copyfile(seeded_template, colleague)
    code, out, _ = invoke(colleague, "import-work", str(work))
    assert code == 0
    assert out == (
        f"{work}: added 2 codebook tags, 6 tag decisions, 4 notes, 8 selection items;"
        " 0 conflicting notes kept and flagged; 0 differing tag decisions (yours kept);"
        " 0 already present; 0 skipped (0 unknown documents)\n"
    )
    code, out, _ = invoke(colleague, "import-work", str(work), "--json")
    assert json.loads(out) == {
        "tag_defs": 0, "tags": 0, "notes": 0, "selection": 0, "translations": 0,
        "translation_conflicts": 0, "tag_edits": 0, "candidates": 0, "claims": 0,
        "verdicts": 0, "claim_conflicts": 0, "conflicts": 0,
        "tag_conflicts": 0, "unchanged": 20, "skipped": 0, "unknown_documents": 0,
    }  # fmt: skip
    mine = invoke(worked, "export", "-o", "-")[1]
    theirs = invoke(colleague, "export", "-o", "-")[1]
    exported_at = re.compile(r'^exported_at: ".*"$', re.MULTILINE)
    assert exported_at.sub("", mine) == exported_at.sub("", theirs)


def test_import_work_rejects_a_bad_line_without_writing(
    worked: Path, tmp_path: Path, seeded_template: Path
) -> None:
    work = tmp_path / "work.jsonl"
    invoke(worked, "export", "--format", "jsonl", "-o", str(work))
    lines = work.read_text(encoding="utf-8").splitlines(keepends=True)
    lines.append("{oops\n")
    work.write_text("".join(lines), encoding="utf-8")
    colleague = tmp_path / "colleague.db"
    shutil.copyfile(seeded_template, colleague)
    before = [invoke(colleague, name, "--json")[1] for name in ("stats", "tags")]
    code, out, err = invoke(colleague, "import-work", str(work))
    assert (code, out) == (2, "")
    assert err == (
        f"c5tui: error: {work}:{len(lines)}: not valid JSON"
        " (Expecting property name enclosed in double quotes)\n"
    )
    assert [invoke(colleague, name, "--json")[1] for name in ("stats", "tags")] == before


def work_lines(db: Path, work: Path) -> list[str]:
    """The lines of a work backup of ``db``, freshly written to ``work``."""
    invoke(db, "export", "--format", "jsonl", "-o", str(work))
    return work.read_text(encoding="utf-8").splitlines(keepends=True)


DIGITS = sys.get_int_max_str_digits()
DEEP = 100_000
SELECTED = '{"type": "selection", "document": "x", "claim": "c01", "position": '
TOO_DEEP = "not valid JSON (nested too deeply)"
NOT_FINITE = "'position' must be a finite number"


@pytest.mark.parametrize(
    ("line", "message"),
    [
        (SELECTED + "1" + "0" * 5000 + "}", f"not valid JSON (a number of over {DIGITS} digits)"),
        ('{"type": "note", "body": ' + "[" * DEEP + "1" + "]" * DEEP + "}", TOO_DEEP),
        ("[" * DEEP, TOO_DEEP),
        (SELECTED + "1" + "0" * 400 + "}", NOT_FINITE),
        (SELECTED + "NaN}", NOT_FINITE),
    ],
    ids=["long-number", "deep-object", "deep-array", "huge-position", "nan-position"],
)  # fmt: skip
def test_import_work_reports_numbers_and_nesting_beyond_limits_by_line(
    worked: Path, tmp_path: Path, seeded_template: Path, line: str, message: str
) -> None:
    work = tmp_path / "work.jsonl"
    lines = work_lines(worked, work)
    lines.insert(1, line + "\n")
    work.write_text("".join(lines), encoding="utf-8")
    colleague = Path(shutil.copyfile(seeded_template, tmp_path / "colleague.db"))
    before = [invoke(colleague, name, "--json")[1] for name in ("stats", "selection")]
    code, out, err = invoke(colleague, "import-work", str(work))
    assert (code, out, err) == (2, "", f"c5tui: error: {work}:2: {message}\n")
    assert [invoke(colleague, name, "--json")[1] for name in ("stats", "selection")] == before


@pytest.mark.parametrize("field", ["created_at", "updated_at"])
@pytest.mark.parametrize("stamp", ["2025-02-31T10:00:00+00:00", "0000-01-01T00:00:00+00:00", "t"])
def test_import_work_refuses_impossible_note_timestamps(
    worked: Path, tmp_path: Path, seeded_template: Path, field: str, stamp: str
) -> None:
    work = tmp_path / "work.jsonl"
    lines = work_lines(worked, work)
    number, note = next((i, json.loads(x)) for i, x in enumerate(lines) if '"note"' in x)
    lines[number] = json.dumps({**note, field: stamp}, ensure_ascii=False) + "\n"
    work.write_text("".join(lines), encoding="utf-8")
    colleague = Path(shutil.copyfile(seeded_template, tmp_path / "colleague.db"))
    before = invoke(colleague, "notes", "--json")[1]
    code, out, err = invoke(colleague, "import-work", str(work))
    assert (code, out) == (2, "")
    assert err == f"c5tui: error: {work}:{number + 1}: invalid timestamp {stamp!r} in {field!r}\n"
    assert invoke(colleague, "notes", "--json")[1] == before


# Each process imports c5tui, then waits for the go file, so that all of them run the
# export command at the same moment.
STARTER = """
import os, runpy, sys, time
import c5tui.cli, c5tui.export.markdown, c5tui.workspace
go = sys.argv.pop(1)
while not os.path.exists(go):
    time.sleep(0.001)
runpy.run_module("c5tui", run_name="__main__", alter_sys=True)
"""


def test_concurrent_exports_to_one_new_file_have_one_winner(db_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "same.md"
    go = tmp_path / "go"
    env = {k: v for k, v in os.environ.items() if k != "C5TUI_DEBUG"}
    starter = [sys.executable, "-c", STARTER, str(go), "--db", str(db_path), "export"]
    runs = [
        subprocess.Popen(
            [*starter, "--ids", str(n), "-o", str(target)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for n in range(1, 7)
    ]
    time.sleep(1.5)
    go.touch()
    results = [(run.wait(timeout=120), *run.communicate()) for run in runs]
    winners = [i for i, (code, _, _) in enumerate(results) if code == 0]
    assert len(winners) == 1, results
    refused = (2, "", f"c5tui: error: {target} exists; use --force to overwrite\n")
    assert [r for i, r in enumerate(results) if i not in winners] == [refused] * 5
    exported = read_markdown(target.read_text(encoding="utf-8")).quotes
    assert exported == quotes(db_path, [winners[0] + 1])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c5tui.db", "go", "same.md"]


def test_jsonl_backup_to_stdout_is_the_same_backup_line_by_line(
    worked: Path, tmp_path: Path
) -> None:
    work = tmp_path / "work.jsonl"
    assert invoke(worked, "export", "--format", "jsonl", "-o", str(work))[0] == 0
    code, out, _ = invoke(worked, "export", "--format", "jsonl", "-o", "-")
    assert code == 0
    strip = re.compile(r'"exported_at": "[^"]*"')
    assert strip.sub("", out) == strip.sub("", work.read_text(encoding="utf-8"))
    assert [json.loads(line)["type"] for line in out.splitlines()[1:3]] == ["tag_def"] * 2
