"""The backup of the user's work (``export --format jsonl``) on an auto-tagged corpus.

    python benchmarks/backup_bench.py [--size 100000] [--keep DIR] [--old REV]

The corpus is synthetic (see synthetic.py), imported through the real import path and
auto-tagged with ``Workspace.retag``, as a user's imported articles are; then a small
amount of user work is added (tag decisions, notes, a basket with a heading, typed and
reviewed English, accepted and dismissed claim suggestions, a candidate decision).

Each export runs in a fresh process through the CLI (``c5tui export --format jsonl``),
which reports its wall time, CPU time and peak resident memory (``ru_maxrss``), and the
file's size is measured. The baseline is the previous release's code itself: the tree of
the commit before the format-3 backup (``git archive``), run in the same way on a copy of
the same database taken with ``VACUUM INTO`` and brought back to its schema (the indexes
of schema 11 dropped, ``user_version`` 9). A third process only opens the database, the
floor every figure includes (interpreter, imports, SQLite cache).
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

SCHEMA_11_INDEXES = (
    "sentence_tags_by_user",
    "claim_tags_by_user",
    "translations_by_user",
    "claim_suggestions_decided",
    "claims_by_user",
)


def child(source: Path, database: Path, output: Path | None) -> None:
    """Run one export (or, without output, only open the database) and print figures."""
    sys.path.insert(0, str(source))
    started = time.perf_counter()
    if output is None:
        from c5tui.workspace import Workspace

        with Workspace.open(database) as workspace:
            workspace.stats()
    else:
        from click.testing import CliRunner

        from c5tui.cli import cli

        args = ["--db", str(database), "export", "--format", "jsonl", "-o", str(output)]
        result = CliRunner().invoke(cli, args, catch_exceptions=False)
        assert result.exit_code == 0, result.output
    wall = time.perf_counter() - started
    usage = resource.getrusage(resource.RUSAGE_SELF)
    print(
        json.dumps(
            {
                "wall_s": wall,
                "cpu_s": usage.ru_utime + usage.ru_stime,
                "peak_rss_mib": usage.ru_maxrss / 1024,
                "bytes": output.stat().st_size if output else 0,
            }
        )
    )


def measure(source: Path, database: Path, output: Path | None) -> dict[str, float] | str:
    """The figures of one run, or why that code cannot run here (a package it needs is not
    installed: older code used sqlite-utils)."""
    command = [sys.executable, __file__, "--child", str(source), str(database)]
    if output is not None:
        command.append(str(output))
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        missing = re.search(r"ModuleNotFoundError: No module named '([^']+)'", done.stderr)
        if missing:
            return f"needs the package {missing.group(1)!r}, not installed here"
        raise SystemExit(f"benchmark child failed:\n{done.stderr[-2000:]}")
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def old_tree(rev: str | None, directory: Path) -> tuple[str, Path]:
    """The source tree of the release before the format-3 backup."""
    if rev is None:
        log = ["git", "log", "--format=%H", "-1", "-S", "VERSION = 3"]
        found = subprocess.run(
            [*log, "--", "src/c5tui/export/backup.py"],
            cwd=REPO,
            capture_output=True,
            text=True,
            check=True,
        )
        rev = found.stdout.strip() + "^"
    archive = subprocess.run(
        ["git", "archive", rev, "src", "db", "fixtures"], cwd=REPO, capture_output=True, check=True
    )
    subprocess.run(["tar", "-x", "-C", str(directory)], input=archive.stdout, check=True)
    name = subprocess.run(
        ["git", "rev-parse", "--short", rev], cwd=REPO, capture_output=True, text=True, check=True
    ).stdout.strip()
    return name, directory / "src"


def old_schema_copy(database: Path, target: Path) -> None:
    """A copy of the database as the previous release's schema (version 9) holds it."""
    conn = sqlite3.connect(database)
    try:
        conn.execute("VACUUM INTO ?", [str(target)])
    finally:
        conn.close()
    conn = sqlite3.connect(target)
    try:
        for name in SCHEMA_11_INDEXES:
            conn.execute(f"DROP INDEX IF EXISTS {name}")
        conn.execute("PRAGMA user_version = 9")
        conn.commit()
    finally:
        conn.close()


def add_user_work(database: Path) -> dict[str, int]:
    """A small amount of work, as a researcher leaves it after an afternoon."""
    from c5tui.session import Session
    from c5tui.store import candidates as decisions
    from c5tui.store.connection import transaction
    from c5tui.workspace import Workspace

    with Workspace.open(database) as workspace:
        ids = [r[0] for r in workspace.db.execute("SELECT id FROM sentences ORDER BY id")]
        step = max(1, len(ids) // 40)
        picked = ids[::step][:40]
        for sentence_id in picked[:20]:
            workspace.set_tags("sentence", sentence_id, add=["minerals"], remove=["usa"])
        for sentence_id in picked[20:30]:
            workspace.add_note("sentence", sentence_id, "Check this figure against the source.")
        for sentence_id in picked[::4]:
            workspace.select("sentence", sentence_id)
        workspace.add_heading("Findings")
        session = Session(workspace)
        for sentence_id in picked[30:35]:
            session.translate(sentence_id, "A translation typed by the researcher.")
        session.mark_reviewed(picked[35:40])
        suggestions = workspace.claim_suggestions()
        for suggestion in suggestions[:3]:
            workspace.accept_suggestion(suggestion.id)
        for suggestion in suggestions[3:5]:
            workspace.dismiss_suggestion(suggestion.id)
        with transaction(workspace.db):
            decisions.record(workspace.db, ["someone"], "Someone", "rejected", None)
        db = workspace.db
        return {
            "sentences": int(db.execute("SELECT count(*) FROM sentences").fetchone()[0]),
            "auto_tags": int(
                db.execute("SELECT count(*) FROM sentence_tags WHERE source = 'auto'").fetchone()[0]
            ),
            "suggestions": int(db.execute("SELECT count(*) FROM claim_suggestions").fetchone()[0]),
        }


def build(database: Path, size: int) -> float:
    from c5tui.workspace import Workspace
    from synthetic import build_database

    started = time.perf_counter()
    build_database(database, size)
    with Workspace.open(database) as workspace:
        workspace.retag()
    return time.perf_counter() - started


def row(name: str, figures: dict[str, float] | str) -> str:
    if isinstance(figures, str):
        return f"{name:<34} cannot run: {figures}"
    return (
        f"{name:<34} {figures['wall_s']:>8.2f} s {figures['cpu_s']:>8.2f} s"
        f" {figures['peak_rss_mib']:>9.1f} MiB {figures['bytes'] / 1e6:>10.3f} MB"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="keep (and reuse) the database here")
    parser.add_argument("--old", help="the baseline's git revision (default: before format 3)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch_name:
        scratch = Path(scratch_name)
        directory = args.keep or scratch
        directory.mkdir(parents=True, exist_ok=True)
        database = directory / f"backup-{args.size}.db"
        if not database.exists():
            seconds = build(database, args.size)
            print(f"built {database.name}: {seconds:.0f} s (import and auto-tag)")
            work = add_user_work(database)
            print(f"corpus: {work}")
        name, source = old_tree(args.old, scratch)
        baseline_db = scratch / "baseline.db"
        old_schema_copy(database, baseline_db)
        new_source = REPO / "src"
        print(
            f"{'(wall, CPU, peak RSS, file)':<34} {'wall':>10} {'CPU':>10} {'RSS':>13} {'file':>13}"
        )
        print(row("floor: open the database", measure(new_source, database, None)))
        print(
            row(
                f"before ({name}): export jsonl",
                measure(source, baseline_db, scratch / "old.jsonl"),
            )
        )
        print(row("after: export jsonl", measure(new_source, database, scratch / "new.jsonl")))
        lines = (scratch / "new.jsonl").read_text(encoding="utf-8").count("\n")
        print(f"after: {lines} lines (the header and the user's records)")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(
            Path(sys.argv[2]), Path(sys.argv[3]), Path(sys.argv[4]) if len(sys.argv) > 4 else None
        )
    else:
        main()
