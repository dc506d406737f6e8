"""`c5tui search` and `c5tui claims` speak the same query language, with one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from c5tui.cli import cli


def invoke(db: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["--db", str(db), *args])
    return result.exit_code, result.stdout, result.stderr


def claims(db: Path, *args: str) -> list[dict]:
    code, out, err = invoke(db, "claims", "--json", *args)
    assert code == 0, err
    return [json.loads(line) for line in out.splitlines() if line]


def test_search_with_an_unknown_filter_value_exits_2_with_suggestions(db_path: Path) -> None:
    code, out, err = invoke(db_path, "search", "литий", "sector:minerl")
    assert code == 2
    assert out == ""
    assert err == "c5tui: error: unknown sector 'minerl' (did you mean: minerals)\n"


def test_search_option_values_use_the_same_vocabulary(db_path: Path) -> None:
    code, out, _ = invoke(db_path, "search", "литий", "--sector", "Mineral", "--actor", "Қазақстан")
    assert code == 0 and out
    code, _, err = invoke(db_path, "search", "литий", "--sector", "nope")
    assert code == 2
    assert err.startswith("c5tui: error: unknown sector 'nope'")


def test_search_negation_and_or(db_path: Path) -> None:
    code, out, _ = invoke(db_path, "search", "литий OR уран", "--json", "--limit", "50")
    both = {json.loads(line)["key"] for line in out.splitlines()}
    assert code == 0 and {"p06.s01", "p39.s04"} <= both
    code, out, _ = invoke(db_path, "search", "уран -литий", "--json", "--limit", "50")
    found = {json.loads(line)["key"] for line in out.splitlines()}
    assert code == 0 and "p39.s04" in found and "p06.s01" not in found


def test_claims_query_with_kind_synonym_and_actor_label(db_path: Path) -> None:
    forecasts = claims(db_path, "-q", "kind:prediction")
    assert [c["key"] for c in forecasts] == ["c15", "c16"]
    assert {c["kind"] for c in forecasts} == {"forecast"}
    assert claims(db_path, "--kind", "P") == forecasts
    usa = claims(db_path, "-q", "actor:USA")
    family = {"usa", "trump", "biden", "dfc", "nasa", "noaa", "wabtec", "chevron", "exxonmobil"}
    family |= {"honeywell", "blue_sky_energy"}  # companies belong to their country
    assert usa and all(family & set(c["actors"]) for c in usa)


def test_claims_query_role_and_negation(db_path: Path) -> None:
    assert [c["key"] for c in claims(db_path, "-q", "role:lead")] == ["c13"]
    coal = {c["key"] for c in claims(db_path, "-q", "coal -reserves")}
    assert coal and "c02" not in coal


def test_claims_with_an_unknown_filter_value_exits_2(db_path: Path) -> None:
    code, out, err = invoke(db_path, "claims", "-q", "role:answr")
    assert code == 2 and out == ""
    assert err == "c5tui: error: unknown role 'answr' (did you mean: answer)\n"
    code, _, err = invoke(db_path, "claims", "--kind", "guess")
    assert code == 2 and err.startswith("c5tui: error: unknown claim kind 'guess'")
