"""The bundled interview's English laid out and perturbed as real plain-text translations are.

The keyed ``.en.tsv`` is the gold alignment: every perturbation knows which English each
Kazakh sentence should receive (``None``: its paragraph was dropped, it must stay
untranslated). Perturbations are fixed, not random, so a failure is reproducible.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from c5tui import resources
from c5tui.corpus.aligned_translation import KazakhText, TranslationRead, kazakh_text
from c5tui.corpus.keys import numbered_sentences
from c5tui.corpus.reader import load_article

Paragraph = tuple[int, list[str]]


@dataclass(frozen=True, slots=True)
class Bundled:
    kazakh: KazakhText
    title_en: str
    english: dict[str, str]  # by key
    paragraphs: list[Paragraph]  # (paragraph number, its English sentences)


def bundled() -> Bundled:
    document = load_article(resources.bundled_article())
    kazakh = kazakh_text(
        document.title, [(key, p, s.text) for key, p, _, _, _, s in numbered_sentences(document)]
    )
    lines = resources.bundled_translation().read_text(encoding="utf-8").splitlines()
    pairs = dict(line.split("\t", 1) for line in lines if "\t" in line)
    title = pairs.pop("title")
    numbers = sorted({int(key[1:3]) for key in pairs})
    paragraphs = [(n, [text for key, text in pairs.items() if int(key[1:3]) == n]) for n in numbers]
    return Bundled(kazakh, title, pairs, paragraphs)


@dataclass(frozen=True, slots=True)
class Case:
    name: str
    text: str
    gold: dict[str, str | None]  # the English each Kazakh key should get; None: none


def _gold(source: Bundled, dropped: Sequence[int] = ()) -> dict[str, str | None]:
    return {
        key: (None if int(key[1:3]) in dropped else text) for key, text in source.english.items()
    }


def _per_line(title: str, blocks: Sequence[str], separator: str = "\n") -> str:
    return title + separator + separator.join(blocks) + "\n"


def _joined(paragraphs: Sequence[Paragraph]) -> list[str]:
    return [" ".join(sentences) for _, sentences in paragraphs]


def _merge(paragraphs: list[Paragraph], every: int = 4) -> list[Paragraph]:
    """Every ``every``-th paragraph run together with the one after it."""
    merged: list[Paragraph] = []
    for index, paragraph in enumerate(paragraphs):
        if merged and index % every == 1:
            merged[-1] = (merged[-1][0], merged[-1][1] + paragraph[1])
        else:
            merged.append(paragraph)
    return merged


def _reorder(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """The 5th and 6th paragraphs swapped, the 9th moved after the 15th, the 24th before
    the 20th."""
    order = list(paragraphs)
    order[4], order[5] = order[5], order[4]
    order.insert(14, order.pop(8))
    order.insert(19, order.pop(23))
    return order


CLUTTER = [
    "Share",
    "05 November 2025, 10:15",
    "Read also: Tokayev to visit the USA",
    "Photo: Kazinform",
]


def _browser(title: str, paragraphs: Sequence[Paragraph], width: int = 57) -> str:
    """As copied from a browser: clutter lines, text wrapped at odd places, blank lines."""
    lines = [title, CLUTTER[0], CLUTTER[1], ""]
    for index, text in enumerate(_joined(paragraphs)):
        lines.extend(textwrap.wrap(text, width=width))
        lines.append("")
        if index == 6:
            lines.extend([CLUTTER[2], ""])
        if index == 12:
            lines.extend([CLUTTER[3], ""])
    return "\n".join(lines)


DROPPED = 8  # a five-sentence answer paragraph


def cases() -> list[Case]:
    """Every layout and perturbation, each with its gold alignment."""
    source = bundled()
    title, paragraphs = source.title_en, source.paragraphs
    without = [p for p in paragraphs if p[0] != DROPPED]
    everything = _reorder(_merge(without))
    made: list[tuple[str, Callable[[], str], Sequence[int]]] = [
        ("paragraph per line", lambda: _per_line(title, _joined(paragraphs)), ()),
        ("blank-line paragraphs", lambda: _per_line(title, _joined(paragraphs), "\n\n"), ()),
        (
            "sentence per line",
            lambda: _per_line(title, [s for _, ss in paragraphs for s in ss]),
            (),
        ),
        ("browser copy-paste", lambda: _browser(title, paragraphs), ()),
        ("merged paragraphs", lambda: _per_line(title, _joined(_merge(paragraphs))), ()),
        ("dropped paragraph", lambda: _per_line(title, _joined(without)), (DROPPED,)),
        ("reordered paragraphs", lambda: _per_line(title, _joined(_reorder(paragraphs))), ()),
        ("all at once, browser layout", lambda: _browser(title, everything), (DROPPED,)),
    ]
    return [Case(name, build(), _gold(source, dropped)) for name, build, dropped in made]


def accuracy(read: TranslationRead, gold: dict[str, str | None]) -> float:
    """Share of Kazakh sentences that got exactly their gold English (or, gold None, none)."""
    got = read.translation.sentences
    right = sum(got.get(key) == expected for key, expected in gold.items())
    return right / len(gold)
