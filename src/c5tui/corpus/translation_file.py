"""A translation file of any accepted format, read into English for an article's sentences.

Keyed TSV (``p01.s01<TAB>English``, also a filled-in template) is taken as it says; plain
English text of any layout and a saved English web page are aligned with the Kazakh.
"""

from __future__ import annotations

import re
from pathlib import Path

from c5tui.bounded_read import read_file
from c5tui.corpus.aligned_translation import (
    KazakhText,
    TranslationRead,
    align_english,
    kazakh_text,
)
from c5tui.corpus.decode import MAX_BYTES, decode_source
from c5tui.corpus.formats.detect import HTML_SUFFIXES, looks_like_html, refuse_binary
from c5tui.corpus.keys import numbered_sentences
from c5tui.corpus.lexicon import Lexicon
from c5tui.corpus.translation import parse_translation
from c5tui.parsed import ParsedDocument

_KEYED_LINE = re.compile(r"^(?:title|p\d+\.s\d+)(?:\t|\s*$)")


def kazakh_of(document: ParsedDocument) -> KazakhText:
    """The Kazakh side of a parsed article."""
    return kazakh_text(
        document.title,
        [(key, number, s.text) for key, number, _, _, _, s in numbered_sentences(document)],
    )


def is_keyed(text: str) -> bool:
    """Whether a text is a keyed translation: its first line of content names a key."""
    for line in text.split("\n"):
        if line.strip() and not line.startswith("#"):
            return bool(_KEYED_LINE.match(line))
    return False


def parse_any(
    kazakh: KazakhText,
    text: str,
    source: str,
    *,
    lexicon: Lexicon | None = None,
    rewrite: bool | None = None,
) -> TranslationRead:
    """A decoded translation: keyed lines as they are, anything else aligned (``lexicon``
    and ``rewrite`` as for :func:`align_english`)."""
    if not is_keyed(text):
        return align_english(kazakh, text, source, lexicon=lexicon, rewrite=rewrite)
    keys = {s.key for s in kazakh.sentences}
    translation = parse_translation(text, source, keys)
    missing = tuple(s.key for s in kazakh.sentences if s.key not in translation.sentences)
    return TranslationRead(translation, missing)


def read_translation_file(
    path: Path,
    kazakh: KazakhText,
    *,
    database: Path | None = None,
    lexicon: Lexicon | None = None,
    rewrite: bool | None = None,
) -> TranslationRead:
    """Read a translation file (keyed, plain English or a web page) for these sentences;
    ``lexicon`` and ``rewrite`` as for :func:`align_english`."""
    name = str(path)
    data = read_file(path, limit=MAX_BYTES, kind="translation", database=database)
    refuse_binary(data, name)
    if looks_like_html(data) or name.lower().endswith(HTML_SUFFIXES):
        from c5tui.corpus.formats.html import read_html

        page = read_html(data, name)
        return align_english(kazakh, page.text, name, lexicon=lexicon, rewrite=rewrite)
    return parse_any(kazakh, decode_source(data, name), name, lexicon=lexicon, rewrite=rewrite)
