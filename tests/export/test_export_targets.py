"""Export targets that are not plain files: devices, FIFOs, the database and its files.

Each is refused before anything is written, even with --force, and left as it was.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from c5tui.cli import cli
from c5tui.errors import ExportError
from c5tui.export.write import check_target
from c5tui.workspace import Workspace

FROZEN_V1 = Path(__file__).resolve().parents[1] / "data" / "c5tui-v1.db"
NOT_REGULAR = "not a regular file; export to a regular file, or to standard output with -o -"


def invoke(db: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["--db", str(db), *args])
    return result.exit_code, result.stdout, result.stderr


def export_to(db: Path, target: Path | str) -> tuple[int, str, str]:
    return invoke(db, "export", "--ids", "1,2", "-o", str(target), "--force")


def quote_count(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return int(conn.execute("SELECT count(*) FROM sentences").fetchone()[0])
    finally:
        conn.close()


def test_a_fifo_is_refused_and_stays_a_fifo(db_path: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)
    code, out, err = export_to(db_path, fifo)
    assert (code, out, err) == (2, "", f"c5tui: error: {fifo}: is a FIFO, {NOT_REGULAR}\n")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c5tui.db", "pipe.md"]


@pytest.mark.parametrize("device", ["/dev/null", "/dev/full"])
def test_a_character_device_is_refused_and_stays_a_device(db_path: Path, device: str) -> None:
    if not os.path.exists(device):
        pytest.skip(f"{device} does not exist here")
    # The refusal comes before any write; only once it is certain may the CLI try the
    # real device (as root, a wrong answer would replace the device node).
    with pytest.raises(ExportError, match="is a character device"):
        check_target(Path(device), force=True)
    code, _, err = export_to(db_path, device)
    assert (code, err) == (2, f"c5tui: error: {device}: is a character device, {NOT_REGULAR}\n")
    assert stat.S_ISCHR(os.lstat(device).st_mode)


@pytest.mark.parametrize("target", ["/proc/self/fd/1", "/dev/stdout"])
def test_standard_output_by_a_path_is_refused_when_it_is_a_pipe(db_path: Path, target: str) -> None:
    if not os.path.exists("/proc/self/fd/1"):
        pytest.skip("no /proc file system")
    # As with devices: /dev is writable by root, so the refusal of a pipe reached through
    # links is made certain in this process before the CLI is given /dev/stdout.
    read_end, write_end = os.pipe()
    try:
        with pytest.raises(ExportError, match="is a FIFO"):
            check_target(Path(f"/dev/fd/{write_end}"), force=True)
    finally:
        os.close(read_end)
        os.close(write_end)
    env = {k: v for k, v in os.environ.items() if k != "C5TUI_DEBUG"}
    args = ["--db", str(db_path), "export", "--ids", "1", "-o", target, "--force"]
    result = subprocess.run(
        [sys.executable, "-m", "c5tui", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == f"c5tui: error: {target}: is a FIFO, {NOT_REGULAR}\n"


def test_standard_output_as_dash_still_works(db_path: Path) -> None:
    code, out, err = invoke(db_path, "export", "--ids", "1", "-o", "-", "--force")
    assert (code, err) == (0, "")
    assert out.startswith("---\n")


def test_the_database_itself_is_refused(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = quote_count(db_path)
    code, out, err = export_to(db_path, db_path)
    assert (code, out) == (2, "")
    assert err == (
        f"c5tui: error: {db_path}: is the database c5tui is using; choose another output file\n"
    )
    assert quote_count(db_path) == before
    # Other names of it: relative, through a symbolic link, a hard link.
    link = tmp_path / "link.db"
    link.symlink_to(db_path)
    hard = tmp_path / "other" / "hard.db"
    hard.parent.mkdir()
    os.link(db_path, hard)
    monkeypatch.chdir(tmp_path)
    for name in ("c5tui.db", "./other/../c5tui.db", str(link), str(hard)):
        code, _, err = export_to(db_path, name)
        assert code == 2 and "is the database c5tui is using" in err, name
    assert quote_count(db_path) == before
    assert os.path.islink(link)


@pytest.mark.parametrize("suffix", ["-wal", "-shm", "-journal"])
def test_the_databases_own_files_are_refused_whether_or_not_they_exist(
    db_path: Path, suffix: str
) -> None:
    side = Path(f"{db_path}{suffix}")
    side.unlink(missing_ok=True)
    code, _, err = export_to(db_path, side)
    expected = (
        f"c5tui: error: {side}: is the database's {suffix} file; choose another output file\n"
    )
    assert (code, err) == (2, expected)
    assert not side.exists()
    # The same while another connection keeps the WAL and shared-memory files open.
    with Workspace.open(db_path) as workspace:
        workspace.select("sentence", 3)
        if side.exists():
            code, _, err = export_to(db_path, side)
            assert (code, err) == (2, expected)
    assert quote_count(db_path) > 0


def test_a_backup_written_before_a_migration_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    shutil.copyfile(FROZEN_V1, db)
    with Workspace.open(db):
        pass
    [backup] = tmp_path.glob("old.db.v1-*.bak")
    before = backup.stat()
    for target in (backup, tmp_path / "old.db.v7-20300101T000000.bak"):
        code, _, err = export_to(db, target)
        assert (code, err) == (
            2,
            f"c5tui: error: {target}: is a backup of the database; choose another output file\n",
        )
    after = backup.stat()
    assert (after.st_ino, after.st_size, after.st_mtime_ns) == (
        before.st_ino,
        before.st_size,
        before.st_mtime_ns,
    )
    assert sqlite3.connect(backup).execute("PRAGMA user_version").fetchone()[0] == 1
    # A file that only looks like a backup of some other database is a plain target.
    code, _, err = export_to(db, tmp_path / "other.db.v1-20300101T000000.bak")
    assert (code, err) == (0, "")
