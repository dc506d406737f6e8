"""Short document labels: unique, short, absent while there is only one document."""

from __future__ import annotations

from c5tui.corpus.labels import document_labels
from c5tui.model import Document


def doc(id: int, outlet: str, date: str | None) -> Document:
    return Document(id, f"title {id}", None, date, outlet, None, "src", f"h{id}", "")


def test_one_document_needs_no_label() -> None:
    assert document_labels([doc(1, "Kazinform", "2025-11-05")]) == {}


def test_labels_are_outlet_and_day_and_number_the_ones_that_would_collide() -> None:
    labels = document_labels(
        [
            doc(1, "Kazinform", "2025-11-05"),
            doc(2, "BAQ.KZ", "2025-10-28"),
            doc(3, "Kazinform", "2025-11-05"),
            doc(4, "unknown", None),
        ]
    )
    assert labels == {
        1: "Kazinform 11-05",
        2: "BAQ.KZ 10-28",
        3: "Kazinform 11-05/2",
        4: "unknown n.d.",
    }
    assert len(set(labels.values())) == 4


def test_the_year_shows_when_the_documents_span_years() -> None:
    labels = document_labels(
        [doc(1, "Egemen Qazaqstan", "2024-01-02"), doc(2, "Aikyn", "2025-01-02")]
    )
    assert labels == {1: "Egemen 2024-01-02", 2: "Aikyn 2025-01-02"}
