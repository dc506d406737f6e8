"""The gazetteer: countries, Kazakhstan's regions and cities, international bodies and the
countries of some companies, read from ``fixtures/gazetteer.toml`` and looked up by fold key."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from c5tui import resources
from c5tui.errors import InputError
from c5tui.tagging.codebook import read_toml
from c5tui.text.fold import fold

PlaceKind = str  # "place" or "organisation"


@dataclass(frozen=True, slots=True)
class Entry:
    """One place or body: the id it takes as a tag, its names, and where it belongs."""

    id: str
    kind: PlaceKind
    label_en: str
    label_kk: str
    names: tuple[str, ...]
    parent: str | None = None


@dataclass(frozen=True, slots=True)
class Gazetteer:
    entries: tuple[Entry, ...]
    by_key: dict[str, Entry]
    company_country: dict[str, str]
    longest: int  # the most words in one name, for window lookups

    def find(self, key: str) -> Entry | None:
        return self.by_key.get(key)

    def country_of_company(self, name: str) -> str | None:
        return self.company_country.get(fold(name))


def _strings(entry: dict[str, object], name: str, where: str, path: str) -> list[str]:
    value = entry.get(name, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise InputError(f"{where}: '{name}' must be a list of names", path=path)
    return list(value)


def _entry(raw: object, kind: PlaceKind, where: str, path: str) -> Entry:
    if not isinstance(raw, dict) or not isinstance(raw.get("id"), str):
        raise InputError(f"{where}: needs an id", path=path)
    label_en = raw.get("en")
    if not isinstance(label_en, str) or not label_en:
        raise InputError(f"{where}: needs an English name 'en'", path=path)
    kk = _strings(raw, "kk", where, path)
    if not kk:
        raise InputError(f"{where}: needs at least one Kazakh name 'kk'", path=path)
    names = (*kk, *_strings(raw, "ru", where, path), *_strings(raw, "other", where, path))
    parent = raw.get("parent")
    return Entry(
        raw["id"],
        kind,
        label_en,
        kk[0],
        (*names, label_en),
        parent if isinstance(parent, str) else None,
    )


def load_gazetteer(path: Path) -> Gazetteer:
    """Read and check a gazetteer file; raises :class:`InputError` naming the entry at fault."""
    name = str(path)
    data = read_toml(path)
    entries: list[Entry] = []
    for section, kind in (("place", "place"), ("body", "organisation")):
        items = data.get(section, [])
        if not isinstance(items, list):
            raise InputError(f"'{section}' must be a list of tables", path=name)
        for number, raw in enumerate(items, start=1):
            entries.append(_entry(raw, kind, f"{section} #{number}", name))
    by_key: dict[str, Entry] = {}
    for entry in entries:
        for spelling in entry.names:
            by_key.setdefault(fold(spelling), entry)
    companies: dict[str, str] = {}
    raw_companies = data.get("company", [])
    for raw in raw_companies if isinstance(raw_companies, list) else []:
        if isinstance(raw, dict) and isinstance(raw.get("name"), str):
            companies[fold(raw["name"])] = str(raw.get("country", ""))
    longest = max((len(key.split()) for key in by_key), default=1)
    return Gazetteer(tuple(entries), by_key, companies, longest)


@lru_cache(maxsize=1)
def bundled_gazetteer() -> Gazetteer:
    return load_gazetteer(resources.fixtures_dir() / "gazetteer.toml")
