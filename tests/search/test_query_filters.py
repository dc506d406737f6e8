"""One query language over quotes (the engine) and claims (``Workspace.find_claims``)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from c5tui.model import Claim
from c5tui.search.engine import SearchEngine
from c5tui.workspace import Workspace

ALL = 500


@pytest.fixture
def engine(db_path: Path) -> Iterator[SearchEngine]:
    with SearchEngine(db_path) as opened:
        yield opened


def keys(engine: SearchEngine, workspace: Workspace, query: str) -> set[str]:
    ids = [h.sentence_id for h in engine.search(query, limit=ALL)]
    return {q.key for q in workspace.quotes_by_id(ids)}


def claim_keys(claims: list[Claim]) -> set[str]:
    return {c.key for c in claims}


# -- quotes ------------------------------------------------------------------------------


def test_minus_word_excludes_its_inflected_forms(
    engine: SearchEngine, workspace: Workspace
) -> None:
    assert {"p06.s01", "p39.s04"} <= keys(engine, workspace, "уран")
    found = keys(engine, workspace, "литий OR уран -литийді")
    assert "p39.s04" in found and "p06.s01" not in found  # p06.s01 names литий


def test_not_alone_browses_everything_else(engine: SearchEngine, workspace: Workspace) -> None:
    everything = keys(engine, workspace, "")
    without = keys(engine, workspace, "NOT Қазақстан")
    with_it = keys(engine, workspace, "Қазақстан")
    assert without == everything - with_it
    assert keys(engine, workspace, "-Қазақстан") == without


def test_negated_phrase_and_filter(engine: SearchEngine, workspace: Workspace) -> None:
    assert {"p06.s03", "p10.s02"} <= keys(engine, workspace, "үй")
    # An exact phrase is exact: «Ақ үйде» (in the White House) is not «Ақ үй».
    assert {"p06.s03", "p10.s02"} & keys(engine, workspace, 'үй -"Ақ үй"') == {"p10.s02"}
    minerals = keys(engine, workspace, "sector:minerals")
    assert not minerals & keys(engine, workspace, "АҚШ -sector:minerals")
    assert keys(engine, workspace, "АҚШ -sector:minerals")


def test_or_between_words_and_between_filters(engine: SearchEngine, workspace: Workspace) -> None:
    assert {"p06.s01", "p39.s04"} <= keys(engine, workspace, "литий OR уран")
    either = keys(engine, workspace, "sector:minerals OR sector:logistics")
    assert either == keys(engine, workspace, "sector:minerals") | keys(
        engine, workspace, "sector:logistics"
    )


def test_filter_values_by_label_alias_and_case(engine: SearchEngine, workspace: Workspace) -> None:
    minerals = keys(engine, workspace, "sector:minerals")
    assert keys(engine, workspace, "sector:mineral") == minerals
    assert keys(engine, workspace, 'sector:"Critical minerals"') == minerals
    assert keys(engine, workspace, "actor:USA") == keys(engine, workspace, "actor:usa")


def test_has_claim_has_tag_and_kind(engine: SearchEngine, workspace: Workspace) -> None:
    claims = workspace.claims()
    stated = {q.key for q in workspace.quotes_by_id([i for c in claims for i in c.sentence_ids])}
    assert keys(engine, workspace, "has:claim") == stated
    tagged = {q.key for q in workspace.quotes() if q.tags}
    assert keys(engine, workspace, "has:tag") == tagged
    forecasts = [i for c in claims if c.kind == "forecast" for i in c.sentence_ids]
    expected = {q.key for q in workspace.quotes_by_id(forecasts)}
    assert keys(engine, workspace, "kind:prediction") == expected
    assert keys(engine, workspace, "kind:P") == expected


def test_an_unknown_filter_is_reported_and_not_applied(engine: SearchEngine) -> None:
    query = engine.parse("литий role:answr")
    assert query.errors == ("unknown role 'answr' (did you mean: answer)",)
    assert engine.search(query) == engine.search("литий")


def test_user_tags_join_the_vocabulary(engine: SearchEngine, workspace: Workspace) -> None:
    from c5tui.model import Tag

    workspace.create_tag(Tag("ports", "sector", "Порттар", "Ports", origin="user"))
    quote = workspace.quotes()[3]
    workspace.set_tags("sentence", quote.id, add=["ports"])
    assert keys(engine, workspace, "sector:Ports") == {quote.key}


# -- claims ------------------------------------------------------------------------------


def test_claims_kind_by_synonym_or_letter(workspace: Workspace) -> None:
    forecasts = {c.key for c in workspace.claims() if c.kind == "forecast"}
    # c17 ("is considered one of the key technologies") is an assessment, not a forecast.
    assert forecasts == {"c15", "c16"}
    for value in ("forecast", "prediction", "P", "болжам"):
        assert claim_keys(workspace.find_claims(query=f"kind:{value}")) == forecasts


def test_claims_actor_by_label_follows_the_hierarchy(workspace: Workspace) -> None:
    found = claim_keys(workspace.find_claims(query="actor:USA"))
    # c04 is tagged only with NASA and NOAA, children of the USA.
    assert {"c04", "c05", "c13"} <= found
    assert found == claim_keys(workspace.find_claims(query="actor:usa"))
    assert found == claim_keys(workspace.find_claims(query="actor:Америка"))


def test_claims_role_has_and_is(workspace: Workspace) -> None:
    assert claim_keys(workspace.find_claims(query="role:lead")) == {"c13"}
    claim = workspace.claims()[4]
    workspace.add_note("claim", claim.id, "check")
    workspace.select("claim", workspace.claims()[1].id)
    assert claim_keys(workspace.find_claims(query="has:note")) == {claim.key}
    assert claim_keys(workspace.find_claims(query="is:selected")) == {"c02"}
    assert len(workspace.find_claims(query="has:claim")) == len(workspace.claims())


def test_claims_text_negation_or_and_phrases(workspace: Workspace) -> None:
    coal = claim_keys(workspace.find_claims(query="coal"))
    assert "c02" in coal
    assert "c02" not in claim_keys(workspace.find_claims(query="coal -reserves"))
    either = claim_keys(workspace.find_claims(query="methane OR lithium"))
    assert {"c03", "c10"} <= either
    assert claim_keys(workspace.find_claims(query='"coal reserves"')) == {"c02"}
    assert claim_keys(workspace.find_claims(query='"reserves coal"')) == set()


def test_claims_text_uses_the_quote_search_stemming(workspace: Workspace) -> None:
    # Kazakh inflections and English plurals, on the statement and on its quotes.
    assert "c10" in claim_keys(workspace.find_claims(query="уранның"))
    assert "c02" in claim_keys(workspace.find_claims(query="reserve"))
    assert "c02" in claim_keys(workspace.find_claims(query="көмірдің қоры"))
    assert "c02" in claim_keys(workspace.find_claims(query="komir"))


def test_claims_sector_negation_and_unknown_values(workspace: Workspace) -> None:
    minerals = claim_keys(workspace.find_claims(query="sector:mineral"))
    assert minerals and minerals == claim_keys(workspace.find_claims(sector="minerals"))
    rest = claim_keys(workspace.find_claims(query="-sector:minerals"))
    assert rest == claim_keys(workspace.claims()) - minerals
    query = workspace.parse_query("sector:minerl")
    assert query.errors == ("unknown sector 'minerl' (did you mean: minerals)",)
