"""The Markdown export: golden output, faithful text, front matter, grouping, order."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from export_checks import parse_front_matter, read_markdown
from export_work import EXPORTED_AT, HOSTILE_NOTES, WORK_NOTES, add_note

from c5tui.errors import InputError, NotFoundError
from c5tui.export.markdown import (
    ExportRequest,
    filter_request,
    render_markdown,
    search_request,
    selection_request,
)
from c5tui.workspace import Workspace

GOLDEN = Path(__file__).resolve().parent.parent / "data" / "export-golden.md"
UPDATE_GOLDEN = os.environ.get("C5TUI_UPDATE_GOLDEN") == "1"


def groups(headings: list[tuple[str, str]]) -> list[str]:
    """The group headings: second-level headings other than Claims and Sources."""
    return [text for level, text in headings if level == "h2" and text not in ("Claims", "Sources")]


def test_selection_export_matches_the_approved_golden_file(known_work: Workspace) -> None:
    markdown = render_markdown(known_work, selection_request(known_work), exported_at=EXPORTED_AT)
    if UPDATE_GOLDEN:
        GOLDEN.write_text(markdown, encoding="utf-8", newline="")
    assert markdown == GOLDEN.read_text(encoding="utf-8")


def test_golden_export_reads_back_as_the_stored_text(known_work: Workspace) -> None:
    markdown = render_markdown(known_work, selection_request(known_work), exported_at=EXPORTED_AT)
    seen = read_markdown(markdown)
    # The basket's quotes, then its claims with the words of the quotes that state them.
    ids = [36, 91, 27, 6, 45, 1, 36, 89, 116, 117, 118]
    by_id = {q.id: q for q in known_work.quotes_by_id(ids)}
    assert seen.quotes == [text for i in ids for text in (by_id[i].kk, by_id[i].en)]
    bodies = [body for _, body in seen.notes()]
    assert bodies == [n[1] for n in WORK_NOTES] + [known_work.notes("claim", 23)[0].body]
    labels = [label for label, _ in seen.notes()]
    assert labels == [
        "2025-11-06",
        "2025-11-06",
        "2025-11-06, conflict",
        "2025-11-06",
    ]
    assert (
        "Claim (statistic): China controls 80% of the world's rare-metal processing capacity."
        in seen.paragraphs
    )
    assert ("h2", "Sources") in seen.headings


def test_every_quote_of_the_interview_and_every_hostile_note_renders_verbatim(
    workspace: Workspace,
) -> None:
    quotes = workspace.quotes()
    assert len(quotes) >= 120
    for number, body in enumerate(HOSTILE_NOTES):
        add_note(
            workspace, body, f"2025-11-06T10:{number:02d}:00+00:00", sentence_id=quotes[number].id
        )
    request = ExportRequest(sentence_ids=tuple(q.id for q in quotes), group_by="none")
    seen = read_markdown(render_markdown(workspace, request))

    assert seen.quotes == [text for q in quotes for text in (q.kk, q.en)]
    assert [body for _, body in seen.notes()] == HOSTILE_NOTES
    for lang, side in (("kk", "kk"), ("en", "en")):
        request = ExportRequest(sentence_ids=tuple(q.id for q in quotes), lang=lang)
        seen = read_markdown(render_markdown(workspace, request))
        assert seen.quotes == [getattr(q, side) for q in quotes]


def test_footnotes_name_speaker_source_date_and_place(workspace: Workspace) -> None:
    document = workspace.document(1)
    ids = (36, 27, 91)  # an answer, a question, another answer of the same speaker
    kk = read_markdown(render_markdown(workspace, ExportRequest(sentence_ids=ids, lang="kk")))
    assert kk.quote_refs == [["1"], ["2"], ["3"]]
    assert kk.footnotes["1"] == (
        f"Рүстем Мұстафин, «{document.title}», Kazinform, 2025-11-05, ¶17 s2."
    )
    assert kk.footnotes["2"] == (
        f"Kazinform тілшісі, «{document.title}», Kazinform, 2025-11-05, ¶13 s1."
    )
    # A later note on a speaker already cited from the source is short: who, title, place.
    assert kk.footnotes["3"] == (
        "Рүстем Мұстафин, «АҚШ-тың Орталық Азияға қызығушылығының…», ¶35 s3."
    )
    en = read_markdown(render_markdown(workspace, ExportRequest(sentence_ids=ids, lang="en")))
    assert en.footnotes["1"] == (
        f"Rustem Mustafin, interviewed in “{document.title_en},” Kazinform, November 5, 2025,"
        " ¶17, sentence 2."
    )
    assert en.footnotes["2"] == (
        f"Question by Kazinform correspondent, in “{document.title_en},” Kazinform,"
        " November 5, 2025, ¶13, sentence 1."
    )
    assert en.footnotes["3"] == (
        "Rustem Mustafin, “Geoeconomic calculation behind US…,” ¶35, sentence 3."
    )


def test_front_matter_is_yaml_with_the_documents_filters_and_counts(known_work: Workspace) -> None:
    request = selection_request(known_work)
    markdown = render_markdown(known_work, request, exported_at=EXPORTED_AT)
    meta = parse_front_matter(markdown)
    document = known_work.document(1)
    assert meta["title"] == f"Kazinform, November 5, 2025: {document.title_en}"
    assert meta["outlet"] == "Kazinform"
    assert meta["documents"] == [
        {"title": document.title, "title_en": document.title_en, "date": "2025-11-05", "url": None}
    ]
    assert meta["exported_at"] == EXPORTED_AT
    assert meta["query"] is None
    assert meta["filters"] == {"source": "selection"}
    assert meta["counts"] == {"quotes": 6, "claims": 2, "notes": 4}
    assert (meta["group_by"], meta["citations"]) == ("none", "notes")
    assert read_markdown(markdown).front_matter.startswith("title: ")


def test_front_matter_escapes_a_hostile_query(workspace: Workspace) -> None:
    query = 'coal "reserves" \\ #: - [x]'
    request = search_request(workspace, query, description={"source": "query", "query": query})
    meta = parse_front_matter(render_markdown(workspace, request))
    assert meta["query"] == query
    assert meta["filters"] == {"source": "query"}


def test_same_request_gives_the_same_bytes_apart_from_exported_at(known_work: Workspace) -> None:
    request = selection_request(known_work)
    first = render_markdown(known_work, request)
    second = render_markdown(known_work, request, exported_at="2030-01-01T00:00:00+00:00")
    normalise = re.compile(r'^exported_at: ".*"$', re.MULTILINE)
    assert first != second
    assert normalise.sub("", first) == normalise.sub("", second)
    assert render_markdown(known_work, request, exported_at=EXPORTED_AT) == render_markdown(
        known_work, request, exported_at=EXPORTED_AT
    )


def test_group_by_sector_follows_the_codebook_and_repeats_multi_tagged_quotes(
    workspace: Workspace,
) -> None:
    request = ExportRequest(sentence_ids=(20, 6, 36, 9), group_by="sector", lang="en")
    seen = read_markdown(render_markdown(workspace, request))
    assert groups(seen.headings) == [
        "Critical minerals",
        "Logistics",
        "Trade and investment",
        "Geopolitics",
        "Untagged",
    ]
    by_id = {q.id: q.en for q in workspace.quotes_by_id([20, 6, 36, 9])}
    # minerals: 36, 9 (request order); logistics: 9; trade: 6; geopolitics: 6; untagged: 20
    assert seen.quotes == [by_id[i] for i in (36, 9, 9, 6, 6, 20)]


def test_group_by_actor_and_by_document(workspace: Workspace) -> None:
    request = ExportRequest(sentence_ids=(33, 36, 20), group_by="actor", lang="kk")
    seen = read_markdown(render_markdown(workspace, request))
    assert groups(seen.headings) == ["China", "Donald Trump", "Untagged"]
    request = ExportRequest(sentence_ids=(36, 20), group_by="document")
    seen = read_markdown(render_markdown(workspace, request))
    document = workspace.document(1)
    title = f"“{document.title_en}” («{document.title}»)"
    assert ("h2", f"{title} — Kazinform, November 5, 2025") in seen.headings


def test_group_by_none_keeps_the_given_order(workspace: Workspace) -> None:
    request = ExportRequest(sentence_ids=(91, 1, 50), group_by="none", lang="kk")
    seen = read_markdown(render_markdown(workspace, request))
    assert seen.quotes == [q.kk for q in workspace.quotes_by_id([91, 1, 50])]
    assert [level for level, _ in seen.headings] == ["h1", "h2"]  # the title, then Sources


def test_without_notes_no_note_is_shown_or_counted(known_work: Workspace) -> None:
    request = selection_request(known_work, with_notes=False)
    markdown = render_markdown(known_work, request)
    assert read_markdown(markdown).notes() == []
    assert parse_front_matter(markdown)["counts"]["notes"] == 0


def test_a_claim_shows_the_words_of_its_quotes_each_cited_and_its_notes(
    known_work: Workspace,
) -> None:
    request = ExportRequest(claim_ids=(23,), lang="en")
    seen = read_markdown(render_markdown(known_work, request))
    claim = known_work.claim(23)
    assert seen.paragraphs[0] == f"Claim (opinion): {claim.statement}"
    stated = known_work.quotes_by_id(claim.sentence_ids)
    assert seen.quotes == [q.en for q in stated]
    assert seen.quote_refs == [["1"], ["2"], ["3"], ["4"]]
    assert [label for label, _ in seen.notes()] == ["2025-11-06"]
    assert all(
        f"¶{q.paragraph}, sentence {q.sentence}" in seen.footnotes[str(n)]
        for n, q in enumerate(stated, start=1)
    )


def test_filter_by_actor_includes_children_and_by_sector(workspace: Workspace) -> None:
    request = ExportRequest(sentence_ids=(33, 36, 10, 12), claim_ids=(1, 19))
    usa = filter_request(workspace, request, actor="usa")
    assert usa.sentence_ids == (33, 12)  # 33 is tagged trump only, a child of usa
    assert usa.claim_ids == (19,)
    assert usa.description == {"actor": "usa"}
    minerals = filter_request(workspace, request, sector="minerals", actor="china")
    assert minerals.sentence_ids == (36,)
    assert minerals.claim_ids == (1,)
    with pytest.raises(InputError, match="unknown tag 'nope'"):
        filter_request(workspace, request, sector="nope")


def test_search_request_keeps_the_search_order(workspace: Workspace) -> None:
    from c5tui.search.engine import SearchEngine

    request = search_request(workspace, "көмір")
    with SearchEngine(workspace.path) as engine:  # type: ignore[arg-type]
        expected = tuple(h.sentence_id for h in engine.search("көмір", limit=1000))
    assert request.sentence_ids == expected and len(expected) > 3
    assert request.description == {"source": "query", "query": "көмір"}


def test_unknown_ids_and_bad_options_are_errors(workspace: Workspace) -> None:
    with pytest.raises(NotFoundError, match="no quote with id 99999"):
        render_markdown(workspace, ExportRequest(sentence_ids=(1, 99999)))
    with pytest.raises(NotFoundError, match="no claim with id 999"):
        render_markdown(workspace, ExportRequest(claim_ids=(999,)))
    with pytest.raises(InputError, match="language"):
        ExportRequest(lang="ru")  # type: ignore[arg-type]
    with pytest.raises(InputError, match="grouping"):
        ExportRequest(group_by="speaker")  # type: ignore[arg-type]


def test_untranslated_quote_shows_its_kazakh_text(tmp_path: Path, workspace: Workspace) -> None:
    article = tmp_path / "a.txt"
    article.write_text(
        " date 2025-01-02 Тақырып\nБірінші *сөйлем*. Екінші сөйлем.\n", encoding="utf-8"
    )
    result = workspace.import_article(article)
    ids = tuple(q.id for q in workspace.quotes(result.document_id))
    for lang in ("both", "en"):
        seen = read_markdown(render_markdown(workspace, ExportRequest(sentence_ids=ids, lang=lang)))
        assert seen.quotes == ["Бірінші *сөйлем*.", "Екінші сөйлем."]
