"""Finding codebook tags by what a user types, and naming the tags a user creates."""

from __future__ import annotations

import pytest

from c5tui import resources
from c5tui.model import Tag
from c5tui.tagging.codebook import load_codebook
from c5tui.tagging.lookup import Found, named_tag, new_tag_id, rank_tags


@pytest.fixture(scope="module")
def codebook() -> list[Tag]:
    return load_codebook(resources.bundled_codebook())


def ids(found: list[Found]) -> list[str]:
    return [f.tag.id for f in found]


def test_nothing_typed_lists_every_tag_in_order(codebook: list[Tag]) -> None:
    assert ids(rank_tags(codebook, "  ")) == [t.id for t in codebook]


def test_id_and_label_prefixes_come_first(codebook: list[Tag]) -> None:
    # Aliases such as "transport" and "traditional energy" start with "tr" too: they follow.
    assert ids(rank_tags(codebook, "tr"))[:2] == ["trade_investment", "trump"]
    assert ids(rank_tags(codebook, "usa"))[0] == "usa"


def test_a_word_of_a_label_comes_before_aliases(codebook: list[Tag]) -> None:
    found = rank_tags(codebook, "asia")
    assert found[0].tag.id == "central_asia" and found[0].alias is None
    assert ids(rank_tags(codebook, "Трамп"))[0] == "trump"  # "Дональд Трамп"


def test_an_alias_match_says_which_alias(codebook: list[Tag]) -> None:
    found = rank_tags(codebook, "middle")
    assert found[0].tag.id == "logistics"
    assert found[0].alias == "Middle Corridor"
    komir = rank_tags(codebook, "komir")[0]
    assert (komir.tag.id, komir.alias) == ("fossil_fuels", "көмір")


def test_typos_are_found_last(codebook: list[Tag]) -> None:
    found = rank_tags(codebook, "lithum")
    assert ids(found)[0] == "minerals"
    assert found[0].alias in {"lithium", "литий"}


def test_a_short_key_is_not_taken_for_a_typo(codebook: list[Tag]) -> None:
    assert ids(rank_tags(codebook, "min")) == ["minerals"]


def test_a_name_in_any_script_is_known(codebook: list[Tag]) -> None:
    usa = named_tag(codebook, "АҚШ")
    assert usa is not None and usa.id == "usa"
    assert named_tag(codebook, "aqsh") is usa
    assert named_tag(codebook, "middle corridor") is not None
    assert named_tag(codebook, "central_asia") is not None
    assert named_tag(codebook, "Rare earths") is None


def test_a_sectors_topical_word_is_found_but_is_not_its_name(codebook: list[Tag]) -> None:
    # Logistics has "темір жол" among its words: a user's Railways tag may be called so.
    assert "logistics" in ids(rank_tags(codebook, "темір жол"))
    assert named_tag(codebook, "Темір жол") is None
    assert named_tag(codebook, "railway") is None
    middle = named_tag(codebook, "Орта дәліз")  # a route's name, written capitalised
    assert middle is not None and middle.id == "logistics"


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("Rare earths", "rare_earths"),
        ("  Port of Aktau ", "port_of_aktau"),
        ("Café society", "cafe_society"),
        ("2030 plan", "tag_2030_plan"),
        ("Сирек жер", "sirek_jer"),
        (
            "A very long English label that goes on and on and on",
            "a_very_long_english_label_that_goes_on",
        ),
    ],
)
def test_a_new_id_is_a_readable_slug_of_the_english_label(label: str, expected: str) -> None:
    assert new_tag_id(label, set()) == expected


def test_a_new_id_is_unique() -> None:
    assert new_tag_id("Rare earths", {"rare_earths"}) == "rare_earths_2"
    assert new_tag_id("Rare earths", {"rare_earths", "rare_earths_2"}) == "rare_earths_3"
    long = "a" * 45
    made = new_tag_id(long, {"a" * 40})
    assert made == "a" * 38 + "_2" and len(made) <= 40
