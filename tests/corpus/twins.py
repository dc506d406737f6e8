"""The twin-article fixture (tests/data/twins) and the aligner's scores against its gold."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from c5tui.corpus.aligned_translation import KazakhText, TranslationRead, kazakh_text
from c5tui.corpus.keys import numbered_sentences
from c5tui.corpus.reader import load_article

TWINS = Path(__file__).resolve().parents[1] / "data" / "twins"


@dataclass(frozen=True, slots=True)
class TwinGold:
    title: str | None  # None: the English has no headline
    english: dict[str, str]  # the English a Kazakh key should get (first key of a link)
    merged: frozenset[str]  # keys told together with the key before, in one English sentence
    sentences: list[str]  # every English sentence in order, as annotated


def read_gold(name: str = "mustafin-rewrite") -> TwinGold:
    title: str | None = None
    english: dict[str, list[str]] = {}
    merged: set[str] = set()
    sentences: list[str] = []
    for line in (TWINS / f"{name}.gold.tsv").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        keys, text = line.split("\t")
        if keys == "title":
            title = None if text == "-" else text
            continue
        sentences.append(text)
        if keys == "-":
            continue
        first, *rest = keys.split(",")
        english.setdefault(first, []).append(text)
        merged.update(rest)
    joined = {key: " ".join(parts) for key, parts in english.items()}
    return TwinGold(title, joined, frozenset(merged), sentences)


def read_kazakh(name: str) -> KazakhText:
    """The Kazakh side of a twin stored as an article file (``NAME.kk.txt``)."""
    document = load_article(TWINS / f"{name}.kk.txt")
    return kazakh_text(
        document.title, [(key, p, s.text) for key, p, _, _, _, s in numbered_sentences(document)]
    )


@dataclass(frozen=True, slots=True)
class TwinScore:
    precision: float  # of the English the aligner gave, the share that is right
    recall: float  # of the gold English, the share given
    untranslated_kept: float  # of the Kazakh sentences without counterpart, the share left
    filled_wrongly: tuple[str, ...]  # Kazakh keys without counterpart that got English
    title_right: bool


def score(read: TranslationRead, gold: TwinGold, keys: list[str]) -> TwinScore:
    got = read.translation.sentences
    right = [key for key, text in got.items() if gold.english.get(key) == text]
    lonely = [k for k in keys if k not in gold.english and k not in gold.merged]
    filled = tuple(k for k in lonely if k in got)
    return TwinScore(
        precision=len(right) / len(got) if got else 0.0,
        recall=len(right) / len(gold.english),
        untranslated_kept=1 - len(filled) / len(lonely),
        filled_wrongly=filled,
        title_right=read.translation.title == gold.title,
    )
