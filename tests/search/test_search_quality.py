"""Search quality on the bundled interview: each query must put a right quote in the top 5.

Every kind of input a user types is covered: inflected Kazakh, the 2021 Latin alphabet,
informal romanisation, Russian-keyboard spelling, English, typos, spelling variants,
numbers and symbols. Expected quotes are named by their stable key (``p17.s02``).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from c5tui.search.engine import SearchEngine
from c5tui.workspace import Workspace

TOP = 5

# (query, keys of which at least one must be in the top 5)
CASES: list[tuple[str, set[str]]] = [
    # Kazakh Cyrillic, inflected forms
    ("минерал", {"p05.s02", "p17.s01", "p29.s01", "p29.s03"}),
    ("минералдар", {"p17.s01", "p29.s01", "p29.s03"}),
    ("минералдардың", {"p29.s01", "p17.s01", "p29.s03"}),
    ("АҚШ-тың", {"p05.s01", "p14.s01", "p26.s04", "p38.s03"}),
    ("АҚШ-қа", {"p02.s01", "p18.s02"}),
    ("Қазақстанға", {"p23.s01"}),
    ("Қазақстанның", {"p26.s04", "p31.s02"}),
    ("литий", {"p06.s01"}),
    ("уран", {"p06.s01", "p39.s04"}),
    ("Ақ үй", {"p06.s03", "p10.s02"}),
    ("сирек жер металдары", {"p06.s01"}),
    ("жасыл энергетика", {"p08.s04", "p21.s01"}),
    ("Орта дәліз", {"p20.s03", "p27.s01"}),
    ("ақша", {"p10.s03"}),
    ("көмір қоры", {"p35.s03"}),
    ("Өзбекстан", {"p06.s01", "p17.s04"}),
    ("геологиялық барлау", {"p07.s02", "p18.s03"}),
    # Official 2021 Latin
    ("Qytai", {"p17.s02"}),
    ("Orta dälız", {"p20.s03", "p27.s01"}),
    ("Qazaqstannyñ", {"p26.s04", "p31.s02"}),
    ("jūmsaq küş", {"p23.s02"}),
    ("Özbekstan", {"p06.s01", "p17.s04"}),
    # Informal romanisation
    ("orta daliz", {"p20.s03", "p27.s01"}),
    ("litii", {"p06.s01"}),
    ("zhumsak kush", {"p23.s02"}),
    ("Qazaqstanga", {"p23.s01"}),
    # Russian keyboard
    ("казмунайгаз", {"p38.s05"}),
    ("жумсак куш", {"p23.s02"}),
    ("комир коры", {"p35.s03"}),
    ("озбекстан", {"p06.s01", "p17.s04"}),
    # English
    ("lithium", {"p06.s01"}),
    ("Middle Corridor", {"p20.s03", "p27.s01"}),
    ("coal reserves", {"p35.s03"}),
    ("coal reserve", {"p35.s03"}),
    ("Jackson-Vanik", {"p09.s01"}),
    ("Global Methane Pledge", {"p36.s01"}),
    ("soft power", {"p23.s02"}),
    ("synthetic diesel", {"p37.s05"}),
    ("rare earth", {"p06.s01"}),
    ("satellite monitoring", {"p36.s04"}),
    # Typos and missing letters
    ("транскапий", {"p27.s01"}),
    ("Wabtek", {"p23.s01"}),
    ("Chevorn", {"p38.s04"}),
    ("синтетикалык дизил", {"p37.s05"}),
    # Hyphen, space and quote variants
    ("Джексон Вэник", {"p09.s01"}),
    ("Джексон-Вэник", {"p09.s01"}),
    ("«жұмсақ күш»", {"p23.s02"}),
    ('"таза көмір"', {"p35.s07", "p37.s06"}),
    # Numbers and symbols, Latin/Cyrillic look-alikes
    ("80%", {"p17.s02"}),
    ("33", {"p35.s03"}),
    ("С5+1", {"p01.s01", "p02.s01"}),
    ("XXI", {"p08.s05"}),
    ("DFC", {"p21.s02"}),
    ("ESG", {"p22.s01"}),
    ("AST Petroleum", {"p37.s04"}),
]


@pytest.fixture(scope="module")
def engine(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[SearchEngine, dict[int, str]]]:
    path: Path = tmp_path_factory.mktemp("quality") / "quality.db"
    with Workspace.open(path) as workspace:
        keys = {s.id: s.key for s in workspace.quotes()}
    with SearchEngine(path) as opened:
        yield opened, keys


@pytest.fixture(scope="module")
def workspace_quotes(engine: tuple[SearchEngine, dict[int, str]]) -> dict[str, str]:
    """The folded Kazakh keys of every quote, by quote key."""
    search, keys = engine
    rows = search.conn.execute("SELECT rowid, kk FROM search_index")
    return {keys[rowid]: kk for rowid, kk in rows}


def top_keys(engine: tuple[SearchEngine, dict[int, str]], query: str) -> list[str]:
    search, keys = engine
    return [keys[hit.sentence_id] for hit in search.search(query, limit=TOP)]


def test_quality_suite_is_large_enough() -> None:
    assert len(CASES) >= 40


@pytest.mark.parametrize(("query", "expected"), CASES, ids=[q for q, _ in CASES])
def test_expected_quote_in_top_five(
    engine: tuple[SearchEngine, dict[int, str]], query: str, expected: set[str]
) -> None:
    found = top_keys(engine, query)
    assert expected & set(found), f"{query!r}: expected one of {sorted(expected)}, got {found}"


def test_false_friend_usa_is_not_money(engine: tuple[SearchEngine, dict[int, str]]) -> None:
    """АҚШ (USA) ranks its own sentences above «ақшаға» (money)."""
    found = top_keys(engine, "АҚШ")
    assert found and "p10.s03" not in found


def test_false_friend_coal_is_not_carbon(engine: tuple[SearchEngine, dict[int, str]]) -> None:
    """көмір (coal) ranks coal sentences above those about көміртегі (carbon) only."""
    found = top_keys(engine, "көмір")
    carbon_only = {"p35.s02", "p38.s01"}
    assert found[0] not in carbon_only
    assert not carbon_only & set(found[:3])


# Ranking: (query, keys that must fill the top places, in any order)
FIRST: list[tuple[str, set[str]]] = [
    # One letter off Транскаспий beats a looser fuzzy match on English "transit".
    ("транскапий", {"p27.s01"}),
    # The phrase first, then whole words (дәліз, corridor), not Орталық (central).
    ("Орта дәліз", {"p20.s03", "p27.s01"}),
    # Adjacent «көлік дәліздері» beats «Көлік пен … Орта дәліз» scattered in a sentence.
    ("көлік дәліз", {"p05.s02", "p20.s01"}),
    ("жоғары технология", {"p21.s01", "p30.s03", "p31.s02", "p31.s04"}),
]


@pytest.mark.parametrize(("query", "expected"), FIRST, ids=[q for q, _ in FIRST])
def test_best_matches_rank_first(
    engine: tuple[SearchEngine, dict[int, str]], query: str, expected: set[str]
) -> None:
    found = top_keys(engine, query)[: len(expected)]
    assert set(found) == expected, f"{query!r}: expected {sorted(expected)} first, got {found}"


def test_whole_words_beat_a_derived_prefix(
    engine: tuple[SearchEngine, dict[int, str]], workspace_quotes: dict[str, str]
) -> None:
    """«Орта дәліз» (Middle Corridor): «Орталық Азия» (Central Asia) alone ranks last."""
    search, keys = engine
    found = [keys[hit.sentence_id] for hit in search.search("Орта дәліз", limit=20)]

    def whole(key: str) -> bool:
        words = workspace_quotes[key].split()
        return "orta" in words or any(w.startswith("daliz") for w in words)

    ranks = [whole(key) for key in found]
    assert ranks.count(True) >= 4
    assert ranks == sorted(ranks, reverse=True), found


def test_exact_phrase_ranks_first(engine: tuple[SearchEngine, dict[int, str]]) -> None:
    assert top_keys(engine, "жасыл трансформация")[0] == "p39.s06"
