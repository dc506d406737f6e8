"""The sentence aligner on real sentences of the bundled interview and its translation."""

from __future__ import annotations

import pytest

from c5tui.corpus.align import Link, align
from c5tui.corpus.anchors import anchor_bonus
from c5tui.corpus.concepts import Concepts
from tests.corpus.perturb import Bundled, bundled


@pytest.fixture(scope="module")
def source() -> Bundled:
    return bundled()


def pairs(links: list[Link]) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    return [(link.kk, link.en) for link in links]


def kazakh(source: Bundled, keys: list[str]) -> list[str]:
    texts = {s.key: s.text for s in source.kazakh.sentences}
    return [texts[key] for key in keys]


def english(source: Bundled, keys: list[str]) -> list[str]:
    return [source.english[key] for key in keys]


KEYS = ["p15.s01", "p15.s02", "p15.s03", "p16.s01", "p17.s01", "p17.s02", "p17.s03", "p17.s04"]


def test_a_faithful_translation_aligns_one_to_one(source: Bundled) -> None:
    links = align(kazakh(source, KEYS), english(source, KEYS))
    assert pairs(links) == [((i,), (i,)) for i in range(len(KEYS))]
    assert all(link.confidence > 0.75 for link in links)


def test_english_that_merges_two_kazakh_sentences_links_two_to_one(source: Bundled) -> None:
    en = english(source, KEYS)
    merged = [*en[:1], f"{en[1][:-1]}, and {en[2][0].lower()}{en[2][1:]}", *en[3:]]
    links = align(kazakh(source, KEYS), merged)
    assert ((1, 2), (1,)) in pairs(links)
    assert len(links) == len(KEYS) - 1


def test_english_that_splits_a_kazakh_sentence_links_one_to_two(source: Bundled) -> None:
    keys = ["p10.s01", "p10.s02", "p10.s03", "p11.s01", "p12.s01"]
    en = english(source, keys)
    first, second = en[3].split(", but ")
    split = [*en[:3], f"{first}.", f"But {second}", *en[4:]]
    links = align(kazakh(source, keys), split)
    assert ((3,), (3, 4)) in pairs(links)
    assert ((4,), (5,)) in pairs(links)


def test_an_added_english_sentence_is_left_out(source: Bundled) -> None:
    en = english(source, KEYS)
    added = [*en[:4], "Kazinform has covered the C5+1 format since 2015.", *en[4:]]
    links = align(kazakh(source, KEYS), added)
    assert all(4 not in link.en for link in links)
    assert pairs(links) == [((i,), (i if i < 4 else i + 1,)) for i in range(len(KEYS))]


def test_a_dropped_kazakh_sentence_stays_without_english(source: Bundled) -> None:
    en = english(source, KEYS)
    links = align(kazakh(source, KEYS), en[:3] + en[4:])
    assert all(3 not in link.kk for link in links)
    assert len(links) == len(KEYS) - 1


def test_a_moved_paragraph_finds_its_place(source: Bundled) -> None:
    keys = [s.key for s in source.kazakh.sentences if "p14" <= s.key < "p25"]
    moved = [k for k in keys if k.startswith("p17")]
    rest = [k for k in keys if not k.startswith("p17")]
    order = rest[:3] + moved + rest[3:]  # p17 (with its 80%) moved up before p15.s03
    breaks = frozenset(i for i, k in enumerate(keys) if k.endswith("s01"))
    links = align(kazakh(source, keys), english(source, order), breaks)
    got = {keys[link.kk[0]]: order[link.en[0]] for link in links if len(link.kk) == 1}
    assert all(got.get(k) == k for k in keys)


def test_names_numbers_and_latin_words_are_anchors_across_scripts(source: Bundled) -> None:
    kk = [
        "Рүстем Мұстафин сұхбат берді.",
        "Вашингтонда 6 қараша күні саммит өтеді.",
        "Wabtec келді.",
    ]
    en = ["Wabtec came.", "The summit is in Washington on 6 November.", "Rustem Mustafin spoke."]
    bonus = anchor_bonus(kk, en)
    assert set(bonus) == {(0, 2), (1, 1), (2, 0)}


def test_a_lone_link_without_anchors_is_not_trusted(source: Bundled) -> None:
    # Two unrelated sentences of like length: nothing but their length pairs them.
    links = align(kazakh(source, ["p06.s03"]), english(source, ["p23.s02"]))
    assert [link.confidence < 0.45 for link in links] in ([True], [])


def test_no_text_on_one_side_gives_no_links(source: Bundled) -> None:
    assert align(kazakh(source, KEYS), []) == []
    assert align([], english(source, KEYS)) == []


def test_a_moved_paragraph_without_anchors_takes_back_its_english(source: Bundled) -> None:
    # p07 names nothing and counts nothing: only its shape shows where it went.
    keys = [s.key for s in source.kazakh.sentences if "p05" <= s.key < "p13"]
    moved = [k for k in keys if k.startswith("p07")]
    rest = [k for k in keys if not k.startswith("p07")]
    at = rest.index("p10.s03") + 1
    order = rest[:at] + moved + rest[at:]  # p07 told after p10
    breaks = frozenset(i for i, k in enumerate(keys) if k.endswith("s01"))
    en_breaks = frozenset(i for i, k in enumerate(order) if k.endswith("s01"))
    links = align(kazakh(source, keys), english(source, order), breaks, en_breaks)
    got = {keys[link.kk[0]]: order[link.en[0]] for link in links if len(link.kk) == 1}
    assert all(got.get(k) == k for k in keys)


def test_concepts_of_the_codebook_are_shared_across_languages() -> None:
    concepts = Concepts(
        ["Ақ үй мұны жақсы түсініп отыр.", "Ауыл шаруашылығы өсіп келеді."],
        ["Agriculture keeps growing.", "The White House understands this well."],
    )
    assert concepts.kazakh[0] & concepts.english[1]
    assert concepts.kazakh[1] & concepts.english[0]
    assert not concepts.kazakh[0] & concepts.english[0]
    assert concepts.worth(concepts.kazakh[0] & concepts.english[1]) > 0


def test_an_outlet_named_on_both_sides_is_not_shared_content() -> None:
    """A dateline and an English closing line both name Kazinform; a name of the region
    is still evidence."""
    kazakh = ["АСТАНА. KAZINFORM – Жамбылда 24 ауылға ауыз су беріледі."]
    english = ["Earlier, Qazinform News Agency reported on investments."]
    assert anchor_bonus(kazakh, english) == {}
    assert anchor_bonus(kazakh, ["Earlier, Zhambyl region attracted investments."])
