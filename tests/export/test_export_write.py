"""Writing an export: through a temporary file and a rename, never over a file without leave."""

from __future__ import annotations

import errno
import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from c5tui.errors import ExportError, InputError, OutputExistsError
from c5tui.export import write as write_module
from c5tui.export.write import write_lines, write_text

TEXT = "# Экспорт\n\n> «C5+1» — 80%\n"


def test_writes_utf8_text_exactly(tmp_path: Path) -> None:
    target = tmp_path / "out.md"
    write_text(target, TEXT)
    assert target.read_bytes() == TEXT.encode("utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.md"]
    assert target.stat().st_mode & 0o777 == 0o666 & ~_umask()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    target = tmp_path / "out.md"
    target.write_text("mine", encoding="utf-8")
    with pytest.raises(OutputExistsError) as caught:
        write_text(target, TEXT)
    assert str(caught.value) == f"{target} exists; use --force to overwrite"
    assert isinstance(caught.value, InputError)
    assert target.read_text(encoding="utf-8") == "mine"
    target.chmod(0o640)
    write_text(target, TEXT, force=True)
    assert target.read_text(encoding="utf-8") == TEXT
    assert target.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.md"]


def test_missing_directory_is_named(tmp_path: Path) -> None:
    target = tmp_path / "no" / "such" / "out.md"
    with pytest.raises(ExportError, match=f"^{tmp_path / 'no' / 'such'}: no such directory$"):
        write_text(target, TEXT)
    assert not (tmp_path / "no").exists()


def test_directory_as_target_and_file_as_directory(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="is a directory, not a file"):
        write_text(tmp_path, TEXT)
    plain = tmp_path / "plain.txt"
    plain.write_text("x", encoding="utf-8")
    with pytest.raises(ExportError, match=f"^{plain}: not a directory$"):
        write_text(plain / "out.md", TEXT)


def test_unwritable_directory_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(write_module.os, "access", lambda *_: False)
    with pytest.raises(ExportError, match=f"^{tmp_path}: the directory is not writable$"):
        write_text(tmp_path / "out.md", TEXT)


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_read_only_directory_for_real(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        with pytest.raises(ExportError, match="not writable"):
            write_text(locked / "out.md", TEXT)
    finally:
        locked.chmod(0o700)


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.md"
    target.write_text("old", encoding="utf-8")

    def fail(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(write_module.os, "replace", fail)
    with pytest.raises(ExportError, match="cannot write the export \\(No space left on device\\)"):
        write_text(target, TEXT, force=True)
    assert target.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.md"]


def test_two_writers_to_the_same_new_path_without_force_give_one_winner(tmp_path: Path) -> None:
    target = tmp_path / "out.md"
    writers = 8
    barrier = threading.Barrier(writers)
    outcomes: dict[int, str] = {}

    def write(number: int) -> None:
        barrier.wait()
        try:
            write_text(target, f"{TEXT}writer {number}\n")
            outcomes[number] = "wrote"
        except OutputExistsError as exc:
            outcomes[number] = str(exc)

    threads = [threading.Thread(target=write, args=(n,)) for n in range(writers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    [winner] = [n for n, outcome in outcomes.items() if outcome == "wrote"]
    losers = [outcome for n, outcome in outcomes.items() if n != winner]
    assert losers == [f"{target} exists; use --force to overwrite"] * (writers - 1)
    assert target.read_text(encoding="utf-8") == f"{TEXT}writer {winner}\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.md"]


def test_a_file_that_appears_while_the_export_is_written_is_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.md"
    real_fsync = os.fsync

    def rival_finishes_first(fd: int) -> None:
        real_fsync(fd)
        if not target.exists():
            target.write_text("the other export", encoding="utf-8")

    monkeypatch.setattr(write_module.os, "fsync", rival_finishes_first)
    with pytest.raises(OutputExistsError, match="exists; use --force to overwrite"):
        write_text(target, TEXT)
    assert target.read_text(encoding="utf-8") == "the other export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.md"]
    # With --force the export replaces it, atomically, as before.
    write_text(target, TEXT, force=True)
    assert target.read_text(encoding="utf-8") == TEXT
    assert target.stat().st_mode & 0o777 == 0o666 & ~_umask()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.md"]


def test_without_hard_links_the_new_name_is_still_claimed_exclusively(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_links(*_: object) -> None:
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(write_module.os, "link", no_links)
    target = tmp_path / "out.md"
    write_text(target, TEXT)
    assert target.read_text(encoding="utf-8") == TEXT
    assert target.stat().st_mode & 0o777 == 0o666 & ~_umask()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.md"]
    real_fsync = os.fsync
    other = tmp_path / "other.md"

    def rival_finishes_first(fd: int) -> None:
        real_fsync(fd)
        if not other.exists():
            other.write_text("the other export", encoding="utf-8")

    monkeypatch.setattr(write_module.os, "fsync", rival_finishes_first)
    with pytest.raises(OutputExistsError):
        write_text(other, TEXT)
    assert other.read_text(encoding="utf-8") == "the other export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.md", "out.md"]


def test_a_stream_of_lines_that_fails_midway_publishes_nothing(tmp_path: Path) -> None:
    target = tmp_path / "work.jsonl"
    target.write_text("the old backup\n", encoding="utf-8")

    def lines() -> Iterator[str]:
        for number in range(3):
            yield f"line {number}\n"
        raise InputError("the database went away")

    with pytest.raises(InputError):
        write_lines(target, lines(), force=True)
    assert target.read_text(encoding="utf-8") == "the old backup\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["work.jsonl"]
    write_lines(target, iter(["a\n", "«б»\n"]), force=True)
    assert target.read_text(encoding="utf-8") == "a\n«б»\n"
