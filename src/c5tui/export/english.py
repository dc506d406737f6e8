"""What an export says about its English: a marker per quote and counts for the front matter.

The bundled English and English a person has reviewed go unmarked; English no one has
read, or linked to the Kazakh by the aligner from a twin article, is marked in the
citation line, and a quote with no English at all says so in an English export.
"""

from __future__ import annotations

from collections.abc import Sequence

from c5tui.model import Sentence

NO_ENGLISH = "Kazakh original, not yet translated"


def english_marker(quote: Sentence, lang: str) -> str | None:
    """The few words a citation carries about the quote's English, if any."""
    if lang == "kk":
        return None
    provenance = quote.en_provenance
    if quote.en is None or provenance is None:
        return NO_ENGLISH if lang == "en" else None
    if provenance.origin == "aligned":
        return "English aligned" if provenance.reviewed else "English aligned and unreviewed"
    return None if provenance.reviewed else "English unreviewed"


def english_counts(quotes: Sequence[Sentence], lang: str) -> dict[str, int] | None:
    """How many quoted English sentences are unreviewed, aligned or missing; None when
    the export shows no English or every quote's English is reviewed and not aligned."""
    if lang == "kk":
        return None
    translated = [q for q in quotes if q.en is not None and q.en_provenance is not None]
    counts = {
        "translated": len(translated),
        "untranslated": len(quotes) - len(translated),
        "unreviewed": sum(
            1 for q in translated if q.en_provenance and not q.en_provenance.reviewed
        ),
        "aligned": sum(
            1 for q in translated if q.en_provenance and q.en_provenance.origin == "aligned"
        ),
    }
    if not (counts["untranslated"] or counts["unreviewed"] or counts["aligned"]):
        return None
    return counts
