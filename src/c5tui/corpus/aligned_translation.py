"""Plain English text made into a keyed translation by aligning it with the Kazakh.

Each Kazakh sentence an English sentence renders gets that English; one rendered by two
English sentences gets both; two Kazakh sentences rendered by one English sentence give it
to the first and count the second as merged into it. Kazakh sentences with no counterpart
stay untranslated: a neighbour's English is never put on them. Links the aligner is unsure
of are kept but listed as needing review.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from c5tui.corpus.align import align
from c5tui.corpus.align_rewrite import looks_rewritten
from c5tui.corpus.english import paragraphs
from c5tui.corpus.lexicon import Lexicon
from c5tui.corpus.translation import Translation
from c5tui.errors import InputError

# Links less likely than this to be right are stored, but marked as needing review;
# below DROP_BELOW, a link that no anchor and no neighbouring link supports is not
# stored at all, so that unmatched sentences are not given a neighbour's English.
REVIEW_BELOW = 0.75
DROP_BELOW = 0.45
TITLE = "title"
# Sentences per English paragraph above which the layout is taken to show paragraphs.
PARAGRAPHS_SHOWN = 1.3


@dataclass(frozen=True, slots=True)
class KazakhSentence:
    key: str
    paragraph: int
    text: str


@dataclass(frozen=True, slots=True)
class KazakhText:
    """The Kazakh side of an article, as the aligner needs it."""

    title: str
    sentences: tuple[KazakhSentence, ...]


@dataclass(frozen=True, slots=True)
class TranslationRead:
    """A translation with what it left out: for the summary a user sees after importing."""

    translation: Translation
    # Kazakh sentences the file gives no English for, by key.
    untranslated: tuple[str, ...]
    # Kazakh sentences whose English is on the sentence before (one English for both).
    merged: tuple[str, ...] = ()
    # English sentences with no Kazakh counterpart (a rewrite's additions, page clutter).
    unmatched: tuple[str, ...] = ()
    # Whether the English was aligned as a rewrite (links only where content is shared).
    rewrite: bool = False


def _check_english(text: str, source: str) -> None:
    """Refuse a text in Cyrillic: aligning Kazakh with Kazakh would give nonsense links."""
    cyrillic = sum(1 for ch in text if "\u0400" <= ch <= "\u04ff")
    latin = sum(1 for ch in text if ch.isascii() and ch.isalpha())
    if cyrillic > latin:
        raise InputError(
            "the translation is mostly in Cyrillic script; give the English text", path=source
        )


def _english(text: str) -> tuple[list[str], frozenset[int] | None]:
    """The English sentences in order, and the indices that start a paragraph (None when
    the layout shows no paragraphs, as with one sentence per line)."""
    english: list[str] = []
    starts: set[int] = set()
    blocks = paragraphs(text)
    for paragraph in blocks:
        starts.add(len(english))
        english.extend(paragraph)
    shown = len(english) > PARAGRAPHS_SHOWN * len(blocks)
    return english, frozenset(starts) if shown else None


def align_english(
    kazakh: KazakhText,
    text: str,
    source: str,
    *,
    lexicon: Lexicon | None = None,
    rewrite: bool | None = None,
) -> TranslationRead:
    """Align an English text of any layout with an article's Kazakh sentences.

    ``rewrite``: whether the English is a rewrite (a twin article) rather than a
    translation; None tells by the sentence counts. ``lexicon``: the workspace's codebook
    and the glossary (default: the bundled ones).
    """
    _check_english(text, source)
    english, en_breaks = _english(text)
    if rewrite is None:
        rewrite = looks_rewritten(len(kazakh.sentences) + 1, len(english))
    keys = [TITLE, *(s.key for s in kazakh.sentences)]
    texts = [kazakh.title, *(s.text for s in kazakh.sentences)]
    numbers = [0, *(s.paragraph for s in kazakh.sentences)]
    breaks = frozenset(i for i in range(1, len(numbers)) if numbers[i] != numbers[i - 1])
    title: str | None = None
    sentences: dict[str, str] = {}
    confidence: dict[str, float] = {}
    merged: list[str] = []
    used: set[int] = set()
    for link in align(texts, english, breaks, en_breaks, lexicon=lexicon, rewrite=rewrite):
        # Headlines face each other at the top: no neighbour's English can land there. In a
        # rewrite every link shares content: the aligner has dropped the others.
        unsure = link.confidence < DROP_BELOW and not link.bonus and not rewrite
        if unsure and link.kk[0] != 0:
            continue
        first = keys[link.kk[0]]
        if first == TITLE:
            # A headline is one line: what the aligner adds to it is the page's clutter.
            title = english[link.en[0]]
            used.add(link.en[0])
            continue
        value = " ".join(english[j] for j in link.en)
        used.update(link.en)
        sentences[first] = value
        confidence[first] = round(link.confidence, 3)
        merged.extend(keys[i] for i in link.kk[1:])
    translation = Translation(
        title,
        sentences,
        origin="aligned",
        source=source,
        confidence=confidence,
        needs_review=frozenset(k for k, c in confidence.items() if c < REVIEW_BELOW),
    )
    untranslated = tuple(k for k in keys[1:] if k not in sentences and k not in merged)
    unmatched = tuple(english[j] for j in range(len(english)) if j not in used)
    return TranslationRead(translation, untranslated, tuple(merged), unmatched, rewrite)


def kazakh_text(title: str, sentences: Sequence[tuple[str, int, str]]) -> KazakhText:
    """A :class:`KazakhText` from (key, paragraph number, text) triples in document order."""
    return KazakhText(title, tuple(KazakhSentence(*s) for s in sentences))
