"""Fetching an article page by URL: a timeout, a size cap, and only web pages accepted."""

from __future__ import annotations

import os
import socket
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from email.message import Message

from c5tui import __version__
from c5tui.bounded_read import mib, read_chunks
from c5tui.corpus.decode import MAX_BYTES
from c5tui.errors import InputError

DEFAULT_TIMEOUT = 20.0
PAGE_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True, slots=True)
class Page:
    data: bytes
    url: str  # after redirects
    charset: str | None


def is_url(target: str) -> bool:
    return target.lower().startswith(("http://", "https://"))


def fetch_timeout() -> float:
    """Seconds a fetch may take in all (``C5TUI_FETCH_TIMEOUT`` changes it)."""
    try:
        return float(os.environ.get("C5TUI_FETCH_TIMEOUT", DEFAULT_TIMEOUT))
    except ValueError:
        return DEFAULT_TIMEOUT


def fetch(url: str, *, timeout: float | None = None, limit: int = MAX_BYTES) -> Page:
    """The page at ``url``; every failure is one :class:`InputError` naming the URL."""
    timeout = fetch_timeout() if timeout is None else timeout
    deadline = time.monotonic() + timeout
    request = urllib.request.Request(
        url,
        headers={
            "User-Agent": f"c5tui/{__version__} (article import)",
            "Accept": "text/html,application/xhtml+xml;q=0.9",
        },
    )
    try:
        response = urllib.request.urlopen(request, timeout=timeout)
    except urllib.error.HTTPError as exc:
        raise InputError(f"the server answered HTTP {exc.code} {exc.reason}", path=url) from None
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, TimeoutError | socket.timeout):
            raise InputError(f"timed out after {timeout:g} s", path=url) from None
        raise InputError(f"cannot fetch the page ({exc.reason})", path=url) from None
    except TimeoutError:
        raise InputError(f"timed out after {timeout:g} s", path=url) from None
    except (ValueError, OSError) as exc:
        raise InputError(f"cannot fetch the page ({exc})", path=url) from None
    with response:
        headers: Message = response.headers
        kind = headers.get_content_type()
        if kind not in PAGE_TYPES:
            raise InputError(f"is not a web page (Content-Type: {kind})", path=url)
        length = headers.get("Content-Length")
        if length and length.isdigit() and int(length) > limit:
            raise InputError(
                f"the page is {mib(int(length))}; pages over {mib(limit)} are refused", path=url
            )
        try:
            data = read_chunks(response, limit=limit, kind="page", name=url, deadline=deadline)
        except InputError as exc:
            if "timed out" in str(exc):
                raise InputError(f"timed out after {timeout:g} s", path=url) from None
            raise
        return Page(data, response.geturl() or url, headers.get_content_charset())
