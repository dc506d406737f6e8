"""An article's English: keyed ``key<TAB>text`` lines, or plain English text or a saved web
page that the aligner maps onto the Kazakh sentences.

A keyed line may carry the Kazakh in a third column (``c5tui translation template``
writes such files); a line whose English cell is empty there is skipped, so importing a
half-filled template fills only what is filled.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from c5tui.errors import InputError

# Where an English sentence came from; stored with it as its provenance.
ORIGINS = ("bundled", "aligned", "keyed", "typed")


@dataclass(frozen=True, slots=True)
class Translation:
    """English for an article's sentences by key, and where it came from.

    ``confidence`` and ``needs_review`` are filled for aligned translations only: the
    aligner's confidence per key, and the keys whose link is too weak to trust unread.
    """

    title: str | None
    sentences: dict[str, str] = field(default_factory=dict)
    origin: str = "keyed"
    source: str | None = None
    confidence: dict[str, float] = field(default_factory=dict)
    needs_review: frozenset[str] = frozenset()


def parse_translation(
    text: str, source_name: str, valid_keys: set[str] | None = None
) -> Translation:
    """Parse an aligned translation; every key must name a sentence of the article."""
    title: str | None = None
    sentences: dict[str, str] = {}
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        key, tab, value = line.partition("\t")
        value, template, _kazakh = value.partition("\t")
        key, value = key.strip(), unicodedata.normalize("NFC", value.strip())
        if tab and template and not value:
            continue
        if not tab or not value:
            raise InputError(
                f"expected 'key<TAB>translation', found {line[:40]!r}",
                path=source_name,
                line=number,
            )
        if key == "title":
            title = value
            continue
        if valid_keys is not None and key not in valid_keys:
            raise InputError(
                f"{key!r} is not a sentence of the article; the translation does not align",
                path=source_name,
                line=number,
            )
        if key in sentences:
            raise InputError(f"{key!r} is translated twice", path=source_name, line=number)
        sentences[key] = value
    return Translation(title, sentences, origin="keyed", source=source_name)
