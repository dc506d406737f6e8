"""c5tui tags rename / relabel / parent / delete: the Codebook screen's changes from the
shell, on a real temporary database with a real article and a tag made from a candidate."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.test_cli_candidates import candidates, imported, invoke


def tags(db: Path) -> dict[str, dict]:
    code, out, err = invoke(db, "tags", "--json")
    assert code == 0, err
    return {t["id"]: t for t in map(json.loads, out.splitlines())}


def found(db: Path, query: str) -> set[int]:
    code, out, err = invoke(db, "search", query, "--json", "--limit", "1000")
    assert code == 0, err
    return {json.loads(line)["id"] for line in out.splitlines()}


@pytest.fixture
def kasymov(db_path: Path) -> set[int]:
    """The economist of the tenge article made an actor tag; his quotes."""
    imported(db_path, "zakon-tenge-rate")
    code, _, err = invoke(db_path, "candidates", "accept", "Айдар Қасымов", "--id", "kasymov")
    assert code == 0, err
    quotes = found(db_path, "actor:kasymov")
    assert quotes
    return quotes


def test_rename_moves_quotes_children_and_the_decision(db_path: Path, kasymov: set[int]) -> None:
    code, _, err = invoke(
        db_path, "tags", "add", "kasymov_desk", "--kind", "actor", "--label-en", "His desk",
        "--parent", "kasymov",
    )  # fmt: skip
    assert code == 0, err
    code, out, err = invoke(db_path, "tags", "rename", "kasymov", "aidar_kasymov", "--json")
    assert code == 0, err
    [tag] = map(json.loads, out.splitlines())
    assert (tag["id"], tag["origin"], tag["label_kk"]) == ("aidar_kasymov", "user", "Айдар Қасымов")
    assert tag["count"] == len(kasymov)
    assert found(db_path, "actor:aidar_kasymov") == kasymov
    codebook = tags(db_path)
    assert "kasymov" not in codebook
    assert codebook["kasymov_desk"]["parent"] == "aidar_kasymov"
    assert "Айдар Қасымов" not in candidates(db_path)  # still decided, under the new id
    code, out, _ = invoke(db_path, "tags", "rename", "aidar_kasymov", "kasymov")
    assert (code, out) == (0, "renamed aidar_kasymov to kasymov\n")


def test_relabel_and_set_a_parent(db_path: Path, kasymov: set[int]) -> None:
    code, out, err = invoke(db_path, "tags", "relabel", "kasymov", "--en", "Aidar Kassymov")
    assert code == 0 and out == "relabelled kasymov: Aidar Kassymov / Айдар Қасымов\n", err
    code, out, err = invoke(db_path, "tags", "relabel", "kasymov", "--kk", "Қасымов А.", "--json")
    assert code == 0, err
    tag = json.loads(out)
    assert (tag["label_en"], tag["label_kk"]) == ("Aidar Kassymov", "Қасымов А.")
    # As in the Codebook screen, a codebook tag's labels and parent may change too.
    assert invoke(db_path, "tags", "relabel", "usa", "--en", "United States")[0] == 0
    assert tags(db_path)["usa"]["label_en"] == "United States"

    code, out, err = invoke(db_path, "tags", "parent", "kasymov", "kazakhstan")
    assert code == 0 and out == "kasymov is now under kazakhstan\n", err
    assert kasymov <= found(db_path, "actor:kazakhstan")
    code, _, err = invoke(db_path, "tags", "parent", "kazakhstan", "kasymov")
    assert code == 2 and "cycle" in err and err.count("\n") == 1
    code, out, err = invoke(db_path, "tags", "parent", "kasymov", "--none", "--json")
    assert code == 0, err
    assert json.loads(out)["parent"] is None
    assert tags(db_path)["kasymov"]["parent"] is None


def test_delete_a_user_tag_and_refuse_a_codebook_one(db_path: Path, kasymov: set[int]) -> None:
    code, out, err = invoke(db_path, "tags", "delete", "kasymov")
    assert code == 0, err
    assert out == f"deleted kasymov (it was on {len(kasymov)} quotes)\n"
    assert "kasymov" not in tags(db_path)
    assert invoke(db_path, "search", "actor:kasymov")[0] == 2
    # Its candidate is no longer decided: it is proposed again.
    assert "Айдар Қасымов" in candidates(db_path)

    before = tags(db_path)
    code, out, err = invoke(db_path, "tags", "delete", "usa")
    assert code == 2 and out == "" and err.count("\n") == 1
    assert "'usa' comes with the codebook" in err
    code, _, err = invoke(db_path, "tags", "rename", "usa", "america")
    assert code == 2 and "'usa' comes with the codebook" in err
    assert tags(db_path) == before


def test_delete_json_is_the_tag_as_it_was(db_path: Path, kasymov: set[int]) -> None:
    code, out, err = invoke(db_path, "tags", "delete", "kasymov", "--json")
    assert code == 0, err
    tag = json.loads(out)
    assert (tag["id"], tag["origin"], tag["count"]) == ("kasymov", "user", len(kasymov))


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["rename", "nobody", "x"], "no tag 'nobody' in the codebook"),
        (["rename", "kasymov", "Bad Id"], "tag id 'Bad Id'"),
        (["rename", "kasymov", "usa"], "tag 'usa' exists already"),
        (["relabel", "kasymov"], "give --en, --kk or both"),
        (["relabel", "kasymov", "--en", " "], "labels cannot be empty"),
        (["relabel", "nobody", "--en", "X"], "no tag 'nobody' in the codebook"),
        (["parent", "kasymov"], "give a PARENT or --none"),
        (["parent", "kasymov", "usa", "--none"], "give a PARENT or --none, not both"),
        (["parent", "kasymov", "nobody"], "no tag 'nobody' in the codebook"),
        (["parent", "minerals", "kazakhstan"], "only actors have a parent"),
        (["parent", "minerals", "--none"], "only actors have a parent"),
        (["parent", "kasymov", "minerals"], "'minerals' is not an actor tag"),
        (["delete", "nobody"], "no tag 'nobody' in the codebook"),
    ],
)
def test_bad_input_is_one_line_exit_2_and_changes_nothing(
    db_path: Path, kasymov: set[int], args: list[str], message: str
) -> None:
    before = tags(db_path)
    code, out, err = invoke(db_path, "tags", *args)
    assert code == 2 and out == "" and err.count("\n") == 1, (code, out, err)
    assert message in err
    assert tags(db_path) == before
