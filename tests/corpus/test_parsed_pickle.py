"""A parsed article crosses from a worker process as it was parsed."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from c5tui.corpus.reader import load_article
from c5tui.parsed import ParsedParagraph, ParsedSentence, Voice

ARTICLES = sorted((Path(__file__).resolve().parents[1] / "data" / "articles").glob("*.txt"))


@pytest.mark.parametrize("article", ARTICLES[:6], ids=lambda path: path.stem)
def test_a_parsed_article_is_the_same_after_pickling(article: Path) -> None:
    document = load_article(article)
    again = pickle.loads(pickle.dumps(document, protocol=pickle.HIGHEST_PROTOCOL))
    assert again == document
    assert again.turns == document.turns
    paragraph = again.body[0]
    assert type(paragraph) is ParsedParagraph
    assert type(paragraph.sentences[0]) is ParsedSentence
    assert type(again.voices[0][0]) is Voice
    with pytest.raises(AttributeError):
        paragraph.sentences[0].text = "changed"  # type: ignore[misc]
