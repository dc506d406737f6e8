"""Reading an input file or stream with a size cap, so no input can exhaust memory.

Only regular files are read: a directory, FIFO, socket or device (``/dev/zero``) is
refused by its kind before it is opened, and a file is refused by its size before a
byte of it is read. Every failure is an :class:`InputError` naming the input.
"""

from __future__ import annotations

import math
import os
import stat
from pathlib import Path
from typing import BinaryIO

from c5tui.errors import InputError
from c5tui.store.files import database_role, describe_role

MIB = 1024 * 1024

_KINDS = (
    (stat.S_ISFIFO, "a FIFO"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)
# Opening must not wait for a FIFO's writer or make a terminal ours, should the path
# change kind between the check and the open.
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)


def mib(size: int) -> str:
    """A size in whole MiB, rounded up so that anything over a cap reads as over it."""
    return f"{math.ceil(size / MIB)} MiB"


def special_kind(mode: int) -> str:
    """What a file that is neither regular nor a directory is: ``"a FIFO"``, …"""
    return next((text for test, text in _KINDS if test(mode)), "a special file")


def refuse_unless_regular(mode: int, name: str) -> None:
    """Raise an :class:`InputError` unless ``mode`` (an ``st_mode``) is a regular file's."""
    if stat.S_ISREG(mode):
        return
    if stat.S_ISDIR(mode):
        raise InputError("is a directory, not a file", path=name)
    raise InputError(f"is {special_kind(mode)}, not a regular file", path=name)


def _too_large(name: str, size: int | None, limit: int, kind: str) -> InputError:
    found = f"the file is {mib(size)}" if size is not None else f"the file is over {mib(limit)}"
    return InputError(f"{found}; {kind}s over {mib(limit)} are refused", path=name)


def _os_error(exc: OSError, name: str) -> InputError:
    if isinstance(exc, FileNotFoundError):
        return InputError("no such file", path=name)
    if isinstance(exc, PermissionError):
        return InputError("permission denied", path=name)
    return InputError(exc.strerror or "cannot be read", path=name)


def read_file(path: Path, *, limit: int, kind: str, database: Path | None = None) -> bytes:
    """The bytes of the regular file ``path``, refused if it holds more than ``limit`` bytes.

    ``kind`` names what the file is for (``"article"``), in the message of a refusal.
    ``database`` is the database in use: it and its files are refused unopened, since
    closing a plain descriptor of them would drop this process's SQLite locks.
    """
    name = str(path)
    role = database_role(path, database) if database is not None else None
    if role is not None:
        raise InputError(f"is {describe_role(role)}, not an input file", path=name)
    try:
        info = os.stat(path)
        refuse_unless_regular(info.st_mode, name)
        if info.st_size > limit:
            raise _too_large(name, info.st_size, limit, kind)
        fd = os.open(path, _OPEN_FLAGS)
        with os.fdopen(fd, "rb") as handle:
            refuse_unless_regular(os.fstat(handle.fileno()).st_mode, name)
            # One byte more than allowed tells a file that grew since the check.
            data = handle.read(limit + 1)
    except OSError as exc:
        raise _os_error(exc, name) from None
    if len(data) > limit:
        raise _too_large(name, None, limit, kind)
    return data


def read_stream(stream: BinaryIO, *, limit: int, kind: str, name: str) -> bytes:
    """At most ``limit`` bytes of ``stream`` (standard input); more is refused, not read."""
    try:
        data = stream.read(limit + 1)
    except OSError as exc:
        raise InputError(exc.strerror or "cannot be read", path=name) from None
    if len(data) > limit:
        cap = mib(limit)
        raise InputError(f"more than {cap}; {kind}s over {cap} are refused", path=name)
    return data


def read_chunks(
    stream: BinaryIO, *, limit: int, kind: str, name: str, deadline: float | None = None
) -> bytes:
    """At most ``limit`` bytes of a slow stream (a web response), read by chunks.

    ``deadline`` is a :func:`time.monotonic` time: a source that is still sending then is
    refused, however slowly it trickles, so no download can hold an import forever.
    """
    import time

    chunks: list[bytes] = []
    size = 0
    while True:
        if deadline is not None and time.monotonic() > deadline:
            raise InputError(f"timed out while reading the {kind}", path=name)
        try:
            chunk = stream.read(min(64 * 1024, limit + 1 - size))
        except TimeoutError:
            raise InputError(f"timed out while reading the {kind}", path=name) from None
        except OSError as exc:
            raise InputError(exc.strerror or f"the {kind} cannot be read", path=name) from None
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        size += len(chunk)
        if size > limit:
            cap = mib(limit)
            raise InputError(f"more than {cap}; {kind}s over {cap} are refused", path=name)
