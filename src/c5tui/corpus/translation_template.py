"""A keyed translation template: every key with an empty English cell beside its Kazakh.

For a translator or an outside machine-translation tool. Importing it back (``translation
add`` or ``import --translation``) fills only the cells that were filled.
"""

from __future__ import annotations

from collections.abc import Sequence


def _cell(text: str) -> str:
    # A tab or line break inside the Kazakh would shift the columns of the line.
    return " ".join(text.split())


def render_template(document_id: int, title: str, rows: Sequence[tuple[str, str]]) -> str:
    """The template's text for a document's (key, Kazakh) rows, in document order."""
    lines = [
        f"# c5tui translation template for document {document_id}: {_cell(title)}",
        "# Write the English in the second column; lines left empty are not imported.",
        "# key\tEnglish\tKazakh",
        f"title\t\t{_cell(title)}",
    ]
    lines.extend(f"{key}\t\t{_cell(kazakh)}" for key, kazakh in rows)
    return "\n".join(lines) + "\n"
