"""English questions over untranslated Kazakh articles: recall and precision of the glossary.

The queries and the sentences each should find are in tests/data/glossary/english-queries.tsv,
annotated by reading the Kazakh of tests/data/articles (none of them is translated).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from c5tui.search.engine import GLOSSARY_TIER, TIER_WEIGHT, SearchEngine
from c5tui.workspace import Workspace

DATA = Path(__file__).resolve().parents[1] / "data"
ARTICLES = DATA / "articles"
SUITE = DATA / "glossary" / "english-queries.tsv"
LIMIT = 500


@dataclass
class Expected:
    query: str
    wanted: set[str]
    allowed: set[str] = field(default_factory=set)  # may be found, need not be


def read_suite() -> list[Expected]:
    suite = []
    for line in SUITE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        query, sentences = line.split("\t")
        wanted = {s for s in sentences.split() if not s.startswith("?")}
        allowed = {s[1:] for s in sentences.split() if s.startswith("?")}
        suite.append(Expected(query, wanted, allowed))
    return suite


@pytest.fixture(scope="module")
def articles(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[SearchEngine, dict[int, str]]]:
    path = tmp_path_factory.mktemp("glossary") / "articles.db"
    with Workspace.open(path) as workspace:
        for article in sorted(ARTICLES.glob("*.txt")):
            workspace.import_article(article)
        rows = workspace.db.execute(
            "SELECT s.id, d.source_name, s.key FROM sentences s"
            " JOIN documents d ON d.id = s.document_id WHERE d.bundled = 0"
        ).fetchall()
    names = {sid: f"{Path(source).stem}:{key}" for sid, source, key in rows}
    with SearchEngine(path) as engine:
        yield engine, names


@dataclass
class Figures:
    wanted: int = 0
    found: int = 0
    hits: int = 0
    right_hits: int = 0
    glossary_hits: int = 0
    right_glossary_hits: int = 0
    wrong: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.wanted

    @property
    def precision(self) -> float:
        return self.right_hits / self.hits

    @property
    def glossary_precision(self) -> float:
        return self.right_glossary_hits / self.glossary_hits


def measure(engine: SearchEngine, names: dict[int, str], *, glossary: bool) -> Figures:
    figures = Figures()
    floor = TIER_WEIGHT[GLOSSARY_TIER] + 0.5
    for expected in read_suite():
        hits = [
            h
            for h in engine.search(expected.query, LIMIT, glossary=glossary)
            if h.sentence_id in names
        ]
        found = {names[h.sentence_id] for h in hits}
        figures.wanted += len(expected.wanted)
        figures.found += len(expected.wanted & found)
        figures.missed += [f"{expected.query} → {s}" for s in sorted(expected.wanted - found)]
        for hit in hits:
            name = names[hit.sentence_id]
            right = name in expected.wanted | expected.allowed
            figures.hits += 1
            figures.right_hits += right
            if hit.score <= floor:
                figures.glossary_hits += 1
                figures.right_glossary_hits += right
            if not right:
                figures.wrong.append(f"{expected.query} → {name} {hit.glossary}")
    return figures


def test_the_suite_is_large_enough() -> None:
    suite = read_suite()
    assert len(suite) >= 50
    assert sum(len(e.wanted) for e in suite) >= 150


def test_glossary_finds_most_wanted_sentences_and_few_wrong_ones(
    articles: tuple[SearchEngine, dict[int, str]],
) -> None:
    engine, names = articles
    on = measure(engine, names, glossary=True)
    off = measure(engine, names, glossary=False)
    print(
        f"\nglossary on: recall {on.recall:.1%} ({on.found}/{on.wanted}),"
        f" precision {on.precision:.1%} ({on.right_hits}/{on.hits}),"
        f" glossary-tier precision {on.glossary_precision:.1%}"
        f" ({on.right_glossary_hits}/{on.glossary_hits})"
        f"\nglossary off: recall {off.recall:.1%} ({off.found}/{off.wanted}),"
        f" precision {off.precision:.1%} ({off.right_hits}/{off.hits})"
    )
    print("missed:", *on.missed, sep="\n  ")
    print("wrong:", *on.wrong, sep="\n  ")
    assert on.recall >= 0.85
    assert on.glossary_precision >= 0.95
    assert on.recall > off.recall + 0.5
