"""REFI-QDA exports validated against the official QDA-XML project schema, on real data."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from c5tui.cli import cli
from c5tui.export.refi import CODEBOOK_NS, PROJECT_NS, guid
from c5tui.workspace import Workspace

SCHEMA = Path(__file__).resolve().parents[1] / "data" / "refi" / "Project-mrt2019.xsd"
ARTICLES = Path(__file__).resolve().parents[1] / "data" / "articles"
NS = {"q": PROJECT_NS}


@pytest.fixture(scope="module")
def schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(SCHEMA)))


def _valid(schema: etree.XMLSchema, document: etree._Element) -> None:
    if not schema.validate(document):
        raise AssertionError(str(schema.error_log))


def _as_project(codebook: etree._Element) -> etree._Element:
    """The .qdc's codes moved into a project document: the official Codebook.xsd was not
    available as a file (see tests/data/refi/README.md), its CodeBookType is the project's."""
    project = etree.Element(f"{{{PROJECT_NS}}}Project", name="codebook check")
    moved = etree.fromstring(
        etree.tostring(codebook).replace(CODEBOOK_NS.encode(), PROJECT_NS.encode())
    )
    moved.attrib.pop("origin", None)
    project.append(moved)
    return project


def test_codebook_qdc(workspace: Workspace, tmp_path: Path, schema: etree.XMLSchema) -> None:
    path = tmp_path / "codebook.qdc"
    assert workspace.export_codebook_qdc(path) == len(workspace.tags())
    raw = path.read_bytes()
    assert b"\r" not in raw
    root = etree.fromstring(raw)
    assert root.tag == f"{{{CODEBOOK_NS}}}CodeBook"
    _valid(schema, _as_project(root))  # the official project schema's CodeBookType
    # Companies under their country, people under theirs; sectors at the top.
    usa = root.find(f".//{{{CODEBOOK_NS}}}Code[@guid='{guid('tag', 'usa')}']")
    assert usa is not None and usa.get("name") == "USA"
    inside = {c.get("guid") for c in usa.iter(f"{{{CODEBOOK_NS}}}Code")}
    assert {guid("tag", t) for t in ("chevron", "wabtec", "trump")} <= inside
    top = [c.get("name") for c in root.find(f"{{{CODEBOOK_NS}}}Codes")]  # type: ignore[union-attr]
    assert "Critical minerals" in top and "Chevron" not in top


def test_project_qdpx(workspace: Workspace, tmp_path: Path, schema: etree.XMLSchema) -> None:
    workspace.import_article(ARTICLES / "zakon-tenge-rate.txt")
    lithium = next(q for q in workspace.quotes() if "литий" in q.kk.lower())
    workspace.add_note("sentence", lithium.id, "Литий: a memo\non two lines")
    path = tmp_path / "project.qdpx"
    assert workspace.export_project_qdpx(path) == 2
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        qde = archive.read("project.qde")
        texts = {n: archive.read(n).decode("utf-8") for n in names if n.startswith("Sources/")}
    assert "project.qde" in names and len(texts) == 2
    assert all("\r" not in t for t in texts.values()) and b"\r" not in qde
    root = etree.fromstring(qde)
    _valid(schema, root)

    quotes = {q.id: q for q in workspace.quotes()}
    by_guid = {guid("quote", d.content_hash, q.key): q for d in workspace.documents()
               for q in quotes.values() if q.document_id == d.id}  # fmt: skip
    selections = root.findall(".//q:PlainTextSelection", NS)
    assert selections
    for selection in selections:
        source = selection.getparent()
        path_in_zip = "Sources/" + source.get("plainTextPath").removeprefix("internal://")
        text = texts[path_in_zip]
        start, end = int(selection.get("startPosition")), int(selection.get("endPosition"))
        quote = by_guid[selection.get("guid")]
        assert text[start:end] == quote.kk  # Python string indices into the source
        coded = {
            c.find("q:CodeRef", NS).get("targetGUID") for c in selection.findall("q:Coding", NS)
        }
        assert coded == {guid("tag", ref.tag) for ref in quote.tags}
    tagged = {q.id for q in quotes.values() if q.tags}
    assert {by_guid[s.get("guid")].id for s in selections} == tagged | {lithium.id}

    memo = root.find(".//q:Notes/q:Note", NS)
    assert memo is not None
    assert memo.find("q:PlainTextContent", NS).text == "Литий: a memo\non two lines"
    mine = next(s for s in selections if by_guid[s.get("guid")].id == lithium.id)
    assert mine.find("q:NoteRef", NS).get("targetGUID") == memo.get("guid")


def test_cli_writes_both_and_refuses_to_overwrite(db_path: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    qdc, qdpx = tmp_path / "c.qdc", tmp_path / "p.qdpx"
    result = runner.invoke(cli, ["--db", str(db_path), "refi-qda", "codebook", str(qdc)])
    assert result.exit_code == 0 and "codes" in result.stdout
    result = runner.invoke(cli, ["--db", str(db_path), "refi-qda", "project", str(qdpx)])
    assert result.exit_code == 0 and "wrote 1 document to" in result.stdout
    again = runner.invoke(cli, ["--db", str(db_path), "refi-qda", "project", str(qdpx)])
    assert again.exit_code != 0 and "exists" in again.stderr
    forced = ["--db", str(db_path), "refi-qda", "project", str(qdpx), "--force"]
    assert runner.invoke(cli, forced).exit_code == 0
