"""The bundled glossary and the search it adds: English terms find untranslated Kazakh."""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pytest

from c5tui.search.engine import SearchEngine
from c5tui.search.glossary import load_glossary, parse_glossary
from c5tui.text import query_terms
from c5tui.workspace import Workspace

FALSE_FRIENDS = Path(__file__).resolve().parents[1] / "data" / "glossary" / "false-friends.txt"


@pytest.fixture
def engine(db_path: Path) -> Iterator[SearchEngine]:
    """The bundled (translated) interview and an untranslated piece full of false friends."""
    with Workspace.open(db_path) as workspace:
        workspace.import_article(FALSE_FRIENDS)
    with SearchEngine(db_path) as opened:
        yield opened


def keys_found(engine: SearchEngine, query: str, **options: bool) -> dict[str, str]:
    """Locator → Kazakh text of the false-friend piece's hits."""
    hits = engine.search(query, limit=500, **options)
    rows = engine.conn.execute(
        "SELECT s.id, s.key, s.kk FROM sentences s JOIN documents d ON d.id = s.document_id"
        " WHERE d.source_name = 'false-friends.txt'"
    ).fetchall()
    piece = {sid: (key, kk) for sid, key, kk in rows}
    return {
        piece[h.sentence_id][0]: piece[h.sentence_id][1] for h in hits if h.sentence_id in piece
    }


def test_the_glossary_covers_the_domains_with_hundreds_of_entries() -> None:
    glossary = load_glossary()
    assert len(glossary) >= 400
    for english in ("uranium", "drought", "joint venture", "civil servants", "coal", "railway"):
        assert glossary.english_entries(query_terms(english)), english


def test_the_glossary_ships_inside_the_package() -> None:
    data = resources.files("c5tui.search").joinpath("glossary.tsv")
    assert data.is_file()
    # Every line parses: three fields and a known kind, or a comment.
    assert len(parse_glossary(data.read_text(encoding="utf-8"))) == len(load_glossary())


def test_a_malformed_line_is_named() -> None:
    with pytest.raises(ValueError, match="line 2"):
        parse_glossary("# header\nuranium\tуран\n")


def test_english_terms_expand_to_their_kazakh_lemmas() -> None:
    glossary = load_glossary()
    joint = glossary.english_entries(query_terms("joint ventures"))
    assert [lemma.text for e in joint for lemma in e.kazakh] == ["бірлескен кәсіпорын"]
    servants = glossary.english_entries(query_terms("civil servants"))
    assert [lemma.text for e in servants for lemma in e.kazakh] == ["мемлекеттік қызметші"]


def test_kazakh_words_expand_to_english_on_any_keyboard() -> None:
    glossary = load_glossary()
    for typed in ("көмірдің", "комирдин", "komirdin"):
        found = glossary.kazakh_lemmas(query_terms(typed), typed.split())
        assert [e.english[0].text for _lemma, e in found] == ["coal"], typed
    # Typed with its Kazakh letters, ұран is the slogan: never uranium.
    slogan = glossary.kazakh_lemmas(query_terms("ұран"), ["ұран"])
    assert [e.english[0].text for _lemma, e in slogan] == ["slogan"]


def test_uranium_finds_uranium_and_never_the_slogan(engine: SearchEngine) -> None:
    found = keys_found(engine, "uranium")
    assert set(found) == {"p03.s01", "p04.s01"}  # уранды, Уранның
    assert all("ұран" not in kk.lower() for kk in found.values())
    assert set(keys_found(engine, "slogan")) == {"p01.s01", "p02.s01"}  # ұран, ұраны


def test_other_false_friends_stay_apart(engine: SearchEngine) -> None:
    assert set(keys_found(engine, "coal")) == {"p01.s01"}  # Көмір, not Көміртегі
    assert set(keys_found(engine, "carbon")) == {"p05.s01"}
    assert set(keys_found(engine, "money")) == {"p06.s01"}  # ақша, not АҚШ-тың
    assert set(keys_found(engine, "USA")) == {"p07.s01"}


def test_the_issues_examples_find_their_inflected_kazakh(engine: SearchEngine) -> None:
    assert set(keys_found(engine, "drought")) == {"p08.s01"}
    assert set(keys_found(engine, "joint venture")) == {"p09.s01"}  # кәсіпорнына
    assert set(keys_found(engine, "civil servants")) == {"p09.s01"}
    # Each word alone is no glossary term: "joint" finds nothing here.
    assert keys_found(engine, "joint") == {}


def test_the_first_word_of_a_compound_may_take_the_genitive() -> None:
    glossary = load_glossary()
    (lemma,) = [
        k for e in glossary.english_entries(query_terms("government meeting")) for k in e.kazakh
    ]
    assert lemma.matches_word(0, "ükımettıñ") and lemma.matches_word(1, "otyrysynda")
    assert not lemma.matches_word(0, "ükımetke")


def test_no_glossary_finds_only_the_words_typed(engine: SearchEngine) -> None:
    assert keys_found(engine, "uranium", glossary=False) == {}
    assert keys_found(engine, "uranium")


def test_glossary_hits_rank_below_direct_hits_and_name_the_kazakh_word(
    engine: SearchEngine,
) -> None:
    hits = engine.search("uranium", limit=50)
    direct = [h for h in hits if h.score >= 0]
    through = [h for h in hits if h.score < 0]
    assert direct and through
    assert hits == direct + through
    kk = dict(engine.conn.execute("SELECT id, kk FROM sentences"))
    for hit in through:
        assert hit.matched == "kk"
        (term, word), *_ = hit.glossary
        assert term == "uranium" and word.lower().startswith("уран")
        # The Kazakh word is highlighted where it stands.
        assert [kk[hit.sentence_id][s:e] for s, e in hit.kk_spans] == [word]


def test_both_panes_highlight_the_glossary_pair(engine: SearchEngine) -> None:
    """A translated quote found by its English shows the Kazakh word of the pair too."""
    hit = next(h for h in engine.search("uranium", limit=50) if h.score >= 0)
    kk, en = engine.conn.execute(
        "SELECT kk, en FROM sentences WHERE id = ?", (hit.sentence_id,)
    ).fetchone()
    assert "uranium" in [en[s:e].lower() for s, e in hit.en_spans]
    assert "уран" in [kk[s:e].lower() for s, e in hit.kk_spans]
    # And the other way: a Kazakh query highlights the English word.
    coal = next(h for h in engine.search("көмір", limit=50) if h.en_spans)
    en = engine.conn.execute("SELECT en FROM sentences WHERE id = ?", (coal.sentence_id,))
    text = en.fetchone()[0]
    assert "coal" in [text[s:e].lower() for s, e in coal.en_spans]


def test_facets_count_the_glossary_hits_too(engine: SearchEngine) -> None:
    """The two uranium sentences of the piece are counted; the slogans are not."""
    query = engine.parse("uranium")
    with_glossary = engine.tag_counts(query)
    without = engine.tag_counts(query, glossary=False)
    assert with_glossary["minerals"] == without["minerals"] + 2
