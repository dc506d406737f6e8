"""The auto-tagger finds exactly what it found when its outputs were frozen: every match,
side, offset and evidence, on every sentence of the fixture articles and the bundled
interview, on their Latin-script and lower-case spellings, and on sentences recombined from
them as the bulk benchmark makes its corpus.

A change meant to make the tagger faster must keep this test passing untouched. A change
meant to change what it finds regenerates the frozen outputs on purpose:

    PYTHONPATH=src .venv/bin/python tests/unit/test_tagging_same_as_before.py --freeze
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from c5tui.model import Tag
from c5tui.store import tags as tags_store
from c5tui.tagging.autotag import AutoTagger
from c5tui.text.latin import to_latin
from c5tui.workspace import Workspace

DATA = Path(__file__).resolve().parents[1] / "data"
FROZEN = DATA / "tagging-frozen.json"
RECOMBINED = 5000
SEED = 5

Text = tuple[str, str | None]  # Kazakh, English
Found = list[list[object]]  # [tag, side, start, end, evidence] per match


def _half(text: str, first: bool) -> str:
    words = text.rstrip(".?!").split()
    middle = max(1, len(words) // 2)
    return " ".join(words[:middle] if first else words[middle:])


def _recombined(pairs: list[Text], count: int) -> Iterator[Text]:
    """Sentences joining the first half of one to the second half of another."""
    rng = random.Random(SEED)
    for _ in range(count):
        (kk_a, en_a), (kk_b, en_b) = rng.choice(pairs), rng.choice(pairs)
        kk = f"{_half(kk_a, True)} {_half(kk_b, False)}".strip() + "."
        en = f"{_half(en_a or '', True)} {_half(en_b or '', False)}".strip() + "."
        yield kk[0].upper() + kk[1:], en


def corpus() -> tuple[list[Tag], list[Text]]:
    """The store's codebook and every text to tag, in a fixed order."""
    with tempfile.TemporaryDirectory() as scratch, Workspace.open(Path(scratch) / "t.db") as ws:
        for path in sorted(DATA.glob("articles*/*.txt")):
            ws.import_article(path, auto_tag=False)
        pairs: list[Text] = [(q.kk, q.en) for q in ws.quotes()]
        tags = tags_store.list_tags(ws.db)
    texts = list(pairs)
    texts += [(to_latin(kk), None) for kk, _en in pairs]
    texts += [(kk.lower(), None) for kk, _en in pairs]
    texts += _recombined(pairs, RECOMBINED)
    return tags, texts


def digest(texts: list[Text]) -> str:
    return hashlib.sha256(json.dumps(texts, ensure_ascii=False).encode()).hexdigest()


def tag_all(tagger: AutoTagger, texts: list[Text]) -> list[Found]:
    return [[list(found) for found in tagger.tag(kk, en)] for kk, en in texts]


@pytest.fixture(scope="module")
def inputs() -> tuple[list[Tag], list[Text], dict[str, object]]:
    tags, texts = corpus()
    return tags, texts, json.loads(FROZEN.read_text(encoding="utf-8"))


def test_the_texts_are_those_frozen(inputs: tuple[list[Tag], list[Text], dict]) -> None:
    _tags, texts, frozen = inputs
    assert frozen["texts"] == digest(texts), "the fixtures changed: freeze the outputs again"


def test_every_match_is_the_one_frozen(inputs: tuple[list[Tag], list[Text], dict]) -> None:
    tags, texts, frozen = inputs
    found = tag_all(AutoTagger(tags), texts)
    assert len(found) == len(frozen["found"])
    pairs = enumerate(zip(found, frozen["found"], strict=True))
    differ = [n for n, (now, then) in pairs if now != then]
    assert not differ, [(texts[n], found[n], frozen["found"][n]) for n in differ[:5]]


def test_what_a_tagger_learnt_before_changes_nothing(
    inputs: tuple[list[Tag], list[Text], dict],
) -> None:
    """Its per-word answers are kept: tagged in the other order, every match is the same."""
    tags, texts, frozen = inputs
    found = tag_all(AutoTagger(tags), texts[::-1])[::-1]
    assert found == frozen["found"]


def freeze() -> None:
    tags, texts = corpus()
    found = tag_all(AutoTagger(tags), texts)
    # One line per text, so a change meant to alter the outputs shows as a readable diff.
    lines = ",\n".join(json.dumps(one, ensure_ascii=False) for one in found)
    FROZEN.write_text(f'{{"texts": "{digest(texts)}", "found": [\n{lines}\n]}}\n', encoding="utf-8")
    print(f"{len(texts)} texts, {sum(map(len, found))} matches -> {FROZEN}")


if __name__ == "__main__":
    if sys.argv[1:] == ["--freeze"]:
        freeze()
