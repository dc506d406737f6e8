"""Usage errors are one line on stderr and exit 2, through a real process."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.test_cli_corpus import run


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["search", "--limit", "0", "литий"],
            "invalid value for '--limit': 0 is not in the range 1<=x<=10000"
            " (see 'c5tui search --help')",
        ),
        (
            ["select", "abc"],
            "invalid value for 'ITEM_IDS...': 'abc' is not an id (a quote id is a number,"
            " e.g. 17) (see 'c5tui select --help')",
        ),
        (
            ["search", "-литий"],
            "no such option '-л'; if '-литий' is text, put -- before it: c5tui search -- -литий",
        ),
        (
            ["annotate", "3", "-literally"],
            "no such option '-l'; if '-literally' is text, put -- before it:"
            " c5tui annotate 3 -- -literally",
        ),
        (
            ["search", "литий", "-уран", "--limit", "3"],
            "no such option '-у'; if '-уран' is text, put -- before it, after the options",
        ),
        (
            ["search", "--lmit", "3", "литий"],
            "no such option '--lmit'; did you mean '--limit'? (see 'c5tui search --help')",
        ),
        (["search"], "missing argument 'QUERY...' (see 'c5tui search --help')"),
        (["--db"], "option '--db' requires an argument (see 'c5tui --help')"),
        (["--nope"], "no such option '--nope' (see 'c5tui --help')"),
        (
            ["serch", "литий"],
            "no such command 'serch'; did you mean 'search'? (see 'c5tui --help')",
        ),
        (["notes", "edit"], "missing argument 'NOTE_ID' (see 'c5tui notes edit --help')"),
        (
            ["export", "--lang", "fr", "-o", "-"],
            "invalid value for '--lang': 'fr' is not one of 'kk', 'en', 'both'"
            " (see 'c5tui export --help')",
        ),
    ],
)
def test_a_usage_error_is_one_line(db_path: Path, args: list[str], message: str) -> None:
    result = run(db_path, *args)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == f"c5tui: error: {message}\n"


def test_a_query_that_starts_with_a_dash_is_searched_after_double_dash(db_path: Path) -> None:
    # After "--", "-литий" is the query: every quote without the word.
    result = run(db_path, "search", "--json", "--limit", "500", "--", "-литий")
    assert result.returncode == 0, result.stderr
    hits = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(hits) == 121  # the interview has 122 sentences; one names lithium
    assert all("литий" not in hit["kk"].lower() for hit in hits)
