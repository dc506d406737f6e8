"""The codebook: sector and actor tags in TOML, validated on load with clear errors."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from c5tui.errors import InputError
from c5tui.model import Tag

_ID = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
_REQUIRED = ("id", "kind", "label_kk", "label_en")


def _field(entry: dict[str, object], name: str, where: str, path: str) -> str:
    value = entry.get(name)
    if not isinstance(value, str) or not value.strip():
        raise InputError(f"{where}: '{name}' must be a non-empty string", path=path)
    return value


def read_toml(path: Path) -> dict[str, object]:
    """A TOML file's contents, or an :class:`InputError` naming the file and the problem."""
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise InputError("not UTF-8 text", path=str(path)) from None
    except OSError as exc:
        raise InputError(exc.strerror or "cannot be read", path=str(path)) from None
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"not valid TOML: {exc}", path=str(path)) from None


def load_codebook(path: Path) -> list[Tag]:
    """Read and validate a codebook file; raises :class:`InputError` naming the tag at fault."""
    name = str(path)
    data = read_toml(path)
    entries = data.get("tag")
    if not isinstance(entries, list) or not entries:
        raise InputError("expected one or more [[tag]] tables", path=name)
    tags: list[Tag] = []
    seen: set[str] = set()
    for number, entry in enumerate(entries, start=1):
        where = f"tag #{number}"
        if not isinstance(entry, dict):
            raise InputError(f"{where}: not a table", path=name)
        for required in _REQUIRED:
            _field(entry, required, where, name)
        tag_id = str(entry["id"])
        where = f"tag {tag_id!r}"
        if not _ID.match(tag_id):
            raise InputError(f"{where}: ids are lower-case ASCII letters, digits and _", path=name)
        if tag_id in seen:
            raise InputError(f"{where}: duplicate id", path=name)
        seen.add(tag_id)
        kind = entry["kind"]
        if kind not in ("sector", "actor"):
            raise InputError(f"{where}: kind must be sector or actor, not {kind!r}", path=name)
        aliases = entry.get("aliases", [])
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise InputError(f"{where}: aliases must be a list of strings", path=name)
        parent = entry.get("parent")
        if parent is not None and kind != "actor":
            raise InputError(f"{where}: only actors have a parent", path=name)
        colour = entry.get("colour")
        if colour is not None and not (isinstance(colour, str) and _COLOUR.match(colour)):
            raise InputError(f"{where}: colour must look like '#d62728'", path=name)
        tags.append(
            Tag(
                id=tag_id,
                kind=kind,
                label_kk=str(entry["label_kk"]),
                label_en=str(entry["label_en"]),
                definition=str(entry.get("definition", "")),
                aliases=tuple(aliases),
                parent=parent if isinstance(parent, str) else None,
                colour=colour,
            )
        )
    _check_parents(tags, name)
    return tags


def _check_parents(tags: list[Tag], path: str) -> None:
    by_id = {t.id: t for t in tags}
    for tag in tags:
        if tag.parent is None:
            continue
        parent = by_id.get(tag.parent)
        if parent is None or parent.kind != "actor":
            raise InputError(f"tag {tag.id!r}: parent {tag.parent!r} is not an actor", path=path)
        seen = {tag.id}
        while parent is not None:
            if parent.id in seen:
                raise InputError(f"tag {tag.id!r}: its parents form a cycle", path=path)
            seen.add(parent.id)
            parent = by_id.get(parent.parent) if parent.parent else None
