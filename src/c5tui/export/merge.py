"""Merging a work backup (``c5tui export --format jsonl``) into this database.

The merge is idempotent: importing the same file twice changes nothing. Only user tag
decisions are written (curated and automatic tags are the corpus's own); where this
database already holds a different decision of yours, yours is kept. A note whose text
is already on the same quote or claim is skipped; a note written at the same moment on
the same target as a note here, but with other text (two people edited the same note),
is added, and both versions are flagged as a conflict. Selection items are appended in the file's
order. English you typed or reviewed is written where the sentence has no English, or
English no one here typed or reviewed; where this database holds English of yours with
other text, yours is kept. Claims you made are added with the quotes that state them
(of any document this database holds); a claim here with the same words gains the
quotes it lacks, one with other words is yours and is kept. A codebook tag or curated
claim you edited is changed only where it is still as it came (the record's ``was``).
Verdicts on suggested claims and decisions on candidate actors are written where this
database has none; when the codebook gains tags or names, the auto-tagger runs again.
Records about documents this database does not hold are counted and skipped.

The whole file is checked line by line before anything is written, and written in one
transaction: a bad line names ``file:line`` and leaves the database as it was.
"""

from __future__ import annotations

import json
import math
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from c5tui.bounded_read import MIB, read_file
from c5tui.corpus.translation import ORIGINS
from c5tui.errors import InputError
from c5tui.export.backup import FORMAT, VERSION
from c5tui.tagging.certainty import CERTAINTIES
from c5tui.tagging.curated import CLAIM_KINDS
from c5tui.work_records import WORK_RECORD_TYPES as TYPES
from c5tui.work_records import MergeResult, WorkRecord
from c5tui.workspace import Workspace

DECISIONS = ("accepted", "rejected", "merged")

# Far above any real backup; the file is held in memory while it is checked.
MAX_BYTES = 256 * MIB


# -- reading and checking -----------------------------------------------------------------


class _Line:
    """Checks on one record, each failure an InputError naming ``file:line``."""

    def __init__(self, path: str, number: int, data: dict[str, Any]) -> None:
        self.path = path
        self.number = number
        self.data = data

    def fail(self, message: str) -> InputError:
        return InputError(message, path=self.path, line=self.number)

    def text(self, key: str, *, optional: bool = False, empty: bool = True) -> str | None:
        value = self.data.get(key)
        if value is None and optional:
            return None
        if not isinstance(value, str):
            raise self.fail(f"{key!r} must be a string")
        if not empty and not value.strip():
            raise self.fail(f"{key!r} cannot be empty")
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise self.fail(f"{key!r} holds text that is not valid Unicode") from None
        return value

    def timestamp(self, key: str) -> None:
        value = self.text(key, empty=False)
        try:
            datetime.fromisoformat(value or "")
        except ValueError:
            raise self.fail(f"invalid timestamp {value!r} in {key!r}") from None

    def flag(self, key: str, default: bool | None = None) -> bool:
        value = self.data.get(key, default)
        if not isinstance(value, bool):
            raise self.fail(f"{key!r} must be true or false")
        return value

    def target(self) -> None:
        self.text("document", empty=False)
        has_sentence = "sentence" in self.data
        has_claim = "claim" in self.data
        if has_sentence == has_claim:
            raise self.fail("a record names either a 'sentence' or a 'claim'")
        self.text("sentence" if has_sentence else "claim", empty=False)


def _tag_fields(line: _Line, data: dict[str, Any], where: str) -> None:
    for key in ("label_kk", "label_en"):
        if key in data and (not isinstance(data[key], str) or not data[key].strip()):
            raise line.fail(f"{where}{key!r} must be a non-empty string")
    if data.get("parent") is not None and not isinstance(data["parent"], str):
        raise line.fail(f"{where}'parent' must be a tag id or null")


def _check_tag_edit(line: _Line) -> None:
    line.text("id", empty=False)
    _tag_fields(line, line.data, "")
    aliases = line.data.get("aliases_added")
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a for a in aliases):
        raise line.fail("'aliases_added' must be a list of names")
    was = line.data.get("was")
    changed = {k for k in ("label_kk", "label_en", "parent") if k in line.data}
    if not isinstance(was, dict) or not changed <= set(was):
        raise line.fail("'was' must be an object: the changed fields as the codebook has them")
    _tag_fields(line, was, "'was': ")


def _check_candidate(line: _Line) -> None:
    line.text("key", empty=False)
    line.text("label", empty=False)
    if line.data.get("decision") not in DECISIONS:
        raise line.fail(f"'decision' must be one of {', '.join(DECISIONS)}")
    line.text("tag", optional=True)
    if line.data["decision"] != "rejected" and not line.data.get("tag"):
        raise line.fail("an accepted or merged candidate names its 'tag'")
    line.timestamp("decided_at")


def _claim_fields(line: _Line, data: dict[str, Any], where: str) -> None:
    if not isinstance(data.get("statement"), str) or not data["statement"].strip():
        raise line.fail(f"{where}'statement' must be a non-empty string")
    if data.get("kind") not in CLAIM_KINDS:
        raise line.fail(f"{where}'kind' must be one of {', '.join(CLAIM_KINDS)}")
    if data.get("certainty") is not None and data["certainty"] not in CERTAINTIES:
        raise line.fail(f"{where}'certainty' must be one of {', '.join(CERTAINTIES)}, or null")
    quotes = data.get("quotes")
    if not isinstance(quotes, list) or not all(
        isinstance(q, dict)
        and isinstance(q.get("document"), str)
        and isinstance(q.get("sentence"), str)
        for q in quotes
    ):
        raise line.fail(f"{where}'quotes' must be a list of {{document, sentence}} objects")


def _check_claim(line: _Line) -> None:
    if "claim" not in line.data:
        raise line.fail("a claim record names a 'claim'")
    line.target()
    if line.data.get("source") not in ("user", "curated"):
        raise line.fail("'source' must be user or curated")
    _claim_fields(line, line.data, "")
    line.timestamp("created_at")
    if line.data["source"] == "curated":
        was = line.data.get("was")
        if not isinstance(was, dict):
            raise line.fail("'was' must be an object: the curated claim as it came")
        _claim_fields(line, was, "'was': ")


def _check_suggestion(line: _Line) -> None:
    if "sentence" not in line.data:
        raise line.fail("a suggestion record names a 'sentence'")
    line.target()
    status = line.data.get("status")
    if status not in ("accepted", "dismissed"):
        raise line.fail("'status' must be accepted or dismissed")
    if status == "accepted":
        line.text("claim_key", empty=False)


_DECISIONS: dict[str, Callable[[_Line], None]] = {
    "tag_edit": _check_tag_edit,
    "candidate": _check_candidate,
    "claim": _check_claim,
    "suggestion": _check_suggestion,
}


def _check(line: _Line) -> str:
    kind = line.data.get("type")
    if kind not in TYPES:
        raise line.fail(f"unknown record type {kind!r} (expected {', '.join(TYPES)})")
    if kind == "tag_def":
        for key in ("id", "kind", "label_kk", "label_en"):
            line.text(key, empty=False)
        line.text("definition", optional=True)
        line.text("parent", optional=True)
        line.text("colour", optional=True)
        aliases = line.data.get("aliases", [])
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise line.fail("'aliases' must be a list of strings")
    elif kind in _DECISIONS:
        _DECISIONS[kind](line)
    elif kind == "tag":
        line.target()
        line.text("tag", empty=False)
        if line.data.get("source") not in ("curated", "auto", "user"):
            raise line.fail("'source' must be curated, auto or user")
        line.flag("removed", False)
        line.text("evidence", optional=True)
    elif kind == "translation":
        if "sentence" not in line.data:
            raise line.fail("a translation record names a 'sentence'")
        line.target()
        line.text("lang", empty=False)
        line.text("text", empty=False)
        if line.data.get("origin") not in ORIGINS:
            raise line.fail(f"'origin' must be one of {', '.join(ORIGINS)}")
        line.text("source", optional=True)
        confidence = line.data.get("confidence")
        if confidence is not None and (
            isinstance(confidence, bool)
            or not isinstance(confidence, int | float)
            or not 0 <= confidence <= 1
        ):
            raise line.fail("'confidence' must be a number from 0 to 1, or null")
        line.flag("needs_review", False)
        line.flag("reviewed", False)
        line.timestamp("updated_at")
    elif kind == "note":
        line.target()
        line.text("body", empty=False)
        # Stored as they are, then shown as dates and compared: they must be real times.
        line.timestamp("created_at")
        line.timestamp("updated_at")
        line.flag("conflict", False)
    else:
        if "heading" in line.data:
            line.text("heading", empty=False)
        else:
            line.target()
        position = line.data.get("position")
        if isinstance(position, bool) or not isinstance(position, int | float):
            raise line.fail("'position' must be a number")
        try:
            finite = math.isfinite(position)
        except OverflowError:
            finite = False
        if not finite:
            # Positions are sorted as floats: NaN, infinities and huge integers cannot be.
            raise line.fail("'position' must be a finite number")
    return str(kind)


def read_work(path: Path, *, database: Path | None = None) -> list[WorkRecord]:
    """Read and check a work file; the first bad line raises an error naming it.

    ``database``, the database in use, is refused as the work file without opening it.
    """
    name = str(path)
    raw = read_file(Path(path), limit=MAX_BYTES, kind="work file", database=database)
    records: list[WorkRecord] = []
    header_seen = False
    for number, chunk in enumerate(raw.split(b"\n"), start=1):
        if number == 1 and chunk.startswith(b"\xef\xbb\xbf"):
            chunk = chunk[3:]
        chunk = chunk.removesuffix(b"\r")
        try:
            text = chunk.decode("utf-8")
        except UnicodeDecodeError:
            raise InputError("not UTF-8 text", path=name, line=number) from None
        if not text.strip():
            continue
        data = _parse_line(text, name, number)
        if not isinstance(data, dict):
            raise InputError("expected a JSON object", path=name, line=number)
        if not header_seen:
            _check_header(data, name, number)
            header_seen = True
            continue
        records.append(WorkRecord(number, _check(_Line(name, number, data)), data))
    if not header_seen:
        raise InputError("empty file; expected a c5tui work backup", path=name)
    return records


def _parse_line(text: str, name: str, number: int) -> Any:
    """One line's JSON; the parser's own limits are reported like any other bad line."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"not valid JSON ({exc.msg})", path=name, line=number) from None
    except ValueError as exc:
        # Python refuses to convert longer integers (CVE-2020-10735).
        digits = sys.get_int_max_str_digits()
        why = f"a number of over {digits} digits" if "digits" in str(exc) else str(exc)
        raise InputError(f"not valid JSON ({why})", path=name, line=number) from None
    except RecursionError:
        raise InputError("not valid JSON (nested too deeply)", path=name, line=number) from None


def _check_header(data: dict[str, Any], name: str, number: int) -> None:
    if data.get("format") != FORMAT:
        raise InputError(
            f"not a c5tui work backup (expected a header with format {FORMAT!r})",
            path=name,
            line=number,
        )
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise InputError("the header's 'version' must be a positive number", path=name, line=number)
    if version > VERSION:
        raise InputError(
            f"written by a newer c5tui (format version {version}, this one reads {VERSION});"
            " upgrade c5tui to import it",
            path=name,
            line=number,
        )


def merge_work(workspace: Workspace, path: Path) -> MergeResult:
    """Merge a work backup into the workspace in one transaction; see the module notes."""
    records = read_work(path, database=workspace.path)
    return workspace.merge_work_records(records, str(path))
