"""Synthetic corpora built from the bundled interview, imported through the real import path.

Each synthetic sentence joins the first half of one real sentence to the second half of
another (Kazakh and English alike), so the vocabulary, morphology and lengths stay those of
real Kazinform text while every sentence is new. Sentences are written as Kazinform-format
articles of ``ARTICLE_SENTENCES`` sentences with aligned translations, then imported with
``Workspace.import_article`` — the same code ``c5tui import --no-auto-tag`` runs.
"""

from __future__ import annotations

import random
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from c5tui.workspace import Workspace

ARTICLE_SENTENCES = 1000


@dataclass(frozen=True, slots=True)
class Pair:
    kk: str
    en: str


def real_pairs() -> list[Pair]:
    """The interview's sentences with their translations."""
    with tempfile.TemporaryDirectory() as scratch, Workspace.open(Path(scratch) / "seed.db") as ws:
        return [Pair(q.kk, q.en or "") for q in ws.quotes()]


def _half(text: str, first: bool) -> str:
    words = text.rstrip(".?!").split()
    middle = max(1, len(words) // 2)
    return " ".join(words[:middle] if first else words[middle:])


def synthetic_pairs(count: int, seed: int = 5) -> list[Pair]:
    """``count`` recombined sentence pairs (deterministic for a seed)."""
    pairs = real_pairs()
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        a, b = rng.choice(pairs), rng.choice(pairs)
        kk = f"{_half(a.kk, True)} {_half(b.kk, False)}".strip() + "."
        en = f"{_half(a.en, True)} {_half(b.en, False)}".strip() + "."
        out.append(Pair(kk[0].upper() + kk[1:], en))
    return out


def write_articles(pairs: list[Pair], directory: Path) -> list[tuple[Path, Path]]:
    """Kazinform-format article files (one sentence per paragraph) and their translations."""
    files = []
    for number, start in enumerate(range(0, len(pairs), ARTICLE_SENTENCES), start=1):
        chunk = pairs[start : start + ARTICLE_SENTENCES]
        article = directory / f"synthetic-{number:05d}.kk.txt"
        translation = directory / f"synthetic-{number:05d}.en.tsv"
        lines = [f" date 2025-11-05 Синтетикалық мақала {number}"]
        lines += [pair.kk for pair in chunk]
        article.write_text("\n".join(lines) + "\n", encoding="utf-8")
        translation.write_text(
            "".join(f"p{i:02d}.s01\t{pair.en}\n" for i, pair in enumerate(chunk, start=1)),
            encoding="utf-8",
        )
        files.append((article, translation))
    return files


def build_database(path: Path, count: int) -> tuple[list[Pair], float]:
    """A database holding the bundled interview plus ``count`` synthetic sentences.

    Returns the synthetic pairs and the seconds the imports took (index build included).
    """
    pairs = synthetic_pairs(count)
    with tempfile.TemporaryDirectory() as scratch:
        files = write_articles(pairs, Path(scratch))
        with Workspace.open(path) as workspace:
            started = time.perf_counter()
            for article, translation in files:
                workspace.import_article(article, translation, auto_tag=False)
            elapsed = time.perf_counter() - started
    return pairs, elapsed


def write_interview(pairs: list[Pair], directory: Path) -> tuple[Path, Path]:
    """One long interview of all ``pairs``: a lead, then questions and answers of paragraphs.

    Each question is one sentence; each answer runs to a few paragraphs of one to four
    sentences, so the document has turns, ¶ numbers and paragraph breaks like a real one.
    Translation keys come from parsing the article, so they always align with it.
    """
    from c5tui.corpus.kazinform import parse_article
    from c5tui.corpus.keys import numbered_sentences

    rng = random.Random(len(pairs))
    # Quotation marks would hold sentences together; the splitter must see each one.
    clean = [Pair(_unquoted(p.kk), _unquoted(p.en)) for p in pairs]
    lines = [" date 2025-11-05 Ұзақ сұхбат", "АСТАНА. KAZINFORM — " + clean[0].kk]
    at = 1
    while at < len(clean):
        lines.append("— " + clean[at].kk.rstrip(".") + "?")
        at += 1
        for number in range(rng.randint(1, 4)):
            size = rng.randint(1, 4)
            body = " ".join(p.kk for p in clean[at : at + size])
            if body:
                lines.append(("— " if number == 0 else "") + body)
            at += size
    text = "\n".join(lines) + "\n"
    article = directory / "interview.kk.txt"
    article.write_text(text, encoding="utf-8")
    keys = [key for key, *_ in numbered_sentences(parse_article(text))]
    translation = directory / "interview.en.tsv"
    translation.write_text(
        "".join(f"{key}\t{pair.en}\n" for key, pair in zip(keys, clean, strict=False)),
        encoding="utf-8",
    )
    return article, translation


def _unquoted(text: str) -> str:
    return "".join(c for c in text if c not in "«»“”„\"'()")


def build_interview(path: Path, count: int) -> int:
    """A database holding the bundled interview and one synthetic interview of about
    ``count`` sentences; returns the new document's id."""
    with tempfile.TemporaryDirectory() as scratch, Workspace.open(path) as workspace:
        article, translation = write_interview(synthetic_pairs(count), Path(scratch))
        return workspace.import_article(article, translation, auto_tag=False).document_id
