"""Documents' source texts, kept compressed: read whole only to split again or to export.

Every quote's text is stored verbatim in ``sentences.kk``; the source text beside it is
the article as imported, the ground of the quotes' offsets. zlib's deflate keeps Kazakh
news text in a quarter to a third of its UTF-8 bytes, and any SQLite reader can get it back
(in Python: ``zlib.decompress(blob).decode("utf-8")``).
"""

from __future__ import annotations

import zlib

from c5tui.errors import StoreError

# zlib's own default: a 20 KB article in half a millisecond, 3.6 times smaller.
LEVEL = 6


def pack(text: str) -> bytes:
    return zlib.compress(text.encode("utf-8"), LEVEL)


def unpack(blob: bytes, document_id: int) -> str:
    """The source text stored for a document; a damaged copy is refused, never guessed."""
    try:
        return zlib.decompress(blob).decode("utf-8")
    except (zlib.error, UnicodeDecodeError, TypeError) as exc:
        raise StoreError(
            f"document {document_id}: its stored source text is damaged ({exc}); its quotes "
            "are intact, but it cannot be split again or exported whole"
        ) from exc
