"""Importing a URL, against a local HTTP server: pages, errors, slow and huge answers."""

from __future__ import annotations

import http.server
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from c5tui.errors import InputError
from c5tui.workspace import Workspace

PAGES = Path(__file__).resolve().parents[1] / "data" / "pages"
PAGE = (PAGES / "kazinform-burabay.html").read_bytes()
MB = 1024 * 1024


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass

    def _send(self, status: int, kind: str, body: bytes, length: int | None = None) -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body) if length is None else length))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up first (the timeout test)

    def do_GET(self) -> None:
        if self.path == "/article":
            self._send(200, "text/html; charset=utf-8", PAGE)
        elif self.path == "/missing":
            self._send(404, "text/html", b"<h1>Not found</h1>")
        elif self.path == "/report.pdf":
            self._send(200, "application/pdf", b"%PDF-1.7 ...")
        elif self.path == "/slow":
            time.sleep(3)
            self._send(200, "text/html", PAGE)
        elif self.path == "/huge":
            # Says 200 MB up front: refused before a byte of the body is read.
            self._send(200, "text/html", b"<html>", length=200 * MB)
        elif self.path == "/endless":
            # No length, then more bytes than any article: refused at the cap.
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                for _ in range(200):
                    self.wfile.write(b"<p>" + b"x" * MB + b"</p>")
            except (BrokenPipeError, ConnectionResetError):
                pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_a_url_imports_like_the_saved_page(server: str, workspace: Workspace) -> None:
    result = workspace.import_article(f"{server}/article")
    assert result.created and result.kind == "news"
    document = workspace.document(result.document_id)
    assert (document.outlet, document.date) == ("Kazinform", "2024-05-14")
    # The page's canonical URL, not the address it was fetched from.
    assert document.url == "https://www.inform.kz/kz/astanadan-burabayga-reys-ashyla-ma-a1"
    assert document.source_name == f"{server}/article"
    saved = workspace.import_article(PAGES / "kazinform-burabay.html")
    assert (saved.created, saved.document_id) == (False, result.document_id)


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/missing", "the server answered HTTP 404 Not Found"),
        ("/report.pdf", "is not a web page (Content-Type: application/pdf)"),
        ("/huge", "the page is 200 MiB; pages over 20 MiB are refused"),
        ("/endless", "more than 20 MiB; pages over 20 MiB are refused"),
        ("/slow", "timed out after 0.5 s"),
    ],
)
def test_a_bad_url_is_one_clear_error_and_imports_nothing(
    server: str, workspace: Workspace, path: str, message: str
) -> None:
    before = workspace.stats()
    with pytest.raises(InputError) as caught:
        workspace.import_article(f"{server}{path}", timeout=0.5 if path == "/slow" else 10)
    assert str(caught.value) == f"{server}{path}: {message}"
    assert workspace.stats() == before


def test_a_refused_connection_is_an_input_error(workspace: Workspace) -> None:
    with pytest.raises(InputError, match="cannot fetch the page"):
        workspace.import_article("http://127.0.0.1:9/article", timeout=2)
