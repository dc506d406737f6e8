"""Writing an export: through a temporary file and a rename, never over a file without leave."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from c5tui.errors import ExportError, InputError, OutputExistsError
from c5tui.export import write as write_module
from c5tui.export.write import write_text

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
