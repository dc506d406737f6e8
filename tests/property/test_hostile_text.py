"""Any Unicode in notes and queries is stored and read back faithfully, or refused clearly."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from c5tui.errors import C5Error
from c5tui.workspace import Workspace

HOSTILE = st.text(
    alphabet=st.characters(codec=None, exclude_categories=()), min_size=1, max_size=300
) | st.sampled_from(
    [
        "\u202eRTL override\u202c",
        "й" + "\u0306" * 50,
        "zero\u200bwidth\u200d",
        "NUL\x00inside",
        "\udcff lone surrogate",
        "x" * 100_000,
        "*_#|<[`> - 1. &amp;",
    ]
)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(body=HOSTILE)
def test_notes_round_trip_or_refuse(workspace: Workspace, body: str) -> None:
    try:
        note = workspace.add_note("sentence", 1, body)
    except C5Error:
        assert not body.strip() or any(0xD800 <= ord(c) <= 0xDFFF for c in body)
        return
    assert workspace.notes("sentence", 1)[-1].body == body
    assert note.body == body


def test_surrogate_note_is_refused_clearly(workspace: Workspace) -> None:
    with pytest.raises(C5Error, match="not valid Unicode"):
        workspace.add_note("sentence", 1, "bad \udcff")


def test_hostile_article_text_is_stored_verbatim(tmp_path: Path, workspace: Workspace) -> None:
    body = "Мәтін \u202eкері\u202c, нөл\u200bені, й\u0306, 🇰🇿 «C5+1»."
    article = tmp_path / "a.txt"
    article.write_text(f" date 2025-01-02 Т\n{body}\n", encoding="utf-8")
    result = workspace.import_article(article)
    stored = " ".join(q.kk for q in workspace.quotes(result.document_id))

    assert stored == unicodedata.normalize("NFC", body)
