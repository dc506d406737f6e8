"""Short labels that tell documents apart wherever a locator (``¶12 s3``) is shown.

A label is the outlet's first word and the date, ``Kazinform 11-05``: short enough for a
results row, clear enough to cite. The year is shown only when the documents span more
than one; documents that would share a label are numbered in the order they came in
(``Kazinform 11-05/2``). With one document there is nothing to tell apart: no labels.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from c5tui.model import Document

OUTLET_CELLS = 10


def _outlet(document: Document) -> str:
    word = document.outlet.split()[0] if document.outlet.strip() else "unknown"
    return word[:OUTLET_CELLS]


def _date(document: Document, with_year: bool) -> str:
    if not document.date:
        return "n.d."
    return document.date if with_year else document.date[5:]


def document_labels(documents: Sequence[Document]) -> dict[int, str]:
    """Each document's short label by id; empty when there is at most one document."""
    if len(documents) < 2:
        return {}
    years = {d.date[:4] for d in documents if d.date}
    with_year = len(years) > 1
    sharing: dict[str, list[Document]] = defaultdict(list)
    for document in sorted(documents, key=lambda d: d.id):
        sharing[f"{_outlet(document)} {_date(document, with_year)}"].append(document)
    labels: dict[int, str] = {}
    for label, group in sharing.items():
        for number, document in enumerate(group, start=1):
            labels[document.id] = label if number == 1 else f"{label}/{number}"
    return labels
