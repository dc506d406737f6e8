"""English you typed or reviewed is your work: backed up, merged back, guarded on removal."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from c5tui.errors import InputError
from c5tui.export.backup import render_work
from c5tui.export.merge import merge_work
from c5tui.search.engine import SearchEngine
from c5tui.session import Session
from c5tui.workspace import Workspace

BURABAY = (
    Path(__file__).resolve().parents[1] / "data" / "articles" / "kazinform-burabay-flights.txt"
)
TYPED = "No air route between Astana and Burabay is being planned."


def worked(workspace: Workspace, tmp_path: Path) -> int:
    """Burabay with keyed English on two sentences (one reviewed) and typed on a third."""
    english = tmp_path / "burabay.en.tsv"
    english.write_text("p01.s01\tThe vice minister answered.\np02.s01\tThe akim had said so.\n")
    document = workspace.import_article(BURABAY, english, auto_tag=False).document_id
    session = Session(workspace)
    session.translate(workspace.quote_by_key(document, "p03.s01").id, TYPED)
    session.mark_reviewed([workspace.quote_by_key(document, "p01.s01").id])
    return document


def english(workspace: Workspace, document: int) -> dict[str, tuple[object, ...]]:
    return {
        q.key: (q.en, q.en_provenance.origin, q.en_provenance.reviewed)
        for q in workspace.quotes(document)
        if q.en_provenance is not None
    }


def test_typed_and_reviewed_english_is_backed_up_and_merged_into_a_fresh_import(
    workspace: Workspace, tmp_path: Path, seeded_template: Path
) -> None:
    document = worked(workspace, tmp_path)
    work = tmp_path / "work.jsonl"
    work.write_text(render_work(workspace), encoding="utf-8")
    records = [json.loads(line) for line in work.read_text().splitlines()]
    assert records[0]["version"] == 3
    kept = [
        (r["sentence"], r["origin"], r["reviewed"])
        for r in records
        if r.get("type") == "translation"
    ]
    # The bundled English and keyed English no one has read are not the user's work.
    assert kept == [("p01.s01", "keyed", True), ("p03.s01", "typed", False)]

    path = tmp_path / "colleague.db"
    shutil.copyfile(seeded_template, path)
    with Workspace.open(path) as other:
        fresh = other.import_article(BURABAY, auto_tag=False).document_id
        result = merge_work(other, work)
        assert result.translations == 2
        assert "2 English sentences" in result.summary("work.jsonl")
        assert english(other, fresh) == {
            "p01.s01": ("The vice minister answered.", "keyed", True),
            "p03.s01": (TYPED, "typed", False),
        }
        assert not merge_work(other, work).changed  # a second merge changes nothing
    with SearchEngine(path) as engine:
        hits = {h.sentence_id for h in engine.search("Burabay planned", limit=5)}
    with Workspace.open(path) as other:
        assert other.quote_by_key(fresh, "p03.s01").id in hits
    assert english(workspace, document)["p03.s01"] == (TYPED, "typed", False)


def test_differing_english_of_yours_is_kept_on_merge(
    workspace: Workspace, tmp_path: Path, seeded_template: Path
) -> None:
    worked(workspace, tmp_path)
    work = tmp_path / "work.jsonl"
    work.write_text(render_work(workspace), encoding="utf-8")
    path = tmp_path / "colleague.db"
    shutil.copyfile(seeded_template, path)
    with Workspace.open(path) as other:
        fresh = other.import_article(BURABAY, auto_tag=False).document_id
        other.translate(other.quote_by_key(fresh, "p03.s01").id, "My own wording.")
        result = merge_work(other, work)
        assert result.translation_conflicts == 1
        assert "differing from yours: yours kept" in result.summary("work.jsonl")
        assert other.quote_by_key(fresh, "p03.s01").en == "My own wording."


def test_removing_a_document_with_typed_english_needs_force(
    workspace: Workspace, tmp_path: Path
) -> None:
    document = worked(workspace, tmp_path)
    with pytest.raises(InputError, match="1 typed English sentence of yours"):
        workspace.remove_document(document)
    removal = workspace.remove_document(document, force=True)
    assert removal.backup is not None and "typed" in removal.backup.read_text()


def test_a_bad_translation_record_is_named(workspace: Workspace, tmp_path: Path) -> None:
    work = tmp_path / "bad.jsonl"
    header = {"format": "c5tui-work", "version": 2, "exported_at": "2026-01-01T00:00:00+00:00"}
    record = {
        "type": "translation",
        "document": "0" * 64,
        "sentence": "p01.s01",
        "lang": "en",
        "text": "x",
        "origin": "guessed",
        "updated_at": "2026-01-01T00:00:00+00:00",
    }
    work.write_text(f"{json.dumps(header)}\n{json.dumps(record)}\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.jsonl:2: 'origin' must be one of"):
        merge_work(workspace, work)
