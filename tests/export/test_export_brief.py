"""The brief: golden English and bilingual output in basket order, footnotes, no ids, pandoc."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from export_checks import Rendered, parse_front_matter, read_markdown
from export_work import (
    BRIEF_BASKET,
    BRIEF_HEADING,
    BRIEF_INTRO,
    BRIEF_NOTES,
    EXPORTED_AT,
    do_brief_work,
)

from c5tui.cli import cli
from c5tui.export.markdown import ExportRequest, render_markdown, selection_request
from c5tui.workspace import Workspace

DATA = Path(__file__).resolve().parent.parent / "data"
UPDATE_GOLDEN = os.environ.get("C5TUI_UPDATE_GOLDEN") == "1"
TITLE = "US–Kazakhstan cooperation on critical minerals"


@pytest.fixture
def brief_work(workspace: Workspace) -> Workspace:
    do_brief_work(workspace)
    return workspace


def brief(workspace: Workspace, lang: str, **options: object) -> str:
    request = selection_request(workspace, lang=lang, title=TITLE, intro=BRIEF_INTRO, **options)
    return render_markdown(workspace, request, exported_at=EXPORTED_AT)


def prose(seen: Rendered) -> list[str]:
    """Everything a reader of the rendered brief reads, footnotes included."""
    return [text for _, text in seen.blocks] + list(seen.footnotes.values())


@pytest.mark.parametrize("lang", ["en", "both"])
def test_the_brief_matches_its_golden_file_byte_for_byte(brief_work: Workspace, lang: str) -> None:
    golden = DATA / f"brief-golden-{lang}.md"
    markdown = brief(brief_work, lang)
    if UPDATE_GOLDEN:
        golden.write_text(markdown, encoding="utf-8", newline="")
    assert markdown.encode("utf-8") == golden.read_bytes()
    assert brief(brief_work, lang) == markdown  # a re-export is byte-identical


def test_the_brief_follows_the_basket_order_with_its_heading(brief_work: Workspace) -> None:
    seen = read_markdown(brief(brief_work, "en"))
    quotes = {q.id: q for q in brief_work.quotes()}
    claims = {c.id: c for c in brief_work.claims()}
    expected: list[tuple[str, str]] = [("paragraph", p) for p in BRIEF_INTRO.split("\n\n")]
    for kind, item_id in BRIEF_BASKET:
        if (kind, item_id) == ("sentence", 36):
            expected.append(("h2", BRIEF_HEADING))
        if kind == "sentence":
            expected.append(("quote", quotes[item_id].en or ""))
        else:
            claim = claims[item_id]
            expected.append(("paragraph", f"Claim ({claim.kind}): {claim.statement}"))
            expected.extend(("quote", quotes[i].en or "") for i in claim.sentence_ids)
        for owner, owner_id, body in BRIEF_NOTES:
            if (owner, owner_id) == (kind, item_id):
                expected.append(("item", f"Analyst's note (2025-11-06): {body}"))
    body = seen.blocks[1 : seen.blocks.index(("h2", "Sources"))]
    assert body == expected
    assert seen.blocks[0] == ("h1", TITLE)


def test_every_quote_and_claim_is_cited_by_a_footnote(brief_work: Workspace) -> None:
    for lang in ("en", "both", "kk"):
        seen = read_markdown(brief(brief_work, lang))
        per_quote = 2 if lang == "both" else 1
        # In both languages the English block, the last of each quote, carries the note.
        cited = seen.quote_refs[per_quote - 1 :: per_quote]
        assert all(len(refs) == 1 for refs in cited)
        assert all(refs == [] for refs in seen.quote_refs[::per_quote] if per_quote == 2)
        labels = [refs[0] for refs in cited]
        assert labels == [str(n) for n in range(1, len(labels) + 1)] == seen.refs
        assert sorted(seen.footnotes, key=int) == labels
        claims = [text for _, text in seen.blocks if text.startswith("Claim (")]
        assert len(claims) == 2
        for index, (_kind, text) in enumerate(seen.blocks):
            if text.startswith("Claim ("):
                assert seen.blocks[index + 1][0] == "quote"  # its words follow, cited


def test_no_internal_id_appears_in_the_prose(brief_work: Workspace) -> None:
    keys = {c.key for c in brief_work.claims()}
    for lang in ("en", "both", "kk"):
        markdown = brief(brief_work, lang)
        seen = read_markdown(markdown)
        for text in prose(seen):
            assert not re.search(r"\bid\b", text), text
            assert not any(re.search(rf"\b{key}\b", text) for key in keys), text
            assert "answer" not in text and "question," not in text, text
        # Machine anchors (stable keys, not row ids) live in HTML comments only.
        assert any(c.endswith("p17.s02") for c in seen.comments)
        without_comments = re.sub(r"<!--.*?-->", "", markdown)
        assert "p17.s02" not in without_comments


def test_an_english_brief_cites_english_names_titles_and_dates(brief_work: Workspace) -> None:
    seen = read_markdown(brief(brief_work, "en"))
    document = brief_work.document(1)
    notes = list(seen.footnotes.values())
    assert notes[0] == (
        f"“{document.title_en},” Kazinform, November 5, 2025, ¶1, sentence 1."
    )  # the outlet's own lead: no speaker
    assert notes[1] == (
        f"Rustem Mustafin, interviewed in “{document.title_en},” Kazinform, November 5, 2025,"
        " ¶17, sentence 2."
    )
    assert all(not re.search("[А-Яа-яӘәҚқҢңҒғҮүҰұӨөІі]", text) for text in prose(seen))


def test_the_speakers_english_name_can_be_set_per_document(
    brief_work: Workspace, db_path: Path
) -> None:
    result = CliRunner().invoke(
        cli, ["--db", str(db_path), "document", "1", "--speaker-en", "Rustem Moustafine"]
    )
    assert result.exit_code == 0, result.output
    with Workspace.open(db_path) as workspace:
        seen = read_markdown(brief(workspace, "en"))
    assert seen.footnotes["2"].startswith("Rustem Moustafine, interviewed in “")
    CliRunner().invoke(cli, ["--db", str(db_path), "document", "1", "--speaker-en", ""])
    with Workspace.open(db_path) as workspace:
        assert read_markdown(brief(workspace, "en")).footnotes["2"].startswith("Rustem Mustafin,")


def test_inline_citations_put_a_short_reference_after_each_quote(brief_work: Workspace) -> None:
    seen = read_markdown(brief(brief_work, "en", citations="inline"))
    assert seen.footnotes == {} and seen.refs == []
    after = [seen.blocks[i + 1][1] for i, b in enumerate(seen.blocks) if b[0] == "quote"]
    assert after[1] == "(Rustem Mustafin, Kazinform, 2025, ¶17 s2)"
    assert all(text.startswith("(") and text.endswith(")") for text in after)


def test_grouping_by_sector_regroups_quotes_and_claims(brief_work: Workspace) -> None:
    markdown = brief(brief_work, "en", group_by="sector")
    seen = read_markdown(markdown)
    labels = {t.label_en: t.id for t in brief_work.tags()}
    by_en = {q.en: q for q in brief_work.quotes()}
    sector = None
    placed = 0
    for kind, text in seen.blocks:
        if kind == "h2":
            sector = labels.get(text)
        elif kind == "quote" and sector is not None and text in by_en:
            quote = by_en[text]
            claims_of = [c for c in brief_work.claims() if quote.id in c.sentence_ids]
            tagged = {t.tag for t in quote.tags} | {t.tag for c in claims_of for t in c.tags}
            assert sector in tagged, (sector, text)
            placed += 1
    assert placed >= len(BRIEF_BASKET)
    assert ("h2", BRIEF_HEADING) in seen.headings  # minerals is also a sector here
    assert parse_front_matter(markdown)["group_by"] == "sector"


def test_an_untranslated_quote_says_so_in_its_note(tmp_path: Path, workspace: Workspace) -> None:
    article = tmp_path / "a.txt"
    article.write_text(" date 2025-01-02 Тақырып\nБірінші сөйлем. Екінші.\n", encoding="utf-8")
    ids = tuple(q.id for q in workspace.quotes(workspace.import_article(article).document_id))
    seen = read_markdown(render_markdown(workspace, ExportRequest(sentence_ids=ids, lang="en")))
    assert seen.quotes == ["Бірінші сөйлем.", "Екінші."]
    assert all("Kazakh original, not yet translated" in n for n in seen.footnotes.values())


def test_the_cli_writes_the_golden_brief_with_title_and_intro(
    brief_work: Workspace, db_path: Path, tmp_path: Path
) -> None:
    intro = tmp_path / "intro.md"
    intro.write_text(BRIEF_INTRO + "\n", encoding="utf-8")
    target = tmp_path / "brief.md"
    args = ["--db", str(db_path), "export", "--lang", "en", "--title", TITLE]
    result = CliRunner().invoke(cli, [*args, "--intro", str(intro), "-o", str(target)])
    assert result.exit_code == 0, result.output
    stamp = re.compile(r'^exported_at: ".*"$', re.MULTILINE)
    golden = (DATA / "brief-golden-en.md").read_text(encoding="utf-8")
    assert stamp.sub("", target.read_text(encoding="utf-8")) == stamp.sub("", golden)


@pytest.mark.skipif(
    shutil.which("pandoc") is None,
    reason="pandoc is not installed (Debian: apt-get install pandoc)",
)
def test_pandoc_makes_a_word_file_with_the_footnotes_as_footnotes(
    brief_work: Workspace, tmp_path: Path
) -> None:
    source = tmp_path / "brief.md"
    source.write_text(brief(brief_work, "en"), encoding="utf-8")
    target = tmp_path / "brief.docx"
    subprocess.run(["pandoc", str(source), "-o", str(target)], check=True, timeout=120)
    with zipfile.ZipFile(target) as docx:
        notes = docx.read("word/footnotes.xml").decode("utf-8")
        body = docx.read("word/document.xml").decode("utf-8")
    seen = read_markdown(source.read_text(encoding="utf-8"))
    texts = [
        "".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", n))
        for n in re.findall(r'<w:footnote w:id="(?!-1|0")\d+">(.*?)</w:footnote>', notes, re.DOTALL)
    ]
    expected = [text.replace("&", "&amp;") for text in seen.footnotes.values()]
    assert [t.strip() for t in texts] == expected
    assert body.count("<w:footnoteReference") == len(expected)
    assert TITLE in body and "c5tui fe7b" not in body  # anchors stay out of the document


def test_the_cooccurrence_table_counts_the_briefs_own_quotes(brief_work: Workspace) -> None:
    # Counted by hand from the curated tags of the basket's quotes and its claims' quotes:
    # p01.s01, p04.s01 (trump, biden), p05.s01 name the USA in geopolitics; p18.s03 in
    # minerals; p06.s01 and p18.s03 name Kazakhstan in minerals. No actor meets logistics.
    markdown = brief(brief_work, "en", with_cooccurrence=True)
    lines = [line for line in markdown.splitlines() if line.startswith("|")]
    header = [c.strip() for c in lines[0].strip("|").split("|")]
    assert header[0] == "Actor" and "Logistics" not in header
    rows = {
        cells[0]: dict(zip(header[1:], cells[1:], strict=True))
        for cells in ([c.strip() for c in line.strip("|").split("|")] for line in lines[2:])
    }
    assert rows["USA"]["Geopolitics"] == "3"
    assert rows["USA"]["Critical minerals"] == "1"
    assert rows["Kazakhstan"]["Critical minerals"] == "2"
    assert rows["China"]["Critical minerals"] == "1"
    assert rows["Kazakhstan"]["Geopolitics"] == "·"
    seen = read_markdown(markdown)
    assert ("h2", "Actors and sectors") in seen.headings
    assert "Actors and sectors" not in brief(brief_work, "en")
