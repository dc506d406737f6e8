"""`c5tui tags rename|relabel|parent|delete`: the Codebook screen's actions from the CLI."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from c5tui.cli import cli


def run(db: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["--db", str(db), *args])
    return result.exit_code, result.stdout, result.stderr


def codebook(db: Path) -> dict[str, dict]:
    code, out, err = run(db, "tags", "--json")
    assert code == 0, err
    return {t["id"]: t for t in map(json.loads, out.splitlines())}


def test_a_user_tag_renamed_relabelled_moved_and_deleted(db_path: Path) -> None:
    assert run(db_path, "tags", "add", "kmg", "--kind", "actor", "--label-en", "KMG")[0] == 0
    assert run(db_path, "tag", "1", "+kmg")[0] == 0

    code, out, err = run(db_path, "tags", "rename", "kmg", "kazmunaygas_user")
    assert code == 0, err
    tags = codebook(db_path)
    assert "kmg" not in tags and tags["kazmunaygas_user"]["count"] == 1

    code, _, err = run(
        db_path,
        "tags",
        "relabel",
        "kazmunaygas_user",
        "--label-en",
        "KazMunayGas",
        "--label-kk",
        "ҚазМұнайГаз",
    )
    assert code == 0, err
    tag = codebook(db_path)["kazmunaygas_user"]
    assert (tag["label_en"], tag["label_kk"]) == ("KazMunayGas", "ҚазМұнайГаз")

    assert run(db_path, "tags", "parent", "kazmunaygas_user", "kazakhstan")[0] == 0
    assert codebook(db_path)["kazmunaygas_user"]["parent"] == "kazakhstan"
    assert run(db_path, "tags", "parent", "kazmunaygas_user", "--none")[0] == 0
    assert codebook(db_path)["kazmunaygas_user"].get("parent") is None

    code, out, err = run(db_path, "tags", "delete", "kazmunaygas_user")
    assert code == 0, err
    assert "kazmunaygas_user" not in codebook(db_path)
    code, out, _ = run(db_path, "quotes", "--json")
    assert all("kazmunaygas_user" not in line for line in out.splitlines())


def test_bad_requests_are_one_line_and_exit_2(db_path: Path) -> None:
    for args in (
        ("tags", "rename", "no_such_tag", "x"),
        ("tags", "relabel", "no_such_tag", "--label-en", "X"),
        ("tags", "relabel", "usa"),  # nothing to change
        ("tags", "parent", "minerals", "usa"),  # a sector has no parent
        ("tags", "parent", "usa", "usa"),
        ("tags", "delete", "no_such_tag"),
        ("tags", "delete", "usa"),  # the codebook's own tags stay
        ("tags", "rename", "usa", "america"),
        ("tags", "parent", "usa"),  # neither a parent nor --none
    ):
        code, _, err = run(db_path, *args)
        assert code == 2, (args, err)
        assert len(err.strip().splitlines()) == 1 and "Traceback" not in err, (args, err)
