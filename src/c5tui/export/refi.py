"""REFI-QDA exchange files: the codebook as ``.qdc`` and the project as ``.qdpx``.

The ``.qdpx`` is a zip with ``project.qde`` (QDA-XML, urn:QDA-XML:project:1.0) and each
document's stored source text under ``Sources/``. A quote is a ``PlainTextSelection``
of its source, positions counted in characters (Python string indices, as QualCoder
counts them) of that text; its tags are ``Coding``s; notes are ``Note`` memos, referred
to from their quote. Line endings are ``\\n``. GUIDs derive from the stored data, so
exporting twice gives the same ids. Claims are not exported (QDA-XML has no such thing).
"""

from __future__ import annotations

import io
import uuid
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from xml.etree import ElementTree as ET

from c5tui import __version__
from c5tui.model import Note, Tag, TagRef

CODEBOOK_NS = "urn:QDA-XML:codebook:1.0"
PROJECT_NS = "urn:QDA-XML:project:1.0"
_ROOT = uuid.UUID("6f1c5e2a-3b8d-5c1e-9a47-0c5a1e2b3d4f")  # c5tui's namespace for GUIDs


def guid(*parts: object) -> str:
    """A stable GUID for one thing in the export (a tag, a source, a selection…)."""
    return str(uuid.uuid5(_ROOT, "/".join(str(p) for p in parts)))


@dataclass(frozen=True, slots=True)
class SourceText:
    """One document: its stored text and its quotes with their tags and notes."""

    content_hash: str
    title: str
    text: str
    quotes: Sequence[QuoteSpan]


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    key: str
    start: int
    end: int
    tags: Sequence[TagRef]
    notes: Sequence[Note]


def _description(tag: Tag) -> str:
    lines = [f"id: {tag.id}", f"kk: {tag.label_kk}", f"kind: {tag.kind}"]
    if tag.definition:
        lines.append(tag.definition)
    if tag.aliases:
        lines.append("aliases: " + "; ".join(tag.aliases))
    return "\n".join(lines)


def _codes(parent: ET.Element, ns: str, tags: Sequence[Tag]) -> None:
    """Sectors at the top; actors nested under their parents, as the codebook has them."""
    ids = {t.id for t in tags}
    children: dict[str | None, list[Tag]] = {}
    for tag in tags:
        owner = tag.parent if tag.parent in ids else None
        children.setdefault(owner, []).append(tag)

    def add(under: ET.Element, tag: Tag) -> None:
        attrs = {"guid": guid("tag", tag.id), "name": tag.label_en, "isCodable": "true"}
        if tag.colour:
            attrs["color"] = tag.colour
        code = ET.SubElement(under, f"{{{ns}}}Code", attrs)
        ET.SubElement(code, f"{{{ns}}}Description").text = _description(tag)
        for child in children.get(tag.id, []):
            add(code, child)

    codes = ET.SubElement(parent, f"{{{ns}}}Codes")
    for tag in sorted(children.get(None, []), key=lambda t: (t.kind != "sector", t.id)):
        add(codes, tag)


def _xml(root: ET.Element) -> str:
    ET.indent(root)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, "unicode") + "\n"


def codebook_qdc(tags: Sequence[Tag]) -> str:
    """The codebook as a REFI-QDA ``.qdc`` document."""
    ET.register_namespace("", CODEBOOK_NS)
    root = ET.Element(f"{{{CODEBOOK_NS}}}CodeBook", {"origin": f"c5tui {__version__}"})
    _codes(root, CODEBOOK_NS, tags)
    return _xml(root)


def _q(name: str) -> str:
    return f"{{{PROJECT_NS}}}{name}"


def project_qde(name: str, tags: Sequence[Tag], sources: Iterable[SourceText], when: str) -> str:
    """``project.qde``: users, codebook, sources with coded selections, and notes."""
    ET.register_namespace("", PROJECT_NS)
    user = guid("user", "c5tui")
    root = ET.Element(
        _q("Project"),
        {"name": name, "origin": f"c5tui {__version__}", "creatingUserGUID": user,
         "creationDateTime": when},
    )  # fmt: skip
    users = ET.SubElement(root, _q("Users"))
    ET.SubElement(users, _q("User"), {"guid": user, "name": "c5tui"})
    ET.SubElement(root, _q("CodeBook"))
    _codes(root.find(_q("CodeBook")), PROJECT_NS, tags)  # type: ignore[arg-type]
    source_list = ET.SubElement(root, _q("Sources"))
    memos: list[tuple[str, Note]] = []
    for source in sources:
        source_guid = guid("source", source.content_hash)
        element = ET.SubElement(
            source_list,
            _q("TextSource"),
            {"guid": source_guid, "name": source.title,
             "plainTextPath": f"internal://{source_guid}.txt", "creatingUser": user,
             "creationDateTime": when},
        )  # fmt: skip
        for quote in source.quotes:
            if not quote.tags and not quote.notes:
                continue
            selection = ET.SubElement(
                element,
                _q("PlainTextSelection"),
                {"guid": guid("quote", source.content_hash, quote.key), "name": quote.key,
                 "startPosition": str(quote.start), "endPosition": str(quote.end),
                 "creatingUser": user, "creationDateTime": when},
            )  # fmt: skip
            for ref in quote.tags:
                coding = ET.SubElement(
                    selection,
                    _q("Coding"),
                    {"guid": guid("coding", source.content_hash, quote.key, ref.tag),
                     "creatingUser": user, "creationDateTime": when},
                )  # fmt: skip
                ET.SubElement(coding, _q("CodeRef"), {"targetGUID": guid("tag", ref.tag)})
            for note in quote.notes:
                note_guid = guid("note", note.id, note.created_at)
                ET.SubElement(selection, _q("NoteRef"), {"targetGUID": note_guid})
                memos.append((note_guid, note))
    if memos:
        notes = ET.SubElement(root, _q("Notes"))
        for note_guid, note in memos:
            memo = ET.SubElement(
                notes, _q("Note"), {"guid": note_guid, "name": f"note {note.id}",
                                    "creatingUser": user, "creationDateTime": when},
            )  # fmt: skip
            ET.SubElement(memo, _q("PlainTextContent")).text = _lf(note.body)
    return _xml(root)


def _lf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def project_qdpx(name: str, tags: Sequence[Tag], sources: Sequence[SourceText], when: str) -> bytes:
    """The ``.qdpx`` archive: ``project.qde`` and ``Sources/<guid>.txt`` for each document."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("project.qde", project_qde(name, tags, sources, when))
        for source in sources:
            path = f"Sources/{guid('source', source.content_hash)}.txt"
            archive.writestr(path, source.text.encode("utf-8"))
    return buffer.getvalue()
