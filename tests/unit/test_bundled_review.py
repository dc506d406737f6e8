"""The bundled interview as corrected by the bilingual review, read from a freshly seeded store.

Each expectation comes from reading the Kazakh sentence (fixtures/…kk.txt) against its
English and the claims: the English must carry the source's meaning, aspect and agent, and
a claim its speaker's hedges and its quotes.
"""

from __future__ import annotations

import pytest

from c5tui.model import Claim, Sentence
from c5tui.workspace import Workspace


def _quotes(workspace: Workspace) -> dict[str, Sentence]:
    return {s.key: s for s in workspace.quotes(1)}


def _claims(workspace: Workspace) -> dict[str, Claim]:
    return {c.key: c for c in workspace.claims(1)}


@pytest.mark.parametrize(
    ("key", "kazakh", "wanted", "unwanted"),
    [
        # «пайыздар» are percentages; "interests" would be «мүдделер».
        ("p10.s03", "пайыздар", "percentages", "interests"),
        # «қолданыла бастады»: inceptive, begun to be used, not already in wide use.
        ("p35.s07", "қолданыла бастады", "begun to be widely used", "have come into wide use"),
        # «шығу мүмкіндігін» governs both datives: access to IP, not IP itself.
        ("p24.s05", "шығу мүмкіндігін", "access to intellectual property", "provides intellectual"),
        # «Қазақстан үшін саммиттің мәні ерекше»: the summit matters for Kazakhstan.
        ("p08.s01", "Қазақстан үшін", "For Kazakhstan", "attaches"),
        # «барынша тиімді»: highly advantageous, not a ranking against the others.
        ("p08.s03", "барынша тиімді", "highly advantageous", "the most advantageous"),
        # «нақты шешім»: concrete decisions.
        ("p10.s02", "нақты шешім", "concrete decisions", "decision-making level"),
        # «жүргізеді» is active; its subject, the USA, carries over from p36.s03.
        ("p36.s04", "жүргізеді", "[the USA] conducts", "is carried out"),
        # «Президенттің» in a Kazakh outlet is Kazakhstan's President, not the US one.
        ("p40.s01", "Президенттің", "Kazakh President's", "that the President's"),
    ],
)
def test_corrected_english_renders_the_kazakh(
    workspace: Workspace, key: str, kazakh: str, wanted: str, unwanted: str
) -> None:
    quote = _quotes(workspace)[key]
    assert kazakh in quote.kk
    assert quote.en is not None
    assert wanted in quote.en
    assert unwanted not in quote.en


def test_claims_keep_the_speakers_hedges(workspace: Workspace) -> None:
    claims = _claims(workspace)
    quotes = _quotes(workspace)
    assert quotes["p38.s05"].kk.startswith("Қателеспесем")
    assert "not mistaken" in claims["c08"].statement
    assert "is considered" in claims["c17"].statement
    assert claims["c17"].kind == "opinion"
    assert "may be reached" in claims["c15"].statement
    assert "the way will open" in claims["c16"].statement
    assert "is taking shape" in claims["c22"].statement
    assert "such as Chevron" in claims["c12"].statement


def test_claims_state_the_numbers_and_agents_of_their_quotes(workspace: Workspace) -> None:
    claims = _claims(workspace)
    assert "80%-ын" in _quotes(workspace)["p17.s02"].kk
    assert "controls 80%" in claims["c01"].statement
    assert "about" not in claims["c01"].statement
    assert claims["c04"].statement.startswith("The USA conducts")
    assert "percentages" in claims["c19"].statement
    # The source controls the supply chains but builds the corridors.
    assert "building alternative transport corridors" in claims["c18"].statement


def test_c20_is_linked_to_the_sentence_that_states_chinas_share(workspace: Workspace) -> None:
    quotes = _quotes(workspace)
    c20 = _claims(workspace)["c20"]
    assert {quotes["p17.s02"].id, quotes["p17.s03"].id} <= set(c20.sentence_ids)
    assert "china" in c20.actors


@pytest.mark.parametrize(
    "key", ["p36.s03", "p38.s02", "p38.s04", "p38.s05", "p39.s01", "p39.s02", "p39.s03"]
)
def test_ccs_and_methane_sentences_are_in_the_energy_transition_sector(
    workspace: Workspace, key: str
) -> None:
    assert "energy_transition" in _quotes(workspace)[key].sectors


def test_the_rare_metal_vulnerability_is_in_the_minerals_sector(workspace: Workspace) -> None:
    assert "minerals" in _quotes(workspace)["p17.s03"].sectors


@pytest.mark.parametrize(
    ("claim", "actor"),
    [("c05", "kazakhstan"), ("c07", "kazakhstan"), ("c07", "usa"), ("c14", "central_asia")],
)
def test_claims_are_tagged_with_the_actors_they_name(
    workspace: Workspace, claim: str, actor: str
) -> None:
    assert actor in _claims(workspace)[claim].actors
