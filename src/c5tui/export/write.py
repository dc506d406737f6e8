"""Writing an export safely: all of it or nothing, never over a file without leave."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from c5tui.bounded_read import special_kind
from c5tui.errors import ExportError, OutputExistsError
from c5tui.store.files import database_role, describe_role

# errno values of a file system that has no hard links.
_NO_HARD_LINKS = {errno.EPERM, errno.EOPNOTSUPP, errno.ENOTSUP, errno.ENOSYS}


def _new_file_mode() -> int:
    """The permissions a new file gets under the current umask."""
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


def _exists(path: Path) -> OutputExistsError:
    return OutputExistsError(f"{path} exists; use --force to overwrite")


def check_target(path: Path, *, force: bool = False, database: Path | None = None) -> None:
    """Refuse, with one message naming the path, a target the export cannot go to.

    Only a regular file (or a new name) is a target: a rename would replace a device,
    FIFO or socket with a plain file. ``database`` is the database in use; it, its
    -wal/-shm/-journal and its backups are refused, compared by path and by identity
    (never by opening them). Nothing is written before every check has passed.
    """
    if database is not None:
        role = database_role(path, database)
        if role is not None:
            raise ExportError(f"{path}: is {describe_role(role)}; choose another output file")
    _check_kind(path)
    directory = path.parent
    if not directory.exists():
        raise ExportError(f"{directory}: no such directory")
    if not directory.is_dir():
        raise ExportError(f"{directory}: not a directory")
    if (path.exists() or path.is_symlink()) and not force:
        raise _exists(path)
    if not os.access(directory, os.W_OK | os.X_OK):
        raise ExportError(f"{directory}: the directory is not writable")


def _check_kind(path: Path) -> None:
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return  # a new name, or a path the directory checks below explain
    if stat.S_ISDIR(mode):
        raise ExportError(f"{path}: is a directory, not a file")
    if not stat.S_ISREG(mode):
        raise ExportError(
            f"{path}: is {special_kind(mode)}, not a regular file; export to a regular file,"
            " or to standard output with -o -"
        )


def write_text(path: Path, text: str, *, force: bool = False, database: Path | None = None) -> None:
    """Write ``text`` as UTF-8 to ``path`` through a temporary file and a rename.

    A reader never sees half a file, and a failure leaves the old file as it was.
    Without ``force`` the file must be new, also against another export finishing first.
    Raises :class:`OutputExistsError` if the file exists and ``force`` is false, and
    :class:`ExportError` for a missing or unwritable directory, a directory path, a
    target that is not a regular file, or the database and its files (see
    :func:`check_target`).
    """
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ExportError(f"{path}: the export holds text that is not valid Unicode") from exc
    write_bytes(path, data, force=force, database=database)


def write_bytes(
    path: Path, data: bytes, *, force: bool = False, database: Path | None = None
) -> None:
    """Write ``data`` to ``path`` as :func:`write_text` writes text (an archive, say)."""
    _write(path, [data], force=force, database=database)


def write_lines(
    path: Path, lines: Iterable[str], *, force: bool = False, database: Path | None = None
) -> None:
    """Write text to ``path`` as :func:`write_text` does, a piece at a time as ``lines``
    yields it, so the whole text is never held in memory."""

    def encoded() -> Iterator[bytes]:
        for line in lines:
            try:
                yield line.encode("utf-8")
            except UnicodeEncodeError as exc:
                raise ExportError(
                    f"{path}: the export holds text that is not valid Unicode"
                ) from exc

    _write(path, encoded(), force=force, database=database)


def _write(
    path: Path, chunks: Iterable[bytes], *, force: bool = False, database: Path | None = None
) -> None:
    path = Path(path)
    check_target(path, force=force, database=database)
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
            # Buffered by the file object: many small lines become few system calls.
            for chunk in chunks:
                handle.write(chunk)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, mode)
        if force:
            os.replace(temporary, path)
        else:
            _publish_new(temporary, path)
    except OSError as exc:
        raise ExportError(f"{path}: cannot write the export ({exc.strerror or exc})") from None
    finally:
        # Gone after a rename; a second name of the export after a link; debris after a failure.
        if temporary is not None:
            with contextlib.suppress(OSError):
                temporary.unlink()
    _sync_directory(path.parent)


def _publish_new(temporary: Path, path: Path) -> None:
    """Give the finished file the name ``path`` only if no file has it.

    The name is taken in one step that fails if it exists, so of two exports racing
    to the same new path exactly one wins; the check before writing cannot promise that.
    """
    try:
        os.link(temporary, path)
        return
    except FileExistsError:
        raise _exists(path) from None
    except OSError as exc:
        if exc.errno not in _NO_HARD_LINKS:
            raise
    # Without hard links: claim the name exclusively, then rename the export over the claim.
    try:
        claim = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise _exists(path) from None
    os.close(claim)
    try:
        os.replace(temporary, path)
    except OSError:
        with contextlib.suppress(OSError):
            path.unlink()
        raise


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
