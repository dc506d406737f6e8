"""Writing an export safely: all of it or nothing, never over a file without leave."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from c5tui.errors import ExportError, OutputExistsError


def _new_file_mode() -> int:
    """The permissions a new file gets under the current umask."""
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


def check_target(path: Path, *, force: bool = False) -> None:
    """Refuse, with one message naming the path, a target the export cannot go to."""
    directory = path.parent
    if path.is_dir():
        raise ExportError(f"{path}: is a directory, not a file")
    if not directory.exists():
        raise ExportError(f"{directory}: no such directory")
    if not directory.is_dir():
        raise ExportError(f"{directory}: not a directory")
    if (path.exists() or path.is_symlink()) and not force:
        raise OutputExistsError(f"{path} exists; use --force to overwrite")
    if not os.access(directory, os.W_OK | os.X_OK):
        raise ExportError(f"{directory}: the directory is not writable")


def write_text(path: Path, text: str, *, force: bool = False) -> None:
    """Write ``text`` as UTF-8 to ``path`` through a temporary file and a rename.

    A reader never sees half a file, and a failure leaves the old file as it was.
    Raises :class:`OutputExistsError` if the file exists and ``force`` is false, and
    :class:`ExportError` for a missing or unwritable directory or a directory path.
    """
    path = Path(path)
    check_target(path, force=force)
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ExportError(f"{path}: the export holds text that is not valid Unicode") from exc
    try:
        mode = path.stat().st_mode & 0o777 if path.exists() else _new_file_mode()
    except OSError:
        mode = _new_file_mode()
    temporary: Path | None = None
    try:
        with tempfile.NamedTemporaryFile(
            delete=False, dir=path.parent, prefix=f".{path.name}.", suffix=".tmp"
        ) as handle:
            temporary = Path(handle.name)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except OSError as exc:
        if temporary is not None:
            with contextlib.suppress(OSError):
                temporary.unlink()
        raise ExportError(f"{path}: cannot write the export ({exc.strerror or exc})") from None
    _sync_directory(path.parent)


def _sync_directory(directory: Path) -> None:
    """Make the rename itself durable (where the platform allows it)."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
