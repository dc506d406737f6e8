"""Query syntax: free text, ``"exact phrases"`` and ``key:value`` filters.

Filters: ``sector:ID``, ``actor:ID``, ``speaker:TEXT``, ``role:question|answer|lead``,
``has:note``, ``is:selected``, ``doc:ID``. A value may be quoted
(``speaker:"Рүстем Мұстафин"``). Anything else, including unknown ``word:word``
pairs and stray quotes, is searched as text: no input is an error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

FILTER_KEYS = ("sector", "actor", "speaker", "role", "has", "is", "doc")
_FILTER = re.compile(
    r"(?<!\S)(?P<key>" + "|".join(FILTER_KEYS) + r')[:=](?:"(?P<quoted>[^"]*)"|(?P<bare>\S+))',
    re.IGNORECASE,
)
_PHRASE = re.compile(r'"([^"]+)"')
MAX_QUERY_CHARS = 2000


@dataclass(frozen=True, slots=True)
class Query:
    text: str = ""
    phrases: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    speakers: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    has_note: bool = False
    selected: bool = False
    documents: tuple[str, ...] = ()
    errors: tuple[str, ...] = field(default=())

    @property
    def has_filters(self) -> bool:
        return bool(
            self.sectors
            or self.actors
            or self.speakers
            or self.roles
            or self.has_note
            or self.selected
            or self.documents
        )


def parse_query(raw: str) -> Query:
    """Split a raw query into text and filters. Never raises."""
    raw = raw[:MAX_QUERY_CHARS]
    values: dict[str, list[str]] = {key: [] for key in FILTER_KEYS}
    problems: list[str] = []

    def take(match: re.Match[str]) -> str:
        key = match.group("key").lower()
        value = match.group("quoted") if match.group("quoted") is not None else match.group("bare")
        value = value.strip()
        if value:
            values[key].append(value)
        return " "

    text = _FILTER.sub(take, raw)
    phrases = tuple(p.strip() for p in _PHRASE.findall(text) if p.strip())
    has_note = False
    selected = False
    for value in values["has"]:
        if value.lower() in ("note", "notes"):
            has_note = True
        else:
            problems.append(f"has:{value} (only has:note)")
    for value in values["is"]:
        if value.lower() == "selected":
            selected = True
        else:
            problems.append(f"is:{value} (only is:selected)")
    roles = []
    for value in values["role"]:
        role = {"q": "question", "a": "answer"}.get(value.lower(), value.lower())
        if role in ("question", "answer", "lead"):
            roles.append(role)
        else:
            problems.append(f"role:{value} (question, answer or lead)")
    return Query(
        text=text.replace('"', " ").strip(),
        phrases=phrases,
        sectors=tuple(v.lower() for v in values["sector"]),
        actors=tuple(v.lower() for v in values["actor"]),
        speakers=tuple(values["speaker"]),
        roles=tuple(roles),
        has_note=has_note,
        selected=selected,
        documents=tuple(values["doc"]),
        errors=tuple(problems),
    )
