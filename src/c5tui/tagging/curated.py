"""Curated tags and claims shipped with the bundled interview, validated against the codebook."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from c5tui.errors import InputError
from c5tui.tagging.codebook import read_toml

CLAIM_KINDS = ("fact", "statistic", "forecast", "opinion", "recommendation")


@dataclass(frozen=True, slots=True)
class CuratedClaim:
    key: str
    statement: str
    kind: str
    sentences: tuple[str, ...]
    tags: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CuratedData:
    tags: dict[str, tuple[str, ...]]
    claims: tuple[CuratedClaim, ...]


def load_curated(
    path: Path, tag_ids: Collection[str], sentence_keys: Collection[str]
) -> CuratedData:
    """Read curated tags and claims; every tag and sentence key must exist."""
    name = str(path)
    data = read_toml(path)

    def check_tags(values: object, where: str) -> tuple[str, ...]:
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            raise InputError(f"{where}: expected a list of tag ids", path=name)
        for value in values:
            if value not in tag_ids:
                raise InputError(f"{where}: unknown tag {value!r}", path=name)
        return tuple(values)

    tags: dict[str, tuple[str, ...]] = {}
    tag_table = data.get("tags", {})
    if not isinstance(tag_table, dict):
        raise InputError("[tags] is not a table", path=name)
    for key, values in tag_table.items():
        if key not in sentence_keys:
            raise InputError(f"[tags] {key!r} is not a sentence of the interview", path=name)
        tags[key] = check_tags(values, f"[tags] {key!r}")
    claims = []
    claim_tables = data.get("claim", [])
    if not isinstance(claim_tables, list):
        raise InputError("[[claim]] is not a list of tables", path=name)
    for number, entry in enumerate(claim_tables, start=1):
        where = f"claim #{number}"
        if not isinstance(entry, dict):
            raise InputError(f"{where}: not a table", path=name)
        key, statement, kind = entry.get("key"), entry.get("statement"), entry.get("kind")
        if not (isinstance(key, str) and isinstance(statement, str) and statement.strip()):
            raise InputError(f"{where}: needs a key and a statement", path=name)
        if kind not in CLAIM_KINDS:
            raise InputError(f"{where}: kind must be one of {', '.join(CLAIM_KINDS)}", path=name)
        sentences = entry.get("sentences")
        if not isinstance(sentences, list) or not sentences:
            raise InputError(f"{where}: needs the keys of the quotes that state it", path=name)
        for sentence in sentences:
            if sentence not in sentence_keys:
                raise InputError(f"{where}: {sentence!r} is not a sentence", path=name)
        claims.append(
            CuratedClaim(
                key, statement, kind, tuple(sentences), check_tags(entry.get("tags", []), where)
            )
        )
    return CuratedData(tags, tuple(claims))
