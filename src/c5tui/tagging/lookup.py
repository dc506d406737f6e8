"""Finding codebook tags by what a user types, in any script, and naming new ones.

Typed text and every name of a tag (id, English and Kazakh labels, aliases) are compared
as search keys (:func:`c5tui.text.fold`), so ``АҚШ``, ``aqsh`` and ``USA`` meet.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from enum import IntEnum

from rapidfuzz import fuzz

from c5tui.model import Tag
from c5tui.text import fold

MIN_SCORE = 80.0
# Two or three letters are close to too many names to be taken as a typo of one.
MIN_TYPO_LENGTH = 4
ID_LENGTH = 40


class Match(IntEnum):
    """How a tag was found, best first."""

    PREFIX = 0  # its id or a label starts with what was typed
    WORD = 1  # a word of its id or a label does
    ALIAS = 2  # an alias, or a word of one, does
    FUZZY = 3  # some name is close to it (a typo)


@dataclass(frozen=True, slots=True)
class Found:
    """A tag that matches what was typed; ``alias`` is set when no id or label matched."""

    tag: Tag
    match: Match
    alias: str | None = None


def _names(tag: Tag) -> list[tuple[str, str | None]]:
    """(folded name, the alias it is or None for the id and labels)."""
    names: list[tuple[str, str | None]] = [
        (fold(tag.id.replace("_", " ")), None),
        (fold(tag.label_en), None),
        (fold(tag.label_kk), None),
    ]
    names += [(fold(alias), alias) for alias in tag.aliases]
    return [(key, alias) for key, alias in names if key]


def _match(name: str, key: str, alias: str | None) -> Match | None:
    if name.startswith(key):
        return Match.ALIAS if alias is not None else Match.PREFIX
    if any(word.startswith(key) for word in name.split()):
        return Match.ALIAS if alias is not None else Match.WORD
    return None


def _find(tag: Tag, key: str) -> tuple[Found, float] | None:
    """The tag's best match for ``key`` and, for typos, its closeness."""
    names = _names(tag)
    starts = [(m, n, a) for n, a in names if (m := _match(n, key, a)) is not None]
    if starts:
        match, name, alias = min(starts, key=lambda found: (found[0], found[1] != key))
        by_label = any(alias is None for _m, _n, alias in starts)
        # A name that is exactly what was typed beats one that only starts with it.
        return Found(tag, match, None if by_label else alias), 101.0 if name == key else 100.0
    if len(key) < MIN_TYPO_LENGTH:
        return None
    scores = [(fuzz.partial_ratio(key, name), alias) for name, alias in names]
    close = [(score, alias) for score, alias in scores if score >= MIN_SCORE]
    if not close:
        return None
    best, alias = max(close, key=lambda found: found[0])
    by_label = any(alias is None for _s, alias in close)
    return Found(tag, Match.FUZZY, None if by_label else alias), best


def rank_tags(tags: Sequence[Tag], typed: str) -> list[Found]:
    """The tags that match what was typed, best first; every tag, in order, for nothing."""
    key = fold(typed)
    if not key:
        return [Found(tag, Match.PREFIX) for tag in tags]
    found = [(index, hit) for index, tag in enumerate(tags) if (hit := _find(tag, key))]
    # Within a kind of match: exact names and closer typos first, then the codebook's order.
    found.sort(key=lambda item: (item[1][0].match, -item[1][1], item[0]))
    return [hit for _index, (hit, _score) in found]


def _is_name(tag: Tag, alias: str | None) -> bool:
    """Whether a name of the tag calls it: a sector's lower-case aliases (темір жол,
    астық) are its topical vocabulary, words about the sector that a new tag may take."""
    return alias is None or tag.kind != "sector" or alias != alias.lower()


def named_tag(tags: Sequence[Tag], typed: str) -> Tag | None:
    """The tag already called ``typed`` (its id, a label or an alias that is a name, such
    as АҚШ or Middle Corridor), in any script."""
    key = fold(typed)
    if not key:
        return None
    return next(
        (
            tag
            for tag in tags
            if any(name == key and _is_name(tag, alias) for name, alias in _names(tag))
        ),
        None,
    )


def new_tag_id(label_en: str, taken: Collection[str]) -> str:
    """A readable, unused id for a new tag: ``Rare earths`` → ``rare_earths``."""
    plain = "".join(
        ch
        for ch in unicodedata.normalize("NFKD", label_en.lower())
        if not unicodedata.combining(ch)
    )
    if not plain.isascii():
        plain = fold(plain)  # a label in another script gets its search key's Latin letters
    slug = re.sub(r"[^a-z0-9]+", "_", plain).strip("_")
    if not slug[:1].isalpha():
        slug = f"tag_{slug}".strip("_")
    slug = _cut(slug, ID_LENGTH)
    number = 1
    made = slug
    while made in taken:
        number += 1
        suffix = f"_{number}"
        made = _cut(slug, ID_LENGTH - len(suffix)) + suffix
    return made


def _cut(slug: str, length: int) -> str:
    """At most ``length`` characters, ending on a whole word where there is one."""
    if len(slug) <= length:
        return slug
    cut = slug[:length]
    return cut.rsplit("_", 1)[0] if "_" in cut else cut
