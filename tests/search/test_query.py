"""The query language: one parser and one filter vocabulary for quotes and claims."""

from __future__ import annotations

import pytest

from c5tui import resources
from c5tui.errors import InputError
from c5tui.search.query import Filter, Query, Words, parse_query, toggle_filter
from c5tui.search.vocabulary import Vocabulary
from c5tui.tagging.codebook import load_codebook


@pytest.fixture(scope="module")
def vocabulary() -> Vocabulary:
    return Vocabulary(load_codebook(resources.bundled_codebook()))


def only_filter(query: Query) -> Filter:
    [clause] = query.clauses
    [atom] = clause.filters
    return atom


@pytest.mark.parametrize(
    "raw",
    [
        "sector:minerals",
        "sector:MINERALS",
        "sector:mineral",  # an alias
        'sector:"Critical minerals"',  # the English label
        "sector:минерал",  # a Kazakh alias
        'sector:"Сындарлы минералдар"',  # the Kazakh label
        'sector:"Syndarly mineraldar"',  # the same in the 2021 Latin alphabet
        "sector:minerali",  # an inflected alias (минералы)
    ],
)
def test_sector_by_id_label_or_alias_in_any_script(vocabulary: Vocabulary, raw: str) -> None:
    query = parse_query(raw, vocabulary)
    assert query.errors == ()
    assert only_filter(query).values == ("minerals",)


@pytest.mark.parametrize(
    "raw", ["actor:USA", "actor:usa", "actor:АҚШ", "actor:Washington", 'actor:"United States"']
)
def test_actor_by_id_label_or_alias(vocabulary: Vocabulary, raw: str) -> None:
    assert only_filter(parse_query(raw, vocabulary)).values == ("usa",)


@pytest.mark.parametrize(
    ("value", "kind"),
    [
        ("forecast", "forecast"),
        ("prediction", "forecast"),
        ("predictions", "forecast"),
        ("P", "forecast"),
        ("болжам", "forecast"),
        ("F", "fact"),
        ("S", "statistic"),
        ("stat", "statistic"),
        ("O", "opinion"),
        ("R", "recommendation"),
        ("Recommendations", "recommendation"),
    ],
)
def test_kind_names_synonyms_and_letters(vocabulary: Vocabulary, value: str, kind: str) -> None:
    assert only_filter(parse_query(f"kind:{value}", vocabulary)).values == (kind,)


@pytest.mark.parametrize(
    ("raw", "values"),
    [
        ("role:answer", ("answer",)),
        ("role:a", ("answer",)),
        ("role:Q", ("question",)),
        ("role:answers", ("answer",)),
        ("has:note", ("note",)),
        ("has:notes", ("note",)),
        ("has:claim", ("claim",)),
        ("has:tag", ("tag",)),
        ("is:selected", ("selected",)),
    ],
)
def test_role_has_and_is_values(vocabulary: Vocabulary, raw: str, values: tuple[str, ...]) -> None:
    assert only_filter(parse_query(raw, vocabulary)).values == values


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("sector:minerl", "unknown sector 'minerl' (did you mean: minerals)"),
        ("role:answr", "unknown role 'answr' (did you mean: answer)"),
        ("kind:forcast", "unknown claim kind 'forcast' (did you mean: forecast)"),
        ("has:claimz", "unknown has: value 'claimz' (did you mean: claim)"),
        ("is:chosen", "unknown is: value 'chosen' (known: selected)"),
    ],
)
def test_an_unknown_value_is_a_problem_with_the_nearest_values(
    vocabulary: Vocabulary, raw: str, message: str
) -> None:
    query = parse_query(f"литий {raw}", vocabulary)
    assert query.errors == (message,)
    # The rest of the query still stands; the unknown filter is not applied.
    assert query.text == "литий"
    assert not query.filter_clauses


def test_a_value_far_from_any_lists_the_known_ones(vocabulary: Vocabulary) -> None:
    [message] = parse_query("sector:zzzz", vocabulary).errors
    assert message.startswith("unknown sector 'zzzz' (known: ")
    assert "minerals" in message and "logistics" in message


def test_an_ambiguous_prefix_names_every_candidate(vocabulary: Vocabulary) -> None:
    assert only_filter(parse_query("sector:miner", vocabulary)).values == ("minerals",)
    [message] = parse_query("actor:kaz", vocabulary).errors
    assert "kazakhstan" in message and "kazmunaygas" in message


def test_raise_errors_gives_one_input_error(vocabulary: Vocabulary) -> None:
    parse_query("sector:minerals", vocabulary).raise_errors()
    with pytest.raises(InputError, match=r"unknown sector 'minerl' \(did you mean: minerals\)"):
        parse_query("sector:minerl", vocabulary).raise_errors()


def test_negation_with_a_minus_or_not(vocabulary: Vocabulary) -> None:
    query = parse_query('литий -уран NOT Қытай -sector:logistics -"Ақ үй"', vocabulary)
    assert [(c.negated, c.is_text) for c in query.clauses] == [
        (False, True),
        (True, True),
        (True, True),
        (True, False),
        (True, True),
    ]
    assert query.text == "литий"
    assert query.clauses[4].atoms == (Words("Ақ үй", ("ak", "ui"), phrase=True),)
    assert query.clauses[3].filters[0].values == ("logistics",)


def test_or_joins_words_and_filters(vocabulary: Vocabulary) -> None:
    query = parse_query("литий OR уран sector:minerals OR sector:logistics", vocabulary)
    words, tags = query.clauses
    assert [a.text for a in words.words] == ["литий", "уран"]
    assert [a.values for a in tags.filters] == [("minerals",), ("logistics",)]
    assert query.errors == ()


def test_or_between_a_word_and_a_filter_is_a_problem(vocabulary: Vocabulary) -> None:
    query = parse_query("литий OR sector:minerals", vocabulary)
    assert len(query.clauses) == 2
    assert query.errors == ("OR joins two words or two filters, not a word and a filter",)


def test_lower_case_or_and_not_are_words(vocabulary: Vocabulary) -> None:
    query = parse_query("gas or oil not coal", vocabulary)
    assert query.text == "gas or oil not coal"
    assert all(not c.negated for c in query.clauses)


def test_dangling_operators_and_stray_marks_are_harmless(vocabulary: Vocabulary) -> None:
    for raw in ("OR", "NOT", "литий OR", "- литий", '"', 'литий "Ақ', "sector:", "OR NOT"):
        query = parse_query(raw, vocabulary)
        assert query.errors == ()
        assert all(not c.negated for c in query.clauses)


def test_unknown_keys_and_hyphenated_words_stay_text(vocabulary: Vocabulary) -> None:
    query = parse_query("foo:bar Jackson-Vanik", vocabulary)
    assert query.text == "foo:bar Jackson-Vanik"
    assert not query.filter_clauses


def test_without_a_codebook_tag_values_are_taken_as_ids() -> None:
    query = parse_query("sector:Minerals kind:prediction")
    assert [f.values for c in query.filter_clauses for f in c.filters] == [
        ("minerals",),
        ("forecast",),
    ]


def test_actor_family_follows_the_hierarchy(vocabulary: Vocabulary) -> None:
    assert {"usa", "trump", "biden", "dfc", "nasa", "noaa"} <= vocabulary.family(["usa"])
    assert vocabulary.family(["trump"]) == {"trump"}


def test_toggling_a_facet_adds_or_removes_its_filter(vocabulary: Vocabulary) -> None:
    added = toggle_filter("литий", "sector", "minerals", vocabulary)
    assert added == "литий sector:minerals "
    assert toggle_filter(added, "sector", "minerals", vocabulary) == "литий "
    # A filter typed by its alias is the same facet.
    assert toggle_filter("sector:mineral литий", "sector", "minerals", vocabulary) == "литий "
    assert parse_query("литий sector:mineral", vocabulary).active_tags("sector") == {"minerals"}
